// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AccountStore.h"
#include "storage/CampaignStore.h"
#include "storage/Outbox.h"
#include "widgets/StaleAnswers.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CampaignsPage;
}

namespace tuma {

class AppSettings;
class BackgroundJob;
class CampaignRunner;
class DeliveryChart;
class Database;
class ProviderSession;
class TextTableModel;

// The campaigns: the list (name, account, audience, schedule, state, progress, cost) and,
// for the selected one, its progress, counts per state, a chart of its deliveries over time,
// estimated and actual cost, what can
// be done with it now (launch, pause, resume, cancel, retry the failed, export the report)
// and its recipients a page at a time, filtered by state and searched by number.
class CampaignsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    CampaignsPage(Database& database, AppSettings& settings, ProviderSession& providers,
                  CampaignRunner& runner, QWidget* parent = nullptr);
    ~CampaignsPage() override;

    void reload();
    void selectCampaign(qint64 id);
    std::optional<Campaign> currentCampaign() const;

Q_SIGNALS:
    // The user paused, resumed or cancelled a campaign: news about it elsewhere is stale.
    void campaignChangedByUser(qint64 id);

public Q_SLOTS:
    // `phones` (E.164) start as the campaign's typed numbers.
    void newCampaign(const QStringList& phones = {});

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Snapshot;
    // Everything the page shows, read in one go: on the GUI thread after the user did
    // something, on a worker while campaigns send (a million-row outbox takes a moment to
    // count). `selectedId`'s recipients are read, or the first campaign's if it is gone.
    static Snapshot readSnapshot(const Database& database, qint64 selectedId,
                                 const OutboxFilter& filter, qint64 page);
    void apply(const Snapshot& snapshot);
    void refreshInBackground();
    OutboxFilter messagesFilter() const;
    void showCurrent(const Snapshot* snapshot = nullptr);
    void showMessages(qint64 total, const QList<OutboxRow>& rows);
    void refreshMessages();
    void refreshChart(const Campaign& campaign);
    // Opens the selected draft in the campaign dialog to change it.
    void editDraft();
    // Launches the selected draft through LaunchFlow.
    void launch();
    void pause();
    void topUp();
    void resume();
    void cancelCampaign();
    void retryFailed();
    // Unknown messages (UnknownMessages): ask the provider's records, or let the user decide
    // for the selected ones or all.
    void checkWithProvider();
    void decideUnknown();
    void exportReport();
    void onCampaignChanged(qint64 id);

    std::unique_ptr<Ui::CampaignsPage> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    ProviderSession& m_providers;
    CampaignRunner& m_runner;
    TextTableModel* m_campaignsModel = nullptr;
    TextTableModel* m_messagesModel = nullptr;
    QList<Campaign> m_campaigns;
    QList<Account> m_accounts;
    qint64 m_messagesPage = 0;
    qint64 m_messagesTotal = 0;
    bool m_reloadPending = false;
    QHash<qint64, OutboxCounts> m_counts; // by campaign, as last counted
    BackgroundJob* m_snapshotJob = nullptr;
    // Renewed by every read on the GUI thread: a worker's snapshot begun before it is older
    // than what is shown (another filter, page or campaign) and is dropped.
    StaleAnswers m_snapshots;
    bool m_applying = false; // selection changes made by apply() are not the user's
    bool m_refreshAgain = false;
    DeliveryChart* m_chart = nullptr;
    BackgroundJob* m_chartJob = nullptr;
    qint64 m_chartCampaign = 0;
    bool m_chartRefreshPending = false;
    QElapsedTimer m_chartAge;
};

} // namespace tuma
