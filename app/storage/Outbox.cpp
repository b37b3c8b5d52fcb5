// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "CampaignStore.h"
#include "Database.h"
#include "NativeStatement.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace tuma {

namespace {

// The columns of an OutboxRow, in readRow's order; `prefix` names the table ("m.").
constexpr int rowColumnCount = 11;

QString rowColumns(const QString& prefix)
{
    QStringList columns;
    for (const char* column :
         {"id", "phone", "state", "segments", "credits", "provider_message_id", "provider_status",
          "error_message", "submitted_at", "updated_at", "body"})
        columns.append(prefix + QLatin1String(column));
    return columns.join(QStringLiteral(", "));
}

OutboxRow readRow(const QSqlQuery& query)
{
    const auto time = [](const QVariant& value) {
        return value.isNull() ? QDateTime()
                              : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    };
    return {query.value(0).toLongLong(),
            query.value(1).toString(),
            outboxStateFrom(query.value(2).toString()).value_or(OutboxState::Unknown),
            query.value(3).toInt(),
            query.value(4).toDouble(),
            query.value(5).toString(),
            query.value(6).toString(),
            query.value(7).toString(),
            time(query.value(8)),
            time(query.value(9)),
            query.value(10).toString()};
}

Error storageError(const QSqlError& error)
{
    return Error {Database::errorCode(error), Outbox::tr("Could not read or save the outbox."),
                  error.text()};
}

Error storageError(const QSqlQuery& query)
{
    return storageError(query.lastError());
}

QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Ids as a JSON array, for `IN (SELECT value FROM json_each(?))`: one statement, any count.
QString jsonIds(const QList<qint64>& ids)
{
    QString list = QStringLiteral("[");
    for (const qint64 id : ids) {
        if (list.size() > 1)
            list += u',';
        list += QString::number(id);
    }
    list += u']';
    return list;
}

} // namespace

Outbox::Outbox(const Database& database)
    : m_database(database)
{ }

Result<int> Outbox::recordDelivery(qint64 accountId, const QString& providerMessageId,
                                   std::optional<OutboxState> finalState,
                                   const QString& providerStatus)
{
    if (finalState && *finalState != OutboxState::Delivered && *finalState != OutboxState::Failed) {
        return Error {QStringLiteral("invalid_state"),
                      tr("A delivery report can only make a message delivered or failed."),
                      stateName(*finalState)};
    }
    QSqlQuery query(m_database.connection());
    // Messages left unknown by a broken connection are settled by the report too.
    query.prepare(QStringLiteral(
        "UPDATE messages SET state = CASE WHEN ? = '' THEN state ELSE ? END, "
        "provider_status = ?, updated_at = ? "
        "WHERE provider_message_id = ? AND state IN ('submitting', 'accepted', 'unknown') "
        "AND remote_group IS NULL AND campaign_id IN "
        "(SELECT id FROM campaigns WHERE account_id = ?)"));
    const QString state = finalState ? stateName(*finalState) : QStringLiteral("");
    query.addBindValue(state);
    query.addBindValue(state);
    query.addBindValue(providerStatus.isNull() ? QStringLiteral("") : providerStatus);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(providerMessageId);
    query.addBindValue(accountId);
    if (!query.exec()) {
        return Error {QStringLiteral("storage_failed"), tr("Could not record the delivery report."),
                      query.lastError().text()};
    }
    return query.numRowsAffected();
}

Result<void> Outbox::inTransaction(const std::function<Result<void>()>& work)
{
    Database::Transaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.failure(tr("Could not read or save the outbox."));
    if (Result<void> result = work(); !result)
        return result;
    if (!transaction.commit())
        return transaction.failure(tr("Could not read or save the outbox."));
    return {};
}

namespace {

// The WHERE clause of a filter and its values, in order.
QString filterClause(const OutboxFilter& filter, QVariantList* values)
{
    QString clause = QStringLiteral("campaign_id = ?");
    if (filter.state) {
        clause += QStringLiteral(" AND state = ?");
        values->append(stateName(*filter.state));
    }
    QString digits;
    for (const QChar c : filter.digits) {
        if (c.isDigit())
            digits.append(c);
    }
    // A national spelling (0712…) matches without its trunk zero.
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    if (!digits.isEmpty()) {
        clause += QStringLiteral(" AND instr(phone, ?) > 0");
        values->append(digits);
    }
    return clause;
}

} // namespace

