// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignsPage.h"

#include "CampaignTexts.h"
#include "DeliveryChart.h"
#include "LaunchFlow.h"
#include "NewCampaignDialog.h"
#include "UnknownMessages.h"
#include "accounts/ProviderSession.h"
#include "accounts/TopUpDialog.h"
#include "campaigns/CampaignControl.h"
#include "campaigns/CampaignDraft.h"
#include "campaigns/CampaignReport.h"
#include "campaigns/CampaignRunner.h"
#include "campaigns/DeliveryTracker.h"
#include "campaigns/Reconciler.h"
#include "core/PhoneNumber.h"
#include "settings/AppSettings.h"
#include "storage/AccountStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "ui_CampaignsPage.h"
#include "widgets/BackgroundJob.h"
#include "widgets/DateText.h"
#include "widgets/TableLook.h"
#include "widgets/TextTableModel.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace tuma {

namespace {

constexpr int messagesPerPage = 200;

// The one percentage the list and the detail show: whole percents, rounded down, so that
// 100 % means every message is done.
int progressPercent(const OutboxCounts& counts)
{
    const qint64 total = counts.total();
    return total > 0 ? int(counts.done() * 100 / total) : 0;
}

} // namespace

CampaignsPage::CampaignsPage(Database& database, AppSettings& settings, ProviderSession& providers,
                             CampaignRunner& runner, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CampaignsPage>())
    , m_database(database)
    , m_settings(settings)
    , m_providers(providers)
    , m_runner(runner)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);

    m_campaignsModel = new TextTableModel(this);
    m_campaignsModel->setHeaders({tr("Name"), tr("State"), tr("Recipients"), tr("Progress"),
                                  tr("When"), tr("Account"), tr("Cost")});
    m_ui->campaignsTableView->setModel(m_campaignsModel);
    fitColumns(m_ui->campaignsTableView);
    m_ui->splitter->setSizes({640, 640});
    m_messagesModel = new TextTableModel(this);
    m_messagesModel->setHeaders(
        {tr("Number"), tr("State"), tr("Parts"), tr("Provider's word"), tr("Updated"), tr("Note")});
    m_ui->messagesTableView->setModel(m_messagesModel);
    fitColumns(m_ui->messagesTableView);

    m_ui->messagesTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height()
                                                                     + fontMetrics().height() / 2);
    m_ui->campaignsTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height()
                                                                      + fontMetrics().height() / 2);

    m_chart = new DeliveryChart(m_ui->detailWidget);
    m_ui->detailWidgetLayout->insertWidget(m_ui->detailWidgetLayout->indexOf(m_ui->countsLabel) + 1,
                                           m_chart);
    m_chartJob = new BackgroundJob(this);
    m_snapshotJob = new BackgroundJob(this);

    m_ui->stateComboBox->addItem(tr("All"), -1);
    for (const OutboxState state : kOutboxStates)
        m_ui->stateComboBox->addItem(CampaignTexts::messageStateText(state), int(state));

    connect(m_ui->newPushButton, &QPushButton::clicked, this, [this] { newCampaign(); });
    connect(m_ui->campaignsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, [this] {
                if (m_applying)
                    return;
                m_snapshots.renew();
                m_messagesPage = 0;
                showCurrent();
            });
    connect(m_ui->editPushButton, &QPushButton::clicked, this, &CampaignsPage::editDraft);
    // A draft opens to be changed on a double-click or Enter.
    connect(m_ui->campaignsTableView, &QAbstractItemView::activated, this, [this] {
        const std::optional<Campaign> campaign = currentCampaign();
        if (campaign && CampaignDraft::isEditable(*campaign))
            editDraft();
    });
    connect(m_ui->launchPushButton, &QPushButton::clicked, this, &CampaignsPage::launch);
    connect(m_ui->pausePushButton, &QPushButton::clicked, this, &CampaignsPage::pause);
    connect(m_ui->resumePushButton, &QPushButton::clicked, this, &CampaignsPage::resume);
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &CampaignsPage::cancelCampaign);
    connect(m_ui->topUpPushButton, &QPushButton::clicked, this, &CampaignsPage::topUp);
    connect(m_ui->retryPushButton, &QPushButton::clicked, this, &CampaignsPage::retryFailed);
    connect(m_ui->checkPushButton, &QPushButton::clicked, this, &CampaignsPage::checkWithProvider);
    connect(m_ui->decidePushButton, &QPushButton::clicked, this, &CampaignsPage::decideUnknown);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &CampaignsPage::exportReport);
    connect(m_ui->stateComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_messagesPage = 0;
        refreshMessages();
    });
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, [this] {
        m_messagesPage = 0;
        refreshMessages();
    });
    connect(m_ui->previousPushButton, &QPushButton::clicked, this, [this] {
        m_messagesPage = std::max<qint64>(0, m_messagesPage - 1);
        refreshMessages();
    });
    connect(m_ui->nextPushButton, &QPushButton::clicked, this, [this] {
        ++m_messagesPage;
        refreshMessages();
    });
    connect(&m_runner, &CampaignRunner::campaignChanged, this, &CampaignsPage::onCampaignChanged);

    reload();
}

