// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsPage.h"

#include "AccountDialog.h"
#include "RemoteContactDialog.h"
#include "TopUpDialog.h"
#include "accounts/AccountService.h"
#include "accounts/DeliveryReports.h"
#include "accounts/ProviderSession.h"
#include "accounts/RemoteSync.h"
#include "core/PhoneNumber.h"
#include "core/SmsText.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/TemplateStore.h"
#include "ui_AccountsPage.h"
#include "widgets/BalanceText.h"
#include "widgets/Colors.h"
#include "widgets/TableLook.h"
#include "widgets/TextTableModel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QShowEvent>

namespace tuma {

namespace {

// The quick "send now" box is for a few numbers; campaigns are for audiences.
constexpr int maximumQuickRecipients = 50;

QString dateText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString stateText(MessageState state)
{
    switch (state) {
    case MessageState::Pending:
        return AccountsPage::tr("Pending");
    case MessageState::Accepted:
        return AccountsPage::tr("Accepted");
    case MessageState::Sent:
        return AccountsPage::tr("Sent");
    case MessageState::Delivered:
        return AccountsPage::tr("Delivered");
    case MessageState::Failed:
        return AccountsPage::tr("Failed");
    case MessageState::Unknown:
        return AccountsPage::tr("Unknown");
    }
    return {};
}

// Tuma's word, and the provider's own where it says something else.
QString statusText(MessageState state, const QString& providerStatus)
{
    const QString ours = stateText(state);
    if (providerStatus.isEmpty() || providerStatus.compare(ours, Qt::CaseInsensitive) == 0
        || providerStatus.compare(messageStateName(state), Qt::CaseInsensitive) == 0)
        return ours;
    return AccountsPage::tr("%1 (%2)").arg(ours, providerStatus);
}

} // namespace

AccountsPage::AccountsPage(Database& database, AppSettings& settings, SecretStore& secrets,
                           ProviderSession& providers, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountsPage>())
    , m_database(database)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_providers(providers)
    , m_historyModel(new TextTableModel(this))
    , m_transactionsModel(new TextTableModel(this))
    , m_remoteGroupsModel(new TextTableModel(this))
    , m_remoteContactsModel(new TextTableModel(this))
    , m_remoteTemplatesModel(new TextTableModel(this))
{
    m_ui->setupUi(this);
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    QFont balanceFont = m_ui->balanceLabel->font();
    balanceFont.setPointSizeF(balanceFont.pointSizeF() * 1.6);
    m_ui->balanceLabel->setFont(balanceFont);

    m_historyModel->setHeaders(
        {tr("Sent"), tr("To"), tr("Message"), tr("Status"), tr("Cost"), tr("Message ID")});
    m_ui->historyTableView->setModel(m_historyModel);
    m_transactionsModel->setHeaders(
        {tr("Date"), tr("Type"), tr("Amount"), tr("Balance"), tr("Description"), tr("Reference")});
    m_ui->transactionsTableView->setModel(m_transactionsModel);
    m_remoteGroupsModel->setHeaders({tr("Name"), tr("Contacts"), tr("Created"), tr("ID")});
    m_ui->remoteGroupsTableView->setModel(m_remoteGroupsModel);
    m_remoteContactsModel->setHeaders(
        {tr("Phone"), tr("First name"), tr("Last name"), tr("Email"), tr("ID")});
    m_ui->remoteContactsTableView->setModel(m_remoteContactsModel);
    m_remoteTemplatesModel->setHeaders({tr("Name"), tr("Text")});
    m_ui->remoteTemplatesTableView->setModel(m_remoteTemplatesModel);
    for (QTableView* view :
         {m_ui->historyTableView, m_ui->transactionsTableView, m_ui->remoteGroupsTableView,
          m_ui->remoteContactsTableView, m_ui->remoteTemplatesTableView}) {
        view->verticalHeader()->hide();
        fitColumns(view);
    }
    // The text takes the room that is left (cut with "…", whole in its tooltip); ids get a
    // fixed width, so no table needs a horizontal scroll bar.
    const int idWidth = 14 * fontMetrics().averageCharWidth();
    for (QTableView* view : {m_ui->historyTableView, m_ui->transactionsTableView})
        view->horizontalHeader()->setStretchLastSection(false);
    m_ui->historyTableView->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->historyTableView->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Interactive);
    m_ui->historyTableView->horizontalHeader()->resizeSection(5, idWidth);
    m_ui->transactionsTableView->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_ui->remoteTemplatesTableView->horizontalHeader()->setSectionResizeMode(1,
                                                                             QHeaderView::Stretch);
    m_ui->remoteGroupsTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->remoteContactsTableView->horizontalHeader()->setStretchLastSection(true);
    // F5 refreshes whichever list is in view (a hidden button's shortcut does not fire).
    for (QPushButton* refresh :
         {m_ui->historyRefreshPushButton, m_ui->transactionsRefreshPushButton,
          m_ui->remoteRefreshPushButton, m_ui->remoteTemplatesRefreshPushButton}) {
        refresh->setShortcut(QKeySequence::Refresh);
        refresh->setToolTip(
            tr("Ask the provider again (%1)")
                .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    }
    m_ui->messagePlainTextEdit->setPlaceholderText(
        tr("A short test, for example: Hello from Tuma!"));

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
    connect(m_ui->sendPushButton, &QPushButton::clicked, this, &AccountsPage::sendMessage);
    connect(m_ui->toLineEdit, &QLineEdit::textChanged, this, &AccountsPage::updateSendButton);
    connect(m_ui->messagePlainTextEdit, &QPlainTextEdit::textChanged, this,
            &AccountsPage::updateSendButton);
    connect(m_ui->historyRefreshPushButton, &QPushButton::clicked, this,
            [this] { loadHistory(m_historyPage); });
    connect(m_ui->historyPreviousPushButton, &QPushButton::clicked, this,
            [this] { loadHistory(m_historyPage - 1); });
    connect(m_ui->historyNextPushButton, &QPushButton::clicked, this,
            [this] { loadHistory(m_historyPage + 1); });
    connect(m_ui->transactionsRefreshPushButton, &QPushButton::clicked, this,
            [this] { loadTransactions(m_transactionsPage); });
    connect(m_ui->transactionsPreviousPushButton, &QPushButton::clicked, this,
            [this] { loadTransactions(m_transactionsPage - 1); });
    connect(m_ui->transactionsNextPushButton, &QPushButton::clicked, this,
            [this] { loadTransactions(m_transactionsPage + 1); });
    connect(m_ui->remoteRefreshPushButton, &QPushButton::clicked, this,
            &AccountsPage::loadRemoteGroups);
    connect(m_ui->pushGroupPushButton, &QPushButton::clicked, this, &AccountsPage::pushGroup);
    connect(m_ui->pullGroupPushButton, &QPushButton::clicked, this, &AccountsPage::pullGroup);
    connect(m_ui->renameRemoteGroupPushButton, &QPushButton::clicked, this,
            &AccountsPage::renameRemoteGroup);
    connect(m_ui->deleteRemoteGroupPushButton, &QPushButton::clicked, this,
            &AccountsPage::deleteRemoteGroup);
    connect(m_ui->editRemoteContactPushButton, &QPushButton::clicked, this,
            &AccountsPage::editRemoteContact);
    connect(m_ui->deleteRemoteContactPushButton, &QPushButton::clicked, this,
            &AccountsPage::deleteRemoteContact);
    connect(m_ui->remoteGroupsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &AccountsPage::showRemoteContacts);
    connect(m_ui->remoteContactsTableView->selectionModel(),
            &QItemSelectionModel::currentRowChanged, this, &AccountsPage::updateRemoteButtons);
    connect(m_ui->remoteTemplatesTableView->selectionModel(),
            &QItemSelectionModel::currentRowChanged, this, &AccountsPage::updateRemoteButtons);
    connect(m_ui->remoteTemplatesRefreshPushButton, &QPushButton::clicked, this,
            &AccountsPage::loadRemoteTemplates);
    connect(m_ui->copyTemplatePushButton, &QPushButton::clicked, this, &AccountsPage::copyTemplate);
    connect(m_ui->pushTemplatePushButton, &QPushButton::clicked, this, &AccountsPage::pushTemplate);
    connect(m_ui->deleteRemoteTemplatePushButton, &QPushButton::clicked, this,
            &AccountsPage::deleteRemoteTemplate);
    // The balance shown is the one Tuma last read, whichever screen asked.
    connect(&m_providers, &ProviderSession::balanceKnown, this, [this](qint64 accountId) {
        const std::optional<Account> shown = currentAccount();
        const auto known = m_providers.knownBalance(accountId);
        if (shown && shown->id == accountId && known)
            showBalance(*shown, known->balance);
    });
    connect(m_ui->detailsTabWidget, &QTabWidget::currentChanged, this, [this] {
        QWidget* tab = m_ui->detailsTabWidget->currentWidget();
        if (tab == m_ui->historyTab && m_historyModel->rowCount() == 0)
            loadHistory(1);
        else if (tab == m_ui->transactionsTab && m_transactionsModel->rowCount() == 0)
            loadTransactions(1);
        else if (tab == m_ui->remoteTab && m_remoteGroups.isEmpty())
            loadRemoteGroups();
        else if (tab == m_ui->templatesTab && m_remoteTemplates.isEmpty())
            loadRemoteTemplates();
    });
    reload();
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
    m_ui->detailsTabWidget->setTabVisible(m_ui->detailsTabWidget->indexOf(m_ui->historyTab),
                                          capabilities.history);
    m_ui->detailsTabWidget->setTabVisible(m_ui->detailsTabWidget->indexOf(m_ui->transactionsTab),
                                          capabilities.transactions);
    m_ui->detailsTabWidget->setTabVisible(m_ui->detailsTabWidget->indexOf(m_ui->remoteTab),
                                          capabilities.remoteGroups
                                              || capabilities.remoteContactImport);
    m_ui->detailsTabWidget->setTabVisible(m_ui->detailsTabWidget->indexOf(m_ui->templatesTab),
                                          capabilities.templates);
    // Without groups to list (QSMS), the provider only takes imports.
    const QList<QWidget*> groupWidgets {
        m_ui->remoteGroupsLabel,           m_ui->remoteGroupsTableView,
        m_ui->remoteRefreshPushButton,     m_ui->pullGroupPushButton,
        m_ui->renameRemoteGroupPushButton, m_ui->deleteRemoteGroupPushButton,
        m_ui->remoteContactsLabel,         m_ui->remoteContactsTableView,
        m_ui->editRemoteContactPushButton, m_ui->deleteRemoteContactPushButton};
    for (QWidget* widget : groupWidgets)
        widget->setVisible(capabilities.remoteGroups);
    m_ui->renameRemoteGroupPushButton->setVisible(capabilities.remoteGroupRename);
    m_remoteGroups.clear();
    m_remoteContacts.clear();
    m_remoteTemplates.clear();
    m_remoteGroupsModel->clear();
    m_remoteContactsModel->clear();
    m_remoteTemplatesModel->clear();
    updateRemoteButtons();

    m_ui->senderComboBox->clear();
    m_ui->senderComboBox->addItems(account->senderIds);
    m_ui->senderComboBox->setCurrentText(account->senderOrDefault());
    m_ui->balanceLabel->setText(tr("Not checked yet"));
    setStatus({});
    m_lowBalanceShown = false;
    if (const auto known = m_providers.knownBalance(account->id))
        showBalance(*account, known->balance); // read on another screen, or earlier
    m_historyModel->clear();
    m_transactionsModel->clear();
    m_historyPage = 1;
    m_transactionsPage = 1;
    m_ui->historyPageLabel->clear();
    m_ui->transactionsPageLabel->clear();
    m_ui->historyPreviousPushButton->setEnabled(false);
    m_ui->historyNextPushButton->setEnabled(false);
    m_ui->transactionsPreviousPushButton->setEnabled(false);
    m_ui->transactionsNextPushButton->setEnabled(false);
    updateSendButton();
    m_balanceShown = isVisible();
    if (capabilities.balance && isVisible())
        testConnection();
    if (m_ui->detailsTabWidget->currentWidget() == m_ui->historyTab && capabilities.history
        && isVisible())
        loadHistory(1);
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
    m_providers.readBalance(*account, this,
                            [this, account = *account, timer](ProviderResult<Balance> result) {
                                m_ui->testPushButton->setEnabled(true);
                                const std::optional<Account> shown = currentAccount();
                                if (!shown || shown->id != account.id)
                                    return;
                                if (!result) {
                                    m_ui->balanceLabel->setText(tr("Unknown"));
                                    setStatus(errorText(result.error()), true);
                                    return;
                                }
                                if (!account.lowBalanceThreshold
                                    || result.value().amount >= *account.lowBalanceThreshold) {
                                    setStatus(tr("The connection works: the provider answered "
                                                 "in %n ms.",
                                                 nullptr, static_cast<int>(timer->elapsed())));
                                }
                            });
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

void AccountsPage::updateSendButton()
{
    const std::optional<Account> account = currentAccount();
    const QString text = m_ui->messagePlainTextEdit->toPlainText();
    const QStringList numbers = m_ui->toLineEdit->text().split(u',', Qt::SkipEmptyParts);
    QString info;
    if (!text.isEmpty()) {
        const int segments = SmsText::count(text).segments;
        info = tr("%n part(s)", nullptr, segments);
        if (!numbers.isEmpty()) {
            info += tr(", %Ln message(s) in all", nullptr,
                       segments * static_cast<int>(numbers.size()));
        }
    }
    if (!m_sending)
        m_ui->sendInfoLabel->setText(info);
    m_ui->sendPushButton->setEnabled(account && !m_sending && !text.trimmed().isEmpty()
                                     && !numbers.isEmpty());
}

void AccountsPage::sendMessage()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    QStringList numbers;
    for (const QString& raw : m_ui->toLineEdit->text().split(u',', Qt::SkipEmptyParts)) {
        const Result<QString> phone = PhoneNumber::normalize(raw, account->region);
        if (!phone) {
            m_ui->sendInfoLabel->setText(
                tr("\"%1\" cannot receive SMS: %2").arg(raw.trimmed(), phone.error().message));
            return;
        }
        if (!numbers.contains(phone.value()))
            numbers.append(phone.value());
    }
    if (numbers.size() > maximumQuickRecipients) {
        m_ui->sendInfoLabel->setText(tr("Send to at most %1 numbers here. For more, create a "
                                        "campaign.")
                                         .arg(maximumQuickRecipients));
        return;
    }
    const Capabilities capabilities = ProviderSession::capabilities(*account);
    const QString sender = m_ui->senderComboBox->currentText().trimmed();
    if (capabilities.senderRequired && sender.isEmpty()) {
        m_ui->sendInfoLabel->setText(tr("Choose a sender ID: this provider needs one."));
        return;
    }
    SendRequest request;
    request.text = m_ui->messagePlainTextEdit->toPlainText();
    request.senderId = sender;
    for (const QString& phone : std::as_const(numbers))
        request.recipients.append({phone, request.text, {}});
    if (request.recipients.size() > std::max(1, capabilities.maxRecipientsPerRequest)) {
        m_ui->sendInfoLabel->setText(tr("This provider takes at most %Ln number(s) at once. "
                                        "Create a campaign to send to more.",
                                        nullptr, capabilities.maxRecipientsPerRequest));
        return;
    }
    m_sending = true;
    updateSendButton();
    m_ui->sendInfoLabel->setText(tr("Sending…"));
    m_providers.run<SendResult>(
        *account, this,
        [request](ProviderAdapter& adapter, ProviderAdapter::Reply<SendResult> done) {
            adapter.send(request, done);
        },
        [this](ProviderResult<SendResult> result) {
            m_sending = false;
            if (!result) {
                updateSendButton();
                m_ui->sendInfoLabel->setText(errorText(result.error()));
                return;
            }
            int accepted = 0;
            QStringList refused;
            for (const RecipientOutcome& outcome : result.value().recipients) {
                if (outcome.accepted)
                    ++accepted;
                else
                    refused.append(tr("%1: %2").arg(outcome.phone, outcome.errorText));
            }
            QString summary = tr("The provider accepted %Ln message(s).", nullptr, accepted);
            if (!refused.isEmpty())
                summary += u' ' + tr("Refused: %1").arg(refused.join(QStringLiteral("; ")));
            updateSendButton();
            m_ui->sendInfoLabel->setText(summary);
            // What was sent shows in the balance and the history.
            testConnection();
            if (m_ui->detailsTabWidget->isTabVisible(
                    m_ui->detailsTabWidget->indexOf(m_ui->historyTab)))
                loadHistory(1);
        });
}

void AccountsPage::loadHistory(int page)
{
    const std::optional<Account> account = currentAccount();
    if (!account || page < 1)
        return;
    HistoryQuery query;
    query.page = page;
    query.limit = 25;
    query.senderId = account->senderOrDefault();
    m_ui->historyRefreshPushButton->setEnabled(false);
    m_ui->historyPageLabel->setText(tr("Loading…"));
    m_providers.run<HistoryPage>(
        *account, this,
        [query](ProviderAdapter& adapter, ProviderAdapter::Reply<HistoryPage> done) {
            adapter.history(query, done);
        },
        [this, id = account->id](ProviderResult<HistoryPage> result) {
            m_ui->historyRefreshPushButton->setEnabled(true);
            const std::optional<Account> shown = currentAccount();
            if (!shown || shown->id != id)
                return;
            if (!result) {
                m_ui->historyPageLabel->setText(tr("Not loaded"));
                setStatus(errorText(result.error()), true);
                return;
            }
            const HistoryPage& history = result.value();
            QList<TextTableModel::Row> rows;
            for (const HistoryEntry& entry : history.entries) {
                const QString to = entry.phone.isEmpty()
                    ? tr("%Ln recipient(s)", nullptr, entry.recipientCount)
                    : PhoneNumber::format(entry.phone.startsWith(u'+') ? entry.phone
                                                                       : u'+' + entry.phone,
                                          m_settings.phoneDisplayFormat());
                rows.append({{dateText(entry.createdAt), entry.createdAt},
                             {to, entry.phone},
                             {entry.text, {}},
                             {statusText(entry.state, entry.providerStatus), {}},
                             {entry.cost ? QLocale().toString(*entry.cost) : QString(),
                              entry.cost ? QVariant(*entry.cost) : QVariant()},
                             {entry.messageId, {}}});
            }
            m_historyModel->setRows(rows);
            m_historyPage = history.page;
            m_ui->historyPageLabel->setText(
                tr("Page %1 of %2").arg(history.page).arg(std::max(1, history.lastPage)));
            m_ui->historyPreviousPushButton->setEnabled(history.page > 1);
            m_ui->historyNextPushButton->setEnabled(history.page < history.lastPage);
        });
}

void AccountsPage::loadTransactions(int page)
{
    const std::optional<Account> account = currentAccount();
    if (!account || page < 1)
        return;
    TransactionQuery query;
    query.page = page;
    m_ui->transactionsRefreshPushButton->setEnabled(false);
    m_ui->transactionsPageLabel->setText(tr("Loading…"));
    m_providers.run<TransactionPage>(
        *account, this,
        [query](ProviderAdapter& adapter, ProviderAdapter::Reply<TransactionPage> done) {
            adapter.transactions(query, done);
        },
        [this, id = account->id](ProviderResult<TransactionPage> result) {
            m_ui->transactionsRefreshPushButton->setEnabled(true);
            const std::optional<Account> shown = currentAccount();
            if (!shown || shown->id != id)
                return;
            if (!result) {
                m_ui->transactionsPageLabel->setText(tr("Not loaded"));
                setStatus(errorText(result.error()), true);
                return;
            }
            const TransactionPage& transactions = result.value();
            QList<TextTableModel::Row> rows;
            const QLocale locale;
            for (const Transaction& transaction : transactions.transactions) {
                rows.append({{dateText(transaction.createdAt), transaction.createdAt},
                             {transaction.type, {}},
                             {locale.toString(transaction.amount), transaction.amount},
                             {locale.toString(transaction.balance), transaction.balance},
                             {transaction.description, {}},
                             {transaction.reference, {}}});
            }
            m_transactionsModel->setRows(rows);
            m_transactionsPage = transactions.page;
            m_ui->transactionsPageLabel->setText(
                tr("Page %1 of %2").arg(transactions.page).arg(std::max(1, transactions.lastPage)));
            m_ui->transactionsPreviousPushButton->setEnabled(transactions.page > 1);
            m_ui->transactionsNextPushButton->setEnabled(transactions.page < transactions.lastPage);
        });
}

void AccountsPage::loadRemoteGroups()
{
    const std::optional<Account> account = currentAccount();
    if (!account || !ProviderSession::capabilities(*account).remoteGroups)
        return;
    m_ui->remoteRefreshPushButton->setEnabled(false);
    m_providers.run<QList<RemoteGroup>>(
        *account, this,
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<QList<RemoteGroup>> done) {
            adapter.listGroups(done);
        },
        [this, id = account->id](ProviderResult<QList<RemoteGroup>> result) {
            m_ui->remoteRefreshPushButton->setEnabled(true);
            const std::optional<Account> shown = currentAccount();
            if (!shown || shown->id != id)
                return;
            if (!result) {
                setStatus(errorText(result.error()), true);
                return;
            }
            m_remoteGroups = result.value();
            QList<TextTableModel::Row> rows;
            for (const RemoteGroup& group : std::as_const(m_remoteGroups)) {
                rows.append(
                    {{group.name, {}},
                     {group.contactCount >= 0 ? QLocale().toString(group.contactCount) : QString(),
                      group.contactCount},
                     {dateText(group.createdAt), group.createdAt},
                     {group.id, {}}});
            }
            m_remoteGroupsModel->setRows(rows);
            m_remoteContacts.clear();
            m_remoteContactsModel->clear();
            updateRemoteButtons();
        });
}

