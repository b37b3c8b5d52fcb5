// SPDX-License-Identifier: GPL-3.0-or-later
// The contract of docs/CLI.md ("Everywhere"), checked on the real tuma-cli binary.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tuma;
using tuma::test::json;

namespace { } // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void versionWorksInAnEmptyFolderWithoutTouchingTheDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("x.db"));
        const auto result = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.startsWith("tuma-cli "));
        QVERIFY(result.standardError.isEmpty());
        QVERIFY(!QFileInfo::exists(db));

        const auto asJson = test::runCli({QStringLiteral("--json"), QStringLiteral("--version")});
        QCOMPARE(asJson.exitCode, 0);
        const QJsonObject version = json(asJson.standardOutput);
        QVERIFY(!version.value(QStringLiteral("version")).toString().isEmpty());
        QCOMPARE(version.value(QStringLiteral("schema_version")).toInt(), latestSchemaVersion());
    }

    void helpNeverOpensTheDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("help.db"));
        auto result = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.contains("Usage: tuma-cli"));
        QVERIFY(result.standardOutput.contains("backup"));
        result = test::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.contains("tuma-cli [global options] backup"));
        QVERIFY(!QFileInfo::exists(db));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("hint");
        QTest::newRow("no command") << QStringList {} << QByteArray("No command given");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("frobnicate")} << QByteArray("Unknown command");
        QTest::newRow("unknown global option")
            << QStringList {QStringLiteral("--colour")} << QByteArray("Unknown option");
        QTest::newRow("missing option value")
            << QStringList {QStringLiteral("--db")} << QByteArray("needs a value");
        QTest::newRow("unknown command option")
            << QStringList {QStringLiteral("backup"), QStringLiteral("--bogus"),
                            QStringLiteral("x")}
            << QByteArray("bogus");
        QTest::newRow("missing argument")
            << QStringList {QStringLiteral("backup")} << QByteArray("Wrong number of arguments");
        QTest::newRow("surplus argument")
            << QStringList {QStringLiteral("restore"), QStringLiteral("a"), QStringLiteral("b")}
            << QByteArray("Wrong number of arguments");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, hint);
        const QString db = m_dir.filePath(QStringLiteral("usage.db"));
        const auto result = test::runCli(QStringList {QStringLiteral("--db"), db} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardOutput.isEmpty());
        QVERIFY2(result.standardError.contains(hint), result.standardError.constData());
        QCOMPARE(result.standardError.count('\n'), 1); // one clear line
        QVERIFY(!QFileInfo::exists(db));

        const auto asJson = test::runCli(
            QStringList {QStringLiteral("--json"), QStringLiteral("--db"), db} + arguments);
        QCOMPARE(asJson.exitCode, 2);
        const QJsonObject error
            = json(asJson.standardOutput).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }

    void failuresExitWithOneAndSayWhy()
    {
        const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.db"));
        test::writeFile(corrupt, "this is not a database");
        const auto result = test::runCli({QStringLiteral("--db"), corrupt, QStringLiteral("backup"),
                                          m_dir.filePath(QStringLiteral("b.db"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardOutput.isEmpty());
        QCOMPARE(result.standardError.count('\n'), 1);
        QVERIFY(result.standardError.contains(QDir::toNativeSeparators(corrupt).toUtf8()));
        QCOMPARE(test::readFile(corrupt), QByteArray("this is not a database"));

        const auto asJson
            = test::runCli({QStringLiteral("--json"), QStringLiteral("--db"), corrupt,
                            QStringLiteral("backup"), m_dir.filePath(QStringLiteral("b.db"))});
        QCOMPARE(asJson.exitCode, 1);
        const QJsonObject error
            = json(asJson.standardOutput).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("database_corrupt"));
        QVERIFY(!asJson.standardError.isEmpty());
    }

    void backupAndRestoreRoundTrip()
    {
        const QString db = m_dir.filePath(QStringLiteral("live.db"));
        const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
        auto result = test::runCli({QStringLiteral("--db"), db, QStringLiteral("--json"),
                                    QStringLiteral("backup"), backup});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(json(result.standardOutput).value(QStringLiteral("backup")).toString(), backup);
        QVERIFY(Database::inspect(backup).ok());

        result = test::runCli({QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.startsWith("Restored "));

        // Restoring something that is not a backup fails before the database is opened.
        const QString other = m_dir.filePath(QStringLiteral("never-created.db"));
        result = test::runCli({QStringLiteral("--db"), other, QStringLiteral("restore"),
                               db + QStringLiteral(".missing")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFileInfo::exists(other));

        // Both commands left their mark in the audit log.
        auto database = Database::open(db);
        QVERIFY(database.ok());
        QSqlQuery query(database.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id")));
        QStringList actions;
        while (query.next())
            actions.append(query.value(0).toString());
        QVERIFY(actions.contains(QStringLiteral("database.restore")));
    }

    void databaseComesFromEnvironmentWhenNoOption()
    {
        const QString db = m_dir.filePath(QStringLiteral("env.db"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TUMA_DB"), db);
        const auto result = test::runProcess(
            QStringLiteral(TUMA_CLI_PATH),
            {QStringLiteral("backup"), m_dir.filePath(QStringLiteral("env-backup.db"))}, {},
            environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFileInfo::exists(db));
    }

    void messagesFollowTheLanguage()
    {
        const auto result = test::runCli(
            {QStringLiteral("--lang"), QStringLiteral("sw"), QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(!result.standardError.contains("Unknown command"),
                 result.standardError.constData());
        QVERIFY(result.standardError.contains("frobnicate"));
        const auto help = test::runCli(
            {QStringLiteral("--lang"), QStringLiteral("sw"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(!help.standardOutput.contains("Commands:"));
    }

    void segmentsAnswersEveryLineInOrder()
    {
        const QByteArray input = "{\"message\":\"" + QByteArray(161, 'a')
            + "\"}\n"
              "{\"message\":\"Habari \u00e7\"}\n"
              "this is not json\n"
              "\n"
              "{\"message\":\"\\ud83d\\ude00 {\"}\r\n"
              "[\"message\"]\n"
              "{\"message\":\"\u20ac\"}";
        const auto result = test::runCli({QStringLiteral("segments")}, input);
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.standardOutput.trimmed().split('\n');
        QCOMPARE(lines.size(), 7);
        QJsonObject first = json(lines.at(0));
        QCOMPARE(first.value(QStringLiteral("encoding")).toString(), QStringLiteral("GSM-7"));
        QCOMPARE(first.value(QStringLiteral("segments")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("units")).toInt(), 161);
        QCOMPARE(first.value(QStringLiteral("perSegment")).toArray(), (QJsonArray {153, 8}));
        QCOMPARE(json(lines.at(1)).value(QStringLiteral("encoding")).toString(),
                 QStringLiteral("UCS-2"));
        QVERIFY(json(lines.at(2)).contains(QStringLiteral("error")));
        QVERIFY(json(lines.at(3)).contains(QStringLiteral("error")));
        const QJsonObject emoji = json(lines.at(4));
        QCOMPARE(emoji.value(QStringLiteral("encoding")).toString(), QStringLiteral("UCS-2"));
        QCOMPARE(emoji.value(QStringLiteral("units")).toInt(), 4);
        QVERIFY(json(lines.at(5)).contains(QStringLiteral("error")));
        const QJsonObject euro = json(lines.at(6));
        QCOMPARE(euro.value(QStringLiteral("encoding")).toString(), QStringLiteral("GSM-7"));
        QCOMPARE(euro.value(QStringLiteral("units")).toInt(), 2);
    }

    void templatesAreSavedListedShownAndDeleted()
    {
        const QString db = m_dir.filePath(QStringLiteral("templates.db"));
        const auto cli = [&db](const QStringList& arguments) {
            return test::runCli(QStringList {QStringLiteral("--db"), db, QStringLiteral("--json")}
                                + arguments);
        };
        auto result
            = cli({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("Reminder"),
                   QStringLiteral("Habari <<first_name|mteja>>, lipa <<balance>>")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardError.contains("balance")); // unknown yet: saved with a warning
        QCOMPARE(json(result.standardOutput).value(QStringLiteral("fields")).toArray(),
                 (QJsonArray {QStringLiteral("first_name"), QStringLiteral("balance")}));

        result = cli({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("Broken"),
                      QStringLiteral("Hi <<>>")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(json(result.standardOutput)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("template_invalid"));
        QVERIFY(result.standardError.contains("character 4"));

        result = cli({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("reminder"),
                      QStringLiteral("x")});
        QCOMPARE(result.exitCode, 1);

        result = cli({QStringLiteral("template"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray templates
            = json(result.standardOutput).value(QStringLiteral("templates")).toArray();
        QCOMPARE(templates.size(), 1);
        QCOMPARE(templates.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Reminder"));

        result
            = cli({QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("REMINDER")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(json(result.standardOutput).value(QStringLiteral("body")).toString(),
                 QStringLiteral("Habari <<first_name|mteja>>, lipa <<balance>>"));

        result = cli(
            {QStringLiteral("template"), QStringLiteral("delete"), QStringLiteral("reminder")});
        QCOMPARE(result.exitCode, 0);
        result
            = cli({QStringLiteral("template"), QStringLiteral("show"), QStringLiteral("Reminder")});
        QCOMPARE(result.exitCode, 1);
        result = cli({QStringLiteral("template"), QStringLiteral("rename")});
        QCOMPARE(result.exitCode, 2);
    }

    void renderAndEstimateAGroupAndNumbers()
    {
        const QString db = m_dir.filePath(QStringLiteral("audience.db"));
        {
            auto database = Database::open(db);
            QVERIFY(database.ok());
            QSqlQuery query(database.value()->connection());
            for (const QString& statement :
                 {QStringLiteral("INSERT INTO contacts (phone, first_name, fields, created_at, "
                                 "updated_at) VALUES "
                                 "('+254712345678', 'Amina', '{\"Balance\":\"1,250\"}', 0, 0), "
                                 "('+254712345679', '', '{\"balance\":\"99\"}', 0, 0), "
                                 "('+254712345670', 'Otieno', '{}', 0, 0)"),
                  QStringLiteral("INSERT INTO contact_fields (name, created_at) VALUES "
                                 "('balance', 0)"),
                  QStringLiteral(
                      "INSERT INTO contact_groups (name, created_at) VALUES ('Customers', 0)"),
                  QStringLiteral("INSERT INTO group_members (group_id, contact_id) VALUES (1, 1), "
                                 "(1, 2), (1, 3)"),
                  QStringLiteral("INSERT INTO suppression_list (phone, created_at) VALUES "
                                 "('+254712345670', 0)")})
                QVERIFY2(query.exec(statement), qPrintable(statement));
        }
        const QString message
            = QStringLiteral("Habari <<first_name|mteja>>, salio KES <<balance|0>>.");
        auto result = test::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("render"), QStringLiteral("--template"),
             message, QStringLiteral("--group"), QStringLiteral("customers"),
             QStringLiteral("--to"), QStringLiteral("0712 345 678,233241234567")});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = result.standardOutput.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // Otieno opted out; Amina once although named twice
        QCOMPARE(json(lines.at(0)).value(QStringLiteral("text")).toString(),
                 QStringLiteral("Habari Amina, salio KES 1,250."));
        QCOMPARE(json(lines.at(1)).value(QStringLiteral("text")).toString(),
                 QStringLiteral("Habari mteja, salio KES 99."));
        QCOMPARE(json(lines.at(2)).value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+233241234567"));
        QCOMPARE(json(lines.at(2)).value(QStringLiteral("encoding")).toString(),
                 QStringLiteral("GSM-7"));

        result = test::runCli({QStringLiteral("--db"), db, QStringLiteral("render"),
                               QStringLiteral("--template"), message, QStringLiteral("--group"),
                               QStringLiteral("Customers"), QStringLiteral("--limit"),
                               QStringLiteral("1")});
        QCOMPARE(result.standardOutput.trimmed().split('\n').size(), 1);

        result = test::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("estimate"),
             QStringLiteral("--template"), message + QStringLiteral(" 🎉") + QString(60, u'x'),
             QStringLiteral("--group"), QStringLiteral("Customers"), QStringLiteral("--to"),
             QStringLiteral("0733123456"), QStringLiteral("--price-per-credit"),
             QStringLiteral("0.5"), QStringLiteral("--currency"), QStringLiteral("kes")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject estimate = json(result.standardOutput);
        QCOMPARE(estimate.value(QStringLiteral("recipients")).toInt(), 3);
        QCOMPARE(estimate.value(QStringLiteral("segments")).toInt(),
                 6); // UCS-2, over 70 units: 2 parts each
        QCOMPARE(estimate.value(QStringLiteral("credits")).toDouble(), 6.0);
        QCOMPARE(estimate.value(QStringLiteral("cost")).toDouble(), 3.0);
        QCOMPARE(estimate.value(QStringLiteral("currency")).toString(), QStringLiteral("KES"));
        QCOMPARE(estimate.value(QStringLiteral("distribution")).toObject(),
                 (QJsonObject {{QStringLiteral("2"), 3}}));
        QVERIFY(estimate.value(QStringLiteral("balance")).isNull());
        QVERIFY(estimate.value(QStringLiteral("can_afford")).isNull());

        // Template errors, unknown groups and bad numbers fail with a reason; missing audience is
        // usage.
        result = test::runCli({QStringLiteral("--db"), db, QStringLiteral("render"),
                               QStringLiteral("--template"), QStringLiteral("Hi <<frist_name>>"),
                               QStringLiteral("--group"), QStringLiteral("Customers")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains("character 4"));
        result = test::runCli({QStringLiteral("--db"), db, QStringLiteral("estimate"),
                               QStringLiteral("--template"), QStringLiteral("Hi"),
                               QStringLiteral("--group"), QStringLiteral("Nobody")});
        QCOMPARE(result.exitCode, 1);
        result = test::runCli({QStringLiteral("--db"), db, QStringLiteral("estimate"),
                               QStringLiteral("--template"), QStringLiteral("Hi"),
                               QStringLiteral("--to"), QStringLiteral("0712")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains("too short"));
        result = test::runCli({QStringLiteral("--db"), db, QStringLiteral("estimate"),
                               QStringLiteral("--template"), QStringLiteral("Hi")});
        QCOMPARE(result.exitCode, 2);

        // An account's own pricing: UCS-2 parts at 2 credits, 0.35 GHS a credit.
        {
            auto database = Database::open(db);
            QVERIFY(database.ok());
            QSqlQuery query(database.value()->connection());
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO accounts (name, provider, base_url, "
                               "credits_per_gsm_part, credits_per_ucs2_part, "
                               "price_per_credit, currency, secret_ref, created_at, updated_at) "
                               "VALUES ('Main', 'flashsms', "
                               "'https://sms.example', 1, 2, 0.35, 'GHS', 'ref-1', 0, 0)")));
        }
        result = test::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("estimate"),
             QStringLiteral("--template"), QStringLiteral("Karibu 🎉"), QStringLiteral("--to"),
             QStringLiteral("0712345678"), QStringLiteral("--account"), QStringLiteral("main")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject priced = json(result.standardOutput);
        QCOMPARE(priced.value(QStringLiteral("credits")).toDouble(), 2.0);
        QCOMPARE(priced.value(QStringLiteral("cost")).toDouble(), 0.7);
        QCOMPARE(priced.value(QStringLiteral("currency")).toString(), QStringLiteral("GHS"));
        result = test::runCli({QStringLiteral("--db"), db, QStringLiteral("estimate"),
                               QStringLiteral("--template"), QStringLiteral("Hi"),
                               QStringLiteral("--to"), QStringLiteral("0712345678"),
                               QStringLiteral("--account"), QStringLiteral("Nobody")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains("Nobody"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
