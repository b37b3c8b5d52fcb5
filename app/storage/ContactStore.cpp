// SPDX-License-Identifier: GPL-3.0-or-later
// One file because it is one table's store: every statement on contacts, their fields and
// their search, beside each other so that a column changes in one place.
#include "ContactStore.h"

#include "Database.h"
#include "core/PhoneNumber.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace tuma {

namespace {

// Above every character a prefix can be followed by: `x >= p AND x < p || kAfterAll` is a
// prefix match that an index answers.
const QString kAfterAll = QString(QChar(0xDBFF)) + QChar(0xDFFF); // U+10FFFF

constexpr int kPageSize = 2000;

const QString kColumns = QStringLiteral(
    "c.id, c.phone, c.first_name, c.last_name, c.email, c.fields, c.created_at, c.updated_at, "
    "EXISTS (SELECT 1 FROM suppression_list s WHERE s.phone = c.phone), "
    "(SELECT group_concat(g.name, char(31)) FROM group_members m JOIN contact_groups g ON "
    "g.id = m.group_id WHERE m.contact_id = c.id)");

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Contact contactFrom(const QSqlQuery& query)
{
    Contact contact;
    contact.id = query.value(0).toLongLong();
    contact.phone = query.value(1).toString();
    contact.firstName = query.value(2).toString();
    contact.lastName = query.value(3).toString();
    contact.email = query.value(4).toString();
    const QJsonObject fields = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        contact.fields.insert(it.key(),
                              it.value().isString() ? it.value().toString()
                                                    : it.value().toVariant().toString());
    contact.createdAt = query.value(6).toLongLong();
    contact.updatedAt = query.value(7).toLongLong();
    contact.optedOut = query.value(8).toBool();
    const QString groups = query.value(9).toString();
    if (!groups.isEmpty()) {
        contact.groups = groups.split(QChar(31));
        contact.groups.sort(Qt::CaseInsensitive);
    }
    return contact;
}

QString fieldsJson(const QMap<QString, QString>& fields)
{
    QByteArray json = "{";
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString key = ContactStore::fieldKey(it.key());
        if (key.isEmpty() || it.value().isEmpty())
            continue;
        if (json.size() > 1)
            json.append(',');
        ContactStore::appendJsonString(json, key.toUtf8());
        json.append(':');
        ContactStore::appendJsonString(json, it.value().toUtf8());
    }
    json.append('}');
    return QString::fromUtf8(json);
}

// WHERE clause and its bound values for a query.
struct Filter
{
    QString where;
    QVariantList values;
};

// The E.164 prefixes a typed phone fragment can stand for: "+2547…" as typed, "07…" with the
// national prefix replaced by the calling code, "7…" after the calling code or as a calling
// code itself.
QStringList phonePrefixes(const QString& digits, bool plus, const QString& region)
{
    if (plus)
        return {u'+' + digits};
    const int callingCode = PhoneNumber::countryCode(region);
    const QString nationalPrefix = PhoneNumber::nationalPrefix(region);
    QStringList prefixes;
    if (callingCode > 0) {
        if (!nationalPrefix.isEmpty() && digits.startsWith(nationalPrefix))
            prefixes.append(u'+' + QString::number(callingCode)
                            + digits.mid(nationalPrefix.size()));
        else
            prefixes.append(u'+' + QString::number(callingCode) + digits);
    }
    prefixes.append(u'+' + digits);
    prefixes.removeDuplicates();
    return prefixes;
}

