// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"
#include "CliContext.h"
#include "accounts/ProviderSession.h"
#include "core/CostEstimator.h"
#include "core/PhoneNumber.h"
#include "core/SmsText.h"
#include "core/Template.h"
#include "settings/AppSettings.h"
#include "storage/AccountStore.h"
#include "storage/AudienceReader.h"
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

void addAudienceOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("template"),
                      MessageCommandsText::tr("The message, with <<field>> placeholders."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("group"),
                      MessageCommandsText::tr("Send to the members of group G (repeatable)."),
                      QStringLiteral("G")});
    parser.addOption({QStringLiteral("to"),
                      MessageCommandsText::tr("Send to these numbers, separated by commas."),
                      QStringLiteral("PHONE[,PHONE...]")});
    parser.addOption({QStringLiteral("region"),
                      MessageCommandsText::tr(
                          "Country whose national numbers --to reads (default: the setting, KE)."),
                      QStringLiteral("CC")});
}

// What render and estimate share: the template, checked, and who it goes to.
struct Plan
{
    Template message;
    Audience audience;
};

Result<Plan> planFrom(CliContext& context, const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("template")))
        return Error {
            QStringLiteral("usage"), MessageCommandsText::tr("--template TEXT is required."), {}};
    const QStringList groups = parser.values(QStringLiteral("group"));
    const QString to = parser.value(QStringLiteral("to"));
    if (groups.isEmpty() && to.isEmpty())
        return Error {QStringLiteral("usage"),
                      MessageCommandsText::tr("Name the audience with --group G or --to PHONE."),
                      {}};
    const QString region = parser.isSet(QStringLiteral("region"))
        ? parser.value(QStringLiteral("region")).toUpper()
        : AppSettings().region();
    QStringList phones;
    for (const QString& raw : to.split(u',', Qt::SkipEmptyParts)) {
        const Result<QString> phone = PhoneNumber::normalize(raw, region);
        if (!phone)
            return Error {QStringLiteral("invalid_phone"), phone.error().message, {}};
        phones.append(phone.value());
    }

    Result<Database*> database = context.database();
    if (!database)
        return database.error();
    Result<Audience> audience = AudienceReader(*database.value()).read(groups, phones);
    if (!audience)
        return audience.error();
    Template message(parser.value(QStringLiteral("template")));
    const QList<TemplateError> errors = message.errors(audience.value().fieldNames);
    if (!errors.isEmpty())
        return Error {QStringLiteral("template_invalid"), errors.constFirst().message, {}};
    return Plan {std::move(message), std::move(audience).value()};
}

int failPlan(CliContext& context, const Error& error)
{
    return error.code == QLatin1String("usage") ? context.usageError(error.message)
                                                : context.fail(error);
}

