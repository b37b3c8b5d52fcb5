// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reconciler.h"

#include "CampaignControl.h"
#include "accounts/ProviderSession.h"
#include "accounts/ProviderStates.h"
#include "providers/ProviderAdapter.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace tuma {

namespace {

// How far the provider's clock may be from ours.
constexpr qint64 clockSkewMs = 10 * 60'000;
// FlashSMS's history cuts a text to 160 characters; a longer one matches by its beginning.
constexpr qsizetype historyTextCut = 150;

// Providers write numbers with or without the plus: the digits compare.
QString digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString keyOf(const QString& phone, const QString& text)
{
    return digitsOf(phone) + u'\n' + text;
}

// Whether a history entry's text is `body`, or its beginning where the history cuts texts.
bool sameText(QString shown, const QString& body)
{
    if (shown == body)
        return true;
    if (shown.endsWith(QStringLiteral("...")))
        shown.chop(3);
    else if (shown.endsWith(QChar(0x2026)))
        shown.chop(1);
    return shown.size() >= historyTextCut && body.size() > shown.size() && body.startsWith(shown);
}

} // namespace

Reconciler::Reconciler(const Database& database, ProviderSession& providers, qint64 campaignId,
                       Options options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_providers(providers)
    , m_campaignId(campaignId)
    , m_options(options)
{
    qRegisterMetaType<tuma::ReconcileSummary>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_giveUp = nullptr;
        const std::function<void()> retry = std::exchange(m_retry, nullptr);
        if (retry)
            retry();
    });
}

Reconciler::~Reconciler() = default;

QString Reconciler::whatCanBeKnown(const Capabilities& capabilities)
{
    switch (capabilities.historyShape) {
    case Capabilities::HistoryShape::PerRecipient:
        return tr("This provider's history lists each message with its number and text but no "
                  "time. Tuma settles a message it finds there, and sends again only one that a "
                  "complete history does not list. When the same text went to the same number "
                  "before, the history cannot tell which is which: you decide.");
    case Capabilities::HistoryShape::PerRequest:
        return tr("This provider's history lists each send with its text, sender, time and "
                  "number of recipients, and a report of each send names them. Tuma settles "
                  "every message it finds there, and sends again only a send that the complete "
                  "history of that time does not have.");
    case Capabilities::HistoryShape::None:
        break;
    }
    return tr("This provider keeps no history Tuma can read: check its website, then choose "
              "to send the unknown messages again or to count them as sent.");
}

template<typename T>
void Reconciler::ask(
    const std::function<void(ProviderAdapter&, std::function<void(ProviderResult<T>)>)>& call,
    const std::function<void(ProviderResult<T>)>& done, int attempt)
{
    m_providers.run<T>(
        m_account, this, call, [this, call, done, attempt](ProviderResult<T> result) {
            if (!result && result.error().isTransient() && attempt < m_options.attempts
                && !m_cancelled) {
                // Cancel ends the wait with this failure.
                m_retry = [this, call, done, attempt] { ask<T>(call, done, attempt + 1); };
                m_giveUp = [done, result] { done(result); };
                m_retryTimer.start(backoffMs(attempt, result.error()));
                return;
            }
            done(result);
        });
}

