// SPDX-License-Identifier: GPL-3.0-or-later
// The workbooks are built here from XML written by hand, so every quirk a real workbook can
// have (numbers in scientific notation, date styles, rich text, absolute targets…) is
// spelled out where it is tested.
#include "TestSupport.h"
#include "import/XlsxReader.h"
#include "import/XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace tuma;

namespace {

using Parts = QList<std::pair<QString, QByteArray>>;

const QByteArray kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray kRelationships
    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

struct Sheet
{
    QString name;
    QByteArray sheetData; // the content of <sheetData>
    QByteArray root = "worksheet";
};

struct Workbook
{
    QList<Sheet> sheets;
    QByteArray sharedStrings; // <si> items; empty: no shared strings part
    QByteArray numFmts; // <numFmt> items
    QList<int> cellFormats; // numFmtId of each cellXfs entry; empty: no styles part
    QByteArray workbookPr;
    bool absoluteTargets = false;
};

QByteArray xml(const QByteArray& body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body;
}

bool writeZip(const QString& path, const Parts& parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto& [name, content] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(content);
        file.close();
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

// The parts of a workbook as Excel lays it out, except that sheet parts are not called
// sheetN.xml and their relationships are listed in reverse order: only workbook.xml and
// its relationships say which part is which tab.
Parts workbookParts(const Workbook& workbook)
{
    Parts parts;
    const QByteArray base = workbook.absoluteTargets ? "/xl/" : "";
    QByteArray sheets;
    QByteArray relationships;
    for (qsizetype i = workbook.sheets.size() - 1; i >= 0; --i) {
        const QByteArray id = "rId" + QByteArray::number(i + 10);
        const QByteArray part = "worksheets/tab_" + QByteArray::number(100 - i) + ".xml";
        relationships += "<Relationship Id=\"" + id
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              "worksheet\" Target=\""
            + base + part + "\"/>";
        const Sheet& sheet = workbook.sheets.at(i);
        parts.append({QStringLiteral("xl/") + QString::fromUtf8(part),
                      xml("<" + sheet.root + " xmlns=\"" + kMain + "\" xmlns:r=\"" + kRelationships
                          + "\"><sheetPr/><dimension ref=\"A1\"/><sheetData>" + sheet.sheetData
                          + "</sheetData><pageMargins left=\"0.7\"/></" + sheet.root + ">")});
    }
    for (qsizetype i = 0; i < workbook.sheets.size(); ++i)
        sheets += "<sheet name=\"" + workbook.sheets.at(i).name.toUtf8() + "\" sheetId=\""
            + QByteArray::number(i + 1) + "\" r:id=\"rId" + QByteArray::number(i + 10) + "\"/>";
    if (!workbook.sharedStrings.isEmpty()) {
        relationships += "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                         "officeDocument/2006/relationships/sharedStrings\" Target=\""
            + base + "sharedStrings.xml\"/>";
        parts.append({QStringLiteral("xl/sharedStrings.xml"),
                      xml("<sst xmlns=\"" + kMain + "\" count=\"99\" uniqueCount=\"99\">"
                          + workbook.sharedStrings + "</sst>")});
    }
    if (!workbook.cellFormats.isEmpty()) {
        relationships += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                         "officeDocument/2006/relationships/styles\" Target=\""
            + base + "styles.xml\"/>";
        QByteArray xfs;
        for (const int id : workbook.cellFormats)
            xfs += "<xf numFmtId=\"" + QByteArray::number(id)
                + "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>";
        parts.append({QStringLiteral("xl/styles.xml"),
                      xml("<styleSheet xmlns=\"" + kMain + "\"><numFmts>" + workbook.numFmts
                          + "</numFmts><fonts count=\"1\"><font/></fonts>"
                            "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                            "<cellXfs>"
                          + xfs + "</cellXfs></styleSheet>")});
    }
    parts.append({QStringLiteral("xl/workbook.xml"),
                  xml("<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRelationships + "\">"
                      + workbook.workbookPr + "<bookViews><workbookView/></bookViews><sheets>"
                      + sheets + "</sheets><calcPr calcId=\"191029\"/></workbook>")});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"),
                  xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                      "relationships\">"
                      + relationships + "</Relationships>")});
    parts.append({QStringLiteral("_rels/.rels"),
                  xml("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                      "relationships\"><Relationship Id=\"rId1\" "
                      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                      "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")});
    parts.append({QStringLiteral("[Content_Types].xml"),
                  xml("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                      "content-types\"/>")});
    return parts;
}

QList<SheetRow> readAll(XlsxReader& reader, int index = 0)
{
    QList<SheetRow> rows;
    const Result<void> read = reader.readSheet(index, [&rows](const SheetRow& row) {
        rows.append(row);
        return true;
    });
    if (!read)
        qWarning() << read.error().code << read.error().messageWithDetail();
    return rows;
}

QStringList strings(std::initializer_list<const char16_t*> texts)
{
    QStringList list;
    for (const char16_t* text : texts)
        list.append(QString::fromUtf16(text));
    return list;
}

// A one-cell sheet holding a number <v> with the style `style`.
QByteArray numberCell(const QByteArray& value, int style = -1)
{
    return "<row r=\"1\"><c r=\"A1\""
        + (style >= 0 ? " s=\"" + QByteArray::number(style) + "\"" : "") + "><v>" + value
        + "</v></c></row>";
}

} // namespace

