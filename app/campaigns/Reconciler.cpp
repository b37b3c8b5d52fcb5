// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reconciler.h"

#include "ProviderStates.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

#include <QDateTime>
#include <QHash>

namespace tuma {

namespace {

// How far the provider's clock may be behind ours.
constexpr qint64 clockSkewMs = 10 * 60'000;

// Providers write numbers with or without the plus; digits alone compare.
QString digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

Reconciler::Reconciler(const Database& database)
    : m_database(database)
{ }

Result<ReconcileSummary> Reconciler::reconcile(qint64 campaignId, const FetchPage& fetchPage,
                                               int maxPages, qint64 graceMs)
{
    // A provider-side group's send is never looked up (Outbox::unknownMessages): the user
    // decides.
    const Result<QList<UnknownMessage>> messages = Outbox(m_database).unknownMessages(campaignId);
    if (!messages)
        return messages.error();
    QMultiHash<QString, UnknownMessage> unknown; // by the number's digits
    for (const UnknownMessage& message : messages.value())
        unknown.insert(digitsOf(message.phone), message);
    ReconcileSummary summary;
    if (unknown.isEmpty())
        return summary;
    if (!fetchPage) {
        summary.stillUnknown = static_cast<int>(unknown.size());
        return summary;
    }

    QList<MessageOutcome> resolved;
    bool readToTheEnd = false;
    for (int page = 1; page <= maxPages && !unknown.isEmpty(); ++page) {
        const ProviderResult<HistoryPage> answer = fetchPage(page);
        if (!answer)
            return answer.error().toError();
        for (const HistoryEntry& entry : answer.value().entries) {
            const QString digits = digitsOf(entry.phone);
            if (digits.isEmpty())
                continue; // an entry for many recipients cannot settle one of them
            for (auto it = unknown.find(digits); it != unknown.end() && it.key() == digits; ++it) {
                // The same text to the same number from an earlier campaign is not this one.
                const bool earlier = entry.createdAt.isValid()
                    && entry.createdAt.toMSecsSinceEpoch() < it->submittedAt - clockSkewMs;
                if (it->body != entry.text || earlier)
                    continue;
                resolved.append({it->id,
                                 outboxStateFor(entry.state),
                                 entry.messageId,
                                 entry.providerStatus,
                                 {},
                                 {}});
                unknown.erase(it);
                break;
            }
        }
        if (answer.value().entries.isEmpty() || page >= answer.value().lastPage) {
            readToTheEnd = true;
            break;
        }
    }

    Outbox outbox(m_database);
    if (const Result<void> recorded = outbox.record(resolved); !recorded)
        return recorded.error();
    summary.resolved = static_cast<int>(resolved.size());
    const qint64 settledBefore = QDateTime::currentMSecsSinceEpoch() - graceMs;
    QList<qint64> missing;
    if (readToTheEnd) {
        for (const UnknownMessage& message : std::as_const(unknown)) {
            if (message.submittedAt <= settledBefore)
                missing.append(message.id);
        }
    }
    summary.stillUnknown = static_cast<int>(unknown.size() - missing.size());
    if (!missing.isEmpty()) {
        const Result<void> requeued = outbox.requeue(
            missing, {}, QStringLiteral("not_received"),
            tr("The provider's history does not have this message: it is sent again."));
        if (!requeued)
            return requeued.error();
        summary.requeued = static_cast<int>(missing.size());
    }
    return summary;
}

} // namespace tuma