std::optional<RemoteGroup> AccountsPage::currentRemoteGroup() const
{
    const QModelIndex current = m_ui->remoteGroupsTableView->currentIndex();
    if (!current.isValid() || current.row() >= m_remoteGroups.size())
        return std::nullopt;
    return m_remoteGroups.at(current.row());
}

void AccountsPage::showRemoteContacts()
{
    updateRemoteButtons();
    const std::optional<Account> account = currentAccount();
    const std::optional<RemoteGroup> group = currentRemoteGroup();
    m_remoteContacts.clear();
    m_remoteContactsModel->clear();
    if (!account || !group)
        return;
    RemoteContactQuery query;
    query.groupId = group->id;
    query.limit = 200;
    m_providers.run<RemoteContactPage>(
        *account, this,
        [query](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteContactPage> done) {
            adapter.listContacts(query, done);
        },
        [this, groupId = group->id](ProviderResult<RemoteContactPage> result) {
            const std::optional<RemoteGroup> shown = currentRemoteGroup();
            if (!shown || shown->id != groupId)
                return;
            if (!result) {
                setStatus(errorText(result.error()), true);
                return;
            }
            m_remoteContacts = result.value().contacts;
            QList<TextTableModel::Row> rows;
            for (const RemoteContact& contact : std::as_const(m_remoteContacts)) {
                rows.append({{contact.phone, {}},
                             {contact.firstName, {}},
                             {contact.lastName, {}},
                             {contact.email, {}},
                             {contact.id, {}}});
            }
            m_remoteContactsModel->setRows(rows);
            if (result.value().total > m_remoteContacts.size()) {
                setStatus(tr("Showing the first %1 of the group's %2 contacts. Bring the group "
                             "into Tuma to see them all.")
                              .arg(m_remoteContacts.size())
                              .arg(result.value().total));
            }
            updateRemoteButtons();
        });
}

