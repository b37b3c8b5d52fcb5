// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"
#include "CliContext.h"
#include "core/PhoneNumber.h"
#include "core/Regions.h"
#include "import/ContactExport.h"
#include "import/ContactImport.h"
#include "import/CsvWriter.h"
#include "import/OptOutImport.h"
#include "import/SpreadsheetReader.h"
#include "settings/AppSettings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/SuppressionList.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace tuma::cli {

namespace {

struct ContactCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(ContactCommands)
};

constexpr int kMappingSampleRows = 50;

Error usage(const QString& message)
{
    return Error {QStringLiteral("usage"), message, {}};
}

// --region, else the settings' region; an unknown code is a usage error.
Result<QString> regionOption(const QCommandLineParser& parser)
{
    const QString region = parser.isSet(QStringLiteral("region"))
        ? parser.value(QStringLiteral("region")).trimmed().toUpper()
        : AppSettings().region();
    if (PhoneNumber::countryCode(region) <= 0)
        return usage(ContactCommandsText::tr("\"%1\" is not a region code; use a two-letter "
                                             "country code such as KE or GH.")
                         .arg(region));
    return region;
}

Result<SpreadsheetOptions> readerOptions(const QCommandLineParser& parser)
{
    SpreadsheetOptions options;
    const QString encoding = parser.value(QStringLiteral("encoding"));
    if (!encoding.isEmpty() && encoding.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
        options.encoding = TextEncodings::fromName(encoding);
        if (!options.encoding)
            return usage(ContactCommandsText::tr("Unknown encoding \"%1\": use auto, utf-8, "
                                                 "utf-16, utf-16le, utf-16be or windows-1252.")
                             .arg(encoding));
    }
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (!delimiter.isEmpty()
        && delimiter.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
        if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t")
            || delimiter == QLatin1String("\t"))
            options.delimiter = u'\t';
        else if (delimiter.size() == 1
                 && CsvReader::candidateDelimiters().contains(delimiter.front()))
            options.delimiter = delimiter.front();
        else
            return usage(ContactCommandsText::tr(
                             "Unknown delimiter \"%1\": use auto, \",\", \";\", tab or \"|\".")
                             .arg(delimiter));
    }
    options.sheet = parser.value(QStringLiteral("sheet"));
    return options;
}

void addReaderOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("encoding"),
                      ContactCommandsText::tr("auto (default), utf-8, utf-16, utf-16le, utf-16be "
                                              "or windows-1252."),
                      QStringLiteral("E")});
    parser.addOption({QStringLiteral("delimiter"),
                      ContactCommandsText::tr("auto (default), \",\", \";\", tab or \"|\"."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("sheet"),
                      ContactCommandsText::tr(".xlsx: the sheet's name or number (default: the "
                                              "first)."),
                      QStringLiteral("S")});
}

QJsonValue delimiterJson(const SpreadsheetReader& reader)
{
    const std::optional<QChar> delimiter = reader.delimiter();
    return delimiter ? QJsonValue(QString(*delimiter)) : QJsonValue(QJsonValue::Null);
}

int preview(CliContext& context, const QCommandLineParser& parser)
{
    const Result<SpreadsheetOptions> options = readerOptions(parser);
    if (!options)
        return context.usageError(options.error().message);
    int limit = 20;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return context.usageError(ContactCommandsText::tr("--limit needs a number of rows."));
    }
    Result<std::unique_ptr<SpreadsheetReader>> reader
        = SpreadsheetReader::open(parser.positionalArguments().value(0), options.value());
    if (!reader)
        return context.fail(reader.error());
    const Result<QList<SheetRow>> rows = reader.value()->firstRows(limit);
    if (!rows)
        return context.fail(rows.error());

    QJsonArray jsonRows;
    QStringList lines;
    for (const SheetRow& row : rows.value()) {
        jsonRows.append(QJsonArray::fromStringList(row.cells));
        lines.append(QString::number(row.rowNumber).rightJustified(6) + QStringLiteral("  ")
                     + row.cells.join(QStringLiteral(" | ")));
    }
    QString text = ContactCommandsText::tr("Encoding: %1").arg(reader.value()->encodingName());
    if (const std::optional<QChar> delimiter = reader.value()->delimiter())
        text += u'\n'
            + ContactCommandsText::tr("Delimiter: %1")
                  .arg(*delimiter == u'\t' ? QStringLiteral("tab") : QString(*delimiter));
    if (reader.value()->isWorkbook())
        text += u'\n'
            + ContactCommandsText::tr("Sheets: %1")
                  .arg(reader.value()->sheetNames().join(QStringLiteral(", ")));
    text += u'\n' + lines.join(u'\n');
    return context.succeed(
        {{QStringLiteral("encoding"), reader.value()->encodingName()},
         {QStringLiteral("delimiter"), delimiterJson(*reader.value())},
         {QStringLiteral("sheets"), QJsonArray::fromStringList(reader.value()->sheetNames())},
         {QStringLiteral("rows"), jsonRows}},
        text);
}

