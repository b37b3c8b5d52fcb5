// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactImport.h"

#include "CsvWriter.h"
#include "SpreadsheetReader.h"
#include "core/BoundedQueue.h"
#include "core/PhoneNormalizer.h"
#include "core/PhoneNumber.h"
#include "core/Regions.h"
#include "storage/AuditLog.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <exception>
#include <optional>
#include <sqlite3.h>
#include <thread>
#include <utility>

namespace tuma {

namespace {

constexpr char kSeparator = '\x1f';
constexpr int kCheckEvery = 4096;
// Page cache for the import's transaction: large enough that the phone index stays in
// memory while a million rows go in, small enough for the memory target.
constexpr int kImportCacheKiB = 96 * 1024;
constexpr qint64 kRebuildIndexesFrom = 50000;
constexpr std::size_t kBatchRows = 4096;

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
    // Most values need no escaping: in one piece.
    if (std::none_of(text.begin(), text.end(), [](char c) {
            return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
        })) {
        out.append(text);
        out.append('"');
        return;
    }
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

// "+254712345678" from its digits, into `out` (24 bytes); returns the length.
int writeE164(char* out, quint64 digits)
{
    char reversed[21];
    int count = 0;
    do {
        reversed[count++] = char('0' + digits % 10);
        digits /= 10;
    } while (digits != 0);
    out[0] = '+';
    for (int i = 0; i < count; ++i)
        out[i + 1] = reversed[count - 1 - i];
    out[count + 1] = '\0';
    return count + 1;
}

// Every saved contact's number (as its E.164 digits) and id; false when the read failed
// part-way, so no caller mistakes a partial list for the whole.
bool visitSavedNumbers(sqlite3* db, const std::function<void(quint64 phone, qint64 id)>& visit)
{
    SqliteStatement saved(db, "SELECT phone, id FROM contacts");
    if (!saved)
        return false;
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(saved.get())) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(saved.get(), 0));
        if (text && text[0] == '+')
            visit(std::strtoull(text + 1, nullptr, 10), sqlite3_column_int64(saved.get(), 1));
    }
    return stepped == SQLITE_DONE;
}

void bindText(sqlite3_stmt* stmt, int index, QByteArrayView text)
{
    sqlite3_bind_text(stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
}

} // namespace

// The write transaction of an import: rows go in batch by batch and each gets its outcome;
// finish() rebuilds what a bulk import dropped and commits. Rolled back unless finished, and
// the connection's cache and checkpoint settings are put back either way.
class ContactImport::Writer final
{
public:
    Writer(const ContactImport& job, const Database& database, const std::atomic_bool* cancel)
        : m_job(job)
        , m_database(database)
        , m_connection(database.connection())
        , m_db(Database::nativeHandle(m_connection))
        , m_cancel(cancel)
        , m_groups(database)
        , m_now(QDateTime::currentMSecsSinceEpoch())
        , m_updateExisting(job.m_options.onExisting == ImportOptions::OnExisting::Update)
        , m_hasGroupColumn(job.m_options.mapping.columnOf(ImportField::Group) >= 0)
    {
        for (const QString& key : job.m_customKeys) {
            QByteArray prefix;
            appendJsonString(prefix, key.toUtf8());
            m_keyPrefixes.append(prefix + ':');
        }
    }

    ~Writer()
    {
        if (!m_db)
            return;
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        finalizeStatements();
        if (m_inTransaction)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        if (m_pragmasChanged) {
            pragma(QByteArray("PRAGMA cache_size = ") + QByteArray::number(m_previousCache));
            pragma(QByteArray("PRAGMA wal_autocheckpoint = ")
                   + QByteArray::number(m_previousCheckpoint));
            pragma(QByteArray("PRAGMA threads = ") + QByteArray::number(m_previousThreads));
        }
    }
    Q_DISABLE_COPY_MOVE(Writer)

