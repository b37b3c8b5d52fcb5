// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CampaignStates.h"
#include "core/Result.h"
#include "core/SmsText.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace tuma {

class Database;
class NativeStatement;

// A message waiting in the outbox, as the Dispatcher needs it.
struct OutboxMessage
{
    qint64 id = 0;
    QString phone;
    QString body;
    int segments = 1;
    double credits = 0;
    QString remoteGroup; // a provider-side group sent as a whole (phone empty), else empty
};

// An accepted message whose delivery is still to be learnt from the provider.
struct TrackedMessage
{
    qint64 id = 0;
    QString phone;
    QString providerMessageId;
    QDateTime submittedAt;
};

// A message whose fate no answer settled (unknown), as reconciliation looks it up.
struct UnknownMessage
{
    qint64 id = 0;
    QString phone;
    QString body;
    qint64 submittedAt = 0; // ms since the epoch
    qint64 batchId = 0; // the request it left in: messages of one request share it
    // Other messages of the same account with the same number and text: those the provider
    // has (accepted, delivered, expired, or failed after it took them) and those unknown too.
    // A history without times cannot tell them from this one.
    int identicalKnown = 0;
    int identicalUnknown = 0;
};

// Why an unknown message stays unknown after a reconciliation, for the user.
struct UnknownNote
{
    qint64 id = 0;
    QString code;
    QString message;
};

// One message as the campaign's per-recipient table and report show it.
struct OutboxRow
{
    qint64 id = 0;
    QString phone;
    OutboxState state = OutboxState::Queued;
    int segments = 1;
    double credits = 0;
    QString providerMessageId;
    QString providerStatus;
    QString errorMessage;
    QDateTime submittedAt;
    QDateTime updatedAt;
    QString body;
};

// A message sent to a contact, with the name of its campaign.
struct ContactMessage
{
    QString campaign;
    OutboxRow message;
};

// Which messages of a campaign a table shows: one state (empty: all) and digits anywhere in
// the number (empty: all).
struct OutboxFilter
{
    std::optional<OutboxState> state;
    QString digits;
};

// What happened to one submitted message: accepted (with the provider's id, if any),
// failed (refused for this recipient) or unknown (no answer came).
struct MessageOutcome
{
    qint64 id = 0;
    OutboxState state = OutboxState::Unknown;
    QString providerMessageId;
    QString providerStatus;
    QString errorCode;
    QString errorMessage;
    // For a reconciliation's finding: the submission it is about. The message takes the
    // outcome only while it is still unknown from that submission (not sent again since).
    qint64 unknownSince = -1;
};

// An unknown message as it was read: changed only while it is still unknown from that same
// submission, so a decision never lands on a message sent again meanwhile.
struct UnknownRef
{
    qint64 id = 0;
    qint64 submittedAt = 0;
};