int import(CliContext& context, const QCommandLineParser& parser)
{
    const Result<SpreadsheetOptions> options = readerOptions(parser);
    if (!options)
        return context.usageError(options.error().message);
    const Result<QString> region = regionOption(parser);
    if (!region)
        return context.usageError(region.error().message);
    ImportOptions importOptions;
    importOptions.region = region.value();
    importOptions.groupName = parser.value(QStringLiteral("group"));
    for (const QString& raw : parser.values(QStringLiteral("also-region"))) {
        const QString other = raw.trimmed().toUpper();
        if (!Regions::markets().contains(other))
            return context.usageError(
                ContactCommandsText::tr("--also-region takes one of %1, not \"%2\".")
                    .arg(Regions::markets().join(QStringLiteral(", ")), raw));
        importOptions.otherRegions.append(other);
    }
    const QString onExisting = parser.value(QStringLiteral("on-existing"));
    if (onExisting == QLatin1String("update"))
        importOptions.onExisting = ImportOptions::OnExisting::Update;
    else if (!onExisting.isEmpty() && onExisting != QLatin1String("skip"))
        return context.usageError(
            ContactCommandsText::tr("--on-existing takes skip or update, not \"%1\".")
                .arg(onExisting));

    const QString path = parser.positionalArguments().value(0);
    Result<std::unique_ptr<SpreadsheetReader>> reader
        = SpreadsheetReader::open(path, options.value());
    if (!reader)
        return context.fail(reader.error());
    const bool hasHeader = !parser.isSet(QStringLiteral("no-header"));
    const Result<QList<SheetRow>> sample = reader.value()->firstRows(kMappingSampleRows + 1);
    if (!sample)
        return context.fail(sample.error());
    if (sample.value().isEmpty())
        return context.fail({QStringLiteral("empty_file"),
                             ContactCommandsText::tr("%1 has no rows to import.")
                                 .arg(QDir::toNativeSeparators(path)),
                             {}});
    QStringList header;
    QList<QStringList> sampleRows;
    for (const SheetRow& row : sample.value())
        sampleRows.append(row.cells);
    if (hasHeader && !sampleRows.isEmpty())
        header = sampleRows.takeFirst();
    importOptions.mapping = ImportMapping::guess(header, hasHeader, sampleRows, region.value());
    for (const QString& assignment : parser.values(QStringLiteral("map"))) {
        if (Result<void> applied = importOptions.mapping.apply(assignment, header); !applied)
            return applied.error().code == QLatin1String("usage")
                ? context.usageError(applied.error().message)
                : context.fail(applied.error());
    }

    Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    ContactImport job(importOptions);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const QString rejectsPath = parser.value(QStringLiteral("rejects"));
    // The rejects' file is opened first, so a bad path fails before anything is written.
    CsvWriter rejects;
    if (!rejectsPath.isEmpty()) {
        if (Result<void> opened = rejects.open(rejectsPath); !opened)
            return context.fail(opened.error());
    }
    // Nothing to look at between checking and writing here: both in one pass.
    Result<ImportReport> report = dryRun ? job.validate(*database.value(), *reader.value())
                                         : job.run(*database.value(), *reader.value());
    if (!report)
        return context.fail(report.error());
    if (!rejectsPath.isEmpty()) {
        if (Result<void> written = ContactImport::writeRejects(report.value(), rejects); !written) {
            if (dryRun)
                return context.fail(written.error());
            // Saved all the same: say so, or a script would import the file again.
            Error error = written.error();
            error.message
                = ContactCommandsText::tr("The contacts were imported, but the rejected rows "
                                          "could not be saved: %1")
                      .arg(error.message);
            return context.fail(error);
        }
    }

    const ImportCounts& counts = report.value().counts;
    const QLocale locale;
    QString text = (dryRun ? ContactCommandsText::tr("Checked %1 rows (nothing written): %2 new, "
                                                     "%3 to update, %4 already there, %5 "
                                                     "duplicates, %6 invalid.")
                           : ContactCommandsText::tr("Read %1 rows: %2 imported, %3 updated, %4 "
                                                     "already there, %5 duplicates, %6 invalid."))
                       .arg(locale.toString(counts.rows), locale.toString(counts.imported),
                            locale.toString(counts.updated), locale.toString(counts.existing),
                            locale.toString(counts.duplicates), locale.toString(counts.invalid));
    QJsonObject otherCountries;
    const QHash<QString, qint64>& others = report.value().otherCountries;
    for (auto it = others.cbegin(); it != others.cend(); ++it) {
        otherCountries.insert(it.key(), it.value());
        if (!importOptions.otherRegions.contains(it.key()))
            text += u'\n'
                + ContactCommandsText::tr("%Ln rejected number(s) are mobile numbers of %1 "
                                          "written its way: add --also-region %2 to import them "
                                          "as numbers of %1.",
                                          nullptr, int(it.value()))
                      .arg(Regions::name(it.key()), it.key());
    }
    const QList<RejectedRow>& rejected = report.value().rejected;
    for (qsizetype i = 0; i < std::min<qsizetype>(rejected.size(), 10); ++i)
        text += u'\n'
            + ContactCommandsText::tr("  line %1: %2")
                  .arg(rejected.at(i).rowNumber)
                  .arg(rejected.at(i).reason);
    if (rejected.size() > 10 && !parser.isSet(QStringLiteral("rejects")))
        text += u'\n'
            + ContactCommandsText::tr("  … use --rejects FILE.csv to save every rejected row.");
    return context.succeed({{QStringLiteral("rows"), counts.rows},
                            {QStringLiteral("imported"), counts.imported},
                            {QStringLiteral("updated"), counts.updated},
                            {QStringLiteral("existing"), counts.existing},
                            {QStringLiteral("duplicates"), counts.duplicates},
                            {QStringLiteral("invalid"), counts.invalid},
                            {QStringLiteral("warnings"), counts.warnings},
                            {QStringLiteral("encoding"), reader.value()->encodingName()},
                            {QStringLiteral("delimiter"), delimiterJson(*reader.value())},
                            {QStringLiteral("other_countries"), otherCountries}},
                           text);
}