CampaignsPage::~CampaignsPage() = default;

void CampaignsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

struct CampaignsPage::Snapshot
{
    QList<Campaign> campaigns;
    QList<Account> accounts;
    QHash<qint64, OutboxCounts> counts; // the campaigns still sending, and the selected one
    qint64 selectedId = 0; // the campaign to show; 0 when there is none
    bool hasMessages = false; // its recipients below were read (a draft has none yet)
    OutboxFilter filter;
    qint64 page = 0;
    qint64 messagesTotal = 0;
    QList<OutboxRow> rows;
};

CampaignsPage::Snapshot CampaignsPage::readSnapshot(const Database& database, qint64 selectedId,
                                                    const OutboxFilter& filter, qint64 page)
{
    Snapshot snapshot;
    snapshot.campaigns = CampaignStore(database).list().value_or({});
    snapshot.accounts = AccountStore(database).list().value_or({});
    const Campaign* selected = nullptr;
    for (const Campaign& campaign : std::as_const(snapshot.campaigns)) {
        if (campaign.id == selectedId)
            selected = &campaign;
    }
    if (!selected && !snapshot.campaigns.isEmpty())
        selected = &snapshot.campaigns.constFirst();
    // A finished campaign has nothing left to send: it is counted only when selected.
    for (const Campaign& campaign : std::as_const(snapshot.campaigns)) {
        const bool sending = !campaign.isFinished() && campaign.state != CampaignState::Draft;
        if (sending || &campaign == selected)
            snapshot.counts.insert(campaign.id,
                                   CampaignStore(database).counts(campaign.id).value_or({}));
    }
    if (!selected)
        return snapshot;
    snapshot.selectedId = selected->id;
    if (selected->state == CampaignState::Draft)
        return snapshot;

    snapshot.hasMessages = true;
    snapshot.filter = filter;
    const Outbox outbox(database);
    // Without a number to search, the counts per state already say how many rows there are.
    const OutboxCounts& counts = snapshot.counts[selected->id];
    if (filter.digits.isEmpty())
        snapshot.messagesTotal = filter.state ? counts.value(*filter.state) : counts.total();
    else
        snapshot.messagesTotal = outbox.count(selected->id, filter).value_or(0);
    const qint64 pages
        = std::max<qint64>(1, (snapshot.messagesTotal + messagesPerPage - 1) / messagesPerPage);
    snapshot.page = std::clamp<qint64>(page, 0, pages - 1);
    snapshot.rows
        = outbox.rows(selected->id, filter, messagesPerPage, snapshot.page * messagesPerPage)
              .value_or({});
    return snapshot;
}

OutboxFilter CampaignsPage::messagesFilter() const
{
    const int state = m_ui->stateComboBox->currentData().toInt();
    return {state < 0 ? std::nullopt : std::optional(OutboxState(state)),
            m_ui->searchLineEdit->text()};
}

