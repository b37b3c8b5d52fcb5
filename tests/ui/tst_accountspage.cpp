// SPDX-License-Identifier: GPL-3.0-or-later
// The Accounts page as a new user meets it: the ready Sandbox account, a connection test, the
// balance in the status bar, a message sent now, its delivery in the history, and a group
// sent to the provider and brought back.
#include "TestSupport.h"
#include "accounts/AccountsPage.h"
#include "accounts/ProviderSession.h"
#include "accounts/TopUpDialog.h"
#include "mainwindow/MainWindow.h"
#include "sandbox/Sandbox.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "storage/AccountStore.h"
#include "storage/AuditLog.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/TemplateStore.h"
#include "widgets/ColorSchemeWatcher.h"
#include "widgets/TextTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tuma;
using test::child;

class TestAccountsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("tuma-test"));
        qputenv("TUMA_SANDBOX_TIMING", "100,300,300");
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("tuma-%1.db").arg(++m_counter)));
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        m_settings = std::make_unique<AppSettings>(
            m_dir.filePath(QStringLiteral("tuma-%1.ini").arg(m_counter)));
        m_colorScheme = std::make_unique<ColorSchemeWatcher>(ColorScheme::Light);
    }

    void cleanup()
    {
        m_colorScheme.reset();
        m_settings.reset();
        m_database.reset();
    }

    void remoteTableModelIsAWellBehavedModel()
    {
        TextTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHeaders({QStringLiteral("A"), QStringLiteral("B")});
        model.setRows({{{QStringLiteral("1"), 1}, {QStringLiteral("x"), {}}},
                       {{QStringLiteral("2"), 2}, {QStringLiteral("y"), {}}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, 0), Qt::UserRole).toInt(), 2);
        QCOMPARE(model.data(model.index(1, 1), Qt::UserRole).toString(), QStringLiteral("y"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("B"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void aNewUserTriesEverythingOnTheSandbox()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The first start offers a Sandbox account, used for sending; the status bar asks its
        // balance at once.
        QCOMPARE(m_settings->activeAccount(), QStringLiteral("Sandbox"));
        auto* accountLabel = child<QLabel>(window, "accountLabel");
        QTRY_VERIFY_WITH_TIMEOUT(accountLabel->text().contains(QLatin1String("1,000")), 10000);

        QVERIFY(window.showPage(QStringLiteral("accounts")));
        // Other pages have widgets of the same names: look only inside this one.
        QWidget& page = *child<QWidget>(window, "accountsPage");
        auto* list = child<QListWidget>(page, "accountsListWidget");
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QLatin1String("Sandbox")));
        auto* balance = child<QLabel>(page, "balanceLabel");
        child<QPushButton>(page, "testPushButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(balance->text().contains(QLatin1String("1,000")), 10000);
        QTRY_VERIFY2(child<QLabel>(page, "statusLabel")->text().contains(QLatin1String("works")),
                     qPrintable(child<QLabel>(page, "statusLabel")->text()));

        // Send one message now.
        auto* tabs = child<QTabWidget>(page, "detailsTabWidget");
        tabs->setCurrentWidget(child<QWidget>(page, "sendTab"));
        child<QLineEdit>(page, "toLineEdit")->setText(QStringLiteral("0712 345 678"));
        child<QPlainTextEdit>(page, "messagePlainTextEdit")
            ->setPlainText(QStringLiteral("Karibu!"));
        auto* send = child<QPushButton>(page, "sendPushButton");
        QVERIFY(send->isEnabled());
        send->click();
        auto* sendInfo = child<QLabel>(page, "sendInfoLabel");
        QTRY_VERIFY_WITH_TIMEOUT(sendInfo->text().contains(QLatin1String("accepted 1")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(balance->text().contains(QLatin1String("999")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(accountLabel->text().contains(QLatin1String("999")), 10000);

        // The history shows it, and after a moment it is delivered.
        tabs->setCurrentWidget(child<QWidget>(page, "historyTab"));
        auto* history = child<QTableView>(page, "historyTableView");
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), 1, 10000);
        QTest::qWait(400);
        child<QPushButton>(page, "historyRefreshPushButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            history->model()->index(0, 3).data().toString().contains(QLatin1String("Delivered")),
            10000);
        QVERIFY(history->model()->index(0, 2).data().toString() == QLatin1String("Karibu!"));
    }

    // Removing goes through the same AccountService as tuma-cli: the row, the audit entry, the
    // active account cleared, then the keychain.
    void removingAnAccountFromThePage()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("accounts")));
        QWidget& page = *child<QWidget>(window, "accountsPage");
        auto* list = child<QListWidget>(page, "accountsListWidget");
        QCOMPARE(list->count(), 1);
        QCOMPARE(m_settings->activeAccount(), QStringLiteral("Sandbox"));
        list->setCurrentRow(0);

        QString asked;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::Yes)->click();
            }
        });
        answer.start();
        child<QPushButton>(page, "removePushButton")->click();
        answer.stop();
        QVERIFY2(asked.contains(QLatin1String("Sandbox")), qPrintable(asked));
        QCOMPARE(list->count(), 0);
        QVERIFY(!AccountStore(*m_database).find(QStringLiteral("Sandbox")));
        QCOMPARE(m_settings->activeAccount(), QString());
        const QList<AuditEntry> audit = AuditLog(*m_database).latest(1).value();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("account.remove"));
        QCOMPARE(audit.first().subject, QStringLiteral("Sandbox"));
    }

    void aTopUpClearsTheLowBalanceWarning()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Account sandbox = AccountStore(*m_database).find(QStringLiteral("Sandbox")).value();
        sandbox.lowBalanceThreshold = 1200;
        QVERIFY(AccountStore(*m_database).update(sandbox).ok());
        // The Dashboard read the balance first: it must not keep that figure after the top-up.
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QWidget& dashboard = *child<QWidget>(window, "dashboardPage");
        auto* balances = child<QTableView>(dashboard, "balancesTableView");
        QTRY_VERIFY_WITH_TIMEOUT(
            balances->model()->index(0, 2).data().toString().contains(QLatin1String("credits")),
            10000);
        QVERIFY(window.showPage(QStringLiteral("accounts")));
        QWidget& page = *child<QWidget>(window, "accountsPage");
        qobject_cast<AccountsPage*>(&page)->reload();
        auto* status = child<QLabel>(page, "statusLabel");
        child<QPushButton>(page, "testPushButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("warning level")), 10000);

        // KES 500 at KES 0.50 a credit: 1,000 credits more, above the warning level.
        const QString before = child<QLabel>(page, "balanceLabel")->text();
        child<QPushButton>(page, "topUpPushButton")->click();
        auto* dialog = page.findChild<TopUpDialog*>();
        QVERIFY(dialog);
        dialog->setPollInterval(200);
        child<QLineEdit>(*dialog, "mpesaNumberLineEdit")->setText(QStringLiteral("0712345678"));
        child<QSpinBox>(*dialog, "amountSpinBox")->setValue(500);
        child<QPushButton>(*dialog, "sendPushButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(*dialog, "waitingLabel")->text().startsWith(QLatin1String("Paid")),
            20000);
        // The balance (what earlier tests left, plus 1,000 credits) is shown, and the warning goes.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, "balanceLabel")->text() != before, 5000);
        QVERIFY2(!status->text().contains(QLatin1String("warning level")),
                 qPrintable(status->text()));
        dialog->close();
        // One figure everywhere: the status bar and the Dashboard say the same, unasked.
        const QString after = child<QLabel>(page, "balanceLabel")->text();
        QVERIFY(after.contains(QLatin1String("credits")));
        QTRY_VERIFY2(child<QLabel>(window, "accountLabel")->text().contains(after),
                     qPrintable(child<QLabel>(window, "accountLabel")->text()));
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QCOMPARE(balances->model()->index(0, 2).data().toString(), after);
    }

    void anOlderAnswerNeverHidesANewerBalance()
    {
        {
            MainWindow window(*m_database, *m_settings, *m_colorScheme);
        } // adds the Sandbox
        const Account sandbox = AccountStore(*m_database).find(QStringLiteral("Sandbox")).value();
        SecretStore secrets;
        ProviderSession::Options options;
        options.simulator
            = sandbox::simulatorFactory(sandbox::statePathFor(m_database->path()), {});
        ProviderSession session(secrets, options);
        // A read is asked; a top-up's balance is known before its answer comes.
        bool answered = false;
        session.readBalance(sandbox, this, [&answered](const ProviderResult<Balance>& result) {
            answered = result.ok();
        });
        session.noteBalance(sandbox.id, Balance {4242, QStringLiteral("credits"), {}});
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCOMPARE(session.knownBalance(sandbox.id)->balance.amount, 4242.0);
        // A read asked after it is newer, and counts.
        answered = false;
        QTest::qWait(5);
        session.readBalance(sandbox, this, [&answered](const ProviderResult<Balance>& result) {
            answered = result.ok();
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY(session.knownBalance(sandbox.id)->balance.amount != 4242.0);
    }

    // Every tab shows the account selected: an answer asked for the one before is dropped,
    // even when it comes after the switch.
    void anAnswerForTheAccountBeforeIsDropped()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme); // adds the Sandbox
        const Account sandbox = AccountStore(*m_database).find(QStringLiteral("Sandbox")).value();
        {
            // One message in the Sandbox's history (QuickFlow's API keeps one).
            SecretStore secrets;
            ProviderSession::Options options;
            options.simulator
                = sandbox::simulatorFactory(sandbox::statePathFor(m_database->path()), {});
            ProviderSession session(secrets, options);
            SendRequest request;
            request.text = QStringLiteral("Habari");
            request.senderId = sandbox.senderOrDefault();
            request.recipients.append({QStringLiteral("+254712345678"), request.text, {}});
            QVERIFY(session
                        .wait<SendResult>(sandbox,
                                          [request](ProviderAdapter& adapter,
                                                    ProviderAdapter::Reply<SendResult> done) {
                                              adapter.send(request, done);
                                          })
                        .ok());
        }
        // 254sms keeps no history.
        addSandboxAccount(QStringLiteral("Wakala"), QStringLiteral("254sms"));

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("accounts")));
        QWidget& page = *child<QWidget>(window, "accountsPage");
        qobject_cast<AccountsPage*>(&page)->reload();
        auto* list = child<QListWidget>(page, "accountsListWidget");
        QCOMPARE(list->count(), 2);
        const int sandboxRow = list->item(0)->text().startsWith(QLatin1String("Sandbox")) ? 0 : 1;
        list->setCurrentRow(sandboxRow);
        auto* tabs = child<QTabWidget>(page, "detailsTabWidget");
        auto* historyTab = child<QWidget>(page, "historyTab");
        tabs->setCurrentWidget(historyTab);
        auto* history = child<QTableView>(page, "historyTableView");
        // The simulator beside these test databases keeps what earlier tests sent too.
        QTRY_VERIFY_WITH_TIMEOUT(history->model()->rowCount() >= 1, 10000);
        const int sent = history->model()->rowCount();

        // Ask again, and choose the other account before the answer comes.
        child<QPushButton>(page, "historyRefreshPushButton")->click();
        list->setCurrentRow(1 - sandboxRow);
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(historyTab)));
        QCOMPARE(history->model()->rowCount(), 0);
        QTest::qWait(1500);
        QCOMPARE(history->model()->rowCount(), 0);
        QCOMPARE(child<QLabel>(page, "historyPageLabel")->text(), QString());
        QVERIFY(child<QPushButton>(page, "historyRefreshPushButton")->isEnabled());

        // Back on the Sandbox, its history is asked again.
        list->setCurrentRow(sandboxRow);
        tabs->setCurrentWidget(historyTab);
        QTRY_COMPARE_WITH_TIMEOUT(history->model()->rowCount(), sent, 10000);
    }

    // FlashSMS keeps templates with {{name}}: a Tuma template goes there and comes back into
    // Tuma with its placeholders working, through the Templates tab.
    void aTemplateGoesToFlashSmsAndComesBackWithItsPlaceholders()
    {
        QVERIFY(TemplateStore(*m_database)
                    .add(QStringLiteral("Karibu"),
                         QStringLiteral("Karibu <<first_name>>, ofa ya "
                                        "leo: <<discount>>%."))
                    .ok());
        addSandboxAccount(QStringLiteral("Flash"), QStringLiteral("flashsms"));
        m_settings->setActiveAccount(QStringLiteral("Flash"));

        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("accounts")));
        QWidget& page = *child<QWidget>(window, "accountsPage");
        auto* tabs = child<QTabWidget>(page, "detailsTabWidget");
        auto* templatesTab = child<QWidget>(page, "templatesTab");
        QVERIFY(tabs->isTabVisible(tabs->indexOf(templatesTab)));
        tabs->setCurrentWidget(templatesTab);
        auto* remote = child<QTableView>(page, "remoteTemplatesTableView");
        QTRY_COMPARE_WITH_TIMEOUT(
            child<QPushButton>(page, "remoteTemplatesRefreshPushButton")->isEnabled(), true, 10000);
        const int before = remote->model()->rowCount();

        // Send it: answer the template chooser.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QInputDialog*>(QApplication::activeModalWidget()));
            auto* chooser = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            chooser->setTextValue(QStringLiteral("Karibu"));
            chooser->accept();
        });
        child<QPushButton>(page, "pushTemplatePushButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(remote->model()->rowCount(), before + 1, 10000);
        int row = -1;
        for (int r = 0; r < remote->model()->rowCount(); ++r) {
            if (remote->model()->index(r, 0).data().toString() == QLatin1String("Karibu"))
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(remote->model()->index(row, 1).data().toString(),
                 QStringLiteral("Karibu <<first_name>>, ofa ya leo: <<discount>>%."));

        // Copied back, it is a template of Tuma's with the same placeholders.
        remote->setCurrentIndex(remote->model()->index(row, 0));
        child<QPushButton>(page, "copyTemplatePushButton")->click();
        QTRY_VERIFY(
            child<QLabel>(page, "statusLabel")->text().contains(QLatin1String("Karibu (2)")));
        QCOMPARE(TemplateStore(*m_database).find(QStringLiteral("Karibu (2)")).value().body,
                 QStringLiteral("Karibu <<first_name>>, ofa ya leo: <<discount>>%."));
    }

    // FlashSMS's history and transactions are read by state, kind and period; QuickFlow's
    // history has no such filters, and the page shows none.
    void theProvidersRecordsAreFiltered()
    {
        addSandboxAccount(QStringLiteral("Flash"), QStringLiteral("flashsms"));
        addSandboxAccount(QStringLiteral("Sandbox"), QStringLiteral("quickflow"));
        m_settings->setActiveAccount(QStringLiteral("Flash"));

        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("accounts")));
        QWidget& page = *child<QWidget>(window, "accountsPage");
        auto* tabs = child<QTabWidget>(page, "detailsTabWidget");
        tabs->setCurrentWidget(child<QWidget>(page, "transactionsTab"));
        auto* transactions = child<QTableView>(page, "transactionsTableView");
        // The simulator's opening credit is a bonus.
        QTRY_VERIFY_WITH_TIMEOUT(transactions->model()->rowCount() >= 1, 10000);
        auto* kind = child<QComboBox>(page, "transactionsTypeComboBox");
        kind->setCurrentIndex(kind->findData(QStringLiteral("USAGE")));
        QTRY_COMPARE_WITH_TIMEOUT(transactions->model()->rowCount(), 0, 10000);
        kind->setCurrentIndex(kind->findData(QStringLiteral("BONUS")));
        QTRY_VERIFY_WITH_TIMEOUT(transactions->model()->rowCount() >= 1, 10000);
        for (int row = 0; row < transactions->model()->rowCount(); ++row)
            QCOMPARE(transactions->model()->index(row, 1).data().toString(),
                     QStringLiteral("BONUS"));
        auto* period = child<QComboBox>(page, "transactionsPeriodComboBox");
        period->setCurrentIndex(period->count() - 1); // last month: before the account existed
        QTRY_COMPARE_WITH_TIMEOUT(transactions->model()->rowCount(), 0, 10000);

        tabs->setCurrentWidget(child<QWidget>(page, "historyTab"));
        QVERIFY(child<QComboBox>(page, "historyStateComboBox")->isVisibleTo(&page));
        auto* list = child<QListWidget>(page, "accountsListWidget");
        QCOMPARE(list->count(), 2);
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().startsWith(QLatin1String("Sandbox")))
                list->setCurrentRow(row);
        }
        QVERIFY(list->currentItem()->text().startsWith(QLatin1String("Sandbox")));
        QVERIFY(!child<QComboBox>(page, "historyStateComboBox")->isVisibleTo(&page));
        // A new account starts unfiltered.
        QCOMPARE(kind->currentIndex(), 0);
    }

    void aGroupGoesToTheProviderAndComesBack()
    {
        // Two contacts in a Tuma group.
        ContactStore contacts(*m_database);
        GroupStore groups(*m_database);
        const qint64 groupId = groups.create(QStringLiteral("VIP")).value().id;
        Contact first;
        first.phone = QStringLiteral("+254712345678");
        first.firstName = QStringLiteral("Wanjiru");
        Contact second;
        second.phone = QStringLiteral("+254723456789");
        second.firstName = QStringLiteral("Otieno");
        QVERIFY(groups
                    .addMembers(groupId,
                                {contacts.add(first).value().id, contacts.add(second).value().id})
                    .ok());

        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(window.showPage(QStringLiteral("accounts")));
        QWidget& page = *child<QWidget>(window, "accountsPage");
        auto* tabs = child<QTabWidget>(page, "detailsTabWidget");
        auto* remoteTab = child<QWidget>(page, "remoteTab");
        QVERIFY(tabs->isTabVisible(tabs->indexOf(remoteTab)));
        tabs->setCurrentWidget(remoteTab);
        // QuickFlow renames its groups; a provider that cannot shows no Rename button.
        QVERIFY(child<QPushButton>(page, "renameRemoteGroupPushButton")->isVisibleTo(&page));

        // Send the group: answer the group chooser.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QInputDialog*>(QApplication::activeModalWidget()));
            qobject_cast<QInputDialog*>(QApplication::activeModalWidget())->accept();
        });
        child<QPushButton>(page, "pushGroupPushButton")->click();
        auto* status = child<QLabel>(page, "statusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("VIP")), 15000);
        auto* remoteGroups = child<QTableView>(page, "remoteGroupsTableView");
        QTRY_COMPARE_WITH_TIMEOUT(remoteGroups->model()->rowCount(), 1, 10000);
        QCOMPARE(remoteGroups->model()->index(0, 0).data().toString(), QStringLiteral("VIP"));

        // Its contacts are listed; bring it back into Tuma under the same name: nothing
        // is duplicated and the names stay.
        remoteGroups->setCurrentIndex(remoteGroups->model()->index(0, 0));
        auto* remoteContacts = child<QTableView>(page, "remoteContactsTableView");
        QTRY_COMPARE_WITH_TIMEOUT(remoteContacts->model()->rowCount(), 2, 10000);
        child<QPushButton>(page, "pullGroupPushButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Brought 2")), 15000);
        QCOMPARE(contacts.count({}).value(), 2);
        QCOMPARE(groups.find(QStringLiteral("VIP")).value().members, 2);
    }

private:
    // A sandbox account on the simulator, as the account dialog saves one.
    void addSandboxAccount(const QString& name, const QString& provider)
    {
        Account account;
        account.name = name;
        account.provider = provider;
        account.sandbox = true;
        sandbox::prepareAccount(account);
        QVERIFY(AccountStore(*m_database).add(account).ok());
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ColorSchemeWatcher> m_colorScheme;
};

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
