// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactImport.h"

#include "CsvWriter.h"
#include "SpreadsheetReader.h"
#include "core/PhoneNormalizer.h"
#include "core/PhoneNumber.h"
#include "storage/AuditLog.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>
#include <utility>

namespace tuma {

namespace {

constexpr char kSeparator = '\x1f';
constexpr int kCheckEvery = 4096;
// Page cache for the import's transaction: large enough that the phone index stays in
// memory while a million rows go in, small enough for the memory target.
constexpr int kImportCacheKiB = 96 * 1024;
constexpr qint64 kRebuildIndexesFrom = 50000;

// Fixed positions of the staged values; custom fields follow.
enum StagedValue { First, Last, Email, Groups, CustomStart };

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

void appendJsonString(QByteArray& out, QByteArrayView text)
{
    out.append('"');
    for (const char c : text) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                out.append(escaped);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
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

// RAII for the import's write transaction and its temporary cache size.
class SqliteStatement final
{
public:
    SqliteStatement(sqlite3* db, const char* sql)
    {
        sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    sqlite3_stmt* get() const { return m_stmt; }
    explicit operator bool() const { return m_stmt != nullptr; }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

void bindText(sqlite3_stmt* stmt, int index, QByteArrayView text)
{
    sqlite3_bind_text(stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
}

} // namespace

ContactImport::ContactImport(ImportOptions options)
    : m_options(std::move(options))
{ }

ContactImport::~ContactImport() = default;

Result<ImportReport> ContactImport::validate(const Database& database, SpreadsheetReader& reader,
                                             const Progress& progress,
                                             const std::atomic_bool* cancel)
{
    m_report = {};
    m_staged.clear();
    m_text.clear();
    m_customKeys.clear();
    m_validated = false;

    const ImportMapping& mapping = m_options.mapping;
    QString problem;
    if (!mapping.isValid(&problem))
        return Error {QStringLiteral("no_phone_column"), problem, {}};

    const int phoneColumn = mapping.columnOf(ImportField::Phone);
    const int firstColumn = mapping.columnOf(ImportField::FirstName);
    const int lastColumn = mapping.columnOf(ImportField::LastName);
    const int nameColumn = mapping.columnOf(ImportField::FullName);
    const int emailColumn = mapping.columnOf(ImportField::Email);
    const int groupColumn = mapping.columnOf(ImportField::Group);
    QList<int> customColumns;
    for (qsizetype i = 0; i < mapping.columns.size(); ++i) {
        const ColumnMapping& column = mapping.columns.at(i);
        if (column.field == ImportField::Custom && !column.customKey.isEmpty()
            && !m_customKeys.contains(column.customKey)) {
            m_customKeys.append(column.customKey);
            customColumns.append(int(i));
        }
    }
    m_report.customFields = m_customKeys;

    QElapsedTimer phase;
    phase.start();
    const PhoneNormalizer normalizer(m_options.region);
    FirstRows firstRows;
    bool headerPending = mapping.hasHeader;
    ImportCounts& counts = m_report.counts;
    // The staged text is about the file's size; rows about a twentieth of it. Reserving spares
    // copies of a growing arena (an .xlsx, compressed, grows past it as it must).
    const qint64 fileSize = QFileInfo(reader.path()).size();
    m_text.reserve(qMin(fileSize, qint64(1) << 30));
    m_staged.reserve(std::size_t(qMin(fileSize / 20, qint64(1) << 26)));
    // The row's values as views into its cells; `scratch` holds the few that had to change.
    std::vector<QStringView> values(CustomStart + m_customKeys.size());
    QStringList scratch;

    const auto reject = [&](const SheetRow& row, const QString& code, const QString& reason) {
        ++m_report.reasonCounts[code];
        if (m_report.rejected.size() < kMaxKeptRejects)
            m_report.rejected.append({row.rowNumber, row.cells, code, reason});
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

    Result<void> read = reader.read(
        [&](const SheetRow& row) {
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
            if (!phone && m_options.forcedRows.contains(row.rowNumber)
                && PhoneNumber::isForceable(phone.error().code))
                phone = PhoneNumber::forced(phoneCell, m_options.region);
            if (!phone) {
                ++counts.invalid;
                reject(row, phone.error().code, phone.error().message);
                return true;
            }
            const quint64 digits = QStringView(phone.value()).mid(1).toULongLong();
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
            values[First] = cell(row, firstColumn);
            values[Last] = cell(row, lastColumn);
            if (nameColumn >= 0) {
                const auto [first, last] = splitName(cell(row, nameColumn), scratch);
                if (values[First].isEmpty())
                    values[First] = first;
                if (values[Last].isEmpty())
                    values[Last] = last;
                if (!last.isEmpty())
                    rowWarned = true;
            }
            values[Email] = cell(row, emailColumn);
            values[Groups] = cell(row, groupColumn);
            for (qsizetype i = 0; i < customColumns.size(); ++i)
                values[std::size_t(CustomStart + i)] = cell(row, customColumns.at(i));
            if (rowWarned)
                ++counts.warnings;

            StagedRow staged;
            staged.phone = digits;
            staged.rowNumber = row.rowNumber;
            staged.textOffset = m_text.size();
            for (std::size_t i = 0; i < values.size(); ++i) {
                if (i > 0)
                    m_text.append(kSeparator);
                appendUtf8(m_text, values[i]);
            }
            staged.textLength = m_text.size() - staged.textOffset;
            m_staged.push_back(staged);
            return true;
        },
        [&](double fraction) {
            if (progress)
                progress(fraction * 0.95);
        });
    if (!read)
        return read.error();
    if (cancelled(cancel))
        return cancelledError();
    if (headerPending || counts.rows == 0)
        return Error {QStringLiteral("empty_file"),
                      mapping.hasHeader && !headerPending
                          ? tr("The file has a header row but no data rows.")
                          : tr("The file has no rows to import."),
                      {}};

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

void ContactImport::countOutcomes()
{
    ImportCounts& counts = m_report.counts;
    counts.imported = counts.updated = counts.existing = 0;
    for (const StagedRow& staged : m_staged) {
        if (!staged.exists)
            ++counts.imported;
        else if (m_options.onExisting == ImportOptions::OnExisting::Update)
            ++counts.updated;
        else
            ++counts.existing;
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
    QSqlQuery countQuery(database.connection());
    if (!countQuery.exec(QStringLiteral("SELECT count(*) FROM contacts")) || !countQuery.next())
        return Error {QStringLiteral("storage_failed"), tr("Could not read the contacts."),
                      countQuery.lastError().text()};
    const qint64 stored = countQuery.value(0).toLongLong();
    m_storedCount = stored;
    if (stored == 0 || m_staged.empty())
        return Result<void>();

    sqlite3* db = Database::nativeHandle(database.connection());
    if (stored <= qint64(m_staged.size()) * 2) {
        // Fewer contacts than rows (or about as many): read every number once.
        QSet<quint64> existing;
        existing.reserve(stored);
        SqliteStatement all(db, "SELECT phone FROM contacts");
        while (sqlite3_step(all.get()) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(all.get(), 0));
            if (text && text[0] == '+')
                existing.insert(std::strtoull(text + 1, nullptr, 10));
        }
        for (StagedRow& staged : m_staged)
            staged.exists = existing.contains(staged.phone);
        return Result<void>();
    }
    // Many more contacts than rows: look each number up.
    SqliteStatement lookup(db, "SELECT 1 FROM contacts WHERE phone = ?");
    char phone[24];
    qint64 done = 0;
    for (StagedRow& staged : m_staged) {
        if ((++done & (kCheckEvery - 1)) == 0 && cancelled(cancel))
            return cancelledError();
        const int length = std::snprintf(phone, sizeof phone, "+%llu",
                                         static_cast<unsigned long long>(staged.phone));
        sqlite3_bind_text(lookup.get(), 1, phone, length, SQLITE_STATIC);
        staged.exists = sqlite3_step(lookup.get()) == SQLITE_ROW;
        sqlite3_reset(lookup.get());
    }
    return Result<void>();
}

Result<ImportReport> ContactImport::commit(const Database& database, const Progress& progress,
                                           const std::atomic_bool* cancel)
{
    if (!m_validated)
        return Error {
            QStringLiteral("not_validated"), tr("The file has not been checked yet."), {}};
    QSqlDatabase connection = database.connection();
    sqlite3* db = Database::nativeHandle(connection);
    if (!db)
        return Error {QStringLiteral("storage_failed"), tr("Could not write the contacts."),
                      tr("not an SQLite connection")};

    const auto sqliteError = [db]() {
        return Error {QStringLiteral("storage_failed"),
                      tr("Could not write the contacts; nothing was imported."),
                      QString::fromUtf8(sqlite3_errmsg(db))};
    };
    // A large import into a small table (a first import, typically) drops every index of
    // contacts, the phone index too, appends the rows and builds the indexes again by sorting:
    // many times cheaper than a million insertions in file order into each of them. It stays
    // in the transaction, so a failure or Cancel still leaves the table as it was.
    const bool bulk = m_report.counts.imported >= kRebuildIndexesFrom
        && m_report.counts.imported >= m_storedCount;

    // A bulk import works best with SQLite's small default cache (its pages are written once,
    // and the index sorter runs in memory-sized chunks on two threads); row-by-row insertion
    // into large indexes needs them in memory.
    QSqlQuery pragma(connection);
    const auto readPragma = [&pragma](const QString& name, int fallback) {
        return pragma.exec(QStringLiteral("PRAGMA ") + name) && pragma.next()
            ? pragma.value(0).toInt()
            : fallback;
    };
    const int previousCache = readPragma(QStringLiteral("cache_size"), -2000);
    const int previousCheckpoint = readPragma(QStringLiteral("wal_autocheckpoint"), 1000);
    pragma.finish();
    if (!bulk)
        pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKiB));
    // The commit itself only appends to the write-ahead log; copying the log into the database
    // is left to the checkpointer (or the last connection's close), off the import's path.
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    const auto restorePragmas = qScopeGuard([&] {
        pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCache));
        pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(previousCheckpoint));
    });

    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError();
    bool finished = false;
    const ImportCounts countsBefore = m_report.counts;
    const auto rollback = qScopeGuard([&] {
        if (!finished) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            m_report.counts = countsBefore;
        }
    });