Filter filterFor(const ContactQuery& query)
{
    Filter filter;
    QStringList conditions;
    if (query.groupId != 0) {
        conditions.append(
            QStringLiteral("c.id IN (SELECT contact_id FROM group_members WHERE group_id = ?)"));
        filter.values.append(query.groupId);
    }
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9][0-9 ()./-]*$"));
    static const QRegularExpression notDigit(QStringLiteral("[^0-9]"));
    const QStringList words = query.search.simplified().split(u' ', Qt::SkipEmptyParts);
    // A search that looks like a phone number is one number, spaces and all.
    const QString whole = query.search.trimmed();
    const bool phoneSearch = phoneLike.match(whole).hasMatch();
    const QStringList terms = phoneSearch && !whole.isEmpty() ? QStringList {whole} : words;
    for (const QString& term : terms) {
        QStringList alternatives;
        QString digits = term;
        digits.remove(notDigit);
        // One or two digits would match nearly every number: names only until the third.
        if (phoneLike.match(term).hasMatch() && digits.size() >= 3) {
            for (const QString& prefix :
                 phonePrefixes(digits, term.startsWith(u'+'), query.region)) {
                alternatives.append(QStringLiteral("(c.phone >= ? AND c.phone < ?)"));
                filter.values << prefix << prefix + kAfterAll;
            }
        }
        for (const char* column : {"c.first_name", "c.last_name"}) {
            alternatives.append(QStringLiteral("(%1 >= ? COLLATE NOCASE AND %1 < ? COLLATE NOCASE)")
                                    .arg(QLatin1String(column)));
            filter.values << term << term + kAfterAll;
        }
        conditions.append(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    if (!conditions.isEmpty())
        filter.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return filter;
}

QString orderFor(const ContactQuery& query, FieldKind fieldKind)
{
    const QString direction
        = query.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (query.sort) {
    case ContactQuery::Sort::Phone:
        key = QStringLiteral("c.phone");
        break;
    case ContactQuery::Sort::FirstName:
        key = QStringLiteral("c.first_name COLLATE NOCASE");
        break;
    case ContactQuery::Sort::LastName:
        key = QStringLiteral("c.last_name COLLATE NOCASE");
        break;
    case ContactQuery::Sort::Email:
        key = QStringLiteral("c.email COLLATE NOCASE");
        break;
    case ContactQuery::Sort::Field:
        // Written out, not bound, so the planner can use the field's expression index; the
        // key is letters, digits and _ only.
        key = ContactStore::fieldSortExpression(query.sortField, QStringLiteral("c.fields"),
                                                fieldKind);
        break;
    case ContactQuery::Sort::CreatedAt:
        return QStringLiteral(" ORDER BY c.id") + direction;
    }
    return QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", c.id") + direction;
}

// database_busy when another connection held the database (the caller may try again).
Error storageError(const QString& message, const QSqlQuery& query)
{
    return Error {Database::errorCode(query.lastError()), message, query.lastError().text()};
}

bool bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

namespace {

// What a contact's values say of their fields' kinds; empty values say nothing.
QHash<QString, FieldKind> kindsOf(const QMap<QString, QString>& fields)
{
    QHash<QString, FieldKind> kinds;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (const std::optional<FieldKind> kind = ContactStore::valueKind(it.value()))
            kinds.insert(ContactStore::fieldKey(it.key()), *kind);
    }
    return kinds;
}

} // namespace

ContactStore::ContactStore(const Database& database)
    : m_database(database)
{ }

QString ContactStore::fieldKey(const QString& header)
{
    QString key;
    bool pendingSeparator = false;
    for (const QChar c : header.trimmed().toLower()) {
        if (c.unicode() < 0x80 && c.isLetterOrNumber()) {
            if (pendingSeparator && !key.isEmpty())
                key.append(u'_');
            pendingSeparator = false;
            key.append(c);
        } else {
            pendingSeparator = true;
        }
    }
    return key;
}

Result<qint64> ContactStore::count(const ContactQuery& contactQuery) const
{
    const Filter filter = filterFor(contactQuery);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM contacts c") + filter.where);
    if (!bindAll(query, filter.values) || !query.next())
        return storageError(tr("Could not count the contacts."), query);
    return query.value(0).toLongLong();
}