int Reconciler::backoffMs(int attempt, const ProviderError& error) const
{
    if (error.retryAfterSeconds >= 0)
        return static_cast<int>(
            std::min<qint64>(qint64(error.retryAfterSeconds) * 1000, m_options.backoffMaxMs));
    const qint64 ceiling = std::min<qint64>(
        qint64(m_options.backoffBaseMs) << std::min(attempt - 1, 16), m_options.backoffMaxMs);
    return static_cast<int>(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

void Reconciler::start()
{
    // Whatever was submitted less than the grace period before the first page is read may
    // be missing from it yet, however long the reading takes.
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    const Result<Campaign> campaign = CampaignStore(m_database).find(m_campaignId);
    if (!campaign)
        return fail(campaign.error());
    m_campaign = campaign.value();
    const Result<Account> account = AccountStore(m_database).findById(m_campaign.accountId);
    if (!account)
        return fail(account.error());
    m_account = account.value();
    m_capabilities = ProviderSession::capabilities(m_account);
    // A provider-side group's send is never looked up (Outbox::unknownMessages): the user
    // decides.
    const Result<QList<UnknownMessage>> messages = Outbox(m_database).unknownMessages(m_campaignId);
    if (!messages)
        return fail(messages.error());
    m_messages = messages.value();
    if (m_messages.isEmpty() || m_capabilities.historyShape == Capabilities::HistoryShape::None)
        return decide();

    // One entry per recipient: how many entries of a (number, text) decide its message (one
    // when Tuma sent that text to that number before, which makes it ambiguous whatever
    // comes; else one for each unknown message like it), so the reading stops once all are.
    for (const UnknownMessage& message : std::as_const(m_messages)) {
        if (m_capabilities.historyShape != Capabilities::HistoryShape::PerRecipient)
            break;
        const QString key = keyOf(message.phone, message.body);
        if (!m_needed.contains(key)) {
            m_needed.insert(key, message.identicalKnown > 0 ? 1 : 1 + message.identicalUnknown);
            ++m_undecided;
        }
    }

    if (m_capabilities.historyShape == Capabilities::HistoryShape::PerRequest) {
        QHash<qint64, qsizetype> byBatch;
        for (qsizetype i = 0; i < m_messages.size(); ++i) {
            const UnknownMessage& message = m_messages.at(i);
            // A message without a batch (written by an older Tuma) is a request of its own.
            const qint64 batch = message.batchId != 0 ? message.batchId : -message.id;
            auto found = byBatch.constFind(batch);
            if (found == byBatch.constEnd()) {
                found = byBatch.insert(batch, m_requests.size());
                LostRequest request;
                request.batchId = batch;
                request.body = message.body;
                request.firstAt = request.lastAt = message.submittedAt;
                m_requests.append(request);
            }
            LostRequest& request = m_requests[found.value()];
            request.byDigits.insert(digitsOf(message.phone), i);
            request.allDigits.insert(digitsOf(message.phone));
            request.firstAt = std::min(request.firstAt, message.submittedAt);
            request.lastAt = std::max(request.lastAt, message.submittedAt);
        }
    }
    if (m_capabilities.historyShape == Capabilities::HistoryShape::PerRequest) {
        // Each request's every number, also those settled or decided since: a provider's
        // report of it names them all.
        QList<qint64> batches;
        for (const LostRequest& request : std::as_const(m_requests)) {
            if (request.batchId > 0)
                batches.append(request.batchId);
        }
        const Result<QHash<qint64, QStringList>> phones
            = Outbox(m_database).batchPhones(m_campaignId, batches);
        if (!phones)
            return fail(phones.error());
        for (LostRequest& request : m_requests) {
            for (const QString& phone : phones.value().value(request.batchId))
                request.allDigits.insert(digitsOf(phone));
        }
    }
    readPage(1);
}

void Reconciler::cancel()
{
    m_cancelled = true;
    if (m_retryTimer.isActive()) {
        m_retryTimer.stop();
        m_retry = nullptr;
        const std::function<void()> giveUp = std::exchange(m_giveUp, nullptr);
        giveUp();
    }
}

void Reconciler::readPage(int page)
{
    HistoryQuery query;
    query.page = page;
    query.limit = m_options.pageSize;
    if (m_capabilities.historyShape == Capabilities::HistoryShape::PerRecipient) {
        query.senderId
            = m_campaign.senderId.isEmpty() ? m_account.senderOrDefault() : m_campaign.senderId;
    } else {
        // A window that covers every lost request, the clocks' difference included.
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = 0;
        for (const LostRequest& request : std::as_const(m_requests)) {
            first = std::min(first, request.firstAt);
            last = std::max(last, request.lastAt);
        }
        query.from = QDateTime::fromMSecsSinceEpoch(first - clockSkewMs, Qt::UTC);
        query.to = QDateTime::fromMSecsSinceEpoch(last + clockSkewMs, Qt::UTC);
    }
    ask<HistoryPage>(
        [query](ProviderAdapter& adapter, std::function<void(ProviderResult<HistoryPage>)> done) {
            adapter.history(query, done);
        },
        [this, page](const ProviderResult<HistoryPage>& answer) { onPage(page, answer); });
}

bool Reconciler::everyNumberDecided() const
{
    return m_undecided == 0;
}

bool Reconciler::fits(const LostRequest& request, const HistoryEntry& entry) const
{
    if (!sameText(entry.text, request.body))
        return false;
    // The provider's default sender where the campaign named none: any sender then.
    if (!m_campaign.senderId.isEmpty() && !entry.sender.isEmpty()
        && entry.sender.compare(m_campaign.senderId, Qt::CaseInsensitive) != 0)
        return false;
    if (entry.createdAt.isValid()) {
        const qint64 at = entry.createdAt.toMSecsSinceEpoch();
        if (at < request.firstAt - clockSkewMs || at > request.lastAt + clockSkewMs)
            return false;
    }
    // Invalid numbers and repeats are dropped by the provider: never more than were sent.
    return entry.recipientCount <= request.allDigits.size();
}

void Reconciler::onPage(int page, const ProviderResult<HistoryPage>& answer)
{
    ++m_requestsDone;
    if (!answer) {
        m_readFailed = true;
        m_readError = answer.error();
        return decide();
    }
    const HistoryPage& history = answer.value();
    m_requestsExpected
        = std::max(m_requestsExpected, std::min(history.lastPage, m_options.maxPages));
    // A page that does not say where the history ends, another page than the one asked for,
    // or an empty page before the last: what was read proves nothing missing.
    QString inconsistent;
    if (!history.lastPageKnown)
        inconsistent = tr("the provider did not say how long its history is");
    else if (history.page != page)
        inconsistent = tr("the provider answered page %1 when asked for page %2")
                           .arg(history.page)
                           .arg(page);
    else if (history.entries.isEmpty() && page < history.lastPage)
        inconsistent = tr("page %1 of %2 came back empty").arg(page).arg(history.lastPage);
    if (!inconsistent.isEmpty() && m_incompleteWhy.isEmpty()) {
        m_incompleteCode = QStringLiteral("history_unclear");
        m_incompleteWhy = inconsistent;
    }
    for (const HistoryEntry& entry : history.entries) {
        if (m_capabilities.historyShape == Capabilities::HistoryShape::PerRecipient) {
            if (entry.phone.isEmpty()) {
                // An entry whose number cannot be read may be any of the unknown messages.
                if (m_incompleteWhy.isEmpty()) {
                    m_incompleteCode = QStringLiteral("history_unclear");
                    m_incompleteWhy = tr("an entry of the provider's history has no number");
                }
                continue;
            }
            // Only the (number, text) pairs of unknown messages are counted.
            const QString key = keyOf(entry.phone, entry.text);
            const auto needed = m_needed.constFind(key);
            if (needed == m_needed.constEnd())
                continue;
            const int count = ++m_entryCount[key];
            if (count == 1)
                m_firstEntry.insert(key, entry);
            if (count == needed.value())
                --m_undecided;
            continue;
        }
        bool candidate = false;
        for (LostRequest& request : m_requests) {
            if (fits(request, entry)) {
                request.candidates.append(m_entries.size());
                candidate = true;
            }
        }
        if (candidate)
            m_entries.append(entry);
    }
    Q_EMIT progressed(m_requestsDone, m_requestsExpected);

    const bool last = history.entries.isEmpty() || page >= history.lastPage;
    if (last)
        m_complete = true;
    else if (page >= m_options.maxPages)
        m_tooLong = true;
    const bool stop = last || m_tooLong || m_cancelled || !inconsistent.isEmpty()
        || (m_capabilities.historyShape == Capabilities::HistoryShape::PerRecipient
            && everyNumberDecided());
    if (!stop)
        return readPage(page + 1);
    if (m_capabilities.historyShape == Capabilities::HistoryShape::PerRecipient)
        return decide();

    // Entries already ours (a request whose answer came) are nobody's lost request.
    QStringList ids;
    for (const HistoryEntry& entry : std::as_const(m_entries))
        ids.append(entry.messageId);
    const Result<QSet<QString>> known = Outbox(m_database).knownProviderIds(m_account.id, ids);
    if (!known)
        return fail(known.error());
    m_knownIds = known.value();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (!m_entries.at(i).messageId.isEmpty() && !m_knownIds.contains(m_entries.at(i).messageId))
            m_toRead.append(i);
    }
    m_requestsExpected = m_requestsDone + static_cast<int>(m_toRead.size());
    readReport(0);
}

void Reconciler::readReport(qsizetype index)
{
    if (index >= m_toRead.size() || m_cancelled)
        return decide();
    const qsizetype entry = m_toRead.at(index);
    const QString id = m_entries.at(entry).messageId;
    ask<DeliveryReport>(
        [id](ProviderAdapter& adapter, std::function<void(ProviderResult<DeliveryReport>)> done) {
            adapter.deliveryReport(id, done);
        },
        [this, index, entry](const ProviderResult<DeliveryReport>& report) {
            ++m_requestsDone;
            if (report)
                m_reports.insert(entry, report.value());
            else if (!m_readFailed) {
                m_readFailed = true;
                m_readError = report.error();
            }
            Q_EMIT progressed(m_requestsDone, m_requestsExpected);
            readReport(index + 1);
        });
}

QString Reconciler::notProvenAbsent(const UnknownMessage& message, QString* code) const
{
    if (!m_incompleteWhy.isEmpty()) {
        *code = m_incompleteCode;
        return tr("The provider's records cannot prove this message missing (%1). Check the "
                  "provider's website, then decide.")
            .arg(m_incompleteWhy);
    }
    if (m_readFailed) {
        *code = QStringLiteral("provider_unavailable");
        return tr("The provider's records could not be read to the end (%1): check again "
                  "later.")
            .arg(m_readError.message);
    }
    if (m_tooLong) {
        *code = QStringLiteral("history_too_long");
        return tr("The provider's history is longer than Tuma reads (%Ln page(s)): it cannot "
                  "prove this message missing. Check the provider's website, then decide.",
                  nullptr, m_options.maxPages);
    }
    if (!m_complete) {
        *code = QStringLiteral("check_stopped");
        return tr("The check was stopped before the provider's history was read to its end.");
    }
    if (m_capabilities.historyShape == Capabilities::HistoryShape::PerRecipient
        && m_campaign.senderId.isEmpty()) {
        // Launched before Tuma recorded the sender ID a campaign uses: the account's default
        // of today may not be the one it went out with.
        *code = QStringLiteral("sender_unknown");
        return tr("This campaign was launched before Tuma recorded its sender ID, so the "
                  "history read may not be the one it went out under. Check the provider's "
                  "website, then decide.");
    }
    if (message.submittedAt > m_startedAt - m_options.graceMs) {
        *code = QStringLiteral("too_recent");
        return tr("Sent less than two minutes ago: the provider may not list it yet. Check "
                  "again in a moment.");
    }
    return {};
}

void Reconciler::decideByRecipient(QList<MessageOutcome>& settled, QList<UnknownRef>& absent,
                                   QList<UnknownNote>& notes)
{
    for (const UnknownMessage& message : std::as_const(m_messages)) {
        const QString key = keyOf(message.phone, message.body);
        const int found = m_entryCount.value(key);
        if (found > 0) {
            if (message.identicalKnown == 0 && found >= 1 + message.identicalUnknown) {
                const HistoryEntry entry = m_firstEntry.value(key);
                settled.append({message.id, outboxStateFor(entry.state), entry.messageId,
                                entry.providerStatus, QString(), QString(), message.submittedAt});
            } else {
                notes.append({message.id, QStringLiteral("history_ambiguous"),
                              tr("The provider's history lists %Ln message(s) with this text to "
                                 "this number, without times, and Tuma sent it more than once: "
                                 "it cannot tell this one from another. Check the provider's "
                                 "website, then decide.",
                                 nullptr, found)});
            }
            continue;
        }
        QString code;
        const QString why = notProvenAbsent(message, &code);
        if (why.isEmpty())
            absent.append({message.id, message.submittedAt});
        else
            notes.append({message.id, code, why});
    }
}

void Reconciler::decideByRequest(QList<MessageOutcome>& settled, QList<UnknownRef>& absent,
                                 QList<UnknownNote>& notes)
{
    // Whose each entry is: the lost request whose numbers (all of the request's, whatever
    // became of them since) include every number its report names. Numbers are unique
    // within a campaign, so at most one of its requests.
    QHash<qsizetype, QList<qsizetype>> ownedBy; // request index -> entries
    QSet<qsizetype> owned; // entries given to a request
    QSet<qsizetype> unreadable; // entries whose report could not say
    for (qsizetype e = 0; e < m_entries.size(); ++e) {
        if (m_knownIds.contains(m_entries.at(e).messageId))
            continue;
        const auto report = m_reports.constFind(e);
        if (report == m_reports.constEnd() || report->recipients.isEmpty()) {
            unreadable.insert(e);
            continue;
        }
        for (qsizetype r = 0; r < m_requests.size(); ++r) {
            const LostRequest& request = m_requests.at(r);
            if (!request.candidates.contains(e))
                continue;
            const bool all
                = std::all_of(report->recipients.cbegin(), report->recipients.cend(),
                              [&request](const MessageStatus& status) {
                                  return request.allDigits.contains(digitsOf(status.phone));
                              });
            if (all) {
                ownedBy[r].append(e);
                owned.insert(e);
            }
        }
    }
    // An entry that fits a request and that no request owns may still be that request's: its
    // report could not be read, names a number that cannot be read, or shares a number with
    // it. Only one whose numbers are all someone else's is not.
    const auto mayBe = [&](const LostRequest& request, qsizetype e) {
        if (unreadable.contains(e))
            return true;
        if (owned.contains(e) || m_knownIds.contains(m_entries.at(e).messageId))
            return false;
        const QList<MessageStatus> recipients = m_reports.value(e).recipients;
        return std::any_of(recipients.cbegin(), recipients.cend(),
                           [&request](const MessageStatus& status) {
                               const QString digits = digitsOf(status.phone);
                               return digits.isEmpty() || request.allDigits.contains(digits);
                           });
    };

    for (qsizetype r = 0; r < m_requests.size(); ++r) {
        const LostRequest& request = m_requests.at(r);
        const QList<qsizetype> mine = ownedBy.value(r);
        if (mine.size() > 1) {
            for (const qsizetype index : request.byDigits) {
                notes.append({m_messages.at(index).id, QStringLiteral("history_ambiguous"),
                              tr("The provider has %Ln sends that match this one: Tuma cannot "
                                 "tell which is which. Check the provider's website, then "
                                 "decide.",
                                 nullptr, static_cast<int>(mine.size()))});
            }
            continue;
        }
        const bool maybe
            = std::any_of(request.candidates.cbegin(), request.candidates.cend(),
                          [&](qsizetype e) { return !mine.contains(e) && mayBe(request, e); });
        // Why a number no report names is not proven missing, or empty when it is.
        const auto unproven = [&](const UnknownMessage& message, QString* code) {
            QString why = notProvenAbsent(message, code);
            if (why.isEmpty() && maybe) {
                *code = QStringLiteral("report_unreadable");
                why = tr("The provider has a send like this one whose report could not be read "
                         "or tell whose it is: check again later.");
            }
            return why;
        };
        if (mine.size() == 1) {
            const HistoryEntry& entry = m_entries.at(mine.constFirst());
            const DeliveryReport& report = m_reports.value(mine.constFirst());
            QHash<QString, const MessageStatus*> byDigits;
            for (const MessageStatus& status : report.recipients)
                byDigits.insert(digitsOf(status.phone), &status);
            // A report that lists fewer numbers than the send had is not the whole story.
            const bool whole = report.recipients.size() >= entry.recipientCount;
            for (auto it = request.byDigits.cbegin(); it != request.byDigits.cend(); ++it) {
                const UnknownMessage& message = m_messages.at(it.value());
                QString code;
                if (const MessageStatus* status = byDigits.value(it.key())) {
                    settled.append({message.id, outboxStateFor(status->state), entry.messageId,
                                    status->providerStatus, QString(), QString(),
                                    message.submittedAt});
                } else if (!whole) {
                    notes.append({message.id, QStringLiteral("report_incomplete"),
                                  tr("The provider's report of this send does not list every "
                                     "number: check again later.")});
                } else if (const QString why = unproven(message, &code); !why.isEmpty()) {
                    notes.append({message.id, code, why});
                } else {
                    // The provider took the send without this number (invalid or repeated).
                    absent.append({message.id, message.submittedAt});
                }
            }
            continue;
        }
        for (const qsizetype index : request.byDigits) {
            const UnknownMessage& message = m_messages.at(index);
            QString code;
            const QString why = unproven(message, &code);
            if (why.isEmpty())
                absent.append({message.id, message.submittedAt});
            else
                notes.append({message.id, code, why});
        }
    }
}

void Reconciler::decide()
{
    QList<MessageOutcome> settled;
    QList<UnknownRef> absent;
    QList<UnknownNote> notes;
    switch (m_capabilities.historyShape) {
    case Capabilities::HistoryShape::PerRecipient:
        decideByRecipient(settled, absent, notes);
        break;
    case Capabilities::HistoryShape::PerRequest:
        decideByRequest(settled, absent, notes);
        break;
    case Capabilities::HistoryShape::None:
        for (const UnknownMessage& message : std::as_const(m_messages))
            notes.append(
                {message.id, QStringLiteral("no_history"), whatCanBeKnown(m_capabilities)});
        break;
    }
    apply(settled, absent, notes);
}

void Reconciler::apply(const QList<MessageOutcome>& settled, const QList<UnknownRef>& absent,
                       const QList<UnknownNote>& notes)
{
    Outbox outbox(m_database);
    if (const Result<void> recorded = outbox.record(settled); !recorded)
        return fail(recorded.error());
    m_summary.resolved = static_cast<int>(settled.size());
    if (!absent.isEmpty()) {
        const QString why = tr("The provider's records show it never received this message.");
        if (m_campaign.state == CampaignState::Cancelled) {
            // Never sent, and never will be.
            QList<MessageOutcome> cancelled;
            for (const UnknownRef& message : absent)
                cancelled.append({message.id, OutboxState::Cancelled, QString(), QString(),
                                  QStringLiteral("not_received"), why, message.submittedAt});
            if (const Result<void> recorded = outbox.record(cancelled); !recorded)
                return fail(recorded.error());
        } else {
            const Result<int> requeued
                = CampaignControl(m_database)
                      .sendAgain(m_campaignId, absent, QStringLiteral("not_received"), why,
                                 tr("Checked with the provider: %Ln message(s) never reached it. "
                                    "They are sent "
                                    "when you resume the campaign.",
                                    nullptr, static_cast<int>(absent.size())));
            if (!requeued)
                return fail(requeued.error());
            m_summary.requeued = requeued.value();
            m_summary.paused = requeued.value() > 0;
        }
    }
    if (const Result<void> explained = outbox.explainUnknown(notes); !explained)
        return fail(explained.error());
    m_summary.stillUnknown = static_cast<int>(notes.size());
    // The most common reason, for the summary.
    QHash<QString, int> reasons;
    for (const UnknownNote& note : notes)
        ++reasons[note.message];
    int most = 0;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            m_summary.note = it.key();
        }
    }
    if (m_readFailed)
        m_summary.error = m_readError.toError();
    (void)AuditLog(m_database)
        .record(QStringLiteral("campaign.reconcile"), m_campaign.name,
                {{QStringLiteral("campaign_id"), m_campaignId},
                 {QStringLiteral("resolved"), m_summary.resolved},
                 {QStringLiteral("requeued"), m_summary.requeued},
                 {QStringLiteral("still_unknown"), m_summary.stillUnknown}});
    finish();
}

void Reconciler::fail(const Error& error)
{
    m_summary.error = error;
    m_summary.stillUnknown
        = static_cast<int>(m_messages.size()) - m_summary.resolved - m_summary.requeued;
    finish();
}

void Reconciler::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_summary);
}

} // namespace tuma
