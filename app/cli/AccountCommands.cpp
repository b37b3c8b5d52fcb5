// SPDX-License-Identifier: GPL-3.0-or-later
// One file because it is one command group (`tuma-cli account ...` and the provider commands
// of docs/CLI.md); the rules live in AccountService and the adapters.
#include "AccountAccess.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "accounts/AccountService.h"
#include "accounts/DeliveryReports.h"
#include "accounts/ProviderSession.h"
#include "accounts/TopUp.h"
#include "core/PhoneNumber.h"
#include "providers/ProviderRegistry.h"
#include "providers/ProxyAuth.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <optional>

namespace tuma::cli {

namespace {

struct AccountCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)
};

// M-Pesa's limits for one STK push, in KES.

QJsonObject accountJson(const Account& account)
{
    return {
        {QStringLiteral("name"), account.name},
        {QStringLiteral("provider"), account.provider},
        {QStringLiteral("base_url"), account.baseUrl.toString()},
        {QStringLiteral("secondary_base_url"), account.secondaryBaseUrl.toString()},
        {QStringLiteral("username"), account.username},
        {QStringLiteral("service_id"), account.serviceId},
        {QStringLiteral("senders"), QJsonArray::fromStringList(account.senderIds)},
        {QStringLiteral("default_sender"), account.senderOrDefault()},
        {QStringLiteral("region"), account.region},
        {QStringLiteral("sandbox"), account.sandbox},
        {QStringLiteral("credits_per_gsm_part"), account.pricing.creditsPerGsmPart},
        {QStringLiteral("credits_per_ucs2_part"), account.pricing.creditsPerUcs2Part},
        {QStringLiteral("price_per_credit"), account.pricing.pricePerCredit},
        {QStringLiteral("currency"), account.pricing.currency},
        {QStringLiteral("low_balance_threshold"), optionalNumber(account.lowBalanceThreshold)},
    };
}

QString accountText(const Account& account)
{
    QStringList lines {
        account.name,
        AccountCommandsText::tr("  provider: %1%2")
            .arg(account.provider,
                 account.sandbox ? AccountCommandsText::tr(" (sandbox)") : QString()),
        AccountCommandsText::tr("  address: %1")
            .arg(account.sandbox ? AccountCommandsText::tr("the built-in simulator")
                                 : account.baseUrl.toString())};
    if (!account.senderIds.isEmpty())
        lines.append(AccountCommandsText::tr("  sender IDs: %1")
                         .arg(account.senderIds.join(QStringLiteral(", "))));
    lines.append(AccountCommandsText::tr("  region: %1").arg(account.region));
    return lines.join(u'\n');
}

// Runs an asynchronous call to its answer, spinning an event loop meanwhile.
template<typename T, typename Call> Result<T> waitFor(Call call)
{
    std::optional<Result<T>> answer;
    QEventLoop loop;
    call([&](Result<T> result) {
        answer.emplace(std::move(result));
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return std::move(*answer);
}

// The secret as typed on standard input: one line, its line ending dropped.
QString readSecret()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray bytes = input.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    return QString::fromUtf8(bytes);
}

int accountAdd(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2)
        return context.usageError(AccountCommandsText::tr("account add takes one NAME."));
    Account account;
    account.name = arguments.at(1);
    account.provider = parser.value(QStringLiteral("provider")).toLower();
    const std::optional<ProviderKind> kind = providerFromName(account.provider);
    if (!kind) {
        return context.usageError(
            AccountCommandsText::tr("Give --provider: quickflow, qsms, 254sms or flashsms."));
    }
    account.sandbox = parser.isSet(QStringLiteral("sandbox"));
    account.baseUrl = parser.isSet(QStringLiteral("base-url"))
        ? QUrl(parser.value(QStringLiteral("base-url")))
        : (account.sandbox ? QUrl() : ProviderRegistry::defaultBaseUrl(*kind));
    if (parser.isSet(QStringLiteral("secondary-base-url")))
        account.secondaryBaseUrl = QUrl(parser.value(QStringLiteral("secondary-base-url")));
    account.username = parser.value(QStringLiteral("username"));
    account.serviceId = parser.value(QStringLiteral("service-id"));
    account.senderIds = parser.values(QStringLiteral("sender"));
    account.region = parser.isSet(QStringLiteral("region"))
        ? parser.value(QStringLiteral("region")).toUpper()
        : AppSettings().region();
    if (account.sandbox) {
        sandbox::prepareAccount(account);
        account.pricing = sandbox::pricing();
    } else if (account.baseUrl.isEmpty()) {
        return context.usageError(
            AccountCommandsText::tr("%1 has no fixed address: give --base-url, as shown on "
                                    "your provider's API page.")
                .arg(providerDisplayName(*kind)));
    }
    if (Result<void> valid = AccountStore::validate(account); !valid)
        return context.fail(valid.error(), UsageError);

    Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    AccountStore store(*database.value());
    if (store.find(account.name)) {
        return context.fail(
            {QStringLiteral("account_exists"),
             AccountCommandsText::tr("An account called \"%1\" already exists. Choose another "
                                     "name, or remove it first.")
                 .arg(account.name),
             {}});
    }

    QString secret;
    if (!account.sandbox) {
        secret = readSecret();
        if (secret.isEmpty()) {
            return context.usageError(
                AccountCommandsText::tr("Give the account's key on standard input, for "
                                        "example: tuma-cli account add NAME ... < key.txt"));
        }
        if (*kind == ProviderKind::QuickFlow
            && !ProviderRegistry::secretWellFormed(*kind, secret)) {
            return context.usageError(AccountCommandsText::tr(
                "QuickFlow needs the API key and the API secret as KEY:SECRET on standard "
                "input."));
        }
    }
    const Result<qint64> added = waitFor<qint64>([&](auto done) {
        AccountService(*database.value(), context.secrets(), nullptr)
            .save(account, secret, std::nullopt, done);
    });
    if (!added)
        return context.fail(added.error());
    const Account saved = store.findById(added.value()).value();
    return context.succeed(accountJson(saved),
                           AccountCommandsText::tr("Added the account %1.").arg(saved.name));
}

