// SPDX-License-Identifier: GPL-3.0-or-later
// The account and top-up dialogs offscreen, with the real keychain of the test session
// (tools/with-test-session.sh) and the simulator the provider session starts for sandbox accounts.
#include "TestSupport.h"
#include "accounts/AccountDialog.h"
#include "accounts/ProviderSession.h"
#include "accounts/TopUp.h"
#include "accounts/TopUpDialog.h"
#include "mainwindow/AuditLogDialog.h"
#include "providers/ProviderRegistry.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "settings/Localization.h"
#include "storage/AccountStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tuma;
using tuma::test::child;

namespace {

// Distinctive enough that finding them in a file can only mean they leaked.
const QString kKey = QStringLiteral("qfkey-7Hk2Wq9Lr");
const QString kSecret = QStringLiteral("qfsecret-Zx9Pq4LmTTv");

QPushButton* saveButton(QDialog& dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
}

QString problemText(QDialog& dialog)
{
    auto* label = child<QLabel>(dialog, "problemLabel");
    return label->isHidden() ? QString() : label->text();
}

void selectData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

bool contains(const QByteArray& bytes, const QString& text)
{
    return bytes.contains(text.toUtf8())
        || bytes.contains(QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2));
}

} // namespace

class TestAccountDialogs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("tuma-test"));
        QCOMPARE(Localization::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("tuma-test-accountdialogs"));
        // Without the test session's keychain the keychain tests would only test its absence.
        const QString probe = QStringLiteral("probe-") + QUuid::createUuid().toString();
        const Result<void> written = m_secrets->writeAndWait(probe, QStringLiteral("x"));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QVERIFY(m_secrets->removeAndWait(probe).ok());
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tuma-%1.db").arg(++m_counter));
        auto opened = Database::open(m_path);
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        m_settingsPath = m_dir.filePath(QStringLiteral("tuma-%1.ini").arg(m_counter));
        m_settings = std::make_unique<AppSettings>(m_settingsPath);
        m_settings->setRegion(QStringLiteral("KE"));
        ProviderSession::Options options;
        options.simulator = sandbox::simulatorFactory(
            m_dir.filePath(QStringLiteral("sandbox-%1.sqlite").arg(m_counter)), {200, 500, 300});
        m_providers = std::make_unique<ProviderSession>(*m_secrets, options);
    }

    void cleanup()
    {
        m_providers.reset();
        m_settings.reset();
        m_database.reset();
    }

    void addsSandboxAccountWithoutKey()
    {
        AccountDialog dialog(*m_database, *m_secrets, *m_providers, *m_settings, std::nullopt);
        QVERIFY(!saveButton(dialog)->isEnabled());
        QCOMPARE(problemText(dialog), QStringLiteral("Give the account a name."));
        child<QLineEdit>(dialog, "nameLineEdit")->setText(QStringLiteral("  Rehearsal "));
        selectData(child<QComboBox>(dialog, "providerComboBox"), QStringLiteral("qsms"));
        QVERIFY(!child<QLineEdit>(dialog, "serviceIdLineEdit")->isHidden());
        child<QCheckBox>(dialog, "sandboxCheckBox")->setChecked(true);
        for (const char* name :
             {"baseUrlLineEdit", "secondaryUrlLineEdit", "serviceIdLineEdit", "usernameLineEdit",
              "apiKeyLineEdit", "apiSecretLineEdit", "baseUrlLabel", "apiKeyLabel"})
            QVERIFY2(child<QWidget>(dialog, name)->isHidden(), name);
        QCOMPARE(child<QDoubleSpinBox>(dialog, "priceSpinBox")->value(), 0.50);
        QCOMPARE(child<QComboBox>(dialog, "currencyComboBox")->currentText(),
                 QStringLiteral("KES"));
        QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(problemText(dialog)));

        QSignalSpy saved(&dialog, &AccountDialog::accountSaved);
        saveButton(dialog)->click();
        QVERIFY(saved.size() == 1 || saved.wait(10'000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Result<Account> account
            = AccountStore(*m_database).findById(saved.first().first().toLongLong());
        QVERIFY(account.ok());
        QCOMPARE(account.value().name, QStringLiteral("Rehearsal"));
        QCOMPARE(account.value().provider, QStringLiteral("qsms"));
        QVERIFY(account.value().sandbox);
        QVERIFY(account.value().baseUrl.isEmpty());
        QCOMPARE(account.value().pricing.pricePerCredit, 0.50);
        QCOMPARE(account.value().senderIds,
                 sandbox::SandboxServer::accountSetup(ProviderKind::Qsms).senders);
        QVERIFY(!account.value().secretRef.isEmpty());
        QVERIFY(!m_secrets->readAndWait(account.value().secretRef).ok());
    }

    void addsQuickFlowAccountWithKeyInKeychainOnly()
    {
        AccountDialog dialog(*m_database, *m_secrets, *m_providers, *m_settings, std::nullopt);
        child<QLineEdit>(dialog, "nameLineEdit")->setText(QStringLiteral("Marketing"));
        selectData(child<QComboBox>(dialog, "providerComboBox"), QStringLiteral("quickflow"));
        QCOMPARE(child<QLineEdit>(dialog, "baseUrlLineEdit")->text(),
                 ProviderRegistry::defaultBaseUrl(ProviderKind::QuickFlow).toString());
        auto* key = child<QLineEdit>(dialog, "apiKeyLineEdit");
        auto* secret = child<QLineEdit>(dialog, "apiSecretLineEdit");
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!secret->isHidden());
        key->setText(kKey);
        secret->setText(kSecret);
        child<QLineEdit>(dialog, "senderIdsLineEdit")->setText(QStringLiteral("SHOPNAME, PROMO,"));
        child<QCheckBox>(dialog, "lowBalanceCheckBox")->setChecked(true);
        child<QDoubleSpinBox>(dialog, "lowBalanceSpinBox")->setValue(250);
        QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(problemText(dialog)));

        QSignalSpy saved(&dialog, &AccountDialog::accountSaved);
        saveButton(dialog)->click();
        // The keychain answers asynchronously: meanwhile the form waits.
        if (saved.isEmpty()) {
            QVERIFY(!child<QGroupBox>(dialog, "accountGroupBox")->isEnabled());
            QVERIFY(!saveButton(dialog)->isEnabled());
            QCOMPARE(child<QLabel>(dialog, "statusLabel")->text(), QStringLiteral("Saving…"));
            QVERIFY(saved.wait(10'000));
        }
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Result<Account> account
            = AccountStore(*m_database).findById(saved.first().first().toLongLong());
        QVERIFY(account.ok());
        QVERIFY(!account.value().sandbox);
        QCOMPARE(account.value().senderIds,
                 (QStringList {QStringLiteral("SHOPNAME"), QStringLiteral("PROMO")}));
        QCOMPARE(account.value().lowBalanceThreshold, std::optional<double>(250));
        const Result<QString> stored = m_secrets->readAndWait(account.value().secretRef);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value(), kKey + u':' + kSecret);

        m_settings->sync();
        for (const QString& path : {m_path, m_path + QStringLiteral("-wal"), m_settingsPath}) {
            if (!QFile::exists(path))
                continue;
            const QByteArray bytes = tuma::test::readFile(path);
            QVERIFY2(!contains(bytes, kKey), qPrintable(path));
            QVERIFY2(!contains(bytes, kSecret), qPrintable(path));
        }
        QVERIFY(m_secrets->removeAndWait(account.value().secretRef).ok());
    }

    void validationExplainsWhatIsMissing()
    {
        AccountDialog dialog(*m_database, *m_secrets, *m_providers, *m_settings, std::nullopt);
        auto* save = saveButton(dialog);
        auto* name = child<QLineEdit>(dialog, "nameLineEdit");
        auto* providerBox = child<QComboBox>(dialog, "providerComboBox");
        auto* url = child<QLineEdit>(dialog, "baseUrlLineEdit");
        auto* key = child<QLineEdit>(dialog, "apiKeyLineEdit");
        auto* secret = child<QLineEdit>(dialog, "apiSecretLineEdit");
        const auto expect = [&](const char* words) {
            QVERIFY2(problemText(dialog).contains(QLatin1String(words)),
                     qPrintable(problemText(dialog)));
            QVERIFY(!save->isEnabled());
        };

        QVERIFY(!save->isEnabled());
        expect("Give the account a name");
        name->setText(QStringLiteral("Main"));
        url->setText(QStringLiteral("http://api.example.com/api/method"));
        expect("must start with https://");
        // Plain HTTP is fine on loopback (a local test server).
        url->setText(QStringLiteral("http://127.0.0.1:8080/api/method"));
        expect("both the API key and the API secret");
        key->setText(QStringLiteral("abc"));
        expect("both the API key and the API secret");
        secret->setText(QStringLiteral("de:f"));
        expect("cannot contain a colon");
        secret->setText(QStringLiteral("def"));
        QVERIFY2(save->isEnabled(), qPrintable(problemText(dialog)));

        // The address typed by hand stays when the provider changes.
        selectData(providerBox, QStringLiteral("qsms"));
        QCOMPARE(url->text(), QStringLiteral("http://127.0.0.1:8080/api/method"));
        url->setText(ProviderRegistry::defaultBaseUrl(ProviderKind::Qsms).toString());
        QVERIFY(!child<QLineEdit>(dialog, "serviceIdLineEdit")->isHidden());
        QVERIFY(!child<QLineEdit>(dialog, "secondaryUrlLineEdit")->isHidden());
        QVERIFY(child<QLineEdit>(dialog, "usernameLineEdit")->isHidden());
        QVERIFY(secret->isHidden());
        // The service ID may stay empty: QSMS's is 0 unless the dashboard shows another.
        QVERIFY2(save->isEnabled(), qPrintable(problemText(dialog)));
        child<QLineEdit>(dialog, "serviceIdLineEdit")->setText(QStringLiteral("42"));
        QVERIFY2(save->isEnabled(), qPrintable(problemText(dialog)));
        key->clear();
        expect("Enter the API key");
        key->setText(QStringLiteral("qsms-key"));

        // The prefilled address follows the provider.
        selectData(providerBox, QStringLiteral("254sms"));
        QCOMPARE(url->text(), ProviderRegistry::defaultBaseUrl(ProviderKind::Sms254).toString());
        QVERIFY(!child<QLineEdit>(dialog, "usernameLineEdit")->isHidden());
        QVERIFY(child<QLineEdit>(dialog, "serviceIdLineEdit")->isHidden());
        expect("user name");
        child<QLineEdit>(dialog, "usernameLineEdit")->setText(QStringLiteral("shop"));
        QVERIFY2(save->isEnabled(), qPrintable(problemText(dialog)));

        // FlashSMS is white-label: no address to prefill.
        selectData(providerBox, QStringLiteral("flashsms"));
        QVERIFY(url->text().isEmpty());
        QVERIFY(url->placeholderText().contains(QLatin1String("FlashSMS's API page")));
        expect("API address");
        url->setText(QStringLiteral("https://sms.example.co.ke/api"));
        QVERIFY2(save->isEnabled(), qPrintable(problemText(dialog)));

        // Names are unique regardless of case.
        Account other;
        other.name = QStringLiteral("MAIN");
        other.provider = QStringLiteral("qsms");
        other.sandbox = true;
        QVERIFY(AccountStore(*m_database).add(other).ok());
        name->setText(QStringLiteral("main"));
        expect("already exists");
        dialog.accept(); // refused while invalid
        QVERIFY(dialog.result() != int(QDialog::Accepted));
    }

    void fetchesSenderIdsOfSandboxAccount()
    {
        AccountDialog dialog(*m_database, *m_secrets, *m_providers, *m_settings, std::nullopt);
        auto* fetch = child<QPushButton>(dialog, "fetchSendersPushButton");
        // QuickFlow keeps no list of sender IDs: nothing to fetch.
        selectData(child<QComboBox>(dialog, "providerComboBox"), QStringLiteral("quickflow"));
        child<QCheckBox>(dialog, "sandboxCheckBox")->setChecked(true);
        QVERIFY(!fetch->isEnabled());
        // FlashSMS lists them, but a typed key is not in the keychain yet, so nothing could use
        // it.
        child<QCheckBox>(dialog, "sandboxCheckBox")->setChecked(false);
        selectData(child<QComboBox>(dialog, "providerComboBox"), QStringLiteral("flashsms"));
        child<QLineEdit>(dialog, "apiKeyLineEdit")->setText(QStringLiteral("typed"));
        QVERIFY(!fetch->isEnabled());
        // The sandbox's FlashSMS lists its approved sender IDs.
        child<QLineEdit>(dialog, "nameLineEdit")->setText(QStringLiteral("Flash"));
        child<QCheckBox>(dialog, "sandboxCheckBox")->setChecked(true);
        QVERIFY(fetch->isEnabled());
        fetch->click();
        auto* senders = child<QLineEdit>(dialog, "senderIdsLineEdit");
        QTRY_VERIFY_WITH_TIMEOUT(!senders->text().isEmpty() || !problemText(dialog).isEmpty(),
                                 10'000);
        QVERIFY2(senders->text().contains(QLatin1String("TUMA")), qPrintable(problemText(dialog)));
    }

    void editingKeepsOrReplacesTheKey()
    {
        Account account;
        account.name = QStringLiteral("Ghana");
        account.provider = QStringLiteral("quickflow");
        account.baseUrl = ProviderRegistry::defaultBaseUrl(ProviderKind::QuickFlow);
        account.secretRef
            = QStringLiteral("account-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(m_secrets->writeAndWait(account.secretRef, QStringLiteral("old:secret")).ok());
        const Result<qint64> id = AccountStore(*m_database).add(account);
        QVERIFY(id.ok());

        {
            AccountDialog dialog(*m_database, *m_secrets, *m_providers, *m_settings,
                                 AccountStore(*m_database).findById(id.value()).value());
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit Account"));
            auto* key = child<QLineEdit>(dialog, "apiKeyLineEdit");
            QVERIFY(key->text().isEmpty());
            QVERIFY(key->placeholderText().contains(QLatin1String("keep the current key")));
            QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(problemText(dialog)));
            // Half a new key is not a key.
            key->setText(QStringLiteral("new"));
            QVERIFY(problemText(dialog).contains(QLatin1String("both the API key")));
            key->clear();
            child<QLineEdit>(dialog, "nameLineEdit")->setText(QStringLiteral("Ghana shop"));
            selectData(child<QComboBox>(dialog, "regionComboBox"), QStringLiteral("GH"));
            QSignalSpy saved(&dialog, &AccountDialog::accountSaved);
            saveButton(dialog)->click();
            QVERIFY(saved.size() == 1 || saved.wait(10'000));
            QCOMPARE(saved.first().first().toLongLong(), id.value());
        }
        Result<Account> edited = AccountStore(*m_database).findById(id.value());
        QCOMPARE(edited.value().name, QStringLiteral("Ghana shop"));
        QCOMPARE(edited.value().region, QStringLiteral("GH"));
        QCOMPARE(edited.value().secretRef, account.secretRef);
        QCOMPARE(m_secrets->readAndWait(account.secretRef).value(), QStringLiteral("old:secret"));

        {
            AccountDialog dialog(*m_database, *m_secrets, *m_providers, *m_settings,
                                 edited.value());
            child<QLineEdit>(dialog, "apiKeyLineEdit")->setText(QStringLiteral("new"));
            child<QLineEdit>(dialog, "apiSecretLineEdit")->setText(QStringLiteral("fresh"));
            QSignalSpy saved(&dialog, &AccountDialog::accountSaved);
            saveButton(dialog)->click();
            QVERIFY(saved.size() == 1 || saved.wait(10'000));
        }
        QCOMPARE(m_secrets->readAndWait(account.secretRef).value(), QStringLiteral("new:fresh"));

        {
            // Another provider needs its own key.
            AccountDialog dialog(*m_database, *m_secrets, *m_providers, *m_settings,
                                 AccountStore(*m_database).findById(id.value()).value());
            selectData(child<QComboBox>(dialog, "providerComboBox"), QStringLiteral("flashsms"));
            child<QLineEdit>(dialog, "baseUrlLineEdit")
                ->setText(QStringLiteral("https://x.example/api"));
            QVERIFY(problemText(dialog).contains(QLatin1String("Enter the API key")));
            QVERIFY(!saveButton(dialog)->isEnabled());
        }
        QVERIFY(m_secrets->removeAndWait(account.secretRef).ok());
    }

    void databaseFailureKeepsTheInput()
    {
        AccountDialog dialog(*m_database, *m_secrets, *m_providers, *m_settings, std::nullopt);
        child<QLineEdit>(dialog, "nameLineEdit")->setText(QStringLiteral("Raced"));
        child<QLineEdit>(dialog, "apiKeyLineEdit")->setText(QStringLiteral("k"));
        child<QLineEdit>(dialog, "apiSecretLineEdit")->setText(QStringLiteral("s"));
        QVERIFY(saveButton(dialog)->isEnabled());
        saveButton(dialog)->click();
        // Someone else takes the name while the keychain writes.
        Account other;
        other.name = QStringLiteral("raced");
        other.provider = QStringLiteral("qsms");
        other.sandbox = true;
        QVERIFY(AccountStore(*m_database).add(other).ok());
        QTRY_VERIFY_WITH_TIMEOUT(problemText(dialog).contains(QLatin1String("already exists")),
                                 10'000);
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(child<QGroupBox>(dialog, "accountGroupBox")->isEnabled());
        QCOMPARE(child<QLineEdit>(dialog, "apiKeyLineEdit")->text(), QStringLiteral("k"));
        QCOMPARE(AccountStore(*m_database).list().value().size(), 1);
    }

    void topUpValidatesAmountAndNumber()
    {
        const Account account = addSandbox(QStringLiteral("quickflow"));
        m_settings->setMpesaNumber(QStringLiteral("+254712345678"));
        TopUpDialog dialog(*m_database, *m_providers, account, *m_settings);
        auto* amount = child<QSpinBox>(dialog, "amountSpinBox");
        auto* number = child<QLineEdit>(dialog, "mpesaNumberLineEdit");
        auto* send = child<QPushButton>(dialog, "sendPushButton");
        QVERIFY(number->text().startsWith(QLatin1String("0712")));
        QVERIFY(problemText(dialog).isEmpty());
        const bool canTopUp = ProviderSession::capabilities(account).topUp;
        QCOMPARE(send->isEnabled(), canTopUp);

        const auto expect = [&](const char* words) {
            QVERIFY2(problemText(dialog).contains(QLatin1String(words)),
                     qPrintable(problemText(dialog)));
            QVERIFY(!send->isEnabled());
        };
        amount->setValue(5);
        expect("KES 10");
        amount->setValue(200'000);
        expect("150,000");
        amount->setValue(500);
        number->clear();
        expect("Enter the M-Pesa number");
        number->setText(QStringLiteral("+233 24 123 4567")); // a Ghanaian mobile
        expect("not a Kenyan number");
        number->setText(QStringLiteral("12"));
        QVERIFY(!problemText(dialog).isEmpty());
        QVERIFY(!send->isEnabled());
        number->setText(QStringLiteral("0722 000 000"));
        QVERIFY2(problemText(dialog).isEmpty(), qPrintable(problemText(dialog)));
        QCOMPARE(send->isEnabled(), canTopUp);
    }

    void topUpRefusesAccountsWithoutIt()
    {
        const Account account = addSandbox(QStringLiteral("254sms"));
        QVERIFY(!ProviderSession::capabilities(account).topUp);
        TopUpDialog dialog(*m_database, *m_providers, account, *m_settings);
        auto* pages = child<QStackedWidget>(dialog, "pagesStackedWidget");
        QCOMPARE(pages->currentWidget(), child<QWidget>(dialog, "unavailablePage"));
        QVERIFY(child<QLabel>(dialog, "unavailableLabel")
                    ->text()
                    .contains(QLatin1String("cannot be topped up")));
        QVERIFY(child<QPushButton>(dialog, "sendPushButton")->isHidden());
        QVERIFY(!child<QPushButton>(dialog, "closePushButton")->isHidden());
    }

    void topUpThroughTheSimulator()
    {
        const Account account = addSandbox(QStringLiteral("quickflow"));
        if (const QString why = topUpUnavailable(account); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("Top-up needs the real adapter: ") + why));
        TopUpDialog dialog(*m_database, *m_providers, account, *m_settings);
        dialog.setPollInterval(100);
        dialog.setTimeout(10'000);
        child<QSpinBox>(dialog, "amountSpinBox")->setValue(500);
        child<QLineEdit>(dialog, "mpesaNumberLineEdit")->setText(QStringLiteral("0712 345 678"));
        QSignalSpy balance(&dialog, &TopUpDialog::balanceChanged);
        child<QPushButton>(dialog, "sendPushButton")->click();
        QCOMPARE(child<QStackedWidget>(dialog, "pagesStackedWidget")->currentWidget(),
                 child<QWidget>(dialog, "waitingPage"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "waitingLabel")
                                     ->text()
                                     .contains(QLatin1String("enter your M-Pesa PIN")),
                                 10'000);
        QVERIFY(child<QLabel>(dialog, "waitingLabel")->text().contains(QLatin1String("KES 500")));
        QVERIFY(balance.wait(10'000));
        QVERIFY(child<QLabel>(dialog, "waitingLabel")->text().startsWith(QLatin1String("Paid")));
        QVERIFY(child<QProgressBar>(dialog, "waitingProgressBar")->isHidden());
        QVERIFY(!child<QPushButton>(dialog, "closePushButton")->isHidden());
        QCOMPARE(m_settings->mpesaNumber(), QStringLiteral("+254712345678"));
    }

    void topUpClosedWhileWaitingIsStillSeenAndLogged()
    {
        const Account account = addSandbox(QStringLiteral("quickflow"));
        if (const QString why = topUpUnavailable(account); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("Top-up needs the real adapter: ") + why));
        QWidget page;
        auto* dialog = new TopUpDialog(*m_database, *m_providers, account, *m_settings, &page);
        dialog->setPollInterval(100);
        QPointer<TopUpWatch> kept;
        connect(dialog, &TopUpDialog::keptWatching, &page, [&](TopUpWatch* watch) {
            watch->setParent(&page);
            kept = watch;
        });
        child<QLineEdit>(*dialog, "mpesaNumberLineEdit")->setText(QStringLiteral("0712345678"));
        child<QPushButton>(*dialog, "sendPushButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(*dialog, "cancelNoteLabel")->isHidden(), 10'000);
        // What closing can and cannot do is said before it is done; there is no Cancel.
        QVERIFY(child<QLabel>(*dialog, "cancelNoteLabel")
                    ->text()
                    .contains(QLatin1String("cannot be taken back")));
        QVERIFY(child<QPushButton>(*dialog, "cancelPushButton")->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(*dialog, "waitingLabel")
                                     ->text()
                                     .contains(QLatin1String("enter your M-Pesa PIN")),
                                 10'000);
        child<QPushButton>(*dialog, "closePushButton")->click();
        QVERIFY(kept);
        QSignalSpy paid(kept.data(), &TopUpWatch::paid);
        QVERIFY(paid.wait(10'000));

        // The activity log has the request and the payment, as sentences.
        const QList<AuditEntry> entries = AuditLog(*m_database).latest(10).value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, QStringLiteral("topup.paid"));
        QCOMPARE(entries.at(1).action, QStringLiteral("topup.request"));
        QVERIFY2(AuditLogDialog::sentence(entries.at(1)).contains(QLatin1String("0712 345678")),
                 qPrintable(AuditLogDialog::sentence(entries.at(1))));
        QVERIFY2(
            AuditLogDialog::sentence(entries.at(0))
                .startsWith(QLatin1String("The payment of KES 500 arrived: the balance rose from")),
            qPrintable(AuditLogDialog::sentence(entries.at(0))));
    }

    void topUpGivesUpAfterTheTimeout()
    {
        const Account account = addSandbox(QStringLiteral("quickflow"));
        if (const QString why = topUpUnavailable(account); !why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("Top-up needs the real adapter: ") + why));
        TopUpDialog dialog(*m_database, *m_providers, account, *m_settings);
        // The simulator credits after 300 ms; the dialog waits 100 ms and asks once a minute.
        dialog.setPollInterval(60'000);
        dialog.setTimeout(100);
        child<QLineEdit>(dialog, "mpesaNumberLineEdit")->setText(QStringLiteral("0712345678"));
        QSignalSpy balance(&dialog, &TopUpDialog::balanceChanged);
        child<QPushButton>(dialog, "sendPushButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog, "waitingLabel")
                                     ->text()
                                     .startsWith(QLatin1String("No payment has arrived")),
                                 10'000);
        QVERIFY(balance.isEmpty());
        QVERIFY(!child<QPushButton>(dialog, "closePushButton")->isHidden());
        QVERIFY(child<QPushButton>(dialog, "cancelPushButton")->isHidden());
    }

private:
    Account addSandbox(const QString& provider)
    {
        Account account;
        account.name = QStringLiteral("Sandbox ") + provider;
        account.provider = provider;
        account.sandbox = true;
        const Result<qint64> id = AccountStore(*m_database).add(account);
        if (!id)
            qFatal("sandbox account: %s", qPrintable(id.error().message));
        return AccountStore(*m_database).findById(id.value()).value();
    }

    // The QuickFlow adapter is written separately; until it answers, the flow cannot run. Why
    // the top-up cannot run, or an empty string.
    QString topUpUnavailable(const Account& account)
    {
        const ProviderResult<Balance> balance = m_providers->wait<Balance>(
            account, [](ProviderAdapter& adapter, ProviderAdapter::Reply<Balance> reply) {
                adapter.balance(reply);
            });
        if (!balance && balance.error().kind == ProviderError::Kind::Unsupported)
            return QStringLiteral("the QuickFlow adapter answers Unsupported for balance");
        if (!ProviderSession::capabilities(account).topUp)
            return QStringLiteral("the QuickFlow adapter does not declare the topUp capability");
        return {};
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    QString m_settingsPath;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ProviderSession> m_providers;
};

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
