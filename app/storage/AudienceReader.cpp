// SPDX-License-Identifier: GPL-3.0-or-later
#include "AudienceReader.h"

#include "Database.h"
#include "TemplateStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace tuma {

namespace {

const QString kContactColumns
    = QStringLiteral("c.id, c.phone, c.first_name, c.last_name, c.email, c.fields, "
                     "EXISTS (SELECT 1 FROM suppression_list s WHERE s.phone = c.phone)");

QStringList valuesOf(const QSqlQuery& row, const QStringList& fieldNames)
{
    // first_name, last_name, phone, email, then the custom fields by their lower-case key.
    QStringList values = {row.value(2).toString(), row.value(3).toString(), row.value(1).toString(),
                          row.value(4).toString()};
    const QJsonObject custom = QJsonDocument::fromJson(row.value(5).toString().toUtf8()).object();
    QHash<QString, QString> byKey;
    for (auto it = custom.begin(); it != custom.end(); ++it)
        byKey.insert(it.key().toLower(),
                     it.value().isString() ? it.value().toString()
                                           : it.value().toVariant().toString());
    for (qsizetype i = values.size(); i < fieldNames.size(); ++i)
        values.append(byKey.value(fieldNames.at(i)));
    return values;
}

} // namespace

AudienceReader::AudienceReader(const Database& database)
    : m_database(database)
{ }

Result<Audience> AudienceReader::read(const QStringList& groups, const QStringList& phones) const
{
    QList<Recipient> recipients;
    Result<Audience> audience = visit(groups, phones, [&recipients](const Recipient& recipient) {
        recipients.append(recipient);
        return true;
    });
    if (audience)
        audience.value().recipients = std::move(recipients);
    return audience;
}

Result<Audience> AudienceReader::visit(const QStringList& groups, const QStringList& phones,
                                       const Visitor& visitor, const FieldMatch& match) const
{
    Audience audience;
    bool stopped = false;
    const Result<QStringList> fields = TemplateStore(m_database).availableFields();
    if (!fields)
        return fields.error();
    audience.fieldNames = fields.value();

    QSet<QString> seen;
    const auto take
        = [&](const QString& phone, qint64 contactId, bool optedOut, QStringList values) {
              if (seen.contains(phone)) {
                  ++audience.duplicates;
                  return;
              }
              seen.insert(phone);
              if (optedOut) {
                  ++audience.optedOut;
                  return;
              }
              ++audience.size;
              stopped = stopped || !visitor(Recipient {phone, contactId, std::move(values)});
          };
    const auto failed = [this](const QSqlQuery& query) {
        return Error {QStringLiteral("storage_failed"), tr("Could not read the contacts."),
                      query.lastError().text()};
    };

    QSqlQuery query(m_database.connection());
    // Members by m.contact_id, the order the group's primary key already gives: ORDER BY c.id
    // made SQLite sort a million rows, fields and all, before the first one came back.
    // Forward only: otherwise Qt's SQLite driver keeps every row it returned (half a gigabyte
    // for a million members).
    query.setForwardOnly(true);
    for (const QString& group : groups) {
        query.prepare(QStringLiteral("SELECT 1 FROM contact_groups WHERE name = ? COLLATE NOCASE"));
        query.addBindValue(group.trimmed());
        if (!query.exec())
            return failed(query);
        if (!query.next())
            return Error {
                QStringLiteral("group_not_found"),
                tr("There is no group called \"%1\". Check the name of the group.").arg(group),
                {}};
        query.prepare(QStringLiteral("SELECT %1 FROM contact_groups g "
                                     "JOIN group_members m ON m.group_id = g.id "
                                     "JOIN contacts c ON c.id = m.contact_id "
                                     "WHERE g.name = ? COLLATE NOCASE ORDER BY m.contact_id")
                          .arg(kContactColumns));
        query.addBindValue(group.trimmed());
        if (!query.exec())
            return failed(query);
        while (!stopped && query.next())
            take(query.value(1).toString(), query.value(0).toLongLong(), query.value(6).toBool(),
                 valuesOf(query, audience.fieldNames));
    }

    if (!match.isEmpty() && !stopped) {
        const QString key = match.field.trimmed().toLower();
        static const QStringList builtIn {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                          QStringLiteral("email")};
        // A built-in column by name; a custom field from the JSON, its key quoted for the path.
        const QString column = builtIn.contains(key) ? QStringLiteral("c.") + key
                                                     : QStringLiteral("json_extract(c.fields, ?)");
        QStringList placeholders;
        for (qsizetype i = 0; i < match.values.size(); ++i)
            placeholders.append(QStringLiteral("?"));
        query.prepare(QStringLiteral("SELECT %1 FROM contacts c WHERE lower(trim(%2)) IN (%3) "
                                     "ORDER BY c.id")
                          .arg(kContactColumns, column, placeholders.join(u',')));
        if (!builtIn.contains(key)) {
            QString quoted = key;
            quoted.replace(u'"', QStringLiteral("\\\""));
            query.addBindValue(QStringLiteral("$.\"%1\"").arg(quoted));
        }
        for (const QString& value : match.values)
            query.addBindValue(value.trimmed().toLower());
        if (!query.exec())
            return failed(query);
        while (!stopped && query.next())
            take(query.value(1).toString(), query.value(0).toLongLong(), query.value(6).toBool(),
                 valuesOf(query, audience.fieldNames));
    }

    for (const QString& phone : phones) {
        if (stopped)
            break;
        query.prepare(
            QStringLiteral("SELECT %1 FROM contacts c WHERE c.phone = ?").arg(kContactColumns));
        query.addBindValue(phone);
        if (!query.exec())
            return failed(query);
        if (query.next()) {
            take(phone, query.value(0).toLongLong(), query.value(6).toBool(),
                 valuesOf(query, audience.fieldNames));
            continue;
        }
        QSqlQuery suppressed(m_database.connection());
        suppressed.prepare(QStringLiteral("SELECT 1 FROM suppression_list WHERE phone = ?"));
        suppressed.addBindValue(phone);
        if (!suppressed.exec())
            return failed(suppressed);
        QStringList values(audience.fieldNames.size());
        values[2] = phone;
        take(phone, 0, suppressed.next(), values);
    }
    if (stopped)
        return Error {
            QStringLiteral("cancelled"), tr("Stopped before the end of the audience."), {}};
    return audience;
}

Result<Recipient> AudienceReader::recipientAt(const QString& group, int index,
                                              const QStringList& fieldNames) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM contact_groups g "
                                 "JOIN group_members m ON m.group_id = g.id "
                                 "JOIN contacts c ON c.id = m.contact_id "
                                 "WHERE g.name = ? COLLATE NOCASE AND NOT EXISTS "
                                 "(SELECT 1 FROM suppression_list s WHERE s.phone = c.phone) "
                                 "ORDER BY m.contact_id LIMIT 1 OFFSET ?")
                      .arg(kContactColumns));
    query.addBindValue(group.trimmed());
    query.addBindValue(index);
    if (!query.exec())
        return Error {QStringLiteral("storage_failed"), tr("Could not read the contacts."),
                      query.lastError().text()};
    if (!query.next())
        return Error {QStringLiteral("recipient_not_found"),
                      tr("There is no such contact in the group."),
                      {}};
    return Recipient {query.value(1).toString(), query.value(0).toLongLong(),
                      valuesOf(query, fieldNames)};
}

} // namespace tuma