int accountList(CliContext& context)
{
    Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    Result<QList<Account>> accounts = AccountStore(*database.value()).list();
    if (!accounts)
        return context.fail(accounts.error());
    QJsonArray list;
    QStringList lines;
    for (const Account& account : accounts.value()) {
        list.append(accountJson(account));
        lines.append(accountText(account));
    }
    if (lines.isEmpty())
        lines.append(AccountCommandsText::tr(
            "No accounts yet. Add one with: tuma-cli account add NAME --provider P"));
    return context.succeed({{QStringLiteral("accounts"), list}}, lines.join(u'\n'));
}

int accountRemove(CliContext& context, const QString& name)
{
    Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    AccountStore store(*database.value());
    Result<Account> account = store.find(name);
    if (!account)
        return context.fail(account.error());
    std::optional<Result<void>> keyRemoved;
    QEventLoop keychain;
    const Result<void> removed = AccountService(*database.value(), context.secrets(), nullptr)
                                     .remove(account.value(), [&](Result<void> key) {
                                         keyRemoved = std::move(key);
                                         keychain.quit();
                                     });
    if (!removed)
        return context.fail(removed.error());
    if (!keyRemoved)
        keychain.exec();
    if (!keyRemoved->ok()) {
        context.printError(AccountCommandsText::tr("The account %1 is removed, but its key could "
                                                   "not be deleted from the keychain: %2")
                               .arg(account.value().name, keyRemoved->error().message));
    }
    return context.succeed(
        {{QStringLiteral("removed"), account.value().name}},
        AccountCommandsText::tr("Removed the account %1 and its key.").arg(account.value().name));
}

int balance(CliContext& context, const QString& name)
{
    Result<LoadedAccount> loaded = loadAccount(context, name);
    if (!loaded)
        return context.fail(loaded.error());
    ProviderResult<Balance> result = loaded.value().providers->wait<Balance>(
        loaded.value().account, [](ProviderAdapter& adapter, ProviderAdapter::Reply<Balance> done) {
            adapter.balance(done);
        });
    if (!result)
        return failProvider(context, result.error());
    const Balance& balance = result.value();
    QJsonObject document {{QStringLiteral("account"), loaded.value().account.name},
                          {QStringLiteral("balance"), balance.amount},
                          {QStringLiteral("unit"), balance.unit}};
    if (balance.smsRemaining)
        document.insert(QStringLiteral("sms_remaining"), *balance.smsRemaining);
    return context.succeed(document,
                           AccountCommandsText::tr("%1: %2 %3")
                               .arg(loaded.value().account.name,
                                    QLocale().toString(balance.amount, 'f', 2), balance.unit));
}

