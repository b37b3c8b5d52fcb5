// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStore.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tuma {

AccountStore::AccountStore(const Database& database)
    : m_database(database)
{ }

Result<Pricing> AccountStore::pricing(const QString& name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT credits_per_gsm_part, credits_per_ucs2_part, price_per_credit, "
                       "currency FROM accounts WHERE name = ? COLLATE NOCASE"));
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not read the accounts."),
                      query.lastError().text()};
    if (!query.next())
        return Error {
            QStringLiteral("account_not_found"),
            tr("There is no account called \"%1\". Add it on the Accounts page first.").arg(name),
            {}};
    return Pricing {query.value(0).toDouble(), query.value(1).toDouble(), query.value(2).toDouble(),
                    query.value(3).toString()};
}

} // namespace tuma
