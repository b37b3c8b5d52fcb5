// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactImport.h"

#include "CsvWriter.h"
#include "SpreadsheetReader.h"
#include "core/BoundedQueue.h"
#include "core/PhoneNormalizer.h"
#include "core/PhoneNumber.h"
#include "core/Regions.h"
#include "storage/AuditLog.h"
#include "storage/ContactBulkWriter.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <exception>
#include <optional>
#include <thread>
#include <utility>

namespace tuma {

namespace {

constexpr char kSeparator = '\x1f';
constexpr int kCheckEvery = 4096;
constexpr std::size_t kBatchRows = 4096;

// A staged row's values are the bulk writer's, in its order: first name, last name, email,
// groups, then the custom fields.
using Value = ContactBulkWriter::Value;

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Error cancelledError()
{
    return Error {QStringLiteral("cancelled"),
                  ContactImport::tr("The import was cancelled; nothing was changed."),
                  {}};
}

// The text as QString::simplified() would leave it, without a copy when it already is (the
// usual case); otherwise the simplified copy is kept in `scratch` for the view to point into.
QStringView simplifiedView(QStringView text, QStringList& scratch)
{
    const QStringView trimmed = text.trimmed();
    bool afterSpace = false;
    for (const QChar c : trimmed) {
        const bool space = c.isSpace();
        if (space && (afterSpace || c != u' ')) {
            scratch.append(trimmed.toString().simplified());
            return scratch.constLast();
        }
        afterSpace = space;
    }
    return trimmed;
}

// "Jane Wanjiku Otieno" -> Jane / Wanjiku Otieno; "Otieno, Jane" -> Jane / Otieno.
std::pair<QStringView, QStringView> splitName(QStringView name, QStringList& scratch)
{
    const qsizetype comma = name.indexOf(u',');
    if (comma > 0)
        return {simplifiedView(name.sliced(comma + 1), scratch),
                simplifiedView(name.first(comma), scratch)};
    const QStringView simplified = simplifiedView(name, scratch);
    const qsizetype space = simplified.indexOf(u' ');
    if (space < 0)
        return {simplified, {}};
    return {simplified.first(space), simplified.sliced(space + 1)};
}

// UTF-8 onto the end of `out`: plain ASCII byte by byte, anything else through Qt.
void appendUtf8(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char* to = out.data() + start;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            out.truncate(start);
            out.append(text.toUtf8());
            return;
        }
        *to++ = char(c.unicode());
    }
}

// The first row of each number: open addressing over the number's digits (never 0), a
// fraction of QHash's time and memory for a million numbers.
class FirstRows final
{
public:
    // The row the number was first seen on, or 0 when this is the first time (and it is
    // now remembered as `row`).
    qint64 seenOrAdd(quint64 phone, qint64 row)
    {
        if ((m_count + 1) * 10 > m_slots.size() * 7)
            grow();
        std::size_t at = slotOf(phone);
        while (m_slots[at].phone != 0) {
            if (m_slots[at].phone == phone)
                return m_slots[at].row;
            at = (at + 1) & (m_slots.size() - 1);
        }
        m_slots[at] = {phone, row};
        ++m_count;
        return 0;
    }

private:
    struct Slot
    {
        quint64 phone = 0;
        qint64 row = 0;
    };

    std::size_t slotOf(quint64 phone) const
    {
        return std::size_t((phone * 0x9E3779B97F4A7C15ull) >> m_shift);
    }

    void grow()
    {
        std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(m_slots.size() * 2));
        --m_shift;
        for (const Slot& slot : old) {
            if (slot.phone == 0)
                continue;
            std::size_t at = slotOf(slot.phone);
            while (m_slots[at].phone != 0)
                at = (at + 1) & (m_slots.size() - 1);
            m_slots[at] = slot;
        }
    }

    std::vector<Slot> m_slots = std::vector<Slot>(1024);
    int m_shift = 64 - 10;
    std::size_t m_count = 0;
};

} // namespace

ContactImport::ContactImport(ImportOptions options)
    : m_options(std::move(options))
{ }

ContactImport::~ContactImport() = default;

