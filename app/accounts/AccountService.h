// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/AccountStore.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace tuma {

class Database;
class ProviderSession;
class SecretStore;

// Adding, changing and removing an account, for the Accounts page and tuma-cli alike: the
// order of the keychain and database steps that keeps the two consistent lives here only.
// Asynchronous like the keychain; `done` runs on the SecretStore's thread. The service itself
// may go at once: the database, keychain and session it was given must outlive the call.
class AccountService final
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    // `providers` may be null (tuma-cli builds its session only when it talks to one).
    AccountService(const Database& database, SecretStore& secrets, ProviderSession* providers);

    // A new account (`previous` empty: it gets a new key name) or a changed one. The key
    // first, when one is given: an account never names a key the keychain lacks; a new key
    // is taken back when the row is refused. A changed account's cached adapter is
    // forgotten, and an account turned into a sandbox one loses its key. Audited. A QSMS
    // account without a service ID gets 0.
    void save(Account account, const QString& secret, const std::optional<Account>& previous,
              std::function<void(Result<qint64>)> done);

    // The row first, refused while campaigns use the account (then nothing else changes);
    // the audit entry; its adapter; its delivery report address; the key last, since a key
    // left in the keychain is better than an account, perhaps mid-campaign, without its key.
    // Returns whether the row went; `keyRemoved` follows with the key's fate.
    Result<void> remove(const Account& account, std::function<void(Result<void>)> keyRemoved);

private:
    Result<qint64> saveRow(const Account& account, const std::optional<Account>& previous);

    const Database& m_database;
    SecretStore& m_secrets;
    ProviderSession* m_providers;
};

} // namespace tuma
