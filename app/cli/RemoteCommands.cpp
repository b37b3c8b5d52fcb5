// SPDX-License-Identifier: GPL-3.0-or-later
// The provider's own data (docs/CLI.md): its groups and their members (a Tuma group pushed
// there, one pulled into Tuma), its templates, its record of credit, and a message's
// per-recipient report. The rules live in the adapters and in app/accounts (RemoteSync,
// RemoteTemplates), which the Accounts page uses too.
#include "AccountAccess.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "accounts/ProviderSession.h"
#include "accounts/RemoteSync.h"
#include "accounts/RemoteTemplates.h"
#include "core/Regions.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/TemplateStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace tuma::cli {

namespace {

struct RemoteCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(RemoteCommands)
};

// Provider groups listed a page at a time: the providers hand over all of them at once.
constexpr int groupsPerPage = 100;

QString providerName(const Account& account)
{
    const std::optional<ProviderKind> kind = providerFromName(account.provider);
    return kind ? providerDisplayName(*kind) : account.provider;
}

// A page number option: 1 when absent; nullopt when it is not a number from 1.
std::optional<int> pageOption(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("page")))
        return 1;
    bool ok = false;
    const int page = parser.value(QStringLiteral("page")).toInt(&ok);
    return ok && page >= 1 ? std::optional<int>(page) : std::nullopt;
}

QJsonValue timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

int remoteGroups(CliContext& context, const QCommandLineParser& parser, const LoadedAccount& loaded)
{
    const std::optional<int> page = pageOption(parser);
    if (!page)
        return context.usageError(RemoteCommandsText::tr("--page takes a page number from 1."));
    const Account& account = loaded.account;
    if (!ProviderSession::capabilities(account).remoteGroups) {
        return failUnsupported(context,
                               RemoteCommandsText::tr("%1 keeps no contact groups Tuma "
                                                      "can list; QuickFlow and FlashSMS "
                                                      "do.")
                                   .arg(providerName(account)));
    }
    ProviderResult<QList<RemoteGroup>> groups = loaded.providers->wait<QList<RemoteGroup>>(
        account, [](ProviderAdapter& adapter, ProviderAdapter::Reply<QList<RemoteGroup>> done) {
            adapter.listGroups(done);
        });
    if (!groups)
        return failProvider(context, groups.error());
    const QString search = parser.value(QStringLiteral("search")).trimmed();
    QList<RemoteGroup> found;
    for (const RemoteGroup& group : groups.value()) {
        if (search.isEmpty() || group.name.contains(search, Qt::CaseInsensitive))
            found.append(group);
    }
    QJsonArray list;
    QStringList lines;
    for (const RemoteGroup& group :
         found.mid(qsizetype(*page - 1) * groupsPerPage, groupsPerPage)) {
        list.append(QJsonObject {
            {QStringLiteral("id"), group.id},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("members"),
             group.contactCount >= 0 ? QJsonValue(group.contactCount)
                                     : QJsonValue(QJsonValue::Null)},
        });
        lines.append(group.contactCount >= 0 ? RemoteCommandsText::tr("%1  %2 (%Ln member(s))",
                                                                      nullptr, group.contactCount)
                                                   .arg(group.id, group.name)
                                             : QStringLiteral("%1  %2").arg(group.id, group.name));
    }
    const int pages = std::max<int>(1, int((found.size() + groupsPerPage - 1) / groupsPerPage));
    if (lines.isEmpty())
        lines.append(RemoteCommandsText::tr("No groups."));
    lines.append(RemoteCommandsText::tr("Page %1 of %2.").arg(*page).arg(pages));
    return context.succeed({{QStringLiteral("groups"), list},
                            {QStringLiteral("page"), *page},
                            {QStringLiteral("pages"), pages},
                            {QStringLiteral("total"), int(found.size())}},
                           lines.join(u'\n'));
}

