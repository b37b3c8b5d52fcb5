// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"
#include "CliContext.h"
#include "core/SmsText.h"
#include "core/Template.h"
#include "storage/TemplateStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace tuma::cli {

namespace {

struct MessageCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(MessageCommands)
};

QJsonObject segmentsOf(const QByteArray& line)
{
    QJsonParseError parseError;
    if (line.trimmed().isEmpty())
        return {{QStringLiteral("error"),
                 MessageCommandsText::tr("Empty line: expected an object such as "
                                         "{\"message\":\"Hello\"}.")}};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{QStringLiteral("error"),
                 MessageCommandsText::tr("Not a JSON object: %1 at character %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset + 1)}};
    const QJsonValue message = document.object().value(QStringLiteral("message"));
    if (!document.isObject() || !message.isString())
        return {{QStringLiteral("error"),
                 MessageCommandsText::tr("Expected an object with a \"message\" string, such as "
                                         "{\"message\":\"Hello\"}.")}};

    const SmsAnalysis analysis = SmsText::analyze(message.toString());
    QJsonArray perSegment;
    for (const int units : analysis.unitsPerSegment)
        perSegment.append(units);
    return {{QStringLiteral("encoding"), SmsText::encodingName(analysis.count.encoding)},
            {QStringLiteral("segments"), analysis.count.segments},
            {QStringLiteral("units"), analysis.count.units},
            {QStringLiteral("perSegment"), perSegment}};
}

// A machine interface by nature: JSON lines in, one JSON line out per line in, in order.
int segments(CliContext&, const QCommandLineParser&)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return Failure;
    QByteArray out;
    // atEnd() is unreliable on a pipe; readLine() gives an empty array only at the end.
    for (QByteArray line = input.readLine(); !line.isEmpty(); line = input.readLine()) {
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        out += QJsonDocument(segmentsOf(line)).toJson(QJsonDocument::Compact);
        out += '\n';
        if (out.size() > 1 << 16) {
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            out.clear();
        }
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return Success;
}

QJsonValue isoTime(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject templateJson(const StoredTemplate& stored)
{
    QJsonArray fields;
    for (const QString& field : Template(stored.body).fieldNames())
        fields.append(field);
    return {{QStringLiteral("name"), stored.name},
            {QStringLiteral("body"), stored.body},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("created_at"), isoTime(stored.createdAt)},
            {QStringLiteral("updated_at"), isoTime(stored.updatedAt)},
            {QStringLiteral("last_used_at"), isoTime(stored.lastUsedAt)}};
}

int templateAdd(CliContext& context, TemplateStore& store, const QString& name, const QString& body)
{
    const Template parsed(body);
    const Result<QStringList> fields = store.availableFields();
    if (!fields)
        return context.fail(fields.error());
    const QList<TemplateError> errors = parsed.errors(fields.value());
    for (const TemplateError& error : errors) {
        if (error.kind != TemplateError::Kind::UnknownField)
            return context.fail({QStringLiteral("template_invalid"), error.message, {}});
    }
    // A field no contact has yet may come with the next import: saved, with a warning.
    for (const TemplateError& error : errors)
        context.printError(MessageCommandsText::tr("tuma-cli: warning: %1").arg(error.message));
    const Result<StoredTemplate> added = store.add(name, body);
    if (!added)
        return context.fail(added.error());
    return context.succeed(
        templateJson(added.value()),
        MessageCommandsText::tr("Saved the template \"%1\".").arg(added.value().name));
}

// template add NAME TEXT | list | show NAME | delete NAME
int templates(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const auto expect = [&](int count) { return arguments.size() == count; };
    if (!(action == QLatin1String("list") && expect(1))
        && !((action == QLatin1String("show") || action == QLatin1String("delete")) && expect(2))
        && !(action == QLatin1String("add") && expect(3)))
        return context.usageError(
            MessageCommandsText::tr("Use: template add NAME TEXT | template list | template show "
                                    "NAME | template delete NAME."));

    Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    TemplateStore store(*database.value());

    if (action == QLatin1String("add"))
        return templateAdd(context, store, arguments.at(1), arguments.at(2));
    if (action == QLatin1String("list")) {
        const Result<QList<StoredTemplate>> all = store.list();
        if (!all)
            return context.fail(all.error());
        QJsonArray list;
        QStringList lines;
        for (const StoredTemplate& stored : all.value()) {
            list.append(QJsonObject {{QStringLiteral("name"), stored.name},
                                     {QStringLiteral("body"), stored.body}});
            lines.append(stored.name + QStringLiteral(": ") + stored.body);
        }
        return context.succeed({{QStringLiteral("templates"), list}},
                               lines.isEmpty() ? MessageCommandsText::tr("No templates yet.")
                                               : lines.join(u'\n'));
    }
    if (action == QLatin1String("show")) {
        const Result<StoredTemplate> found = store.find(arguments.at(1));
        if (!found)
            return context.fail(found.error());
        return context.succeed(templateJson(found.value()), found.value().body);
    }
    const Result<StoredTemplate> found = store.find(arguments.at(1));
    if (!found)
        return context.fail(found.error());
    const Result<void> removed = store.remove(found.value().name);
    if (!removed)
        return context.fail(removed.error());
    return context.succeed(
        {{QStringLiteral("deleted"), found.value().name}},
        MessageCommandsText::tr("Deleted the template \"%1\".").arg(found.value().name));
}

} // namespace

QList<CliCommand> messageCommands()
{
    return {
        {QStringLiteral("segments"),
         MessageCommandsText::tr("Count encoding and parts of messages: JSON lines "
                                 "{\"message\":\"...\"} on standard input, one JSON line out "
                                 "for each."),
         [](QCommandLineParser&) {}, segments, 0, 0},
        {QStringLiteral("template"),
         MessageCommandsText::tr("Save, list, show and delete message templates."),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(
                 QStringLiteral("ACTION"), MessageCommandsText::tr("add, list, show or delete."),
                 QStringLiteral("add NAME TEXT | list | show NAME | delete NAME"));
         },
         templates, 1, 3},
    };
}

} // namespace tuma::cli