// A fresh start: the report cleared and the custom fields taken from the mapping.
Result<void> ContactImport::start()
{
    m_report = {};
    m_batches.clear();
    m_customKeys.clear();
    m_customKinds.clear();
    m_validated = false;
    QString problem;
    if (!m_options.mapping.isValid(&problem))
        return Error {QStringLiteral("no_phone_column"), problem, {}};
    for (const ColumnMapping& column : m_options.mapping.columns) {
        if (column.field == ImportField::Custom && !column.customKey.isEmpty()
            && !m_customKeys.contains(column.customKey))
            m_customKeys.append(column.customKey);
    }
    m_report.customFields = m_customKeys;
    return Result<void>();
}

Result<void> ContactImport::stage(SpreadsheetReader& reader,
                                  const std::function<bool(StagedBatch&&)>& accept,
                                  const Progress& progress, const std::atomic_bool* cancel)
{
    const ImportMapping& mapping = m_options.mapping;
    const int phoneColumn = mapping.columnOf(ImportField::Phone);
    const int firstColumn = mapping.columnOf(ImportField::FirstName);
    const int lastColumn = mapping.columnOf(ImportField::LastName);
    const int nameColumn = mapping.columnOf(ImportField::FullName);
    const int emailColumn = mapping.columnOf(ImportField::Email);
    const int groupColumn = mapping.columnOf(ImportField::Group);
    QList<int> customColumns; // in the order of m_customKeys: the first column of each key
    for (const QString& key : std::as_const(m_customKeys)) {
        for (qsizetype i = 0; i < mapping.columns.size(); ++i) {
            if (mapping.columns.at(i).field == ImportField::Custom
                && mapping.columns.at(i).customKey == key) {
                customColumns.append(int(i));
                break;
            }
        }
    }

    std::vector<std::optional<FieldKind>> columnKinds(std::size_t(customColumns.size()));
    const PhoneNormalizer normalizer(m_options.region);
    // The other markets, for numbers the region refuses: a Ghanaian "024 123 4567" in a
    // Kenyan file is a valid number of Ghana, and adding it as Kenyan would be wrong.
    std::vector<std::pair<QString, std::unique_ptr<PhoneNormalizer>>> otherMarkets;
    for (const QString& market : Regions::markets()) {
        if (market != m_options.region)
            otherMarkets.emplace_back(market, std::make_unique<PhoneNormalizer>(market));
    }
    const QString regionName = Regions::name(m_options.region);
    FirstRows firstRows;
    bool headerPending = mapping.hasHeader;
    ImportCounts& counts = m_report.counts;
    const auto emptyBatch = [] {
        StagedBatch batch;
        batch.rows.reserve(kBatchRows);
        batch.text.reserve(kBatchRows * 64);
        return batch;
    };
    StagedBatch batch = emptyBatch();
    bool accepting = true;
    // The row's values as views into its cells; `scratch` holds the few that had to change.
    std::vector<QStringView> values(Value::Custom + m_customKeys.size());
    QStringList scratch;

    const auto reject = [&](const SheetRow& row, const QString& code, const QString& reason,
                            const QString& otherRegion = {}) {
        ++m_report.reasonCounts[code];
        if (m_report.rejected.size() < kMaxKeptRejects)
            m_report.rejected.append({row.rowNumber, row.cells, code, reason, otherRegion});
    };
    // A cell of the row, trimmed; a trim worth mentioning counts as a warning.
    bool rowWarned = false;
    const auto cell = [&](const SheetRow& row, int column) -> QStringView {
        if (column < 0 || column >= row.cells.size())
            return {};
        const QStringView raw = row.cells.at(column);
        QStringView trimmed = raw.trimmed();
        if (trimmed.size() != raw.size())
            rowWarned = true;
        // CsvWriter's guard against formulas ("'=…", "'+…") comes off again.
        if (trimmed.size() > 1 && trimmed.front() == u'\''
            && QStringView(u"=+-@").contains(trimmed.at(1)))
            trimmed = trimmed.sliced(1);
        // The staged values' own separator cannot be part of one.
        if (trimmed.contains(QChar(u'\x1f'))) {
            scratch.append(trimmed.toString().replace(QChar(u'\x1f'), u' '));
            return scratch.constLast();
        }
        return trimmed;
    };

    const auto visit = [&](const SheetRow& row) {
        if ((counts.rows & (kCheckEvery - 1)) == 0 && cancelled(cancel))
            return false;
        if (headerPending) {
            headerPending = false;
            m_report.header = row.cells;
            return true;
        }
        ++counts.rows;
        const QString phoneCell = PhoneNumber::fromCell(row.cells.value(phoneColumn));
        Result<QString> phone = normalizer.normalize(phoneCell);
        QString otherRegion;
        bool otherCountry = false;
        // Numbers the region refuses, or knows only as a landline ("020 123 4567" is one in
        // Nairobi and a mobile in Accra: the reason says both).
        const bool landline = !phone && phone.error().code == QLatin1String("not_mobile");
        if (!phone && (landline || PhoneNumber::isForceable(phone.error().code))) {
            QStringList markets;
            QStringList readings;
            for (const auto& [market, other] : otherMarkets) {
                if (std::optional<QString> foreign = other->nationalMobile(phoneCell)) {
                    markets.append(market);
                    readings.append(std::move(*foreign));
                }
            }
            otherCountry = !markets.isEmpty();
            if (markets.size() == 1) {
                otherRegion = markets.constFirst();
                const QString& foreign = readings.constFirst();
                ++m_report.otherCountries[otherRegion];
                if (m_options.otherRegions.contains(otherRegion))
                    phone = foreign;
                else if (landline)
                    phone = Error {QStringLiteral("not_mobile"), // a landline here first
                                   tr("%1 is a landline in %4 (no SMS), or a mobile number of %2 "
                                      "(%3).")
                                       .arg(phoneCell.trimmed(), Regions::name(otherRegion),
                                            foreign, regionName),
                                   {}};
                else
                    phone = Error {QStringLiteral("other_country"),
                                   tr("%1 is a mobile number of %2 (%3), not of %4.")
                                       .arg(phoneCell.trimmed(), Regions::name(otherRegion),
                                            foreign, regionName),
                                   {}};
            } else if (markets.size() > 1) {
                // 0772 123 456 is written the same way in Kenya and in Uganda: which one is
                // for the file to say, with the country code.
                QStringList names;
                for (const QString& market : std::as_const(markets))
                    names.append(Regions::name(market));
                const QString reason
                    = tr("%1 is a mobile number in %2, written the way they all write them: "
                         "write it with its country code (such as %3).")
                          .arg(phoneCell.trimmed(), names.join(tr(" or ")), readings.constFirst());
                phone = Error {landline ? QStringLiteral("not_mobile")
                                        : QStringLiteral("other_country"),
                               landline ? tr("%1 is a landline in %2 (no SMS).")
                                              .arg(phoneCell.trimmed(), regionName)
                                       + u' ' + reason
                                        : reason,
                               {}};
            }
        }
        // Forcing completes a number with the region's code: never one of another country.
        if (!phone && !otherCountry && m_options.forcedRows.contains(row.rowNumber)
            && PhoneNumber::isForceable(phone.error().code))
            phone = PhoneNumber::forced(phoneCell, m_options.region);
        if (!phone) {
            ++counts.invalid;
            reject(row, phone.error().code, phone.error().message, otherRegion);
            return true;
        }
        const quint64 digits = QStringView(phone.value()).mid(1).toULongLong();
        // E.164 has 7 to 15 digits and none starts with 0: the tables below use 0 as empty.
        Q_ASSERT(digits != 0);
        if (const qint64 firstRow = firstRows.seenOrAdd(digits, row.rowNumber)) {
            ++counts.duplicates;
            reject(row, QStringLiteral("duplicate"),
                   tr("%1 is already on line %2; the first one is kept.")
                       .arg(phone.value())
                       .arg(firstRow));
            return true;
        }

        rowWarned = false;
        scratch.clear();
        values[Value::FirstName] = cell(row, firstColumn);
        values[Value::LastName] = cell(row, lastColumn);
        if (nameColumn >= 0) {
            const auto [first, last] = splitName(cell(row, nameColumn), scratch);
            if (values[Value::FirstName].isEmpty())
                values[Value::FirstName] = first;
            if (values[Value::LastName].isEmpty())
                values[Value::LastName] = last;
            if (!last.isEmpty())
                rowWarned = true;
        }
        values[Value::Email] = cell(row, emailColumn);
        values[Value::Groups] = cell(row, groupColumn);
        for (qsizetype i = 0; i < customColumns.size(); ++i) {
            const QStringView value = cell(row, customColumns.at(i));
            values[std::size_t(Value::Custom + i)] = value;
            // A column stays a number or a date while every value is one.
            std::optional<FieldKind>& kind = columnKinds[std::size_t(i)];
            if (kind == FieldKind::Text)
                continue;
            if (const std::optional<FieldKind> next = ContactStore::valueKind(value))
                kind = !kind || *kind == *next ? *next : FieldKind::Text;
        }
        if (rowWarned)
            ++counts.warnings;

        StagedRow staged;
        staged.phone = digits;
        staged.rowNumber = row.rowNumber;
        staged.textOffset = batch.text.size();
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                batch.text.append(kSeparator);
            appendUtf8(batch.text, values[i]);
        }
        staged.textLength = batch.text.size() - staged.textOffset;
        batch.rows.push_back(staged);
        if (batch.rows.size() == kBatchRows) {
            accepting = accept(std::move(batch));
            batch = emptyBatch();
        }
        return accepting;
    };
    Result<void> read = reader.read(visit, progress);
    if (!read)
        return read.error();
    if (cancelled(cancel))
        return cancelledError();
    if (!accepting)
        return Result<void>(); // the receiver stopped, and says why
    if (headerPending || counts.rows == 0)
        return Error {QStringLiteral("empty_file"),
                      mapping.hasHeader && !headerPending
                          ? tr("The file has a header row but no data rows.")
                          : tr("The file has no rows to import."),
                      {}};
    if (!batch.rows.empty())
        accept(std::move(batch));
    for (qsizetype i = 0; i < customColumns.size(); ++i) {
        if (const std::optional<FieldKind> kind = columnKinds[std::size_t(i)])
            m_customKinds.insert(m_customKeys.at(i), *kind);
    }
    return Result<void>();
}

