// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AudienceReader.h"
#include "CampaignStates.h"
#include "core/CostEstimator.h"
#include "core/Result.h"
#include "core/SendingWindow.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QStringList>

#include <optional>

namespace tuma {

class Database;

// A group kept by the provider (QuickFlow's contact list, FlashSMS's group): the provider
// sends one text to its members, whom Tuma never sees.
struct RemoteAudience
{
    QString groupId;
    QString groupName;
    int size = -1; // members as the provider counted them when the campaign was made; -1: not said

    bool isEmpty() const { return groupId.isEmpty(); }
    friend bool operator==(const RemoteAudience&, const RemoteAudience&) = default;
};

// Who a campaign goes to, as the user chose it; resolved to numbers only at launch. Either
// Tuma's own contacts (groups, typed numbers, a field match) or one provider-side group.
struct CampaignAudience
{
    QStringList groups;
    QStringList phones; // E.164
    FieldMatch match; // and the contacts whose field holds one of some values
    RemoteAudience remote;

    bool isEmpty() const
    {
        return groups.isEmpty() && phones.isEmpty() && match.isEmpty() && remote.isEmpty();
    }
};

// One campaign as Tuma keeps it. Its messages live in the outbox once it is launched.
struct Campaign
{
    qint64 id = 0;
    QString name;
    qint64 accountId = 0;
    CampaignState state = CampaignState::Draft;
    QString templateBody;
    QString senderId;
    CampaignAudience audience;
    QDateTime scheduledAt; // UTC; invalid: as soon as launched
    QString timeZone; // IANA name the schedule and the window are read in
    SendingWindow window;
    bool providerSchedule = false; // the provider holds the messages until scheduledAt
    int recipients = 0;
    qint64 segments = 0;
    double creditsEstimated = 0;
    double costEstimated = 0;
    double creditsUsed = 0;
    QString currency;
    QString pauseReason;
    QString pauseCode; // what paused it: a ProviderError kind name, "" for the user
    QDateTime createdAt;
    QDateTime launchedAt;
    QDateTime finishedAt;
    qint64 retryOf = 0; // the campaign whose failed recipients this one retries; 0: none

    bool isFinished() const { return tuma::isFinished(state); }
};

// A campaign's messages over time, for its chart: at each point, how many had been delivered,
// had failed (failed or expired) and were still pending (everything else but cancelled
// messages, which never left) by then. A message
// counts as final from its last update, which for a final message is when it became final.
struct DeliveryTimeline
{
    struct Point
    {
        QDateTime at;
        qint64 delivered = 0;
        qint64 failed = 0;
        qint64 pending = 0;
    };
    QList<Point> points; // oldest first; empty before launch
};

// What was sent over some days, for the dashboard. Days are the computer's local days.
struct ActivitySummary
{
    struct Day
    {
        QDate date;
        qint64 messages = 0; // recipients whose message left for the provider that day
        double cost = 0; // in `currency`
    };
    QList<Day> days; // every day of the period, oldest first, quiet days included
    qint64 messages = 0;
    QMap<QString, double> costByCurrency; // campaigns may be priced in several currencies
    QString currency; // the one most messages were priced in; the days' costs are in it
    qint64 delivered = 0;
    qint64 failed = 0; // failed or expired
    int sending = 0; // campaigns running now
    int scheduled = 0;
};

// Campaigns: drafts, their state, their figures. The messages are the Outbox's.
class CampaignStore final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    explicit CampaignStore(const Database& database);

    // Saves a draft; returns its id. The name must not be empty and the account must exist.
    Result<qint64> create(const Campaign& campaign);
    // Replaces what a draft is (by campaign.id), its figures included; fails with not_a_draft
    // when it was launched or removed meanwhile.
    Result<void> updateDraft(const Campaign& campaign);
    Result<Campaign> find(qint64 id) const;
    // Newest first.
    Result<QList<Campaign>> list() const;
    // A campaign's state and schedule alone: what a sender looks at before every request
    // (reading the whole campaign, whose audience may be a long list, costs more).
    struct StateAndSchedule
    {
        CampaignState state = CampaignState::Draft;
        QDateTime scheduledAt;
    };
    Result<StateAndSchedule> stateAndSchedule(qint64 id) const;
    // The campaign made to retry `id`'s failures, if there is one.
    Result<std::optional<Campaign>> retryFor(qint64 id) const;

    // The one way a campaign's state changes, for CampaignControl alone (it owns the rules):
    // compare and set. The campaign moves to `to` only if it is in one of `from`, in one
    // statement; `pauseReason` and `pauseCode` are kept (cleared unless given). Error
    // `invalid_state` when it was in none of them (another window or process changed it
    // first), `campaign_not_found` when there is no such campaign.
    Result<void> transition(qint64 id, QList<CampaignState> from, CampaignState to,
                            const QString& pauseReason = {}, const QString& pauseCode = {});
    // What a launch found (recipients, parts, credits, cost) and when, in the planner's
    // transaction; the state itself changes through transition(). A campaign without its own
    // sender ID keeps `defaultSender` (the account's at launch): it sends with that one, and
    // reconciliation reads that sender's history.
    Result<void> setLaunchFigures(qint64 id, const CostEstimate& estimate, const QDateTime& at,
                                  const QString& defaultSender);
    Result<void> addCreditsUsed(qint64 id, double credits);
    Result<OutboxCounts> counts(qint64 id) const;
    // `buckets` points from the first submission to the last update (or now, while running).
    Result<DeliveryTimeline> timeline(qint64 id, int buckets = 60) const;
    // Messages that left from the start of `first` to the end of `last` (local days).
    Result<ActivitySummary> activity(QDate first, QDate last) const;

private:
    const Database& m_database;
};

} // namespace tuma