void CampaignsPage::reload()
{
    m_snapshots.renew();
    const std::optional<Campaign> selected = currentCampaign();
    apply(readSnapshot(m_database, selected ? selected->id : 0, messagesFilter(), m_messagesPage));
}

void CampaignsPage::refreshInBackground()
{
    if (m_snapshotJob->isRunning()) {
        m_refreshAgain = true;
        return;
    }
    const std::optional<Campaign> selected = currentCampaign();
    m_snapshotJob->start<Snapshot>(
        [databasePath = m_database.path(), selectedId = selected ? selected->id : 0,
         filter = messagesFilter(),
         page = m_messagesPage](const BackgroundJob::Progress&) -> Result<Snapshot> {
            Result<std::unique_ptr<Database>> database = Database::open(databasePath);
            if (!database)
                return database.error();
            return readSnapshot(*database.value(), selectedId, filter, page);
        },
        [this, show = m_snapshots.guard([this](const Snapshot& snapshot) {
            if (isVisible())
                apply(snapshot);
        })](Result<Snapshot> snapshot) {
            if (snapshot)
                show(snapshot.value());
            if (std::exchange(m_refreshAgain, false))
                refreshInBackground();
        });
}

void CampaignsPage::apply(const Snapshot& snapshot)
{
    m_campaigns = snapshot.campaigns;
    m_accounts = snapshot.accounts;
    m_counts = snapshot.counts;
    QList<TextTableModel::Row> rows;
    for (const Campaign& campaign : std::as_const(m_campaigns)) {
        QString account;
        for (const Account& candidate : std::as_const(m_accounts)) {
            if (candidate.id == campaign.accountId)
                account = candidate.name;
        }
        int percent = 100;
        if (!campaign.isFinished() && campaign.state != CampaignState::Draft) {
            percent = progressPercent(m_counts.value(campaign.id));
        }
        rows.append(
            {{campaign.name, campaign.name},
             {CampaignTexts::stateText(campaign.state), int(campaign.state)},
             {QLocale().toString(campaign.recipients), campaign.recipients},
             {campaign.state == CampaignState::Draft ? QString() : tr("%1 %").arg(percent),
              percent},
             {campaign.scheduledAt.isValid() ? CampaignTexts::campaignTime(campaign) : tr("Now"),
              campaign.scheduledAt},
             {account, account},
             {CampaignTexts::moneyText(campaign.costEstimated, campaign.currency),
              campaign.costEstimated}});
    }
    {
        const QScopedValueRollback applying(m_applying, true);
        m_campaignsModel->setRows(rows);
        selectCampaign(snapshot.selectedId);
    }
    // With one account, its name in every row says nothing: the room goes to the names.
    constexpr int accountColumn = 5;
    m_ui->campaignsTableView->setColumnHidden(accountColumn, m_accounts.size() <= 1);
    m_ui->emptyLabel->setVisible(m_campaigns.isEmpty());
    if (snapshot.hasMessages)
        m_messagesPage = snapshot.page;
    showCurrent(&snapshot);
}

void CampaignsPage::selectCampaign(qint64 id)
{
    for (qsizetype row = 0; row < m_campaigns.size(); ++row) {
        if (m_campaigns.at(row).id == id) {
            m_ui->campaignsTableView->selectRow(int(row));
            return;
        }
    }
}

std::optional<Campaign> CampaignsPage::currentCampaign() const
{
    const QModelIndex index = m_ui->campaignsTableView->currentIndex();
    if (!index.isValid() || index.row() >= m_campaigns.size())
        return std::nullopt;
    return m_campaigns.at(index.row());
}