int accountCommand(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("add"))
        return accountAdd(context, parser);
    if (action == QLatin1String("list") && arguments.size() == 1)
        return accountList(context);
    if (arguments.size() != 2) {
        return context.usageError(AccountCommandsText::tr(
            "Write account add NAME, account list, account show NAME, account remove "
            "NAME or account test NAME."));
    }
    if (action == QLatin1String("show")) {
        Result<Database*> database = context.database();
        if (!database)
            return context.fail(database.error());
        Result<Account> account = AccountStore(*database.value()).find(arguments.at(1));
        if (!account)
            return context.fail(account.error());
        return context.succeed(accountJson(account.value()), accountText(account.value()));
    }
    if (action == QLatin1String("remove"))
        return accountRemove(context, arguments.at(1));
    if (action == QLatin1String("test"))
        return balance(context, arguments.at(1));
    return context.usageError(
        AccountCommandsText::tr("Unknown action \"%1\": use add, list, show, remove or test.")
            .arg(action));
}

// proxy login USER (the password on standard input) | proxy logout: the credentials for a
// proxy that asks for them, kept in the keychain only.
int proxyCommand(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("login") && arguments.size() == 2) {
        const QString user = arguments.at(1).trimmed();
        if (user.isEmpty())
            return context.usageError(AccountCommandsText::tr("Write proxy login USER."));
        const QString password = readSecret();
        if (password.isEmpty()) {
            return context.fail(Error {
                QStringLiteral("missing_secret"),
                AccountCommandsText::tr("No password on standard input. Type it after the "
                                        "command, or pipe it in: printf '%s' \"$PASSWORD\" | "
                                        "tuma-cli proxy login %1")
                    .arg(user),
                {}});
        }
        const ProxyCredentials credentials {user, password};
        if (Result<void> written = context.secrets().writeAndWait(ProxyAuth::keychainKey(),
                                                                  ProxyAuth::encode(credentials));
            !written)
            return context.fail(written.error());
        ProxyAuth::setCredentials(credentials);
        return context.succeed(
            {{QStringLiteral("proxy_user"), user}},
            AccountCommandsText::tr("Saved the proxy's user name %1 and its password in the "
                                    "keychain.")
                .arg(user));
    }
    if (action == QLatin1String("logout") && arguments.size() == 1) {
        if (Result<void> removed = context.secrets().removeAndWait(ProxyAuth::keychainKey());
            !removed)
            return context.fail(removed.error());
        ProxyAuth::setCredentials(std::nullopt);
        return context.succeed({{QStringLiteral("removed"), true}},
                               AccountCommandsText::tr("Removed the proxy's user name and "
                                                       "password from the keychain."));
    }
    return context.usageError(
        AccountCommandsText::tr("Write proxy login USER (the password on standard input) or "
                                "proxy logout."));
}

int balanceCommand(CliContext& context, const QCommandLineParser& parser)
{
    return balance(context, parser.positionalArguments().value(0));
}

int topUpCommand(CliContext& context, const QCommandLineParser& parser)
{
    bool ok = false;
    const double amount = parser.value(QStringLiteral("amount")).toDouble(&ok);
    if (!ok || !TopUpRules::amountProblem(amount).isEmpty() || amount != std::floor(amount)) {
        return context.usageError(
            AccountCommandsText::tr("Give --amount in whole KES, from %1 to %2.")
                .arg(TopUpRules::minimumKes)
                .arg(TopUpRules::maximumKes));
    }
    const Result<QString> mobile = TopUpRules::mpesaNumber(parser.value(QStringLiteral("mpesa")));
    if (!mobile) {
        return context.usageError(
            AccountCommandsText::tr("Give --mpesa: the Kenyan M-Pesa number that will "
                                    "approve the payment, such as 0712345678."));
    }
    int waitSeconds = 0;
    if (parser.isSet(QStringLiteral("wait"))) {
        waitSeconds = parser.value(QStringLiteral("wait")).toInt(&ok);
        if (!ok || waitSeconds < 0 || waitSeconds > 600)
            return context.usageError(
                AccountCommandsText::tr("--wait takes seconds, from 0 to 600."));
    }
    Result<LoadedAccount> loaded = loadAccount(context, parser.positionalArguments().value(0));
    if (!loaded)
        return context.fail(loaded.error());
    Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    ProviderSession& providers = *loaded.value().providers;
    const Account& account = loaded.value().account;
    if (!ProviderSession::capabilities(account).topUp) {
        return failUnsupported(
            context,
            AccountCommandsText::tr("%1 accounts cannot be topped up from Tuma. Buy "
                                    "credit on the provider's website or through its "
                                    "paybill.")
                .arg(account.provider));
    }

    // The window's watch, here for --wait seconds (or until the request is on the phone).
    TopUpWatch watch(*database.value(), providers, account);
    watch.setPollInterval(1000);
    watch.setWatchFor(waitSeconds * 1000);
    std::optional<ProviderError> failure;
    QString requestId;
    std::optional<Balance> after;
    QEventLoop loop;
    QObject::connect(&watch, &TopUpWatch::requested, &loop, [&](const TopUpReceipt& receipt) {
        requestId = receipt.requestId;
        context.printError(AccountCommandsText::tr("Approve the payment of KES %1 on the phone "
                                                   "%2.")
                               .arg(watch.amountKes())
                               .arg(watch.mobile()));
        if (waitSeconds == 0)
            loop.quit();
    });
    QObject::connect(&watch, &TopUpWatch::paid, &loop, [&](const Balance&, const Balance& now) {
        after = now;
        loop.quit();
    });
    QObject::connect(&watch, &TopUpWatch::failed, &loop, [&](const ProviderError& error) {
        failure = error;
        loop.quit();
    });
    QObject::connect(&watch, &TopUpWatch::unconfirmed, &loop, &QEventLoop::quit);
    watch.start(int(amount), mobile.value());
    loop.exec();
    if (failure)
        return failProvider(context, *failure);

    QString state = QStringLiteral("pending");
    if (after)
        state = QStringLiteral("completed");
    else if (waitSeconds > 0)
        state = QStringLiteral("timeout");
    const QJsonObject document {
        {QStringLiteral("account"), account.name},
        {QStringLiteral("request_id"),
         requestId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(requestId)},
        {QStringLiteral("state"), state},
        {QStringLiteral("balance_before"), watch.before().amount},
        {QStringLiteral("balance_after"),
         after ? QJsonValue(after->amount) : QJsonValue(QJsonValue::Null)},
    };
    QString text;
    if (after)
        text = AccountCommandsText::tr("Paid: the balance rose from %1 to %2.")
                   .arg(watch.before().amount)
                   .arg(after->amount);
    else if (waitSeconds > 0)
        text = AccountCommandsText::tr(
                   "The balance has not risen yet. If you approved the payment, check again "
                   "later with: tuma-cli balance %1")
                   .arg(account.name);
    else
        text = AccountCommandsText::tr("Payment requested. Check the balance after approving it.");
    return context.succeed(document, text);
}

