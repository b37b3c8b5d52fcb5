// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sandbox.h"

#include "SandboxServer.h"
#include "settings/AppSettings.h"
#include "storage/AccountStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tuma::sandbox {

namespace {

struct SandboxAccountText
{
    Q_DECLARE_TR_FUNCTIONS(SandboxAccount)
};

// The simulator behind ProviderSession's Simulator: made and used on the network thread.
class ServerSimulator final : public Simulator
{
public:
    explicit ServerSimulator(SandboxServer::Options options)
        : m_server(std::move(options))
    { }

    Result<void> start() override { return m_server.start(); }

    ProviderAccount connection(const ProviderAccount& account) const override
    {
        const SandboxServer::AccountSetup setup = SandboxServer::accountSetup(account.provider);
        ProviderAccount connection = account;
        connection.baseUrl = m_server.baseUrl(account.provider);
        connection.secondaryBaseUrl = QUrl();
        connection.secret = setup.secret;
        connection.username = setup.username;
        connection.serviceId = setup.serviceId;
        if (connection.senderIds.isEmpty()) {
            connection.senderIds = setup.senders;
            connection.defaultSender = setup.senders.value(0);
        }
        return connection;
    }

private:
    SandboxServer m_server;
};

} // namespace

QString statePathFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("sandbox.sqlite"));
}

SimulatorFactory simulatorFactory(const QString& statePath, SandboxStore::Timing timing)
{
    return [statePath, timing]() -> std::unique_ptr<Simulator> {
        return std::make_unique<ServerSimulator>(SandboxServer::Options {statePath, timing});
    };
}

void prepareAccount(Account& account)
{
    const std::optional<ProviderKind> kind = providerFromName(account.provider);
    if (!account.sandbox || !kind)
        return;
    const SandboxServer::AccountSetup setup = SandboxServer::accountSetup(*kind);
    account.baseUrl = QUrl();
    account.secondaryBaseUrl = QUrl();
    account.username = setup.username;
    account.serviceId = setup.serviceId;
    if (account.senderIds.isEmpty())
        account.senderIds = setup.senders;
}

Pricing pricing()
{
    Pricing pricing;
    pricing.creditsPerGsmPart = 1.0;
    pricing.creditsPerUcs2Part = 1.0;
    pricing.pricePerCredit = 0.50; // docs/providers.md: M-Pesa buys credits at KES 0.50
    pricing.currency = QStringLiteral("KES");
    return pricing;
}

Result<bool> offerAccount(Database& database, AppSettings& settings)
{
    if (settings.sandboxOffered())
        return false;
    AccountStore store(database);
    if (!store.isEmpty()) {
        settings.setSandboxOffered(true);
        return false;
    }
    Account account;
    // The account's name is what the user types in the CLI: one word in every language.
    account.name = SandboxAccountText::tr("Sandbox");
    account.provider = providerName(ProviderKind::QuickFlow);
    account.sandbox = true;
    prepareAccount(account);
    account.region = settings.region();
    account.pricing = pricing();
    account.lowBalanceThreshold = 100;
    Result<qint64> added = store.add(account);
    if (!added)
        return added.error();
    settings.setSandboxOffered(true);
    if (settings.activeAccount().isEmpty())
        settings.setActiveAccount(account.name);
    return true;
}

} // namespace tuma::sandbox