Result<ImportReport> ContactImport::validate(const Database& database, SpreadsheetReader& reader,
                                             const Progress& progress,
                                             const std::atomic_bool* cancel)
{
    if (Result<void> started = start(); !started)
        return started.error();
    QElapsedTimer phase;
    phase.start();
    Result<void> staged = stage(
        reader,
        [this](StagedBatch&& batch) {
            batch.text.squeeze(); // kept until the commit: no room reserved for longer rows
            m_batches.push_back(std::move(batch));
            return true;
        },
        [&progress](double fraction) {
            if (progress)
                progress(fraction * 0.95);
        },
        cancel);
    if (!staged)
        return staged.error();
    m_report.timings.readMs = phase.restart();
    if (Result<void> marked = markExisting(database, cancel); !marked)
        return marked.error();
    countOutcomes();
    m_report.timings.existingMs = phase.restart();
    if (progress)
        progress(1.0);
    m_validated = true;
    return m_report;
}

qint64 ContactImport::stagedRows() const
{
    qint64 rows = 0;
    for (const StagedBatch& batch : m_batches)
        rows += qint64(batch.rows.size());
    return rows;
}

void ContactImport::countOutcomes()
{
    ImportCounts& counts = m_report.counts;
    counts.imported = counts.updated = counts.existing = 0;
    for (const StagedBatch& batch : m_batches) {
        for (const StagedRow& staged : batch.rows) {
            if (!staged.exists)
                ++counts.imported;
            else if (m_options.onExisting == ImportOptions::OnExisting::Update)
                ++counts.updated;
            else
                ++counts.existing;
        }
    }
}