Result<qint64> Outbox::count(qint64 campaignId, const OutboxFilter& filter) const
{
    QVariantList values {campaignId};
    const QString where = filterClause(filter, &values);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE ") + where);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return storageError(query);
    return query.value(0).toLongLong();
}

Result<QList<OutboxRow>> Outbox::rows(qint64 campaignId, const OutboxFilter& filter, int limit,
                                      qint64 offset) const
{
    QVariantList values {campaignId};
    const QString where = filterClause(filter, &values);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM messages WHERE %2 ORDER BY id LIMIT ? OFFSET ?")
                      .arg(rowColumns(QString()), where));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return storageError(query);
    QList<OutboxRow> rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

Result<QList<ContactMessage>> Outbox::forContact(qint64 contactId, int limit) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, c.name FROM messages m "
                                 "JOIN campaigns c ON c.id = m.campaign_id "
                                 "WHERE m.contact_id = ? ORDER BY m.id DESC LIMIT ?")
                      .arg(rowColumns(QStringLiteral("m."))));
    query.addBindValue(contactId);
    query.addBindValue(limit);
    if (!query.exec())
        return storageError(query);
    QList<ContactMessage> messages;
    while (query.next())
        messages.append({query.value(rowColumnCount).toString(), readRow(query)});
    return messages;
}

Result<QList<OutboxMessage>> Outbox::nextQueued(qint64 campaignId, int limit,
                                                const QDateTime& now) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, phone, body, segments, credits, remote_group FROM messages "
        "WHERE campaign_id = ? AND state = 'queued' AND (not_before IS NULL OR not_before <= ?) "
        "ORDER BY id LIMIT ?"));
    query.addBindValue(campaignId);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(limit);
    if (!query.exec())
        return storageError(query);
    QList<OutboxMessage> messages;
    while (query.next()) {
        messages.append({query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toString(), query.value(3).toInt(),
                         query.value(4).toDouble(), query.value(5).toString()});
    }
    return messages;
}

Result<QDateTime> Outbox::nextWaiting(qint64 campaignId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT MIN(not_before) FROM messages "
                                 "WHERE campaign_id = ? AND state = 'queued'"));
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next())
        return storageError(query);
    if (query.value(0).isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
}

Result<QList<qint64>> Outbox::claim(qint64 campaignId, const QList<qint64>& ids, qint64 accountId,
                                    const QString& token)
{
    Database::Transaction transaction(m_database, Database::Transaction::Lock::Immediate);
    if (!transaction.isOpen())
        return transaction.failure(tr("Could not read or save the outbox."));
    const QString list = jsonIds(ids);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "UPDATE messages SET state = 'submitting', batch_id = ?, client_ref = 'tuma-' || id, "
        "attempts = attempts + 1, submitted_at = ?, updated_at = ? "
        "WHERE id IN (SELECT value FROM json_each(?)) AND campaign_id = ? AND state = 'queued' "
        "AND EXISTS (SELECT 1 FROM campaigns WHERE id = ? AND state = 'running' "
        "            AND account_id = ?) "
        "AND EXISTS (SELECT 1 FROM sending_leases WHERE account_id = ? AND token = ? "
        "            AND expires_at > ?) "
        "RETURNING id"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.addBindValue(ids.isEmpty() ? 0 : ids.constFirst());
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(list);
    query.addBindValue(campaignId);
    query.addBindValue(campaignId);
    query.addBindValue(accountId);
    query.addBindValue(accountId);
    query.addBindValue(token);
    query.addBindValue(now);
    if (!query.exec())
        return storageError(query);
    // Every row is stepped before the commit: an UPDATE … RETURNING changes a row when
    // it is stepped to.
    QList<qint64> claimed;
    claimed.reserve(ids.size());
    while (query.next())
        claimed.append(query.value(0).toLongLong());
    query.finish();
    if (!transaction.commit())
        return transaction.failure(tr("Could not read or save the outbox."));
    return claimed;
}

Result<void> Outbox::record(const QList<MessageOutcome>& outcomes)
{
    return inTransaction([&] { return recordWithin(outcomes); });
}

Result<void> Outbox::recordAnswer(qint64 campaignId, const QList<MessageOutcome>& outcomes,
                                  double credits)
{
    return inTransaction([&]() -> Result<void> {
        if (const Result<void> recorded = recordWithin(outcomes); !recorded)
            return recorded;
        return CampaignStore(m_database).addCreditsUsed(campaignId, credits);
    });
}