    GroupStore groups(database);
    QHash<QString, qint64> groupIds; // by lower-case name
    const auto groupId = [&](const QString& name) -> Result<qint64> {
        const QString key = name.toLower();
        if (const auto found = groupIds.constFind(key); found != groupIds.cend())
            return found.value();
        Result<GroupSummary> group = groups.findOrCreate(name);
        if (!group)
            return group.error();
        groupIds.insert(key, group.value().id);
        return group.value().id;
    };
    qint64 fileGroup = 0;
    if (!m_options.groupName.trimmed().isEmpty()) {
        Result<qint64> id = groupId(m_options.groupName.trimmed());
        if (!id)
            return id.error();
        fileGroup = id.value();
    }

    // In bulk, the numbers saved now (under the write lock: a contact added by hand since
    // validation counts) with their ids, read before the phone index goes; the rows are then
    // matched to them here, not by the index.
    QHash<quint64, qint64> savedIds;
    QList<QByteArray> rebuildIndexes;
    if (bulk) {
        SqliteStatement saved(db, "SELECT id, phone FROM contacts");
        if (!saved)
            return sqliteError();
        while (sqlite3_step(saved.get()) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(saved.get(), 1));
            if (text && text[0] == '+')
                savedIds.insert(std::strtoull(text + 1, nullptr, 10),
                                sqlite3_column_int64(saved.get(), 0));
        }
        // Their definitions come from the schema itself.
        SqliteStatement indexes(db,
                                "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                "AND tbl_name = 'contacts' AND sql IS NOT NULL");
        QList<QByteArray> names;
        while (sqlite3_step(indexes.get()) == SQLITE_ROW) {
            names.append(reinterpret_cast<const char*>(sqlite3_column_text(indexes.get(), 0)));
            rebuildIndexes.append(
                reinterpret_cast<const char*>(sqlite3_column_text(indexes.get(), 1)));
        }
        for (const QByteArray& name : std::as_const(names)) {
            if (sqlite3_exec(db, ("DROP INDEX \"" + name + "\"").constData(), nullptr, nullptr,
                             nullptr)
                != SQLITE_OK)
                return sqliteError();
        }
    }

