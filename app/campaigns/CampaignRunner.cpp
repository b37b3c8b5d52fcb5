// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignRunner.h"

#include "DeliveryTracker.h"
#include "SendingLease.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

namespace tuma {

namespace {

constexpr int tickMs = 15'000;

} // namespace

CampaignRunner::CampaignRunner(const Database& database, ProviderSession& providers,
                               QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_providers(providers)
{
    m_clock.setInterval(tickMs);
    connect(&m_clock, &QTimer::timeout, this, &CampaignRunner::tick);
    m_dueTimer.setSingleShot(true);
    connect(&m_dueTimer, &QTimer::timeout, this, &CampaignRunner::tick);
}

CampaignRunner::~CampaignRunner()
{
    stopAll();
    // Dispatchers still waiting for an answer are deleted with this object; their leases are
    // released so another process can send at once.
    qDeleteAll(m_leases);
}

void CampaignRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    const Result<QList<Campaign>> campaigns = CampaignStore(m_database).list();
    QList<qint64> overdue;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (campaigns) {
        for (const Campaign& campaign : campaigns.value()) {
            if (campaign.state == CampaignState::Scheduled && campaign.scheduledAt.isValid()
                && !campaign.providerSchedule && campaign.scheduledAt.msecsTo(now) > overdueAfterMs)
                overdue.append(campaign.id);
        }
    }
    m_overdueAsked = overdue;
    if (!overdue.isEmpty())
        Q_EMIT overdueFound(overdue);
    m_clock.start();
    tick();
}

void CampaignRunner::poke()
{
    if (m_started)
        QTimer::singleShot(0, this, &CampaignRunner::tick);
}

bool CampaignRunner::isDispatching(qint64 campaignId) const
{
    return !m_dispatchers.value(campaignId).isNull();
}

QString CampaignRunner::senderElsewhere(qint64 accountId) const
{
    return m_elsewhere.value(accountId);
}

bool CampaignRunner::hasPendingWork() const
{
    const Result<QList<Campaign>> campaigns = CampaignStore(m_database).list();
    if (!campaigns)
        return false;
    return std::any_of(campaigns.value().cbegin(), campaigns.value().cend(),
                       [](const Campaign& campaign) {
                           return campaign.state == CampaignState::Running
                               || campaign.state == CampaignState::Scheduled;
                       });
}

void CampaignRunner::stopAll()
{
    for (const QPointer<Dispatcher>& dispatcher : std::as_const(m_dispatchers)) {
        if (dispatcher)
            dispatcher->stop();
    }
}

void CampaignRunner::suspend()
{
    m_suspended = true;
    m_clock.stop();
    m_dueTimer.stop();
    stopAll();
}

void CampaignRunner::resumeAll()
{
    m_suspended = false;
    if (m_started) {
        m_clock.start();
        poke();
    }
}

void CampaignRunner::tick()
{
    if (m_suspended)
        return;
    const Result<QList<Campaign>> campaigns = CampaignStore(m_database).list();
    if (!campaigns)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<qint64, QString> elsewhere;
    for (const Campaign& campaign : campaigns.value()) {
        if (isDispatching(campaign.id))
            continue;
        const bool due = campaign.state == CampaignState::Running
            || (campaign.state == CampaignState::Scheduled && !m_overdueAsked.contains(campaign.id)
                && (!campaign.scheduledAt.isValid() || campaign.scheduledAt <= now
                    || campaign.providerSchedule));
        if (!due)
            continue;
        if (SendingLease* lease = leaseFor(campaign.accountId))
            dispatch(campaign, *lease);
        else if (m_elsewhere.contains(campaign.accountId))
            elsewhere.insert(campaign.accountId, m_elsewhere.value(campaign.accountId));
    }
    // Only accounts with a due campaign keep their "sent elsewhere" line.
    if (elsewhere != m_elsewhere) {
        const QHash<qint64, QString> before = std::exchange(m_elsewhere, elsewhere);
        for (const Campaign& campaign : campaigns.value()) {
            if (before.value(campaign.accountId) != m_elsewhere.value(campaign.accountId))
                Q_EMIT campaignChanged(campaign.id);
        }
    }
    releaseIdleLeases();
    armForNextSchedule(campaigns.value(), now);
    track();
}

SendingLease* CampaignRunner::leaseFor(qint64 accountId)
{
    if (SendingLease* held = m_leases.value(accountId); held && held->isHeld())
        return held;
    delete m_leases.take(accountId);
    auto* lease = new SendingLease(m_database, accountId, QStringLiteral("tuma"));
    // On the window's thread: another writer (an import) makes it try again at the next
    // tick rather than freeze the window.
    const Result<bool> acquired = [&] {
        const Database::ShortWait shortWait(m_database, 200);
        return lease->acquire();
    }();
    if (!acquired || !acquired.value()) {
        if (acquired && lease->otherHolder())
            m_elsewhere.insert(accountId, SendingLease::describe(*lease->otherHolder()));
        delete lease;
        return nullptr;
    }
    m_elsewhere.remove(accountId);
    m_leases.insert(accountId, lease);
    return lease;
}

void CampaignRunner::releaseIdleLeases()
{
    // A lease is kept while one of its account's campaigns is dispatched, released at once
    // after, so that a scheduled job or another window can send through the account.
    for (auto it = m_leases.begin(); it != m_leases.end();) {
        const bool busy = std::any_of(m_accountOf.cbegin(), m_accountOf.cend(),
                                      [&](qint64 account) { return account == it.key(); });
        if (busy) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_leases.erase(it);
    }
}

void CampaignRunner::armForNextSchedule(const QList<Campaign>& campaigns, const QDateTime& now)
{
    // The clock's tick alone would start a campaign up to a tick late; a timer for the next
    // scheduled instant starts it on the second. Only within a tick: a long timer runs on a
    // monotonic clock that stops while the machine sleeps, and the tick re-reads the wall clock.
    qint64 soonest = tickMs;
    for (const Campaign& campaign : campaigns) {
        if (campaign.state == CampaignState::Scheduled && campaign.scheduledAt.isValid()
            && !m_overdueAsked.contains(campaign.id) && !isDispatching(campaign.id))
            soonest = std::min(soonest, now.msecsTo(campaign.scheduledAt));
    }
    if (soonest >= 0 && soonest < tickMs)
        m_dueTimer.start(int(soonest) + 10);
}

void CampaignRunner::dispatch(const Campaign& campaign, SendingLease& lease)
{
    auto* dispatcher = new Dispatcher(m_database, m_providers, lease, campaign.id, {}, this);
    m_dispatchers.insert(campaign.id, dispatcher);
    m_accountOf.insert(campaign.id, campaign.accountId);
    connect(dispatcher, &Dispatcher::progressed, this,
            [this, id = campaign.id](const OutboxCounts&) { Q_EMIT campaignChanged(id); });
    connect(dispatcher, &Dispatcher::waitingForDatabase, this, &CampaignRunner::waitingForDatabase);
    connect(dispatcher, &Dispatcher::finished, this,
            [this, dispatcher, id = campaign.id,
             name = campaign.name](const Dispatcher::Summary& summary) {
                m_dispatchers.remove(id);
                m_accountOf.remove(id);
                dispatcher->deleteLater();
                // The lease goes when its account's last campaign here stops; the clock
                // takes it again for whatever is due later.
                QTimer::singleShot(0, this, &CampaignRunner::releaseIdleLeases);
                // A campaign waiting for its window or its retry is picked up by the clock.
                if (summary.outcome != Dispatcher::Outcome::Waiting)
                    Q_EMIT campaignStopped(id, name, summary);
                Q_EMIT campaignChanged(id);
                track();
            });
    const bool starting = campaign.state == CampaignState::Scheduled;
    QTimer::singleShot(0, dispatcher, &Dispatcher::start);
    if (starting)
        Q_EMIT campaignStarted(campaign.id, campaign.name);
    Q_EMIT campaignChanged(campaign.id);
}

void CampaignRunner::track()
{
    if (m_tracker)
        return;
    const Result<QList<Campaign>> campaigns = CampaignStore(m_database).list();
    if (!campaigns)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Campaign& campaign : campaigns.value()) {
        if (campaign.state == CampaignState::Draft || isDispatching(campaign.id))
            continue;
        const Result<QDateTime> next = Outbox(m_database).nextTrackingCheck(campaign.id);
        if (!next || !next.value().isValid() || next.value() > now)
            continue;
        m_tracker = new DeliveryTracker(m_database, m_providers, campaign.id, {}, this);
        connect(m_tracker, &DeliveryTracker::finished, this,
                [this, id = campaign.id](const DeliveryTracker::Summary& summary) {
                    m_tracker->deleteLater();
                    m_tracker = nullptr;
                    if (summary.checked > 0) {
                        Q_EMIT campaignChanged(id);
                        // More may be due, here or in another campaign.
                        if (!summary.error)
                            QTimer::singleShot(0, this, &CampaignRunner::track);
                    }
                });
        QTimer::singleShot(0, m_tracker, &DeliveryTracker::start);
        return; // one campaign at a time; the clock comes back for the others
    }
}

} // namespace tuma