// JSON lines: what each recipient receives.
int render(CliContext& context, const QCommandLineParser& parser)
{
    bool limitOk = true;
    const int limit = parser.isSet(QStringLiteral("limit"))
        ? parser.value(QStringLiteral("limit")).toInt(&limitOk)
        : -1;
    if (!limitOk || (parser.isSet(QStringLiteral("limit")) && limit < 0))
        return context.usageError(
            MessageCommandsText::tr("--limit takes a whole number of 0 or more."));
    const Result<Plan> plan = planFrom(context, parser);
    if (!plan)
        return failPlan(context, plan.error());
    const Template::Bound bound = plan.value().message.bind(plan.value().audience.fieldNames);
    QByteArray out;
    int written = 0;
    for (const Recipient& recipient : plan.value().audience.recipients) {
        if (limit >= 0 && written >= limit)
            break;
        const QString text = bound.render(recipient.values);
        const SmsCount count = SmsText::count(text);
        out += QJsonDocument(
                   QJsonObject {{QStringLiteral("phone"), recipient.phone},
                                {QStringLiteral("text"), text},
                                {QStringLiteral("encoding"), SmsText::encodingName(count.encoding)},
                                {QStringLiteral("segments"), count.segments}})
                   .toJson(QJsonDocument::Compact)
            + '\n';
        ++written;
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return Success;
}

int estimate(CliContext& context, const QCommandLineParser& parser)
{
    // The account's pricing, else the settings' default; --price-per-credit and --currency win.
    Pricing pricing = AppSettings().defaultPricing();
    std::optional<Account> account;
    if (parser.isSet(QStringLiteral("account"))) {
        Result<Database*> database = context.database();
        if (!database)
            return context.fail(database.error());
        Result<Account> found
            = AccountStore(*database.value()).find(parser.value(QStringLiteral("account")));
        if (!found)
            return context.fail(found.error());
        account = found.value();
        pricing = account->pricing;
    }
    if (parser.isSet(QStringLiteral("price-per-credit"))) {
        bool ok = false;
        pricing.pricePerCredit = parser.value(QStringLiteral("price-per-credit")).toDouble(&ok);
        if (!ok || pricing.pricePerCredit < 0)
            return context.usageError(
                MessageCommandsText::tr("--price-per-credit takes a number such as 0.40."));
    }
    if (parser.isSet(QStringLiteral("currency")))
        pricing.currency = parser.value(QStringLiteral("currency")).toUpper();
    const Result<Plan> plan = planFrom(context, parser);
    if (!plan)
        return failPlan(context, plan.error());
    const Template::Bound bound = plan.value().message.bind(plan.value().audience.fieldNames);
    CostEstimator estimator(pricing);
    for (const Recipient& recipient : plan.value().audience.recipients)
        estimator.add(SmsText::count(bound.render(recipient.values)));
    const CostEstimate result = estimator.result();

    // The balance, when the account's provider tells it: credits, or money in the
    // pricing's currency (QSMS reports KES).
    QJsonValue balance;
    QJsonValue canAfford;
    if (account && ProviderSession::capabilities(*account).balance) {
        Result<ProviderSession*> providers = context.providers();
        if (providers) {
            ProviderResult<Balance> asked = providers.value()->wait<Balance>(
                *account, [](ProviderAdapter& adapter, ProviderAdapter::Reply<Balance> done) {
                    adapter.balance(done);
                });
            if (asked) {
                const bool money
                    = asked.value().unit.compare(pricing.currency, Qt::CaseInsensitive) == 0;
                balance = asked.value().amount;
                canAfford = asked.value().amount >= (money ? result.cost : result.credits);
            } else {
                context.printError(MessageCommandsText::tr("The balance is unknown: %1")
                                       .arg(asked.error().message));
            }
        }
    }

    QJsonObject distribution;
    QStringList parts;
    for (auto it = result.distribution.cbegin(); it != result.distribution.cend(); ++it) {
        distribution.insert(QString::number(it.key()), it.value());
        parts.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    }
    const QJsonObject json {{QStringLiteral("recipients"), result.recipients},
                            {QStringLiteral("segments"), result.segments},
                            {QStringLiteral("credits"), result.credits},
                            {QStringLiteral("cost"), result.cost},
                            {QStringLiteral("currency"), result.currency},
                            {QStringLiteral("distribution"), distribution},
                            {QStringLiteral("balance"), balance},
                            {QStringLiteral("can_afford"), canAfford}};
    return context.succeed(json,
                           MessageCommandsText::tr("Recipients: %1. Parts: %2 (parts per message: "
                                                   "recipients, %3). Credits: %4. Cost: %5 %6.")
                               .arg(result.recipients)
                               .arg(result.segments)
                               .arg(parts.join(QStringLiteral(", ")))
                               .arg(result.credits)
                               .arg(result.currency)
                               .arg(result.cost, 0, 'f', 2));
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
        {QStringLiteral("render"),
         MessageCommandsText::tr(
             "Show what each recipient receives: JSON lines {phone, text, encoding, segments}."),
         [](QCommandLineParser& parser) {
             addAudienceOptions(parser);
             parser.addOption({QStringLiteral("limit"),
                               MessageCommandsText::tr("At most N recipients."),
                               QStringLiteral("N")});
         },
         render, 0, 0},
        {QStringLiteral("estimate"),
         MessageCommandsText::tr(
             "What a message to an audience costs: recipients, parts, credits and money."),
         [](QCommandLineParser& parser) {
             addAudienceOptions(parser);
             parser.addOption({QStringLiteral("account"),
                               MessageCommandsText::tr("Price parts as account A does."),
                               QStringLiteral("A")});
             parser.addOption(
                 {QStringLiteral("price-per-credit"),
                  MessageCommandsText::tr("Price of one credit (default: the settings' pricing)."),
                  QStringLiteral("X")});
             parser.addOption({QStringLiteral("currency"),
                               MessageCommandsText::tr("Currency of that price, e.g. KES."),
                               QStringLiteral("C")});
         },
         estimate, 0, 0},
    };
}

} // namespace tuma::cli
