// SPDX-License-Identifier: GPL-3.0-or-later
// "Contacts, groups, opt-outs, import" of docs/CLI.md, on the real tuma-cli binary.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tuma;
using tuma::test::json;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(TUMA_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

} // namespace

class TestCliContacts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli-%1.db").arg(++m_counter));
    }

    void previewShowsRowsExactlyAsRead()
    {
        auto result = cli({QStringLiteral("preview"), fixture("quoting.csv")});
        QCOMPARE(result.exitCode, 0);
        QJsonObject preview = json(result.standardOutput);
        QCOMPARE(preview.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(preview.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
        QCOMPARE(preview.value(QStringLiteral("sheets")).toArray().size(), 0);
        const QJsonArray rows = preview.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(2).toArray().at(1).toString(), QStringLiteral("John\r\nRoe"));

        result = cli({QStringLiteral("preview"), fixture("utf16le-bom.txt"),
                      QStringLiteral("--limit"), QStringLiteral("2")});
        preview = json(result.standardOutput);
        QCOMPARE(preview.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-16le"));
        QCOMPARE(preview.value(QStringLiteral("delimiter")).toString(), QStringLiteral("\t"));
        QCOMPARE(preview.value(QStringLiteral("rows")).toArray().size(), 2);
        QCOMPARE(preview.value(QStringLiteral("rows")).toArray().at(1).toArray().at(1).toString(),
                 QStringLiteral("Wanjikũ"));

        result = cli({QStringLiteral("preview"), fixture("semicolon.csv"),
                      QStringLiteral("--delimiter"), QStringLiteral(",")});
        QCOMPARE(json(result.standardOutput)
                     .value(QStringLiteral("rows"))
                     .toArray()
                     .at(1)
                     .toArray()
                     .at(1)
                     .toString(),
                 QStringLiteral("50"));
    }

    void importCountsAddUp()
    {
        const QString rejects = m_dir.filePath(QStringLiteral("rejects.csv"));
        auto result = cli({QStringLiteral("import"), fixture("contacts-quirks.csv"),
                           QStringLiteral("--group"), QStringLiteral("October"),
                           QStringLiteral("--rejects"), rejects});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        const QJsonObject counts = json(result.standardOutput);
        QCOMPARE(counts.value(QStringLiteral("rows")).toInt(), 11);
        QCOMPARE(counts.value(QStringLiteral("imported")).toInt(), 5);
        QCOMPARE(counts.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("existing")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("invalid")).toInt(), 5);
        QVERIFY(counts.value(QStringLiteral("warnings")).toInt() >= 1);
        QCOMPARE(counts.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(counts.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
        QCOMPARE(test::readFile(rejects).count('\n'), 7);

        // Again: the same numbers now exist; --dry-run writes nothing.
        result = cli({QStringLiteral("import"), fixture("contacts-quirks.csv"),
                      QStringLiteral("--on-existing"), QStringLiteral("update"),
                      QStringLiteral("--dry-run")});
        QCOMPARE(json(result.standardOutput).value(QStringLiteral("updated")).toInt(), 5);

        result = cli({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--group"),
                      QStringLiteral("October")});
        const QJsonObject list = json(result.standardOutput);
        QCOMPARE(list.value(QStringLiteral("total")).toInt(), 5);
        const QJsonObject jane = list.value(QStringLiteral("contacts")).toArray().at(0).toObject();
        QCOMPARE(jane.value(QStringLiteral("phone")).toString(), QStringLiteral("+254712345678"));
        QCOMPARE(jane.value(QStringLiteral("first_name")).toString(), QStringLiteral("Jane"));
        QCOMPARE(jane.value(QStringLiteral("fields"))
                     .toObject()
                     .value(QStringLiteral("balance"))
                     .toString(),
                 QStringLiteral("1200"));
        QCOMPARE(jane.value(QStringLiteral("groups")).toArray().at(0).toString(),
                 QStringLiteral("October"));
        QCOMPARE(jane.value(QStringLiteral("opted_out")).toBool(), false);
    }

    void importCountsAndTakesAnotherCountrysNumbers()
    {
        const QString path = m_dir.filePath(QStringLiteral("ghanaians.csv"));
        test::writeFile(path,
                        "Phone,Name\n0712345678,Wanjiru\n024 412 3456,Kofi\n"
                        "054 412 3456,Akosua\n0712,Short\n");
        auto result = cli({QStringLiteral("import"), path, QStringLiteral("--region"),
                           QStringLiteral("KE"), QStringLiteral("--dry-run")});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QJsonObject counts = json(result.standardOutput);
        QCOMPARE(counts.value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("invalid")).toInt(), 3);
        QCOMPARE(counts.value(QStringLiteral("other_countries")).toObject(),
                 (QJsonObject {{QStringLiteral("GH"), 2}}));

        result = cli({QStringLiteral("import"), path, QStringLiteral("--region"),
                      QStringLiteral("KE"), QStringLiteral("--also-region"), QStringLiteral("gh")});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        counts = json(result.standardOutput);
        QCOMPARE(counts.value(QStringLiteral("imported")).toInt(), 3);
        QCOMPARE(counts.value(QStringLiteral("invalid")).toInt(), 1);
        result = cli({QStringLiteral("contacts"), QStringLiteral("list"),
                      QStringLiteral("--search"), QStringLiteral("Kofi")});
        QCOMPARE(json(result.standardOutput)
                     .value(QStringLiteral("contacts"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("phone"))
                     .toString(),
                 QStringLiteral("+233244123456"));

        result = cli({QStringLiteral("import"), path, QStringLiteral("--also-region"),
                      QStringLiteral("XX")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains("--also-region"));
    }

    void importMapsHeaderlessColumnsAndXlsx()
    {
        const QString csv = m_dir.filePath(QStringLiteral("plain.csv"));
        test::writeFile(csv, "Amina;0712345678;300\nBaraka;0723456789;400\n");
        auto result = cli({QStringLiteral("import"), csv, QStringLiteral("--no-header"),
                           QStringLiteral("--map"), QStringLiteral("first_name=1"),
                           QStringLiteral("--map"), QStringLiteral("balance=3")});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QCOMPARE(json(result.standardOutput).value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(json(result.standardOutput).value(QStringLiteral("delimiter")).toString(),
                 QStringLiteral(";"));

        const QString xlsx = m_dir.filePath(QStringLiteral("out.xlsx"));
        result = cli({QStringLiteral("contacts"), QStringLiteral("export"), xlsx});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(json(result.standardOutput).value(QStringLiteral("exported")).toInt(), 2);
        result = cli({QStringLiteral("preview"), xlsx});
        const QJsonObject preview = json(result.standardOutput);
        QCOMPARE(preview.value(QStringLiteral("encoding")).toString(), QStringLiteral("xlsx"));
        QVERIFY(preview.value(QStringLiteral("delimiter")).isNull());
        QCOMPARE(preview.value(QStringLiteral("sheets")).toArray().size(), 1);
        QCOMPARE(preview.value(QStringLiteral("rows")).toArray().at(1).toArray().at(0).toString(),
                 QStringLiteral("+254712345678"));
        QCOMPARE(preview.value(QStringLiteral("rows")).toArray().at(1).toArray().at(5).toString(),
                 QStringLiteral("300"));

        // The workbook imports into a fresh database as it was exported.
        const QString other = m_dir.filePath(QStringLiteral("other.db"));
        result = test::runCli({QStringLiteral("--db"), other, QStringLiteral("--json"),
                               QStringLiteral("import"), xlsx});
        QCOMPARE(json(result.standardOutput).value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(json(result.standardOutput).value(QStringLiteral("encoding")).toString(),
                 QStringLiteral("xlsx"));
    }

    void badFilesFailWithTheirReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("xls") << fixture("legacy.xls") << QStringLiteral("xls_not_supported");
        QTest::newRow("binary") << fixture("binary.bin") << QStringLiteral("binary_file");
        QTest::newRow("quote") << fixture("unterminated-quote.csv")
                               << QStringLiteral("unterminated_quote");
        QTest::newRow("empty") << fixture("empty.csv") << QStringLiteral("empty_file");
        QTest::newRow("header only") << fixture("header-only.csv") << QStringLiteral("empty_file");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/x.csv")
                                 << QStringLiteral("file_not_found");
    }
    void badFilesFailWithTheirReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        const auto result = cli({QStringLiteral("import"), file});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(json(result.standardOutput)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 code);
        QVERIFY(!result.standardError.isEmpty());
        // Nothing half-imported.
        QCOMPARE(json(cli({QStringLiteral("contacts"), QStringLiteral("list")}).standardOutput)
                     .value(QStringLiteral("total"))
                     .toInt(),
                 0);
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("import"), fixture("crlf.csv"), QStringLiteral("--encoding"),
                      QStringLiteral("ebcdic")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("import"), fixture("crlf.csv"), QStringLiteral("--map"),
                      QStringLiteral("phone")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("groups"), QStringLiteral("rename"), QStringLiteral("x")}).exitCode,
            2);
    }

    void contactsGroupsAndOptOuts()
    {
        auto result = cli({QStringLiteral("contacts"), QStringLiteral("add"),
                           QStringLiteral("0712 345 678"), QStringLiteral("--first-name"),
                           QStringLiteral("Jane"), QStringLiteral("--field"),
                           QStringLiteral("due_date=2026-12-01"), QStringLiteral("--group"),
                           QStringLiteral("VIP")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(json(result.standardOutput).value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+254712345678"));
        result = cli(
            {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("+254712345678")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(json(result.standardOutput)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("contact_exists"));
        QCOMPARE(
            cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("0202345678")})
                .exitCode,
            1);

        result = cli({QStringLiteral("groups"), QStringLiteral("list")});
        QJsonArray groups = json(result.standardOutput).value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("members")).toInt(), 1);
        QCOMPARE(cli({QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("vip")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("groups"), QStringLiteral("rename"), QStringLiteral("VIP"),
                      QStringLiteral("Gold")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("groups"), QStringLiteral("delete"), QStringLiteral("Gold")})
                     .exitCode,
                 0);
        QCOMPARE(json(cli({QStringLiteral("contacts"), QStringLiteral("list")}).standardOutput)
                     .value(QStringLiteral("total"))
                     .toInt(),
                 1);

        QCOMPARE(
            cli({QStringLiteral("optout"), QStringLiteral("add"), QStringLiteral("0712345678")})
                .exitCode,
            0);
        result = cli({QStringLiteral("optout"), QStringLiteral("list")});
        QCOMPARE(json(result.standardOutput).value(QStringLiteral("numbers")).toArray(),
                 QJsonArray {QStringLiteral("+254712345678")});
        result = cli({QStringLiteral("contacts"), QStringLiteral("list"),
                      QStringLiteral("--search"), QStringLiteral("jan")});
        QVERIFY(json(result.standardOutput)
                    .value(QStringLiteral("contacts"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("opted_out"))
                    .toBool());
        QCOMPARE(cli({QStringLiteral("optout"), QStringLiteral("remove"),
                      QStringLiteral("+254712345678")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("optout"), QStringLiteral("remove"),
                      QStringLiteral("+254712345678")})
                     .exitCode,
                 1);

        const QString list = m_dir.filePath(QStringLiteral("stop.csv"));
        test::writeFile(list, "MSISDN\n0723456789\n254733111222\nnot a number\n0723456789\n");
        result = cli({QStringLiteral("optout"), QStringLiteral("import"), list});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject counts = json(result.standardOutput);
        QCOMPARE(counts.value(QStringLiteral("rows")).toInt(), 4);
        QCOMPARE(counts.value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("invalid")).toInt(), 1);

        QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("remove"),
                      QStringLiteral("0712345678")})
                     .exitCode,
                 0);
        QCOMPARE(json(cli({QStringLiteral("contacts"), QStringLiteral("list")}).standardOutput)
                     .value(QStringLiteral("total"))
                     .toInt(),
                 0);
    }

private:
    test::ProcessResult cli(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("--json"));
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return test::runCli(arguments);
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestCliContacts)
#include "tst_cli_contacts.moc"