int remoteMembers(CliContext& context, const QCommandLineParser& parser,
                  const LoadedAccount& loaded, const QString& groupId)
{
    RemoteContactQuery query;
    query.groupId = groupId;
    const std::optional<int> page = pageOption(parser);
    if (!page)
        return context.usageError(RemoteCommandsText::tr("--page takes a page number from 1."));
    query.page = *page;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > 1000)
            return context.usageError(
                RemoteCommandsText::tr("--limit takes a number from 1 to 1000."));
    }
    const Account& account = loaded.account;
    if (!ProviderSession::capabilities(account).remoteContacts) {
        return failUnsupported(context,
                               RemoteCommandsText::tr("%1 does not let Tuma list the "
                                                      "contacts it keeps; QuickFlow and "
                                                      "FlashSMS do.")
                                   .arg(providerName(account)));
    }
    ProviderResult<RemoteContactPage> members = loaded.providers->wait<RemoteContactPage>(
        account, [query](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteContactPage> done) {
            adapter.listContacts(query, done);
        });
    if (!members)
        return failProvider(context, members.error());
    QJsonArray list;
    QStringList lines;
    for (const RemoteContact& contact : members.value().contacts) {
        const QString name = QStringList {contact.firstName, contact.lastName}.join(u' ').trimmed();
        list.append(QJsonObject {{QStringLiteral("id"), contact.id},
                                 {QStringLiteral("phone"), contact.phone},
                                 {QStringLiteral("name"), name}});
        lines.append(QStringLiteral("%1  %2  %3").arg(contact.id, contact.phone, name));
    }
    if (lines.isEmpty())
        lines.append(RemoteCommandsText::tr("No contacts on this page."));
    return context.succeed({{QStringLiteral("total"), members.value().total},
                            {QStringLiteral("page"), members.value().page},
                            {QStringLiteral("pages"), members.value().lastPage},
                            {QStringLiteral("contacts"), list}},
                           lines.join(u'\n'));
}

int remoteTemplates(CliContext& context, const LoadedAccount& loaded)
{
    const Account& account = loaded.account;
    ProviderResult<QList<RemoteTemplate>> templates = loaded.providers->wait<QList<RemoteTemplate>>(
        account, [](ProviderAdapter& adapter, ProviderAdapter::Reply<QList<RemoteTemplate>> done) {
            adapter.listTemplates(done);
        });
    if (!templates)
        return failProvider(context, templates.error());
    QJsonArray list;
    QStringList lines;
    for (const RemoteTemplate& templ : templates.value()) {
        list.append(QJsonObject {{QStringLiteral("id"), templ.id},
                                 {QStringLiteral("name"), templ.name},
                                 {QStringLiteral("text"), templ.content}});
        lines.append(QStringLiteral("%1: %2").arg(templ.name, templ.content));
    }
    if (lines.isEmpty())
        lines.append(RemoteCommandsText::tr("No templates."));
    return context.succeed({{QStringLiteral("templates"), list}}, lines.join(u'\n'));
}

int remoteTemplateUpload(CliContext& context, const LoadedAccount& loaded, const QString& name)
{
    const Account& account = loaded.account;
    const Result<StoredTemplate> stored = TemplateStore(*loaded.database).find(name);
    if (!stored)
        return context.fail(stored.error());
    std::optional<ProviderResult<RemoteTemplate>> answer;
    QEventLoop loop;
    RemoteTemplates::upload(*loaded.providers, account, &loop, stored.value().name,
                            stored.value().body, [&](ProviderResult<RemoteTemplate> result) {
                                answer.emplace(std::move(result));
                                loop.quit();
                            });
    if (!answer)
        loop.exec();
    if (!*answer)
        return failProvider(context, answer->error());
    return context.succeed({{QStringLiteral("id"), answer->value().id},
                            {QStringLiteral("name"), answer->value().name}},
                           RemoteCommandsText::tr("Sent the template \"%1\" to %2.")
                               .arg(answer->value().name, account.name));
}

// Runs a sync to its end; its summary sentence when it failed.
std::optional<QString> runSync(RemoteSync& sync, const std::function<void()>& start)
{
    std::optional<QString> failure;
    QEventLoop loop;
    QObject::connect(&sync, &RemoteSync::finished, &loop, [&](bool ok, const QString& summary) {
        if (!ok)
            failure = summary;
        loop.quit();
    });
    start();
    loop.exec();
    return failure;
}

