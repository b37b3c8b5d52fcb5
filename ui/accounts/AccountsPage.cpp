// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsPage.h"

#include "AccountDialog.h"
#include "HistoryTab.h"
#include "ProviderGroupsTab.h"
#include "ProviderTemplatesTab.h"
#include "QuickSendTab.h"
#include "TopUpDialog.h"
#include "TransactionsTab.h"
#include "accounts/AccountService.h"
#include "accounts/ProviderSession.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "ui_AccountsPage.h"
#include "widgets/BalanceText.h"
#include "widgets/Colors.h"

#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QShowEvent>

namespace tuma {

AccountsPage::AccountsPage(Database& database, AppSettings& settings, SecretStore& secrets,
                           ProviderSession& providers, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountsPage>())
    , m_database(database)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_providers(providers)
{
    m_ui->setupUi(this);
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    QFont balanceFont = m_ui->balanceLabel->font();
    balanceFont.setPointSizeF(balanceFont.pointSizeF() * 1.6);
    m_ui->balanceLabel->setFont(balanceFont);

    m_history = new HistoryTab(m_providers, m_settings);
    auto* send = new QuickSendTab(m_providers);
    auto* groups = new ProviderGroupsTab(m_database, m_providers);
    auto* templates = new ProviderTemplatesTab(m_database, m_providers);
    addTab(m_history, QStringLiteral("historyTab"), tr("Histor&y"));
    addTab(send, QStringLiteral("sendTab"), tr("&Send a message"));
    addTab(new TransactionsTab(m_providers), QStringLiteral("transactionsTab"),
           tr("Transa&ctions"));
    addTab(groups, QStringLiteral("remoteTab"), tr("On the &provider"));
    addTab(templates, QStringLiteral("templatesTab"), tr("Temp&lates"));
    connect(groups, &ProviderGroupsTab::contactsChanged, this, &AccountsPage::contactsChanged);
    connect(templates, &ProviderTemplatesTab::templatesChanged, this,
            &AccountsPage::templatesChanged);
    // What was sent shows in the balance and the history.
    connect(send, &QuickSendTab::sent, this, [this] {
        testConnection();
        const std::optional<Account> account = currentAccount();
        if (account && m_history->offeredBy(ProviderSession::capabilities(*account)))
            m_history->refresh();
    });

    connect(m_ui->accountsListWidget, &QListWidget::currentRowChanged, this,
            &AccountsPage::showAccount);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_ui->editPushButton, &QPushButton::clicked, this, &AccountsPage::editAccount);
    connect(m_ui->accountsListWidget, &QListWidget::itemActivated, this,
            &AccountsPage::editAccount);
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &AccountsPage::removeAccount);
    connect(m_ui->activePushButton, &QPushButton::clicked, this, &AccountsPage::makeActive);
    connect(m_ui->testPushButton, &QPushButton::clicked, this, &AccountsPage::testConnection);
    connect(m_ui->topUpPushButton, &QPushButton::clicked, this, &AccountsPage::topUp);
    // The balance shown is the one Tuma last read, whichever screen asked.
    connect(&m_providers, &ProviderSession::balanceKnown, this, [this](qint64 accountId) {
        const std::optional<Account> shown = currentAccount();
        const auto known = m_providers.knownBalance(accountId);
        if (shown && shown->id == accountId && known)
            showBalance(*shown, known->balance);
    });
    connect(m_ui->detailsTabWidget, &QTabWidget::currentChanged, this, [this] {
        if (AccountTab* tab = currentTab())
            tab->activate();
    });
    reload();
}

void AccountsPage::addTab(AccountTab* tab, const QString& name, const QString& title)
{
    tab->setObjectName(name);
    m_ui->detailsTabWidget->addTab(tab, title);
    m_tabs.append(tab);
    connect(tab, &AccountTab::statusChanged, this, &AccountsPage::setStatus);
}

AccountTab* AccountsPage::currentTab() const
{
    return qobject_cast<AccountTab*>(m_ui->detailsTabWidget->currentWidget());
}

AccountsPage::~AccountsPage() = default;

void AccountsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_balanceShown)
        showAccount();
}

