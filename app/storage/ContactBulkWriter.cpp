// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactBulkWriter.h"

#include "ContactStore.h"
#include "Database.h"
#include "NativeStatement.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace tuma {

namespace {

constexpr int kCheckEvery = 4096;
// Page cache for the import's transaction: large enough that the phone index stays in
// memory while a million rows go in, small enough for the memory target.
constexpr int kImportCacheKiB = 96 * 1024;

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Error cancelledError()
{
    return Error {QStringLiteral("cancelled"),
                  ContactBulkWriter::tr("The import was cancelled; nothing was changed."),
                  {}};
}

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

Error readError(const QString& detail)
{
    return Error {QStringLiteral("storage_failed"),
                  ContactBulkWriter::tr("Could not read the contacts."), detail};
}

} // namespace

ContactBulkWriter::ContactBulkWriter(const Database& database, Options options)
    : m_database(database)
    , m_db(Database::nativeHandle(database.connection()))
    , m_options(std::move(options))
    , m_groups(database)
    , m_now(QDateTime::currentMSecsSinceEpoch())
{
    for (const QString& key : std::as_const(m_options.customKeys)) {
        QByteArray prefix;
        ContactStore::appendJsonString(prefix, key.toUtf8());
        m_keyPrefixes.append(prefix + ':');
    }
}

ContactBulkWriter::~ContactBulkWriter()
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

Result<void> ContactBulkWriter::begin(bool bulk)
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
    const QString groupName = m_options.groupName.trimmed();
    if (!groupName.isEmpty()) {
        Result<qint64> id = groupId(groupName);
        if (!id)
            return id.error();
        m_fileGroup = id.value();
    }
    // Into an empty table every import is a bulk one: sorting never loses to inserting.
    return bulk || m_storedBefore == 0 ? switchToBulk() : prepareStatements();
}

Result<void> ContactBulkWriter::finish(const Progress& progress, double from,
                                       const std::function<Result<void>()>& alsoRecord)
{
    if (cancelled(m_options.cancel))
        return cancelledError();
    QElapsedTimer phase;
    phase.start();
    // The index sorter may use a second core. Cancel interrupts a build.
    sqlite3_exec(m_db, "PRAGMA threads = 2", nullptr, nullptr, nullptr);
    if (m_options.cancel) {
        sqlite3_progress_handler(
            m_db, 100000,
            [](void* flag) {
                return cancelled(static_cast<const std::atomic_bool*>(flag)) ? 1 : 0;
            },
            const_cast<std::atomic_bool*>(m_options.cancel));
    }
    for (qsizetype i = 0; i < m_rebuildIndexes.size(); ++i) {
        if (sqlite3_exec(m_db, m_rebuildIndexes.at(i).constData(), nullptr, nullptr, nullptr)
            != SQLITE_OK)
            return cancelled(m_options.cancel) ? cancelledError() : sqliteError();
        if (progress)
            progress(from + (1.0 - from) * double(i + 1) / double(m_rebuildIndexes.size()));
    }
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);

    if (alsoRecord) {
        if (Result<void> recorded = alsoRecord(); !recorded)
            return recorded;
    }
    m_indexMs = phase.restart();
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError();
    m_inTransaction = false;
    m_commitMs = phase.elapsed();
    return Result<void>();
}

void ContactBulkWriter::pragma(const QByteArray& statement)
{
    sqlite3_exec(m_db, statement.constData(), nullptr, nullptr, nullptr);
}

int ContactBulkWriter::pragmaValue(const char* statement, int fallback)
{
    NativeStatement query(m_db, statement);
    return query && sqlite3_step(query.get()) == SQLITE_ROW ? sqlite3_column_int(query.get(), 0)
                                                            : fallback;
}

Error ContactBulkWriter::sqliteError() const
{
    return Error {QStringLiteral("storage_failed"),
                  tr("Could not write the contacts; nothing was imported."),
                  QString::fromUtf8(sqlite3_errmsg(m_db))};
}