int remotePush(CliContext& context, const QCommandLineParser& parser, const LoadedAccount& loaded)
{
    const QString groupName = parser.value(QStringLiteral("group")).trimmed();
    if (groupName.isEmpty())
        return context.usageError(RemoteCommandsText::tr("Give --group: the Tuma group to send."));
    const Account& account = loaded.account;
    const Capabilities capabilities = ProviderSession::capabilities(account);
    if (!capabilities.remoteContactImport && !capabilities.remoteContacts) {
        return failUnsupported(context,
                               RemoteCommandsText::tr("%1 keeps no contacts; "
                                                      "QuickFlow, QSMS and FlashSMS do.")
                                   .arg(providerName(account)));
    }
    const Result<GroupSummary> group = GroupStore(*loaded.database).find(groupName);
    if (!group)
        return context.fail(group.error());
    RemoteSync sync(*loaded.database, *loaded.providers, account);
    const std::optional<QString> failure = runSync(
        sync, [&] { sync.pushGroup(group.value().id, parser.value(QStringLiteral("name"))); });
    if (failure)
        return context.fail({QStringLiteral("push_failed"), *failure, {}});
    const RemoteSync::PushSummary& pushed = sync.pushSummary();
    return context.succeed({{QStringLiteral("id"), pushed.remoteGroupId},
                            {QStringLiteral("name"), pushed.remoteName},
                            {QStringLiteral("members"), pushed.members},
                            {QStringLiteral("added"), pushed.added},
                            {QStringLiteral("removed"), pushed.removed},
                            {QStringLiteral("opted_out_skipped"), pushed.optedOutSkipped},
                            {QStringLiteral("not_removed"), pushed.notRemoved}},
                           RemoteCommandsText::tr("Sent %1 to %2 as \"%3\": %4 added, %5 taken "
                                                  "out, %6 opted out left out, %7 that %2 "
                                                  "cannot take out.")
                               .arg(group.value().name, account.name, pushed.remoteName)
                               .arg(pushed.added)
                               .arg(pushed.removed)
                               .arg(pushed.optedOutSkipped)
                               .arg(pushed.notRemoved));
}

int remotePull(CliContext& context, const QCommandLineParser& parser, LoadedAccount loaded,
               const QString& remoteId)
{
    const QString into = parser.value(QStringLiteral("group")).trimmed();
    if (into.isEmpty()) {
        return context.usageError(
            RemoteCommandsText::tr("Give --group: the Tuma group the contacts go into."));
    }
    if (parser.isSet(QStringLiteral("region"))) {
        const QString region = parser.value(QStringLiteral("region")).trimmed().toUpper();
        if (!Regions::isSupported(region)) {
            return context.usageError(RemoteCommandsText::tr("\"%1\" is not a region Tuma "
                                                             "knows. Use a two-letter country "
                                                             "code such as KE or GH.")
                                          .arg(region));
        }
        loaded.account.region = region;
    }
    const Account& account = loaded.account;
    if (!ProviderSession::capabilities(account).remoteContacts) {
        return failUnsupported(context,
                               RemoteCommandsText::tr("%1 does not let Tuma list the "
                                                      "contacts it keeps; QuickFlow and "
                                                      "FlashSMS do.")
                                   .arg(providerName(account)));
    }
    RemoteGroup group;
    group.id = remoteId;
    group.name = into;
    RemoteSync sync(*loaded.database, *loaded.providers, account);
    const std::optional<QString> failure = runSync(sync, [&] { sync.pullGroup(group, into); });
    if (failure)
        return context.fail({QStringLiteral("pull_failed"), *failure, {}});
    const RemoteSync::PullSummary& pulled = sync.pullSummary();
    return context.succeed({{QStringLiteral("rows"), pulled.rows},
                            {QStringLiteral("imported"), pulled.imported},
                            {QStringLiteral("updated"), pulled.updated},
                            {QStringLiteral("existing"), pulled.existing},
                            {QStringLiteral("duplicates"), pulled.duplicates},
                            {QStringLiteral("invalid"), pulled.invalid},
                            {QStringLiteral("warnings"), 0},
                            {QStringLiteral("group"), pulled.groupName}},
                           RemoteCommandsText::tr("Brought %1 contacts into \"%2\": %3 new, %4 "
                                                  "updated, %5 already there, %6 twice, %7 "
                                                  "invalid.")
                               .arg(pulled.rows)
                               .arg(pulled.groupName)
                               .arg(pulled.imported)
                               .arg(pulled.updated)
                               .arg(pulled.existing)
                               .arg(pulled.duplicates)
                               .arg(pulled.invalid));
}

