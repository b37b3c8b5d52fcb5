// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/Sandbox.h"
#include "settings/AppSettings.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tuma;

class TestAccountStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(
            QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
    }
    void cleanup() { m_database.reset(); }

    void addFindListUpdateRemove()
    {
        AccountStore store(*m_database);
        QVERIFY(store.isEmpty());
        Account account = quickflow(QStringLiteral(" Main "));
        account.lowBalanceThreshold = 250;
        const Result<qint64> added = store.add(account);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
        QVERIFY(!store.isEmpty());

        Account found = store.find(QStringLiteral("main")).value();
        QCOMPARE(found.id, added.value());
        QCOMPARE(found.name, QStringLiteral("Main"));
        QCOMPARE(found.provider, QStringLiteral("quickflow"));
        QCOMPARE(found.baseUrl, QUrl(QStringLiteral("https://api.quickflow.co.ke/api/method")));
        QCOMPARE(found.senderIds, (QStringList {QStringLiteral("BRAND"), QStringLiteral("OTHER")}));
        QCOMPARE(found.senderOrDefault(), QStringLiteral("BRAND"));
        QCOMPARE(found.lowBalanceThreshold, std::optional<double>(250));
        QVERIFY(found.secretRef.startsWith(QLatin1String("account-")));
        QVERIFY(found.createdAt.isValid());

        QVERIFY(!store.add(quickflow(QStringLiteral("MAIN"))).ok()); // names ignore case

        found.name = QStringLiteral("Renamed");
        found.defaultSender = QStringLiteral("OTHER");
        found.lowBalanceThreshold.reset();
        QVERIFY(store.update(found).ok());
        const Account updated = store.findById(found.id).value();
        QCOMPARE(updated.name, QStringLiteral("Renamed"));
        QCOMPARE(updated.senderOrDefault(), QStringLiteral("OTHER"));
        QVERIFY(!updated.lowBalanceThreshold);
        QCOMPARE(updated.secretRef, found.secretRef); // the key entry stays the same

        QCOMPARE(store.list().value().size(), 1);
        QVERIFY(store.remove(found.id).ok());
        QVERIFY(store.isEmpty());
        QCOMPARE(store.find(QStringLiteral("Renamed")).error().code,
                 QStringLiteral("account_not_found"));
    }

    void validationSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty name") << "name"
                                    << "  "
                                    << "name";
        QTest::newRow("unknown provider") << "provider"
                                          << "twilio"
                                          << "provider";
        QTest::newRow("plain http to a remote host") << "base_url"
                                                     << "http://api.example.com/v1"
                                                     << "https://";
        QTest::newRow("not a URL") << "base_url"
                                   << "api"
                                   << "web address";
        QTest::newRow("no URL") << "base_url"
                                << ""
                                << "address";
        QTest::newRow("unknown region") << "region"
                                        << "XX"
                                        << "region";
        QTest::newRow("currency") << "currency"
                                  << "shillings"
                                  << "currency";
        QTest::newRow("254sms without its user name") << "254sms"
                                                      << " "
                                                      << "user name";
    }

    void validationSaysWhatIsWrong()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Account account = quickflow(QStringLiteral("Main"));
        if (field == QLatin1String("name"))
            account.name = value;
        else if (field == QLatin1String("provider"))
            account.provider = value;
        else if (field == QLatin1String("base_url"))
            account.baseUrl = QUrl(value);
        else if (field == QLatin1String("region"))
            account.region = value;
        else if (field == QLatin1String("currency"))
            account.pricing.currency = value;
        else if (field == QLatin1String("254sms")) {
            account.provider = field;
            account.username = value;
        }
        const Result<qint64> added = AccountStore(*m_database).add(account);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QStringLiteral("invalid_account"));
        QVERIFY2(added.error().message.contains(expected, Qt::CaseInsensitive),
                 qPrintable(added.error().message));
        QVERIFY(AccountStore(*m_database).isEmpty());
    }

    void loopbackMayUsePlainHttp()
    {
        Account account = quickflow(QStringLiteral("Local"));
        account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/quickflow/api/method"));
        QVERIFY(AccountStore(*m_database).add(account).ok());
        account.name = QStringLiteral("Localhost");
        account.baseUrl = QUrl(QStringLiteral("http://localhost:8080/api"));
        QVERIFY(AccountStore(*m_database).add(account).ok());
    }

    void accountsUsedByCampaignsAreKept()
    {
        AccountStore store(*m_database);
        const qint64 id = store.add(quickflow(QStringLiteral("Main"))).value();
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO campaigns (name, account_id, template_body, created_at) "
                           "VALUES ('Promo', %1, 'Hi', 0)")
                .arg(id)));
        const Result<void> removed = store.remove(id);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, QStringLiteral("account_in_use"));
        QVERIFY(store.find(QStringLiteral("Main")).ok());
    }

    void sandboxIsOfferedOnce()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(sandbox::offerAccount(*m_database, settings).value(), true);
        AccountStore store(*m_database);
        const Account sandbox = store.find(QStringLiteral("Sandbox")).value();
        QVERIFY(sandbox.sandbox);
        QCOMPARE(sandbox.provider, QStringLiteral("quickflow"));
        QVERIFY(sandbox.baseUrl.isEmpty());
        QVERIFY(!sandbox.senderIds.isEmpty());
        QCOMPARE(sandbox.pricing, sandbox::pricing());
        QCOMPARE(settings.activeAccount(), QStringLiteral("Sandbox"));

        // Removed by the user: not offered again.
        QVERIFY(store.remove(sandbox.id).ok());
        QCOMPARE(sandbox::offerAccount(*m_database, settings).value(), false);
        QVERIFY(store.isEmpty());
    }

    // The dialog, tuma-cli and the first start's offer give a sandbox account the simulator's
    // settings through one function: its address is found at run time, its user name and
    // service ID are the simulator's whatever was typed, and its sender IDs are the
    // simulator's unless the account names its own.
    void aSandboxAccountTakesTheSimulatorsSettings()
    {
        Account account;
        account.name = QStringLiteral("Try");
        account.provider = QStringLiteral("254sms");
        account.sandbox = true;
        account.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
        account.username = QStringLiteral("typed");
        sandbox::prepareAccount(account);
        QVERIFY(account.baseUrl.isEmpty());
        QCOMPARE(account.username, QStringLiteral("sandbox"));
        QVERIFY(!account.senderIds.isEmpty());
        QVERIFY(AccountStore::validate(account).ok());

        Account qsms;
        qsms.name = QStringLiteral("Try QSMS");
        qsms.provider = QStringLiteral("qsms");
        qsms.sandbox = true;
        qsms.senderIds = {QStringLiteral("OWN")};
        sandbox::prepareAccount(qsms);
        QCOMPARE(qsms.serviceId, QStringLiteral("1"));
        QCOMPARE(qsms.senderIds, QStringList {QStringLiteral("OWN")});
        QVERIFY(AccountStore::validate(qsms).ok());

        // A real account is left as it is.
        Account real;
        real.provider = QStringLiteral("254sms");
        real.username = QStringLiteral("typed");
        real.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
        sandbox::prepareAccount(real);
        QCOMPARE(real.username, QStringLiteral("typed"));
        QCOMPARE(real.baseUrl, QUrl(QStringLiteral("https://api.example.com")));

        QCOMPARE(sandbox::pricing().pricePerCredit, 0.5);
        QCOMPARE(sandbox::pricing().currency, QStringLiteral("KES"));
    }

    void sandboxIsNotOfferedBesideRealAccounts()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings2.ini")));
        QVERIFY(AccountStore(*m_database).add(quickflow(QStringLiteral("Main"))).ok());
        QCOMPARE(sandbox::offerAccount(*m_database, settings).value(), false);
        QVERIFY(!AccountStore(*m_database).find(QStringLiteral("Sandbox")).ok());
    }

private:
    static Account quickflow(const QString& name)
    {
        Account account;
        account.name = name;
        account.provider = QStringLiteral("quickflow");
        account.baseUrl = QUrl(QStringLiteral("https://api.quickflow.co.ke/api/method"));
        account.senderIds
            = {QStringLiteral("BRAND"), QStringLiteral("OTHER"), QStringLiteral("BRAND")};
        return account;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