void ContactImport::setCommitChoices(ImportOptions::OnExisting onExisting, const QString& groupName)
{
    m_options.onExisting = onExisting;
    m_options.groupName = groupName;
    countOutcomes();
}

Result<void> ContactImport::markExisting(const Database& database, const std::atomic_bool* cancel)
{
    const Result<qint64> counted = ContactBulkWriter::savedCount(database);
    if (!counted)
        return counted.error();
    const qint64 stored = counted.value();
    m_storedCount = stored;
    const qint64 rows = stagedRows();
    if (stored == 0 || rows == 0)
        return Result<void>();

    if (stored <= rows * 2) {
        // Fewer contacts than rows (or about as many): read every number once.
        QSet<quint64> existing;
        existing.reserve(stored);
        if (Result<void> read = ContactBulkWriter::visitSaved(
                database, [&existing](quint64 phone, qint64) { existing.insert(phone); });
            !read)
            return read;
        for (StagedBatch& batch : m_batches) {
            for (StagedRow& staged : batch.rows)
                staged.exists = existing.contains(staged.phone);
        }
        return Result<void>();
    }
    // Many more contacts than rows: look each number up.
    ContactBulkWriter::Lookup lookup(database);
    qint64 done = 0;
    for (StagedBatch& batch : m_batches) {
        for (StagedRow& staged : batch.rows) {
            if ((++done & (kCheckEvery - 1)) == 0 && cancelled(cancel))
                return cancelledError();
            staged.exists = lookup.isSaved(staged.phone);
        }
    }
    return Result<void>();
}