    // Row by row, a number saved since validation (by hand, say) is taken as existing, not an
    // error; in bulk the phone index is gone and the match above has already told.
    SqliteStatement insert(db,
                           bulk ? "INSERT INTO contacts (phone, first_name, last_name, email, "
                                  "fields, created_at, updated_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
                                : "INSERT INTO contacts (phone, first_name, last_name, email, "
                                  "fields, created_at, updated_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) "
                                  "ON CONFLICT (phone) DO NOTHING");
    // An update keeps what the file leaves empty. In bulk, ?7 is the contact's id.
    SqliteStatement update(
        db,
        bulk ? "UPDATE contacts SET first_name = iif(?2 <> '', ?2, first_name), "
               "last_name = iif(?3 <> '', ?3, last_name), email = iif(?4 <> '', ?4, email), "
               "fields = json_patch(fields, ?5), updated_at = ?6 WHERE id = ?7 RETURNING id"
             : "UPDATE contacts SET first_name = iif(?2 <> '', ?2, first_name), "
               "last_name = iif(?3 <> '', ?3, last_name), email = iif(?4 <> '', ?4, email), "
               "fields = json_patch(fields, ?5), updated_at = ?6 WHERE phone = ?1 RETURNING id");
    SqliteStatement lookup(db, "SELECT id FROM contacts WHERE phone = ?1");
    SqliteStatement member(db,
                           "INSERT INTO group_members (group_id, contact_id) VALUES (?1, ?2) "
                           "ON CONFLICT DO NOTHING");
    if (!insert || !update || !lookup || !member)
        return sqliteError();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool updateExisting = m_options.onExisting == ImportOptions::OnExisting::Update;
    const bool hasGroupColumn = m_options.mapping.columnOf(ImportField::Group) >= 0;
    char phone[24];
    QByteArray fields;
    QList<QByteArrayView> parts;
    qint64 done = 0;
    const qint64 total = qint64(m_staged.size());
    // Building the indexes takes about as long as writing the rows.
    const double insertShare = rebuildIndexes.isEmpty() ? 1.0 : 0.5;