Result<QList<Contact>> ContactStore::list(const ContactQuery& contactQuery, int limit,
                                          qint64 offset) const
{
    Filter filter = filterFor(contactQuery);
    FieldKind fieldKind = FieldKind::Text;
    if (contactQuery.sort == ContactQuery::Sort::Field) {
        const Result<std::optional<FieldKind>> kind = this->fieldKind(contactQuery.sortField);
        if (kind && kind.value())
            fieldKind = *kind.value();
    }
    const QString order = orderFor(contactQuery, fieldKind);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM contacts c")
                  + filter.where + order + QStringLiteral(" LIMIT ? OFFSET ?"));
    filter.values << limit << offset;
    if (!bindAll(query, filter.values))
        return storageError(tr("Could not read the contacts."), query);
    QList<Contact> contacts;
    while (query.next())
        contacts.append(contactFrom(query));
    return contacts;
}

Result<void> ContactStore::visit(const ContactQuery& contactQuery,
                                 const std::function<bool(const Contact&)>& visitor) const
{
    const Filter filter = filterFor(contactQuery);
    const QString where = filter.where.isEmpty() ? QStringLiteral(" WHERE c.id > ?")
                                                 : filter.where + QStringLiteral(" AND c.id > ?");
    qint64 after = 0;
    while (true) {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM contacts c")
                      + where + QStringLiteral(" ORDER BY c.id LIMIT ?"));
        QVariantList values = filter.values;
        values << after << kPageSize;
        if (!bindAll(query, values))
            return storageError(tr("Could not read the contacts."), query);
        int seen = 0;
        while (query.next()) {
            const Contact contact = contactFrom(query);
            after = contact.id;
            ++seen;
            if (!visitor(contact))
                return Result<void>();
        }
        if (seen < kPageSize)
            return Result<void>();
    }
}

Result<Contact> ContactStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM contacts c WHERE c.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(tr("Could not read the contact."), query);
    if (!query.next())
        return Error {QStringLiteral("contact_not_found"), tr("There is no such contact."), {}};
    return contactFrom(query);
}

Result<Contact> ContactStore::findByPhone(const QString& e164) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM contacts c WHERE c.phone = ?"));
    query.addBindValue(e164);
    if (!query.exec())
        return storageError(tr("Could not read the contact."), query);
    if (!query.next())
        return Error {
            QStringLiteral("contact_not_found"), tr("No contact has the number %1.").arg(e164), {}};
    return contactFrom(query);
}

QString ContactStore::emailProblem(const QString& email)
{
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty() || address.match(trimmed).hasMatch())
        return {};
    return tr("\"%1\" is not an e-mail address: write it as name@example.com, or leave it "
              "empty.")
        .arg(trimmed);
}

Result<Contact> ContactStore::add(const Contact& contact)
{
    if (const QString problem = emailProblem(contact.email); !problem.isEmpty())
        return Error {QStringLiteral("invalid_email"), problem, {}};
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Error {QStringLiteral("storage_failed"), tr("Could not save the contact."),
                      db.lastError().text()};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO contacts (phone, first_name, last_name, email, "
                                 "fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (phone) DO NOTHING"));
    query.addBindValue(contact.phone);
    query.addBindValue(nonNull(contact.firstName.trimmed()));
    query.addBindValue(nonNull(contact.lastName.trimmed()));
    query.addBindValue(nonNull(contact.email.trimmed()));
    query.addBindValue(fieldsJson(contact.fields));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        db.rollback();
        return storageError(tr("Could not save the contact."), query);
    }
    if (query.numRowsAffected() == 0) {
        db.rollback();
        return Error {QStringLiteral("contact_exists"),
                      tr("A contact with the number %1 already exists.").arg(contact.phone),
                      {}};
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (Result<void> registered = registerFields(contact.fields.keys(), kindsOf(contact.fields));
        !registered) {
        db.rollback();
        return registered.error();
    }
    if (!db.commit())
        return Error {QStringLiteral("storage_failed"), tr("Could not save the contact."),
                      db.lastError().text()};
    return find(id);
}