Result<qint64> ContactBulkWriter::groupId(const QString& name)
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
Result<void> ContactBulkWriter::switchToBulk()
{
    // A number missed here would be saved twice and fail the phone index at the end.
    if (!visitSaved(m_database, [this](quint64 phone, qint64 id) { m_savedIds.insert(phone, id); }))
        return sqliteError();
    // Their definitions come from the schema itself.
    QList<QByteArray> names;
    {
        NativeStatement indexes(m_db,
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
void ContactBulkWriter::finalizeStatements()
{
    m_insert.reset();
    m_update.reset();
    m_lookup.reset();
    m_member.reset();
}

Result<void> ContactBulkWriter::prepareStatements()
{
    // Row by row, a number saved since validation (by hand, say) is taken as existing,
    // not an error; in bulk the phone index is gone and the saved ids tell.
    m_insert = std::make_unique<NativeStatement>(
        m_db,
        m_bulk ? "INSERT INTO contacts (phone, first_name, last_name, email, "
                 "fields, created_at, updated_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
               : "INSERT INTO contacts (phone, first_name, last_name, email, "
                 "fields, created_at, updated_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6) "
                 "ON CONFLICT (phone) DO NOTHING");
    // An update keeps what the file leaves empty. In bulk, ?7 is the contact's id.
    m_update = std::make_unique<NativeStatement>(
        m_db,
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
    m_lookup = std::make_unique<NativeStatement>(m_db, "SELECT id FROM contacts WHERE phone = ?1");
    m_member = std::make_unique<NativeStatement>(
        m_db,
        "INSERT INTO group_members (group_id, contact_id) VALUES (?1, ?2) "
        "ON CONFLICT DO NOTHING");
    if (!*m_insert || !*m_update || !*m_lookup || !*m_member)
        return sqliteError();
    return Result<void>();
}

// Runs one statement for the current row: the contact's id, 0 when no row matched, -1 on
// an error.
qint64 ContactBulkWriter::run(const NativeStatement& statement, const QList<QByteArrayView>& values)
{
    sqlite3_stmt* stmt = statement.get();
    sqlite3_bind_text(stmt, 1, m_phone, m_phoneLength, SQLITE_STATIC);
    if (&statement != m_lookup.get()) {
        statement.bindText(2, values.value(FirstName));
        statement.bindText(3, values.value(LastName));
        statement.bindText(4, values.value(Email));
        statement.bindText(5, m_fields);
        sqlite3_bind_int64(stmt, 6, m_now);
    }
    const int stepped = sqlite3_step(stmt);
    sqlite3_int64 id = 0;
    if (stepped == SQLITE_ROW)
        id = sqlite3_column_int64(stmt, 0);
    else if (stepped == SQLITE_DONE && &statement == m_insert.get() && sqlite3_changes(m_db) > 0)
        id = sqlite3_last_insert_rowid(m_db);
    else if (stepped != SQLITE_DONE)
        id = -1;
    sqlite3_reset(stmt);
    return id;
}

// The custom values as `contacts.fields` holds them: a JSON object of the non-empty ones.
void ContactBulkWriter::encodeFields(const QList<QByteArrayView>& values)
{
    m_fields.clear();
    m_fields.append('{');
    for (qsizetype i = 0; i < m_keyPrefixes.size(); ++i) {
        const QByteArrayView value = values.value(Custom + i);
        if (value.isEmpty())
            continue;
        if (m_fields.size() > 1)
            m_fields.append(',');
        m_fields.append(m_keyPrefixes.at(i));
        ContactStore::appendJsonString(m_fields, value);
    }
    m_fields.append('}');
}

Result<void> ContactBulkWriter::write(quint64 phone, bool exists,
                                      const QList<QByteArrayView>& values)
{
    if ((++m_done & (kCheckEvery - 1)) == 0) {
        if (cancelled(m_options.cancel))
            return cancelledError();
        // A large import into a small table: the rest goes in without indexes.
        if (!m_bulk && m_outcomes.imported >= rebuildIndexesFrom
            && m_outcomes.imported >= m_storedBefore) {
            if (Result<void> switched = switchToBulk(); !switched)
                return switched;
        }
    }
    m_phoneLength = writeE164(m_phone, phone);
    encodeFields(values);

    const bool updateExisting = m_options.updateExisting;
    qint64 contactId = 0;
    bool inserted = false;
    if (m_bulk) {
        const auto saved = m_savedIds.constFind(phone);
        if (saved == m_savedIds.cend()) {
            contactId = run(*m_insert, values);
            inserted = true;
        } else if (updateExisting) {
            sqlite3_bind_int64(m_update->get(), 7, saved.value());
            contactId = run(*m_update, values);
        } else {
            contactId = saved.value();
        }
    } else {
        const NativeStatement& existing = updateExisting ? *m_update : *m_lookup;
        if (!exists) {
            contactId = run(*m_insert, values);
            inserted = contactId != 0;
            if (!inserted)
                contactId = run(existing, values);
        } else {
            contactId = run(existing, values);
            if (contactId == 0) {
                contactId = run(*m_insert, values);
                inserted = true;
            }
        }
    }
    if (contactId < 0)
        return sqliteError();
    ++(inserted ? m_outcomes.imported
                : (updateExisting ? m_outcomes.updated : m_outcomes.existing));
    if (contactId == 0)
        return Result<void>();

    m_memberOf.clear();
    if (m_fileGroup > 0)
        m_memberOf.append(m_fileGroup);
    if (const QByteArrayView groups = values.value(Groups); !groups.isEmpty()) {
        const QStringList names = QString::fromUtf8(groups).split(u';', Qt::SkipEmptyParts);
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

Result<qint64> ContactBulkWriter::savedCount(const Database& database)
{
    NativeStatement count(Database::nativeHandle(database.connection()),
                          "SELECT count(*) FROM contacts");
    if (!count || sqlite3_step(count.get()) != SQLITE_ROW)
        return readError(
            QString::fromUtf8(sqlite3_errmsg(Database::nativeHandle(database.connection()))));
    return qint64(sqlite3_column_int64(count.get(), 0));
}

Result<void> ContactBulkWriter::visitSaved(const Database& database,
                                           const std::function<void(quint64, qint64)>& visit)
{
    sqlite3* db = Database::nativeHandle(database.connection());
    NativeStatement saved(db, "SELECT phone, id FROM contacts");
    if (!saved)
        return readError(db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString());
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(saved.get())) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(saved.get(), 0));
        if (text && text[0] == '+')
            visit(std::strtoull(text + 1, nullptr, 10), sqlite3_column_int64(saved.get(), 1));
    }
    if (stepped != SQLITE_DONE)
        return readError(QString::fromUtf8(sqlite3_errmsg(db)));
    return Result<void>();
}

ContactBulkWriter::Lookup::Lookup(const Database& database)
    : m_statement(std::make_unique<NativeStatement>(Database::nativeHandle(database.connection()),
                                                    "SELECT 1 FROM contacts WHERE phone = ?"))
{ }

ContactBulkWriter::Lookup::~Lookup() = default;

bool ContactBulkWriter::Lookup::isSaved(quint64 phone)
{
    char e164[24];
    const int length = writeE164(e164, phone);
    sqlite3_bind_text(m_statement->get(), 1, e164, length, SQLITE_STATIC);
    const bool saved = sqlite3_step(m_statement->get()) == SQLITE_ROW;
    sqlite3_reset(m_statement->get());
    return saved;
}

} // namespace tuma
