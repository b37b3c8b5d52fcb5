// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupStore.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace tuma {

GroupStore::GroupStore(const Database& database)
    : m_database(database)
{ }

Result<QList<GroupSummary>> GroupStore::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT g.id, g.name, (SELECT count(*) FROM group_members m "
                                   "WHERE m.group_id = g.id) FROM contact_groups g ORDER BY g.name "
                                   "COLLATE NOCASE")))
        return Error {QStringLiteral("storage_failed"), tr("Could not read the groups."),
                      query.lastError().text()};
    QList<GroupSummary> groups;
    while (query.next())
        groups.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    return groups;
}

Result<GroupSummary> GroupStore::find(const QString& name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT g.id, g.name, (SELECT count(*) FROM group_members m "
                       "WHERE m.group_id = g.id) FROM contact_groups g WHERE g.name = ?"));
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not read the groups."),
                      query.lastError().text()};
    if (!query.next())
        return Error {QStringLiteral("group_not_found"),
                      tr("There is no group called \"%1\".").arg(name.trimmed()),
                      {}};
    return GroupSummary {query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).toInt()};
}

Result<GroupSummary> GroupStore::create(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error {QStringLiteral("invalid_name"), tr("A group needs a name."), {}};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO contact_groups (name, created_at) VALUES (?, ?) "
                                 "ON CONFLICT (name) DO NOTHING"));
    query.addBindValue(trimmed);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not create the group."),
                      query.lastError().text()};
    if (query.numRowsAffected() == 0)
        return Error {QStringLiteral("group_exists"),
                      tr("A group called \"%1\" already exists.").arg(trimmed),
                      {}};
    return GroupSummary {query.lastInsertId().toLongLong(), trimmed, 0};
}

Result<GroupSummary> GroupStore::findOrCreate(const QString& name)
{
    Result<GroupSummary> found = find(name);
    if (found || found.error().code != QLatin1String("group_not_found"))
        return found;
    return create(name);
}

Result<void> GroupStore::rename(qint64 id, const QString& newName)
{
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty())
        return Error {QStringLiteral("invalid_name"), tr("A group needs a name."), {}};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE contact_groups SET name = ? WHERE id = ?"));
    query.addBindValue(trimmed);
    query.addBindValue(id);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("2067"))
            return Error {QStringLiteral("group_exists"),
                          tr("A group called \"%1\" already exists.").arg(trimmed),
                          {}};
        return Error {QStringLiteral("storage_failed"), tr("Could not rename the group."),
                      query.lastError().text()};
    }
    if (query.numRowsAffected() == 0)
        return Error {QStringLiteral("group_not_found"), tr("There is no such group."), {}};
    return Result<void>();
}

Result<void> GroupStore::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM contact_groups WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not delete the group."),
                      query.lastError().text()};
    if (query.numRowsAffected() == 0)
        return Error {QStringLiteral("group_not_found"), tr("There is no such group."), {}};
    return Result<void>();
}

Result<int> GroupStore::addMembers(qint64 groupId, const QList<qint64>& contactIds)
{
    return changeMembers(
        QStringLiteral("INSERT INTO group_members (group_id, contact_id) VALUES (?, ?) "
                       "ON CONFLICT DO NOTHING"),
        groupId, contactIds);
}

Result<int> GroupStore::removeMembers(qint64 groupId, const QList<qint64>& contactIds)
{
    return changeMembers(
        QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND contact_id = ?"), groupId,
        contactIds);
}

Result<int> GroupStore::changeMembers(const QString& statement, qint64 groupId,
                                      const QList<qint64>& contactIds)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Error {QStringLiteral("storage_failed"), tr("Could not change the group."),
                      db.lastError().text()};
    QSqlQuery query(db);
    query.prepare(statement);
    int changed = 0;
    for (const qint64 contactId : contactIds) {
        query.addBindValue(groupId);
        query.addBindValue(contactId);
        if (!query.exec()) {
            const QString detail = query.lastError().text();
            db.rollback();
            return Error {QStringLiteral("storage_failed"), tr("Could not change the group."),
                          detail};
        }
        changed += query.numRowsAffected();
    }
    if (!db.commit())
        return Error {QStringLiteral("storage_failed"), tr("Could not change the group."),
                      db.lastError().text()};
    return changed;
}

Result<std::optional<RemoteGroupLink>> GroupStore::remoteLink(qint64 accountId,
                                                              qint64 groupId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT remote_group_id, remote_name, pushed_at FROM "
                                 "remote_group_links WHERE account_id = ? AND group_id = ?"));
    query.addBindValue(accountId);
    query.addBindValue(groupId);
    if (!query.exec())
        return Error {Database::errorCode(query.lastError()),
                      tr("Could not read where the group was sent."), query.lastError().text()};
    if (!query.next())
        return std::optional<RemoteGroupLink>();
    RemoteGroupLink link;
    link.accountId = accountId;
    link.groupId = groupId;
    link.remoteGroupId = query.value(0).toString();
    link.remoteName = query.value(1).toString();
    link.pushedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    return std::optional<RemoteGroupLink>(link);
}

Result<void> GroupStore::setRemoteLink(const RemoteGroupLink& link)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO remote_group_links (account_id, "
                                 "group_id, remote_group_id, remote_name, pushed_at) VALUES "
                                 "(?, ?, ?, ?, ?)"));
    query.addBindValue(link.accountId);
    query.addBindValue(link.groupId);
    query.addBindValue(link.remoteGroupId);
    query.addBindValue(link.remoteName);
    query.addBindValue(link.pushedAt.toMSecsSinceEpoch());
    if (!query.exec())
        return Error {Database::errorCode(query.lastError()),
                      tr("Could not save where the group was sent."), query.lastError().text()};
    return Result<void>();
}

Result<void> GroupStore::removeRemoteLink(qint64 accountId, qint64 groupId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("DELETE FROM remote_group_links WHERE account_id = ? AND group_id = ?"));
    query.addBindValue(accountId);
    query.addBindValue(groupId);
    if (!query.exec())
        return Error {Database::errorCode(query.lastError()),
                      tr("Could not save where the group was sent."), query.lastError().text()};
    return Result<void>();
}

} // namespace tuma
