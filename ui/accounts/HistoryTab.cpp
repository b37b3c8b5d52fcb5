// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTab.h"

#include "core/PhoneNumber.h"
#include "settings/AppSettings.h"
#include "ui_HistoryTab.h"
#include "widgets/DateText.h"
#include "widgets/TableLook.h"
#include "widgets/TextTableModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>

#include <tuple>

namespace tuma {

namespace {

QString stateText(MessageState state)
{
    switch (state) {
    case MessageState::Pending:
        return HistoryTab::tr("Pending");
    case MessageState::Accepted:
        return HistoryTab::tr("Accepted");
    case MessageState::Sent:
        return HistoryTab::tr("Sent");
    case MessageState::Delivered:
        return HistoryTab::tr("Delivered");
    case MessageState::Failed:
        return HistoryTab::tr("Failed");
    case MessageState::Unknown:
        return HistoryTab::tr("Unknown");
    }
    return {};
}

// Tuma's word, and the provider's own where it says something else.
QString statusText(MessageState state, const QString& providerStatus)
{
    const QString ours = stateText(state);
    if (providerStatus.isEmpty() || providerStatus.compare(ours, Qt::CaseInsensitive) == 0
        || providerStatus.compare(messageStateName(state), Qt::CaseInsensitive) == 0)
        return ours;
    return HistoryTab::tr("%1 (%2)").arg(ours, providerStatus);
}

} // namespace

HistoryTab::HistoryTab(ProviderSession& providers, AppSettings& settings, QWidget* parent)
    : AccountTab(providers, parent)
    , m_ui(std::make_unique<Ui::HistoryTab>())
    , m_settings(settings)
    , m_model(new TextTableModel(this))
{
    m_ui->setupUi(this);
    useAsRefreshButton(m_ui->historyRefreshPushButton);
    m_model->setHeaders(
        {tr("Sent"), tr("To"), tr("Message"), tr("Status"), tr("Cost"), tr("Message ID")});
    QTableView* view = m_ui->historyTableView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    fitColumns(view);
    // The text takes the room that is left (cut with "…", whole in its tooltip); the id gets
    // a fixed width, so the table needs no horizontal scroll bar.
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Interactive);
    view->horizontalHeader()->resizeSection(5, 14 * fontMetrics().averageCharWidth());
    // The provider's own words for the states it filters by (FlashSMS), in Tuma's.
    m_ui->historyStateComboBox->addItem(tr("All"));
    for (const MessageState state :
         {MessageState::Pending, MessageState::Sent, MessageState::Delivered, MessageState::Failed})
        m_ui->historyStateComboBox->addItem(stateText(state), messageStateName(state));
    fillPeriods(m_ui->historyPeriodComboBox);
    for (QComboBox* filter : {m_ui->historyStateComboBox, m_ui->historyPeriodComboBox})
        connect(filter, &QComboBox::currentIndexChanged, this, [this] { load(1); });
    connect(m_ui->historyRefreshPushButton, &QPushButton::clicked, this, [this] { load(m_page); });
    connect(m_ui->historyPreviousPushButton, &QPushButton::clicked, this,
            [this] { load(m_page - 1); });
    connect(m_ui->historyNextPushButton, &QPushButton::clicked, this, [this] { load(m_page + 1); });
}

HistoryTab::~HistoryTab() = default;

bool HistoryTab::offeredBy(const Capabilities& capabilities) const
{
    return capabilities.history;
}

void HistoryTab::refresh()
{
    load(1);
}

void HistoryTab::showAccount(const Account& account)
{
    // Where the provider's history can be read by state and dates (FlashSMS).
    const bool filters = ProviderSession::capabilities(account).historyFilters;
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->historyStateLabel),
                            static_cast<QWidget*>(m_ui->historyStateComboBox),
                            static_cast<QWidget*>(m_ui->historyPeriodLabel),
                            static_cast<QWidget*>(m_ui->historyPeriodComboBox)})
        widget->setVisible(filters);
    for (QComboBox* filter : {m_ui->historyStateComboBox, m_ui->historyPeriodComboBox}) {
        const QSignalBlocker blocker(filter);
        filter->setCurrentIndex(0);
    }
    m_model->clear();
    m_page = 1;
    m_ui->historyPageLabel->clear();
    m_ui->historyRefreshPushButton->setEnabled(true);
    m_ui->historyPreviousPushButton->setEnabled(false);
    m_ui->historyNextPushButton->setEnabled(false);
}

void HistoryTab::load(int page)
{
    if (!account() || page < 1)
        return;
    HistoryQuery query;
    query.page = page;
    query.limit = 25;
    query.senderId = account()->senderOrDefault();
    if (ProviderSession::capabilities(*account()).historyFilters) {
        query.status = m_ui->historyStateComboBox->currentData().toString();
        std::tie(query.from, query.to) = periodRange(m_ui->historyPeriodComboBox);
    }
    m_ui->historyRefreshPushButton->setEnabled(false);
    m_ui->historyPageLabel->setText(tr("Loading…"));
    ask<HistoryPage>(
        [query](ProviderAdapter& adapter, ProviderAdapter::Reply<HistoryPage> done) {
            adapter.history(query, done);
        },
        [this](ProviderResult<HistoryPage> result) {
            m_ui->historyRefreshPushButton->setEnabled(true);
            if (!result) {
                m_ui->historyPageLabel->setText(tr("Not loaded"));
                reportError(result.error());
                return;
            }
            const HistoryPage& history = result.value();
            QList<TextTableModel::Row> rows;
            for (const HistoryEntry& entry : history.entries) {
                const QString to = entry.phone.isEmpty()
                    ? tr("%Ln recipient(s)", nullptr, entry.recipientCount)
                    : PhoneNumber::format(entry.phone.startsWith(u'+') ? entry.phone
                                                                       : u'+' + entry.phone,
                                          m_settings.phoneDisplayFormat());
                rows.append({{dateTimeText(entry.createdAt), entry.createdAt},
                             {to, entry.phone},
                             {entry.text, {}},
                             {statusText(entry.state, entry.providerStatus), {}},
                             {entry.cost ? QLocale().toString(*entry.cost) : QString(),
                              entry.cost ? QVariant(*entry.cost) : QVariant()},
                             {entry.messageId, {}}});
            }
            m_model->setRows(rows);
            m_page = history.page;
            m_ui->historyPageLabel->setText(
                tr("Page %1 of %2").arg(history.page).arg(std::max(1, history.lastPage)));
            m_ui->historyPreviousPushButton->setEnabled(history.page > 1);
            m_ui->historyNextPushButton->setEnabled(history.page < history.lastPage);
        });
}

} // namespace tuma