QJsonObject contactJson(const Contact& contact)
{
    QJsonObject fields;
    for (auto it = contact.fields.cbegin(); it != contact.fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    return {{QStringLiteral("id"), contact.id},
            {QStringLiteral("phone"), contact.phone},
            {QStringLiteral("first_name"), contact.firstName},
            {QStringLiteral("last_name"), contact.lastName},
            {QStringLiteral("email"), contact.email},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("groups"), QJsonArray::fromStringList(contact.groups)},
            {QStringLiteral("opted_out"), contact.optedOut}};
}

Result<qint64> groupIdOption(const Database& database, const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("group")))
        return qint64(0);
    const Result<GroupSummary> group
        = GroupStore(database).find(parser.value(QStringLiteral("group")));
    if (!group)
        return group.error();
    return group.value().id;
}

Result<qint64> numberOption(const QCommandLineParser& parser, const QString& name, qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < 0)
        return usage(ContactCommandsText::tr("--%1 needs a whole number of 0 or more.").arg(name));
    return value;
}

int contactsList(CliContext& context, Database& database, const QCommandLineParser& parser)
{
    const Result<qint64> groupId = groupIdOption(database, parser);
    if (!groupId)
        return context.fail(groupId.error());
    const Result<qint64> limit = numberOption(parser, QStringLiteral("limit"), -1);
    const Result<qint64> offset = numberOption(parser, QStringLiteral("offset"), 0);
    if (!limit || !offset)
        return context.usageError((!limit ? limit.error() : offset.error()).message);
    ContactQuery query;
    query.groupId = groupId.value();
    query.search = parser.value(QStringLiteral("search"));
    const Result<QString> region = regionOption(parser);
    if (!region)
        return context.usageError(region.error().message);
    query.region = region.value();
    const ContactStore store(database);
    const Result<qint64> total = store.count(query);
    if (!total)
        return context.fail(total.error());
    const Result<QList<Contact>> contacts
        = store.list(query, int(std::min<qint64>(limit.value(), INT_MAX)), offset.value());
    if (!contacts)
        return context.fail(contacts.error());
    QJsonArray list;
    QStringList lines;
    for (const Contact& contact : contacts.value()) {
        list.append(contactJson(contact));
        lines.append(contact.phone + QStringLiteral("  ")
                     + QStringList {contact.firstName, contact.lastName}.join(u' ').trimmed()
                     + (contact.optedOut ? ContactCommandsText::tr("  (opted out)") : QString()));
    }
    lines.append(
        ContactCommandsText::tr("%1 of %2 contacts.")
            .arg(QLocale().toString(contacts.value().size()), QLocale().toString(total.value())));
    return context.succeed(
        {{QStringLiteral("total"), total.value()}, {QStringLiteral("contacts"), list}},
        lines.join(u'\n'));
}