Result<void> ContactStore::update(const Contact& contact)
{
    if (const QString problem = emailProblem(contact.email); !problem.isEmpty())
        return Error {QStringLiteral("invalid_email"), problem, {}};
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Error {QStringLiteral("storage_failed"), tr("Could not save the contact."),
                      db.lastError().text()};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE contacts SET phone = ?, first_name = ?, last_name = ?, "
                                 "email = ?, fields = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(contact.phone);
    query.addBindValue(nonNull(contact.firstName.trimmed()));
    query.addBindValue(nonNull(contact.lastName.trimmed()));
    query.addBindValue(nonNull(contact.email.trimmed()));
    query.addBindValue(fieldsJson(contact.fields));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(contact.id);
    if (!query.exec()) {
        db.rollback();
        // The one constraint an edit can break is the unique number.
        if (query.lastError().nativeErrorCode() == QLatin1String("2067"))
            return Error {QStringLiteral("contact_exists"),
                          tr("Another contact already has the number %1.").arg(contact.phone),
                          {}};
        return storageError(tr("Could not save the contact."), query);
    }
    if (query.numRowsAffected() == 0) {
        db.rollback();
        return Error {QStringLiteral("contact_not_found"), tr("There is no such contact."), {}};
    }
    if (Result<void> registered = registerFields(contact.fields.keys(), kindsOf(contact.fields));
        !registered) {
        db.rollback();
        return registered.error();
    }
    if (!db.commit())
        return Error {QStringLiteral("storage_failed"), tr("Could not save the contact."),
                      db.lastError().text()};
    return Result<void>();
}

Result<int> ContactStore::remove(const QList<qint64>& ids)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Error {QStringLiteral("storage_failed"), tr("Could not delete the contacts."),
                      db.lastError().text()};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM contacts WHERE id = ?"));
    int removed = 0;
    for (const qint64 id : ids) {
        query.addBindValue(id);
        if (!query.exec()) {
            db.rollback();
            return storageError(tr("Could not delete the contacts."), query);
        }
        removed += query.numRowsAffected();
    }
    if (!db.commit())
        return Error {QStringLiteral("storage_failed"), tr("Could not delete the contacts."),
                      db.lastError().text()};
    return removed;
}

Result<int> ContactStore::restore(const QList<Contact>& contacts)
{
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return Error {QStringLiteral("storage_failed"), tr("Could not bring the contacts back."),
                      db.lastError().text()};
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO contacts (id, phone, first_name, last_name, email, fields, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    QSqlQuery member(db);
    member.prepare(QStringLiteral("INSERT OR IGNORE INTO group_members (group_id, contact_id) "
                                  "SELECT id, ? FROM contact_groups WHERE name = ?"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int restored = 0;
    for (const Contact& contact : contacts) {
        insert.addBindValue(contact.id);
        insert.addBindValue(contact.phone);
        insert.addBindValue(nonNull(contact.firstName));
        insert.addBindValue(nonNull(contact.lastName));
        insert.addBindValue(nonNull(contact.email));
        insert.addBindValue(fieldsJson(contact.fields));
        insert.addBindValue(contact.createdAt > 0 ? contact.createdAt : now);
        insert.addBindValue(now);
        if (!insert.exec()) {
            db.rollback();
            return storageError(tr("Could not bring the contacts back."), insert);
        }
        if (insert.numRowsAffected() == 0)
            continue;
        ++restored;
        for (const QString& group : contact.groups) {
            member.addBindValue(contact.id);
            member.addBindValue(group);
            if (!member.exec()) {
                db.rollback();
                return storageError(tr("Could not bring the contacts back."), member);
            }
        }
    }
    if (!db.commit())
        return Error {QStringLiteral("storage_failed"), tr("Could not bring the contacts back."),
                      db.lastError().text()};
    return restored;
}

Result<int> ContactStore::removeMatching(const ContactQuery& contactQuery)
{
    const Filter filter = filterFor(contactQuery);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM contacts WHERE id IN (SELECT c.id FROM contacts c")
                  + filter.where + u')');
    if (!bindAll(query, filter.values))
        return storageError(tr("Could not delete the contacts."), query);
    return query.numRowsAffected();
}

Result<int> ContactStore::addMatchingToGroup(const ContactQuery& contactQuery, qint64 groupId)
{
    const Filter filter = filterFor(contactQuery);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO group_members (group_id, contact_id) "
                                 "SELECT ?, c.id FROM contacts c")
                  + filter.where);
    if (!bindAll(query, QVariantList {groupId} + filter.values))
        return storageError(tr("Could not change the group."), query);
    return query.numRowsAffected();
}

Result<int> ContactStore::removeMatchingFromGroup(const ContactQuery& contactQuery, qint64 groupId)
{
    const Filter filter = filterFor(contactQuery);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND contact_id IN "
                                 "(SELECT c.id FROM contacts c")
                  + filter.where + u')');
    if (!bindAll(query, QVariantList {groupId} + filter.values))
        return storageError(tr("Could not change the group."), query);
    return query.numRowsAffected();
}

