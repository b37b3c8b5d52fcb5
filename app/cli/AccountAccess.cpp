// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountAccess.h"

#include "CliContext.h"
#include "accounts/ProviderSession.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace tuma::cli {

namespace {

struct AccountAccess
{
    Q_DECLARE_TR_FUNCTIONS(AccountAccess)
};

} // namespace

Result<LoadedAccount> loadAccount(CliContext& context, const QString& name)
{
    Result<Database*> database = context.database();
    if (!database)
        return database.error();
    Result<Account> account = AccountStore(*database.value()).find(name);
    if (!account)
        return account.error();
    Result<ProviderSession*> providers = context.providers();
    if (!providers)
        return providers.error();
    return LoadedAccount {database.value(), account.value(), providers.value()};
}

int failProvider(CliContext& context, const ProviderError& error)
{
    return context.fail(error.toError());
}

int failUnsupported(CliContext& context, const QString& what)
{
    return context.fail({QStringLiteral("unsupported"), what, {}});
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void addDateRangeOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("from"),
                      AccountAccess::tr("From this date (YYYY-MM-DD) or time."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      AccountAccess::tr("To this date (the whole day) or time."),
                      QStringLiteral("DATE")});
}

Result<DateRange> readDateRange(const QCommandLineParser& parser)
{
    const auto read = [&parser](const QString& name, bool endOfDay) -> std::optional<QDateTime> {
        if (!parser.isSet(name))
            return QDateTime();
        const QString text = parser.value(name).trimmed();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return endOfDay ? QDateTime(date, QTime(23, 59, 59, 999))
                            : QDateTime(date, QTime(0, 0));
        const QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
        return moment.isValid() ? std::optional<QDateTime>(moment) : std::nullopt;
    };
    const std::optional<QDateTime> from = read(QStringLiteral("from"), false);
    const std::optional<QDateTime> to = read(QStringLiteral("to"), true);
    if (!from || !to) {
        return Error {QStringLiteral("usage"),
                      AccountAccess::tr("--from and --to take a date such as 2026-12-01, or a "
                                        "date and time such as 2026-12-01T08:00."),
                      {}};
    }
    return DateRange {*from, *to};
}

} // namespace tuma::cli
