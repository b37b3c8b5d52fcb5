// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxAccount.h"

#include "providers/sandbox/SandboxServer.h"
#include "settings/AppSettings.h"
#include "storage/AccountStore.h"

#include <QCoreApplication>

namespace tuma {

namespace {

struct SandboxAccountText
{
    Q_DECLARE_TR_FUNCTIONS(SandboxAccount)
};

} // namespace

Result<bool> offerSandboxAccount(Database& database, AppSettings& settings)
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
    account.senderIds = sandbox::SandboxServer::accountSetup(ProviderKind::QuickFlow).senders;
    account.region = settings.region();
    account.pricing = settings.defaultPricing();
    // The simulator sells credits at KES 0.50 (docs/providers.md).
    account.pricing.pricePerCredit = 0.5;
    account.pricing.currency = QStringLiteral("KES");
    account.lowBalanceThreshold = 100;
    Result<qint64> added = store.add(account);
    if (!added)
        return added.error();
    settings.setSandboxOffered(true);
    if (settings.activeAccount().isEmpty())
        settings.setActiveAccount(account.name);
    return true;
}

} // namespace tuma