Result<QStringList> ContactStore::customFields() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT lower(name) FROM contact_fields ORDER BY 1")))
        return storageError(tr("Could not read the contact fields."), query);
    QStringList fields;
    while (query.next())
        fields.append(query.value(0).toString());
    return fields;
}

namespace {

QString kindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Number:
        return QStringLiteral("number");
    case FieldKind::Date:
        return QStringLiteral("date");
    case FieldKind::Text:
        break;
    }
    return QStringLiteral("text");
}

std::optional<FieldKind> kindFrom(const QVariant& stored)
{
    const QString name = stored.toString();
    if (name == QLatin1String("number"))
        return FieldKind::Number;
    if (name == QLatin1String("date"))
        return FieldKind::Date;
    if (name == QLatin1String("text"))
        return FieldKind::Text;
    return std::nullopt;
}

// A field's index for each kind; "__" never occurs in a field key.
QString indexName(const QString& key, FieldKind kind)
{
    const QString base = QStringLiteral("contacts_field_") + key;
    return kind == FieldKind::Text ? base : base + QStringLiteral("__") + kindName(kind);
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "1200", "-3.5", "1,200.50": what CAST(replace(value, ',', '') AS REAL) reads whole.
bool isNumber(QStringView value)
{
    qsizetype i = 0;
    if (value.startsWith(u'+') || value.startsWith(u'-'))
        ++i;
    const qsizetype digitsStart = i;
    qsizetype sinceComma = -1; // digits since the last thousands comma, -1 before any
    qsizetype leading = 0;
    for (; i < value.size() && value.at(i) != u'.'; ++i) {
        const QChar c = value.at(i);
        if (isDigit(c)) {
            if (sinceComma >= 0)
                ++sinceComma;
            else
                ++leading;
        } else if (c == u',') {
            if ((sinceComma < 0 && (leading == 0 || leading > 3))
                || (sinceComma >= 0 && sinceComma != 3))
                return false;
            sinceComma = 0;
        } else {
            return false;
        }
    }
    if (i == digitsStart || (sinceComma >= 0 && sinceComma != 3))
        return false;
    if (i < value.size()) { // the decimals
        ++i;
        if (i == value.size())
            return false;
        for (; i < value.size(); ++i) {
            if (!isDigit(value.at(i)))
                return false;
        }
    }
    return true;
}

// ISO "2026-12-10" (a time may follow) or day-first "10/12/2026", "1/2/2026": a real day.
bool isDate(QStringView value)
{
    if (value.size() >= 10 && isDigit(value.at(0)) && value.at(4) == u'-' && value.at(7) == u'-') {
        const QDate date = QDate::fromString(value.first(10).toString(), Qt::ISODate);
        return date.isValid()
            && (value.size() == 10 || value.at(10) == u'T' || value.at(10) == u' ');
    }
    const qsizetype first = value.indexOf(u'/');
    const qsizetype second = first < 0 ? -1 : value.indexOf(u'/', first + 1);
    if (first < 1 || first > 2 || second - first < 2 || second - first > 3
        || value.size() - second != 5)
        return false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (i != first && i != second && !isDigit(value.at(i)))
            return false;
    }
    return QDate(value.sliced(second + 1).toInt(),
                 value.sliced(first + 1, second - first - 1).toInt(), value.first(first).toInt())
        .isValid();
}

} // namespace

