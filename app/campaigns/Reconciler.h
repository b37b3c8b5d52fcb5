// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "providers/Capabilities.h"
#include "providers/ProviderError.h"
#include "providers/ProviderTypes.h"
#include "storage/AccountStore.h"
#include "storage/CampaignStore.h"
#include "storage/Outbox.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace tuma {

class Database;
class ProviderAdapter;
class ProviderSession;

struct ReconcileSummary
{
    int resolved = 0; // the provider has them: accepted or their final state
    int requeued = 0; // the provider's records prove it never had them: queued again
    int stillUnknown = 0; // no proof either way: the user decides
    bool paused = false; // the campaign was paused so the requeued wait for the user
    // Why messages stay unknown, the most common reason first, for the user.
    QString note;
    // The provider failure (after its retries) or the storage error that stopped the work;
    // empty code when it ran to its end. What was settled before it is kept.
    Error error;
};

// Settles a campaign's unknown messages (sent, no answer) against the provider's own records
// (docs/CAMPAIGNS.md, "Unknown messages"; docs/providers.md, "What reconcile can prove"). A
// message takes the state the records give it; it goes back to the queue only when records
// read completely over a window that covers its submission prove the provider never took it,
// and then the campaign is paused: nothing is sent here or until the user resumes it. Past a
// bound on how much history is read, or when a request keeps failing, the rest stays unknown
// with the reason. Transient failures (429, 5xx, network) are retried with backoff per
// request. The window and tuma-cli both reconcile through this class.
//
// Per provider (Capabilities::historyShape):
// - one entry per recipient (QuickFlow): the campaign's sender ID's history, matched by number
//   and text. Without times, an entry proves this message only when no other message of the
//   account has that number and text; no entry at all in the whole history proves absence.
// - one entry per request (FlashSMS): a lost request matches entries with its sender, a text
//   that starts the same, a creation time near its submission and no more recipients than it
//   had; each such entry's per-recipient report says whose it is and settles each message.
//   No matching entry in a completely read window proves the request was never accepted.
// - no history (QSMS, 254sms): everything stays unknown for the user to decide.
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    struct Options
    {
        int attempts = 6; // per request, the first included
        int backoffBaseMs = 500;
        int backoffMaxMs = 30'000;
        int pageSize = 100;
        int maxPages = 2000; // 200,000 entries: past that, "history too long"
        // A provider may list a message a little after accepting it: one submitted less than
        // this long ago is never taken as missing.
        qint64 graceMs = 120'000;
    };

    Reconciler(const Database& database, ProviderSession& providers, qint64 campaignId,
               Options options, QObject* parent = nullptr);
    ~Reconciler() override;

    // Starts; `finished` follows exactly once, on this object's thread.
    void start();
    // Stops reading after the request in flight; what was proven so far is kept.
    void cancel();

    // What reconciliation can and cannot learn from a provider, for the campaign page.
    static QString whatCanBeKnown(const Capabilities& capabilities);

Q_SIGNALS:
    // `done` of `total` requests to the provider (total grows as pages are learnt of).
    void progressed(int done, int total);
    void finished(const tuma::ReconcileSummary& summary);

private:
    // A request of the campaign whose answer was lost (its messages share a batch id).
    struct LostRequest
    {
        qint64 batchId = 0;
        QString body;
        QHash<QString, qsizetype> byDigits; // an unknown number's digits -> index in m_messages
        QSet<QString> allDigits; // every number the request carried, whatever became of it
        qint64 firstAt = 0;
        qint64 lastAt = 0;
        QList<qsizetype> candidates; // indexes in m_entries whose details fit it
    };

    void readPage(int page);
    void onPage(int page, const ProviderResult<HistoryPage>& answer);
    void readReport(qsizetype index);
    void decide();
    void decideByRecipient(QList<MessageOutcome>& settled, QList<UnknownRef>& absent,
                           QList<UnknownNote>& notes);
    void decideByRequest(QList<MessageOutcome>& settled, QList<UnknownRef>& absent,
                         QList<UnknownNote>& notes);
    // Why a message found nowhere is not proven absent, or empty when it is.
    QString notProvenAbsent(const UnknownMessage& message, QString* code) const;
    bool everyNumberDecided() const;
    bool fits(const LostRequest& request, const HistoryEntry& entry) const;
    void apply(const QList<MessageOutcome>& settled, const QList<UnknownRef>& absent,
               const QList<UnknownNote>& notes);
    void finish();
    void fail(const Error& error);
    // Runs `call` with the account's adapter, again after a backoff while it fails
    // transiently, at most Options::attempts times.
    template<typename T>
    void
    ask(const std::function<void(ProviderAdapter&, std::function<void(ProviderResult<T>)>)>& call,
        const std::function<void(ProviderResult<T>)>& done, int attempt = 1);
    int backoffMs(int attempt, const ProviderError& error) const;

    const Database& m_database;
    ProviderSession& m_providers;
    qint64 m_campaignId = 0;
    Options m_options;
    Campaign m_campaign;
    Account m_account;
    Capabilities m_capabilities;
    QList<UnknownMessage> m_messages;
    ReconcileSummary m_summary;

    // Reading the history.
    bool m_complete = false; // read to its end
    bool m_tooLong = false;
    bool m_cancelled = false;
    int m_requestsDone = 0;
    int m_requestsExpected = 1;
    ProviderError m_readError;
    bool m_readFailed = false;

    // One entry per recipient: how many entries each (number, text) has, and the first.
    QHash<QString, int> m_entryCount;
    QHash<QString, HistoryEntry> m_firstEntry;
    QHash<QString, int> m_needed; // entries that decide each unknown (number, text)
    qsizetype m_undecided = 0;

    // One entry per request.
    QList<LostRequest> m_requests;
    QList<HistoryEntry> m_entries; // entries that fit some lost request
    QHash<qsizetype, DeliveryReport> m_reports; // by index in m_entries, those read
    QSet<QString> m_knownIds; // entries already ours (an answered request's id)
    QList<qsizetype> m_toRead;

    QTimer m_retryTimer; // a transient failure's backoff
    std::function<void()> m_retry;
    std::function<void()> m_giveUp;
    qint64 m_startedAt = 0; // ms since the epoch: the grace period is counted back from it
    QString m_incompleteCode; // why the records read cannot prove anything missing
    QString m_incompleteWhy;

    bool m_finished = false;
};

} // namespace tuma

Q_DECLARE_METATYPE(tuma::ReconcileSummary)
