// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountService.h"

#include "DeliveryReports.h"
#include "ProviderSession.h"
#include "secrets/SecretStore.h"
#include "storage/AuditLog.h"

#include <QUuid>

namespace tuma {

AccountService::AccountService(const Database& database, SecretStore& secrets,
                               ProviderSession* providers)
    : m_database(database)
    , m_secrets(secrets)
    , m_providers(providers)
{ }

void AccountService::save(Account account, const QString& secret,
                          const std::optional<Account>& previous,
                          std::function<void(Result<qint64>)> done)
{
    // QSMS's service ID is 0 unless the dashboard shows another: the document's examples
    // send 0, and most accounts have no other.
    if (account.provider == QLatin1String("qsms") && account.serviceId.trimmed().isEmpty())
        account.serviceId = QStringLiteral("0");
    if (!previous && !account.sandbox)
        account.secretRef
            = QStringLiteral("account-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (account.sandbox || secret.isEmpty()) {
        done(saveRow(account, previous));
        return;
    }
    // The service may be gone when the keychain answers: the answer needs only a copy of it
    // (the database, the keychain and the session outlive every call).
    m_secrets.write(
        account.secretRef, secret,
        [service = *this, account, previous, done = std::move(done)](Result<void> written) mutable {
            if (!written) {
                done(written.error());
                return;
            }
            const Result<qint64> saved = service.saveRow(account, previous);
            // A new account's key goes with its refused row; a replaced key stays
            // (the provider has only the new one anyway).
            if (!saved && !previous)
                service.m_secrets.remove(account.secretRef, [](Result<void>) {});
            done(saved);
        });
}

Result<qint64> AccountService::saveRow(const Account& account,
                                       const std::optional<Account>& previous)
{
    AccountStore store(m_database);
    qint64 id = account.id;
    if (!previous) {
        const Result<qint64> added = store.add(account);
        if (!added)
            return added.error();
        id = added.value();
    } else {
        if (const Result<void> updated = store.update(account); !updated)
            return updated.error();
        if (account.sandbox && !previous->sandbox && !previous->secretRef.isEmpty())
            m_secrets.remove(previous->secretRef, [](Result<void>) {});
    }
    (void)AuditLog(m_database)
        .record(previous ? QStringLiteral("account.update") : QStringLiteral("account.add"),
                account.name);
    if (m_providers)
        m_providers->forget(id);
    return id;
}

Result<void> AccountService::remove(const Account& account,
                                    std::function<void(Result<void>)> keyRemoved)
{
    if (const Result<void> removed = AccountStore(m_database).remove(account.id); !removed)
        return removed;
    (void)AuditLog(m_database).record(QStringLiteral("account.remove"), account.name);
    if (m_providers)
        m_providers->forget(account.id);
    // Its delivery report address dies with it, then the key; `keyRemoved` once both are
    // done, so that a process that waits for it (tuma-cli) leaves nothing half done.
    m_secrets.remove(
        DeliveryReports::tokenKey(account),
        [secrets = &m_secrets, account, keyRemoved = std::move(keyRemoved)](Result<void>) mutable {
            if (account.sandbox || account.secretRef.isEmpty()) {
                keyRemoved({});
                return;
            }
            secrets->remove(account.secretRef, std::move(keyRemoved));
        });
    return {};
}

} // namespace tuma