std::optional<FieldKind> ContactStore::valueKind(QStringView value)
{
    value = value.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    // Most values are words: one look at the first character says so.
    const QChar first = value.front();
    if (!isDigit(first) && first != u'+' && first != u'-')
        return FieldKind::Text;
    if (isNumber(value))
        return FieldKind::Number;
    if (isDate(value))
        return FieldKind::Date;
    return FieldKind::Text;
}

Result<std::optional<FieldKind>> ContactStore::fieldKind(const QString& field) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT kind FROM contact_fields WHERE name = ?"));
    query.addBindValue(fieldKey(field));
    if (!query.exec())
        return storageError(tr("Could not read the contact fields."), query);
    if (!query.next())
        return std::optional<FieldKind>();
    return kindFrom(query.value(0));
}

Result<void> ContactStore::registerFields(const QStringList& names,
                                          const QHash<QString, FieldKind>& kinds)
{
    QSqlQuery query(m_database.connection());
    // A new field's values are all in `kinds`: its kind is known from the start.
    query.prepare(QStringLiteral("INSERT INTO contact_fields (name, created_at, kind) "
                                 "VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString& name : names) {
        const QString key = fieldKey(name);
        if (key.isEmpty())
            continue;
        const auto written = kinds.constFind(key);
        query.addBindValue(key);
        query.addBindValue(now);
        query.addBindValue(written == kinds.constEnd() ? QVariant(QMetaType(QMetaType::QString))
                                                       : QVariant(kindName(*written)));
        if (!query.exec())
            return storageError(tr("Could not save the contact fields."), query);
        // Values of another kind than the field's: its sort is decided again.
        if (query.numRowsAffected() > 0 || written == kinds.constEnd())
            continue;
        const Result<std::optional<FieldKind>> stored = fieldKind(key);
        if (!stored)
            return stored.error();
        // Text takes any value: only a number or a date field is let down by one.
        if (stored.value() && *stored.value() != FieldKind::Text && *stored.value() != *written) {
            if (Result<void> forgotten = forgetFieldKind(key); !forgotten)
                return forgotten;
        }
    }
    return Result<void>();
}

Result<FieldKind> ContactStore::decideFieldKind(const QString& key)
{
    QSqlQuery values(m_database.connection());
    values.setForwardOnly(true);
    if (!values.exec(QStringLiteral("SELECT json_extract(fields, '$.\"%1\"') FROM contacts "
                                    "WHERE json_extract(fields, '$.\"%1\"') <> ''")
                         .arg(key)))
        return storageError(tr("Could not read the contact fields."), values);
    std::optional<FieldKind> kind;
    while (values.next()) {
        const std::optional<FieldKind> next = valueKind(values.value(0).toString());
        if (!next)
            continue;
        if (kind && *kind != *next) {
            kind = FieldKind::Text;
            break;
        }
        kind = next;
        if (*kind == FieldKind::Text)
            break;
    }
    values.finish();
    const FieldKind decided = kind.value_or(FieldKind::Text);
    QSqlQuery store(m_database.connection());
    store.prepare(QStringLiteral("UPDATE contact_fields SET kind = ? WHERE name = ?"));
    store.addBindValue(kindName(decided));
    store.addBindValue(key);
    if (!store.exec())
        return storageError(tr("Could not save the contact fields."), store);
    return decided;
}

Result<void> ContactStore::forgetFieldKind(const QString& key)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE contact_fields SET kind = NULL WHERE name = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return storageError(tr("Could not save the contact fields."), query);
    for (const FieldKind kind : {FieldKind::Text, FieldKind::Number, FieldKind::Date}) {
        if (!query.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(indexName(key, kind))))
            return storageError(tr("Could not save the contact fields."), query);
    }
    return Result<void>();
}

