// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeaseStore.h"

#include "Database.h"
#include "Outbox.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tuma {

namespace {

Error storageError(const QString& detail)
{
    return Error {QStringLiteral("storage_failed"),
                  LeaseStore::tr("Could not read or save who is sending through an account."),
                  detail};
}

const QString holderColumns = QStringLiteral(
    "token, host, machine, pid, process_started, program, acquired_at, expires_at");

LeaseHolder holderFrom(const QSqlQuery& query)
{
    LeaseHolder holder;
    holder.token = query.value(0).toString();
    holder.host = query.value(1).toString();
    holder.machine = query.value(2).toString();
    holder.pid = query.value(3).toLongLong();
    holder.processStarted = query.value(4).toLongLong();
    holder.program = query.value(5).toString();
    holder.acquiredAt = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
    holder.expiresAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
    return holder;
}

} // namespace

LeaseStore::LeaseStore(const Database& database)
    : m_database(database)
{ }

Result<LeaseClaim> LeaseStore::acquire(qint64 accountId, const LeaseHolder& me, qint64 ttlMs,
                                       const IsAlive& isAlive)
{
    QSqlDatabase connection = m_database.connection();
    // IMMEDIATE: two processes asking at once are served one after the other, and the second
    // sees the first one's lease.
    QSqlQuery begin(connection);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return storageError(begin.lastError().text());
    const auto rollback = [&connection](const Error& error) -> Result<LeaseClaim> {
        connection.rollback();
        return error;
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LeaseClaim claim;
    {
        QSqlQuery current(connection);
        current.prepare(QStringLiteral("SELECT %1 FROM sending_leases WHERE account_id = ?")
                            .arg(holderColumns));
        current.addBindValue(accountId);
        if (!current.exec())
            return rollback(storageError(current.lastError().text()));
        if (current.next()) {
            const LeaseHolder holder = holderFrom(current);
            current.finish();
            if (holder.token != me.token && holder.expiresAt.toMSecsSinceEpoch() > now
                && isAlive(holder)) {
                connection.rollback();
                claim.other = holder;
                return claim;
            }
            if (holder.token != me.token)
                claim.other = holder;
        }
    }
    QSqlQuery take(connection);
    take.prepare(QStringLiteral("INSERT OR REPLACE INTO sending_leases (account_id, %1) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(holderColumns));
    take.addBindValue(accountId);
    take.addBindValue(me.token);
    take.addBindValue(me.host);
    take.addBindValue(me.machine);
    take.addBindValue(me.pid);
    take.addBindValue(me.processStarted);
    take.addBindValue(me.program);
    take.addBindValue(now);
    take.addBindValue(now + ttlMs);
    if (!take.exec())
        return rollback(storageError(take.lastError().text()));
    // Only a holder claims messages, and a holder's messages stay submitting only while its
    // request is in flight: any left now were left by one that stopped or lost its lease.
    const Result<int> interrupted = Outbox(m_database).markInterruptedOfAccount(accountId);
    if (!interrupted)
        return rollback(interrupted.error());
    if (!connection.commit())
        return rollback(storageError(connection.lastError().text()));
    claim.acquired = true;
    claim.interrupted = interrupted.value();
    return claim;
}

Result<bool> LeaseStore::renew(qint64 accountId, const QString& token, qint64 ttlMs)
{
    QSqlQuery query(m_database.connection());
    // Still ours even if it expired meanwhile: nobody else has taken it, so nobody else has
    // claimed anything through this account.
    query.prepare(QStringLiteral(
        "UPDATE sending_leases SET expires_at = ? WHERE account_id = ? AND token = ?"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch() + ttlMs);
    query.addBindValue(accountId);
    query.addBindValue(token);
    if (!query.exec())
        return storageError(query.lastError().text());
    return query.numRowsAffected() > 0;
}

Result<void> LeaseStore::release(qint64 accountId, const QString& token)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sending_leases WHERE account_id = ? AND token = ?"));
    query.addBindValue(accountId);
    query.addBindValue(token);
    if (!query.exec())
        return storageError(query.lastError().text());
    return {};
}

Result<std::optional<LeaseHolder>> LeaseStore::holder(qint64 accountId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM sending_leases WHERE account_id = ?").arg(holderColumns));
    query.addBindValue(accountId);
    if (!query.exec())
        return storageError(query.lastError().text());
    if (!query.next())
        return std::optional<LeaseHolder>();
    return std::optional<LeaseHolder>(holderFrom(query));
}

Result<void> LeaseStore::clear()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("DELETE FROM sending_leases")))
        return storageError(query.lastError().text());
    return {};
}

} // namespace tuma
