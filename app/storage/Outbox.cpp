// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace tuma {

Outbox::Outbox(const Database& database)
    : m_database(database)
{ }

Result<int> Outbox::recordDelivery(const QString& providerMessageId, const QString& finalState,
                                   const QString& providerStatus)
{
    if (!finalState.isEmpty() && finalState != QLatin1String("delivered")
        && finalState != QLatin1String("failed")) {
        return Error {QStringLiteral("invalid_state"),
                      tr("A delivery report can only make a message delivered or failed."),
                      finalState};
    }
    QSqlQuery query(m_database.connection());
    // Messages left unknown by a broken connection are settled by the report too.
    query.prepare(QStringLiteral(
        "UPDATE messages SET state = CASE WHEN ? = '' THEN state ELSE ? END, "
        "provider_status = ?, updated_at = ? "
        "WHERE provider_message_id = ? AND state IN ('submitting', 'accepted', 'unknown')"));
    const QString state = finalState.isNull() ? QStringLiteral("") : finalState;
    query.addBindValue(state);
    query.addBindValue(state);
    query.addBindValue(providerStatus.isNull() ? QStringLiteral("") : providerStatus);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(providerMessageId);
    if (!query.exec()) {
        return Error {QStringLiteral("storage_failed"), tr("Could not record the delivery report."),
                      query.lastError().text()};
    }
    return query.numRowsAffected();
}

} // namespace tuma
