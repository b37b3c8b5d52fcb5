// SPDX-License-Identifier: GPL-3.0-or-later
// Read throughput and peak memory of XlsxReader on a customer sheet laid out the way Excel
// saves it (text in shared strings, one unique e-mail address per row, phone numbers as
// numbers, some in scientific notation, a date column with a date style), then write
// throughput of XlsxWriter for the same rows. Not a test: run it with tools/bench.sh and
// write the figures in docs/PERFORMANCE.md.
//   bench_xlsx [ROWS]     (200000 by default)
#include "import/XlsxReader.h"
#include "import/XlsxWriter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cstdio>
#include <cstdlib>

using namespace tuma;

namespace {

constexpr char kDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr char kMain[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kRelationshipType[]
    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

const char* const kFirstNames[] = {"Amina", "Kwame", "Wanjiku", "Otieno", "Akosua",
                                   "Njeri", "Kofi",  "Achieng", "Yaw",    "Zawadi"};
const char* const kLastNames[] = {"Mwangi", "Mensah", "Odhiambo", "Boateng", "Kamau",
                                  "Asante", "Wambui", "Owusu",    "Kiprop",  "Adjei"};
constexpr int kNames = 10;

// peak resident memory (VmHWM) in MiB; writing 5 to clear_refs starts a new peak.
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

// Streams one part into the zip in large pieces, so generating a big sheet needs no memory.
class PartWriter final
{
public:
    PartWriter(QuaZip* zip, const QString& name)
        : m_file(zip)
    {
        if (!m_file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            std::abort();
        m_buffer += kDeclaration;
    }
    ~PartWriter()
    {
        flush();
        m_file.close();
    }
    Q_DISABLE_COPY_MOVE(PartWriter)

    PartWriter& operator<<(const QByteArray& bytes)
    {
        m_buffer += bytes;
        if (m_buffer.size() > (1 << 20))
            flush();
        return *this;
    }

private:
    void flush()
    {
        m_file.write(m_buffer);
        m_buffer.clear();
    }

    QuaZipFile m_file;
    QByteArray m_buffer;
};

QByteArray email(int row)
{
    return QByteArray(kFirstNames[row % kNames]).toLower() + '.'
        + QByteArray(kLastNames[row / kNames % kNames]).toLower() + QByteArray::number(row)
        + "@example.co.ke";
}

void generate(const QString& path, int rows)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        std::abort();
    PartWriter(&zip, QStringLiteral("_rels/.rels"))
        << "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\""
        << QByteArray(kRelationshipType)
        << "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
    PartWriter(&zip, QStringLiteral("xl/workbook.xml"))
        << "<workbook xmlns=\"" << QByteArray(kMain)
        << "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
           "<sheets><sheet name=\"Customers\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    PartWriter(&zip, QStringLiteral("xl/_rels/workbook.xml.rels"))
        << "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\""
        << QByteArray(kRelationshipType)
        << "worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
        << QByteArray(kRelationshipType)
        << "sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\""
        << QByteArray(kRelationshipType) << "styles\" Target=\"styles.xml\"/></Relationships>";
    PartWriter(&zip, QStringLiteral("xl/styles.xml"))
        << "<styleSheet xmlns=\"" << QByteArray(kMain)
        << "\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" "
           "applyNumberFormat=\"1\"/></cellXfs></styleSheet>";
    {
        // Header, the first and last names, then one address per row.
        PartWriter strings(&zip, QStringLiteral("xl/sharedStrings.xml"));
        strings << "<sst xmlns=\"" << QByteArray(kMain) << "\">";
        for (const char* header :
             {"phone", "first_name", "last_name", "email", "balance", "joined"})
            strings << "<si><t>" << QByteArray(header) << "</t></si>";
        for (const char* name : kFirstNames)
            strings << "<si><t>" << QByteArray(name) << "</t></si>";
        for (const char* name : kLastNames)
            strings << "<si><t>" << QByteArray(name) << "</t></si>";
        for (int row = 0; row < rows; ++row)
            strings << "<si><t>" << email(row) << "</t></si>";
        strings << "</sst>";
    }
    PartWriter sheet(&zip, QStringLiteral("xl/worksheets/sheet1.xml"));
    sheet << "<worksheet xmlns=\"" << QByteArray(kMain) << "\"><sheetData><row r=\"1\">";
    for (int column = 0; column < 6; ++column)
        sheet << "<c r=\"" << QByteArray(1, char('A' + column)) << "1\" t=\"s\"><v>"
              << QByteArray::number(column) << "</v></c>";
    sheet << "</row>";
    for (int row = 0; row < rows; ++row) {
        const QByteArray r = QByteArray::number(row + 2);
        const qint64 phone = 254700000000LL + (qint64(row) * 7919) % 100000000;
        const QByteArray phoneText = row % 4 == 0
            ? QByteArray::number(double(phone), 'E', 11) // 2.54712345678E+11
            : QByteArray::number(phone);
        sheet << "<row r=\"" << r << "\" spans=\"1:6\"><c r=\"A" << r << "\"><v>" << phoneText
              << "</v></c><c r=\"B" << r << "\" t=\"s\"><v>" << QByteArray::number(6 + row % kNames)
              << "</v></c><c r=\"C" << r << "\" t=\"s\"><v>"
              << QByteArray::number(6 + kNames + row / kNames % kNames) << "</v></c><c r=\"D" << r
              << "\" t=\"s\"><v>" << QByteArray::number(6 + 2 * kNames + row) << "</v></c><c r=\"E"
              << r << "\"><v>" << QByteArray::number(100 + (row * 37) % 99900) + ".5"
              << "</v></c><c r=\"F" << r << "\" s=\"1\"><v>"
              << QByteArray::number(40000 + row % 5000) << "</v></c></row>";
    }
    sheet << "</sheetData></worksheet>";
}

} // namespace

int main(int argc, char** argv)
{
    const int rows = argc > 1 ? std::atoi(argv[1]) : 200'000;
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("customers.xlsx"));
    generate(source, rows);

