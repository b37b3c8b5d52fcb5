// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dispatcher.h"

#include "CampaignControl.h"
#include "SendingLease.h"
#include "SendingSchedule.h"
#include "accounts/ProviderSession.h"
#include "providers/ProviderAdapter.h"
#include "providers/ProviderError.h"
#include "storage/Database.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace tuma {

// Why a campaign's sending started, backed off, paused or ended: one line each, never a
// number or a text of a recipient.
Q_LOGGING_CATEGORY(lcCampaigns, "tuma.campaigns", QtInfoMsg)

namespace {

// How long a write may wait for another connection before the dispatcher comes back later
// (the event loop turns meanwhile), and when it comes back.
constexpr int shortWaitMs = 200;
constexpr int databaseRetryMs = 250;

// A long wait is cut into steps so that the wall clock is looked at again: a QTimer runs on
// a monotonic clock that stops while the machine sleeps.
constexpr qint64 longestTimerMs = 30'000;

} // namespace

Dispatcher::Dispatcher(const Database& database, ProviderSession& providers, SendingLease& lease,
                       qint64 campaignId, Options options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_providers(providers)
    , m_lease(lease)
    , m_campaignId(campaignId)
    , m_options(options)
{
    qRegisterMetaType<tuma::Dispatcher::Summary>();
    qRegisterMetaType<tuma::OutboxCounts>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Dispatcher::step);
    // A lease lost while waiting (a rate limit, a retry) ends the wait: the next step stops.
    connect(&m_lease, &SendingLease::lost, this, [this] {
        if (!m_finished && !m_ending && m_databaseRetries == 0)
            m_timer.start(0);
    });
}

Dispatcher::~Dispatcher() = default;

void Dispatcher::start()
{
    const Result<Campaign> campaign = CampaignStore(m_database).find(m_campaignId);
    if (!campaign)
        return fail(campaign.error());
    m_campaign = campaign.value();
    if (m_campaign.state == CampaignState::Draft) {
        return finish(Outcome::Failed,
                      tr("Campaign %1 has not been launched yet.").arg(m_campaignId),
                      QStringLiteral("not_launched"));
    }
    const Result<Account> account = AccountStore(m_database).findById(m_campaign.accountId);
    if (!account)
        return fail(account.error());
    m_account = account.value();
    m_sinceAccountRead.start();
    if (m_lease.accountId() != m_account.id) {
        return finish(Outcome::Failed,
                      tr("Campaign %1 is sent through another account.").arg(m_campaignId),
                      QStringLiteral("wrong_lease"));
    }
    m_capabilities = ProviderSession::capabilities(m_account);
    m_fetchLimit = std::max(1, m_capabilities.maxRecipientsPerRequest);
    qCInfo(lcCampaigns).noquote() << QStringLiteral(
                                         "campaign %1: sending through account %2 (%3), state %4")
                                         .arg(m_campaignId)
                                         .arg(m_account.id)
                                         .arg(m_account.provider, stateName(m_campaign.state));
    // What the last run left in flight became unknown when this process took the lease.
    step();
}

void Dispatcher::stop()
{
    m_stopRequested = true;
    // A write waiting for the database comes back to step(), which stops.
    if (!m_finished && m_databaseRetries == 0) {
        m_timer.stop();
        finish(Outcome::Paused, tr("Sending stopped; run the campaign again to go on."),
               QStringLiteral("stopped"));
    }
}

