// SPDX-License-Identifier: GPL-3.0-or-later
#include "MappingStore.h"

#include "Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace tuma {

MappingStore::MappingStore(const Database& database)
    : m_database(database)
{ }

Result<QStringList> MappingStore::names() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT name FROM import_mappings ORDER BY name COLLATE NOCASE")))
        return Error {QStringLiteral("storage_failed"), tr("Could not read the saved mappings."),
                      query.lastError().text()};
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<QJsonObject> MappingStore::find(const QString& name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT mapping FROM import_mappings WHERE name = ?"));
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not read the saved mappings."),
                      query.lastError().text()};
    if (!query.next())
        return Error {QStringLiteral("mapping_not_found"),
                      tr("There is no saved mapping called \"%1\".").arg(name.trimmed()),
                      {}};
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

Result<void> MappingStore::save(const QString& name, const QJsonObject& mapping)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error {QStringLiteral("invalid_name"), tr("A saved mapping needs a name."), {}};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO import_mappings (name, mapping, created_at, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, "
        "updated_at = excluded.updated_at"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.addBindValue(trimmed);
    query.addBindValue(QString::fromUtf8(QJsonDocument(mapping).toJson(QJsonDocument::Compact)));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not save the mapping."),
                      query.lastError().text()};
    return Result<void>();
}

Result<void> MappingStore::remove(const QString& name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM import_mappings WHERE name = ?"));
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not delete the mapping."),
                      query.lastError().text()};
    return Result<void>();
}

} // namespace tuma