int sendCommand(CliContext& context, const QCommandLineParser& parser)
{
    const QString text = parser.value(QStringLiteral("text"));
    if (text.isEmpty())
        return context.usageError(AccountCommandsText::tr("Give the message with --text."));
    const QStringList rawNumbers
        = parser.value(QStringLiteral("to")).split(u',', Qt::SkipEmptyParts);
    if (rawNumbers.isEmpty())
        return context.usageError(
            AccountCommandsText::tr("Give the recipients with --to PHONE[,PHONE...]."));
    Result<LoadedAccount> loaded = loadAccount(context, parser.positionalArguments().value(0));
    if (!loaded)
        return context.fail(loaded.error());
    const Account& account = loaded.value().account;
    QStringList numbers;
    for (const QString& raw : rawNumbers) {
        const Result<QString> phone = PhoneNumber::normalize(raw, account.region);
        if (!phone) {
            return context.fail({QStringLiteral("invalid_number"),
                                 AccountCommandsText::tr("\"%1\" cannot receive SMS: %2")
                                     .arg(raw.trimmed(), phone.error().message),
                                 {}},
                                UsageError);
        }
        if (!numbers.contains(phone.value()))
            numbers.append(phone.value());
    }
    const QString sender = parser.isSet(QStringLiteral("sender"))
        ? parser.value(QStringLiteral("sender"))
        : account.senderOrDefault();
    const Capabilities capabilities = ProviderSession::capabilities(account);
    if (capabilities.senderRequired && sender.isEmpty()) {
        return context.usageError(
            AccountCommandsText::tr("This provider needs a sender ID: give --sender or add "
                                    "one to the account."));
    }

    QJsonArray messages;
    std::optional<double> creditsUsed;
    int unknown = 0;
    int failed = 0;
    std::optional<ProviderError> firstError;
    const int batchSize = std::max(1, capabilities.maxRecipientsPerRequest);
    for (qsizetype start = 0; start < numbers.size(); start += batchSize) {
        SendRequest request;
        request.text = text;
        request.senderId = sender;
        for (const QString& phone : numbers.mid(start, batchSize))
            request.recipients.append({phone, text, {}});
        ProviderResult<SendResult> result = loaded.value().providers->wait<SendResult>(
            account, [request](ProviderAdapter& adapter, ProviderAdapter::Reply<SendResult> done) {
                adapter.send(request, done);
            });
        if (!result) {
            // Ambiguous: the provider may have them; anything else: it refused the request.
            const bool ambiguous = result.error().kind == ProviderError::Kind::AmbiguousSubmission;
            for (const SendRecipient& recipient : request.recipients) {
                messages.append(QJsonObject {
                    {QStringLiteral("phone"), recipient.phone},
                    {QStringLiteral("message_id"), QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("state"),
                     ambiguous ? QStringLiteral("unknown") : QStringLiteral("failed")},
                    {QStringLiteral("error"), result.error().message},
                });
            }
            (ambiguous ? unknown : failed) += static_cast<int>(request.recipients.size());
            if (!firstError)
                firstError = result.error();
            continue;
        }
        if (result.value().creditsUsed)
            creditsUsed = creditsUsed.value_or(0) + *result.value().creditsUsed;
        for (const RecipientOutcome& outcome : result.value().recipients) {
            QJsonObject message {
                {QStringLiteral("phone"), outcome.phone},
                {QStringLiteral("message_id"),
                 outcome.messageId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(outcome.messageId)},
                {QStringLiteral("state"),
                 outcome.accepted ? QStringLiteral("accepted") : QStringLiteral("failed")},
            };
            if (!outcome.accepted) {
                message.insert(QStringLiteral("error"), outcome.errorText);
                ++failed;
            }
            messages.append(message);
        }
    }
    if (firstError && messages.size() == failed) {
        // Nothing went out: a plain failure.
        return failProvider(context, *firstError);
    }
    const QJsonObject document {{QStringLiteral("messages"), messages},
                                {QStringLiteral("credits_used"), optionalNumber(creditsUsed)}};
    if (unknown > 0) {
        context.printError(
            AccountCommandsText::tr("%Ln message(s) may or may not have been accepted: the "
                                    "connection broke before the provider answered. Check the "
                                    "provider's history before sending them again.",
                                    nullptr, unknown));
    }
    const int accepted = static_cast<int>(messages.size()) - unknown - failed;
    const int exitCode = context.succeed(
        document,
        AccountCommandsText::tr("%Ln message(s) accepted", nullptr, accepted)
            + (failed > 0 ? AccountCommandsText::tr(", %Ln refused", nullptr, failed) : QString())
            + (unknown > 0 ? AccountCommandsText::tr(", %Ln unknown", nullptr, unknown) : QString())
            + u'.');
    return unknown > 0 ? Failure : exitCode;
}