void AccountsPage::reload()
{
    const QString selected = currentAccount() ? currentAccount()->name : m_settings.activeAccount();
    Result<QList<Account>> accounts = AccountStore(m_database).list();
    m_accounts = accounts ? accounts.value() : QList<Account>();
    if (!accounts)
        setStatus(accounts.error().message, true);

    QListWidget* list = m_ui->accountsListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    const QString active = m_settings.activeAccount();
    for (const Account& account : std::as_const(m_accounts)) {
        const std::optional<ProviderKind> kind = providerFromName(account.provider);
        QString detail = kind ? providerDisplayName(*kind) : account.provider;
        if (account.sandbox)
            detail = tr("%1, sandbox").arg(detail);
        auto* item = new QListWidgetItem(tr("%1\n%2").arg(account.name, detail), list);
        if (account.name.compare(active, Qt::CaseInsensitive) == 0) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setToolTip(tr("Used for sending"));
        }
    }
    m_ui->removePushButton->setEnabled(!m_accounts.isEmpty());
    selectAccount(selected);
    if (list->currentRow() < 0 && list->count() > 0)
        list->setCurrentRow(0);
    showAccount();
}

void AccountsPage::selectAccount(const QString& name)
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).name.compare(name, Qt::CaseInsensitive) == 0)
            m_ui->accountsListWidget->setCurrentRow(row);
    }
}

std::optional<Account> AccountsPage::currentAccount() const
{
    const int row = m_ui->accountsListWidget->currentRow();
    if (row < 0 || row >= m_accounts.size())
        return std::nullopt;
    return m_accounts.at(row);
}

void AccountsPage::showAccount()
{
    const std::optional<Account> account = currentAccount();
    m_ui->removePushButton->setEnabled(account.has_value());
    m_answers.renew();
    if (!account) {
        m_ui->detailsStackedWidget->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_ui->detailsStackedWidget->setCurrentWidget(m_ui->detailsPage);
    const std::optional<ProviderKind> kind = providerFromName(account->provider);
    const QString provider = kind ? providerDisplayName(*kind) : account->provider;
    m_ui->nameLabel->setText(account->name);
    m_ui->providerLabel->setText(
        account->sandbox ? tr("%1 API, on Tuma's built-in simulator: nothing is really sent and "
                              "nothing is paid.")
                               .arg(provider)
                         : tr("%1 at %2").arg(provider, account->baseUrl.toString()));
    const bool active = account->name.compare(m_settings.activeAccount(), Qt::CaseInsensitive) == 0;
    m_ui->activePushButton->setEnabled(!active);
    m_ui->activePushButton->setText(active ? tr("Used for sending") : tr("Use for sending"));

    const Capabilities capabilities = ProviderSession::capabilities(*account);
    m_ui->topUpPushButton->setText(capabilities.topUp ? tr("Top &up with M-Pesa…")
                                                      : tr("How to top &up…"));
    m_ui->testPushButton->setEnabled(capabilities.balance);
    // Every tab has the account before one is hidden: hiding the current tab shows another.
    for (AccountTab* tab : std::as_const(m_tabs))
        tab->setAccount(*account);
    for (AccountTab* tab : std::as_const(m_tabs)) {
        m_ui->detailsTabWidget->setTabVisible(m_ui->detailsTabWidget->indexOf(tab),
                                              tab->offeredBy(capabilities));
    }

    m_ui->balanceLabel->setText(tr("Not checked yet"));
    setStatus({});
    m_lowBalanceShown = false;
    if (const auto known = m_providers.knownBalance(account->id))
        showBalance(*account, known->balance); // read on another screen, or earlier
    m_balanceShown = isVisible();
    if (!isVisible())
        return;
    if (capabilities.balance)
        testConnection();
    if (AccountTab* tab = currentTab())
        tab->activate();
}

void AccountsPage::addAccount()
{
    auto* dialog
        = new AccountDialog(m_database, m_secrets, m_providers, m_settings, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::accountSaved, this, [this](qint64 id) {
        Result<Account> saved = AccountStore(m_database).findById(id);
        if (saved && m_settings.activeAccount().isEmpty())
            m_settings.setActiveAccount(saved.value().name);
        reload();
        if (saved)
            selectAccount(saved.value().name);
        Q_EMIT accountsChanged();
    });
    dialog->open();
}

void AccountsPage::editAccount()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    auto* dialog = new AccountDialog(m_database, m_secrets, m_providers, m_settings, account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountDialog::accountSaved, this, [this, oldName = account->name](qint64 id) {
        m_providers.forget(id);
        Result<Account> saved = AccountStore(m_database).findById(id);
        if (saved && oldName.compare(m_settings.activeAccount(), Qt::CaseInsensitive) == 0)
            m_settings.setActiveAccount(saved.value().name);
        reload();
        if (saved)
            selectAccount(saved.value().name);
        Q_EMIT accountsChanged();
    });
    dialog->open();
}

