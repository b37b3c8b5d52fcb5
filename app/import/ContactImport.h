// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportMapping.h"
#include "core/Result.h"
#include "storage/ContactBulkWriter.h"
#include "storage/ContactStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace tuma {

class CsvWriter;
class Database;
class SpreadsheetReader;

struct ImportOptions
{
    enum class OnExisting { Skip, Update };

    QString region = QStringLiteral("KE");
    ImportMapping mapping;
    OnExisting onExisting = OnExisting::Skip;
    QString groupName; // every row of the file joins this group (created when missing)
    QSet<qint64> forcedRows; // rows whose number is taken as typed (see PhoneNumber::forced)
    // Numbers `region` refuses that are mobile numbers of one of these markets, written the
    // way its people write them, are imported as that country's (the user accepted the
    // report's offer); otherwise they are rejected as "other_country" (or "not_mobile" when
    // the region knows them as landlines), and never forced.
    QStringList otherRegions;
};

// A row the import leaves out, and why.
struct RejectedRow
{
    qint64 rowNumber = 0;
    QStringList cells;
    QString code; // empty, not_a_number, too_short, too_long, invalid, unknown_country,
                  // not_mobile, scientific_notation, other_country, duplicate
    QString reason;
    // The market that reads the number as its mobile number ("GH"): for other_country, and
    // for a not_mobile landline that is also another market's mobile number.
    QString otherRegion;
};

struct ImportCounts
{
    qint64 rows = 0; // data rows: header and blank lines excluded
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 existing = 0;
    qint64 duplicates = 0;
    qint64 invalid = 0;
    qint64 warnings = 0;
};

// Where an import's time went, for the benchmark and the logs.
struct ImportTimings
{
    qint64 readMs = 0; // decode, parse, normalise, dedupe
    qint64 existingMs = 0; // numbers already saved
    qint64 insertMs = 0; // rows and memberships
    qint64 indexMs = 0; // indexes rebuilt after a large import, fields, audit
    qint64 commitMs = 0;
};

struct ImportReport
{
    ImportCounts counts;
    // Invalid and duplicate rows in file order, with their cells; at most kMaxKeptRejects
    // (the counts are always complete).
    QList<RejectedRow> rejected;
    QHash<QString, qint64> reasonCounts;
    // By market ("GH"): rows whose number `region` refuses but that market reads as a mobile
    // number. Imported when the market is in ImportOptions::otherRegions, else rejected.
    QHash<QString, qint64> otherCountries;
    QStringList header;
    QStringList customFields;
    ImportTimings timings;
    bool committed = false;
};

// An import in two steps: validate() reads the whole file and decides the fate of every row
// without writing; commit() then writes the accepted rows in one transaction, so a cancelled
// or failed import leaves the database exactly as it was. run() does both in one pass for a
// caller that needs no look at the report first. Runs on a worker thread with its own
// Database; `cancel` is checked as it goes.
class ContactImport final
{
    Q_DECLARE_TR_FUNCTIONS(ContactImport)

public:
    static constexpr int kMaxKeptRejects = 100000;

    explicit ContactImport(ImportOptions options);
    ~ContactImport();
    Q_DISABLE_COPY_MOVE(ContactImport)

    using Progress = std::function<void(double fraction)>;

    // Both steps take the calling thread's own connection to the same database.
    Result<ImportReport> validate(const Database& database, SpreadsheetReader& reader,
                                  const Progress& progress = {},
                                  const std::atomic_bool* cancel = nullptr);
    Result<ImportReport> commit(const Database& database, const Progress& progress = {},
                                const std::atomic_bool* cancel = nullptr);
    // Both at once (tuma-cli import): a second thread reads and checks the file while this
    // one writes what it accepted. Still one transaction: all or nothing. A workbook (slow
    // to read, and the write lock would be held meanwhile) is validated, then committed.
    Result<ImportReport> run(const Database& database, SpreadsheetReader& reader,
                             const Progress& progress = {},
                             const std::atomic_bool* cancel = nullptr);

    const ImportReport& report() const { return m_report; }
    // What the user decides after seeing the report: changes the counts, not the checks.
    void setCommitChoices(ImportOptions::OnExisting onExisting, const QString& groupName);

    // The rejected rows as CSV (UTF-8 with BOM): the file's own columns plus line and reason.
    static Result<void> writeRejects(const ImportReport& report, const QString& path);
    // Into a writer already open (and committed here).
    static Result<void> writeRejects(const ImportReport& report, CsvWriter& writer);

private:
    struct StagedRow
    {
        quint64 phone = 0; // E.164 digits
        qint64 rowNumber = 0;
        qsizetype textOffset = 0; // values in the batch's text, separated by kSeparator
        qsizetype textLength = 0;
        bool exists = false;
    };
    // Accepted rows a few thousand at a time, their values in one buffer.
    struct StagedBatch
    {
        std::vector<StagedRow> rows;
        QByteArray text;
    };

    Result<void> start();
    // Reads and checks every row, handing the accepted ones to `accept` in batches (which
    // returns false to stop the reading).
    Result<void> stage(SpreadsheetReader& reader, const std::function<bool(StagedBatch&&)>& accept,
                       const Progress& progress, const std::atomic_bool* cancel);
    ContactBulkWriter::Options writerOptions(const std::atomic_bool* cancel) const;
    // The batch's rows, their values split out, through the writer.
    Result<void> write(ContactBulkWriter& writer, const StagedBatch& batch);
    Result<ImportReport> finish(ContactBulkWriter& writer, const Progress& progress, double from);
    Result<void> markExisting(const Database& database, const std::atomic_bool* cancel);
    void countOutcomes();
    qint64 stagedRows() const;

    ImportOptions m_options;
    ImportReport m_report;
    std::vector<StagedBatch> m_batches;
    QStringList m_customKeys; // custom fields in the order their values are staged
    QHash<QString, FieldKind> m_customKinds; // what their values were, where any had a value
    qint64 m_storedCount = 0; // contacts in the database when validated
    bool m_validated = false;
};

} // namespace tuma