int statusCommand(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    Result<LoadedAccount> loaded = loadAccount(context, arguments.value(0));
    if (!loaded)
        return context.fail(loaded.error());
    const QString id = arguments.value(1);
    ProviderResult<MessageStatus> result = loaded.value().providers->wait<MessageStatus>(
        loaded.value().account,
        [id](ProviderAdapter& adapter, ProviderAdapter::Reply<MessageStatus> done) {
            adapter.messageStatus(id, done);
        });
    if (!result)
        return failProvider(context, result.error());
    const MessageStatus& status = result.value();
    return context.succeed({{QStringLiteral("message_id"), id},
                            {QStringLiteral("state"), messageStateName(status.state)},
                            {QStringLiteral("provider_status"), status.providerStatus}},
                           AccountCommandsText::tr("%1: %2 (%3)")
                               .arg(id, messageStateName(status.state), status.providerStatus));
}

int historyCommand(CliContext& context, const QCommandLineParser& parser)
{
    HistoryQuery query;
    bool ok = true;
    if (parser.isSet(QStringLiteral("page")))
        query.page = parser.value(QStringLiteral("page")).toInt(&ok);
    if (!ok || query.page < 1)
        return context.usageError(AccountCommandsText::tr("--page takes a page number from 1."));
    if (parser.isSet(QStringLiteral("limit")))
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || query.limit < 1 || query.limit > 100)
        return context.usageError(AccountCommandsText::tr("--limit takes a number from 1 to 100."));
    query.status = parser.value(QStringLiteral("status")).trimmed();
    const Result<DateRange> dates = readDateRange(parser);
    if (!dates)
        return context.usageError(dates.error().message);
    query.from = dates.value().from;
    query.to = dates.value().to;
    Result<LoadedAccount> loaded = loadAccount(context, parser.positionalArguments().value(0));
    if (!loaded)
        return context.fail(loaded.error());
    if ((!query.status.isEmpty() || query.from.isValid() || query.to.isValid())
        && !ProviderSession::capabilities(loaded.value().account).historyFilters) {
        return failUnsupported(
            context,
            AccountCommandsText::tr("%1's history cannot be read by state or dates; "
                                    "FlashSMS's can. Leave out --status, --from and "
                                    "--to.")
                .arg(loaded.value().account.provider));
    }
    query.senderId = parser.isSet(QStringLiteral("sender"))
        ? parser.value(QStringLiteral("sender")).trimmed()
        : loaded.value().account.senderOrDefault();
    ProviderResult<HistoryPage> result = loaded.value().providers->wait<HistoryPage>(
        loaded.value().account,
        [query](ProviderAdapter& adapter, ProviderAdapter::Reply<HistoryPage> done) {
            adapter.history(query, done);
        });
    if (!result)
        return failProvider(context, result.error());
    QJsonArray messages;
    QStringList lines;
    for (const HistoryEntry& entry : result.value().entries) {
        messages.append(QJsonObject {
            {QStringLiteral("message_id"), entry.messageId},
            {QStringLiteral("phone"), entry.phone},
            {QStringLiteral("recipients"), entry.recipientCount},
            {QStringLiteral("sender"), entry.sender},
            {QStringLiteral("text"), entry.text},
            {QStringLiteral("state"), messageStateName(entry.state)},
            {QStringLiteral("provider_status"), entry.providerStatus},
            {QStringLiteral("cost"), optionalNumber(entry.cost)},
            {QStringLiteral("created_at"),
             entry.createdAt.isValid() ? QJsonValue(entry.createdAt.toString(Qt::ISODate))
                                       : QJsonValue(QJsonValue::Null)},
        });
        lines.append(QStringLiteral("%1  %2  %3  %4")
                         .arg(entry.messageId, entry.phone, messageStateName(entry.state),
                              entry.text.left(40)));
    }
    lines.append(AccountCommandsText::tr("Page %1 of %2, %Ln message(s) in all.", nullptr,
                                         result.value().total)
                     .arg(result.value().page)
                     .arg(result.value().lastPage));
    return context.succeed({{QStringLiteral("page"), result.value().page},
                            {QStringLiteral("pages"), result.value().lastPage},
                            {QStringLiteral("total"), result.value().total},
                            {QStringLiteral("messages"), messages}},
                           lines.join(u'\n'));
}

