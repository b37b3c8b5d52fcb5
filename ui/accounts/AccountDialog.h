// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/Capabilities.h"
#include "providers/ProviderTypes.h"
#include "storage/AccountStore.h"

#include <QDialog>
#include <QUrl>

#include <memory>
#include <optional>

namespace Ui {
class AccountDialog;
}

namespace tuma {

class AppSettings;
class Database;
class ProviderSession;
class SecretStore;

// Adds a provider account or edits one. The key goes to the keychain first and the account to
// the database after it, so an account never names a key that is not there; the key itself
// never reaches the database, the settings or a log. Callers that show it modeless set
// WA_DeleteOnClose and call open().
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    // `existing` empty: a new account.
    AccountDialog(Database& database, SecretStore& secrets, ProviderSession& providers,
                  AppSettings& settings, std::optional<Account> existing,
                  QWidget* parent = nullptr);
    ~AccountDialog() override;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void accountSaved(qint64 accountId);

private:
    ProviderKind provider() const;
    bool isSandbox() const;
    // The account as typed, without its key.
    Account typedAccount() const;
    // The key as the keychain keeps it ("key:secret" for QuickFlow), empty when none is typed.
    QString typedSecret() const;
    bool keyTyped() const;
    // A new real account, or one that changes provider or leaves the sandbox, has no usable key.
    bool keyRequired() const;
    // The first problem that keeps Save disabled, or an empty string.
    QString problem() const;

    void load();
    void providerChanged();
    void sandboxToggled(bool sandbox);
    void updateRows();
    void validate();
    bool canFetchSenders() const;
    void fetchSenders();
    void setBusy(bool busy, const QString& status = {});
    void showFailure(const QString& message);

    std::unique_ptr<Ui::AccountDialog> m_ui;
    Database& m_database;
    SecretStore& m_secrets;
    ProviderSession& m_providers;
    AppSettings& m_settings;
    std::optional<Account> m_existing;
    // The provider's own address as last filled in: replaced when the provider changes, unless
    // the user typed another one.
    QUrl m_prefilledUrl;
    Capabilities m_capabilities; // of the chosen provider
    bool m_busy = false;
    bool m_saving = false;
    QString m_failure;
};

} // namespace tuma