int contactsAdd(CliContext& context, Database& database, const QCommandLineParser& parser,
                const QString& phoneText)
{
    const Result<QString> region = regionOption(parser);
    if (!region)
        return context.usageError(region.error().message);
    const Result<QString> phone = PhoneNumber::normalize(phoneText, region.value());
    if (!phone)
        return context.fail(phone.error());
    Contact contact;
    contact.phone = phone.value();
    contact.firstName = parser.value(QStringLiteral("first-name"));
    contact.lastName = parser.value(QStringLiteral("last-name"));
    contact.email = parser.value(QStringLiteral("email"));
    for (const QString& assignment : parser.values(QStringLiteral("field"))) {
        const qsizetype equals = assignment.indexOf(u'=');
        const QString key = ContactStore::fieldKey(assignment.left(equals));
        if (equals <= 0 || key.isEmpty())
            return context.usageError(
                ContactCommandsText::tr("\"%1\" is not KEY=VALUE (for example balance=1200).")
                    .arg(assignment));
        contact.fields.insert(key, assignment.mid(equals + 1));
    }
    // The contact first: a refused number creates no group.
    const Result<Contact> added = ContactStore(database).add(contact);
    if (!added)
        return context.fail(added.error());
    if (parser.isSet(QStringLiteral("group"))) {
        GroupStore groups(database);
        const Result<GroupSummary> group
            = groups.findOrCreate(parser.value(QStringLiteral("group")));
        if (!group)
            return context.fail(group.error());
        if (Result<int> joined = groups.addMembers(group.value().id, {added.value().id}); !joined)
            return context.fail(joined.error());
    }
    return context.succeed(
        {{QStringLiteral("id"), added.value().id}, {QStringLiteral("phone"), added.value().phone}},
        ContactCommandsText::tr("Added %1.").arg(added.value().phone));
}