int sendersCommand(CliContext& context, const QCommandLineParser& parser)
{
    Result<LoadedAccount> loaded = loadAccount(context, parser.positionalArguments().value(0));
    if (!loaded)
        return context.fail(loaded.error());
    const Account& account = loaded.value().account;
    QStringList senders = account.senderIds;
    if (ProviderSession::capabilities(account).senderIdList) {
        ProviderResult<QStringList> result = loaded.value().providers->wait<QStringList>(
            account, [](ProviderAdapter& adapter, ProviderAdapter::Reply<QStringList> done) {
                adapter.senderIds(done);
            });
        if (!result)
            return failProvider(context, result.error());
        senders = result.value();
    }
    return context.succeed({{QStringLiteral("senders"), QJsonArray::fromStringList(senders)}},
                           senders.isEmpty() ? AccountCommandsText::tr("No sender IDs.")
                                             : senders.join(u'\n'));
}

volatile std::sig_atomic_t stopRequested = 0;

void requestStop(int)
{
    stopRequested = 1;
}

// --port as given (0: any free one), `fallback` when absent; nothing when it is not a port.
std::optional<quint16> portOption(const QCommandLineParser& parser, quint16 fallback)
{
    if (!parser.isSet(QStringLiteral("port")))
        return fallback;
    bool ok = false;
    const int value = parser.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || value < 0 || value > 65535)
        return std::nullopt;
    return static_cast<quint16>(value);
}

// A server in the foreground: the event loop runs until SIGINT or SIGTERM.
int runUntilStopped()
{
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &watch, []() {
        if (stopRequested)
            QCoreApplication::quit();
    });
    watch.start(100);
    QCoreApplication::exec();
    return Success;
}

int simCommand(CliContext& context, const QCommandLineParser& parser)
{
    const std::optional<quint16> port = portOption(parser, 0);
    if (!port)
        return context.usageError(
            AccountCommandsText::tr("--port takes a number from 0 to 65535."));
    QList<sandbox::Fault> faults;
    if (parser.isSet(QStringLiteral("faults"))) {
        Result<QList<sandbox::Fault>> parsed
            = sandbox::parseFaults(parser.value(QStringLiteral("faults")));
        if (!parsed)
            return context.fail(parsed.error(), UsageError);
        faults = parsed.value();
    }
    QString stateDirectory = parser.value(QStringLiteral("state"));
    if (stateDirectory.isEmpty()) {
        stateDirectory = QFileInfo(sandbox::statePathFor(context.databasePath())).absolutePath();
    }
    sandbox::SandboxServer::Options options;
    options.statePath = QDir(stateDirectory).filePath(QStringLiteral("sandbox.sqlite"));
    options.timing = sandbox::SandboxStore::Timing::fromEnvironment();
    sandbox::SandboxServer server(options);
    if (Result<void> started = server.start(*port); !started)
        return context.fail(started.error());
    server.setFaults(faults);
    // Always one JSON line: scripts read the port from it.
    const QJsonObject ready {{QStringLiteral("port"), server.port()},
                             {QStringLiteral("base_urls"), server.baseUrls()},
                             {QStringLiteral("credentials"), server.credentials()}};
    context.printText(QString::fromUtf8(QJsonDocument(ready).toJson(QJsonDocument::Compact)));
    std::fflush(stdout);

    return runUntilStopped();
}