void CampaignsPage::showCurrent(const Snapshot* snapshot)
{
    const std::optional<Campaign> selected = currentCampaign();
    m_ui->detailWidget->setVisible(selected.has_value());
    if (!selected)
        return;
    // The list is as fresh as a snapshot just read; otherwise it may be a moment old.
    Campaign campaign = *selected;
    if (!snapshot) {
        const Result<Campaign> fresh = CampaignStore(m_database).find(selected->id);
        if (!fresh)
            return;
        campaign = fresh.value();
    }
    // Counted with the list, or now.
    const OutboxCounts counts = m_counts.contains(campaign.id)
        ? m_counts.value(campaign.id)
        : CampaignStore(m_database).counts(campaign.id).value_or({});
    m_counts.insert(campaign.id, counts);
    std::optional<Account> account;
    for (const Account& candidate : std::as_const(m_accounts)) {
        if (candidate.id == campaign.accountId)
            account = candidate;
    }
    const Capabilities capabilities
        = account ? ProviderSession::capabilities(*account) : Capabilities();

    m_ui->titleLabel->setText(campaign.name);
    QStringList summary;
    summary.append(CampaignTexts::stateText(campaign.state));
    if (account) {
        summary.append(campaign.senderId.isEmpty()
                           ? tr("through %1").arg(account->name)
                           : tr("through %1 as %2").arg(account->name, campaign.senderId));
    }
    if (campaign.audience.remote.isEmpty())
        summary.append(tr("%Ln recipient(s)", nullptr, campaign.recipients));
    else if (campaign.audience.remote.size < 0)
        summary.append(
            tr("to the provider's group \"%1\"").arg(campaign.audience.remote.groupName));
    else
        summary.append(tr("to the provider's group \"%1\" (%Ln contact(s))", nullptr,
                          campaign.audience.remote.size)
                           .arg(campaign.audience.remote.groupName));
    if (campaign.scheduledAt.isValid()) {
        summary.append(
            tr("at %1 (%2)").arg(CampaignTexts::campaignTime(campaign), campaign.timeZone));
    }
    if (campaign.window.enabled) {
        summary.append(campaign.window.skipSundays
                           ? tr("only %1–%2, not on Sundays")
                                 .arg(campaign.window.start.toString(QStringLiteral("HH:mm")),
                                      campaign.window.end.toString(QStringLiteral("HH:mm")))
                           : tr("only %1–%2")
                                 .arg(campaign.window.start.toString(QStringLiteral("HH:mm")),
                                      campaign.window.end.toString(QStringLiteral("HH:mm"))));
    }
    m_ui->summaryLabel->setText(summary.join(QStringLiteral(" · ")));

    const qint64 total = counts.total();
    const bool draft = campaign.state == CampaignState::Draft;
    m_ui->progressBar->setVisible(!draft);
    m_ui->progressBar->setMaximum(int(std::max<qint64>(1, total)));
    m_ui->progressBar->setValue(int(counts.done()));
    m_ui->progressBar->setFormat(tr("%1 %").arg(progressPercent(counts)));
    QStringList parts;
    for (const OutboxState state : kOutboxStates) {
        if (counts.value(state) > 0) {
            parts.append(tr("%1: %2").arg(CampaignTexts::messageStateText(state),
                                          QLocale().toString(counts.value(state))));
        }
    }
    const qint64 finished = counts.finished();
    QString countsText = parts.join(QStringLiteral(" · "));
    if (finished > 0) {
        countsText += u'\n'
            + tr("Delivery rate: %1 %")
                  .arg(QLocale().toString(100.0 * double(counts.value(OutboxState::Delivered))
                                              / double(finished),
                                          'f', 1));
    }
    const double price = account ? account->pricing.pricePerCredit : 0;
    countsText += u'\n'
        + (draft
               ? tr("Estimated cost: %1 (%2 credits)")
                     .arg(CampaignTexts::moneyText(campaign.costEstimated, campaign.currency),
                          QLocale().toString(campaign.creditsEstimated))
               : tr("Estimated cost: %1 (%2 credits) · used so far: %3 (%4 credits)")
                     .arg(CampaignTexts::moneyText(campaign.costEstimated, campaign.currency),
                          QLocale().toString(campaign.creditsEstimated),
                          CampaignTexts::moneyText(campaign.creditsUsed * price, campaign.currency),
                          QLocale().toString(campaign.creditsUsed)));
    m_ui->countsLabel->setText(countsText);

    QStringList notices;
    if (campaign.state == CampaignState::Paused && !campaign.pauseReason.isEmpty())
        notices.append(campaign.pauseReason);
    if (const QString elsewhere = m_runner.senderElsewhere(campaign.accountId);
        !elsewhere.isEmpty() && isSending(campaign.state)) {
        notices.append(tr("Being sent by %1, which sends this account's campaigns for now. "
                          "Pause and Cancel still work from here.")
                           .arg(elsewhere));
    }
    const qint64 unknown = counts.value(OutboxState::Unknown);
    if (unknown > 0) {
        notices.append(tr("%Ln message(s) may or may not have reached the provider: no answer "
                          "came. They are not sent again by themselves: check with the "
                          "provider, or decide.",
                          nullptr, int(unknown)));
    }
    if (!campaign.audience.remote.isEmpty()) {
        notices.append(tr("Sent to the provider's own group \"%1\" as one message: \"accepted "
                          "by the provider\" is the last state Tuma knows; what each member "
                          "received is in the provider's own reports.")
                           .arg(campaign.audience.remote.groupName));
    } else if (!draft && account && !DeliveryTracker::canTrack(capabilities)) {
        notices.append(
            tr("%1 does not report deliveries: \"accepted by the provider\" is the "
               "last state Tuma can know.")
                .arg(providerDisplayName(
                    providerFromName(account->provider).value_or(ProviderKind::QuickFlow))));
    }
    // Deliveries over time mean nothing where no delivery can be learnt.
    const bool trackable
        = campaign.audience.remote.isEmpty() && account && DeliveryTracker::canTrack(capabilities);
    m_chart->setVisible(!draft && trackable);
    if (!draft && trackable)
        refreshChart(campaign);

    // Its failures retried once already: say by which draft, and offer no second retry.
    const auto retry
        = std::find_if(m_campaigns.cbegin(), m_campaigns.cend(),
                       [&campaign](const Campaign& other) { return other.retryOf == campaign.id; });
    const bool retried = retry != m_campaigns.cend();
    if (retried && counts.value(OutboxState::Failed) > 0)
        notices.append(tr("Its failed messages were retried as \"%1\".").arg(retry->name));

    m_ui->noticeLabel->setText(notices.join(u'\n'));
    m_ui->noticeLabel->setVisible(!notices.isEmpty());

    const bool running = isSending(campaign.state);
    m_ui->editPushButton->setVisible(CampaignDraft::isEditable(campaign));
    m_ui->launchPushButton->setVisible(draft);
    m_ui->pausePushButton->setVisible(running);
    m_ui->resumePushButton->setVisible(campaign.state == CampaignState::Paused);
    m_ui->topUpPushButton->setVisible(campaign.state == CampaignState::Paused
                                      && campaign.pauseCode
                                          == QLatin1String("insufficient_credit"));
    m_ui->cancelPushButton->setEnabled(!campaign.isFinished());
    m_ui->retryPushButton->setEnabled(counts.value(OutboxState::Failed) > 0 && !retried);
    m_ui->checkPushButton->setVisible(
        unknown > 0 && capabilities.historyShape != Capabilities::HistoryShape::None);
    m_ui->decidePushButton->setVisible(unknown > 0);
    // What this provider's records can tell, where the user looks before choosing.
    m_ui->checkPushButton->setToolTip(Reconciler::whatCanBeKnown(capabilities));
    m_ui->decidePushButton->setToolTip(Reconciler::whatCanBeKnown(capabilities));
    m_ui->exportPushButton->setEnabled(!draft);
    // A draft has no messages yet: they are written when it is launched.
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->recipientsLabel), static_cast<QWidget*>(m_ui->stateComboBox),
          static_cast<QWidget*>(m_ui->searchLineEdit),
          static_cast<QWidget*>(m_ui->messagesTableView),
          static_cast<QWidget*>(m_ui->previousPushButton), static_cast<QWidget*>(m_ui->pageLabel),
          static_cast<QWidget*>(m_ui->nextPushButton)})
        widget->setVisible(!draft);
    // With the table hidden, the sentence takes the room, so the rest stays at the top.
    m_ui->detailWidgetLayout->setStretchFactor(m_ui->noticeLabel, draft ? 1 : 0);
    m_ui->noticeLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (draft) {
        m_ui->noticeLabel->setText(
            tr("Nothing has been sent. Launch it to write every recipient's message and send "
               "them%1.")
                .arg(campaign.scheduledAt.isValid() ? tr(" at the time chosen") : QString()));
        m_ui->noticeLabel->setVisible(true);
    }
    if (snapshot && snapshot->hasMessages && snapshot->selectedId == campaign.id)
        showMessages(snapshot->messagesTotal, snapshot->rows);
    else
        refreshMessages();
}

