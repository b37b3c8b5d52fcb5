// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "accounts/ProviderSession.h"
#include "sandbox/Sandbox.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"

#include <QJsonDocument>

#include <cstdio>

namespace tuma::cli {

CliContext::CliContext(QString databasePath, bool json)
    : m_databasePath(std::move(databasePath))
    , m_json(json)
{ }

CliContext::~CliContext() = default;

SecretStore& CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<SecretStore>();
    return *m_secrets;
}

Result<ProviderSession*> CliContext::providers()
{
    if (!m_providers) {
        Result<Database*> opened = database();
        if (!opened)
            return opened.error();
        ProviderSession::Options options;
        options.simulator
            = sandbox::simulatorFactory(sandbox::statePathFor(opened.value()->path()),
                                        sandbox::SandboxStore::Timing::fromEnvironment());
        m_providers = std::make_unique<ProviderSession>(secrets(), options);
    }
    return m_providers.get();
}

Result<Database*> CliContext::database()
{
    if (!m_database) {
        Result<std::unique_ptr<Database>> opened
            = Database::open(m_databasePath, QStringLiteral("tuma-cli"));
        if (!opened)
            return opened.error();
        m_database = std::move(opened).value();
    }
    return m_database.get();
}

int CliContext::succeed(const QJsonObject& document, const QString& text)
{
    if (m_json)
        printText(QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
    else if (!text.isEmpty())
        printText(text);
    return Success;
}

int CliContext::fail(const Error& error, ExitCode code)
{
    printError(QStringLiteral("tuma-cli: ") + error.messageWithDetail());
    if (m_json) {
        const QJsonObject body {{QStringLiteral("code"), error.code},
                                {QStringLiteral("message"), error.message}};
        printText(QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("error"), body}})
                                        .toJson(QJsonDocument::Compact)));
    }
    return code;
}

int CliContext::usageError(const QString& message)
{
    return fail(Error {QStringLiteral("usage"), message, {}}, UsageError);
}

void CliContext::printText(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliContext::printError(const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace tuma::cli