int receiveCommand(CliContext& context, const QCommandLineParser& parser)
{
    const std::optional<quint16> port = portOption(parser, 8780);
    if (!port)
        return context.usageError(
            AccountCommandsText::tr("--port takes a number from 0 to 65535."));
    const auto database = context.database();
    if (!database)
        return context.fail(database.error());
    DeliveryReports reports(*database.value(), context.secrets());
    bool ready = false;
    QEventLoop loop;
    QObject::connect(&reports, &DeliveryReports::started, &loop, [&ready, &loop] {
        ready = true;
        loop.quit();
    });
    QObject::connect(&reports, &DeliveryReports::failed, &loop,
                     [&context, &reports, &loop](const QString& message) {
                         context.printError(message);
                         if (!reports.isListening())
                             loop.quit();
                     });
    reports.start(parser.isSet(QStringLiteral("network")) ? DeliveryReports::Reach::Network
                                                          : DeliveryReports::Reach::ThisComputer,
                  *port);
    if (reports.isListening() && !ready)
        loop.exec();
    if (!ready) {
        return context.fail(Error {QStringLiteral("receiver_listen"),
                                   AccountCommandsText::tr("The delivery report receiver did not "
                                                           "start."),
                                   {}});
    }
    QJsonObject urls;
    const QMap<QString, QString> byAccount = reports.urls();
    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it)
        urls.insert(it.key(), it.value());
    // Always one JSON line: scripts read the port and the addresses from it.
    const QJsonObject line {{QStringLiteral("port"), reports.port()},
                            {QStringLiteral("urls"), urls}};
    context.printText(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
    std::fflush(stdout);
    if (byAccount.isEmpty()) {
        context.printError(AccountCommandsText::tr(
            "No account posts delivery reports (QSMS does): nothing will be received."));
    }

    return runUntilStopped();
}

void addAccountArgument(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ACCOUNT"),
                                 AccountCommandsText::tr("The account's name."));
}

} // namespace