QString ContactStore::fieldSortExpression(const QString& field, const QString& column,
                                          FieldKind kind)
{
    const QString value
        = QStringLiteral("json_extract(%1, '$.\"%2\"')").arg(column, fieldKey(field));
    switch (kind) {
    case FieldKind::Number:
        return QStringLiteral("CAST(replace(%1, ',', '') AS REAL)").arg(value);
    case FieldKind::Date:
        // ISO as it is; day-first d/m/yyyy turned into yyyy-mm-dd.
        return QStringLiteral(
                   "CASE WHEN {v} GLOB '[0-9][0-9][0-9][0-9]-*' THEN {v} ELSE substr({v}, -4) || "
                   "'-' || printf('%02d', substr({v}, instr({v}, '/') + 1, instr(substr({v}, "
                   "instr({v}, '/') + 1), '/') - 1)) || '-' || printf('%02d', substr({v}, 1, "
                   "instr({v}, '/') - 1)) END")
            .replace(QStringLiteral("{v}"), value);
    case FieldKind::Text:
        break;
    }
    return value + QStringLiteral(" COLLATE NOCASE");
}

bool ContactStore::sortIndexedOnDemand(ContactQuery::Sort sort)
{
    return sort == ContactQuery::Sort::Email || sort == ContactQuery::Sort::Field;
}

Result<bool> ContactStore::hasSortIndex(ContactQuery::Sort sort, const QString& field) const
{
    if (!sortIndexedOnDemand(sort))
        return true;
    QString name = QStringLiteral("contacts_email");
    if (sort == ContactQuery::Sort::Field) {
        // A field whose kind is not decided yet is read whole first.
        const Result<std::optional<FieldKind>> kind = fieldKind(field);
        if (!kind)
            return kind.error();
        if (!kind.value())
            return false;
        name = indexName(fieldKey(field), *kind.value());
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return storageError(tr("Could not read the contact fields."), query);
    return query.next();
}

Result<void> ContactStore::createSortIndex(ContactQuery::Sort sort, const QString& field)
{
    QSqlQuery query(m_database.connection());
    if (sort == ContactQuery::Sort::Email) {
        if (!query.exec(QStringLiteral(
                "CREATE INDEX IF NOT EXISTS contacts_email ON contacts (email COLLATE NOCASE)")))
            return storageError(tr("Could not prepare sorting by %1.").arg(QStringLiteral("email")),
                                query);
        return Result<void>();
    }
    if (sort != ContactQuery::Sort::Field)
        return Result<void>();
    const QString key = fieldKey(field);
    if (key.isEmpty())
        return Error {QStringLiteral("invalid_name"), tr("\"%1\" is not a field.").arg(field), {}};
    // The kind and its index in one write transaction: a value written meanwhile by another
    // window or process waits, and then forgets the kind if it does not fit.
    Database::Transaction transaction(m_database, Database::Transaction::Lock::Immediate);
    if (!transaction.isOpen())
        return transaction.failure(tr("Could not prepare sorting by %1.").arg(key));
    // The kind the field's values were given with, else read from all of them now.
    const Result<std::optional<FieldKind>> known = fieldKind(key);
    if (!known)
        return known.error();
    const Result<FieldKind> kind
        = known.value() ? Result<FieldKind>(*known.value()) : decideFieldKind(key);
    if (!kind)
        return kind.error();
    for (const FieldKind other : {FieldKind::Text, FieldKind::Number, FieldKind::Date}) {
        if (other != kind.value()
            && !query.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(indexName(key, other))))
            return storageError(tr("Could not prepare sorting by %1.").arg(key), query);
    }
    if (!query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON contacts (%2)")
                        .arg(indexName(key, kind.value()),
                             fieldSortExpression(key, QStringLiteral("fields"), kind.value()))))
        return storageError(tr("Could not prepare sorting by %1.").arg(key), query);
    query.finish();
    if (!transaction.commit())
        return transaction.failure(tr("Could not prepare sorting by %1.").arg(key));
    return Result<void>();
}

void ContactStore::appendJsonString(QByteArray& out, QByteArrayView text)
{
    out.append('"');
    // Most values need no escaping: in one piece.
    if (std::none_of(text.begin(), text.end(), [](char c) {
            return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
        })) {
        out.append(text);
        out.append('"');
        return;
    }
    for (const char c : text) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                out.append(escaped);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

} // namespace tuma
