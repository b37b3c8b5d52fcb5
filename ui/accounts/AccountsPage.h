// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AccountStore.h"
#include "widgets/StaleAnswers.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class AccountsPage;
}

namespace tuma {

class AccountTab;
class AppSettings;
class Database;
class HistoryTab;
class ProviderSession;
class SecretStore;
struct Balance;

// The provider accounts: add, edit, remove; for the selected one its balance, a connection
// test and an M-Pesa top-up where the provider offers it. What the provider keeps or does for
// the account (history, a message sent now, transactions, groups and contacts, templates) is
// a tab each, shown where the provider offers it.
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
    void showBalance(const Account& account, const Balance& balance);
    void setStatus(const QString& text, bool error = false);
    void addTab(AccountTab* tab, const QString& name, const QString& title);
    AccountTab* currentTab() const;

    std::unique_ptr<Ui::AccountsPage> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    SecretStore& m_secrets;
    ProviderSession& m_providers;
    QList<AccountTab*> m_tabs;
    HistoryTab* m_history = nullptr;
    QList<Account> m_accounts;
    // The balance asked is the account's still shown.
    StaleAnswers m_answers;
    bool m_balanceShown = false; // for the account on show
    // The status line holds the low-balance warning (cleared once the balance is above).
    bool m_lowBalanceShown = false;
};

} // namespace tuma