Result<void> Outbox::recordWithin(const QList<MessageOutcome>& outcomes)
{
    QSqlQuery query(m_database.connection());
    // Only a message in flight takes an outcome: a delivery report may have come first.
    query.prepare(
        QStringLiteral("UPDATE messages SET state = ?, provider_message_id = COALESCE(?, "
                       "provider_message_id), "
                       "provider_status = ?, error_code = ?, error_message = ?, updated_at = ? "
                       "WHERE id = ? AND state IN ('submitting', 'unknown') AND (? < 0 OR "
                       "(state = 'unknown' AND COALESCE(submitted_at, 0) = ?))"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const MessageOutcome& outcome : outcomes) {
        query.addBindValue(stateName(outcome.state));
        query.addBindValue(outcome.providerMessageId.isEmpty()
                               ? QVariant(QMetaType(QMetaType::QString))
                               : QVariant(outcome.providerMessageId));
        query.addBindValue(text(outcome.providerStatus));
        query.addBindValue(text(outcome.errorCode));
        query.addBindValue(text(outcome.errorMessage));
        query.addBindValue(now);
        query.addBindValue(outcome.id);
        query.addBindValue(outcome.unknownSince);
        query.addBindValue(outcome.unknownSince);
        if (!query.exec())
            return storageError(query);
    }
    return {};
}

Result<void> Outbox::requeue(const QList<qint64>& ids, const QDateTime& notBefore,
                             const QString& errorCode, const QString& errorMessage)
{
    return inTransaction([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("UPDATE messages SET state = 'queued', not_before = ?, error_code = ?, "
                           "error_message = ?, updated_at = ? WHERE id = ? AND state IN "
                           "('submitting', 'unknown')"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const qint64 id : ids) {
            query.addBindValue(notBefore.isValid() ? QVariant(notBefore.toMSecsSinceEpoch())
                                                   : QVariant(QMetaType(QMetaType::LongLong)));
            query.addBindValue(text(errorCode));
            query.addBindValue(text(errorMessage));
            query.addBindValue(now);
            query.addBindValue(id);
            if (!query.exec())
                return storageError(query);
        }
        return {};
    });
}

Result<int> Outbox::requeueUnknownWithin(const QList<UnknownRef>& messages,
                                         const QString& errorCode, const QString& errorMessage)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE messages SET state = 'queued', not_before = NULL, error_code = ?, "
                       "error_message = ?, updated_at = ? WHERE id = ? AND state = 'unknown' AND "
                       "COALESCE(submitted_at, 0) = ?"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int moved = 0;
    for (const UnknownRef& message : messages) {
        query.addBindValue(text(errorCode));
        query.addBindValue(text(errorMessage));
        query.addBindValue(now);
        query.addBindValue(message.id);
        query.addBindValue(message.submittedAt);
        if (!query.exec())
            return storageError(query);
        moved += query.numRowsAffected();
    }
    return moved;
}

Result<Outbox::Counted> Outbox::countAsSentWithin(const QList<UnknownRef>& messages,
                                                  const QString& message)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE messages SET state = 'accepted', error_code = "
                                 "'counted_as_sent', error_message = ?, updated_at = ? "
                                 "WHERE id = ? AND state = 'unknown' AND "
                                 "COALESCE(submitted_at, 0) = ? RETURNING credits"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Counted counted;
    for (const UnknownRef& unknown : messages) {
        query.addBindValue(text(message));
        query.addBindValue(now);
        query.addBindValue(unknown.id);
        query.addBindValue(unknown.submittedAt);
        if (!query.exec())
            return storageError(query);
        while (query.next()) {
            ++counted.messages;
            counted.credits += query.value(0).toDouble();
        }
        query.finish();
    }
    return counted;
}

Result<QList<TrackedMessage>> Outbox::dueForTracking(qint64 campaignId, int limit,
                                                     const QDateTime& now) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, phone, provider_message_id, submitted_at FROM messages "
        "WHERE campaign_id = ? AND state = 'accepted' AND provider_message_id IS NOT NULL "
        "AND remote_group IS NULL AND (not_before IS NULL OR not_before <= ?) "
        "ORDER BY not_before, id LIMIT ?"));
    query.addBindValue(campaignId);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(limit);
    if (!query.exec())
        return storageError(query);
    QList<TrackedMessage> messages;
    while (query.next()) {
        messages.append({query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toString(),
                         QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC)});
    }
    return messages;
}