Result<ImportReport> ContactImport::commit(const Database& database, const Progress& progress,
                                           const std::atomic_bool* cancel)
{
    if (!m_validated)
        return Error {
            QStringLiteral("not_validated"), tr("The file has not been checked yet."), {}};
    ContactBulkWriter writer(database, writerOptions(cancel));
    const ImportCounts& checked = m_report.counts;
    if (Result<void> begun = writer.begin(checked.imported >= ContactBulkWriter::rebuildIndexesFrom
                                          && checked.imported >= m_storedCount);
        !begun)
        return begun.error();
    // Building the indexes takes about as long as writing the rows.
    const double writeShare = writer.rebuildsIndexes() ? 0.5 : 1.0;
    QElapsedTimer phase;
    phase.start();
    const qint64 total = qMax<qint64>(1, stagedRows());
    qint64 done = 0;
    for (const StagedBatch& batch : m_batches) {
        if (cancelled(cancel))
            return cancelledError();
        if (Result<void> written = write(writer, batch); !written)
            return written.error();
        done += qint64(batch.rows.size());
        if (progress)
            progress(writeShare * double(done) / double(total));
    }
    m_report.timings.insertMs = phase.elapsed();
    return finish(writer, progress, writeShare);
}

Result<ImportReport> ContactImport::run(const Database& database, SpreadsheetReader& reader,
                                        const Progress& progress, const std::atomic_bool* cancel)
{
    // One pass holds the write lock while the whole file is read: fine for text, which reads
    // at about a million rows a second, not for a workbook's slower XML (other writers, such
    // as a sending campaign, would wait). A workbook is checked first, then written.
    if (reader.isWorkbook()) {
        const auto part = [&progress](double from, double to) -> Progress {
            return [&progress, from, to](double fraction) {
                if (progress)
                    progress(from + (to - from) * fraction);
            };
        };
        if (Result<ImportReport> checked = validate(database, reader, part(0.0, 0.5), cancel);
            !checked)
            return checked;
        return commit(database, part(0.5, 1.0), cancel);
    }
    if (Result<void> started = start(); !started)
        return started.error();
    ContactBulkWriter writer(database, writerOptions(cancel));
    if (Result<void> begun = writer.begin(false); !begun)
        return begun.error();

    QElapsedTimer phase;
    phase.start();
    BoundedQueue<StagedBatch> queue;
    std::atomic<double> readFraction = 0.0;
    Result<void> staged;
    std::exception_ptr checkerFailed; // thrown on that thread, thrown again on this one
    std::thread checker([&] {
        const auto closeQueue = qScopeGuard([&] { queue.close(); });
        try {
            staged = stage(
                reader, [&queue](StagedBatch&& batch) { return queue.push(std::move(batch)); },
                [&readFraction](double fraction) { readFraction.store(fraction); }, cancel);
        } catch (...) {
            checkerFailed = std::current_exception();
        }
    });
    auto joinChecker = qScopeGuard([&] {
        queue.abandon();
        checker.join();
    });
    // Reading and writing share the time; the indexes, if any, take the rest.
    constexpr double kWriteShare = 0.6;
    Result<void> written;
    while (std::optional<StagedBatch> batch = queue.pop()) {
        if (cancelled(cancel))
            break;
        written = write(writer, *batch);
        if (!written)
            break;
        if (progress)
            progress(kWriteShare * readFraction.load());
    }
    queue.abandon();
    checker.join();
    joinChecker.dismiss();
    if (checkerFailed)
        std::rethrow_exception(checkerFailed);
    if (!written)
        return written.error();
    if (cancelled(cancel))
        return cancelledError();
    if (!staged)
        return staged.error();
    m_report.timings.readMs = m_report.timings.insertMs = phase.elapsed();

    return finish(writer, progress, kWriteShare);
}

