// SPDX-License-Identifier: GPL-3.0-or-later
// "Accounts and providers" of docs/CLI.md, on the real tuma-cli binary, against the provider
// simulator (in-process for sandbox accounts, `tuma-cli sim` for the others) and the real
// keychain of the test session.
#include "ProxyFixture.h"
#include "TestSupport.h"
#include "accounts/ProviderSession.h"
#include "providers/ProxyAuth.h"
#include "sandbox/Sandbox.h"
#include "secrets/SecretStore.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tuma;
using tuma::test::json;

namespace {

QStringList words(const char* line)
{
    return QString::fromLatin1(line).split(u' ');
}

} // namespace

class TestCliAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Quick delivery and top-up in the simulator: sent 100 ms, delivered 300 ms, paid 500 ms.
        qputenv("TUMA_SANDBOX_TIMING", "100,300,500");
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli-%1/tuma.db").arg(++m_counter));
        QDir().mkpath(QFileInfo(m_db).absolutePath());
    }

    void cleanup()
    {
        if (m_sim) {
            m_sim->terminate();
            QVERIFY(m_sim->waitForFinished(5000));
            m_sim.reset();
        }
    }

    void sandboxAccountTellsTheWholeStory()
    {
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Sandbox"),
                      QStringLiteral("--provider"), QStringLiteral("quickflow"),
                      QStringLiteral("--sandbox")})
                     .exitCode,
                 0);
        const QJsonArray accounts
            = json(cli({QStringLiteral("account"), QStringLiteral("list")}).standardOutput)
                  .value(QStringLiteral("accounts"))
                  .toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Sandbox"));
        QCOMPARE(accounts.at(0)[QStringLiteral("provider")].toString(),
                 QStringLiteral("quickflow"));
        QCOMPARE(accounts.at(0)[QStringLiteral("sandbox")].toBool(), true);
        QCOMPARE(accounts.at(0)[QStringLiteral("region")].toString(), QStringLiteral("KE"));

        QJsonObject balance
            = json(cli({QStringLiteral("balance"), QStringLiteral("Sandbox")}).standardOutput);
        QCOMPARE(balance.value(QStringLiteral("account")).toString(), QStringLiteral("Sandbox"));
        const double before = balance.value(QStringLiteral("balance")).toDouble();
        QCOMPARE(before, 1000.0);

        // The estimate compares the cost with the provider's balance.
        const QJsonObject estimate
            = json(cli({QStringLiteral("estimate"), QStringLiteral("--template"),
                        QStringLiteral("Hi"), QStringLiteral("--to"), QStringLiteral("0712345678"),
                        QStringLiteral("--account"), QStringLiteral("Sandbox")})
                       .standardOutput);
        QCOMPARE(estimate.value(QStringLiteral("balance")).toDouble(), before);
        QCOMPARE(estimate.value(QStringLiteral("can_afford")).toBool(), true);

        const QJsonObject test = json(
            cli({QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Sandbox")})
                .standardOutput);
        QCOMPARE(test.value(QStringLiteral("balance")).toDouble(), before);

        test::ProcessResult sent
            = cli({QStringLiteral("send"), QStringLiteral("Sandbox"), QStringLiteral("--to"),
                   QStringLiteral("0712345678,+254 723 456 789"), QStringLiteral("--text"),
                   QStringLiteral("Habari!")});
        QCOMPARE(sent.exitCode, 0);
        const QJsonArray messages
            = json(sent.standardOutput).value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)[QStringLiteral("phone")].toString(),
                 QStringLiteral("+254712345678"));
        QCOMPARE(messages.at(1)[QStringLiteral("phone")].toString(),
                 QStringLiteral("+254723456789"));
        for (const QJsonValue& message : messages) {
            QCOMPARE(message[QStringLiteral("state")].toString(), QStringLiteral("accepted"));
            QVERIFY(!message[QStringLiteral("message_id")].toString().isEmpty());
        }
        balance = json(cli({QStringLiteral("balance"), QStringLiteral("Sandbox")}).standardOutput);
        QCOMPARE(balance.value(QStringLiteral("balance")).toDouble(), before - 2);

        const QString id = messages.at(0)[QStringLiteral("message_id")].toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            json(cli({QStringLiteral("status"), QStringLiteral("Sandbox"), id}).standardOutput)
                .value(QStringLiteral("state"))
                .toString(),
            QStringLiteral("delivered"), 10000);

        const QJsonObject history
            = json(cli({QStringLiteral("history"), QStringLiteral("Sandbox")}).standardOutput);
        QCOMPARE(history.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(history.value(QStringLiteral("page")).toInt(), 1);
        const QJsonArray entries = history.value(QStringLiteral("messages")).toArray();
        QCOMPARE(entries.size(), 2);
        QStringList phones;
        for (const QJsonValue& entry : entries) {
            phones.append(entry[QStringLiteral("phone")].toString());
            QCOMPARE(entry[QStringLiteral("text")].toString(), QStringLiteral("Habari!"));
        }
        QVERIFY2(phones.join(u' ').contains(QLatin1String("254712345678")),
                 qPrintable(phones.join(u' ')));

        const QJsonObject senders
            = json(cli({QStringLiteral("senders"), QStringLiteral("Sandbox")}).standardOutput);
        QCOMPARE(senders.value(QStringLiteral("senders")).toArray().first().toString(),
                 QStringLiteral("TUMA"));

        const QJsonObject topUp = json(
            cli({QStringLiteral("topup"), QStringLiteral("Sandbox"), QStringLiteral("--amount"),
                 QStringLiteral("100"), QStringLiteral("--mpesa"), QStringLiteral("0712345678"),
                 QStringLiteral("--wait"), QStringLiteral("15")})
                .standardOutput);
        QCOMPARE(topUp.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(topUp.value(QStringLiteral("balance_before")).toDouble(), before - 2);
        // KES 100 at KES 0.50 a credit.
        QCOMPARE(topUp.value(QStringLiteral("balance_after")).toDouble(), before - 2 + 200);
        QVERIFY(!topUp.value(QStringLiteral("request_id")).toString().isEmpty());
    }

    void badInputIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no provider") << words("account add X");
        QTest::newRow("unknown provider") << words("account add X --provider twilio");
        QTest::newRow("plain http")
            << words("account add X --provider flashsms --base-url http://sms.example.com/api/v1");
        QTest::newRow("flashsms without address") << words("account add X --provider flashsms");
        QTest::newRow("254sms without username") << words("account add X --provider 254sms");
        QTest::newRow("top-up too small") << words("topup Sandbox --amount 1 --mpesa 0712345678");
        QTest::newRow("top-up from Ghana")
            << words("topup Sandbox --amount 100 --mpesa +233241234567");
        QTest::newRow("send to a fixed line") << words("send Sandbox --to 0202123456 --text Hi");
        QTest::newRow("send without text") << words("send Sandbox --to 0712345678");
    }

    void badInputIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Sandbox"),
                      QStringLiteral("--provider"), QStringLiteral("quickflow"),
                      QStringLiteral("--sandbox")})
                     .exitCode,
                 0);
        const test::ProcessResult result = cli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!json(result.standardOutput)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        // Nothing was sent or added by a refused command.
        QCOMPARE(json(cli({QStringLiteral("account"), QStringLiteral("list")}).standardOutput)
                     .value(QStringLiteral("accounts"))
                     .toArray()
                     .size(),
                 1);
    }

    // QSMS's service ID is optional: 0, as in the document's examples, unless given.
    void aQsmsAccountNeedsNoServiceId()
    {
        const auto add = [this](const QString& name, const QStringList& more) {
            return cli(QStringList {QStringLiteral("account"), QStringLiteral("add"), name,
                                    QStringLiteral("--provider"), QStringLiteral("qsms"),
                                    QStringLiteral("--sender"), QStringLiteral("DUKA")}
                           + more,
                       "qsms-key\n");
        };
        QCOMPARE(add(QStringLiteral("Qorami"), {}).exitCode, 0);
        QCOMPARE(
            add(QStringLiteral("Qorami 7"), {QStringLiteral("--service-id"), QStringLiteral("7")})
                .exitCode,
            0);
        QMap<QString, QString> services;
        for (const QJsonValue& account :
             json(cli({QStringLiteral("account"), QStringLiteral("list")}).standardOutput)
                 .value(QStringLiteral("accounts"))
                 .toArray())
            services.insert(account[QStringLiteral("name")].toString(),
                            account[QStringLiteral("service_id")].toString());
        QCOMPARE(services.value(QStringLiteral("Qorami")), QStringLiteral("0"));
        QCOMPARE(services.value(QStringLiteral("Qorami 7")), QStringLiteral("7"));
    }

    // The shape of a QuickFlow key is checked where the dialog and the adapter check it
    // (ProviderRegistry::secretWellFormed): exactly KEY:SECRET, both there.
    void aQuickFlowKeyIsKeyColonSecret()
    {
        const QStringList add {QStringLiteral("account"),   QStringLiteral("add"),
                               QStringLiteral("Duka"),      QStringLiteral("--provider"),
                               QStringLiteral("quickflow"), QStringLiteral("--sender"),
                               QStringLiteral("DUKA")};
        for (const QByteArray& bad : {QByteArray("only_a_key\n"), QByteArray("key:sec:ret\n"),
                                      QByteArray(":secret\n"), QByteArray("key: \n")}) {
            const test::ProcessResult refused = cli(add, bad);
            QVERIFY2(refused.exitCode == 2, bad.constData());
            QVERIFY2(json(refused.standardOutput)
                         .value(QStringLiteral("error"))
                         .toObject()
                         .value(QStringLiteral("message"))
                         .toString()
                         .contains(QLatin1String("KEY:SECRET")),
                     refused.standardOutput.constData());
        }
        QVERIFY(json(cli({QStringLiteral("account"), QStringLiteral("list")}).standardOutput)
                    .value(QStringLiteral("accounts"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(cli(add, "key:secret\n").exitCode, 0);
    }

    // The provider's own data through tuma-cli, against the simulator: its groups and their
    // members, its templates (in Tuma's placeholders), its record of credit, a message's
    // report per recipient; and `unsupported` where a provider keeps no such thing.
    void theProvidersOwnDataThroughTheCli()
    {
        const auto ok = [this](const QStringList& arguments) {
            const test::ProcessResult result = cli(arguments);
            if (result.exitCode != 0)
                qWarning() << arguments << result.standardOutput << result.standardError;
            return result.exitCode == 0 ? json(result.standardOutput) : QJsonObject();
        };
        const auto errorCode = [this](const QStringList& arguments) {
            const test::ProcessResult result = cli(arguments);
            return QStringLiteral("%1 %2")
                .arg(result.exitCode)
                .arg(json(result.standardOutput)[QStringLiteral("error")][QStringLiteral("code")]
                         .toString());
        };
        QVERIFY(!ok(words("account add Sandbox --provider quickflow --sandbox")).isEmpty());
        QVERIFY(!ok(words("account add Flash --provider flashsms --sandbox")).isEmpty());

        // A group with two members on the QuickFlow side, made as another program would.
        QVERIFY(makeSandboxGroup(QStringLiteral("Wateja wa Mombasa"),
                                 {QStringLiteral("+254712300001"), QStringLiteral("+254712300002")})
                    .ok());
        const QJsonObject groups = ok(words("remote groups Sandbox --search mombasa"));
        QCOMPARE(groups[QStringLiteral("groups")].toArray().size(), 1);
        const QJsonObject group = groups[QStringLiteral("groups")].toArray().at(0).toObject();
        QCOMPARE(group[QStringLiteral("name")].toString(), QStringLiteral("Wateja wa Mombasa"));
        QCOMPARE(ok(words("remote groups Sandbox --search Nairobi"))[QStringLiteral("groups")]
                     .toArray()
                     .size(),
                 0);
        const QJsonObject members
            = ok({QStringLiteral("remote"), QStringLiteral("members"), QStringLiteral("Sandbox"),
                  group[QStringLiteral("id")].toString()});
        QCOMPARE(members[QStringLiteral("contacts")].toArray().size(), 2);
        QCOMPARE(members[QStringLiteral("contacts")][0][QStringLiteral("phone")].toString().left(4),
                 QStringLiteral("+254"));
        QCOMPARE(members[QStringLiteral("contacts")][0][QStringLiteral("name")].toString(),
                 QStringLiteral("Zawadi"));

        // A Tuma template uploaded twice is one provider template, in Tuma's placeholders.
        QVERIFY(!ok({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("Karibu"),
                     QStringLiteral("Karibu <<first_name>>, ofa ya leo.")})
                     .isEmpty());
        const QJsonObject uploaded = ok(words("remote template-upload Flash Karibu"));
        QVERIFY(!uploaded[QStringLiteral("id")].toString().isEmpty());
        QCOMPARE(ok(words("remote template-upload Flash Karibu"))[QStringLiteral("id")],
                 uploaded[QStringLiteral("id")]);
        const QJsonArray templates
            = ok(words("remote templates Flash"))[QStringLiteral("templates")].toArray();
        QCOMPARE(templates.size(), 1);
        QCOMPARE(templates.at(0)[QStringLiteral("text")].toString(),
                 QStringLiteral("Karibu <<first_name>>, ofa ya leo."));
        QCOMPARE(errorCode(words("remote templates Sandbox")), QStringLiteral("1 unsupported"));
        QCOMPARE(errorCode(words("remote template-upload Flash Nothing")).left(2),
                 QStringLiteral("1 "));

        // The record of credit: the simulator's opening bonus, and only it by type.
        const QJsonArray bonus = ok(words(
            "transactions Flash --type bonus --from 2020-01-01"))[QStringLiteral("transactions")]
                                     .toArray();
        QVERIFY(!bonus.isEmpty());
        for (const QJsonValue& transaction : bonus)
            QCOMPARE(transaction[QStringLiteral("type")].toString(), QStringLiteral("BONUS"));
        QVERIFY(!bonus.at(0)[QStringLiteral("time")].toString().isEmpty());
        QCOMPARE(ok(words("transactions Flash --type usage"))[QStringLiteral("transactions")]
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(errorCode(words("transactions Flash --from 2026-13-01")).left(1),
                 QStringLiteral("2"));
        QCOMPARE(errorCode(words("transactions Sandbox")), QStringLiteral("1 unsupported"));

        // A message's report per recipient; the history by state and dates.
        const QJsonObject sent
            = ok(words("send Flash --to +233241234567,+233201234567 --text Akwaaba"));
        const QString id
            = sent[QStringLiteral("messages")][0][QStringLiteral("message_id")].toString();
        QVERIFY(!id.isEmpty());
        const QJsonObject report = ok({QStringLiteral("report"), QStringLiteral("Flash"), id});
        QStringList phones;
        for (const QJsonValue& recipient : report[QStringLiteral("recipients")].toArray())
            phones.append(recipient[QStringLiteral("phone")].toString());
        phones.sort();
        QCOMPARE(phones,
                 (QStringList {QStringLiteral("+233201234567"), QStringLiteral("+233241234567")}));
        QCOMPARE(errorCode({QStringLiteral("report"), QStringLiteral("Sandbox"), id}),
                 QStringLiteral("1 unsupported"));
        QCOMPARE(ok(words("history Flash --from 2020-01-01"))[QStringLiteral("messages")]
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(
            ok(words("history Flash --to 2020-01-01"))[QStringLiteral("messages")].toArray().size(),
            0);
        QCOMPARE(errorCode(words("history Sandbox --status DELIVERED")),
                 QStringLiteral("1 unsupported"));
    }

    // A Tuma group pushed twice is one provider group: the same one (found by its link, or
    // by its name when a push's answer was lost), without opted-out numbers, its members
    // brought in line where the provider allows (QuickFlow), only added where it cannot take
    // a contact out of one group (FlashSMS). Pulled back into Tuma, it counts as an import.
    void aGroupPushedTwiceIsOneProviderGroup()
    {
        const auto ok = [this](const QStringList& arguments) {
            const test::ProcessResult result = cli(arguments);
            if (result.exitCode != 0)
                qWarning() << arguments << result.standardOutput << result.standardError;
            return result.exitCode == 0 ? json(result.standardOutput) : QJsonObject();
        };
        const auto phonesOf = [&ok](const QString& account, const QString& group) {
            QStringList phones;
            for (const QJsonValue& contact :
                 ok({QStringLiteral("remote"), QStringLiteral("members"), account, group,
                     QStringLiteral("--limit"), QStringLiteral("1000")})[QStringLiteral("contacts")]
                     .toArray())
                phones.append(contact[QStringLiteral("phone")].toString());
            phones.sort();
            return phones;
        };
        const auto groupsNamed = [&ok](const QString& account, const QString& name) {
            int found = 0;
            for (const QJsonValue& group : ok({QStringLiteral("remote"), QStringLiteral("groups"),
                                               account})[QStringLiteral("groups")]
                                               .toArray())
                found += group[QStringLiteral("name")].toString() == name ? 1 : 0;
            return found;
        };
        QVERIFY(!ok(words("account add Sandbox --provider quickflow --sandbox")).isEmpty());
        QVERIFY(!ok(words("groups create VIP")).isEmpty());
        for (const char* phone : {"0712000001", "0712000002", "0712000003"})
            QVERIFY(
                !ok({QStringLiteral("contacts"), QStringLiteral("add"), QString::fromLatin1(phone),
                     QStringLiteral("--group"), QStringLiteral("VIP")})
                     .isEmpty());
        QVERIFY(!ok(words("optout add 0712000003")).isEmpty());

        const QJsonObject first = ok(words("remote push Sandbox --group VIP"));
        QCOMPARE(first[QStringLiteral("added")].toInt(), 2);
        QCOMPARE(first[QStringLiteral("removed")].toInt(), 0);
        QCOMPARE(first[QStringLiteral("opted_out_skipped")].toInt(), 1);
        QCOMPARE(first[QStringLiteral("members")].toInt(), 2);
        const QString id = first[QStringLiteral("id")].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(phonesOf(QStringLiteral("Sandbox"), id),
                 (QStringList {QStringLiteral("+254712000001"), QStringLiteral("+254712000002")}));

        // One number leaves the Tuma group, one joins: the same provider group follows.
        QVERIFY(!ok(words("contacts remove 0712000002")).isEmpty());
        QVERIFY(!ok(words("contacts add 0712000004 --group VIP")).isEmpty());
        const QJsonObject second = ok(words("remote push Sandbox --group VIP"));
        QCOMPARE(second[QStringLiteral("id")].toString(), id);
        QCOMPARE(second[QStringLiteral("added")].toInt(), 1);
        QCOMPARE(second[QStringLiteral("removed")].toInt(), 1);
        QCOMPARE(second[QStringLiteral("members")].toInt(), 2);
        QCOMPARE(groupsNamed(QStringLiteral("Sandbox"), QStringLiteral("VIP")), 1);
        QCOMPARE(phonesOf(QStringLiteral("Sandbox"), id),
                 (QStringList {QStringLiteral("+254712000001"), QStringLiteral("+254712000004")}));

        // A provider group of the name already there (a push whose answer was lost) is the
        // one used, not a second.
        const ProviderResult<RemoteGroup> promo = makeSandboxGroup(QStringLiteral("Promo"));
        QVERIFY(promo.ok());
        const QString promoId = promo.value().id;
        QVERIFY(!ok(words("groups create promo")).isEmpty());
        QVERIFY(!ok(words("contacts add 0712000005 --group promo")).isEmpty());
        QCOMPARE(ok(words("remote push Sandbox --group promo"))[QStringLiteral("id")].toString(),
                 promoId);
        QCOMPARE(groupsNamed(QStringLiteral("Sandbox"), QStringLiteral("Promo")), 1);

        // Pulled into another Tuma group: counted as an import of numbers Tuma has.
        const QJsonObject pulled
            = ok({QStringLiteral("remote"), QStringLiteral("pull"), QStringLiteral("Sandbox"), id,
                  QStringLiteral("--group"), QStringLiteral("Kutoka")});
        QCOMPARE(pulled[QStringLiteral("rows")].toInt(), 2);
        QCOMPARE(pulled[QStringLiteral("imported")].toInt()
                     + pulled[QStringLiteral("updated")].toInt()
                     + pulled[QStringLiteral("existing")].toInt()
                     + pulled[QStringLiteral("duplicates")].toInt()
                     + pulled[QStringLiteral("invalid")].toInt(),
                 2);
        QCOMPARE(pulled[QStringLiteral("imported")].toInt(), 0);
        int kutoka = -1;
        for (const QJsonValue& group :
             ok(words("groups list"))[QStringLiteral("groups")].toArray()) {
            if (group[QStringLiteral("name")].toString() == QLatin1String("Kutoka"))
                kutoka = group[QStringLiteral("members")].toInt();
        }
        QCOMPARE(kutoka, 2);

        // FlashSMS deletes contacts account-wide: a number that left is reported, not removed.
        QVERIFY(!ok(words("account add Flash --provider flashsms --sandbox")).isEmpty());
        QVERIFY(!ok(words("groups create Wateja")).isEmpty());
        for (const char* phone : {"+233241234567", "+233201234567"})
            QVERIFY(
                !ok({QStringLiteral("contacts"), QStringLiteral("add"), QString::fromLatin1(phone),
                     QStringLiteral("--group"), QStringLiteral("Wateja")})
                     .isEmpty());
        const QJsonObject flash = ok(words("remote push Flash --group Wateja"));
        QCOMPARE(flash[QStringLiteral("added")].toInt(), 2);
        QVERIFY(!ok(words("contacts remove +233201234567")).isEmpty());
        const QJsonObject again = ok(words("remote push Flash --group Wateja"));
        QCOMPARE(again[QStringLiteral("id")], flash[QStringLiteral("id")]);
        QCOMPARE(again[QStringLiteral("added")].toInt(), 0);
        QCOMPARE(again[QStringLiteral("removed")].toInt(), 0);
        QCOMPARE(again[QStringLiteral("not_removed")].toInt(), 1);
        QCOMPARE(groupsNamed(QStringLiteral("Flash"), QStringLiteral("Wateja")), 1);

        // 254sms keeps no contacts.
        QVERIFY(!ok(words("account add Wakala --provider 254sms --sandbox")).isEmpty());
        const test::ProcessResult refused = cli(words("remote push Wakala --group VIP"));
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(json(refused.standardOutput)[QStringLiteral("error")][QStringLiteral("code")]
                     .toString(),
                 QStringLiteral("unsupported"));
    }

    void keysLiveOnlyInTheKeychain()
    {
        const QJsonObject sim = startSim({});
        const QString base
            = sim[QStringLiteral("base_urls")][QStringLiteral("flashsms")].toString();
        const QByteArray secret = "bms_test_sandbox";
        const test::ProcessResult added = cli(
            {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Flash"),
             QStringLiteral("--provider"), QStringLiteral("flashsms"), QStringLiteral("--base-url"),
             base, QStringLiteral("--region"), QStringLiteral("GH")},
            secret + '\n');
        QCOMPARE(added.exitCode, 0);
        const test::ProcessResult balance
            = cli({QStringLiteral("balance"), QStringLiteral("Flash")});
        QCOMPARE(balance.exitCode, 0);
        QCOMPARE(json(balance.standardOutput).value(QStringLiteral("balance")).toDouble(), 1000.0);

        // The key is in the keychain under the account's entry...
        const QString secretRef = accountSecretRef(QStringLiteral("Flash"));
        SecretStore keychain;
        QCOMPARE(keychain.readAndWait(secretRef).value(), QString::fromUtf8(secret));
        // ...and nowhere else: not in the database, its WAL, the settings or any output.
        QDirIterator files(QFileInfo(m_db).absolutePath(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!test::readFile(path).contains(secret), qPrintable(path));
        }
        for (const QByteArray& output : {added.standardOutput, added.standardError,
                                         balance.standardOutput, balance.standardError})
            QVERIFY(!output.contains(secret));

        // A wrong key is the provider's authentication error, in words.
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Wrong"),
                      QStringLiteral("--provider"), QStringLiteral("flashsms"),
                      QStringLiteral("--base-url"), base},
                     "bms_live_not_a_key")
                     .exitCode,
                 0);
        const test::ProcessResult refused
            = cli({QStringLiteral("balance"), QStringLiteral("Wrong")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(json(refused.standardOutput)[QStringLiteral("error")][QStringLiteral("code")]
                     .toString(),
                 QStringLiteral("authentication"));

        // Removing the account removes its key.
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Flash")})
                     .exitCode,
                 0);
        QVERIFY(!keychain.readAndWait(secretRef).ok());
        QCOMPARE(cli({QStringLiteral("balance"), QStringLiteral("Flash")}).exitCode, 1);
    }

    // tuma-cli proxy login keeps the password in the keychain only, and every later command
    // gives it to the proxy that asks; proxy logout forgets it.
    void proxyLoginKeepsThePasswordForTheProxy()
    {
        const QByteArray password = "siri ya ofisi 2026";
        const test::ProcessResult login
            = cli({QStringLiteral("proxy"), QStringLiteral("login"), QStringLiteral("ofisi")},
                  password + '\n');
        QCOMPARE(login.exitCode, 0);
        QCOMPARE(json(login.standardOutput).value(QStringLiteral("proxy_user")).toString(),
                 QStringLiteral("ofisi"));
        QVERIFY(!login.standardOutput.contains(password));
        SecretStore keychain;
        const std::optional<ProxyCredentials> stored
            = ProxyAuth::decode(keychain.readAndWait(ProxyAuth::keychainKey()).value());
        QVERIFY(stored);
        QCOMPARE(stored->user, QStringLiteral("ofisi"));
        QCOMPARE(stored->password, QString::fromUtf8(password));

        // A provider reached through the office proxy (there is no provider behind it).
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Flash"),
                      QStringLiteral("--provider"), QStringLiteral("flashsms"),
                      QStringLiteral("--base-url"), QStringLiteral("https://api.provider.invalid"),
                      QStringLiteral("--region"), QStringLiteral("GH")},
                     "bms_live_key\n")
                     .exitCode,
                 0);
        QThread proxyThread;
        proxyThread.start();
        auto* proxy = new test::PasswordProxy("ofisi", password);
        proxy->moveToThread(&proxyThread);
        bool listening = false;
        QMetaObject::invokeMethod(
            proxy, [&] { listening = proxy->listen(); }, Qt::BlockingQueuedConnection);
        QVERIFY(listening);
        const auto balanceThroughProxy = [&] {
            test::ProxyEnvironment environment(proxy->url());
            return cli({QStringLiteral("balance"), QStringLiteral("Flash")});
        };
        const test::ProcessResult first = balanceThroughProxy();
        QCOMPARE(first.exitCode, 1); // the tunnel leads nowhere
        QVERIFY(!json(first.standardOutput)[QStringLiteral("error")][QStringLiteral("message")]
                     .toString()
                     .contains(QStringLiteral("proxy login")));

        QCOMPARE(cli({QStringLiteral("proxy"), QStringLiteral("logout")}).exitCode, 0);
        QVERIFY(!keychain.readAndWait(ProxyAuth::keychainKey()).ok());
        const test::ProcessResult second = balanceThroughProxy();
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(json(second.standardOutput)[QStringLiteral("error")][QStringLiteral("message")]
                     .toString()
                     .contains(QStringLiteral("proxy login")),
                 second.standardOutput.constData());

        proxyThread.quit();
        QVERIFY(proxyThread.wait(5000));
        const QByteArray expected = "Basic " + QByteArray("ofisi:" + password).toBase64();
        // The first run gave the stored password; the second had none to give.
        QVERIFY2(proxy->attempts().contains(expected), proxy->attempts().join(' ').constData());
        QCOMPARE(proxy->tunnels(), 1);
        QCOMPARE(proxy->attempts().last(), QByteArray());
        delete proxy;

        // Nothing but the keychain holds it.
        QDirIterator files(QFileInfo(m_db).absolutePath(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QVERIFY2(!test::readFile(path).contains(password), qPrintable(path));
        }
    }

    void aDroppedSendIsUnknownAndJournaledOnce()
    {
        const QJsonObject sim = startSim(QStringLiteral("send:drop*1"));
        const QString base
            = sim[QStringLiteral("base_urls")][QStringLiteral("quickflow")].toString();
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("QF"),
                      QStringLiteral("--provider"), QStringLiteral("quickflow"),
                      QStringLiteral("--base-url"), base, QStringLiteral("--sender"),
                      QStringLiteral("TUMA")},
                     "sandbox_key:sandbox_secret")
                     .exitCode,
                 0);
        const test::ProcessResult sent
            = cli({QStringLiteral("send"), QStringLiteral("QF"), QStringLiteral("--to"),
                   QStringLiteral("0712345678"), QStringLiteral("--text"), QStringLiteral("Once")});
        QCOMPARE(sent.exitCode, 1);
        const QJsonArray messages
            = json(sent.standardOutput).value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.at(0)[QStringLiteral("state")].toString(), QStringLiteral("unknown"));
        QVERIFY(sent.standardError.contains("history"));

        // The simulator accepted it exactly once, though no answer came.
        QTest::qWait(1000);
        const QJsonArray journal = journalOf(sim.value(QStringLiteral("port")).toInt());
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.at(0)[QStringLiteral("body")].toString(), QStringLiteral("Once"));
    }

    void simPrintsItsAddressesAndCredentials()
    {
        const QJsonObject sim = startSim({});
        const int port = sim.value(QStringLiteral("port")).toInt();
        QVERIFY(port > 0);
        const QJsonObject urls = sim.value(QStringLiteral("base_urls")).toObject();
        for (const char* provider : {"quickflow", "qsms", "254sms", "flashsms"}) {
            QVERIFY2(urls.value(QLatin1String(provider))
                         .toString()
                         .startsWith(QStringLiteral("http://127.0.0.1:%1/").arg(port)),
                     provider);
            QVERIFY2(
                !sim[QStringLiteral("credentials")][QLatin1String(provider)].toObject().isEmpty(),
                provider);
        }
        QCOMPARE(test::runCli({QStringLiteral("sim"), QStringLiteral("--faults"),
                               QStringLiteral("send:explode")})
                     .exitCode,
                 2);
    }

