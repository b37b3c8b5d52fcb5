// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/AccountStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace tuma {

class Database;
class ProviderSession;
struct ProviderError;

namespace cli {

class CliContext;

// What a command about one account needs: the database, the account and the way to its
// provider.
struct LoadedAccount
{
    Database* database = nullptr;
    Account account;
    ProviderSession* providers = nullptr;
};

// The database, the named account and the provider session, or the error to print.
Result<LoadedAccount> loadAccount(CliContext& context, const QString& name);

// A provider's refusal or failure as the command's failure (exit 1).
int failProvider(CliContext& context, const ProviderError& error);

// Exit 1 with the code `unsupported`: `what` (a sentence naming the account's provider and
// what it lacks, and which providers have it).
int failUnsupported(CliContext& context, const QString& what);

QJsonValue optionalNumber(const std::optional<double>& value);

// --from DATE and --to DATE, for the commands that read a provider's records between dates.
void addDateRangeOptions(QCommandLineParser& parser);

struct DateRange
{
    QDateTime from, to; // invalid where not given
};
// Their values: a date (YYYY-MM-DD: from its first moment, to its last) or a date and time
// (ISO 8601, local time unless it says otherwise); an error that says how to write them.
Result<DateRange> readDateRange(const QCommandLineParser& parser);

} // namespace cli
} // namespace tuma