int remoteCommand(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    const QSet<QString> withAccount {QStringLiteral("groups"), QStringLiteral("templates"),
                                     QStringLiteral("push")};
    const QSet<QString> withTwo {QStringLiteral("members"), QStringLiteral("template-upload"),
                                 QStringLiteral("pull")};
    const int wanted = withAccount.contains(action) ? 2 : withTwo.contains(action) ? 3 : 0;
    if (wanted == 0) {
        return context.usageError(
            RemoteCommandsText::tr("Give an action: groups, members, push, pull, templates or "
                                   "template-upload."));
    }
    if (arguments.size() != wanted) {
        QString usage = RemoteCommandsText::tr("remote %1 takes an ACCOUNT.").arg(action);
        if (action == QLatin1String("members") || action == QLatin1String("pull"))
            usage
                = RemoteCommandsText::tr("remote %1 takes an ACCOUNT and a GROUP_ID.").arg(action);
        else if (action == QLatin1String("template-upload"))
            usage = RemoteCommandsText::tr("remote template-upload takes an ACCOUNT and the NAME "
                                           "of a Tuma template.");
        return context.usageError(usage);
    }
    Result<LoadedAccount> loaded = loadAccount(context, arguments.at(1));
    if (!loaded)
        return context.fail(loaded.error());
    if (action == QLatin1String("groups"))
        return remoteGroups(context, parser, loaded.value());
    if (action == QLatin1String("members"))
        return remoteMembers(context, parser, loaded.value(), arguments.at(2));
    if (action == QLatin1String("push"))
        return remotePush(context, parser, loaded.value());
    if (action == QLatin1String("pull"))
        return remotePull(context, parser, loaded.value(), arguments.at(2));
    const Account& account = loaded.value().account;
    if (!ProviderSession::capabilities(account).templates) {
        return failUnsupported(context,
                               RemoteCommandsText::tr("%1 keeps no message templates; "
                                                      "FlashSMS does.")
                                   .arg(providerName(account)));
    }
    if (action == QLatin1String("templates"))
        return remoteTemplates(context, loaded.value());
    return remoteTemplateUpload(context, loaded.value(), arguments.at(2));
}

int transactionsCommand(CliContext& context, const QCommandLineParser& parser)
{
    TransactionQuery query;
    const std::optional<int> page = pageOption(parser);
    if (!page)
        return context.usageError(RemoteCommandsText::tr("--page takes a page number from 1."));
    query.page = *page;
    query.type = parser.value(QStringLiteral("type")).trimmed().toUpper();
    const Result<DateRange> dates = readDateRange(parser);
    if (!dates)
        return context.usageError(dates.error().message);
    query.from = dates.value().from;
    query.to = dates.value().to;
    Result<LoadedAccount> loaded = loadAccount(context, parser.positionalArguments().value(0));
    if (!loaded)
        return context.fail(loaded.error());
    const Account& account = loaded.value().account;
    if (!ProviderSession::capabilities(account).transactions) {
        return failUnsupported(context,
                               RemoteCommandsText::tr("%1 gives no record of credit "
                                                      "bought and used; FlashSMS does.")
                                   .arg(providerName(account)));
    }
    ProviderResult<TransactionPage> result = loaded.value().providers->wait<TransactionPage>(
        account, [query](ProviderAdapter& adapter, ProviderAdapter::Reply<TransactionPage> done) {
            adapter.transactions(query, done);
        });
    if (!result)
        return failProvider(context, result.error());
    QJsonArray list;
    QStringList lines;
    for (const Transaction& transaction : result.value().transactions) {
        list.append(QJsonObject {
            {QStringLiteral("id"), transaction.id},
            {QStringLiteral("type"), transaction.type},
            {QStringLiteral("amount"), transaction.amount},
            {QStringLiteral("balance"), transaction.balance},
            {QStringLiteral("description"), transaction.description},
            {QStringLiteral("reference"), transaction.reference},
            {QStringLiteral("time"), timeJson(transaction.createdAt)},
        });
        lines.append(QStringLiteral("%1  %2  %3  %4")
                         .arg(transaction.createdAt.toLocalTime().toString(Qt::ISODate),
                              transaction.type, QString::number(transaction.amount),
                              transaction.description));
    }
    if (lines.isEmpty())
        lines.append(RemoteCommandsText::tr("No transactions on this page."));
    lines.append(RemoteCommandsText::tr("Page %1 of %2.")
                     .arg(result.value().page)
                     .arg(std::max(1, result.value().lastPage)));
    return context.succeed({{QStringLiteral("transactions"), list},
                            {QStringLiteral("page"), result.value().page},
                            {QStringLiteral("pages"), std::max(1, result.value().lastPage)}},
                           lines.join(u'\n'));
}

