// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AccountStore.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class AccountsPage;
}

namespace tuma {

class AppSettings;
class Database;
class ProviderSession;
class RemoteSync;
class TextTableModel;
class SecretStore;
struct Balance;
struct RemoteContact;
struct RemoteGroup;
struct RemoteTemplate;
struct ProviderError;

// The provider accounts: add, edit, remove; for the selected one its balance, a connection
// test, an M-Pesa top-up where the provider offers it, a message sent now, and the
// provider's own history and transactions.
class AccountsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPage)

public:
    AccountsPage(Database& database, AppSettings& settings, SecretStore& secrets,
                 ProviderSession& providers, QWidget* parent = nullptr);
    ~AccountsPage() override;

    void reload();
    void selectAccount(const QString& name);
    std::optional<Account> currentAccount() const;

protected:
    // The balance is asked when the page is first seen, not when the window opens.
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    // An account was added, edited, removed, or made the active one.
    void accountsChanged();
    // Contacts, groups or templates were brought in from the provider.
    void contactsChanged();
    void templatesChanged();

private:
    void showAccount();
    void addAccount();
    void editAccount();
    void removeAccount();
    void makeActive();
    void testConnection();
    void topUp();
    void showTopUpHelp();
    void sendMessage();
    void loadHistory(int page);
    void loadTransactions(int page);
    void loadRemoteGroups();
    void showRemoteContacts();
    void pushGroup();
    void pullGroup();
    void renameRemoteGroup();
    void deleteRemoteGroup();
    void editRemoteContact();
    void deleteRemoteContact();
    void loadRemoteTemplates();
    void copyTemplate();
    void pushTemplate();
    void deleteRemoteTemplate();
    void runSync(const std::function<void(RemoteSync&)>& start, const QString& title);
    void updateRemoteButtons();
    std::optional<RemoteGroup> currentRemoteGroup() const;
    void updateSendButton();
    void showBalance(const Account& account, const Balance& balance);
    void setStatus(const QString& text, bool error = false);
    QString errorText(const ProviderError& error) const;

    std::unique_ptr<Ui::AccountsPage> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    SecretStore& m_secrets;
    ProviderSession& m_providers;
    TextTableModel* m_historyModel = nullptr;
    TextTableModel* m_transactionsModel = nullptr;
    TextTableModel* m_remoteGroupsModel = nullptr;
    TextTableModel* m_remoteContactsModel = nullptr;
    TextTableModel* m_remoteTemplatesModel = nullptr;
    QList<RemoteGroup> m_remoteGroups;
    QList<RemoteContact> m_remoteContacts;
    QList<RemoteTemplate> m_remoteTemplates;
    QList<Account> m_accounts;
    int m_historyPage = 1;
    int m_transactionsPage = 1;
    bool m_sending = false;
    bool m_balanceShown = false; // for the account on show
    // The status line holds the low-balance warning (cleared once the balance is above).
    bool m_lowBalanceShown = false;
};

} // namespace tuma