Result<void> Outbox::recordTracking(const QList<TrackingUpdate>& updates)
{
    return inTransaction([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        // A delivery report that came meanwhile has the last word.
        query.prepare(QStringLiteral(
            "UPDATE messages SET state = ?, provider_status = ?, not_before = ?, updated_at = ? "
            "WHERE id = ? AND state = 'accepted'"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const TrackingUpdate& update : updates) {
            query.addBindValue(stateName(update.state));
            query.addBindValue(text(update.providerStatus));
            query.addBindValue(update.nextCheck.isValid()
                                   ? QVariant(update.nextCheck.toMSecsSinceEpoch())
                                   : QVariant(QMetaType(QMetaType::LongLong)));
            query.addBindValue(now);
            query.addBindValue(update.id);
            if (!query.exec())
                return storageError(query);
        }
        return {};
    });
}

Result<QDateTime> Outbox::nextTrackingCheck(qint64 campaignId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT COUNT(*), MIN(COALESCE(not_before, 0)) FROM messages WHERE campaign_id = ? "
        "AND state = 'accepted' AND provider_message_id IS NOT NULL AND remote_group IS NULL"));
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next())
        return storageError(query);
    if (query.value(0).toLongLong() == 0)
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
}

Result<QList<UnknownMessage>> Outbox::unknownMessages(qint64 campaignId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // The identical messages are looked up through UNIQUE (campaign_id, phone), one campaign
    // of the account at a time.
    query.prepare(QStringLiteral(
        "SELECT m.id, m.phone, m.body, COALESCE(m.submitted_at, 0), COALESCE(m.batch_id, 0), "
        "  (SELECT count(*) FROM campaigns c2 JOIN messages m2 ON m2.campaign_id = c2.id "
        "     AND m2.phone = m.phone WHERE c2.account_id = c.account_id AND m2.id != m.id "
        "     AND m2.body = m.body AND (m2.state IN ('accepted', 'delivered', 'expired') "
        "     OR (m2.state = 'failed' AND m2.provider_message_id IS NOT NULL))), "
        "  (SELECT count(*) FROM campaigns c2 JOIN messages m2 ON m2.campaign_id = c2.id "
        "     AND m2.phone = m.phone WHERE c2.account_id = c.account_id AND m2.id != m.id "
        "     AND m2.body = m.body AND m2.state IN ('unknown', 'submitting')) "
        "FROM messages m JOIN campaigns c ON c.id = m.campaign_id "
        "WHERE m.campaign_id = ? AND m.state = 'unknown' AND m.remote_group IS NULL "
        "ORDER BY m.id"));
    query.addBindValue(campaignId);
    if (!query.exec())
        return storageError(query);
    QList<UnknownMessage> messages;
    while (query.next()) {
        UnknownMessage message;
        message.id = query.value(0).toLongLong();
        message.phone = query.value(1).toString();
        message.body = query.value(2).toString();
        message.submittedAt = query.value(3).toLongLong();
        message.batchId = query.value(4).toLongLong();
        message.identicalKnown = query.value(5).toInt();
        message.identicalUnknown = query.value(6).toInt();
        messages.append(message);
    }
    return messages;
}

Result<QList<UnknownRef>> Outbox::unknownRefs(qint64 campaignId, const QStringList& phones) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, COALESCE(submitted_at, 0) FROM messages WHERE campaign_id = ? AND "
        "state = 'unknown' AND (? = 0 OR phone IN (SELECT value FROM json_each(?))) ORDER BY id"));
    query.addBindValue(campaignId);
    query.addBindValue(phones.size());
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(phones)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return storageError(query);
    QList<UnknownRef> refs;
    while (query.next())
        refs.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    return refs;
}

Result<QHash<qint64, QStringList>> Outbox::batchPhones(qint64 campaignId,
                                                       const QList<qint64>& batchIds) const
{
    const QString list = jsonIds(batchIds);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT batch_id, phone FROM messages WHERE campaign_id = ? AND "
                                 "batch_id IN (SELECT value FROM json_each(?))"));
    query.addBindValue(campaignId);
    query.addBindValue(list);
    if (!query.exec())
        return storageError(query);
    QHash<qint64, QStringList> phones;
    while (query.next())
        phones[query.value(0).toLongLong()].append(query.value(1).toString());
    return phones;
}

Result<QSet<QString>> Outbox::knownProviderIds(qint64 accountId,
                                               const QStringList& providerMessageIds) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT DISTINCT m.provider_message_id FROM messages m "
                       "JOIN campaigns c ON c.id = m.campaign_id WHERE c.account_id = ? AND "
                       "m.provider_message_id IN (SELECT value FROM json_each(?))"));
    query.addBindValue(accountId);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(providerMessageIds))
                              .toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return storageError(query);
    QSet<QString> known;
    while (query.next())
        known.insert(query.value(0).toString());
    return known;
}