int reportCommand(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    Result<LoadedAccount> loaded = loadAccount(context, arguments.value(0));
    if (!loaded)
        return context.fail(loaded.error());
    const Account& account = loaded.value().account;
    if (!ProviderSession::capabilities(account).deliveryReportPerRecipient) {
        return failUnsupported(context,
                               RemoteCommandsText::tr("%1 gives no report per recipient "
                                                      "of a message; FlashSMS does. "
                                                      "`status` gives a message's "
                                                      "state.")
                                   .arg(providerName(account)));
    }
    const QString id = arguments.value(1);
    ProviderResult<DeliveryReport> report = loaded.value().providers->wait<DeliveryReport>(
        account, [id](ProviderAdapter& adapter, ProviderAdapter::Reply<DeliveryReport> done) {
            adapter.deliveryReport(id, done);
        });
    if (!report)
        return failProvider(context, report.error());
    QJsonArray recipients;
    QStringList lines;
    for (const MessageStatus& status : report.value().recipients) {
        recipients.append(QJsonObject {{QStringLiteral("phone"), status.phone},
                                       {QStringLiteral("state"), messageStateName(status.state)},
                                       {QStringLiteral("provider_status"), status.providerStatus}});
        lines.append(QStringLiteral("%1  %2  %3")
                         .arg(status.phone, messageStateName(status.state), status.providerStatus));
    }
    if (lines.isEmpty())
        lines.append(RemoteCommandsText::tr("The provider lists no recipients for %1.").arg(id));
    return context.succeed({{QStringLiteral("message_id"),
                             report.value().messageId.isEmpty() ? id : report.value().messageId},
                            {QStringLiteral("provider_status"), report.value().providerStatus},
                            {QStringLiteral("recipients"), recipients}},
                           lines.join(u'\n'));
}

void addAccountArgument(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACCOUNT"),
                                 RemoteCommandsText::tr("The account's name."));
}

} // namespace

QList<CliCommand> remoteCommands()
{
    return {
        {QStringLiteral("remote"),
         RemoteCommandsText::tr("The groups, members and templates a provider keeps: list "
                                "them, send a Tuma group or template there, bring a group "
                                "into Tuma."),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(
                 QStringLiteral("ACTION"),
                 RemoteCommandsText::tr("groups, members, push, pull, templates or "
                                        "template-upload."),
                 QStringLiteral("groups ACCOUNT | members ACCOUNT GROUP_ID | push ACCOUNT | "
                                "pull ACCOUNT GROUP_ID | templates ACCOUNT | template-upload "
                                "ACCOUNT NAME"));
             parser.addOption({QStringLiteral("group"),
                               RemoteCommandsText::tr("push: the Tuma group to send; pull: the "
                                                      "Tuma group the contacts go into."),
                               QStringLiteral("G")});
             parser.addOption({QStringLiteral("name"),
                               RemoteCommandsText::tr("push: the provider group's name for a new "
                                                      "one (default: the Tuma group's)."),
                               QStringLiteral("NAME")});
             parser.addOption({QStringLiteral("region"),
                               RemoteCommandsText::tr("pull: the region of national numbers "
                                                      "(default: the account's)."),
                               QStringLiteral("CC")});
             parser.addOption({QStringLiteral("search"),
                               RemoteCommandsText::tr("groups: only names containing this."),
                               QStringLiteral("S")});
             parser.addOption({QStringLiteral("page"),
                               RemoteCommandsText::tr("groups, members: page number (default 1)."),
                               QStringLiteral("N")});
             parser.addOption({QStringLiteral("limit"),
                               RemoteCommandsText::tr("members: contacts per page (default 50)."),
                               QStringLiteral("N")});
         },
         remoteCommand, 2, 3},
        {QStringLiteral("transactions"),
         RemoteCommandsText::tr("List the credit an account bought and used, as the provider "
                                "records it."),
         [](QCommandLineParser& parser) {
             addAccountArgument(parser);
             parser.addOption({QStringLiteral("type"),
                               RemoteCommandsText::tr("Only this type: PURCHASE, USAGE, REFUND, "
                                                      "BONUS or ADJUSTMENT."),
                               QStringLiteral("T")});
             addDateRangeOptions(parser);
             parser.addOption({QStringLiteral("page"),
                               RemoteCommandsText::tr("Page number (default 1)."),
                               QStringLiteral("N")});
         },
         transactionsCommand, 1, 1},
        {QStringLiteral("report"),
         RemoteCommandsText::tr("Ask the provider for a message's state per recipient."),
         [](QCommandLineParser& parser) {
             addAccountArgument(parser);
             parser.addPositionalArgument(
                 QStringLiteral("MESSAGE_ID"),
                 RemoteCommandsText::tr("The id the provider gave the message."));
         },
         reportCommand, 2, 2},
    };
}

} // namespace tuma::cli