private:
    // A group on the "Sandbox" account's side of the simulator, with members named Zawadi,
    // made in this process as another program would.
    ProviderResult<RemoteGroup> makeSandboxGroup(const QString& name,
                                                 const QStringList& phones = {})
    {
        auto database = Database::open(m_db);
        if (!database)
            return ProviderError::make(ProviderError::Kind::Configuration,
                                       database.error().message);
        const Account sandbox
            = AccountStore(*database.value()).find(QStringLiteral("Sandbox")).value();
        SecretStore secrets;
        ProviderSession::Options options;
        options.simulator = sandbox::simulatorFactory(sandbox::statePathFor(m_db), {});
        ProviderSession session(secrets, options);
        const ProviderResult<RemoteGroup> group = session.wait<RemoteGroup>(
            sandbox, [name](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteGroup> done) {
                adapter.createGroup(name, done);
            });
        for (const QString& phone : phones) {
            if (!group)
                break;
            RemoteContact contact;
            contact.groupId = group.value().id;
            contact.phone = phone;
            contact.firstName = QStringLiteral("Zawadi");
            const ProviderResult<RemoteContact> added = session.wait<RemoteContact>(
                sandbox,
                [contact](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteContact> done) {
                    adapter.createContact(contact, done);
                });
            if (!added)
                return added.error();
        }
        return group;
    }

    test::ProcessResult cli(QStringList arguments, const QByteArray& input = {})
    {
        arguments.prepend(QStringLiteral("--json"));
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return test::runCli(arguments, input);
    }

    // `tuma-cli sim` in the background with its state beside the test's database.
    QJsonObject startSim(const QString& faults)
    {
        m_sim = std::make_unique<QProcess>();
        // Its state (which holds the simulator's own test keys) apart from the database's
        // folder, which the key search reads.
        QStringList arguments {QStringLiteral("sim"), QStringLiteral("--state"),
                               m_dir.filePath(QStringLiteral("sim-%1").arg(m_counter))};
        if (!faults.isEmpty())
            arguments << QStringLiteral("--faults") << faults;
        m_sim->start(QStringLiteral(TUMA_CLI_PATH), arguments);
        if (!m_sim->waitForStarted(5000))
            return {};
        QElapsedTimer waited;
        waited.start();
        while (!m_sim->canReadLine() && waited.elapsed() < 10000)
            m_sim->waitForReadyRead(200);
        return json(m_sim->readLine());
    }

    QJsonArray journalOf(int port)
    {
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/journal").arg(port))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(5000);
        const QJsonArray messages
            = json(reply->readAll()).value(QStringLiteral("messages")).toArray();
        reply->deleteLater();
        return messages;
    }

    QString accountSecretRef(const QString& name)
    {
        auto database = Database::open(m_db, QStringLiteral("test"));
        if (!database)
            return {};
        return AccountStore(*database.value()).find(name).value().secretRef;
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_counter = 0;
    std::unique_ptr<QProcess> m_sim;
};

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