Result<void> Outbox::explainUnknown(const QList<UnknownNote>& notes)
{
    return inTransaction([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE messages SET error_code = ?, error_message = ?, "
                                     "updated_at = ? WHERE id = ? AND state = 'unknown'"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const UnknownNote& note : notes) {
            query.addBindValue(text(note.code));
            query.addBindValue(text(note.message));
            query.addBindValue(now);
            query.addBindValue(note.id);
            if (!query.exec())
                return storageError(query);
        }
        return {};
    });
}

namespace {

// Messages left submitting, of one account's campaigns (0: of every account), become unknown.
Result<int> markInterrupted(const Database& database, qint64 accountId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "UPDATE messages SET state = 'unknown', error_code = 'interrupted', error_message = ?, "
        "updated_at = ? WHERE state = 'submitting' AND (? = 0 OR campaign_id IN "
        "(SELECT id FROM campaigns WHERE account_id = ?))"));
    query.addBindValue(Outbox::tr("Sending was interrupted after the request left: the "
                                  "provider may or may not have the message."));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(accountId);
    query.addBindValue(accountId);
    if (!query.exec())
        return storageError(query);
    return query.numRowsAffected();
}

} // namespace

Result<int> Outbox::markInterruptedOfAccount(qint64 accountId)
{
    return markInterrupted(m_database, accountId);
}

Result<int> Outbox::markAllInterrupted()
{
    return markInterrupted(m_database, 0);
}

Result<int> Outbox::cancelQueued(qint64 campaignId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE messages SET state = 'cancelled', updated_at = ? "
                                 "WHERE campaign_id = ? AND state = 'queued'"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(campaignId);
    if (!query.exec())
        return storageError(query);
    return query.numRowsAffected();
}

Outbox::BulkWriter::BulkWriter(const Database& database, qint64 campaignId, const QDateTime& now)
    : m_db(Database::nativeHandle(database.connection()))
    , m_campaignId(campaignId)
    , m_now(now.toMSecsSinceEpoch())
    , m_gsm7(SmsText::encodingName(SmsEncoding::Gsm7).toUtf8())
    , m_ucs2(SmsText::encodingName(SmsEncoding::Ucs2).toUtf8())
{
    m_statement = std::make_unique<NativeStatement>(
        m_db,
        "INSERT INTO messages (campaign_id, contact_id, phone, body, encoding, segments, "
        "credits, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
}

Outbox::BulkWriter::~BulkWriter() = default;

bool Outbox::BulkWriter::isReady() const
{
    return static_cast<bool>(*m_statement);
}

QString Outbox::BulkWriter::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("not SQLite");
}

bool Outbox::BulkWriter::write(qint64 contactId, QByteArrayView phone, QByteArrayView body,
                               const SmsCount& count, double credits)
{
    sqlite3_stmt* statement = m_statement->get();
    sqlite3_bind_int64(statement, 1, m_campaignId);
    if (contactId > 0)
        sqlite3_bind_int64(statement, 2, contactId);
    else
        sqlite3_bind_null(statement, 2);
    m_statement->bindText(3, phone);
    m_statement->bindText(4, body);
    m_statement->bindText(5, count.encoding == SmsEncoding::Ucs2 ? m_ucs2 : m_gsm7);
    sqlite3_bind_int(statement, 6, count.segments);
    sqlite3_bind_double(statement, 7, credits);
    sqlite3_bind_int64(statement, 8, m_now);
    const bool done = sqlite3_step(statement) == SQLITE_DONE;
    sqlite3_reset(statement);
    return done;
}

Result<void> Outbox::addRemoteGroupMessage(qint64 campaignId, const QString& groupId,
                                           const QString& body, const SmsCount& count,
                                           double credits, const QDateTime& now)
{
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO messages (campaign_id, phone, body, encoding, segments, credits, "
        "updated_at, remote_group) VALUES (?, '', ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(campaignId);
    insert.addBindValue(body);
    insert.addBindValue(SmsText::encodingName(count.encoding));
    insert.addBindValue(count.segments);
    insert.addBindValue(credits);
    insert.addBindValue(now.toMSecsSinceEpoch());
    insert.addBindValue(groupId);
    if (!insert.exec())
        return storageError(insert);
    return {};
}

} // namespace tuma
