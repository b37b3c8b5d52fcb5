// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/SendingWindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QStringList>

namespace tuma {

class Database;

// Who a campaign goes to, as the user chose it; resolved to numbers only at launch.
struct CampaignAudience
{
    QStringList groups;
    QStringList phones; // E.164

    bool isEmpty() const { return groups.isEmpty() && phones.isEmpty(); }
};

// One campaign as Tuma keeps it. Its messages live in the outbox once it is launched.
struct Campaign
{
    qint64 id = 0;
    QString name;
    qint64 accountId = 0;
    QString state = QStringLiteral("draft");
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
    QDateTime createdAt;
    QDateTime launchedAt;
    QDateTime finishedAt;

    bool isFinished() const
    {
        return state == QLatin1String("completed") || state == QLatin1String("cancelled");
    }
};

// How many of a campaign's messages are in each outbox state (every state listed, 0 or not).
using OutboxCounts = QMap<QString, qint64>;

// A campaign's messages over time, for its chart: at each point, how many had been delivered,
// had failed (failed or expired) and were still pending (everything else) by then. A message
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

// Campaigns: drafts, their state, their figures. The messages are the Outbox's.
class CampaignStore final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    explicit CampaignStore(const Database& database);

    static const QStringList& campaignStates();
    static const QStringList& messageStates();

    // Saves a draft; returns its id. The name must not be empty and the account must exist.
    Result<qint64> create(const Campaign& campaign);
    Result<Campaign> find(qint64 id) const;
    // Newest first.
    Result<QList<Campaign>> list() const;

    Result<void> setState(qint64 id, const QString& state, const QString& pauseReason = {});
    Result<void> addCreditsUsed(qint64 id, double credits);
    Result<OutboxCounts> counts(qint64 id) const;
    // `buckets` points from the first submission to the last update (or now, while running).
    Result<DeliveryTimeline> timeline(qint64 id, int buckets = 60) const;

private:
    const Database& m_database;
};

} // namespace tuma