    resetPeak();
    const double baseline = peakMiB();
    QElapsedTimer timer;
    timer.start();
    XlsxReader reader;
    if (const Result<void> opened = reader.open(source); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().messageWithDetail()));
        return 1;
    }
    const double openSeconds = double(timer.nsecsElapsed()) / 1e9;
    qint64 readRows = 0;
    qint64 characters = 0;
    QList<QStringList> sample;
    const Result<void> read = reader.readSheet(0, [&](const SheetRow& row) {
        ++readRows;
        for (const QString& cell : row.cells)
            characters += cell.size();
        if (row.rowNumber == 2 || row.rowNumber == 3)
            sample.append(row.cells);
        return true;
    });
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!read) {
        std::fprintf(stderr, "%s\n", qPrintable(read.error().messageWithDetail()));
        return 1;
    }
    const double readPeak = peakMiB();
    std::printf("XlsxReader: %d rows x 6 columns (%.1f MiB file, %.1f MiB sheet XML): open "
                "(shared strings, styles) %.3f s, open + read %.3f s = %.0f rows/s; peak RSS "
                "%.1f MiB (%.1f MiB before opening); %lld characters\n",
                rows, double(QFileInfo(source).size()) / 1048576.0,
                double(reader.sheetBytesTotal()) / 1048576.0, openSeconds, readSeconds,
                double(readRows) / readSeconds, readPeak, baseline,
                static_cast<long long>(characters));
    for (const QStringList& cells : std::as_const(sample))
        std::printf("  sample: %s\n", qPrintable(cells.join(QStringLiteral(" | "))));
    reader.close();

    // The same rows back out through the writer, as a contact export would.
    const QString target = dir.filePath(QStringLiteral("export.xlsx"));
    XlsxReader again;
    if (!again.open(source).ok())
        return 1;
    XlsxWriter writer;
    if (!writer.open(target, QStringLiteral("Contacts")).ok())
        return 1;
    QList<QStringList> all;
    all.reserve(rows + 1);
    (void)again.readSheet(0, [&all](const SheetRow& row) {
        all.append(row.cells);
        return true;
    });
    again.close();
    resetPeak();
    timer.restart();
    bool header = true;
    for (const QStringList& cells : std::as_const(all)) {
        if (!writer.writeRow(cells, header).ok())
            return 1;
        header = false;
    }
    if (const Result<void> closed = writer.close(); !closed) {
        std::fprintf(stderr, "%s\n", qPrintable(closed.error().messageWithDetail()));
        return 1;
    }
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("XlsxWriter: %lld rows in %.3f s = %.0f rows/s, %.1f MiB file\n",
                static_cast<long long>(all.size()), writeSeconds, double(all.size()) / writeSeconds,
                double(QFileInfo(target).size()) / 1048576.0);
    return 0;
}