void CampaignsPage::refreshMessages()
{
    m_snapshots.renew();
    const std::optional<Campaign> campaign = currentCampaign();
    if (!campaign)
        return;
    const OutboxFilter filter = messagesFilter();
    const Outbox outbox(m_database);
    // Without a number to search, the counts per state already say how many rows there are.
    qint64 total = 0;
    if (filter.digits.isEmpty() && m_counts.contains(campaign->id)) {
        const OutboxCounts& counts = m_counts[campaign->id];
        total = filter.state ? counts.value(*filter.state) : counts.total();
    } else {
        total = outbox.count(campaign->id, filter).value_or(0);
    }
    const qint64 pages = std::max<qint64>(1, (total + messagesPerPage - 1) / messagesPerPage);
    m_messagesPage = std::clamp<qint64>(m_messagesPage, 0, pages - 1);
    showMessages(
        total,
        outbox.rows(campaign->id, filter, messagesPerPage, m_messagesPage * messagesPerPage)
            .value_or({}));
}

void CampaignsPage::showMessages(qint64 total, const QList<OutboxRow>& rows)
{
    m_messagesTotal = total;
    const qint64 pages = std::max<qint64>(1, (total + messagesPerPage - 1) / messagesPerPage);
    QList<TextTableModel::Row> table;
    const std::optional<Campaign> campaign = currentCampaign();
    for (const OutboxRow& row : rows) {
        // A provider-side group's one row has no number.
        const QString who = row.phone.isEmpty() && campaign
            ? tr("Everyone in \"%1\"").arg(campaign->audience.remote.groupName)
            : PhoneNumber::format(row.phone, m_settings.phoneDisplayFormat());
        table.append({{who, row.phone},
                      {CampaignTexts::messageStateText(row.state), int(row.state)},
                      {QString::number(row.segments), row.segments},
                      {row.providerStatus, row.providerStatus},
                      {dateTimeText(row.updatedAt), row.updatedAt},
                      {CampaignTexts::messageNote(row), row.errorMessage}});
    }
    m_messagesModel->setRows(table);
    m_ui->pageLabel->setText(tr("Page %1 of %2").arg(m_messagesPage + 1).arg(pages));
    m_ui->previousPushButton->setEnabled(m_messagesPage > 0);
    m_ui->nextPushButton->setEnabled(m_messagesPage + 1 < pages);
}

