// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace tuma {

class Database;
class ProviderSession;
class SecretStore;

namespace cli {

// Exit codes of the contract (docs/CLI.md): 0 success, 1 the operation failed, 2 usage.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// What every command gets: the global options, the database (opened on first use, so
// --help and --version never touch it) and the one way to print results and errors.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QString databasePath, bool json);
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    bool json() const { return m_json; }
    QString databasePath() const { return m_databasePath; }
    Result<Database*> database();
    // The keychain and the way to providers, made on first use.
    SecretStore& secrets();
    Result<ProviderSession*> providers();

    // Success: the JSON document with --json, otherwise the human text.
    int succeed(const QJsonObject& document, const QString& text);
    // Failure: one sentence on stderr, plus {"error":{...}} on stdout with --json.
    int fail(const Error& error, ExitCode code = Failure);
    int usageError(const QString& message);

    void printText(const QString& text);
    void printError(const QString& text);

private:
    QString m_databasePath;
    bool m_json = false;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProviderSession> m_providers;
};

} // namespace cli
} // namespace tuma
