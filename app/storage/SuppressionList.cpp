// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuppressionList.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace tuma {

namespace {

// The search as a range over the E.164 text: "+2547" <= phone < "+2548".
QString searchCondition(const QString& search, QVariantList& values)
{
    QString digits;
    for (const QChar c : search) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.isEmpty())
        return {};
    values << u'+' + digits << u'+' + digits + QChar(u'9' + 1);
    return QStringLiteral(" WHERE phone >= ? AND phone < ?");
}

} // namespace

SuppressionList::SuppressionList(const Database& database)
    : m_database(database)
{ }

Result<int> SuppressionList::add(const QStringList& phones, const QString& source,
                                 const QString& reason)
{
    QList<Entry> entries;
    entries.reserve(phones.size());
    for (const QString& phone : phones)
        entries.append({phone, reason});
    return add(entries, source);
}

Result<int> SuppressionList::add(const QList<Entry>& entries, const QString& source)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Error {QStringLiteral("storage_failed"), tr("Could not save the opt-outs."),
                      db.lastError().text()};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO suppression_list (phone, reason, source, created_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (phone) DO NOTHING"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int added = 0;
    for (const Entry& entry : entries) {
        query.addBindValue(entry.phone);
        // Qt binds a null QString as NULL; the columns are NOT NULL.
        query.addBindValue(entry.reason.isNull() ? QStringLiteral("") : entry.reason.trimmed());
        query.addBindValue(source.isNull() ? QStringLiteral("") : source);
        query.addBindValue(now);
        if (!query.exec()) {
            const QString detail = query.lastError().text();
            db.rollback();
            return Error {QStringLiteral("storage_failed"), tr("Could not save the opt-outs."),
                          detail};
        }
        added += query.numRowsAffected();
    }
    if (!db.commit())
        return Error {QStringLiteral("storage_failed"), tr("Could not save the opt-outs."),
                      db.lastError().text()};
    return added;
}

Result<int> SuppressionList::remove(const QStringList& phones)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Error {QStringLiteral("storage_failed"), tr("Could not remove the opt-outs."),
                      db.lastError().text()};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM suppression_list WHERE phone = ?"));
    int removed = 0;
    for (const QString& phone : phones) {
        query.addBindValue(phone);
        if (!query.exec()) {
            const QString detail = query.lastError().text();
            db.rollback();
            return Error {QStringLiteral("storage_failed"), tr("Could not remove the opt-outs."),
                          detail};
        }
        removed += query.numRowsAffected();
    }
    if (!db.commit())
        return Error {QStringLiteral("storage_failed"), tr("Could not remove the opt-outs."),
                      db.lastError().text()};
    return removed;
}

Result<bool> SuppressionList::contains(const QString& phone) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM suppression_list WHERE phone = ?"));
    query.addBindValue(phone);
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not read the opt-outs."),
                      query.lastError().text()};
    return query.next();
}

Result<qint64> SuppressionList::count(const QString& search) const
{
    QVariantList values;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM suppression_list")
                  + searchCondition(search, values));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return Error {QStringLiteral("storage_failed"), tr("Could not read the opt-outs."),
                      query.lastError().text()};
    return query.value(0).toLongLong();
}

Result<QList<OptOut>> SuppressionList::list(const QString& search, int limit, qint64 offset) const
{
    QVariantList values;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT phone, reason, source, created_at FROM suppression_list")
                  + searchCondition(search, values)
                  + QStringLiteral(" ORDER BY phone LIMIT ? OFFSET ?"));
    values << limit << offset;
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not read the opt-outs."),
                      query.lastError().text()};
    QList<OptOut> optOuts;
    while (query.next())
        optOuts.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toLongLong()});
    return optOuts;
}

} // namespace tuma