class TestXlsx final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString path(const QString& suffix = QStringLiteral(".xlsx"))
    {
        return m_dir.filePath(QStringLiteral("file%1%2").arg(++m_files).arg(suffix));
    }

    QString make(const Workbook& workbook)
    {
        const QString file = path();
        if (!writeZip(file, workbookParts(workbook)))
            qFatal("cannot write a fixture");
        return file;
    }

    // The text of cell A1 of a one-sheet workbook.
    QString cellText(const Workbook& workbook)
    {
        XlsxReader reader;
        const Result<void> opened = reader.open(make(workbook));
        if (!opened) {
            qWarning() << opened.error().messageWithDetail();
            return QStringLiteral("<not opened>");
        }
        const QList<SheetRow> rows = readAll(reader);
        if (rows.size() != 1 || rows.first().cells.size() != 1)
            return QStringLiteral("<no single cell>");
        return rows.first().cells.first();
    }

    Error openError(const QString& file)
    {
        XlsxReader reader;
        const Result<void> opened = reader.open(file);
        if (opened)
            return Error {QStringLiteral("<opened>"), {}, {}};
        return opened.error();
    }

    Error readError(const Workbook& workbook, int index = 0)
    {
        XlsxReader reader;
        if (const Result<void> opened = reader.open(make(workbook)); !opened)
            return opened.error();
        const Result<void> read = reader.readSheet(index, [](const SheetRow&) { return true; });
        if (read)
            return Error {QStringLiteral("<read>"), {}, {}};
        return read.error();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void recognisesFileKinds()
    {
        QVERIFY(XlsxReader::looksLikeZip(QByteArray("PK\x03\x04\x14\x00", 6)));
        QVERIFY(XlsxReader::looksLikeZip(QByteArray("PK\x05\x06", 4)));
        QVERIFY(!XlsxReader::looksLikeZip(QByteArray("PK")));
        QVERIFY(!XlsxReader::looksLikeZip(QByteArray("name,phone\n")));
        const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10);
        QVERIFY(XlsxReader::looksLikeOleCompound(ole));
        QVERIFY(!XlsxReader::looksLikeOleCompound(ole.first(4)));
        QVERIFY(!XlsxReader::looksLikeZip(ole));
        QVERIFY(!XlsxReader::looksLikeOleCompound(QByteArray("PK\x03\x04", 4)));
    }

    void findsSheetsThroughTheWorkbook_data()
    {
        QTest::addColumn<bool>("absolute");
        QTest::newRow("relative targets") << false;
        QTest::newRow("absolute targets") << true;
    }

    void findsSheetsThroughTheWorkbook()
    {
        QFETCH(bool, absolute);
        Workbook workbook;
        workbook.absoluteTargets = absolute;
        workbook.sheets = {
            {QStringLiteral("Wateja"),
             "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>first</t></is></c></row>"},
            {QStringLiteral("Mauzo &amp; Bei"),
             "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>second</t></is></c></row>"},
            {QStringLiteral("Tatu"),
             "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>third</t></is></c></row>"},
        };
        XlsxReader reader;
        const Result<void> opened = reader.open(make(workbook));
        QVERIFY2(opened.ok(), qPrintable(opened.error().messageWithDetail()));
        QCOMPARE(reader.sheetNames(),
                 QStringList({QStringLiteral("Wateja"), QStringLiteral("Mauzo & Bei"),
                              QStringLiteral("Tatu")}));
        QCOMPARE(readAll(reader, 1).first().cells, QStringList {QStringLiteral("second")});
        QCOMPARE(readAll(reader, 0).first().cells, QStringList {QStringLiteral("first")});
        QCOMPARE(readAll(reader, 2).first().cells, QStringList {QStringLiteral("third")});
        // A reader can be moved, for a worker thread to take it.
        XlsxReader moved = std::move(reader);
        QCOMPARE(moved.sheetNames().size(), 3);
        QCOMPARE(readAll(moved, 1).first().cells, QStringList {QStringLiteral("second")});
    }

    void findsTheWorkbookThroughThePackageRelationships()
    {
        Workbook workbook;
        workbook.sheets = {{QStringLiteral("S"), numberCell("7")}};
        Parts parts;
        // The whole workbook under another folder, with upper-case part names.
        for (auto [name, content] : workbookParts(workbook)) {
            if (name == u"_rels/.rels")
                content.replace("Target=\"xl/workbook.xml\"", "Target=\"/Book/WORKBOOK.XML\"");
            else if (name.startsWith(u"xl/"))
                name = QStringLiteral("book/") + name.sliced(3);
            parts.append({name, content});
        }
        const QString file = path();
        QVERIFY(writeZip(file, parts));
        XlsxReader reader;
        const Result<void> opened = reader.open(file);
        QVERIFY2(opened.ok(), qPrintable(opened.error().messageWithDetail()));
        QCOMPARE(readAll(reader).first().cells, QStringList {QStringLiteral("7")});
    }

    void placesCellsByTheirReference()
    {
        Workbook workbook;
        workbook.sheets = {{QStringLiteral("S"),
                            // C1 after a gap; D1 and E1 follow C1 without a reference
                            "<row r=\"1\"><c r=\"C1\"><v>3</v></c><c><v>4</v></c><c><v>5</v></c>"
                            "</row>"
                            // rows 2-4 are absent: blank in Excel
                            "<row r=\"5\"><c r=\"B5\"><v>1</v></c><c r=\"AA5\"><v>2</v></c></row>"
                            // a row without r follows row 5
                            "<row><c r=\"A6\"><v>6</v></c></row>"
                            // present but holding nothing: formatted empty cells
                            "<row r=\"7\"><c r=\"A7\" s=\"0\"/><c r=\"B7\"><v></v></c></row>"
                            // trailing empty cells do not lengthen the row
                            "<row r=\"8\"><c r=\"A8\"><v>8</v></c><c r=\"D8\" s=\"0\"/></row>"
                            // neither row nor cells numbered
                            "<row><c><v>9</v></c><c/><c><v>9c</v></c></row>"
                            // row without r whose first cell says where it is
                            "<row><c r=\"B12\"><v>12</v></c></row>"
                            // cells out of order land where their reference says
                            "<row r=\"13\"><c r=\"C13\"><v>c</v></c><c r=\"A13\"><v>a</v></c>"
                            "</row>"
                            // lower-case reference, the last column Excel has
                            "<row r=\"14\"><c r=\"xfd14\"><v>last</v></c></row>"}};
        XlsxReader reader;
        QVERIFY(reader.open(make(workbook)).ok());
        const QList<SheetRow> rows = readAll(reader);
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows.at(0).rowNumber, 1);
        QCOMPARE(rows.at(0).cells, strings({u"", u"", u"3", u"4", u"5"}));
        QCOMPARE(rows.at(1).rowNumber, 5);
        QStringList fifth(27);
        fifth[1] = QStringLiteral("1");
        fifth[26] = QStringLiteral("2");
        QCOMPARE(rows.at(1).cells, fifth);
        QCOMPARE(rows.at(2).rowNumber, 6);
        QCOMPARE(rows.at(2).cells, strings({u"6"}));
        QCOMPARE(rows.at(3).rowNumber, 8);
        QCOMPARE(rows.at(3).cells, strings({u"8"}));
        QCOMPARE(rows.at(4).rowNumber, 9);
        QCOMPARE(rows.at(4).cells, strings({u"9", u"", u"9c"}));
        QCOMPARE(rows.at(5).rowNumber, 12);
        QCOMPARE(rows.at(5).cells, strings({u"", u"12"}));
        QCOMPARE(rows.at(6).rowNumber, 13);
        QCOMPARE(rows.at(6).cells, strings({u"a", u"", u"c"}));
        QCOMPARE(rows.at(7).rowNumber, 14);
        QCOMPARE(rows.at(7).cells.size(), 16384);
        QCOMPARE(rows.at(7).cells.last(), QStringLiteral("last"));
    }

    void readsEveryCellType()
    {
        Workbook workbook;
        workbook.sharedStrings
            = "<si><t>Amina</t></si>"
              // rich text: runs concatenated, the phonetic guide left out
              "<si><r><rPr><b/></rPr><t>Kwa</t></r><r><t xml:space=\"preserve\">me </t></r>"
              "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh><phoneticPr fontId=\"1\"/></si>"
              "<si><t/></si>"
              "<si><t>0712345678</t></si>";
        workbook.sheets
            = {{QStringLiteral("S"),
                "<row r=\"1\">"
                "<c r=\"A1\" t=\"s\"><v>0</v></c>"
                "<c r=\"B1\" t=\"s\"><v>1</v></c>"
                "<c r=\"C1\" t=\"s\"><v>2</v></c>" // an empty shared string
                "<c r=\"D1\" t=\"s\"><v> 3 </v></c>"
                "<c r=\"E1\" t=\"inlineStr\"><is><t>inline</t></is></c>"
                "<c r=\"F1\" t=\"inlineStr\"><is><r><t>ri</t></r><r><t>ch</t></r></is></c>"
                "<c r=\"G1\" t=\"str\"><f>A1&amp;\"!\"</f><v>Amina!</v></c>"
                "<c r=\"H1\" t=\"b\"><v>1</v></c>"
                "<c r=\"I1\" t=\"b\"><v>0</v></c>"
                "<c r=\"J1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                "<c r=\"K1\" t=\"e\"><v>#N/A</v></c>"
                "<c r=\"L1\" t=\"n\"><v>42</v></c>"
                "<c r=\"M1\"><f>SUM(L1)</f><v>42</v></c>"
                "<c r=\"N1\" t=\"d\"><v>2024-02-29T00:00:00</v></c>"
                "<c r=\"O1\" t=\"d\"><v>2024-02-29T13:45:00</v></c>"
                "<c r=\"P1\" t=\"d\"><v>2024-02-29</v></c>"
                "<c r=\"Q1\"><f>A1</f></c>" // a formula never calculated
                "</row>"}};
        XlsxReader reader;
        QVERIFY(reader.open(make(workbook)).ok());
        const QList<SheetRow> rows = readAll(reader);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().cells,
                 strings({u"Amina", u"Kwame ", u"", u"0712345678", u"inline", u"rich", u"Amina!",
                          u"TRUE", u"FALSE", u"#DIV/0!", u"#N/A", u"42", u"42", u"2024-02-29",
                          u"2024-02-29T13:45:00", u"2024-02-29"}));
    }

    void keepsTextExactly()
    {
        Workbook workbook;
        workbook.sharedStrings = "<si><t xml:space=\"preserve\">  two spaces  </t></si>"
                                 "<si><t>line one\nline two</t></si>"
                                 "<si><t>&lt;b&gt; &amp; &quot;quoted&quot; &#x1F600; Zoë</t></si>"
                                 "<si><t>a_x000D_b_x0009_c</t></si>"
                                 "<si><t>_x005F_x0041_ stays literal, _x12 too</t></si>"
                                 "<si><t><![CDATA[<raw> & ]]></t></si>";
        workbook.sheets = {{QStringLiteral("S"),
                            "<row r=\"1\"><c t=\"s\"><v>0</v></c>"
                            "<c t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c>"
                            "<c t=\"s\"><v>3</v></c><c t=\"s\"><v>4</v></c>"
                            "<c t=\"s\"><v>5</v></c></row>"}};
        XlsxReader reader;
        QVERIFY(reader.open(make(workbook)).ok());
        const QList<SheetRow> rows = readAll(reader);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().cells,
                 strings({u"  two spaces  ", u"line one\nline two", u"<b> & \"quoted\" 😀 Zoë",
                          u"a\rb\tc", u"_x0041_ stays literal, _x12 too", u"<raw> & "}));
    }

    void numbersReadAsTyped_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("phone") << QByteArray("254712345678") << QStringLiteral("254712345678");
        QTest::newRow("phone in scientific notation")
            << QByteArray("2.54712345678E+11") << QStringLiteral("254712345678");
        QTest::newRow("phone with .0")
            << QByteArray("254712345678.0") << QStringLiteral("254712345678");
        QTest::newRow("surrounding space")
            << QByteArray(" 712345678 ") << QStringLiteral("712345678");
        QTest::newRow("negative") << QByteArray("-3") << QStringLiteral("-3");
        QTest::newRow("negative zero") << QByteArray("-0") << QStringLiteral("0");
        QTest::newRow("tenth") << QByteArray("0.1") << QStringLiteral("0.1");
        QTest::newRow("decimal") << QByteArray("1234.5") << QStringLiteral("1234.5");
        QTest::newRow("negative decimal") << QByteArray("-0.25") << QStringLiteral("-0.25");
        QTest::newRow("trailing zero") << QByteArray("1234.50") << QStringLiteral("1234.5");
        QTest::newRow("leading zeros") << QByteArray("007") << QStringLiteral("7");
        QTest::newRow("millionth") << QByteArray("0.000001") << QStringLiteral("0.000001");
        QTest::newRow("ten-millionth") << QByteArray("0.0000001") << QStringLiteral("1e-07");
        QTest::newRow("16 significant digits")
            << QByteArray("123456789012345.5") << QStringLiteral("123456789012346");
        QTest::newRow("15 significant digits")
            << QByteArray("12345678901234.5") << QStringLiteral("12345678901234.5");
        QTest::newRow("decimal in scientific notation")
            << QByteArray("1.2345E+3") << QStringLiteral("1234.5");
        QTest::newRow("binary noise") << QByteArray("0.30000000000000004") << QStringLiteral("0.3");
        QTest::newRow("noise on a price")
            << QByteArray("1432.0199999999998") << QStringLiteral("1432.02");
        QTest::newRow("noise on an integer")
            << QByteArray("254712345678.00003") << QStringLiteral("254712345678");
        QTest::newRow("largest exact integer")
            << QByteArray("9007199254740991") << QStringLiteral("9007199254740991");
        QTest::newRow("16-digit id")
            << QByteArray("1234567890123456") << QStringLiteral("1234567890123456");
        QTest::newRow("past 2^53, as Excel keeps it")
            << QByteArray("1.23456789012345E+19") << QStringLiteral("12345678901234500000");
        QTest::newRow("huge") << QByteArray("1E+20") << QStringLiteral("100000000000000000000");
        QTest::newRow("small") << QByteArray("0.000123") << QStringLiteral("0.000123");
        QTest::newRow("tiny") << QByteArray("1.5E-7") << QStringLiteral("1.5e-07");
        QTest::newRow("not a number") << QByteArray("n/a") << QStringLiteral("n/a");
        QTest::newRow("infinity kept as written") << QByteArray("inf") << QStringLiteral("inf");
    }

    void numbersReadAsTyped()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, text);
        Workbook workbook;
        workbook.sheets = {{QStringLiteral("S"), numberCell(value)}};
        QCOMPARE(cellText(workbook), text);
    }

    void datesAndFormats_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("numFmtId");
        QTest::addColumn<QString>("formatCode"); // empty: built-in
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QString>("text");
        const QString builtin;
        QTest::newRow("general") << QByteArray("45000") << 0 << builtin << false
                                 << QStringLiteral("45000");
        QTest::newRow("text format")
            << QByteArray("45000") << 49 << builtin << false << QStringLiteral("45000");
        QTest::newRow("percent stays the raw value")
            << QByteArray("0.15") << 9 << builtin << false << QStringLiteral("0.15");
        QTest::newRow("m/d/yyyy") << QByteArray("45000") << 14 << builtin << false
                                  << QStringLiteral("2023-03-15");
        QTest::newRow("date drops the time it does not show")
            << QByteArray("45000.75") << 14 << builtin << false << QStringLiteral("2023-03-15");
        QTest::newRow("date and time") << QByteArray("45000.5") << 22 << builtin << false
                                       << QStringLiteral("2023-03-15T12:00:00");
        QTest::newRow("date and time at midnight")
            << QByteArray("45000") << 22 << builtin << false << QStringLiteral("2023-03-15");
        QTest::newRow("time") << QByteArray("0.5") << 21 << builtin << false
                              << QStringLiteral("12:00:00");
        QTest::newRow("time of a date-time value")
            << QByteArray("45000.25") << 20 << builtin << false << QStringLiteral("06:00:00");
        QTest::newRow("time rounds to the second")
            << QByteArray("0.999999999") << 21 << builtin << false << QStringLiteral("00:00:00");
        QTest::newRow("elapsed hours")
            << QByteArray("1.5") << 46 << builtin << false << QStringLiteral("36:00:00");
        QTest::newRow("east asian date")
            << QByteArray("45000") << 57 << builtin << false << QStringLiteral("2023-03-15");
        QTest::newRow("serial 1") << QByteArray("1") << 14 << builtin << false
                                  << QStringLiteral("1900-01-01");
        QTest::newRow("serial 59")
            << QByteArray("59") << 14 << builtin << false << QStringLiteral("1900-02-28");
        QTest::newRow("Excel's 1900-02-29")
            << QByteArray("60") << 14 << builtin << false << QStringLiteral("1900-02-29");
        QTest::newRow("serial 61")
            << QByteArray("61") << 14 << builtin << false << QStringLiteral("1900-03-01");
        QTest::newRow("unix epoch")
            << QByteArray("25569") << 14 << builtin << false << QStringLiteral("1970-01-01");
        QTest::newRow("last date")
            << QByteArray("2958465") << 14 << builtin << false << QStringLiteral("9999-12-31");
        QTest::newRow("past the last date")
            << QByteArray("2958466") << 14 << builtin << false << QStringLiteral("2958466");
        QTest::newRow("negative date")
            << QByteArray("-1") << 14 << builtin << false << QStringLiteral("-1");
        QTest::newRow("1904 system day 0")
            << QByteArray("0") << 14 << builtin << true << QStringLiteral("1904-01-01");
        QTest::newRow("1904 system")
            << QByteArray("43538") << 14 << builtin << true << QStringLiteral("2023-03-15");
        QTest::newRow("1904 system, date and time")
            << QByteArray("43538.5") << 22 << builtin << true
            << QStringLiteral("2023-03-15T12:00:00");
        QTest::newRow("custom dd/mm/yyyy")
            << QByteArray("45000") << 164 << QStringLiteral("dd/mm/yyyy") << false
            << QStringLiteral("2023-03-15");
        QTest::newRow("custom with locale and text section")
            << QByteArray("45000") << 165 << QStringLiteral("[$-409]d\\-mmm\\-yy;@") << false
            << QStringLiteral("2023-03-15");
        QTest::newRow("custom month name only")
            << QByteArray("45000") << 166 << QStringLiteral("MMMM") << false
            << QStringLiteral("2023-03-15");
        QTest::newRow("custom date and time")
            << QByteArray("45000.5") << 167 << QStringLiteral("yyyy-mm-dd hh:mm") << false
            << QStringLiteral("2023-03-15T12:00:00");
        QTest::newRow("custom minutes and seconds")
            << QByteArray("0.0105") << 168 << QStringLiteral("mm:ss") << false
            << QStringLiteral("00:15:07");
        QTest::newRow("custom elapsed") << QByteArray("2.25") << 169 << QStringLiteral("[h]:mm")
                                        << false << QStringLiteral("54:00:00");
        QTest::newRow("custom quoted letters are no date")
            << QByteArray("45000") << 170 << QStringLiteral("0 \"days\"") << false
            << QStringLiteral("45000");
        QTest::newRow("custom escaped letters are no date")
            << QByteArray("45000") << 171 << QStringLiteral("0\\d\\a\\y\\s") << false
            << QStringLiteral("45000");
        QTest::newRow("custom colour is no date")
            << QByteArray("45000") << 172 << QStringLiteral("[Red]#,##0;[Blue]-#,##0") << false
            << QStringLiteral("45000");
        QTest::newRow("custom currency is no date")
            << QByteArray("1500.5") << 173 << QStringLiteral("[$KSh-441]\\ #,##0.00_);(#,##0.00)")
            << false << QStringLiteral("1500.5");
        QTest::newRow("general custom") << QByteArray("45000") << 174 << QStringLiteral("General")
                                        << false << QStringLiteral("45000");
        QTest::newRow("leading zero shown by the format")
            << QByteArray("712345678") << 175 << QStringLiteral("0000000000") << false
            << QStringLiteral("0712345678");
        QTest::newRow("leading zero with optional digits")
            << QByteArray("712345678") << 176 << QStringLiteral("0#########") << false
            << QStringLiteral("0712345678");
        QTest::newRow("padding never cuts digits")
            << QByteArray("254712345678") << 175 << QStringLiteral("0000000000") << false
            << QStringLiteral("254712345678");
        QTest::newRow("a built-in id redefined")
            << QByteArray("45000") << 14 << QStringLiteral("0.00") << false
            << QStringLiteral("45000");
    }

    void datesAndFormats()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, numFmtId);
        QFETCH(QString, formatCode);
        QFETCH(bool, date1904);
        QFETCH(QString, text);
        Workbook workbook;
        workbook.cellFormats = {0, numFmtId};
        if (!formatCode.isEmpty()) {
            QString escaped = formatCode.toHtmlEscaped();
            workbook.numFmts = "<numFmt numFmtId=\"" + QByteArray::number(numFmtId)
                + "\" formatCode=\"" + escaped.toUtf8() + "\"/>";
        }
        if (date1904)
            workbook.workbookPr = "<workbookPr date1904=\"1\"/>";
        workbook.sheets = {{QStringLiteral("S"), numberCell(value, 1)}};
        QCOMPARE(cellText(workbook), text);
    }

    void dateStylesAreEdgeSafe()
    {
        Workbook workbook;
        workbook.cellFormats = {14};
        workbook.workbookPr = "<workbookPr date1904=\"true\"/>";
        // s past the styles, a negative s, and a text cell with a date style
        workbook.sheets = {{QStringLiteral("S"),
                            "<row r=\"1\"><c s=\"0\"><v>0</v></c>"
                            "<c s=\"7\"><v>45000</v></c>"
                            "<c s=\"-1\"><v>45000</v></c>"
                            "<c s=\"0\" t=\"str\"><v>45000</v></c></row>"}};
        XlsxReader reader;
        QVERIFY(reader.open(make(workbook)).ok());
        QCOMPARE(readAll(reader).first().cells,
                 strings({u"1904-01-01", u"45000", u"45000", u"45000"}));
    }

    void readsWithoutSharedStringsOrStyles()
    {
        Workbook workbook;
        workbook.sheets = {{QStringLiteral("S"),
                            "<row r=\"1\"><c t=\"inlineStr\"><is><t>x</t>"
                            "</is></c><c s=\"3\"><v>45000</v></c></row>"}};
        XlsxReader reader;
        QVERIFY(reader.open(make(workbook)).ok());
        QCOMPARE(readAll(reader).first().cells, strings({u"x", u"45000"}));
    }

    void stopsWhenAsked()
    {
        QByteArray sheetData;
        for (int row = 1; row <= 1000; ++row)
            sheetData += "<row r=\"" + QByteArray::number(row) + "\"><c><v>"
                + QByteArray::number(row) + "</v></c></row>";
        Workbook workbook;
        workbook.sheets = {{QStringLiteral("S"), sheetData}};
        XlsxReader reader;
        QVERIFY(reader.open(make(workbook)).ok());
        int visited = 0;
        QVERIFY(reader
                    .readSheet(0,
                               [&visited](const SheetRow& row) {
                                   ++visited;
                                   return row.rowNumber < 10;
                               })
                    .ok());
        QCOMPARE(visited, 10);

        // Progress grows and ends at the sheet's size.
        qint64 last = 0;
        bool monotonic = true;
        QVERIFY(reader
                    .readSheet(0,
                               [&](const SheetRow&) {
                                   monotonic = monotonic && reader.sheetBytesRead() >= last
                                       && reader.sheetBytesRead() <= reader.sheetBytesTotal();
                                   last = reader.sheetBytesRead();
                                   return true;
                               })
                    .ok());
        QVERIFY(monotonic);
        QVERIFY(reader.sheetBytesTotal() > sheetData.size());
        QVERIFY(reader.sheetBytesRead() > reader.sheetBytesTotal() / 2);
        QVERIFY(reader.sheetBytesRead() <= reader.sheetBytesTotal());
    }

    void refusesWhatIsNoWorkbook()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.xlsx"));
        QCOMPARE(openError(missing).code, QStringLiteral("xlsx_unreadable"));

        const QString empty = path();
        test::writeFile(empty, {});
        Error error = openError(empty);
        QCOMPARE(error.code, QStringLiteral("xlsx_invalid"));
        QVERIFY2(error.message.contains(QStringLiteral("not a valid Excel workbook (.xlsx)")),
                 qPrintable(error.message));
        QVERIFY(error.message.contains(QDir::toNativeSeparators(empty)));

        const QString random = path();
        QByteArray noise(4096, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        test::writeFile(random, noise);
        QCOMPARE(openError(random).code, QStringLiteral("xlsx_invalid"));

        const QString csv = path(QStringLiteral(".csv"));
        test::writeFile(csv, "name,phone\nAmina,0712345678\n");
        QCOMPARE(openError(csv).code, QStringLiteral("xlsx_invalid"));

        const QString xls = path(QStringLiteral(".xls"));
        test::writeFile(xls,
                        QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        error = openError(xls);
        QCOMPARE(error.code, QStringLiteral("xlsx_old_format"));
        QCOMPARE(error.message,
                 QStringLiteral("%1 is an old Excel 97–2003 (.xls) or password-protected "
                                "workbook. Open it in Excel or LibreOffice and save it as .xlsx "
                                "or CSV (UTF-8).")
                     .arg(QDir::toNativeSeparators(xls)));

        const QString damaged = path();
        test::writeFile(damaged, QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x'));
        error = openError(damaged);
        QCOMPARE(error.code, QStringLiteral("xlsx_invalid"));
        QVERIFY(error.message.contains(QStringLiteral("damaged")));

        const QString docx = path();
        QVERIFY(writeZip(docx, {{QStringLiteral("word/document.xml"), xml("<document/>")}}));
        error = openError(docx);
        QCOMPARE(error.code, QStringLiteral("xlsx_no_workbook"));
        QVERIFY(error.message.contains(QStringLiteral("xl/workbook.xml")));

        const QString ods = path(QStringLiteral(".ods"));
        QVERIFY(writeZip(
            ods,
            {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
             {QStringLiteral("content.xml"), xml("<office:document/>")}}));
        QCOMPARE(openError(ods).code, QStringLiteral("xlsx_opendocument"));
    }

    void reportsDamagedParts()
    {
        Workbook workbook;
        workbook.sheets = {{QStringLiteral("S"), numberCell("1")}};
        Parts parts = workbookParts(workbook);
        for (auto& [name, content] : parts) {
            if (name == u"xl/workbook.xml")
                content.chop(20);
        }
        const QString file = path();
        QVERIFY(writeZip(file, parts));
        const Error error = openError(file);
        QCOMPARE(error.code, QStringLiteral("xlsx_invalid"));
        QVERIFY2(error.message.contains(QStringLiteral("xl/workbook.xml")),
                 qPrintable(error.message));
        QVERIFY(!error.detail.isEmpty());
    }

    void reportsSheetErrors()
    {
        Workbook workbook;
        workbook.sheets = {{QStringLiteral("Wateja"),
                            "<row r=\"1\"><c><v>1</v></c></row>"
                            "<row r=\"2\"><c><v>2</v></c></row>"
                            "<row r=\"3\"><c><v>3</v></c></row>"}};
        Error error = readError(workbook, 1);
        QCOMPARE(error.code, QStringLiteral("xlsx_no_such_sheet"));
        QVERIFY2(error.message.contains(QStringLiteral("no sheet number 2: it has 1 sheet")),
                 qPrintable(error.message));
        QCOMPARE(readError(workbook, -1).code, QStringLiteral("xlsx_no_such_sheet"));

        // Malformed XML: the sheet and the row are named, rows before it were delivered.
        workbook.sheets.first().sheetData.replace("<row r=\"3\"><c><v>3</v></c>",
                                                  "<row r=\"3\"><c><v>3</c>");
        error = readError(workbook);
        QCOMPARE(error.code, QStringLiteral("xlsx_sheet_damaged"));
        QVERIFY2(error.message.contains(QStringLiteral("“Wateja”")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("row 3")), qPrintable(error.message));
        QVERIFY(!error.detail.isEmpty());
        {
            XlsxReader reader;
            QVERIFY(reader.open(make(workbook)).ok());
            QList<qint64> rows;
            QVERIFY(!reader
                         .readSheet(0,
                                    [&rows](const SheetRow& row) {
                                        rows.append(row.rowNumber);
                                        return true;
                                    })
                         .ok());
            QCOMPARE(rows, QList<qint64>({1, 2}));
        }

        // A sheet cut short.
        workbook.sheets.first().sheetData = "<row r=\"1\"><c><v>1</v></c></row><row r=\"2\">";
        error = readError(workbook);
        QCOMPARE(error.code, QStringLiteral("xlsx_sheet_damaged"));

        workbook.sheets.first().sheetData = "<row r=\"7\"><c r=\"XFE7\"><v>1</v></c></row>";
        error = readError(workbook);
        QCOMPARE(error.code, QStringLiteral("xlsx_too_many_columns"));
        QVERIFY2(error.message.contains(QStringLiteral("XFE7")), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("“Wateja”")));

        workbook.sheets.first().sheetData
            = "<row r=\"7\"><c r=\"ZZZZZZZZZZZZZZZZ7\"><v>1</v></c></row>";
        QCOMPARE(readError(workbook).code, QStringLiteral("xlsx_too_many_columns"));

        // Past XFD without references: the cell after XFD9.
        workbook.sheets.first().sheetData = "<row r=\"9\"><c r=\"XFD9\"><v>1</v></c><c><v>2</v>"
                                            "</c></row>";
        error = readError(workbook);
        QCOMPARE(error.code, QStringLiteral("xlsx_too_many_columns"));
        QVERIFY2(error.message.contains(QStringLiteral("XFE9")), qPrintable(error.message));

        workbook.sheets.first().sheetData = "<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>";
        error = readError(workbook);
        QCOMPARE(error.code, QStringLiteral("xlsx_bad_cell_reference"));
        QVERIFY(error.message.contains(QStringLiteral("1A")));

        // A shared string the workbook does not have.
        workbook.sheets.first().sheetData = "<row r=\"4\"><c r=\"C4\" t=\"s\"><v>5</v></c></row>";
        error = readError(workbook);
        QCOMPARE(error.code, QStringLiteral("xlsx_sheet_damaged"));
        QVERIFY(error.message.contains(QStringLiteral("row 4")));
        QVERIFY2(error.detail.contains(QStringLiteral("C4")), qPrintable(error.detail));

        workbook.sheets.first().root = "chartsheet";
        QCOMPARE(readError(workbook).code, QStringLiteral("xlsx_not_a_worksheet"));
    }

    void reportsAMissingSheetPart()
    {
        Workbook workbook;
        workbook.sheets = {{QStringLiteral("Gone"), numberCell("1")}};
        Parts parts = workbookParts(workbook);
        parts.removeIf([](const auto& part) { return part.first.contains(u"worksheets/"); });
        const QString file = path();
        QVERIFY(writeZip(file, parts));
        XlsxReader reader;
        QVERIFY(reader.open(file).ok());
        QCOMPARE(reader.sheetNames(), QStringList {QStringLiteral("Gone")});
        const Result<void> read = reader.readSheet(0, [](const SheetRow&) { return true; });
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("xlsx_invalid"));
        QVERIFY(read.error().message.contains(QStringLiteral("“Gone”")));
    }

    // XML cut short in a zip entry whose data ends before the size its header declares: the
    // XML reader keeps asking for the rest from a device that neither gives more nor says it
    // is at its end. That must end in an error, not a loop.
    void anEntryShorterThanDeclaredEndsTheRead()
    {
        Workbook workbook;
        workbook.sharedStrings = "<si><t>Amina</t></si><si><t>Kwame</t></si>";
        workbook.sheets = {{QStringLiteral("S"),
                            "<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"
                            "<row r=\"2\"><c t=\"s\"><v>1</v></c></row>"}};
        // Cut inside a shared string item, and inside the second row.
        const auto shortened = [&](const QString& entry, int cut) {
            Parts parts = workbookParts(workbook);
            for (auto& [name, content] : parts) {
                if (name == entry)
                    content.chop(cut);
            }
            const QString file = path();
            if (!writeZip(file, parts))
                qFatal("cannot write a fixture");
            QByteArray bytes = test::readFile(file);
            // Every header naming the entry declares 5 more bytes than there are: local
            // headers (size at 22, name at 30) and central ones (size at 24, name at 46).
            const QByteArray name = entry.toUtf8();
            for (const auto& [signature, sizeAt, nameAt] :
                 {std::tuple {QByteArray("PK\x03\x04", 4), 22, 30},
                  std::tuple {QByteArray("PK\x01\x02", 4), 24, 46}}) {
                for (qsizetype at = bytes.indexOf(signature); at >= 0;
                     at = bytes.indexOf(signature, at + 4)) {
                    if (bytes.mid(at + nameAt, name.size()) != name)
                        continue;
                    const auto size = qFromLittleEndian<quint32>(bytes.constData() + at + sizeAt);
                    if (size != 0)
                        qToLittleEndian<quint32>(size + 5, bytes.data() + at + sizeAt);
                }
            }
            test::writeFile(file, bytes);
            return file;
        };

        const Error error = openError(shortened(QStringLiteral("xl/sharedStrings.xml"), 12));
        QCOMPARE(error.code, QStringLiteral("xlsx_invalid"));
        QVERIFY2(error.message.contains(QStringLiteral("xl/sharedStrings.xml")),
                 qPrintable(error.message));

        XlsxReader reader;
        QVERIFY(reader.open(shortened(QStringLiteral("xl/worksheets/tab_100.xml"), 80)).ok());
        QList<qint64> rows;
        const Result<void> read = reader.readSheet(0, [&rows](const SheetRow& row) {
            rows.append(row.rowNumber);
            return true;
        });
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, QStringLiteral("xlsx_sheet_damaged"));
        QCOMPARE(rows, QList<qint64> {1});
    }

    void survivesDamagedZips()
    {
        Workbook workbook;
        workbook.sharedStrings = "<si><t>Amina</t></si><si><r><t>Kwa</t></r><r><t>me</t></r></si>";
        workbook.cellFormats = {0, 14};
        QByteArray sheetData;
        for (int row = 1; row <= 200; ++row)
            sheetData += "<row r=\"" + QByteArray::number(row) + "\"><c r=\"A"
                + QByteArray::number(row) + "\" t=\"s\"><v>" + QByteArray::number(row % 2)
                + "</v></c><c r=\"B" + QByteArray::number(row) + "\" s=\"1\"><v>"
                + QByteArray::number(45000 + row) + "</v></c></row>";
        workbook.sheets = {{QStringLiteral("S"), sheetData}, {QStringLiteral("T"), sheetData}};
        const QByteArray good = test::readFile(make(workbook));
        QVERIFY(good.size() > 500);

        QRandomGenerator random(2026);
        int opened = 0;
        int failed = 0;
        for (int round = 0; round < 600; ++round) {
            QByteArray bytes = good;
            if (round < 200) {
                bytes.truncate(random.bounded(1, int(good.size())));
            } else {
                const int flips = 1 + random.bounded(8);
                for (int i = 0; i < flips; ++i)
                    bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            }
            const QString file = m_dir.filePath(QStringLiteral("fuzz.xlsx"));
            test::writeFile(file, bytes);
            XlsxReader reader;
            if (!reader.open(file).ok()) {
                ++failed;
                continue;
            }
            ++opened;
            for (int sheet = 0; sheet < reader.sheetNames().size(); ++sheet) {
                const Result<void> read = reader.readSheet(
                    sheet, [](const SheetRow& row) { return !row.cells.isEmpty(); });
                if (!read)
                    QVERIFY(!read.error().message.isEmpty());
            }
        }
        QVERIFY(failed > 0);
        QVERIFY(opened > 0);
    }

    void writesWhatItReadsBack()
    {
        const QStringList header = strings({u"phone", u"first_name", u"note", u"balance"});
        QList<QStringList> rows = {
            strings({u"0712345678", u"Amina", u"=1+1", u"007"}),
            strings({u"+254712345678", u"Zoë 🎉 Wanjikũ", u"line one\nline two", u"1.50"}),
            strings({u"", u"  padded  ", u"", u"tab\there"}),
            strings({u"254712345678", u"&<>\"'", u"cr\r\nlf", u"\x0B\x01\x1F"}),
            strings({u"_x0041_ and _x005F_", u"\uFFFE\uFFFF", u"@SUM(A1)", u"-5"}),
            strings({u"2.54712345678E+11", u"<t>not markup</t>", u"]]>", u"x"}),
        };
        QString loneSurrogate = QStringLiteral("a");
        loneSurrogate += QChar(char16_t(0xD83D));
        loneSurrogate += u'b';
        rows.append({loneSurrogate, QString(QChar(char16_t(0xDC00))), QStringLiteral("ok")});
        rows.append({QString(5000, u'x') + QStringLiteral("end")});
        for (int i = 0; i < 5000; ++i)
            rows.append({QStringLiteral("07%1").arg(i, 8, 10, QLatin1Char('0')),
                         QStringLiteral("Name %1").arg(i), QString(),
                         QStringLiteral("ñ%1").arg(i)});

        const QString file = path();
        {
            XlsxWriter writer;
            const Result<void> opened = writer.open(file, QStringLiteral("Contacts"));
            QVERIFY2(opened.ok(), qPrintable(opened.error().messageWithDetail()));
            QVERIFY(writer.writeRow(header, true).ok());
            for (const QStringList& row : std::as_const(rows))
                QVERIFY(writer.writeRow(row).ok());
            QCOMPARE(writer.rowsWritten(), rows.size() + 1);
            const Result<void> closed = writer.close();
            QVERIFY2(closed.ok(), qPrintable(closed.error().messageWithDetail()));
        }
        XlsxReader reader;
        const Result<void> opened = reader.open(file);
        QVERIFY2(opened.ok(), qPrintable(opened.error().messageWithDetail()));
        QCOMPARE(reader.sheetNames(), QStringList {QStringLiteral("Contacts")});
        const QList<SheetRow> read = readAll(reader);
        QCOMPARE(read.size(), rows.size() + 1);
        QCOMPARE(read.first().cells, header);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QStringList expected = rows.at(i);
            while (!expected.isEmpty() && expected.last().isEmpty())
                expected.removeLast();
            QCOMPARE(read.at(i + 1).rowNumber, i + 2);
            QCOMPARE(read.at(i + 1).cells, expected);
        }
    }

    void writesAValidPackage()
    {
        const QString file = path();
        XlsxWriter writer;
        QVERIFY(writer.open(file, QStringLiteral("A/B: \"quotes\" & <more>")).ok());
        QVERIFY(writer.writeRow(strings({u"phone", u"name"}), true).ok());
        QVERIFY(writer.writeRow(strings({u"0712345678", u"=HYPERLINK(\"x\")"})).ok());
        QVERIFY(writer.close().ok());

        QuaZip zip(file);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QStringList names = zip.getFileNameList();
        names.sort();
        QCOMPARE(names,
                 QStringList({QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                              QStringLiteral("xl/_rels/workbook.xml.rels"),
                              QStringLiteral("xl/styles.xml"), QStringLiteral("xl/workbook.xml"),
                              QStringLiteral("xl/worksheets/sheet1.xml")}));
        QByteArray sheet;
        for (const QString& name : std::as_const(names)) {
            QVERIFY(zip.setCurrentFile(name));
            QuaZipFile part(&zip);
            QVERIFY(part.open(QIODevice::ReadOnly));
            const QByteArray content = part.readAll();
            QXmlStreamReader reader(content);
            while (!reader.atEnd())
                reader.readNext();
            QVERIFY2(!reader.hasError(),
                     qPrintable(name + QStringLiteral(": ") + reader.errorString()));
            if (name == u"xl/worksheets/sheet1.xml")
                sheet = content;
        }
        QVERIFY(sheet.contains("state=\"frozen\""));
        QVERIFY(sheet.contains("ySplit=\"1\""));
        QVERIFY(sheet.contains("<c r=\"A2\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                               "0712345678</t></is></c>"));
        QVERIFY(!sheet.contains("<f>"));

        XlsxReader reader;
        QVERIFY(reader.open(file).ok());
        QCOMPARE(reader.sheetNames(), QStringList {QStringLiteral("A_B_ \"quotes\" & <more>")});
    }

    void sheetNamesFollowExcelsRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sheetName");
        QTest::newRow("plain") << QStringLiteral("Wateja") << QStringLiteral("Wateja");
        QTest::newRow("forbidden")
            << QStringLiteral("a:b\\c/d?e*f[g]") << QStringLiteral("a_b_c_d_e_f_g_");
        QTest::newRow("apostrophes") << QStringLiteral("'quoted'") << QStringLiteral("quoted");
        QTest::newRow("empty") << QString() << QStringLiteral("Sheet1");
        QTest::newRow("spaces") << QStringLiteral("   ") << QStringLiteral("Sheet1");
        QTest::newRow("history") << QStringLiteral("history") << QStringLiteral("History 1");
        QTest::newRow("long") << QString(40, u'k') << QString(31, u'k');
        QTest::newRow("emoji cut in half")
            << QString(30, u'k') + QStringLiteral("🎉") << QString(30, u'k');
        QTest::newRow("control") << QStringLiteral("a\tb\nc") << QStringLiteral("abc");
    }

    void sheetNamesFollowExcelsRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, sheetName);
        QCOMPARE(XlsxWriter::sheetNameFor(name), sheetName);
    }

    void writerKeepsExcelsLimits()
    {
        const QString file = path();
        XlsxWriter writer;
        QVERIFY(writer.open(file, QStringLiteral("S")).ok());
        QVERIFY(writer.writeRow(strings({u"a"})).ok());
        Result<void> written = writer.writeRow(
            {QStringLiteral("ok"), QString(XlsxWriter::kMaxCellLength + 1, u'x')});
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("xlsx_cell_too_long"));
        QVERIFY2(written.error().message.contains(QStringLiteral("B2")),
                 qPrintable(written.error().message));
        written = writer.writeRow(QStringList(XlsxWriter::kMaxColumns + 1, QStringLiteral("x")));
        QCOMPARE(written.error().code, QStringLiteral("xlsx_too_many_columns"));
        // A refused row leaves nothing behind; the next one is row 2.
        QVERIFY(writer.writeRow({QString(XlsxWriter::kMaxCellLength, u'y')}).ok());
        QVERIFY(writer.close().ok());
        QVERIFY(!writer.writeRow(strings({u"late"})).ok());

        XlsxReader reader;
        QVERIFY(reader.open(file).ok());
        const QList<SheetRow> rows = readAll(reader);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).rowNumber, 2);
        QCOMPARE(rows.at(1).cells.first().size(), XlsxWriter::kMaxCellLength);
    }

    void anAbandonedExportLeavesNoFile()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("contacts.xlsx"));
        {
            XlsxWriter writer;
            QVERIFY(writer.open(file, QStringLiteral("S")).ok());
            QVERIFY(writer.writeRow(strings({u"phone"}), true).ok());
        }
        QVERIFY(QDir(folder.path())
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                    .isEmpty());

        // An existing file stays as it was until the new one is complete, then is replaced.
        test::writeFile(file, "old");
        {
            XlsxWriter writer;
            QVERIFY(writer.open(file, QStringLiteral("S")).ok());
            QVERIFY(writer.writeRow(strings({u"new"})).ok());
            QCOMPARE(test::readFile(file), QByteArray("old"));
            QVERIFY(writer.close().ok());
        }
        XlsxReader reader;
        QVERIFY(reader.open(file).ok());
        QCOMPARE(readAll(reader).first().cells, strings({u"new"}));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {QStringLiteral("contacts.xlsx")});

        const Result<void> opened = XlsxWriter().open(
            folder.filePath(QStringLiteral("no/such/folder/x.xlsx")), QStringLiteral("S"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("xlsx_unwritable"));
    }

    void writesAnEmptySheet()
    {
        const QString file = path();
        XlsxWriter writer;
        QVERIFY(writer.open(file, QString()).ok());
        QVERIFY(writer.close().ok());
        XlsxReader reader;
        QVERIFY(reader.open(file).ok());
        QCOMPARE(reader.sheetNames(), QStringList {QStringLiteral("Sheet1")});
        QVERIFY(readAll(reader).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
