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
#include <QSqlQuery>
#include <QTimer>

#include <optional>

namespace tuma {

class Database;
class ProviderSession;

// Submits a launched campaign's outbox through its account's adapter, one request at a time:
// recipients batched by the adapter's capabilities, each batch committed as submitting before
// its request leaves, the answer committed before the next request, the provider's request
// rate respected. What no answer settled becomes unknown and is never sent again by itself.
//
// Runs on the thread it lives on (its Database connection's), asynchronously; the network
// work happens on the provider session's thread. Finishes when nothing is left to submit,
// when the campaign is paused (by the user, another process, or an error that needs the
// user: no credit, a refused key), cancelled, or waiting for its time.
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
    };

    struct Options
    {
        bool waitForSchedule = true;
        // Consecutive server or network failures before the campaign pauses.
        int maxConsecutiveFailures = 6;
        int backoffBaseMs = 1000;
        int backoffMaxMs = 60'000;
    };

    struct Summary
    {
        Outcome outcome = Outcome::Completed;
        QString message; // for Paused and Failed: what happened and what to do
        QString errorCode;
        OutboxCounts counts;
        QDateTime resumeAt; // for Waiting
        int interrupted = 0; // submitting messages found at start, now unknown
    };

    Dispatcher(const Database& database, ProviderSession& providers, qint64 campaignId,
               Options options, QObject* parent = nullptr);
    ~Dispatcher() override;

    // Starts (or resumes) submitting. `finished` follows exactly once.
    void start();
    // Stops after the request in flight is answered and committed.
    void stop();

Q_SIGNALS:
    void progressed(const tuma::OutboxCounts& counts);
    void finished(const tuma::Dispatcher::Summary& summary);

private:
    void step();
    void submit(const QList<OutboxMessage>& batch);
    void onAnswer(const QList<OutboxMessage>& batch, const ProviderResult<SendResult>& result);
    void onRefused(const QList<OutboxMessage>& batch, const ProviderError& error);
    // A schedule or a closed sending window may end the run (waitForSchedule off); a rate
    // limit or a retry's backoff is always waited out.
    enum class Wait { Schedule, Retry };
    void waitUntil(const QDateTime& at, Wait reason);
    void pause(const QString& errorCode, const QString& message);
    void finish(Outcome outcome, const QString& message = {}, const QString& errorCode = {});
    void fail(const Error& error);
    int backoffMs() const;
    bool refreshCampaign();

    const Database& m_database;
    ProviderSession& m_providers;
    qint64 m_campaignId = 0;
    Options m_options;
    Campaign m_campaign;
    std::optional<QSqlQuery> m_stateQuery; // the campaign's state and time, prepared once
    Account m_account;
    Capabilities m_capabilities;
    QTimer m_timer;
    QElapsedTimer m_sinceProgress;
    QDateTime m_nextRequestAt;
    int m_fetchLimit = 1;
    int m_consecutiveFailures = 0;
    int m_interrupted = 0;
    bool m_stopRequested = false;
    bool m_inFlight = false;
    bool m_finished = false;
};

} // namespace tuma

Q_DECLARE_METATYPE(tuma::Dispatcher::Summary)