// The messages of launched campaigns (one row per recipient, see docs/ARCHITECTURE.md).
class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(const Database& database);

    // A delivery report for the message the provider knows as `providerMessageId`.
    // `finalState` is delivered, failed or none (not final yet: only the provider's word is
    // kept). A final state never moves back, and a report for a message that is not
    // accepted yet (queued, cancelled) changes nothing. Returns how many rows changed.
    // Only messages of `accountId`'s campaigns: a report speaks for the account it came for.
    Result<int> recordDelivery(qint64 accountId, const QString& providerMessageId,
                               std::optional<OutboxState> finalState,
                               const QString& providerStatus);

    Result<qint64> count(qint64 campaignId, const OutboxFilter& filter) const;
    // In the order they were written (the audience's order).
    Result<QList<OutboxRow>> rows(qint64 campaignId, const OutboxFilter& filter, int limit,
                                  qint64 offset) const;
    // The messages written for a contact, newest first (a contact's detail shows them).
    Result<QList<ContactMessage>> forContact(qint64 contactId, int limit) const;

    // The campaign's queued messages that are due at `now`, oldest first.
    Result<QList<OutboxMessage>> nextQueued(qint64 campaignId, int limit,
                                            const QDateTime& now) const;
    // When the earliest queued message that waits (not_before in the future) is due; invalid
    // when none waits.
    Result<QDateTime> nextWaiting(qint64 campaignId) const;

    // Claims a batch before its request leaves, in one statement of one transaction: those of
    // `ids` that are still queued become submitting, each with its client reference
    // ("tuma-<id>") and one more attempt, only while the campaign is running and `token` holds
    // the account's sending lease unexpired. Returns the ids it moved: only those may be sent.
    Result<QList<qint64>> claim(qint64 campaignId, const QList<qint64>& ids, qint64 accountId,
                                const QString& token);
    // What became of submitted messages, in one transaction.
    Result<void> record(const QList<MessageOutcome>& outcomes);
    // A provider's answer to one request: what became of its messages and the credits it
    // charged (added to the campaign's), in one transaction, so that a crash never keeps one
    // without the other, and one durable commit a request instead of two.
    Result<void> recordAnswer(qint64 campaignId, const QList<MessageOutcome>& outcomes,
                              double credits);
    // The provider refused the request without acting on it (rate limit, its own error, no
    // credit), or its history shows an unknown message never arrived: the messages go back to
    // the queue, due at `notBefore` (invalid: at once).
    Result<void> requeue(const QList<qint64>& ids, const QDateTime& notBefore,
                         const QString& errorCode, const QString& errorMessage);
    // Unknown messages go back to the queue, in a transaction the caller holds open
    // (CampaignControl, which pauses the campaign in it). Returns how many moved.
    Result<int> requeueUnknownWithin(const QList<UnknownRef>& messages, const QString& errorCode,
                                     const QString& errorMessage);
    // The user counts unknown messages as sent: accepted, their credits used. In the caller's
    // transaction. Returns how many moved and their credits.
    struct Counted
    {
        int messages = 0;
        double credits = 0;
    };
    Result<Counted> countAsSentWithin(const QList<UnknownRef>& messages, const QString& message);
    // Accepted messages with a provider id whose next status check is due at `now`, the
    // longest waiting first. A provider-side group's send is not followed: the provider
    // alone knows who was in it.
    Result<QList<TrackedMessage>> dueForTracking(qint64 campaignId, int limit,
                                                 const QDateTime& now) const;
    // What the provider says of accepted messages: `state` accepted (still on its way: look
    // again at `nextCheck`), delivered, failed or expired.
    struct TrackingUpdate
    {
        qint64 id = 0;
        OutboxState state = OutboxState::Accepted;
        QString providerStatus;
        QDateTime nextCheck;
    };
    Result<void> recordTracking(const QList<TrackingUpdate>& updates);
    // When the next status check of the campaign is due; invalid when nothing is followed.
    Result<QDateTime> nextTrackingCheck(qint64 campaignId) const;

    // The campaign's unknown messages sent to numbers, oldest first. A provider-side group's
    // row is left out: its history lists the members, not the group, and "not found" must
    // never send the whole group again.
    Result<QList<UnknownMessage>> unknownMessages(qint64 campaignId) const;
    // The campaign's unknown messages to `phones` (E.164; empty: all of them).
    Result<QList<UnknownRef>> unknownRefs(qint64 campaignId, const QStringList& phones) const;
    // Every message of the requests `batchIds` left in, whatever became of it: what a
    // provider's report of such a request may name.
    Result<QHash<qint64, QStringList>> batchPhones(qint64 campaignId,
                                                   const QList<qint64>& batchIds) const;
    // Which of `providerMessageIds` a message of the account's campaigns already carries.
    Result<QSet<QString>> knownProviderIds(qint64 accountId,
                                           const QStringList& providerMessageIds) const;
    // Says why messages stay unknown (those still unknown; the others are left alone).
    Result<void> explainUnknown(const QList<UnknownNote>& notes);

    // After an interruption: messages left submitting may have reached the provider; they
    // become unknown, never queued again by themselves. Returns how many. Called when a
    // sending lease changes hands (LeaseStore::acquire) and on a restored database.
    Result<int> markInterruptedOfAccount(qint64 accountId);
    Result<int> markAllInterrupted();
    // The campaign is cancelled: its queued messages will never leave. Returns how many.
    Result<int> cancelQueued(qint64 campaignId);

    // A launch's messages, written on SQLite's own handle in the caller's open transaction:
    // a million rows through QSqlQuery would cost seconds in QVariant conversions alone.
    class BulkWriter final
    {
    public:
        BulkWriter(const Database& database, qint64 campaignId, const QDateTime& now);
        ~BulkWriter();
        Q_DISABLE_COPY_MOVE(BulkWriter)

        // Whether its statement was prepared; lastError() says why not.
        bool isReady() const;
        QString lastError() const;
        // One queued message; `contactId` 0 for a typed number; phone and body in UTF-8.
        bool write(qint64 contactId, QByteArrayView phone, QByteArrayView body,
                   const SmsCount& count, double credits);

    private:
        sqlite3* m_db = nullptr;
        std::unique_ptr<NativeStatement> m_statement;
        qint64 m_campaignId = 0;
        qint64 m_now = 0;
        QByteArray m_gsm7;
        QByteArray m_ucs2;
    };
    // A provider-side group's one message, sent in one request: no number (the provider alone
    // knows its members), `credits` for all of them. In the caller's transaction.
    Result<void> addRemoteGroupMessage(qint64 campaignId, const QString& groupId,
                                       const QString& body, const SmsCount& count, double credits,
                                       const QDateTime& now);

private:
    // Runs `work` inside one transaction: committed when it succeeds, rolled back otherwise.
    Result<void> inTransaction(const std::function<Result<void>()>& work);
    Result<void> recordWithin(const QList<MessageOutcome>& outcomes);

    const Database& m_database;
};

} // namespace tuma
