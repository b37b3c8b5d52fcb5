// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountTab.h"

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
