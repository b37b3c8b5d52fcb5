// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsPage.h"

#include "AccountDialog.h"
#include "RemoteTableModel.h"
#include "TopUpDialog.h"
#include "accounts/ProviderSession.h"
#include "core/PhoneNumber.h"
#include "core/SmsText.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "ui_AccountsPage.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>

namespace tuma {

namespace {

// The quick "send now" box is for a few numbers; campaigns are for audiences.
constexpr int maximumQuickRecipients = 50;

QString amountText(double amount, const QString& unit)
{
    const QLocale locale;
    const QString number = std::floor(amount) == amount ? locale.toString(qint64(amount))
                                                        : locale.toString(amount, 'f', 2);
    return unit.isEmpty() ? number : AccountsPage::tr("%1 %2").arg(number, unit);
}

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

} // namespace

AccountsPage::AccountsPage(Database& database, AppSettings& settings, SecretStore& secrets,
                           ProviderSession& providers, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountsPage>())
    , m_database(database)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_providers(providers)
    , m_historyModel(new RemoteTableModel(this))
    , m_transactionsModel(new RemoteTableModel(this))
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
    for (QTableView* view : {m_ui->historyTableView, m_ui->transactionsTableView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
    connect(m_ui->detailsTabWidget, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->detailsTabWidget->currentWidget() == m_ui->historyTab
            && m_historyModel->rowCount() == 0)
            loadHistory(1);
        else if (m_ui->detailsTabWidget->currentWidget() == m_ui->transactionsTab
                 && m_transactionsModel->rowCount() == 0)
            loadTransactions(1);
    });
    reload();
}

AccountsPage::~AccountsPage() = default;

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
    m_ui->activePushButton->setText(active ? tr("Used for sending") : tr("&Use for sending"));

    const Capabilities capabilities = ProviderSession::capabilities(*account);
    m_ui->topUpPushButton->setText(capabilities.topUp ? tr("Top &up with M-Pesa…")
                                                      : tr("How to top &up…"));
    m_ui->testPushButton->setEnabled(capabilities.balance);
    m_ui->detailsTabWidget->setTabVisible(m_ui->detailsTabWidget->indexOf(m_ui->historyTab),
                                          capabilities.history);
    m_ui->detailsTabWidget->setTabVisible(m_ui->detailsTabWidget->indexOf(m_ui->transactionsTab),
                                          capabilities.transactions);

    m_ui->senderComboBox->clear();
    m_ui->senderComboBox->addItems(account->senderIds);
    m_ui->senderComboBox->setCurrentText(account->senderOrDefault());
    m_ui->balanceLabel->setText(tr("Not checked yet"));
    setStatus({});
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
    auto removeFromDatabase = [self, account]() {
        if (!self)
            return;
        if (Result<void> removed = AccountStore(self->m_database).remove(account->id); !removed) {
            QMessageBox::warning(self, tr("Remove Account"), removed.error().message);
            return;
        }
        (void)AuditLog(self->m_database).record(QStringLiteral("account.remove"), account->name);
        self->m_providers.forget(account->id);
        if (account->name.compare(self->m_settings.activeAccount(), Qt::CaseInsensitive) == 0)
            self->m_settings.setActiveAccount({});
        self->reload();
        Q_EMIT self->accountsChanged();
    };
    if (account->sandbox) {
        removeFromDatabase();
        return;
    }
    // The key goes first: an account must never outlive the knowledge of where its key is.
    m_ui->removePushButton->setEnabled(false);
    m_secrets.remove(account->secretRef, [self, removeFromDatabase](Result<void> removed) {
        if (!self)
            return;
        self->m_ui->removePushButton->setEnabled(true);
        if (!removed) {
            QMessageBox::warning(self, tr("Remove Account"), removed.error().message);
            return;
        }
        removeFromDatabase();
    });
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
    m_providers.run<Balance>(
        *account, this,
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<Balance> done) {
            adapter.balance(done);
        },
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
            showBalance(account, result.value());
            if (!account.lowBalanceThreshold
                || result.value().amount >= *account.lowBalanceThreshold) {
                setStatus(tr("The connection works: the provider answered in %n ms.", nullptr,
                             static_cast<int>(timer->elapsed())));
            }
            Q_EMIT balanceKnown(account.name, result.value().amount, result.value().unit);
        });
}

void AccountsPage::showBalance(const Account& account, const Balance& balance)
{
    QString text = amountText(balance.amount, balance.unit);
    if (balance.smsRemaining)
        text = tr("%1 (%n message(s))", nullptr, static_cast<int>(*balance.smsRemaining)).arg(text);
    m_ui->balanceLabel->setText(text);
    if (account.lowBalanceThreshold && balance.amount < *account.lowBalanceThreshold) {
        setStatus(tr("The balance is below your warning level of %1. Top up before the next "
                     "campaign.")
                      .arg(amountText(*account.lowBalanceThreshold, balance.unit)),
                  true);
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
    auto* dialog = new TopUpDialog(m_providers, *account, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TopUpDialog::balanceChanged, this,
            [this, account = *account](double amount, const QString& unit) {
                const std::optional<Account> shown = currentAccount();
                if (shown && shown->id == account.id)
                    showBalance(account, Balance {amount, unit, std::nullopt});
                Q_EMIT balanceKnown(account.name, amount, unit);
            });
    dialog->open();
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
            info += tr(", %n message(s) in all", nullptr,
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
        m_ui->sendInfoLabel->setText(tr("This provider takes at most %n number(s) at once. "
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
                m_ui->sendInfoLabel->setText(errorText(result.error()));
                updateSendButton();
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
            QString summary = tr("The provider accepted %n message(s).", nullptr, accepted);
            if (!refused.isEmpty())
                summary += u' ' + tr("Refused: %1").arg(refused.join(QStringLiteral("; ")));
            m_ui->sendInfoLabel->setText(summary);
            updateSendButton();
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
            QList<RemoteTableModel::Row> rows;
            for (const HistoryEntry& entry : history.entries) {
                const QString to = entry.phone.isEmpty()
                    ? tr("%n recipient(s)", nullptr, entry.recipientCount)
                    : PhoneNumber::format(entry.phone.startsWith(u'+') ? entry.phone
                                                                       : u'+' + entry.phone,
                                          m_settings.phoneDisplayFormat());
                rows.append({{dateText(entry.createdAt), entry.createdAt},
                             {to, entry.phone},
                             {entry.text, {}},
                             {entry.providerStatus.isEmpty()
                                  ? stateText(entry.state)
                                  : tr("%1 (%2)").arg(stateText(entry.state), entry.providerStatus),
                              {}},
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
            QList<RemoteTableModel::Row> rows;
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

void AccountsPage::setStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    // A red that reads on light and dark backgrounds alike.
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #d0453a;") : QString());
}

QString AccountsPage::errorText(const ProviderError& error) const
{
    if (error.providerText.isEmpty())
        return error.message;
    return tr("%1 The provider said: %2").arg(error.message, error.providerText);
}

} // namespace tuma