    // Takes the write lock. `bulk`: the rows will outnumber the contacts saved, so the indexes
    // go now; otherwise they go once enough rows have been written to know.
    Result<void> begin(bool bulk)
    {
        if (!m_db)
            return Error {QStringLiteral("storage_failed"), tr("Could not write the contacts."),
                          tr("not an SQLite connection")};
        m_previousCache = pragmaValue("PRAGMA cache_size", -2000);
        m_previousCheckpoint = pragmaValue("PRAGMA wal_autocheckpoint", 1000);
        m_previousThreads = pragmaValue("PRAGMA threads", 0);
        m_pragmasChanged = true;
        // The commit only appends to the write-ahead log; copying the log into the database
        // is left to the checkpointer (or the last connection's close), off the import's path.
        pragma("PRAGMA wal_autocheckpoint = 0");
        // Row-by-row insertion into large indexes needs them in memory.
        if (!bulk)
            pragma(QByteArray("PRAGMA cache_size = -") + QByteArray::number(kImportCacheKiB));

        if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return sqliteError();
        m_inTransaction = true;
        // Read under the lock: what a bulk switch is weighed against.
        m_storedBefore = pragmaValue("SELECT count(*) FROM contacts", 0);
        const QString groupName = m_job.m_options.groupName.trimmed();
        if (!groupName.isEmpty()) {
            Result<qint64> id = groupId(groupName);
            if (!id)
                return id.error();
            m_fileGroup = id.value();
        }
        // Into an empty table every import is a bulk one: sorting never loses to inserting.
        return bulk || m_storedBefore == 0 ? switchToBulk() : prepareStatements();
    }

    Result<void> write(const StagedBatch& batch)
    {
        for (const StagedRow& staged : batch.rows) {
            if (Result<void> written = writeRow(batch, staged); !written)
                return written;
        }
        // A large import into a small table: the rest goes in without indexes.
        if (!m_bulk && m_outcomes.imported >= kRebuildIndexesFrom
            && m_outcomes.imported >= m_storedBefore)
            return switchToBulk();
        return Result<void>();
    }

    // Rebuilds the indexes (progress from `from` to 1), records the import and commits.
    Result<void> finish(const ImportCounts& counts, const Progress& progress, double from)
    {
        if (cancelled(m_cancel))
            return cancelledError();
        QElapsedTimer phase;
        phase.start();
        // The index sorter may use a second core. Cancel interrupts a build.
        sqlite3_exec(m_db, "PRAGMA threads = 2", nullptr, nullptr, nullptr);
        if (m_cancel) {
            sqlite3_progress_handler(
                m_db, 100000,
                [](void* flag) {
                    return cancelled(static_cast<const std::atomic_bool*>(flag)) ? 1 : 0;
                },
                const_cast<std::atomic_bool*>(m_cancel));
        }
        for (qsizetype i = 0; i < m_rebuildIndexes.size(); ++i) {
            if (sqlite3_exec(m_db, m_rebuildIndexes.at(i).constData(), nullptr, nullptr, nullptr)
                != SQLITE_OK)
                return cancelled(m_cancel) ? cancelledError() : sqliteError();
            if (progress)
                progress(from + (1.0 - from) * double(i + 1) / double(m_rebuildIndexes.size()));
        }
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);

        if (Result<void> registered
            = ContactStore(m_database).registerFields(m_job.m_customKeys, m_job.m_customKinds);
            !registered)
            return registered.error();
        if (Result<void> audited
            = AuditLog(m_database)
                  .record(QStringLiteral("contacts.import"), m_job.m_options.groupName,
                          {{QStringLiteral("rows"), counts.rows},
                           {QStringLiteral("imported"), counts.imported},
                           {QStringLiteral("updated"), counts.updated},
                           {QStringLiteral("existing"), counts.existing},
                           {QStringLiteral("duplicates"), counts.duplicates},
                           {QStringLiteral("invalid"), counts.invalid}});
            !audited)
            return audited.error();
        m_indexMs = phase.restart();
        if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return sqliteError();
        m_inTransaction = false;
        m_commitMs = phase.elapsed();
        return Result<void>();
    }

    // Imported, updated and existing, as the rows were written.
    const ImportCounts& outcomes() const { return m_outcomes; }
    bool rebuildsIndexes() const { return !m_rebuildIndexes.isEmpty(); }
    qint64 indexMs() const { return m_indexMs; }
    qint64 commitMs() const { return m_commitMs; }