ContactBulkWriter::Options ContactImport::writerOptions(const std::atomic_bool* cancel) const
{
    ContactBulkWriter::Options options;
    options.updateExisting = m_options.onExisting == ImportOptions::OnExisting::Update;
    options.groupName = m_options.groupName;
    options.customKeys = m_customKeys;
    options.cancel = cancel;
    return options;
}

Result<void> ContactImport::write(ContactBulkWriter& writer, const StagedBatch& batch)
{
    QList<QByteArrayView> values;
    for (const StagedRow& staged : batch.rows) {
        values.clear();
        const QByteArrayView text(batch.text.constData() + staged.textOffset, staged.textLength);
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i == text.size() || text[i] == kSeparator) {
                values.append(text.sliced(start, i - start));
                start = i + 1;
            }
        }
        if (Result<void> written = writer.write(staged.phone, staged.exists, values); !written)
            return written;
    }
    return Result<void>();
}

// The rows are in: the outcomes join the checks' counts, and the writer commits them with
// the fields they use and the audit entry.
Result<ImportReport> ContactImport::finish(ContactBulkWriter& writer, const Progress& progress,
                                           double from)
{
    ImportCounts counts = m_report.counts;
    counts.imported = writer.outcomes().imported;
    counts.updated = writer.outcomes().updated;
    counts.existing = writer.outcomes().existing;
    const auto record = [&]() -> Result<void> {
        if (Result<void> registered
            = ContactStore(writer.database()).registerFields(m_customKeys, m_customKinds);
            !registered)
            return registered.error();
        return AuditLog(writer.database())
            .record(QStringLiteral("contacts.import"), m_options.groupName,
                    {{QStringLiteral("rows"), counts.rows},
                     {QStringLiteral("imported"), counts.imported},
                     {QStringLiteral("updated"), counts.updated},
                     {QStringLiteral("existing"), counts.existing},
                     {QStringLiteral("duplicates"), counts.duplicates},
                     {QStringLiteral("invalid"), counts.invalid}});
    };
    if (Result<void> finished = writer.finish(progress, from, record); !finished)
        return finished.error();
    m_report.counts = counts;
    m_report.timings.indexMs = writer.indexMs();
    m_report.timings.commitMs = writer.commitMs();
    if (progress)
        progress(1.0);
    m_report.committed = true;
    return m_report;
}

Result<void> ContactImport::writeRejects(const ImportReport& report, const QString& path)
{
    CsvWriter writer;
    if (Result<void> opened = writer.open(path); !opened)
        return opened;
    return writeRejects(report, writer);
}

Result<void> ContactImport::writeRejects(const ImportReport& report, CsvWriter& writer)
{
    // The contract's column names, in every language.
    QStringList header {QStringLiteral("line"), QStringLiteral("reason")};
    header += report.header;
    writer.writeRow(header);
    for (const RejectedRow& row : report.rejected)
        writer.writeRow(QStringList {QString::number(row.rowNumber), row.reason} + row.cells);
    return writer.commit();
}

} // namespace tuma
