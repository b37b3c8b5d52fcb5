// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMapping.h"

#include "core/PhoneNumber.h"
#include "storage/ContactStore.h"

#include <QJsonArray>

namespace tuma {

namespace {

struct FieldInfo
{
    ImportField field;
    const char* name;
};

constexpr FieldInfo kFields[] = {
    {ImportField::Ignore, "ignore"},        {ImportField::Phone, "phone"},
    {ImportField::FirstName, "first_name"}, {ImportField::LastName, "last_name"},
    {ImportField::FullName, "name"},        {ImportField::Email, "email"},
    {ImportField::Group, "group"},          {ImportField::Custom, "custom"},
};

// Header words (as ContactStore::fieldKey spells them) that name each standard field.
ImportField fieldForHeader(const QString& key)
{
    static const QStringList phone
        = {QStringLiteral("phone"),         QStringLiteral("phone_number"),
           QStringLiteral("phonenumber"),   QStringLiteral("mobile"),
           QStringLiteral("mobile_number"), QStringLiteral("mobile_no"),
           QStringLiteral("msisdn"),        QStringLiteral("tel"),
           QStringLiteral("telephone"),     QStringLiteral("cell"),
           QStringLiteral("cellphone"),     QStringLiteral("phone_no"),
           QStringLiteral("number"),        QStringLiteral("contact"),
           QStringLiteral("simu"),          QStringLiteral("namba_ya_simu")};
    static const QStringList firstName
        = {QStringLiteral("first_name"), QStringLiteral("firstname"),
           QStringLiteral("given_name"), QStringLiteral("first"),
           QStringLiteral("fname"),      QStringLiteral("jina_la_kwanza")};
    static const QStringList lastName
        = {QStringLiteral("last_name"),   QStringLiteral("lastname"), QStringLiteral("surname"),
           QStringLiteral("family_name"), QStringLiteral("last"),     QStringLiteral("lname"),
           QStringLiteral("jina_la_ukoo")};
    static const QStringList fullName
        = {QStringLiteral("name"),          QStringLiteral("full_name"),
           QStringLiteral("fullname"),      QStringLiteral("customer"),
           QStringLiteral("customer_name"), QStringLiteral("client_name"),
           QStringLiteral("contact_name"),  QStringLiteral("jina")};
    static const QStringList email = {QStringLiteral("email"), QStringLiteral("e_mail"),
                                      QStringLiteral("email_address"), QStringLiteral("mail")};
    static const QStringList group
        = {QStringLiteral("group"), QStringLiteral("groups"), QStringLiteral("kikundi")};
    if (phone.contains(key))
        return ImportField::Phone;
    if (firstName.contains(key))
        return ImportField::FirstName;
    if (lastName.contains(key))
        return ImportField::LastName;
    if (fullName.contains(key))
        return ImportField::FullName;
    if (email.contains(key))
        return ImportField::Email;
    if (group.contains(key))
        return ImportField::Group;
    return ImportField::Custom;
}

bool singleColumn(ImportField field)
{
    return field != ImportField::Ignore && field != ImportField::Custom;
}

} // namespace

QString ImportMapping::fieldName(ImportField field)
{
    for (const FieldInfo& info : kFields) {
        if (info.field == field)
            return QLatin1String(info.name);
    }
    return QStringLiteral("ignore");
}

ImportField ImportMapping::fieldFromName(const QString& name)
{
    for (const FieldInfo& info : kFields) {
        if (name.compare(QLatin1String(info.name), Qt::CaseInsensitive) == 0)
            return info.field;
    }
    return ImportField::Custom;
}

QString ImportMapping::displayName(ImportField field)
{
    switch (field) {
    case ImportField::Ignore:
        return tr("Do not import");
    case ImportField::Phone:
        return tr("Phone number");
    case ImportField::FirstName:
        return tr("First name");
    case ImportField::LastName:
        return tr("Last name");
    case ImportField::FullName:
        return tr("Full name (split)");
    case ImportField::Email:
        return tr("Email");
    case ImportField::Group:
        return tr("Group");
    case ImportField::Custom:
        return tr("Custom field");
    }
    return {};
}

ImportMapping ImportMapping::guess(const QStringList& header, bool hasHeader,
                                   const QList<QStringList>& sampleRows, const QString& region)
{
    ImportMapping mapping;
    mapping.hasHeader = hasHeader;
    qsizetype columnCount = hasHeader ? header.size() : 0;
    for (const QStringList& row : sampleRows)
        columnCount = std::max(columnCount, row.size());
    mapping.columns.resize(columnCount);

    if (hasHeader) {
        for (qsizetype column = 0; column < header.size(); ++column) {
            const QString key = ContactStore::fieldKey(header.at(column));
            if (key.isEmpty())
                continue;
            const ImportField field = fieldForHeader(key);
            // The first column that names a field gets it; a second "Phone" is a custom field.
            if (singleColumn(field) && mapping.columnOf(field) >= 0)
                mapping.columns[column] = {ImportField::Custom, key};
            else
                mapping.columns[column] = {field, field == ImportField::Custom ? key : QString()};
        }
    }
    if (mapping.columnOf(ImportField::Phone) < 0) {
        // No header names the phone: take the column where most sample cells are numbers.
        int bestColumn = -1;
        int bestCount = 0;
        for (qsizetype column = 0; column < columnCount; ++column) {
            int count = 0;
            for (const QStringList& row : sampleRows) {
                if (column < row.size()
                    && PhoneNumber::normalize(PhoneNumber::fromCell(row.at(column)), region).ok())
                    ++count;
            }
            if (count > bestCount) {
                bestCount = count;
                bestColumn = int(column);
            }
        }
        if (bestColumn >= 0 && bestCount * 2 >= sampleRows.size())
            mapping.columns[bestColumn] = {ImportField::Phone, {}};
    }
    return mapping;
}

Result<void> ImportMapping::apply(const QString& assignment, const QStringList& header)
{
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals <= 0 || equals == assignment.size() - 1)
        return Error {
            QStringLiteral("usage"),
            tr("\"%1\" is not FIELD=COLUMN (for example phone=Mobile or phone=2).").arg(assignment),
            {}};
    const QString fieldText = assignment.left(equals).trimmed();
    const QString columnText = assignment.mid(equals + 1).trimmed();