int contacts(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const bool known = (action == QLatin1String("list") && arguments.size() == 1)
        || ((action == QLatin1String("add") || action == QLatin1String("remove")
             || action == QLatin1String("export"))
            && arguments.size() == 2);
    if (!known)
        return context.usageError(ContactCommandsText::tr(
            "Use: contacts list | contacts add PHONE | contacts remove PHONE | contacts export "
            "FILE."));
    Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    Database& db = *database.value();

    if (action == QLatin1String("list"))
        return contactsList(context, db, parser);
    if (action == QLatin1String("add"))
        return contactsAdd(context, db, parser, arguments.at(1));
    if (action == QLatin1String("remove")) {
        const Result<QString> region = regionOption(parser);
        if (!region)
            return context.usageError(region.error().message);
        Result<QString> phone = PhoneNumber::normalize(arguments.at(1), region.value());
        if (!phone)
            phone = PhoneNumber::forced(arguments.at(1), region.value());
        if (!phone)
            return context.fail(phone.error());
        const Result<Contact> found = ContactStore(db).findByPhone(phone.value());
        if (!found)
            return context.fail(found.error());
        if (Result<int> removed = ContactStore(db).remove({found.value().id}); !removed)
            return context.fail(removed.error());
        return context.succeed({{QStringLiteral("removed"), phone.value()}},
                               ContactCommandsText::tr("Removed %1.").arg(phone.value()));
    }
    const Result<qint64> groupId = groupIdOption(db, parser);
    if (!groupId)
        return context.fail(groupId.error());
    ContactQuery query;
    query.groupId = groupId.value();
    const QString path = arguments.at(1);
    const Result<qint64> written = ContactExport::write(db, query, path);
    if (!written)
        return context.fail(written.error());
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return context.succeed(
        {{QStringLiteral("exported"), written.value()}, {QStringLiteral("file"), absolute}},
        ContactCommandsText::tr("Exported %1 contacts to %2.")
            .arg(QLocale().toString(written.value()), QDir::toNativeSeparators(absolute)));
}

QJsonObject groupJson(const GroupSummary& group)
{
    return {{QStringLiteral("id"), group.id},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("members"), group.members}};
}

int groups(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const bool known = (action == QLatin1String("list") && arguments.size() == 1)
        || ((action == QLatin1String("create") || action == QLatin1String("delete"))
            && arguments.size() == 2)
        || (action == QLatin1String("rename") && arguments.size() == 3);
    if (!known)
        return context.usageError(ContactCommandsText::tr(
            "Use: groups list | groups create NAME | groups rename OLD NEW | groups delete NAME."));
    Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    GroupStore store(*database.value());

    if (action == QLatin1String("list")) {
        const Result<QList<GroupSummary>> all = store.list();
        if (!all)
            return context.fail(all.error());
        QJsonArray list;
        QStringList lines;
        for (const GroupSummary& group : all.value()) {
            list.append(groupJson(group));
            lines.append(ContactCommandsText::tr("%1 (%Ln members)", nullptr, group.members)
                             .arg(group.name));
        }
        return context.succeed({{QStringLiteral("groups"), list}},
                               lines.isEmpty() ? ContactCommandsText::tr("No groups yet.")
                                               : lines.join(u'\n'));
    }
    if (action == QLatin1String("create")) {
        const Result<GroupSummary> created = store.create(arguments.at(1));
        if (!created)
            return context.fail(created.error());
        return context.succeed(
            groupJson(created.value()),
            ContactCommandsText::tr("Created the group \"%1\".").arg(created.value().name));
    }
    const Result<GroupSummary> found = store.find(arguments.at(1));
    if (!found)
        return context.fail(found.error());
    if (action == QLatin1String("rename")) {
        if (Result<void> renamed = store.rename(found.value().id, arguments.at(2)); !renamed)
            return context.fail(renamed.error());
        GroupSummary group = found.value();
        group.name = arguments.at(2).trimmed();
        return context.succeed(groupJson(group),
                               ContactCommandsText::tr("Renamed \"%1\" to \"%2\".")
                                   .arg(found.value().name, group.name));
    }
    if (Result<void> removed = store.remove(found.value().id); !removed)
        return context.fail(removed.error());
    return context.succeed(
        {{QStringLiteral("deleted"), found.value().name}},
        ContactCommandsText::tr("Deleted the group \"%1\"; its contacts are kept.")
            .arg(found.value().name));
}