void Dispatcher::step()
{
    if (m_finished || m_databaseRetries > 0)
        return;
    if (m_ending) {
        // The run has ended but for answers still to come: the last one ends it.
        if (m_requestsInFlight == 0)
            std::exchange(m_ending, {})();
        return;
    }
    if (m_requestsInFlight >= requestsAllowed())
        return; // an answer steps again
    // Another connection writing (an import, a launch) makes this wait a moment, not freeze.
    const Database::ShortWait shortWait(m_database, shortWaitMs);
    const auto again = [this] { step(); };
    if (m_stopRequested) {
        return finish(Outcome::Paused, tr("Sending stopped; run the campaign again to go on."),
                      QStringLiteral("stopped"));
    }
    if (!m_lease.isHeld())
        return finishBusy();
    if (!refreshCampaign() || !refreshAccount())
        return;
    if (m_campaign.state == CampaignState::Paused)
        return finish(Outcome::Paused, m_campaign.pauseReason, QStringLiteral("paused"));
    if (m_campaign.state == CampaignState::Cancelled)
        return finish(Outcome::Cancelled);
    // Messages put back in the queue after it completed (a reconciliation, the user's
    // decision) pause it first: they go out only once the user resumes it.
    if (m_campaign.state == CampaignState::Completed)
        return finish(Outcome::Completed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_campaign.scheduledAt.isValid() && now < m_campaign.scheduledAt
        && !m_campaign.providerSchedule) {
        return waitUntil(m_campaign.scheduledAt, Wait::Schedule);
    }
    const QDateTime windowOpens
        = nextSendingTime(now, m_campaign.window, campaignTimeZone(m_campaign.timeZone));
    if (windowOpens > now)
        return waitUntil(windowOpens, Wait::Schedule);
    if (m_campaign.state != CampaignState::Running) {
        // Its time has come. Another window may have paused or cancelled it a moment ago:
        // then the next step reads that.
        if (const Result<void> running = CampaignControl(m_database).start(m_campaignId);
            !running && running.error().code != QLatin1String("invalid_state"))
            return failOrRetry(running.error(), again);
        m_timer.start(0);
        return;
    }

    const Result<QList<OutboxMessage>> queued
        = Outbox(m_database).nextQueued(m_campaignId, m_fetchLimit, now);
    if (!queued)
        return failOrRetry(queued.error(), again);
    if (queued.value().isEmpty()) {
        const Result<QDateTime> waiting = Outbox(m_database).nextWaiting(m_campaignId);
        if (!waiting)
            return failOrRetry(waiting.error(), again);
        if (waiting.value().isValid())
            return waitUntil(waiting.value(), Wait::Retry);
        // Complete only once every request has been answered: one may yet be requeued.
        if (m_requestsInFlight > 0)
            return;
        return finish(Outcome::Completed);
    }
    // The provider's request rate, shared by this process's campaigns of the account: only
    // waited for when there is something to send.
    if (m_lease.nextRequestAt.isValid() && now < m_lease.nextRequestAt)
        return waitUntil(m_lease.nextRequestAt, Wait::Retry);

    // Recipients share a request only when the provider takes one text for many and their
    // texts are identical, or when it takes a text per recipient.
    QList<OutboxMessage> batch;
    const int most = std::max(1, m_capabilities.maxRecipientsPerRequest);
    if (!queued.value().constFirst().remoteGroup.isEmpty()) {
        // A provider-side group is one request of its own.
        batch = {queued.value().constFirst()};
    } else if (m_capabilities.batchShape == Capabilities::BatchShape::BodyPerRecipient) {
        batch = queued.value().mid(0, most);
    } else {
        const QString& body = queued.value().constFirst().body;
        for (const OutboxMessage& message : queued.value()) {
            if (message.body == body && batch.size() < most)
                batch.append(message);
        }
    }
    // Personalised texts rarely repeat: read fewer rows next time; identical ones fill whole
    // requests: read as many as a request takes.
    m_fetchLimit = batch.size() == queued.value().size()
        ? std::min(most, m_fetchLimit * 2)
        : std::max(8, static_cast<int>(batch.size()) * 2);
    submit(batch);
}

bool Dispatcher::refreshCampaign()
{
    // The user (or another process) may have paused, cancelled or rescheduled it meanwhile.
    // Every step looks at its state and time; the whole campaign (whose audience may be a
    // long list of typed numbers) is read again only when they changed. Per recipient,
    // reading it all each time was a sixth of the dispatcher.
    const Result<CampaignStore::StateAndSchedule> now
        = CampaignStore(m_database).stateAndSchedule(m_campaignId);
    if (now && now.value().state == m_campaign.state
        && now.value().scheduledAt == m_campaign.scheduledAt)
        return true;
    const Result<Campaign> campaign = CampaignStore(m_database).find(m_campaignId);
    if (!campaign) {
        fail(campaign.error());
        return false;
    }
    m_campaign = campaign.value();
    return true;
}