void CampaignsPage::refreshChart(const Campaign& campaign)
{
    // A million messages take the database a moment to bucket: on a worker, at most every few
    // seconds while the campaign moves.
    const bool another = campaign.id != m_chartCampaign;
    constexpr qint64 minimumAge = 5000;
    if (!another && (m_chartJob->isRunning() || m_chartAge.elapsed() < minimumAge)) {
        // Too soon: draw once more when the time is up, so the last change shows too.
        if (!m_chartRefreshPending) {
            m_chartRefreshPending = true;
            QTimer::singleShot(std::max<qint64>(100, minimumAge - m_chartAge.elapsed()), this,
                               [this] {
                                   m_chartRefreshPending = false;
                                   if (const std::optional<Campaign> current = currentCampaign();
                                       current && current->id == m_chartCampaign)
                                       refreshChart(*current);
                               });
        }
        return;
    }
    if (another)
        m_chart->setTimeline({});
    m_chartCampaign = campaign.id;
    m_chartAge.start();
    const QString databasePath = m_database.path();
    const qint64 id = campaign.id;
    m_chartJob->start<DeliveryTimeline>(
        [databasePath, id](const BackgroundJob::Progress&) -> Result<DeliveryTimeline> {
            Result<std::unique_ptr<Database>> database = Database::open(databasePath);
            if (!database)
                return database.error();
            return CampaignStore(*database.value()).timeline(id);
        },
        [this, id](Result<DeliveryTimeline> timeline) {
            if (timeline && id == m_chartCampaign)
                m_chart->setTimeline(timeline.value());
        });
}