QList<CliCommand> accountCommands()
{
    return {
        {QStringLiteral("account"),
         AccountCommandsText::tr("Add, list, show, remove and test provider accounts."),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(
                 QStringLiteral("ACTION"),
                 AccountCommandsText::tr("add, list, show, remove or test."),
                 QStringLiteral("add NAME | list | show NAME | remove "
                                "NAME | test NAME"));
             parser.addOption({QStringLiteral("provider"),
                               AccountCommandsText::tr("add: quickflow, qsms, 254sms or flashsms."),
                               QStringLiteral("P")});
             parser.addOption(
                 {QStringLiteral("sandbox"),
                  AccountCommandsText::tr("add: use the built-in simulator with its test "
                                          "credentials (no key on standard input).")});
             parser.addOption(
                 {QStringLiteral("base-url"),
                  AccountCommandsText::tr("add: the provider's API address (default: the one in "
                                          "its documentation)."),
                  QStringLiteral("URL")});
             parser.addOption(
                 {QStringLiteral("secondary-base-url"),
                  AccountCommandsText::tr("add: QSMS's second host, for its /v1 endpoints."),
                  QStringLiteral("URL")});
             parser.addOption({QStringLiteral("username"),
                               AccountCommandsText::tr("add: 254sms user name."),
                               QStringLiteral("U")});
             parser.addOption({QStringLiteral("service-id"),
                               AccountCommandsText::tr("add: QSMS service ID (0 unless your QSMS "
                                                       "dashboard shows another)."),
                               QStringLiteral("N")});
             parser.addOption({QStringLiteral("sender"),
                               AccountCommandsText::tr(
                                   "add: a sender ID; repeatable, the first is the default."),
                               QStringLiteral("ID")});
             parser.addOption(
                 {QStringLiteral("region"),
                  AccountCommandsText::tr("add: region of national numbers, e.g. KE or GH."),
                  QStringLiteral("CC")});
         },
         accountCommand, 1, 2},
        {QStringLiteral("balance"),
         AccountCommandsText::tr("Ask the provider for an account's balance."), addAccountArgument,
         balanceCommand, 1, 1},
        {QStringLiteral("topup"),
         AccountCommandsText::tr("Top up an account by M-Pesa (STK push)."),
         [](QCommandLineParser& parser) {
             addAccountArgument(parser);
             parser.addOption({QStringLiteral("amount"), AccountCommandsText::tr("Amount in KES."),
                               QStringLiteral("N")});
             parser.addOption(
                 {QStringLiteral("mpesa"),
                  AccountCommandsText::tr("The M-Pesa number that approves the payment."),
                  QStringLiteral("PHONE")});
             parser.addOption(
                 {QStringLiteral("wait"),
                  AccountCommandsText::tr("Wait up to this many seconds for the balance to rise."),
                  QStringLiteral("SECONDS")});
         },
         topUpCommand, 1, 1},
        {QStringLiteral("send"),
         AccountCommandsText::tr("Send one text to one or more numbers now."),
         [](QCommandLineParser& parser) {
             addAccountArgument(parser);
             parser.addOption({QStringLiteral("to"),
                               AccountCommandsText::tr("The numbers, comma-separated."),
                               QStringLiteral("PHONE[,PHONE...]")});
             parser.addOption({QStringLiteral("text"), AccountCommandsText::tr("The message."),
                               QStringLiteral("TEXT")});
             parser.addOption({QStringLiteral("sender"),
                               AccountCommandsText::tr("The sender ID (default: the account's)."),
                               QStringLiteral("ID")});
         },
         sendCommand, 1, 1},
        {QStringLiteral("status"),
         AccountCommandsText::tr("Ask the provider for a message's state."),
         [](QCommandLineParser& parser) {
             addAccountArgument(parser);
             parser.addPositionalArgument(
                 QStringLiteral("MESSAGE_ID"),
                 AccountCommandsText::tr("The id the provider gave the message."));
         },
         statusCommand, 2, 2},
        {QStringLiteral("history"),
         AccountCommandsText::tr("List the messages the provider has sent."),
         [](QCommandLineParser& parser) {
             addAccountArgument(parser);
             parser.addOption({QStringLiteral("page"),
                               AccountCommandsText::tr("Page number (default 1)."),
                               QStringLiteral("N")});
             parser.addOption({QStringLiteral("limit"),
                               AccountCommandsText::tr("Messages per page (default 25)."),
                               QStringLiteral("N")});
             parser.addOption(
                 {QStringLiteral("status"),
                  AccountCommandsText::tr("Only messages in this state, in the provider's word "
                                          "(FlashSMS: PENDING, SENT, DELIVERED or FAILED)."),
                  QStringLiteral("S")});
             addDateRangeOptions(parser);
             parser.addOption({QStringLiteral("sender"),
                               AccountCommandsText::tr("The sender ID whose messages to list "
                                                       "(QuickFlow; default: the account's)."),
                               QStringLiteral("ID")});
         },
         historyCommand, 1, 1},
        {QStringLiteral("senders"), AccountCommandsText::tr("List an account's sender IDs."),
         addAccountArgument, sendersCommand, 1, 1},
        {QStringLiteral("sim"),
         AccountCommandsText::tr("Run the provider simulator on 127.0.0.1 until interrupted."),
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("port"),
                               AccountCommandsText::tr("Port (default: any free one)."),
                               QStringLiteral("N")});
             parser.addOption(
                 {QStringLiteral("faults"),
                  AccountCommandsText::tr("Misbehave on purpose; see docs/providers.md."),
                  QStringLiteral("SPEC")});
             parser.addOption(
                 {QStringLiteral("state"),
                  AccountCommandsText::tr("Folder of the simulator's state (default: beside the "
                                          "database)."),
                  QStringLiteral("DIR")});
         },
         simCommand, 0, 0},
        {QStringLiteral("receive"),
         AccountCommandsText::tr("Run the delivery report receiver until interrupted, and print "
                                 "the address to give each account's provider."),
         [](QCommandLineParser& parser) {
             parser.addOption({QStringLiteral("port"),
                               AccountCommandsText::tr("Port (default 8780; 0: any free one)."),
                               QStringLiteral("N")});
             parser.addOption(
                 {QStringLiteral("network"),
                  AccountCommandsText::tr("Listen on the network, not only on 127.0.0.1.")});
         },
         receiveCommand, 0, 0},
        {QStringLiteral("proxy"),
         AccountCommandsText::tr("Keep the user name and password for a proxy that asks for "
                                 "them (the password on standard input), or forget them."),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(QStringLiteral("ACTION"),
                                          AccountCommandsText::tr("login or logout."),
                                          QStringLiteral("login USER | logout"));
         },
         proxyCommand, 1, 2},
    };
}

} // namespace tuma::cli