private:
    void pragma(const QByteArray& statement)
    {
        sqlite3_exec(m_db, statement.constData(), nullptr, nullptr, nullptr);
    }
    int pragmaValue(const char* statement, int fallback)
    {
        SqliteStatement query(m_db, statement);
        return query && sqlite3_step(query.get()) == SQLITE_ROW ? sqlite3_column_int(query.get(), 0)
                                                                : fallback;
    }

    Error sqliteError() const
    {
        return Error {QStringLiteral("storage_failed"),
                      tr("Could not write the contacts; nothing was imported."),
                      QString::fromUtf8(sqlite3_errmsg(m_db))};
    }

    Result<qint64> groupId(const QString& name)
    {
        const QString key = name.toLower();
        if (const auto found = m_groupIds.constFind(key); found != m_groupIds.cend())
            return found.value();
        Result<GroupSummary> group = m_groups.findOrCreate(name);
        if (!group)
            return group.error();
        m_groupIds.insert(key, group.value().id);
        return group.value().id;
    }

    // Every index of contacts goes, the phone index too, and is built again by sorting in
    // finish(): many times cheaper than a million insertions in file order into each. The
    // numbers saved so far are read first, with their ids, so rows are matched to them here.
    Result<void> switchToBulk()
    {
        // A number missed here would be saved twice and fail the phone index at the end.
        if (!visitSavedNumbers(m_db,
                               [this](quint64 phone, qint64 id) { m_savedIds.insert(phone, id); }))
            return sqliteError();
        // Their definitions come from the schema itself.
        QList<QByteArray> names;
        {
            SqliteStatement indexes(m_db,
                                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                    "AND tbl_name = 'contacts' AND sql IS NOT NULL");
            while (sqlite3_step(indexes.get()) == SQLITE_ROW) {
                names.append(reinterpret_cast<const char*>(sqlite3_column_text(indexes.get(), 0)));
                m_rebuildIndexes.append(
                    reinterpret_cast<const char*>(sqlite3_column_text(indexes.get(), 1)));
            }
        }
        finalizeStatements();
        for (const QByteArray& name : std::as_const(names)) {
            if (sqlite3_exec(m_db, ("DROP INDEX \"" + name + "\"").constData(), nullptr, nullptr,
                             nullptr)
                != SQLITE_OK)
                return sqliteError();
        }
        // Appending rows and sorting index entries both do best with SQLite's small cache:
        // their pages are written once.
        pragma(QByteArray("PRAGMA cache_size = ") + QByteArray::number(m_previousCache));
        m_bulk = true;
        return prepareStatements();
    }

    // Before indexes are dropped, and before a rollback.
    void finalizeStatements()
    {
        m_insert.reset();
        m_update.reset();
        m_lookup.reset();
        m_member.reset();
    }

    Result<void> prepareStatements()
    {
        // Row by row, a number saved since validation (by hand, say) is taken as existing,
        // not an error; in bulk the phone index is gone and the saved ids tell.
        m_insert.emplace(m_db,
                         m_bulk ? "INSERT INTO contacts (phone, first_name, last_name, email, "
                                  "fields, created_at, updated_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
                                : "INSERT INTO contacts (phone, first_name, last_name, email, "
                                  "fields, created_at, updated_at) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) "
                                  "ON CONFLICT (phone) DO NOTHING");
        // An update keeps what the file leaves empty. In bulk, ?7 is the contact's id.
        m_update.emplace(m_db,
                         m_bulk ? "UPDATE contacts SET first_name = iif(?2 <> '', ?2, first_name), "
                                  "last_name = iif(?3 <> '', ?3, last_name), "
                                  "email = iif(?4 <> '', ?4, email), "
                                  "fields = json_patch(fields, ?5), updated_at = ?6 "
                                  "WHERE id = ?7 RETURNING id"
                                : "UPDATE contacts SET first_name = iif(?2 <> '', ?2, first_name), "
                                  "last_name = iif(?3 <> '', ?3, last_name), "
                                  "email = iif(?4 <> '', ?4, email), "
                                  "fields = json_patch(fields, ?5), updated_at = ?6 "
                                  "WHERE phone = ?1 RETURNING id");
        m_lookup.emplace(m_db, "SELECT id FROM contacts WHERE phone = ?1");
        m_member.emplace(m_db,
                         "INSERT INTO group_members (group_id, contact_id) VALUES (?1, ?2) "
                         "ON CONFLICT DO NOTHING");
        if (!*m_insert || !*m_update || !*m_lookup || !*m_member)
            return sqliteError();
        return Result<void>();
    }

    // Runs one statement for the current row: the contact's id, 0 when no row matched, -1
    // on an error.
    sqlite3_int64 run(sqlite3_stmt* statement)
    {
        sqlite3_bind_text(statement, 1, m_phone, m_phoneLength, SQLITE_STATIC);
        if (statement != m_lookup->get()) {
            bindText(statement, 2, m_parts.value(First));
            bindText(statement, 3, m_parts.value(Last));
            bindText(statement, 4, m_parts.value(Email));
            bindText(statement, 5, m_fields);
            sqlite3_bind_int64(statement, 6, m_now);
        }
        const int stepped = sqlite3_step(statement);
        sqlite3_int64 id = 0;
        if (stepped == SQLITE_ROW)
            id = sqlite3_column_int64(statement, 0);
        else if (stepped == SQLITE_DONE && statement == m_insert->get()
                 && sqlite3_changes(m_db) > 0)
            id = sqlite3_last_insert_rowid(m_db);
        else if (stepped != SQLITE_DONE)
            id = -1;
        sqlite3_reset(statement);
        return id;
    }

    Result<void> writeRow(const StagedBatch& batch, const StagedRow& staged)
    {
        if ((++m_done & (kCheckEvery - 1)) == 0 && cancelled(m_cancel))
            return cancelledError();
        m_phoneLength = writeE164(m_phone, staged.phone);
        m_parts.clear();
        const QByteArrayView text(batch.text.constData() + staged.textOffset, staged.textLength);
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i == text.size() || text[i] == kSeparator) {
                m_parts.append(text.sliced(start, i - start));
                start = i + 1;
            }
        }
        m_fields.clear();
        m_fields.append('{');
        for (qsizetype i = 0; i < m_keyPrefixes.size(); ++i) {
            const QByteArrayView value = m_parts.value(CustomStart + i);
            if (value.isEmpty())
                continue;
            if (m_fields.size() > 1)
                m_fields.append(',');
            m_fields.append(m_keyPrefixes.at(i));
            appendJsonString(m_fields, value);
        }
        m_fields.append('}');

        // The database may have changed since validation (a contact added or deleted by hand
        // meanwhile): each row gets the outcome it has now.
        sqlite3_int64 contactId = 0;
        bool inserted = false;
        if (m_bulk) {
            const auto saved = m_savedIds.constFind(staged.phone);
            if (saved == m_savedIds.cend()) {
                contactId = run(m_insert->get());
                inserted = true;
            } else if (m_updateExisting) {
                sqlite3_bind_int64(m_update->get(), 7, saved.value());
                contactId = run(m_update->get());
            } else {
                contactId = saved.value();
            }
        } else {
            sqlite3_stmt* existing = m_updateExisting ? m_update->get() : m_lookup->get();
            if (!staged.exists) {
                contactId = run(m_insert->get());
                inserted = contactId != 0;
                if (!inserted)
                    contactId = run(existing);
            } else {
                contactId = run(existing);
                if (contactId == 0) {
                    contactId = run(m_insert->get());
                    inserted = true;
                }
            }
        }
        if (contactId < 0)
            return sqliteError();
        ++(inserted ? m_outcomes.imported
                    : (m_updateExisting ? m_outcomes.updated : m_outcomes.existing));
        if (contactId == 0)
            return Result<void>();

        m_memberOf.clear();
        if (m_fileGroup > 0)
            m_memberOf.append(m_fileGroup);
        if (m_hasGroupColumn && !m_parts.value(Groups).isEmpty()) {
            const QStringList names
                = QString::fromUtf8(m_parts.value(Groups)).split(u';', Qt::SkipEmptyParts);
            for (const QString& name : names) {
                if (name.trimmed().isEmpty())
                    continue;
                Result<qint64> id = groupId(name.trimmed());
                if (!id)
                    return id.error();
                m_memberOf.append(id.value());
            }
        }
        for (const qint64 group : std::as_const(m_memberOf)) {
            sqlite3_bind_int64(m_member->get(), 1, group);
            sqlite3_bind_int64(m_member->get(), 2, contactId);
            const int stepped = sqlite3_step(m_member->get());
            sqlite3_reset(m_member->get());
            if (stepped != SQLITE_DONE)
                return sqliteError();
        }
        return Result<void>();
    }

    const ContactImport& m_job;
    const Database& m_database;
    QSqlDatabase m_connection;
    sqlite3* m_db = nullptr;
    const std::atomic_bool* m_cancel = nullptr;
    GroupStore m_groups;
    const qint64 m_now;
    const bool m_updateExisting;
    const bool m_hasGroupColumn;
    QList<QByteArray> m_keyPrefixes; // "key": once, not once a row

    int m_previousCache = -2000;
    int m_previousCheckpoint = 1000;
    int m_previousThreads = 0;
    bool m_pragmasChanged = false;
    bool m_inTransaction = false;
    bool m_bulk = false;
    qint64 m_storedBefore = 0;
    qint64 m_fileGroup = 0;
    QHash<QString, qint64> m_groupIds; // by lower-case name
    QHash<quint64, qint64> m_savedIds; // in bulk: the numbers saved before, with their ids
    QList<QByteArray> m_rebuildIndexes;
    std::optional<SqliteStatement> m_insert;
    std::optional<SqliteStatement> m_update;
    std::optional<SqliteStatement> m_lookup;
    std::optional<SqliteStatement> m_member;

    // The current row.
    char m_phone[24] = {};
    int m_phoneLength = 0;
    QList<QByteArrayView> m_parts;
    QByteArray m_fields;
    QList<qint64> m_memberOf;
    qint64 m_done = 0;

    ImportCounts m_outcomes;
    qint64 m_indexMs = 0;
    qint64 m_commitMs = 0;
};

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
    std::vector<QStringView> values(CustomStart + m_customKeys.size());
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
        for (qsizetype i = 0; i < customColumns.size(); ++i) {
            const QStringView value = cell(row, customColumns.at(i));
            values[std::size_t(CustomStart + i)] = value;
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
    QSqlQuery countQuery(database.connection());
    if (!countQuery.exec(QStringLiteral("SELECT count(*) FROM contacts")) || !countQuery.next())
        return Error {QStringLiteral("storage_failed"), tr("Could not read the contacts."),
                      countQuery.lastError().text()};
    const qint64 stored = countQuery.value(0).toLongLong();
    m_storedCount = stored;
    const qint64 rows = stagedRows();
    if (stored == 0 || rows == 0)
        return Result<void>();

    sqlite3* db = Database::nativeHandle(database.connection());
    if (stored <= rows * 2) {
        // Fewer contacts than rows (or about as many): read every number once.
        QSet<quint64> existing;
        existing.reserve(stored);
        if (!visitSavedNumbers(db, [&existing](quint64 phone, qint64) { existing.insert(phone); }))
            return Error {QStringLiteral("storage_failed"), tr("Could not read the contacts."),
                          QString::fromUtf8(sqlite3_errmsg(db))};
        for (StagedBatch& batch : m_batches) {
            for (StagedRow& staged : batch.rows)
                staged.exists = existing.contains(staged.phone);
        }
        return Result<void>();
    }
    // Many more contacts than rows: look each number up.
    SqliteStatement lookup(db, "SELECT 1 FROM contacts WHERE phone = ?");
    char phone[24];
    qint64 done = 0;
    for (StagedBatch& batch : m_batches) {
        for (StagedRow& staged : batch.rows) {
            if ((++done & (kCheckEvery - 1)) == 0 && cancelled(cancel))
                return cancelledError();
            const int length = writeE164(phone, staged.phone);
            sqlite3_bind_text(lookup.get(), 1, phone, length, SQLITE_STATIC);
            staged.exists = sqlite3_step(lookup.get()) == SQLITE_ROW;
            sqlite3_reset(lookup.get());
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
    Writer writer(*this, database, cancel);
    const ImportCounts& checked = m_report.counts;
    if (Result<void> begun = writer.begin(checked.imported >= kRebuildIndexesFrom
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
        if (Result<void> written = writer.write(batch); !written)
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
    Writer writer(*this, database, cancel);
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
        written = writer.write(*batch);
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

// The rows are in: the outcomes join the checks' counts, and the Writer commits.
Result<ImportReport> ContactImport::finish(Writer& writer, const Progress& progress, double from)
{
    ImportCounts counts = m_report.counts;
    counts.imported = writer.outcomes().imported;
    counts.updated = writer.outcomes().updated;
    counts.existing = writer.outcomes().existing;
    if (Result<void> finished = writer.finish(counts, progress, from); !finished)
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
