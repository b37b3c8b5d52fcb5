// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountTab.h"

#include <QComboBox>
#include <QDateTime>
#include <QKeySequence>
#include <QPushButton>

namespace tuma {

AccountTab::AccountTab(ProviderSession& providers, QWidget* parent)
    : QWidget(parent)
    , m_providers(providers)
{ }

AccountTab::~AccountTab() = default;

void AccountTab::setAccount(const Account& account)
{
    m_account = account;
    m_answers.renew();
    m_loaded = false;
    showAccount(account);
}

void AccountTab::activate()
{
    if (m_loaded || !m_account || !offeredBy(ProviderSession::capabilities(*m_account)))
        return;
    m_loaded = true;
    refresh();
}

namespace {

enum class Period { All, Today, LastWeek, LastMonthOfDays, ThisMonth, LastMonth };

} // namespace

void AccountTab::fillPeriods(QComboBox* box)
{
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(tr("Any time"), int(Period::All));
    box->addItem(tr("Today"), int(Period::Today));
    box->addItem(tr("The last 7 days"), int(Period::LastWeek));
    box->addItem(tr("The last 30 days"), int(Period::LastMonthOfDays));
    box->addItem(tr("This month"), int(Period::ThisMonth));
    box->addItem(tr("Last month"), int(Period::LastMonth));
}

std::pair<QDateTime, QDateTime> AccountTab::periodRange(const QComboBox* box)
{
    const QDate today = QDate::currentDate();
    const QDate firstOfMonth(today.year(), today.month(), 1);
    const auto startOf = [](const QDate& day) { return QDateTime(day, QTime(0, 0)); };
    switch (Period(box->currentData().toInt())) {
    case Period::All:
        break;
    case Period::Today:
        return {startOf(today), {}};
    case Period::LastWeek:
        return {startOf(today.addDays(-6)), {}};
    case Period::LastMonthOfDays:
        return {startOf(today.addDays(-29)), {}};
    case Period::ThisMonth:
        return {startOf(firstOfMonth), {}};
    case Period::LastMonth:
        return {startOf(firstOfMonth.addMonths(-1)), startOf(firstOfMonth).addMSecs(-1)};
    }
    return {};
}

void AccountTab::useAsRefreshButton(QPushButton* button)
{
    button->setShortcut(QKeySequence::Refresh);
    button->setToolTip(
        tr("Ask the provider again (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
}

QString AccountTab::errorText(const ProviderError& error)
{
    if (error.providerText.isEmpty())
        return error.message;
    return tr("%1 The provider said: %2").arg(error.message, error.providerText);
}

} // namespace tuma
