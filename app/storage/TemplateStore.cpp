// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateStore.h"

#include "ContactStore.h"
#include "Database.h"
#include "core/Template.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tuma {

namespace {

const QString kColumns = QStringLiteral("id, name, body, created_at, updated_at, last_used_at");

StoredTemplate fromRow(const QSqlQuery& query)
{
    StoredTemplate stored;
    stored.id = query.value(0).toLongLong();
    stored.name = query.value(1).toString();
    stored.body = query.value(2).toString();
    stored.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
    stored.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    if (!query.isNull(5))
        stored.lastUsedAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC);
    return stored;
}

bool isUniqueViolation(const QSqlError& error)
{
    return error.nativeErrorCode() == QLatin1String("2067") // SQLITE_CONSTRAINT_UNIQUE
        || error.databaseText().contains(QLatin1String("UNIQUE"));
}

Error saveFailure(const QSqlError& error, const QString& name)
{
    if (isUniqueViolation(error))
        return {QStringLiteral("template_exists"),
                TemplateStore::tr("A template called \"%1\" already exists. Choose another name.")
                    .arg(name),
                {}};
    return {QStringLiteral("storage_failed"), TemplateStore::tr("Could not save the template."),
            error.text()};
}

Error notFound(const QString& name)
{
    return {QStringLiteral("template_not_found"),
            TemplateStore::tr("There is no template called \"%1\". See the list with: tuma-cli "
                              "template list.")
                .arg(name),
            {}};
}

} // namespace

TemplateStore::TemplateStore(const Database& database)
    : m_database(database)
{ }

Result<QList<StoredTemplate>> TemplateStore::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM templates ORDER BY name COLLATE NOCASE").arg(kColumns)))
        return Error {QStringLiteral("storage_failed"), tr("Could not read the templates."),
                      query.lastError().text()};
    QList<StoredTemplate> templates;
    while (query.next())
        templates.append(fromRow(query));
    return templates;
}

Result<StoredTemplate> TemplateStore::find(const QString& name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM templates WHERE name = ? COLLATE NOCASE").arg(kColumns));
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not read the templates."),
                      query.lastError().text()};
    if (!query.next())
        return notFound(name);
    return fromRow(query);
}

Result<StoredTemplate> TemplateStore::add(const QString& name, const QString& body)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error {QStringLiteral("template_name_empty"), tr("A template needs a name."), {}};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO templates (name, body, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(trimmed);
    query.addBindValue(body);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return saveFailure(query.lastError(), trimmed);
    return find(trimmed);
}

Result<StoredTemplate> TemplateStore::update(const QString& name, const QString& newName,
                                             const QString& body)
{
    const Result<StoredTemplate> existing = find(name);
    if (!existing)
        return existing.error();
    const QString trimmed = newName.trimmed();
    if (trimmed.isEmpty())
        return Error {QStringLiteral("template_name_empty"), tr("A template needs a name."), {}};
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE templates SET name = ?, body = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(trimmed);
    query.addBindValue(body);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(existing.value().id);
    if (!query.exec())
        return saveFailure(query.lastError(), trimmed);
    return find(trimmed);
}

Result<StoredTemplate> TemplateStore::duplicate(const QString& name, const QString& copyName)
{
    const Result<StoredTemplate> existing = find(name);
    if (!existing)
        return existing.error();
    return add(copyName, existing.value().body);
}

Result<void> TemplateStore::remove(const QString& name)
{
    const Result<StoredTemplate> existing = find(name);
    if (!existing)
        return existing.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM templates WHERE id = ?"));
    query.addBindValue(existing.value().id);
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not delete the template."),
                      query.lastError().text()};
    return {};
}

Result<void> TemplateStore::markUsed(const QString& name)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE templates SET last_used_at = ? WHERE name = ? COLLATE NOCASE"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not save the template."),
                      query.lastError().text()};
    if (query.numRowsAffected() == 0)
        return notFound(name);
    return {};
}

Result<QStringList> TemplateStore::availableFields() const
{
    const Result<QStringList> custom = ContactStore(m_database).customFields();
    if (!custom)
        return custom.error();
    QStringList fields = Template::standardFields();
    for (const QString& field : custom.value()) {
        if (!fields.contains(field))
            fields.append(field);
    }
    return fields;
}

} // namespace tuma
