// SPDX-License-Identifier: GPL-3.0-or-later
// Delimited text as real exports write it: every encoding, delimiter and quirk has a fixture
// in tests/data/import, read through SpreadsheetReader as the import and `preview` read it.
#include "TestSupport.h"
#include "import/CsvReader.h"
#include "import/SpreadsheetReader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tuma;
using tuma::test::writeFile;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(TUMA_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

struct ReadOutcome
{
    QList<SheetRow> rows;
    std::optional<Error> error;
    QString encoding;
    QChar delimiter;
};

ReadOutcome readAll(const QString& path, const SpreadsheetOptions& options = {})
{
    ReadOutcome outcome;
    Result<std::unique_ptr<SpreadsheetReader>> reader = SpreadsheetReader::open(path, options);
    if (!reader) {
        outcome.error = reader.error();
        return outcome;
    }
    outcome.encoding = reader.value()->encodingName();
    outcome.delimiter = reader.value()->delimiter().value_or(QChar());
    Result<void> done = reader.value()->read([&](const SheetRow& row) {
        outcome.rows.append(row);
        return true;
    });
    if (!done)
        outcome.error = done.error();
    return outcome;
}

QList<QStringList> cellsOf(const ReadOutcome& outcome)
{
    QList<QStringList> cells;
    for (const SheetRow& row : outcome.rows)
        cells.append(row.cells);
    return cells;
}

QList<qint64> linesOf(const ReadOutcome& outcome)
{
    QList<qint64> lines;
    for (const SheetRow& row : outcome.rows)
        lines.append(row.rowNumber);
    return lines;
}

const QList<QStringList> kNames = {
    {QStringLiteral("Phone"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
     QStringLiteral("Balance")},
    {QStringLiteral("0712 345 678"), QStringLiteral("Wanjikũ"), QStringLiteral("Kamau"),
     QStringLiteral("1200")},
    {QStringLiteral("+254723456789"), QStringLiteral("Zoë"), QStringLiteral("Otieno"),
     QStringLiteral("35.50")},
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("utf-8") << fixture("utf8.csv") << QStringLiteral("utf-8") << QChar(u',');
        QTest::newRow("utf-8 bom")
            << fixture("utf8-bom.csv") << QStringLiteral("utf-8-bom") << QChar(u',');
        QTest::newRow("utf-16le bom, Excel Unicode Text")
            << fixture("utf16le-bom.txt") << QStringLiteral("utf-16le") << QChar(u'\t');
        QTest::newRow("utf-16be bom")
            << fixture("utf16be-bom.csv") << QStringLiteral("utf-16be") << QChar(u',');
    }
    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QChar, delimiter);
        const ReadOutcome outcome = readAll(file);
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message : QString()));
        QCOMPARE(outcome.encoding, encoding);
        QCOMPARE(outcome.delimiter, delimiter);
        QCOMPARE(cellsOf(outcome), kNames);
        QCOMPARE(linesOf(outcome), (QList<qint64> {1, 2, 3}));
    }

    void windows1252IsNotMistakenForAnotherCharset()
    {
        const ReadOutcome outcome = readAll(fixture("windows1252.csv"));
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(outcome.delimiter, QChar(u';'));
        QCOMPARE(outcome.rows.at(1).cells,
                 (QStringList {QStringLiteral("0712345678"), QStringLiteral("José Müller"),
                               QStringLiteral("Mombasa €")}));
        QCOMPARE(outcome.rows.at(2).cells.at(1), QStringLiteral("Renée"));
    }

    void delimiters_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QString>("third");
        QTest::newRow("semicolon with decimal commas")
            << fixture("semicolon.csv") << QChar(u';') << QStringLiteral("1,50");
        QTest::newRow("tab") << fixture("tab.tsv") << QChar(u'\t')
                             << QStringLiteral("Nairobi, CBD");
        QTest::newRow("pipe") << fixture("pipe.txt") << QChar(u'|')
                              << QStringLiteral("Nairobi, CBD");
    }
    void delimiters()
    {
        QFETCH(QString, file);
        QFETCH(QChar, delimiter);
        QFETCH(QString, third);
        const ReadOutcome outcome = readAll(file);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.delimiter, delimiter);
        QCOMPARE(outcome.rows.size(), 3);
        QCOMPARE(outcome.rows.at(1).cells.size(), 3);
        QCOMPARE(outcome.rows.at(1).cells.at(2), third);
    }

    void overriddenDelimiterAndEncoding()
    {
        SpreadsheetOptions options;
        options.delimiter = u',';
        const ReadOutcome byComma = readAll(fixture("semicolon.csv"), options);
        QVERIFY(!byComma.error);
        QCOMPARE(byComma.rows.at(1).cells,
                 (QStringList {QStringLiteral("0712345678;Jane Doe;1"), QStringLiteral("50")}));

        options = {};
        options.encoding = TextEncoding::Utf8;
        const ReadOutcome forced = readAll(fixture("windows1252.csv"), options);
        QVERIFY(forced.error);
        QCOMPARE(forced.error->code, QStringLiteral("bad_encoding"));
        QVERIFY2(forced.error->message.contains(QLatin1String("Line 2")),
                 qPrintable(forced.error->message));
    }

    void rfc4180Quoting()
    {
        const ReadOutcome outcome = readAll(fixture("quoting.csv"));
        QVERIFY(!outcome.error);
        QCOMPARE(cellsOf(outcome),
                 (QList<QStringList> {
                     {QStringLiteral("Phone"), QStringLiteral("Name"), QStringLiteral("Note")},
                     {QStringLiteral("0712345678"), QStringLiteral("Doe, Jane"),
                      QStringLiteral("She said \"hi\"")},
                     {QStringLiteral("0723456789"), QStringLiteral("John\r\nRoe"),
                      QStringLiteral("line one\nline two")},
                     {QStringLiteral("0733111222"), QStringLiteral("Plain"),
                      QStringLiteral("\"quoted\" start")},
                 }));
        // A row that spans lines is reported at the line where it starts.
        QCOMPARE(linesOf(outcome), (QList<qint64> {1, 2, 3, 6}));
    }

    void excelTextFormulasAreTheTextInside()
    {
        // Exports that keep a leading zero write ="0712345678" (as it is, or quoted with its
        // quotes doubled); anything else that starts with = stays as written.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("formulas.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "phone,name,note\r\n"
            "=\"0712345678\",Amina,=SUM(A1:A2)\r\n"
            "\"=\"\"0723456789\"\"\",\"=\"\"Wanjiku \"\"\"\"Shiro\"\"\"\"\"\"\",=\"a\" & \"b\"\r\n"
            "=\"\",=,=\"x\r\n");
        file.close();
        const ReadOutcome outcome = readAll(path);
        QVERIFY(!outcome.error);
        QCOMPARE(cellsOf(outcome),
                 (QList<QStringList> {
                     {QStringLiteral("phone"), QStringLiteral("name"), QStringLiteral("note")},
                     {QStringLiteral("0712345678"), QStringLiteral("Amina"),
                      QStringLiteral("=SUM(A1:A2)")},
                     {QStringLiteral("0723456789"), QStringLiteral("Wanjiku \"Shiro\""),
                      QStringLiteral("=\"a\" & \"b\"")},
                     {QString(), QStringLiteral("="), QStringLiteral("=\"x")},
                 }));
    }

    void lineEndings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::newRow("crlf") << fixture("crlf.csv") << 3;
        QTest::newRow("lf") << fixture("lf.csv") << 3;
        QTest::newRow("cr only (old Mac Excel)") << fixture("cr-only.csv") << 3;
        QTest::newRow("mixed, no final break") << fixture("mixed-endings.csv") << 4;
    }
    void lineEndings()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        const ReadOutcome outcome = readAll(file);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.rows.size(), rows);
        for (const SheetRow& row : outcome.rows) {
            QCOMPARE(row.cells.size(), 2);
            for (const QString& cell : row.cells)
                QVERIFY2(!cell.contains(u'\r') && !cell.contains(u'\n'), qPrintable(cell));
        }
        QCOMPARE(outcome.rows.at(1).cells,
                 (QStringList {QStringLiteral("0712345678"), QStringLiteral("Jane")}));
        QCOMPARE(linesOf(outcome).first(3), (QList<qint64> {1, 2, 3}));
    }

    void blankLinesAreSkippedRaggedRowsKept()
    {
        const ReadOutcome blank = readAll(fixture("blank-lines.csv"));
        QVERIFY(!blank.error);
        QCOMPARE(linesOf(blank), (QList<qint64> {2, 4, 7}));

        const ReadOutcome ragged = readAll(fixture("ragged.csv"));
        QVERIFY(!ragged.error);
        QCOMPARE(ragged.rows.size(), 4);
        QCOMPARE(ragged.rows.at(1).cells.size(), 2);
        QCOMPARE(ragged.rows.at(2).cells.size(), 6);
        QCOMPARE(ragged.rows.at(3).cells, QStringList {QStringLiteral("0733111222")});
    }

    void badInputGetsALineAndColumn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::newRow("nul bytes") << fixture("nul-bytes.csv") << QStringLiteral("binary_file")
                                   << QStringLiteral("Line 2");
        QTest::newRow("unterminated quote")
            << fixture("unterminated-quote.csv") << QStringLiteral("unterminated_quote")
            << QStringLiteral("Line 3, column 2");
        QTest::newRow("binary file")
            << fixture("binary.bin") << QStringLiteral("binary_file") << QStringLiteral("NUL byte");
        QTest::newRow("old .xls") << fixture("legacy.xls") << QStringLiteral("xls_not_supported")
                                  << QStringLiteral(".xlsx or CSV");
    }
    void badInputGetsALineAndColumn()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, where);
        const ReadOutcome outcome = readAll(file);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, code);
        QVERIFY2(outcome.error->message.contains(where), qPrintable(outcome.error->message));
    }

    void invalidUtf8IsReportedWithItsLine()
    {
        // A short file with a bad byte is not UTF-8 at all: read as Windows-1252.
        const ReadOutcome guessed = readAll(fixture("invalid-utf8.csv"));
        QVERIFY(!guessed.error);
        QCOMPARE(guessed.encoding, QStringLiteral("windows-1252"));
        // Declared UTF-8, it is refused at the line of the bad byte.
        SpreadsheetOptions options;
        options.encoding = TextEncoding::Utf8;
        const ReadOutcome forced = readAll(fixture("invalid-utf8.csv"), options);
        QVERIFY(forced.error);
        QCOMPARE(forced.error->code, QStringLiteral("bad_encoding"));
        QVERIFY2(forced.error->message.contains(QLatin1String("Line 3")),
                 qPrintable(forced.error->message));
        // A UTF-8 file that goes bad after the part detection looks at.
        QTemporaryDir dir;
        const QString late = dir.filePath(QStringLiteral("late.csv"));
        QByteArray text = "Phone,Name\n";
        for (int i = 0; i < 5000; ++i)
            text += "0712345678,Wanjik\xc5\xa9\n";
        text += "0712345678,Bad \xff byte\n";
        writeFile(late, text);
        const ReadOutcome broken = readAll(late);
        QVERIFY(broken.error);
        QCOMPARE(broken.encoding, QStringLiteral("utf-8"));
        QCOMPARE(broken.error->code, QStringLiteral("bad_encoding"));
        QVERIFY2(broken.error->message.contains(QLatin1String("Line 5002")),
                 qPrintable(broken.error->message));
    }

    void emptyFilesReadNoRows()
    {
        for (const char* name : {"empty.csv"}) {
            const ReadOutcome outcome = readAll(fixture(name));
            QVERIFY(!outcome.error);
            QVERIFY(outcome.rows.isEmpty());
        }
        QCOMPARE(readAll(fixture("header-only.csv")).rows.size(), 1);
    }

    void hugeRowsAndCellsAreRefusedWithTheirLine()
    {
        QTemporaryDir dir;
        const QString wide = dir.filePath(QStringLiteral("wide.csv"));
        QByteArray row = "Phone,Name\n0712345678,Jane\n";
        for (int i = 0; i < 100000; ++i)
            row += "x,";
        row += "x\n";
        writeFile(wide, row);
        ReadOutcome outcome = readAll(wide);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, QStringLiteral("too_many_columns"));
        QVERIFY2(outcome.error->message.contains(QLatin1String("Line 3")),
                 qPrintable(outcome.error->message));
        QCOMPARE(outcome.rows.size(), 2);

        const QString longCell = dir.filePath(QStringLiteral("long.csv"));
        writeFile(longCell, "Phone,Name\n0712345678," + QByteArray(200000, 'a') + '\n');
        outcome = readAll(longCell);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, QStringLiteral("cell_too_long"));
        QVERIFY(outcome.error->message.contains(QLatin1String("Line 2, column 2")));
    }

    void filesOverTheLimitAreRefusedUpFront()
    {
        // A sparse 2 GB file: refused before a byte is read.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Phone,Name\n");
        QVERIFY(file.resize(qint64(2) << 30));
        file.close();
        const ReadOutcome outcome = readAll(path);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, QStringLiteral("file_too_large"));
        QVERIFY2(outcome.error->message.contains(QLatin1String("Split it")),
                 qPrintable(outcome.error->message));
    }

    void blockBoundariesDoNotSplitCharactersOrRows()
    {
        // Multi-byte characters, quotes and CRLF land on the 1 MiB block boundary somewhere.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QByteArray text = "Phone,Name,Note\r\n";
        int rows = 0;
        while (text.size() < 3 * (1 << 20)) {
            text += QStringLiteral("07%1,Wanjikũ 😀 %2,\"a, \"\"b\"\"\r\nc\"\r\n")
                        .arg(10000000 + rows)
                        .arg(rows)
                        .toUtf8();
            ++rows;
        }
        writeFile(path, text);
        const ReadOutcome outcome = readAll(path);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.rows.size(), rows + 1);
        for (qsizetype i = 1; i < outcome.rows.size(); ++i) {
            const QStringList& cells = outcome.rows.at(i).cells;
            QCOMPARE(cells.size(), 3);
            QCOMPARE(cells.at(1), QStringLiteral("Wanjikũ 😀 %1").arg(i - 1));
            QCOMPARE(cells.at(2), QStringLiteral("a, \"b\"\r\nc"));
        }
        QCOMPARE(outcome.rows.last().rowNumber, qint64(1 + 2 * rows - 1));
    }

    void crlfInsideQuotesAcrossABlockBoundaryIsOneLineBreak()
    {
        // The CR of a quoted CRLF is the last byte of the first 1 MiB block.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("boundary.csv"));
        QByteArray text = "A,B\n" + QByteArray("r,s\n").repeated(262140) + "rrrr,s\n";
        text += "x,\"y\r\nz\"\nlast,row\n";
        QCOMPARE(text.indexOf('\r'), qsizetype(1 << 20) - 1);
        writeFile(path, text);
        const ReadOutcome outcome = readAll(path);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.rows.at(outcome.rows.size() - 2).cells.at(1), QStringLiteral("y\r\nz"));
        QCOMPARE(outcome.rows.last().rowNumber, qint64(262145));
    }

    void delimiterDetectionPrefersConsistentSplits()
    {
        QCOMPARE(CsvReader::detectDelimiter(u"a;b;c\n1,5;2;3\n4;5,5;6\n"), QChar(u';'));
        QCOMPARE(CsvReader::detectDelimiter(u"\"a,b\"\tc\n\"d,e\"\tf\n"), QChar(u'\t'));
        QCOMPARE(CsvReader::detectDelimiter(u"0712345678\n0723456789\n"), QChar(u','));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