    int column = -1;
    for (qsizetype i = 0; hasHeader && i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(columnText, Qt::CaseInsensitive) == 0) {
            column = int(i);
            break;
        }
    }
    bool isNumber = false;
    const int index = columnText.toInt(&isNumber);
    if (column < 0 && isNumber && index >= 1)
        column = index - 1;
    if (column < 0)
        return Error {QStringLiteral("unknown_column"),
                      hasHeader ? tr("The file has no column \"%1\". Its columns are: %2.")
                                      .arg(columnText, header.join(QStringLiteral(", ")))
                                : tr("\"%1\" is not a column number.").arg(columnText),
                      {}};
    if (column >= columns.size())
        columns.resize(column + 1);

    const ImportField field = fieldFromName(fieldText);
    const QString key
        = field == ImportField::Custom ? ContactStore::fieldKey(fieldText) : QString();
    if (field == ImportField::Custom && key.isEmpty())
        return Error {
            QStringLiteral("usage"),
            tr("\"%1\" cannot be a field name: use letters, digits and _.").arg(fieldText),
            {}};
    for (ColumnMapping& mapping : columns) {
        if ((singleColumn(field) && mapping.field == field)
            || (field == ImportField::Custom && mapping.field == ImportField::Custom
                && mapping.customKey == key))
            mapping = {};
    }
    columns[column] = {field, key};
    return Result<void>();
}

int ImportMapping::columnOf(ImportField field) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).field == field)
            return int(i);
    }
    return -1;
}

bool ImportMapping::isValid(QString* problem) const
{
    if (columnOf(ImportField::Phone) < 0) {
        if (problem)
            *problem = tr("No column is the phone number. Choose which column holds the numbers "
                          "(tuma-cli: --map phone=COLUMN).");
        return false;
    }
    return true;
}

QJsonObject ImportMapping::toJson(const QStringList& header) const
{
    QJsonArray array;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QJsonObject column {{QStringLiteral("index"), int(i)},
                            {QStringLiteral("field"), fieldName(columns.at(i).field)}};
        if (columns.at(i).field == ImportField::Custom)
            column.insert(QStringLiteral("key"), columns.at(i).customKey);
        if (hasHeader && i < header.size())
            column.insert(QStringLiteral("header"), header.at(i));
        array.append(column);
    }
    return {{QStringLiteral("has_header"), hasHeader}, {QStringLiteral("columns"), array}};
}

ImportMapping ImportMapping::fromJson(const QJsonObject& json, const QStringList& header)
{
    ImportMapping mapping;
    mapping.hasHeader = json.value(QStringLiteral("has_header")).toBool(true);
    mapping.columns.resize(header.size());
    const QJsonArray array = json.value(QStringLiteral("columns")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject column = value.toObject();
        int index = column.value(QStringLiteral("index")).toInt(-1);
        const QString savedHeader = column.value(QStringLiteral("header")).toString();
        const auto sameHeader = [&](qsizetype i) {
            return header.at(i).trimmed().compare(savedHeader.trimmed(), Qt::CaseInsensitive) == 0;
        };
        // The saved position when its header still matches (two columns may share a
        // header), else the first column with that header.
        if (mapping.hasHeader && !savedHeader.isEmpty()
            && !(index >= 0 && index < header.size() && sameHeader(index))) {
            index = -1;
            for (qsizetype i = 0; i < header.size() && index < 0; ++i) {
                if (sameHeader(i))
                    index = int(i);
            }
        }
        if (index < 0)
            continue;
        if (index >= mapping.columns.size())
            mapping.columns.resize(index + 1);
        const QString fieldText = column.value(QStringLiteral("field")).toString();
        const ImportField field = fieldFromName(fieldText);
        mapping.columns[index]
            = {field,
               field == ImportField::Custom ? column.value(QStringLiteral("key")).toString()
                                            : QString()};
    }
    return mapping;
}

} // namespace tuma