void CampaignsPage::onCampaignChanged(qint64)
{
    // Progress arrives up to twice a second per campaign: redraw at most that often.
    if (m_reloadPending || !isVisible())
        return;
    m_reloadPending = true;
    QTimer::singleShot(500, this, [this] {
        m_reloadPending = false;
        refreshInBackground();
    });
}

void CampaignsPage::newCampaign(const QStringList& phones)
{
    NewCampaignDialog dialog(m_database, m_settings, m_providers, this);
    if (!phones.isEmpty())
        dialog.setNumbers(phones);
    dialog.exec();
    if (dialog.savedCampaign() <= 0)
        return;
    reload();
    selectCampaign(dialog.savedCampaign());
    if (dialog.launchRequested())
        launch();
}

void CampaignsPage::editDraft()
{
    const std::optional<Campaign> campaign = currentCampaign();
    if (!campaign || !CampaignDraft::isEditable(*campaign))
        return;
    NewCampaignDialog dialog(m_database, m_settings, m_providers, this);
    dialog.editDraft(*campaign);
    dialog.exec();
    reload();
    if (dialog.savedCampaign() <= 0)
        return;
    selectCampaign(dialog.savedCampaign());
    if (dialog.launchRequested())
        launch();
}

void CampaignsPage::launch()
{
    const std::optional<Campaign> campaign = currentCampaign();
    if (!campaign || campaign->state != CampaignState::Draft)
        return;
    LaunchFlow::start(m_database, m_settings, *campaign, this, [this](qint64 id) {
        reload();
        selectCampaign(id);
        m_runner.poke();
    });
}

void CampaignsPage::topUp()
{
    const std::optional<Campaign> campaign = currentCampaign();
    const Result<Account> account = campaign
        ? AccountStore(m_database).findById(campaign->accountId)
        : Result<Account>(Error {});
    if (!account)
        return;
    if (!ProviderSession::capabilities(account.value()).topUp) {
        QMessageBox::information(
            this, tr("Top up"),
            tr("Tuma cannot top up %1 accounts: buy credit the way the provider offers (its "
               "website or its M-Pesa paybill), then press Resume.")
                .arg(providerDisplayName(
                    providerFromName(account.value().provider).value_or(ProviderKind::QuickFlow))));
        return;
    }
    TopUpDialog::openFor(m_database, m_providers, account.value(), m_settings, this);
}

void CampaignsPage::pause()
{
    const std::optional<Campaign> campaign = currentCampaign();
    if (!campaign)
        return;
    const Result<Campaign> paused
        = CampaignControl(m_database).pause(campaign->id, AuditLog::currentOsUser());
    if (!paused)
        QMessageBox::warning(this, tr("Not paused"), paused.error().messageWithDetail());
    reload();
    Q_EMIT campaignChangedByUser(campaign->id);
}

void CampaignsPage::resume()
{
    const std::optional<Campaign> campaign = currentCampaign();
    if (!campaign)
        return;
    const Result<Campaign> resumed
        = CampaignControl(m_database).resume(campaign->id, QDateTime::currentDateTimeUtc());
    if (!resumed)
        QMessageBox::warning(this, tr("Not resumed"), resumed.error().messageWithDetail());
    m_runner.poke();
    reload();
    Q_EMIT campaignChangedByUser(campaign->id);
}