void AccountsPage::updateRemoteButtons()
{
    const bool group = currentRemoteGroup().has_value();
    const QModelIndex contact = m_ui->remoteContactsTableView->currentIndex();
    const bool hasContact = contact.isValid() && contact.row() < m_remoteContacts.size();
    const QModelIndex templ = m_ui->remoteTemplatesTableView->currentIndex();
    const bool hasTemplate = templ.isValid() && templ.row() < m_remoteTemplates.size();
    const std::optional<Account> account = currentAccount();
    const Capabilities capabilities
        = account ? ProviderSession::capabilities(*account) : Capabilities();
    m_ui->pullGroupPushButton->setEnabled(group && capabilities.remoteContacts);
    m_ui->renameRemoteGroupPushButton->setEnabled(group);
    m_ui->deleteRemoteGroupPushButton->setEnabled(group);
    m_ui->editRemoteContactPushButton->setEnabled(hasContact);
    m_ui->deleteRemoteContactPushButton->setEnabled(hasContact);
    m_ui->copyTemplatePushButton->setEnabled(hasTemplate);
    m_ui->deleteRemoteTemplatePushButton->setEnabled(hasTemplate);
}

void AccountsPage::runSync(const std::function<void(RemoteSync&)>& start, const QString& title)
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    auto* sync = new RemoteSync(m_database, m_providers, *account, this);
    auto* progress = new QProgressDialog(title, tr("Stop"), 0, 0, this);
    progress->setWindowTitle(title);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, sync, &RemoteSync::cancel);
    connect(sync, &RemoteSync::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(sync, &RemoteSync::finished, this,
            [this, sync, progress](bool ok, const QString& summary) {
                progress->close();
                setStatus(summary, !ok);
                sync->deleteLater();
                if (ok) {
                    Q_EMIT contactsChanged();
                    loadRemoteGroups();
                }
            });
    progress->open();
    start(*sync);
}