int optOut(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const bool known = (action == QLatin1String("list") && arguments.size() == 1)
        || ((action == QLatin1String("add") || action == QLatin1String("remove")
             || action == QLatin1String("import"))
            && arguments.size() == 2);
    if (!known)
        return context.usageError(ContactCommandsText::tr(
            "Use: optout add PHONE | optout remove PHONE | optout list | optout import FILE."));
    const Result<QString> region = regionOption(parser);
    if (!region)
        return context.usageError(region.error().message);
    Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    SuppressionList list(*database.value());

    if (action == QLatin1String("list")) {
        const Result<QList<OptOut>> all = list.list({}, -1, 0);
        if (!all)
            return context.fail(all.error());
        QStringList numbers;
        for (const OptOut& optOut : all.value())
            numbers.append(optOut.phone);
        return context.succeed({{QStringLiteral("numbers"), QJsonArray::fromStringList(numbers)}},
                               numbers.isEmpty() ? ContactCommandsText::tr("No opted-out numbers.")
                                                 : numbers.join(u'\n'));
    }
    if (action == QLatin1String("import")) {
        Result<std::unique_ptr<SpreadsheetReader>> reader
            = SpreadsheetReader::open(arguments.at(1));
        if (!reader)
            return context.fail(reader.error());
        const Result<OptOutImportCounts> counts
            = OptOutImport::run(*database.value(), *reader.value(), region.value());
        if (!counts)
            return context.fail(counts.error());
        QJsonArray rejected;
        for (const OptOutRejectedRow& row : counts.value().rejected)
            rejected.append(QJsonObject {{QStringLiteral("line"), row.line},
                                         {QStringLiteral("cell"), row.cell},
                                         {QStringLiteral("why"), row.why}});
        return context.succeed({{QStringLiteral("rows"), counts.value().rows},
                                {QStringLiteral("added"), counts.value().added},
                                {QStringLiteral("already_listed"), counts.value().alreadyListed},
                                {QStringLiteral("invalid"), counts.value().invalid},
                                {QStringLiteral("reason_column"), counts.value().reasonColumn},
                                {QStringLiteral("rejected"), rejected}},
                               ContactCommandsText::tr("Read %1 rows: %2 numbers added, %3 "
                                                       "already listed, %4 invalid.")
                                   .arg(counts.value().rows)
                                   .arg(counts.value().added)
                                   .arg(counts.value().alreadyListed)
                                   .arg(counts.value().invalid));
    }
    Result<QString> phone = PhoneNumber::normalize(arguments.at(1), region.value());
    if (!phone && action == QLatin1String("remove"))
        phone = PhoneNumber::forced(arguments.at(1), region.value());
    if (!phone)
        return context.fail(phone.error());
    if (action == QLatin1String("add")) {
        const Result<int> added = list.add({phone.value()}, QStringLiteral("manual"));
        if (!added)
            return context.fail(added.error());
        return context.succeed(
            {{QStringLiteral("phone"), phone.value()},
             {QStringLiteral("added"), added.value() > 0}},
            added.value() > 0
                ? ContactCommandsText::tr("%1 will receive no campaigns.").arg(phone.value())
                : ContactCommandsText::tr("%1 was already opted out.").arg(phone.value()));
    }
    const Result<int> removed = list.remove({phone.value()});
    if (!removed)
        return context.fail(removed.error());
    if (removed.value() == 0)
        return context.fail(
            {QStringLiteral("not_opted_out"),
             ContactCommandsText::tr("%1 is not on the opt-out list.").arg(phone.value()),
             {}});
    return context.succeed(
        {{QStringLiteral("phone"), phone.value()}, {QStringLiteral("removed"), true}},
        ContactCommandsText::tr("%1 may receive campaigns again.").arg(phone.value()));
}

} // namespace