bool Dispatcher::refreshAccount()
{
    // The user may save the account (another sender ID, a new key, another address) while
    // the campaign sends: the next request goes with the new settings. Read at most once a
    // second, not per recipient.
    if (m_sinceAccountRead.isValid() && m_sinceAccountRead.elapsed() < 1000)
        return true;
    m_sinceAccountRead.start();
    const Result<Account> account = AccountStore(m_database).findById(m_campaign.accountId);
    if (!account) {
        fail(account.error());
        return false;
    }
    m_account = account.value();
    return true;
}

void Dispatcher::submit(QList<OutboxMessage> batch)
{
    QList<qint64> ids;
    ids.reserve(batch.size());
    for (const OutboxMessage& message : batch)
        ids.append(message.id);
    // Claimed and committed before the request leaves: a crash from here on leaves them
    // unknown. Only the rows this claim moved are sent: none if the lease has passed to
    // another process or the campaign stopped running meanwhile.
    const Result<QList<qint64>> claimed
        = Outbox(m_database).claim(m_campaignId, ids, m_lease.accountId(), m_lease.token());
    if (!claimed)
        return failOrRetry(claimed.error(), [this] { step(); });
    if (claimed.value().isEmpty()) {
        // Why: the lease (confirm() renews it if it is still ours, even past its expiry),
        // else the campaign's state, which the next step reads.
        if (!m_lease.confirm())
            return finishBusy();
        if (++m_emptyClaims >= 3) {
            m_emptyClaims = 0;
            return waitUntil(QDateTime::currentDateTimeUtc().addSecs(1), Wait::Retry);
        }
        m_timer.start(0);
        return;
    }
    m_emptyClaims = 0;
    if (claimed.value().size() != batch.size()) {
        const QSet<qint64> moved(claimed.value().cbegin(), claimed.value().cend());
        batch.removeIf(
            [&moved](const OutboxMessage& message) { return !moved.contains(message.id); });
    }

    const QString senderId
        = m_campaign.senderId.isEmpty() ? m_account.senderOrDefault() : m_campaign.senderId;
    QDateTime scheduleAt;
    if (m_campaign.providerSchedule && m_campaign.scheduledAt.isValid()
        && m_campaign.scheduledAt > QDateTime::currentDateTimeUtc())
        scheduleAt = m_campaign.scheduledAt;
    if (m_capabilities.requestsPerMinute > 0) {
        m_lease.nextRequestAt = QDateTime::currentDateTimeUtc().addMSecs(
            (60'000 + m_capabilities.requestsPerMinute - 1) / m_capabilities.requestsPerMinute);
    }
    ++m_requestsInFlight;
    const auto answered = [this, batch](ProviderResult<SendResult> result) {
        --m_requestsInFlight;
        onAnswer(batch, result);
    };
    // The next batch is claimed and sent while the provider answers this one.
    if (m_requestsInFlight < requestsAllowed())
        m_timer.start(0);

    if (!batch.constFirst().remoteGroup.isEmpty()) {
        RemoteSendRequest request;
        request.groupIds = {batch.constFirst().remoteGroup};
        request.text = batch.constFirst().body;
        request.senderId = senderId;
        request.scheduleAt = scheduleAt;
        request.campaignName = m_campaign.name;
        m_providers.run<SendResult>(
            m_account, this,
            [request](ProviderAdapter& adapter, ProviderAdapter::Reply<SendResult> done) {
                adapter.sendToRemote(request, done);
            },
            answered);
        return;
    }

    SendRequest request;
    request.text = batch.constFirst().body;
    request.senderId = senderId;
    request.campaignName = m_campaign.name;
    request.scheduleAt = scheduleAt;
    for (const OutboxMessage& message : batch)
        request.recipients.append(
            {message.phone, message.body, QStringLiteral("tuma-%1").arg(message.id)});
    m_providers.run<SendResult>(
        m_account, this,
        [request](ProviderAdapter& adapter, ProviderAdapter::Reply<SendResult> done) {
            adapter.send(request, done);
        },
        answered);
}

void Dispatcher::onAnswer(const QList<OutboxMessage>& batch,
                          const ProviderResult<SendResult>& result)
{
    if (!result)
        return onRefused(batch, result.error());
    // The provider's answer is never lost to a busy database: it is recorded when the
    // other writer is done, and nothing else is sent meanwhile.
    const Database::ShortWait shortWait(m_database, shortWaitMs);
    const auto again = [this, batch, result] { onAnswer(batch, result); };
    m_consecutiveFailures = 0;

    QHash<QString, const RecipientOutcome*> byPhone;
    for (const RecipientOutcome& outcome : result.value().recipients)
        byPhone.insert(outcome.phone, &outcome);
    QList<MessageOutcome> outcomes;
    double credits = 0;
    for (const OutboxMessage& message : batch) {
        MessageOutcome outcome;
        outcome.id = message.id;
        const RecipientOutcome* answer = byPhone.value(message.phone);
        if (answer && !answer->accepted) {
            outcome.state = OutboxState::Failed;
            outcome.providerStatus = answer->providerStatus;
            outcome.errorCode = QStringLiteral("invalid_recipient");
            outcome.errorMessage = answer->errorText;
        } else {
            // A success that names no recipient accepted the whole request
            // (docs/providers.md: a 2xx with a success status is acceptance).
            outcome.state = OutboxState::Accepted;
            if (answer) {
                outcome.providerMessageId = answer->messageId;
                outcome.providerStatus = answer->providerStatus;
            }
            if (outcome.providerMessageId.isEmpty())
                outcome.providerMessageId = result.value().batchId;
            credits += message.credits;
        }
        outcomes.append(outcome);
    }
    const Result<void> recorded
        = Outbox(m_database)
              .recordAnswer(m_campaignId, outcomes, result.value().creditsUsed.value_or(credits));
    if (!recorded)
        return failOrRetry(recorded.error(), again);
    // Counting a large outbox is not free: twice a second is enough for a progress bar.
    if (!m_sinceProgress.isValid() || m_sinceProgress.elapsed() >= 500) {
        m_sinceProgress.start();
        const Result<OutboxCounts> counts = CampaignStore(m_database).counts(m_campaignId);
        if (counts)
            Q_EMIT progressed(counts.value());
    }
    m_timer.start(0);
}

void Dispatcher::onRefused(const QList<OutboxMessage>& batch, const ProviderError& error)
{
    const Database::ShortWait shortWait(m_database, shortWaitMs);
    const auto again = [this, batch, error] { onRefused(batch, error); };
    QList<qint64> ids;
    for (const OutboxMessage& message : batch)
        ids.append(message.id);
    const QString code = ProviderError::kindName(error.kind);
    qCInfo(lcCampaigns).noquote() << QStringLiteral("campaign %1: a request of %2 refused: %3 "
                                                    "(%4 in a row)")
                                         .arg(m_campaignId)
                                         .arg(batch.size())
                                         .arg(code)
                                         .arg(m_consecutiveFailures + 1);
    Outbox outbox(m_database);
    using Kind = ProviderError::Kind;
    switch (error.kind) {
    case Kind::AmbiguousSubmission: {
        // The provider may have them: never sent again by us without the user or a
        // reconciliation saying so. Like any other failure it slows the campaign down and
        // pauses it when it repeats, so an outage leaves a few batches unknown, not all.
        QList<MessageOutcome> outcomes;
        for (const qint64 id : ids)
            outcomes.append({id, OutboxState::Unknown, {}, {}, code, error.message});
        const Result<void> recorded = outbox.record(outcomes);
        if (!recorded)
            return failOrRetry(recorded.error(), again);
        if (++m_consecutiveFailures >= m_options.maxConsecutiveFailures)
            return pauseAfterFailures(code, error.message);
        m_lease.nextRequestAt
            = QDateTime::currentDateTimeUtc().addMSecs(backoffMs(m_consecutiveFailures));
        m_timer.start(0);
        return;
    }
    case Kind::InvalidRecipient:
    case Kind::Validation:
    case Kind::NotFound: {
        QList<MessageOutcome> outcomes;
        for (const qint64 id : ids)
            outcomes.append({id, OutboxState::Failed, {}, error.providerText, code, error.message});
        const Result<void> recorded = outbox.record(outcomes);
        if (!recorded)
            return failOrRetry(recorded.error(), again);
        m_timer.start(0);
        return;
    }
    case Kind::RateLimited: {
        const int waitMs = error.retryAfterSeconds >= 0 ? error.retryAfterSeconds * 1000
                                                        : backoffMs(m_consecutiveFailures);
        const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(std::max(waitMs, 1000));
        const Result<void> requeued = outbox.requeue(ids, at, code, error.message);
        if (!requeued)
            return failOrRetry(requeued.error(), again);
        m_lease.nextRequestAt = at;
        m_timer.start(0);
        return;
    }
    case Kind::Server:
    case Kind::Network:
    case Kind::Timeout: {
        const QDateTime at
            = QDateTime::currentDateTimeUtc().addMSecs(backoffMs(m_consecutiveFailures + 1));
        const Result<void> requeued = outbox.requeue(ids, at, code, error.message);
        if (!requeued)
            return failOrRetry(requeued.error(), again);
        if (++m_consecutiveFailures >= m_options.maxConsecutiveFailures)
            return pauseAfterFailures(code, error.message);
        m_lease.nextRequestAt = at;
        m_timer.start(0);
        return;
    }
    case Kind::InsufficientCredit:
    case Kind::Authentication:
    case Kind::Permission:
    case Kind::Unsupported:
    case Kind::Configuration:
        break;
    }
    const Result<void> requeued = outbox.requeue(ids, {}, code, error.message);
    if (!requeued)
        return failOrRetry(requeued.error(), again);
    if (error.kind == Kind::InsufficientCredit) {
        return pause(code,
                     tr("The account has run out of credit. Top it up, then resume the "
                        "campaign: it goes on where it stopped."));
    }
    pause(code, error.message);
}

void Dispatcher::pauseAfterFailures(const QString& errorCode, const QString& message)
{
    pause(errorCode,
          tr("The provider failed %Ln time(s) in a row: %1 Resume the campaign when it works "
             "again.",
             nullptr, m_consecutiveFailures)
              .arg(message));
}

void Dispatcher::waitUntil(const QDateTime& at, Wait reason)
{
    if (reason == Wait::Schedule && !m_options.waitForSchedule) {
        if (endLater([this, at] { waitUntil(at, Wait::Schedule); }))
            return;
        m_finished = true;
        Summary summary;
        summary.outcome = Outcome::Waiting;
        summary.resumeAt = at;
        if (const Result<OutboxCounts> counts = CampaignStore(m_database).counts(m_campaignId))
            summary.counts = counts.value();
        Q_EMIT finished(summary);
        return;
    }
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(at);
    // The provider's pace between requests is routine; a longer wait says why.
    if (ms >= 2000) {
        qCInfo(lcCampaigns).noquote()
            << QStringLiteral("campaign %1: waiting %2 s for %3")
                   .arg(m_campaignId)
                   .arg(ms / 1000)
                   .arg(reason == Wait::Schedule
                            ? QStringLiteral("its schedule or sending window")
                            : QStringLiteral("a retry or the provider's rate"));
    }
    m_timer.start(static_cast<int>(std::clamp<qint64>(ms, 0, longestTimerMs)));
}

void Dispatcher::pause(const QString& errorCode, const QString& message)
{
    qCInfo(lcCampaigns).noquote()
        << QStringLiteral("campaign %1 paused (%2): %3").arg(m_campaignId).arg(errorCode, message);
    const Database::ShortWait shortWait(m_database, shortWaitMs);
    const Result<void> paused
        = CampaignControl(m_database).pauseForError(m_campaignId, errorCode, message);
    // Paused or cancelled by the user meanwhile: stopped all the same.
    if (!paused && paused.error().code != QLatin1String("invalid_state")) {
        return failOrRetry(paused.error(),
                           [this, errorCode, message] { pause(errorCode, message); });
    }
    finish(Outcome::Paused, message, errorCode);
}

void Dispatcher::finish(Outcome outcome, const QString& message, const QString& errorCode)
{
    if (m_finished)
        return;
    // The answers still to come (and writes waiting for the database) are recorded first: a
    // run never ends with a request of its own unanswered, whose messages would stay
    // submitting until the next run.
    if (endLater([this, outcome, message, errorCode] { finish(outcome, message, errorCode); }))
        return;
    m_finished = true;
    m_timer.stop();
    if (outcome == Outcome::Completed && m_campaign.state != CampaignState::Completed) {
        const Database::ShortWait shortWait(m_database, shortWaitMs);
        const Result<void> completed = CampaignControl(m_database).complete(m_campaignId);
        // Paused or cancelled at the last moment: nothing was left to send anyway.
        if (!completed && completed.error().code != QLatin1String("invalid_state")) {
            m_finished = false;
            return failOrRetry(completed.error(), [this, outcome, message, errorCode] {
                finish(outcome, message, errorCode);
            });
        }
    }
    Summary summary;
    summary.outcome = outcome;
    summary.message = message;
    summary.errorCode = errorCode;
    if (const Result<OutboxCounts> counts = CampaignStore(m_database).counts(m_campaignId))
        summary.counts = counts.value();
    qCInfo(lcCampaigns).noquote() << QStringLiteral("campaign %1: sending ended, %2%3")
                                         .arg(m_campaignId)
                                         .arg(outcomeName(outcome))
                                         .arg(errorCode.isEmpty()
                                                  ? QString()
                                                  : QStringLiteral(" (%1)").arg(errorCode));
    Q_EMIT finished(summary);
}

bool Dispatcher::endLater(std::function<void()> end)
{
    if (m_ending) {
        // Already ending: the first reason stands, and the last answer runs it.
        if (m_requestsInFlight == 0 && m_databaseRetries == 0)
            std::exchange(m_ending, {})();
        return true;
    }
    if (m_requestsInFlight == 0 && m_databaseRetries == 0)
        return false;
    m_ending = std::move(end);
    m_timer.stop();
    return true;
}

void Dispatcher::finishBusy()
{
    QString holder;
    if (const Result<std::optional<LeaseHolder>> other
        = LeaseStore(m_database).holder(m_lease.accountId());
        other && other.value())
        holder = SendingLease::describe(*other.value());
    finish(Outcome::Busy,
           holder.isEmpty() ? tr("Another process has taken over sending through this account.")
                            : tr("Campaign %1 is being sent by %2, which will send it.")
                                  .arg(m_campaignId)
                                  .arg(holder),
           QStringLiteral("campaign_busy"));
}

void Dispatcher::failOrRetry(const Error& error, const std::function<void()>& again)
{
    if (error.code != QLatin1String("database_busy"))
        return fail(error);
    // No step and no stop until it is done.
    ++m_databaseRetries;
    Q_EMIT waitingForDatabase();
    QTimer::singleShot(databaseRetryMs, this, [this, again] {
        --m_databaseRetries;
        again();
    });
}

void Dispatcher::fail(const Error& error)
{
    finish(Outcome::Failed, error.message, error.code);
}

QString Dispatcher::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Completed:
        return QStringLiteral("completed");
    case Outcome::Paused:
        return QStringLiteral("paused");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Waiting:
        return QStringLiteral("waiting");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Busy:
        return QStringLiteral("busy");
    }
    return {};
}

int Dispatcher::requestsAllowed() const
{
    // After a failure, one request at a time until one succeeds: an outage then costs as
    // many unknown batches as Options::maxConsecutiveFailures, not more.
    return m_consecutiveFailures > 0 ? 1 : std::max(1, m_options.requestsInFlight);
}

int Dispatcher::backoffMs(int failures) const
{
    // Exponential with full jitter: many Tumas behind one office router do not retry in step.
    const int exponent = std::min(failures, 16);
    const qint64 ceiling
        = std::min<qint64>(qint64(m_options.backoffBaseMs) << exponent, m_options.backoffMaxMs);
    return static_cast<int>(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

} // namespace tuma