    QList<QByteArray> keyPrefixes; // "key": once, not once a row
    for (const QString& key : std::as_const(m_customKeys)) {
        QByteArray prefix;
        appendJsonString(prefix, key.toUtf8());
        keyPrefixes.append(prefix + ':');
    }

    QElapsedTimer phase;
    phase.start();
    // In file order, so contacts list as the file had them.
    for (const StagedRow& staged : m_staged) {
        if ((++done & (kCheckEvery - 1)) == 0) {
            if (cancelled(cancel))
                return cancelledError();
            if (progress)
                progress(insertShare * double(done) / double(total));
        }
        const int phoneLength = std::snprintf(phone, sizeof phone, "+%llu",
                                              static_cast<unsigned long long>(staged.phone));
        parts.clear();
        QByteArrayView text(m_text.constData() + staged.textOffset, staged.textLength);
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i == text.size() || text[i] == kSeparator) {
                parts.append(text.sliced(start, i - start));
                start = i + 1;
            }
        }
        fields.clear();
        fields.append('{');
        for (qsizetype i = 0; i < m_customKeys.size(); ++i) {
            const QByteArrayView value = parts.value(CustomStart + i);
            if (value.isEmpty())
                continue;
            if (fields.size() > 1)
                fields.append(',');
            fields.append(keyPrefixes.at(i));
            appendJsonString(fields, value);
        }
        fields.append('}');

        // Runs one statement for this row: the contact's id, 0 when no row matched, -1 on
        // an error.
        const auto run = [&](sqlite3_stmt* statement) -> sqlite3_int64 {
            sqlite3_bind_text(statement, 1, phone, phoneLength, SQLITE_STATIC);
            if (statement != lookup.get()) {
                bindText(statement, 2, parts.value(First));
                bindText(statement, 3, parts.value(Last));
                bindText(statement, 4, parts.value(Email));
                bindText(statement, 5, fields);
                sqlite3_bind_int64(statement, 6, now);
            }
            const int stepped = sqlite3_step(statement);
            sqlite3_int64 id = 0;
            if (stepped == SQLITE_ROW)
                id = sqlite3_column_int64(statement, 0);
            else if (stepped == SQLITE_DONE && statement == insert.get() && sqlite3_changes(db) > 0)
                id = sqlite3_last_insert_rowid(db);
            else if (stepped != SQLITE_DONE)
                id = -1;
            sqlite3_reset(statement);
            return id;
        };
        // The database may have changed since validation (a contact added or deleted by
        // hand meanwhile): each row still gets its outcome, and the counts follow.
        ImportCounts& counts = m_report.counts;
        sqlite3_int64 contactId = 0;
        if (bulk) {
            const auto saved = savedIds.constFind(staged.phone);
            const bool exists = saved != savedIds.cend();
            if (exists != staged.exists) {
                (exists ? counts.imported : (updateExisting ? counts.updated : counts.existing))
                    -= 1;
                (exists ? (updateExisting ? counts.updated : counts.existing) : counts.imported)
                    += 1;
            }
            if (!exists) {
                contactId = run(insert.get());
            } else if (updateExisting) {
                sqlite3_bind_int64(update.get(), 7, saved.value());
                contactId = run(update.get());
            } else {
                contactId = saved.value();
            }
        } else if (!staged.exists) {
            contactId = run(insert.get());
            if (contactId == 0) {
                contactId = run(updateExisting ? update.get() : lookup.get());
                --counts.imported;
                ++(updateExisting ? counts.updated : counts.existing);
            }
        } else {
            contactId = run(updateExisting ? update.get() : lookup.get());
            if (contactId == 0) {
                contactId = run(insert.get());
                --(updateExisting ? counts.updated : counts.existing);
                ++counts.imported;
            }
        }
        if (contactId < 0)
            return sqliteError();