void AccountsPage::pushGroup()
{
    Result<QList<GroupSummary>> groups = GroupStore(m_database).list();
    if (!groups || groups.value().isEmpty()) {
        setStatus(tr("There is no Tuma group to send yet. Create one on the Groups page."), true);
        return;
    }
    QStringList names;
    for (const GroupSummary& group : groups.value())
        names.append(tr("%1 (%Ln contact(s))", nullptr, group.members).arg(group.name));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Send a Group to the Provider"),
        tr("The provider gets a group of the same name with these contacts:"), names, 0, false,
        &ok);
    if (!ok)
        return;
    const qint64 groupId = groups.value().at(names.indexOf(chosen)).id;
    runSync([groupId](RemoteSync& sync) { sync.pushGroup(groupId); },
            tr("Sending the group to the provider…"));
}

void AccountsPage::pullGroup()
{
    const std::optional<RemoteGroup> group = currentRemoteGroup();
    if (!group)
        return;
    runSync([group = *group](RemoteSync& sync) { sync.pullGroup(group); },
            tr("Bringing the group into Tuma…"));
}

void AccountsPage::renameRemoteGroup()
{
    const std::optional<Account> account = currentAccount();
    const std::optional<RemoteGroup> group = currentRemoteGroup();
    if (!account || !group)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Group on the Provider"),
                                               tr("New name:"), QLineEdit::Normal, group->name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == group->name)
        return;
    m_providers.run<void>(
        *account, this,
        [id = group->id, name](ProviderAdapter& adapter, ProviderAdapter::Reply<void> done) {
            adapter.renameGroup(id, name, done);
        },
        [this](ProviderResult<void> result) {
            if (!result)
                setStatus(errorText(result.error()), true);
            loadRemoteGroups();
        });
}

