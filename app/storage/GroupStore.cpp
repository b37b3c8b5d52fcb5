// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupStore.h"

#include "Database.h"

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

} // namespace tuma