void AccountsPage::removeAccount()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    const QString question = account->sandbox
        ? tr("Remove the account \"%1\"? The sandbox's messages stay in the simulator.")
              .arg(account->name)
        : tr("Remove the account \"%1\"? Its key is deleted from the system keychain. "
             "What was sent stays in the provider's history.")
              .arg(account->name);
    if (QMessageBox::question(this, tr("Remove Account"), question,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;

    QPointer<AccountsPage> self(this);
    const Result<void> removed
        = AccountService(m_database, m_secrets, &m_providers)
              .remove(*account, [self, name = account->name](Result<void> keyRemoved) {
                  if (!self || keyRemoved)
                      return;
                  QMessageBox::warning(
                      self, tr("Remove Account"),
                      tr("The account \"%1\" is removed, but its key could not be deleted "
                         "from the system keychain: %2 Delete the entry named Tuma there "
                         "yourself if you no longer need it.")
                          .arg(name, keyRemoved.error().message));
              });
    if (!removed) {
        QMessageBox::warning(this, tr("Remove Account"), removed.error().message);
        return;
    }
    if (account->name.compare(m_settings.activeAccount(), Qt::CaseInsensitive) == 0)
        m_settings.setActiveAccount({});
    reload();
    Q_EMIT accountsChanged();
}

void AccountsPage::makeActive()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    m_settings.setActiveAccount(account->name);
    reload();
    Q_EMIT accountsChanged();
}

void AccountsPage::testConnection()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    m_ui->testPushButton->setEnabled(false);
    setStatus(tr("Asking %1 for the balance…").arg(account->name));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    // A balance read is shown through the session's balanceKnown, as anywhere else.
    m_providers.readBalance(
        *account, this,
        m_answers.guard([this, account = *account, timer](ProviderResult<Balance> result) {
            m_ui->testPushButton->setEnabled(true);
            if (!result) {
                m_ui->balanceLabel->setText(tr("Unknown"));
                setStatus(AccountTab::errorText(result.error()), true);
                return;
            }
            if (!account.lowBalanceThreshold
                || result.value().amount >= *account.lowBalanceThreshold) {
                setStatus(tr("The connection works: the provider answered in %n ms.", nullptr,
                             static_cast<int>(timer->elapsed())));
            }
        }));
}

void AccountsPage::showBalance(const Account& account, const Balance& balance)
{
    QString text = balanceText(balance.amount, balance.unit);
    if (balance.smsRemaining)
        text
            = tr("%1 (%Ln message(s))", nullptr, static_cast<int>(*balance.smsRemaining)).arg(text);
    m_ui->balanceLabel->setText(text);
    if (account.lowBalanceThreshold && balance.amount < *account.lowBalanceThreshold) {
        setStatus(tr("The balance is below your warning level of %1. Top up before the next "
                     "campaign.")
                      .arg(balanceText(*account.lowBalanceThreshold, balance.unit)),
                  true);
        m_lowBalanceShown = true;
    } else if (m_lowBalanceShown) {
        // Topped up since: the warning is no longer true.
        setStatus(tr("The balance is %1.").arg(text));
        m_lowBalanceShown = false;
    }
}

void AccountsPage::topUp()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    if (!ProviderSession::capabilities(*account).topUp) {
        showTopUpHelp();
        return;
    }
    TopUpDialog::openFor(m_database, m_providers, *account, m_settings, this);
}

void AccountsPage::showTopUpHelp()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    const std::optional<ProviderKind> kind = providerFromName(account->provider);
    const QString provider = kind ? providerDisplayName(*kind) : account->provider;
    QMessageBox::information(
        this, tr("How to Top Up"),
        tr("%1 does not let Tuma start a payment. Buy credit the way %1 tells you to: in its "
           "web dashboard, or by M-Pesa to its paybill number with your account name as the "
           "account number. Then press Test connection here to see the new balance.")
            .arg(provider));
}

void AccountsPage::setStatus(const QString& text, bool error)
{
    m_lowBalanceShown = false;
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(
        error ? QStringLiteral("color: %1;").arg(Colors::error(palette()).name()) : QString());
}

} // namespace tuma