QList<CliCommand> contactCommands()
{
    return {
        {QStringLiteral("import"),
         ContactCommandsText::tr("Import contacts from a CSV, TSV or .xlsx file."),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(QStringLiteral("FILE"),
                                          ContactCommandsText::tr("The spreadsheet to import."));
             parser.addOption({QStringLiteral("group"),
                               ContactCommandsText::tr("Put every contact of the file in this "
                                                       "group (created if needed)."),
                               QStringLiteral("NAME")});
             parser.addOption({QStringLiteral("region"),
                               ContactCommandsText::tr("Region of national numbers, e.g. KE or "
                                                       "GH (default: the settings')."),
                               QStringLiteral("CC")});
             parser.addOption({QStringLiteral("also-region"),
                               ContactCommandsText::tr("Numbers --region refuses that are mobile "
                                                       "numbers of this market written its way "
                                                       "(024 123 4567 for GH) are imported as "
                                                       "its numbers. Repeatable."),
                               QStringLiteral("CC")});
             parser.addOption({QStringLiteral("map"),
                               ContactCommandsText::tr("Map a column: FIELD=COLUMN, FIELD one of "
                                                       "phone, first_name, last_name, name, "
                                                       "email, group or a custom field; COLUMN a "
                                                       "header or a 1-based number. Repeatable."),
                               QStringLiteral("FIELD=COLUMN")});
             parser.addOption({QStringLiteral("no-header"),
                               ContactCommandsText::tr("The first row is data, not a header.")});
             addReaderOptions(parser);
             parser.addOption({QStringLiteral("on-existing"),
                               ContactCommandsText::tr("Numbers already saved: skip (default) or "
                                                       "update."),
                               QStringLiteral("skip|update")});
             parser.addOption({QStringLiteral("rejects"),
                               ContactCommandsText::tr("Save the rejected rows, with the reason, "
                                                       "to this CSV file."),
                               QStringLiteral("OUT.csv")});
             parser.addOption(
                 {QStringLiteral("dry-run"),
                  ContactCommandsText::tr("Check the file and count; write nothing.")});
         },
         import, 1, 1},
        {QStringLiteral("preview"),
         ContactCommandsText::tr("Show a spreadsheet's first rows exactly as Tuma reads them."),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(QStringLiteral("FILE"),
                                          ContactCommandsText::tr("The spreadsheet to read."));
             parser.addOption({QStringLiteral("limit"),
                               ContactCommandsText::tr("At most N rows, header included "
                                                       "(default 20)."),
                               QStringLiteral("N")});
             addReaderOptions(parser);
         },
         preview, 1, 1},
        {QStringLiteral("contacts"),
         ContactCommandsText::tr("List, add, remove and export contacts."),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(
                 QStringLiteral("ACTION"), ContactCommandsText::tr("list, add, remove or export."),
                 QStringLiteral("list | add PHONE | remove PHONE | export FILE"));
             parser.addOption({QStringLiteral("group"),
                               ContactCommandsText::tr("list, export: only this group; add: also "
                                                       "add to this group."),
                               QStringLiteral("G")});
             parser.addOption({QStringLiteral("search"),
                               ContactCommandsText::tr("list: names or numbers starting so."),
                               QStringLiteral("S")});
             parser.addOption({QStringLiteral("limit"),
                               ContactCommandsText::tr("list: at most N contacts."),
                               QStringLiteral("N")});
             parser.addOption({QStringLiteral("offset"),
                               ContactCommandsText::tr("list: skip the first N."),
                               QStringLiteral("N")});
             parser.addOption({QStringLiteral("first-name"),
                               ContactCommandsText::tr("add: first name."), QStringLiteral("X")});
             parser.addOption({QStringLiteral("last-name"),
                               ContactCommandsText::tr("add: last name."), QStringLiteral("X")});
             parser.addOption({QStringLiteral("email"),
                               ContactCommandsText::tr("add: email address."),
                               QStringLiteral("X")});
             parser.addOption(
                 {QStringLiteral("field"),
                  ContactCommandsText::tr("add: a custom field, KEY=VALUE. Repeatable."),
                  QStringLiteral("K=V")});
             parser.addOption({QStringLiteral("region"),
                               ContactCommandsText::tr("Region of a national PHONE (default: the "
                                                       "settings')."),
                               QStringLiteral("CC")});
         },
         contacts, 1, 2},
        {QStringLiteral("groups"),
         ContactCommandsText::tr("List, create, rename and delete groups."),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(
                 QStringLiteral("ACTION"),
                 ContactCommandsText::tr("list, create, rename or delete."),
                 QStringLiteral("list | create NAME | rename OLD NEW | delete NAME"));
         },
         groups, 1, 3},
        {QStringLiteral("optout"),
         ContactCommandsText::tr("Numbers that must never receive a campaign."),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(
                 QStringLiteral("ACTION"), ContactCommandsText::tr("add, remove, list or import."),
                 QStringLiteral("add PHONE | remove PHONE | list | import FILE"));
             parser.addOption({QStringLiteral("region"),
                               ContactCommandsText::tr("Region of national numbers (default: the "
                                                       "settings')."),
                               QStringLiteral("CC")});
         },
         optOut, 1, 2},
    };
}

} // namespace tuma::cli