void AccountsPage::deleteRemoteGroup()
{
    const std::optional<Account> account = currentAccount();
    const std::optional<RemoteGroup> group = currentRemoteGroup();
    if (!account || !group)
        return;
    if (QMessageBox::question(this, tr("Delete Group on the Provider"),
                              tr("Delete the group \"%1\" from the provider? Tuma's own groups "
                                 "and contacts are not touched.")
                                  .arg(group->name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_providers.run<void>(
        *account, this,
        [id = group->id](ProviderAdapter& adapter, ProviderAdapter::Reply<void> done) {
            adapter.deleteGroup(id, done);
        },
        [this](ProviderResult<void> result) {
            if (!result)
                setStatus(errorText(result.error()), true);
            loadRemoteGroups();
        });
}

void AccountsPage::editRemoteContact()
{
    const std::optional<Account> account = currentAccount();
    const QModelIndex current = m_ui->remoteContactsTableView->currentIndex();
    if (!account || !current.isValid() || current.row() >= m_remoteContacts.size())
        return;
    RemoteContactDialog dialog(m_remoteContacts.at(current.row()), account->region, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RemoteContact edited = dialog.contact();
    m_providers.run<RemoteContact>(
        *account, this,
        [edited](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteContact> done) {
            adapter.updateContact(edited, done);
        },
        [this](ProviderResult<RemoteContact> result) {
            if (!result)
                setStatus(errorText(result.error()), true);
            showRemoteContacts();
        });
}

void AccountsPage::deleteRemoteContact()
{
    const std::optional<Account> account = currentAccount();
    const QModelIndex current = m_ui->remoteContactsTableView->currentIndex();
    if (!account || !current.isValid() || current.row() >= m_remoteContacts.size())
        return;
    const RemoteContact contact = m_remoteContacts.at(current.row());
    if (QMessageBox::question(this, tr("Delete Contact on the Provider"),
                              tr("Delete %1 from the provider's group? Tuma's own contacts are "
                                 "not touched.")
                                  .arg(contact.phone),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_providers.run<void>(
        *account, this,
        [contact](ProviderAdapter& adapter, ProviderAdapter::Reply<void> done) {
            adapter.deleteContact(contact.groupId, contact.id, done);
        },
        [this](ProviderResult<void> result) {
            if (!result)
                setStatus(errorText(result.error()), true);
            showRemoteContacts();
        });
}

void AccountsPage::loadRemoteTemplates()
{
    const std::optional<Account> account = currentAccount();
    if (!account || !ProviderSession::capabilities(*account).templates)
        return;
    m_ui->remoteTemplatesRefreshPushButton->setEnabled(false);
    m_providers.run<QList<RemoteTemplate>>(
        *account, this,
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<QList<RemoteTemplate>> done) {
            adapter.listTemplates(done);
        },
        [this, id = account->id](ProviderResult<QList<RemoteTemplate>> result) {
            m_ui->remoteTemplatesRefreshPushButton->setEnabled(true);
            const std::optional<Account> shown = currentAccount();
            if (!shown || shown->id != id)
                return;
            if (!result) {
                setStatus(errorText(result.error()), true);
                return;
            }
            m_remoteTemplates = result.value();
            QList<TextTableModel::Row> rows;
            for (const RemoteTemplate& templ : std::as_const(m_remoteTemplates))
                rows.append({{templ.name, {}}, {templ.content, {}}});
            m_remoteTemplatesModel->setRows(rows);
            updateRemoteButtons();
        });
}

void AccountsPage::copyTemplate()
{
    const QModelIndex current = m_ui->remoteTemplatesTableView->currentIndex();
    if (!current.isValid() || current.row() >= m_remoteTemplates.size())
        return;
    const RemoteTemplate& remote = m_remoteTemplates.at(current.row());
    TemplateStore templates(m_database);
    QString name = remote.name;
    // Never overwrite a template of the user's: a copy gets a name of its own.
    for (int copy = 2; templates.find(name).ok(); ++copy)
        name = tr("%1 (%2)").arg(remote.name).arg(copy);
    // The adapter hands the text over in Tuma's <<field>> form.
    if (Result<StoredTemplate> added = templates.add(name, remote.content); !added) {
        setStatus(added.error().message, true);
        return;
    }
    setStatus(
        tr("Copied the template into Tuma as \"%1\". Find it on the Templates page.").arg(name));
    Q_EMIT templatesChanged();
}

void AccountsPage::pushTemplate()
{
    const std::optional<Account> account = currentAccount();
    if (!account)
        return;
    Result<QList<StoredTemplate>> templates = TemplateStore(m_database).list();
    if (!templates || templates.value().isEmpty()) {
        setStatus(tr("There is no Tuma template to send yet. Write one on the Templates page."),
                  true);
        return;
    }
    QStringList names;
    for (const StoredTemplate& templ : templates.value())
        names.append(templ.name);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Send a Template to the Provider"),
        tr("The provider gets this template; a template of the same name there is replaced:"),
        names, 0, false, &ok);
    if (!ok)
        return;
    RemoteTemplate remote;
    remote.name = chosen;
    remote.content = templates.value().at(names.indexOf(chosen)).body;
    for (const RemoteTemplate& existing : std::as_const(m_remoteTemplates)) {
        if (existing.name.compare(chosen, Qt::CaseInsensitive) == 0)
            remote.id = existing.id;
    }
    m_providers.run<RemoteTemplate>(
        *account, this,
        [remote](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteTemplate> done) {
            if (remote.id.isEmpty())
                adapter.createTemplate(remote, done);
            else
                adapter.updateTemplate(remote, done);
        },
        [this, chosen](ProviderResult<RemoteTemplate> result) {
            if (!result)
                setStatus(errorText(result.error()), true);
            else
                setStatus(tr("Sent the template \"%1\" to the provider.").arg(chosen));
            loadRemoteTemplates();
        });
}

void AccountsPage::deleteRemoteTemplate()
{
    const std::optional<Account> account = currentAccount();
    const QModelIndex current = m_ui->remoteTemplatesTableView->currentIndex();
    if (!account || !current.isValid() || current.row() >= m_remoteTemplates.size())
        return;
    const RemoteTemplate remote = m_remoteTemplates.at(current.row());
    if (QMessageBox::question(this, tr("Delete Template on the Provider"),
                              tr("Delete the template \"%1\" from the provider? Tuma's own "
                                 "templates are not touched.")
                                  .arg(remote.name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_providers.run<void>(
        *account, this,
        [id = remote.id](ProviderAdapter& adapter, ProviderAdapter::Reply<void> done) {
            adapter.deleteTemplate(id, done);
        },
        [this](ProviderResult<void> result) {
            if (!result)
                setStatus(errorText(result.error()), true);
            loadRemoteTemplates();
        });
}

void AccountsPage::setStatus(const QString& text, bool error)
{
    m_lowBalanceShown = false;
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(
        error ? QStringLiteral("color: %1;").arg(Colors::error(palette()).name()) : QString());
}

QString AccountsPage::errorText(const ProviderError& error) const
{
    if (error.providerText.isEmpty())
        return error.message;
    return tr("%1 The provider said: %2").arg(error.message, error.providerText);
}

} // namespace tuma
