// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "providers/Capabilities.h"
#include "providers/ProviderError.h"
#include "providers/ProviderTypes.h"
#include "storage/AccountStore.h"
#include "storage/CampaignStore.h"
#include "storage/Outbox.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace tuma {

class Database;
class ProviderSession;
class SendingLease;

// Submits a launched campaign's outbox through its account's adapter: recipients batched by
// the adapter's capabilities, each batch claimed (moved to submitting, only while this process
// holds the account's sending lease and the campaign runs) before its request leaves, each
// answer committed as it comes, the provider's request rate respected. At most
// Options::requestsInFlight requests are under way at once (the next batch is claimed and sent
// while the provider answers the last: one recipient a request is bound by that latency); the
// run ends only when every request it sent has been answered and recorded. What no answer
// settled becomes unknown and is never sent again by itself.
//
// Runs on the thread it lives on (its Database connection's), asynchronously; the network
// work happens on the provider session's thread. Finishes when nothing is left to submit,
// when the campaign is paused (by the user, another process, or an error that needs the
// user: no credit, a refused key), cancelled, waiting for its time, or when the lease passed
// to another process.
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    enum class Outcome {
        Completed, // nothing left to submit
        Paused, // by the user or by an error the user must act on (see message)
        Cancelled,
        Waiting, // the schedule or the sending window is ahead and `waitForSchedule` is off
        Failed, // the outbox could not be read or written
        Busy, // the account's sending lease is another process's now: it sends the rest
    };

    struct Options
    {
        bool waitForSchedule = true;
        // Consecutive failures (server errors, lost connections, answers that never came)
        // before the campaign pauses.
        int maxConsecutiveFailures = 6;
        int backoffBaseMs = 1000;
        int backoffMaxMs = 60'000;
        // Requests under way at once. Each has its own claim and its own outcome, so a crash
        // leaves all of them unknown, never queued.
        int requestsInFlight = 2;
    };

    struct Summary
    {
        Outcome outcome = Outcome::Completed;
        QString message; // for Paused and Failed: what happened and what to do
        QString errorCode;
        OutboxCounts counts;
        QDateTime resumeAt; // for Waiting
    };

    // `lease` is the campaign's account's, held by this process; it outlives the dispatcher.
    Dispatcher(const Database& database, ProviderSession& providers, SendingLease& lease,
               qint64 campaignId, Options options, QObject* parent = nullptr);
    ~Dispatcher() override;

    // A stable name for logs and reports: completed, paused, cancelled, waiting, failed, busy.
    static QString outcomeName(Outcome outcome);

    // Starts (or resumes) submitting. `finished` follows exactly once.
    void start();
    // Stops after the requests in flight are answered and committed.
    void stop();

Q_SIGNALS:
    void progressed(const tuma::OutboxCounts& counts);
    // Another connection is writing (an import, a launch): the step waits and comes back.
    void waitingForDatabase();
    void finished(const tuma::Dispatcher::Summary& summary);

private:
    void step();
    void submit(QList<OutboxMessage> batch);
    void onAnswer(const QList<OutboxMessage>& batch, const ProviderResult<SendResult>& result);
    void onRefused(const QList<OutboxMessage>& batch, const ProviderError& error);
    // A schedule or a closed sending window may end the run (waitForSchedule off); a rate
    // limit or a retry's backoff is always waited out.
    enum class Wait { Schedule, Retry };
    void waitUntil(const QDateTime& at, Wait reason);
    void pause(const QString& errorCode, const QString& message);
    // Server errors, lost connections and ambiguous answers in a row (Options).
    void pauseAfterFailures(const QString& errorCode, const QString& message);
    void finish(Outcome outcome, const QString& message = {}, const QString& errorCode = {});
    // While requests are in flight (or writes wait for the database), keeps `end` for when
    // the last is done and returns true; false when nothing is pending: end now.
    bool endLater(std::function<void()> end);
    void finishBusy();
    void fail(const Error& error);
    // A busy database is waited out (`again` runs a moment later); any other error fails.
    void failOrRetry(const Error& error, const std::function<void()>& again);
    int backoffMs(int failures) const;
    int requestsAllowed() const;
    bool refreshCampaign();
    bool refreshAccount();

    const Database& m_database;
    ProviderSession& m_providers;
    SendingLease& m_lease;
    qint64 m_campaignId = 0;
    Options m_options;
    Campaign m_campaign;
    Account m_account;
    Capabilities m_capabilities;
    QTimer m_timer;
    QElapsedTimer m_sinceProgress;
    QElapsedTimer m_sinceAccountRead;
    int m_fetchLimit = 1;
    int m_consecutiveFailures = 0;
    int m_emptyClaims = 0;
    bool m_stopRequested = false;
    int m_requestsInFlight = 0;
    int m_databaseRetries = 0; // writes waiting for another connection (failOrRetry)
    // How the run ends, decided while requests were still in flight: run when the last is
    // answered and recorded.
    std::function<void()> m_ending;
    bool m_finished = false;
};

} // namespace tuma

Q_DECLARE_METATYPE(tuma::Dispatcher::Summary)
