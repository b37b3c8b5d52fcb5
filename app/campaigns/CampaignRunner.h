// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dispatcher.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tuma {

class Database;
class DeliveryTracker;
class ProviderSession;
class SendingLease;

// What keeps campaigns moving while Tuma runs: a Dispatcher for every running campaign and
// for every scheduled one whose time has come, and delivery tracking for accepted messages.
// It sends through an account only while it holds that account's sending lease: the due
// campaigns of an account another process sends through wait for it, and senderElsewhere()
// says who that is.
// It looks at the wall clock every 15 s (a long QTimer runs on a monotonic clock that stops
// while the machine sleeps) and whenever poke() says something changed.
//
// Lives on the thread of `database` (the GUI thread in the app): the dispatchers' network
// work happens on the provider session's thread, and each batch costs one short transaction.
class CampaignRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignRunner)

public:
    // A schedule missed by more than this while Tuma was closed is not sent silently.
    static constexpr qint64 overdueAfterMs = 10 * 60'000;

    CampaignRunner(const Database& database, ProviderSession& providers, QObject* parent = nullptr);
    ~CampaignRunner() override;

    // Starts the clock. Scheduled campaigns whose time passed long ago are reported through
    // overdueFound() and left for the user to decide; running ones resume at once.
    void start();
    // Looks again now (after a launch, a resume, a state change from elsewhere).
    void poke();
    bool isDispatching(qint64 campaignId) const;
    // Who sends through the account instead of this process ("tuma-cli on this computer,
    // process 4242"), as last seen; empty when nobody else does.
    QString senderElsewhere(qint64 accountId) const;
    // Whether any campaign is running or scheduled: closing Tuma would stop it.
    bool hasPendingWork() const;
    // Stops every dispatcher after its request in flight (before Tuma quits, before a
    // restore); their leases are released as they finish.
    void stopAll();
    // Stops everything and starts nothing until resumeAll() (while a restore replaces the
    // database).
    void suspend();
    void resumeAll();

Q_SIGNALS:
    void campaignChanged(qint64 campaignId);
    void campaignStarted(qint64 campaignId, const QString& name);
    void campaignStopped(qint64 campaignId, const QString& name,
                         const tuma::Dispatcher::Summary& summary);
    void overdueFound(const QList<qint64>& campaignIds);
    // A dispatcher waits for another connection that is writing (an import, a launch).
    void waitingForDatabase();

private:
    void tick();
    void dispatch(const Campaign& campaign, SendingLease& lease);
    // The account's lease if this process holds it or can take it now; null when another
    // process sends through the account (recorded for senderElsewhere()).
    SendingLease* leaseFor(qint64 accountId);
    void releaseIdleLeases();
    void armForNextSchedule(const QList<Campaign>& campaigns, const QDateTime& now);
    void track();

    const Database& m_database;
    ProviderSession& m_providers;
    QTimer m_clock;
    QTimer m_dueTimer; // the next scheduled instant within a tick
    QHash<qint64, QPointer<Dispatcher>> m_dispatchers;
    QHash<qint64, qint64> m_accountOf; // dispatching campaign -> its account
    QHash<qint64, SendingLease*> m_leases; // by account
    QHash<qint64, QString> m_elsewhere; // by account: who sends through it instead
    bool m_suspended = false;
    QPointer<DeliveryTracker> m_tracker;
    QList<qint64> m_overdueAsked;
    bool m_started = false;
};

} // namespace tuma