void CampaignsPage::cancelCampaign()
{
    const std::optional<Campaign> campaign = currentCampaign();
    if (!campaign)
        return;
    const qint64 waiting
        = CampaignStore(m_database).counts(campaign->id).value_or({}).value(OutboxState::Queued);
    const QString question = campaign->state == CampaignState::Draft
        ? tr("Cancel the draft \"%1\"? Nothing has been sent.").arg(campaign->name)
        : tr("Cancel \"%1\"? The %Ln message(s) still waiting will never be sent; those already "
             "sent stay as they are.",
             nullptr, int(waiting))
              .arg(campaign->name);
    if (QMessageBox::question(this, tr("Cancel campaign"), question,
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const Result<Campaign> cancelled = CampaignControl(m_database).cancel(campaign->id);
    if (!cancelled)
        QMessageBox::warning(this, tr("Not cancelled"), cancelled.error().messageWithDetail());
    reload();
    Q_EMIT campaignChangedByUser(campaign->id);
}

void CampaignsPage::retryFailed()
{
    const std::optional<Campaign> campaign = currentCampaign();
    if (!campaign)
        return;
    const Result<qint64> retry = CampaignReport(m_database).retryFailed(campaign->id);
    if (!retry) {
        QMessageBox::warning(this, tr("Retry failed"), retry.error().messageWithDetail());
        return;
    }
    reload();
    selectCampaign(retry.value());
    QMessageBox::information(this, tr("Retry failed"),
                             tr("A new draft has the recipients that failed. Check it, then "
                                "launch it."));
}

void CampaignsPage::checkWithProvider()
{
    const std::optional<Campaign> campaign = currentCampaign();
    if (!campaign)
        return;
    UnknownMessages::checkWithProvider(m_database, m_providers, *campaign, this,
                                       [this] { reload(); });
}

void CampaignsPage::decideUnknown()
{
    const std::optional<Campaign> campaign = currentCampaign();
    if (!campaign)
        return;
    // The selected unknown rows of the table, else all of the campaign's.
    QStringList phones;
    const QModelIndexList selected = m_ui->messagesTableView->selectionModel()
        ? m_ui->messagesTableView->selectionModel()->selectedRows(1)
        : QModelIndexList();
    for (const QModelIndex& index : selected) {
        if (index.data(Qt::UserRole).toInt() == int(OutboxState::Unknown))
            phones.append(index.siblingAtColumn(0).data(Qt::UserRole).toString());
    }
    std::optional<Account> account;
    for (const Account& candidate : std::as_const(m_accounts)) {
        if (candidate.id == campaign->accountId)
            account = candidate;
    }
    if (UnknownMessages::decide(m_database, *campaign, account, phones, this))
        reload();
}

void CampaignsPage::exportReport()
{
    const std::optional<Campaign> campaign = currentCampaign();
    if (!campaign)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), QDir(folder).filePath(campaign->name + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString databasePath = m_database.path();
    const qint64 id = campaign->id;
    BackgroundJob::runWithDialog<qint64>(
        this, tr("Exporting the report…"),
        [databasePath, id, path](const BackgroundJob::Progress&) -> Result<qint64> {
            Result<std::unique_ptr<Database>> database = Database::open(databasePath);
            if (!database)
                return database.error();
            return CampaignReport(*database.value()).writeCsv(id, path);
        },
        [this, path](Result<qint64> written) {
            if (!written) {
                QMessageBox::warning(this, tr("Export failed"),
                                     written.error().messageWithDetail());
                return;
            }
            m_ui->noticeLabel->setVisible(true);
            m_ui->noticeLabel->setText(
                tr("%Ln recipient(s) written to %1.", nullptr, int(written.value()))
                    .arg(QDir::toNativeSeparators(path)));
        });
}

} // namespace tuma
