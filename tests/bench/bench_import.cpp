// SPDX-License-Identifier: GPL-3.0-or-later
// Import of a 1,000,000-row CSV end to end (decode, parse, normalise, dedupe, insert) into a
// fresh database, with where the time goes and the peak memory. Usage:
//   bench_import [ROWS] [WORK_DIR]
//   bench_import --write-csv FILE [ROWS]   (only writes the file)
#include "BenchSupport.h"
#include "core/PhoneNormalizer.h"
#include "import/ContactImport.h"
#include "import/SpreadsheetReader.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace tuma;
using namespace tuma::bench;

namespace {

long peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Phones in the spellings real exports mix, plus five other columns: about 55 bytes a row.
void writeFixture(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(20261123);
    static const char* firstNames[] = {"Wanjiku", "Otieno",  "Akinyi", "Kamau", "Njeri",
                                       "Mwangi",  "Achieng", "Kiprop", "Amina", "Baraka"};
    static const char* branches[] = {"Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"};
    QByteArray out = "Phone,Name,Balance,Due Date,Branch,Email\n";
    out.reserve(5 << 20);
    char line[160];
    for (int i = 0; i < rows; ++i) {
        // Mostly Safaricom/Airtel 07xx, some of the newer 011x range, one in a hundred mistyped.
        const bool newRange = i % 7 == 3;
        const quint32 subscriber = newRange ? 10000000u + random.bounded(6000000u) // 110–115
                                            : random.bounded(100000000u);
        const char* prefix = newRange ? "1" : "7";
        int length = 0;
        switch (i % 5) {
        case 0:
            length
                = std::snprintf(line, sizeof line, "0%s%02u %03u %03u", prefix,
                                subscriber / 1000000, subscriber / 1000 % 1000, subscriber % 1000);
            break;
        case 1:
            length = std::snprintf(line, sizeof line, "+254%s%08u", prefix, subscriber);
            break;
        case 2:
            length = std::snprintf(line, sizeof line, "254%s%08u", prefix, subscriber);
            break;
        case 3:
            length = std::snprintf(line, sizeof line, "%s%08u", prefix, subscriber);
            break;
        default:
            length
                = std::snprintf(line, sizeof line, "0%s%02u-%03u-%03u", prefix,
                                subscriber / 1000000, subscriber / 1000 % 1000, subscriber % 1000);
            break;
        }
        if (i % 100 == 99)
            --length; // a digit short
        out.append(line, length);
        length = std::snprintf(line, sizeof line, ",%s %c,%u,2026-%02u-%02u,%s,c%d@mail.co\n",
                               firstNames[i % 10], 'A' + i % 26, random.bounded(50000u), 1 + i % 12,
                               1 + i % 28, branches[i % 5], i);
        out.append(line, length);
        if (out.size() > (4 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--write-csv") == 0) {
        // The same file for other benchmarks (bench_contacts).
        writeFixture(QString::fromLocal8Bit(argv[2]),
                     argc > 3 ? QByteArray(argv[3]).toInt() : 1000000);
        return 0;
    }
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir scratch(argc > 2
                              ? QString::fromLocal8Bit(argv[2]) + QStringLiteral("/bench-XXXXXX")
                              : QDir::tempPath() + QStringLiteral("/bench-XXXXXX"));
    const QString csv = scratch.filePath(QStringLiteral("contacts.csv"));
    writeFixture(csv, rows);
    std::printf("bench_import: %d rows, %.1f MB CSV\n", rows, double(QFile(csv).size()) / 1e6);

    // The real thing, end to end, on a fresh database: as `tuma-cli import` does it (one
    // pass, checking and writing at once), then as the wizard does (check, then write).
    const auto importOptions = [&csv] {
        auto reader = SpreadsheetReader::open(csv);
        ImportOptions options;
        options.region = QStringLiteral("KE");
        const QList<SheetRow> sample = reader.value()->firstRows(51).value();
        QList<QStringList> sampleRows;
        for (const SheetRow& row : sample)
            sampleRows.append(row.cells);
        const QStringList header = sampleRows.takeFirst();
        options.mapping = ImportMapping::guess(header, true, sampleRows, options.region);
        return options;
    };
    QElapsedTimer timer;
    QElapsedTimer total;
    total.start();
    ImportReport onePass;
    {
        auto database = Database::open(scratch.filePath(QStringLiteral("one-pass.db")));
        if (!database)
            qFatal("%s", qPrintable(database.error().messageWithDetail()));
        auto reader = SpreadsheetReader::open(csv);
        ContactImport job(importOptions());
        const Result<ImportReport> written = job.run(*database.value(), *reader.value());
        if (!written)
            qFatal("%s", qPrintable(written.error().messageWithDetail()));
        onePass = written.value();
    }
    const double onePassSeconds = seconds(total);
    const long onePassPeakKiB = peakRssKiB();

    total.restart();
    auto database = Database::open(scratch.filePath(QStringLiteral("two-steps.db")));
    if (!database)
        qFatal("%s", qPrintable(database.error().messageWithDetail()));
    auto reader = SpreadsheetReader::open(csv);
    ContactImport job(importOptions());
    timer.start();
    const Result<ImportReport> checked = job.validate(*database.value(), *reader.value());
    const double validate = seconds(timer);
    if (!checked)
        qFatal("%s", qPrintable(checked.error().messageWithDetail()));
    timer.restart();
    const Result<ImportReport> written = job.commit(*database.value());
    const double commit = seconds(timer);
    if (!written)
        qFatal("%s", qPrintable(written.error().messageWithDetail()));
    const double endToEnd = seconds(total);
    const ImportCounts& counts = written.value().counts;
    if (counts.imported != onePass.counts.imported || counts.invalid != onePass.counts.invalid
        || counts.duplicates != onePass.counts.duplicates)
        qFatal("one pass and two steps disagree");

    const long peakKiB = peakRssKiB();

    // Where the time goes, each part alone.
    timer.restart();
    {
        auto partReader = SpreadsheetReader::open(csv);
        qint64 cells = 0;
        (void)partReader.value()->read([&](const SheetRow& row) {
            cells += row.cells.size();
            return true;
        });
    }
    const double parseOnly = seconds(timer);

    QStringList phones;
    phones.reserve(rows);
    {
        auto partReader = SpreadsheetReader::open(csv);
        bool atHeader = true;
        (void)partReader.value()->read([&](const SheetRow& row) {
            if (!atHeader)
                phones.append(row.cells.first());
            atHeader = false;
            return true;
        });
    }
    timer.restart();
    const PhoneNormalizer normalizer(QStringLiteral("KE"));
    int valid = 0;
    for (const QString& phone : std::as_const(phones))
        valid += normalizer.normalize(phone).ok() ? 1 : 0;
    const double normalizeOnly = seconds(timer);
    phones.clear();
    phones.squeeze();

    std::printf("  parse only (decode + RFC 4180):     %6.2f s\n", parseOnly);
    std::printf("  normalise only (%d valid):     %6.2f s  (%.0f ns/number)\n", valid,
                normalizeOnly, normalizeOnly * 1e9 / rows);
    std::printf("one pass (tuma-cli import):\n");
    std::printf("  read, check and insert at once:     %6.2f s\n",
                onePass.timings.insertMs / 1000.0);
    std::printf("  rebuild indexes:                    %6.2f s\n",
                onePass.timings.indexMs / 1000.0);
    std::printf("  commit (WAL, fsync):                %6.2f s\n",
                onePass.timings.commitMs / 1000.0);
    std::printf("  end to end:                         %6.2f s  = %.0f rows/s, peak %.1f MB\n",
                onePassSeconds, rows / onePassSeconds, double(onePassPeakKiB) / 1024.0);
    std::printf("two steps (the import wizard):\n");
    std::printf("  validate (read, normalise, dedupe, existing): %6.2f s\n", validate);
    std::printf("  commit (insert, one transaction):   %6.2f s\n", commit);
    const ImportTimings& timings = written.value().timings;
    std::printf("    insert rows:                       %6.2f s\n", timings.insertMs / 1000.0);
    std::printf("    rebuild indexes:                   %6.2f s\n", timings.indexMs / 1000.0);
    std::printf("    commit (WAL, fsync):               %6.2f s\n", timings.commitMs / 1000.0);
    std::printf("  end to end:                         %6.2f s  = %.0f rows/s\n", endToEnd,
                rows / endToEnd);
    std::printf("  rows %lld: imported %lld, duplicates %lld, invalid %lld\n", counts.rows,
                counts.imported, counts.duplicates, counts.invalid);
    std::printf("  peak memory of both (VmHWM):        %6.1f MB\n", double(peakKiB) / 1024.0);
    return 0;
}