        if (contactId > 0) {
            QList<qint64> memberOf;
            if (fileGroup > 0)
                memberOf.append(fileGroup);
            if (hasGroupColumn && !parts.value(Groups).isEmpty()) {
                const QStringList names
                    = QString::fromUtf8(parts.value(Groups)).split(u';', Qt::SkipEmptyParts);
                for (const QString& name : names) {
                    if (name.trimmed().isEmpty())
                        continue;
                    Result<qint64> id = groupId(name.trimmed());
                    if (!id)
                        return id.error();
                    memberOf.append(id.value());
                }
            }
            for (const qint64 group : std::as_const(memberOf)) {
                sqlite3_bind_int64(member.get(), 1, group);
                sqlite3_bind_int64(member.get(), 2, contactId);
                const int stepped = sqlite3_step(member.get());
                sqlite3_reset(member.get());
                if (stepped != SQLITE_DONE)
                    return sqliteError();
            }
        }
    }
    if (cancelled(cancel))
        return cancelledError();
    m_report.timings.insertMs = phase.restart();
    // The index sorter may use a second core. Cancel interrupts a build.
    sqlite3_exec(db, "PRAGMA threads = 2", nullptr, nullptr, nullptr);
    if (cancel) {
        sqlite3_progress_handler(
            db, 100000,
            [](void* flag) {
                return cancelled(static_cast<const std::atomic_bool*>(flag)) ? 1 : 0;
            },
            const_cast<std::atomic_bool*>(cancel));
    }
    const auto removeHandler
        = qScopeGuard([db] { sqlite3_progress_handler(db, 0, nullptr, nullptr); });
    for (qsizetype i = 0; i < rebuildIndexes.size(); ++i) {
        if (sqlite3_exec(db, rebuildIndexes.at(i).constData(), nullptr, nullptr, nullptr)
            != SQLITE_OK)
            return cancelled(cancel) ? cancelledError() : sqliteError();
        if (progress)
            progress(insertShare + (1.0 - insertShare) * double(i + 1) / rebuildIndexes.size());
    }

    if (Result<void> registered = ContactStore(database).registerFields(m_customKeys); !registered)
        return registered.error();
    const ImportCounts& counts = m_report.counts;
    if (Result<void> audited
        = AuditLog(database).record(QStringLiteral("contacts.import"), m_options.groupName,
                                    {{QStringLiteral("rows"), counts.rows},
                                     {QStringLiteral("imported"), counts.imported},
                                     {QStringLiteral("updated"), counts.updated},
                                     {QStringLiteral("existing"), counts.existing},
                                     {QStringLiteral("duplicates"), counts.duplicates},
                                     {QStringLiteral("invalid"), counts.invalid}});
        !audited)
        return audited.error();

    m_report.timings.indexMs = phase.restart();
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError();
    finished = true;
    m_report.timings.commitMs = phase.restart();
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
    // The contract's column names, in every language.
    QStringList header {QStringLiteral("line"), QStringLiteral("reason")};
    header += report.header;
    writer.writeRow(header);
    for (const RejectedRow& row : report.rejected)
        writer.writeRow(QStringList {QString::number(row.rowNumber), row.reason} + row.cells);
    return writer.commit();
}

} // namespace tuma
