// SPDX-License-Identifier: GPL-3.0-or-later
#include "LeaseStore.h"

#include "Database.h"
#include "Outbox.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tuma {

namespace {

QString failureText()
{
    return LeaseStore::tr("Could not read or save who is sending through an account.");
}

// database_busy when another connection held the database (the caller tries again later).
Error storageError(const QSqlError& error)
{
    return Error {Database::errorCode(error), failureText(), error.text()};
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
    Database::Transaction transaction(m_database, Database::Transaction::Lock::Immediate);
    if (!transaction.isOpen())
        return transaction.failure(failureText());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LeaseClaim claim;
    {
        QSqlQuery current(connection);
        current.prepare(QStringLiteral("SELECT %1 FROM sending_leases WHERE account_id = ?")
                            .arg(holderColumns));
        current.addBindValue(accountId);
        if (!current.exec())
            return storageError(current.lastError());
        if (current.next()) {
            const LeaseHolder holder = holderFrom(current);
            current.finish();
            if (holder.token != me.token && holder.expiresAt.toMSecsSinceEpoch() > now
                && isAlive(holder)) {
                claim.other = holder; // rolled back: nothing was written
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
        return storageError(take.lastError());
    // Only a holder claims messages, and a holder's messages stay submitting only while its
    // request is in flight: any left now were left by one that stopped or lost its lease.
    const Result<int> interrupted = Outbox(m_database).markInterruptedOfAccount(accountId);
    if (!interrupted)
        return interrupted.error();
    if (!transaction.commit())
        return transaction.failure(failureText());
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
        return storageError(query.lastError());
    return query.numRowsAffected() > 0;
}

Result<void> LeaseStore::release(qint64 accountId, const QString& token)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sending_leases WHERE account_id = ? AND token = ?"));
    query.addBindValue(accountId);
    query.addBindValue(token);
    if (!query.exec())
        return storageError(query.lastError());
    return {};
}

Result<std::optional<LeaseHolder>> LeaseStore::holder(qint64 accountId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM sending_leases WHERE account_id = ?").arg(holderColumns));
    query.addBindValue(accountId);
    if (!query.exec())
        return storageError(query.lastError());
    if (!query.next())
        return std::optional<LeaseHolder>();
    return std::optional<LeaseHolder>(holderFrom(query));
}

Result<void> LeaseStore::clear()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("DELETE FROM sending_leases")))
        return storageError(query.lastError());
    return {};
}

} // namespace tuma
