// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Migrations.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "tuma.storage.database", QtInfoMsg)

namespace tuma {

namespace {

// A private connection used for one short task, removed from Qt's registry when it ends.
class ScopedConnection final
{
public:
    explicit ScopedConnection(const QString& purpose)
        : m_name(
            QStringLiteral("tuma-%1-%2").arg(purpose, QUuid::createUuid().toString(QUuid::Id128)))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    }
    ~ScopedConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedConnection)

    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Copies the whole of `from` into `to` with SQLite's online backup, a slice of pages at a time
// so progress can be shown and the copy cancelled. The destination stays write-locked from the
// first step to the end and changes only if the copy completes: a cancelled or failed copy is
// rolled back.
struct CopyOutcome
{
    bool cancelled = false;
    QString failure; // empty on success
};

CopyOutcome copyDatabase(sqlite3* from, sqlite3* to, const Database::Progress& progress)
{
    constexpr int kPagesPerStep = 1024;
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return {false, QString::fromUtf8(sqlite3_errmsg(to))};
    int stepResult = SQLITE_OK;
    bool cancelled = false;
    while (stepResult == SQLITE_OK || stepResult == SQLITE_BUSY || stepResult == SQLITE_LOCKED) {
        stepResult = sqlite3_backup_step(backup, kPagesPerStep);
        const int total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            cancelled = stepResult != SQLITE_DONE;
            break;
        }
        if (stepResult == SQLITE_BUSY || stepResult == SQLITE_LOCKED)
            sqlite3_sleep(20);
    }
    const int finishResult = sqlite3_backup_finish(backup);
    if (cancelled)
        return {true, QStringLiteral("cancelled")};
    if (stepResult != SQLITE_DONE)
        return {false, QString::fromUtf8(sqlite3_errstr(stepResult))};
    if (finishResult != SQLITE_OK)
        return {false, QString::fromUtf8(sqlite3_errmsg(to))};
    return {};
}

bool hasTable(QSqlDatabase& db, const QString& name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

enum class FileKind { Missing, Empty, Sqlite, NotSqlite, Unreadable, Directory };

FileKind classifyFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return FileKind::Directory;
    if (!info.exists())
        return FileKind::Missing;
    if (!info.isReadable())
        return FileKind::Unreadable;
    if (info.size() == 0)
        return FileKind::Empty;
    // The header is read through SQLite's own file layer, never through a descriptor of our
    // own: POSIX locks belong to the process, and closing any descriptor of the file drops
    // every lock this process's connections hold on it. Another process could then take the
    // database as unused, checkpoint it and delete its log while this one still writes into
    // it: committed claims vanish, and messages go out twice (SQLite's "How To Corrupt").
    // SQLite keeps such descriptors open until its last connection to the file closes.
    sqlite3* handle = nullptr;
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &handle,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    const auto closeHandle = qScopeGuard([&handle] { sqlite3_close(handle); });
    if (opened != SQLITE_OK)
        return FileKind::Unreadable;
    // Reading the schema cookie reads and checks the header (SQLITE_NOTADB when it is not
    // "SQLite format 3"); damage further in is for the checks that follow.
    const int read = sqlite3_exec(handle, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    switch (read & 0xff) {
    case SQLITE_OK:
        return FileKind::Sqlite;
    case SQLITE_NOTADB:
        return FileKind::NotSqlite;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_IOERR:
        return FileKind::Unreadable;
    default:
        // Busy or damaged: SQLite's all the same; what follows tells which.
        return FileKind::Sqlite;
    }
}

Error damagedDatabase(const QString& nativePath, const QString& detail = {})
{
    return {QStringLiteral("database_corrupt"),
            Database::tr("%1 is not a Tuma database, or it is damaged. Tuma has not changed it. "
                         "Restore a backup, or choose another file.")
                .arg(nativePath),
            detail};
}

Error tooNewDatabase(const QString& nativePath, int version)
{
    return {QStringLiteral("database_too_new"),
            Database::tr("%1 was written by a newer version of Tuma (database version %2; this "
                         "Tuma knows up to version %3). Tuma has not changed it. Update Tuma to "
                         "open it.")
                .arg(nativePath)
                .arg(version)
                .arg(latestSchemaVersion()),
            {}};
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/tuma.db");
}

QString Database::resolvePath(const QString& commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("TUMA_DB");
    return fromEnvironment.isEmpty() ? defaultPath() : fromEnvironment;
}

Result<std::unique_ptr<Database>> Database::open(const QString& requestedPath,
                                                 const QString& connectionName)
{
    // SQLite counts every allocation under one process-wide mutex unless told not to; with
    // a launch reading on one thread and writing on another, that lock cost more than the
    // second core gave. It can only be turned off before SQLite starts: the first open.
    static const bool memoryStatisticsOff
        = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    Q_UNUSED(memoryStatisticsOff)
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const QString nativePath = QDir::toNativeSeparators(path);

    switch (classifyFile(path)) {
    case FileKind::Directory:
        return Error {
            QStringLiteral("database_is_directory"),
            tr("%1 is a folder, not a database file. Choose a file name instead.").arg(nativePath),
            {}};
    case FileKind::Unreadable:
        return Error {QStringLiteral("database_unreadable"),
                      tr("Tuma cannot read the database %1. Check that the file exists and that "
                         "you are allowed to read and write it.")
                          .arg(nativePath),
                      {}};
    case FileKind::NotSqlite:
        return damagedDatabase(nativePath);
    case FileKind::Missing:
        // Customers' data: the folder Tuma makes is 0700, the file 0600 before SQLite opens
        // it (its -wal and -shm files then get the same mode).
        if (!PrivateFiles::makeFolder(QFileInfo(path).absolutePath()))
            return Error {QStringLiteral("database_unwritable"),
                          tr("Tuma cannot create the folder for its database at %1. Check the "
                             "permissions of that folder, or choose another place.")
                              .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                          {}};
        if (const Result<void> made = PrivateFiles::makeFile(path); !made)
            return Error {QStringLiteral("database_unwritable"),
                          tr("Tuma cannot create its database at %1. Check the permissions of "
                             "that folder, or choose another place.")
                              .arg(nativePath),
                          made.error().detail};
        break;
    case FileKind::Empty:
    case FileKind::Sqlite:
        // Made readable by others by an older Tuma or by hand: repaired where it is ours.
        if (const Result<void> repaired = PrivateFiles::makeFile(path); !repaired)
            qCWarning(lcDatabase) << repaired.error().message << repaired.error().detail;
        break;
    }
    if (QFileInfo(path).absolutePath() == QFileInfo(defaultPath()).absolutePath())
        (void)PrivateFiles::makeFolder(QFileInfo(path).absolutePath(), true);

    const QString name = connectionName.isEmpty()
        ? QStringLiteral("tuma-%1").arg(QUuid::createUuid().toString(QUuid::Id128))
        : connectionName;
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return Error {QStringLiteral("database_unreadable"),
                      tr("Tuma cannot open the database %1. Check that you are allowed to read "
                         "and write it.")
                          .arg(nativePath),
                      db.lastError().text()};

    if (Result<void> configured = database->configure(); !configured)
        return configured.error();
    return database;
}

Result<void> Database::configure()
{
    QSqlDatabase db = connection();
    const QString nativePath = QDir::toNativeSeparators(m_path);
    QSqlQuery query(db);

    // Read before writing anything: a corrupt or foreign file must stay untouched.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return damagedDatabase(nativePath, query.lastError().text());
    const bool isEmpty = query.value(0).toInt() == 0;

    int version = 0;
    if (!isEmpty) {
        if (!hasTable(db, QStringLiteral("schema_version")))
            return Error {QStringLiteral("database_foreign"),
                          tr("%1 is a database of another program, not Tuma's. Tuma has not "
                             "changed it. Choose another file.")
                              .arg(nativePath),
                          {}};
        if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
            return damagedDatabase(nativePath, query.lastError().text());
        version = query.value(0).toInt();
        if (version > latestSchemaVersion())
            return tooNewDatabase(nativePath, version);
    }
    query.finish();

    // WAL lets the GUI read while a worker thread writes; FULL sync makes every committed
    // outbox state survive a power cut, not only a crash.
    const QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                                 QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
                                 QStringLiteral("PRAGMA journal_mode = WAL"),
                                 QStringLiteral("PRAGMA synchronous = FULL")};
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return Error {QStringLiteral("database_unwritable"),
                          tr("Tuma cannot write to the database %1. Check that the disk is not "
                             "full and that you are allowed to write the file.")
                              .arg(nativePath),
                          query.lastError().text()};
    }
    query.finish();

    if (version < latestSchemaVersion()) {
        if (Result<void> migrated = migrate(db, version, latestSchemaVersion()); !migrated)
            return Error {migrated.error().code,
                          tr("Tuma could not update the database %1 to this version. It has "
                             "been left as it was.")
                              .arg(nativePath),
                          migrated.error().messageWithDetail()};
        qCDebug(lcDatabase) << "database migrated from version" << version << "to"
                            << latestSchemaVersion();
    }
    return {};
}

Result<void> Database::migrate(QSqlDatabase& db, int fromVersion, int toVersion)
{
    QSqlQuery query(db);
    // A step that rebuilds a table drops the old one: with foreign keys on, that would first
    // delete every row and cascade to the rows that refer to them. SQLite ignores this pragma
    // inside a transaction, so it is set around it; the references are checked before commit.
    query.exec(QStringLiteral("PRAGMA foreign_keys"));
    const bool foreignKeys = query.next() && query.value(0).toBool();
    query.finish();
    query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    // Links already broken (a file edited by another tool) are not the update's to judge:
    // only new ones stop it.
    const auto brokenLinks = [&query] {
        return query.exec(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"))
                && query.next()
            ? query.value(0).toLongLong()
            : -1;
    };
    const qint64 brokenBefore = qMax<qint64>(0, brokenLinks());
    query.finish();
    const auto restoreForeignKeys = qScopeGuard([&db, foreignKeys] {
        if (foreignKeys)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    });
    if (!db.transaction())
        return Error {QStringLiteral("migration_failed"), tr("Could not start a transaction."),
                      db.lastError().text()};
    for (const Migration& step : migrations()) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        const QStringList statements = step.statements
            + QStringList {
                QStringLiteral("UPDATE schema_version SET version = %1").arg(step.version)};
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                const QString detail = query.lastError().text();
                query.finish();
                db.rollback();
                return Error {QStringLiteral("migration_failed"),
                              tr("Step %1 of the database update failed.").arg(step.version),
                              detail};
            }
        }
    }
    if (const qint64 brokenAfter = brokenLinks(); brokenAfter < 0 || brokenAfter > brokenBefore) {
        const QString detail = brokenAfter < 0
            ? query.lastError().text()
            : QStringLiteral("%1 rows refer to missing rows").arg(brokenAfter - brokenBefore);
        query.finish();
        db.rollback();
        return Error {QStringLiteral("migration_failed"),
                      tr("The database update would break links between its records."), detail};
    }
    query.finish();
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return Error {QStringLiteral("migration_failed"),
                      tr("The database update could not be saved."), detail};
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Result<int> Database::inspect(const QString& requestedPath)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const QString nativePath = QDir::toNativeSeparators(path);
    const Error notTuma {
        QStringLiteral("backup_invalid"),
        tr("%1 is not a Tuma database or backup, or it is damaged.").arg(nativePath),
        {}};

    switch (classifyFile(path)) {
    case FileKind::Missing:
        return Error {
            QStringLiteral("file_not_found"), tr("%1 does not exist.").arg(nativePath), {}};
    case FileKind::Directory:
    case FileKind::Unreadable:
        return Error {
            QStringLiteral("file_unreadable"), tr("Tuma cannot read %1.").arg(nativePath), {}};
    case FileKind::Empty:
    case FileKind::NotSqlite:
        return notTuma;
    case FileKind::Sqlite:
        break;
    }

    ScopedConnection scoped(QStringLiteral("inspect"));
    QSqlDatabase& db = scoped.db();
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return Error {notTuma.code, notTuma.message, db.lastError().text()};

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok"))
        return Error {notTuma.code, notTuma.message,
                      query.lastError().isValid() ? query.lastError().text()
                                                  : query.value(0).toString()};
    if (!hasTable(db, QStringLiteral("schema_version"))
        || !query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return notTuma;
    const int version = query.value(0).toInt();
    if (version > latestSchemaVersion())
        return tooNewDatabase(nativePath, version);
    return version;
}

Result<void> Database::backupTo(const QString& requestedTarget, const Progress& progress) const
{
    const QString target = QFileInfo(requestedTarget).absoluteFilePath();
    const QString nativeTarget = QDir::toNativeSeparators(target);
    if (QFileInfo(target) == QFileInfo(m_path))
        return Error {QStringLiteral("backup_onto_itself"),
                      tr("A backup cannot overwrite the database it copies. Choose another file "
                         "name."),
                      {}};
    if (QFileInfo(target).isDir())
        return Error {QStringLiteral("backup_failed"),
                      tr("%1 is a folder. Choose a file name for the backup.").arg(nativeTarget),
                      {}};

    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    // A backup holds every customer: readable by its owner only, from its first byte.
    (void)PrivateFiles::makeFile(partial);
    CopyOutcome outcome;
    {
        ScopedConnection scoped(QStringLiteral("backup"));
        QSqlDatabase& copy = scoped.db();
        copy.setDatabaseName(partial);
        if (!copy.open()) {
            outcome.failure = copy.lastError().text();
        } else {
            outcome = copyDatabase(Database::nativeHandle(connection()),
                                   Database::nativeHandle(copy), progress);
            QSqlQuery query(copy);
            if (outcome.failure.isEmpty()
                && !query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
                outcome.failure = query.lastError().text();
        }
    }
    if (outcome.failure.isEmpty()) {
        QFile::remove(target);
        if (!QFile::rename(partial, target))
            outcome.failure = QStringLiteral("could not rename the finished copy");
    }
    if (!outcome.failure.isEmpty()) {
        QFile::remove(partial);
        if (outcome.cancelled)
            return Error {QStringLiteral("cancelled"), tr("The backup was cancelled."), {}};
        return Error {QStringLiteral("backup_failed"),
                      tr("The backup to %1 failed. Check that the folder exists, that you may "
                         "write there and that the disk is not full.")
                          .arg(nativeTarget),
                      outcome.failure};
    }
    return {};
}

Result<void> Database::restoreFrom(const QString& source, const Progress& progress,
                                   const Prepare& prepare)
{
    const Result<int> inspected = inspect(source);
    if (!inspected)
        return inspected.error();
    if (QFileInfo(source) == QFileInfo(m_path))
        return Error {QStringLiteral("restore_onto_itself"),
                      tr("That file is the database Tuma is using. Choose a backup file."),
                      {}};
    const QString nativeSource = QDir::toNativeSeparators(QFileInfo(source).absoluteFilePath());

    // Bring a copy of the backup up to the current schema first, so the live database is
    // replaced in one step by content this version can use, or not at all.
    const QString staging = m_path + QStringLiteral(".restoring");
    const auto removeStaging = [&staging] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(staging + suffix);
    };
    removeStaging();
    (void)PrivateFiles::makeFile(staging);
    // Copied through SQLite, not as a file, so a backup still in WAL mode comes whole.
    CopyOutcome staged;
    {
        ScopedConnection backup(QStringLiteral("restore-source"));
        backup.db().setDatabaseName(QFileInfo(source).absoluteFilePath());
        backup.db().setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ScopedConnection copy(QStringLiteral("restore-staging"));
        copy.db().setDatabaseName(staging);
        if (!backup.db().open() || !copy.db().open())
            staged.failure = backup.db().lastError().text() + copy.db().lastError().text();
        else
            staged = copyDatabase(Database::nativeHandle(backup.db()),
                                  Database::nativeHandle(copy.db()), {});
    }
    if (!staged.failure.isEmpty()) {
        removeStaging();
        return Error {QStringLiteral("restore_failed"),
                      tr("Restoring from %1 failed; the current data is unchanged. Check that the "
                         "disk is not full.")
                          .arg(nativeSource),
                      staged.failure};
    }

    CopyOutcome outcome;
    {
        Result<std::unique_ptr<Database>> prepared = open(staging);
        if (!prepared)
            outcome.failure = prepared.error().messageWithDetail();
        else if (Result<void> held = prepare ? prepare(*prepared.value()) : Result<void>(); !held)
            outcome.failure = held.error().messageWithDetail();
        else
            outcome = copyDatabase(Database::nativeHandle(prepared.value()->connection()),
                                   Database::nativeHandle(connection()), progress);
    }
    removeStaging();
    if (outcome.cancelled)
        return Error {QStringLiteral("cancelled"),
                      tr("The restore was cancelled; the current data is unchanged."),
                      {}};
    if (!outcome.failure.isEmpty())
        return Error {
            QStringLiteral("restore_failed"),
            tr("Restoring from %1 failed; the current data is unchanged.").arg(nativeSource),
            outcome.failure};
    return configure();
}

QString Database::errorCode(const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED ? QStringLiteral("database_busy")
                                                        : QStringLiteral("storage_failed");
}

Database::ShortWait::ShortWait(const Database& database, int ms)
    : m_handle(nativeHandle(database.connection()))
{
    if (m_handle)
        sqlite3_busy_timeout(m_handle, ms);
}

Database::ShortWait::~ShortWait()
{
    if (m_handle)
        sqlite3_busy_timeout(m_handle, busyTimeoutMs);
}

Database::Transaction::Transaction(const Database& database, Lock lock)
    : m_database(database)
{
    QSqlDatabase db = m_database.connection();
    if (lock == Lock::Immediate) {
        QSqlQuery begin(db);
        m_open = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_open)
            remember(begin.lastError());
        return;
    }
    m_open = db.transaction();
    if (!m_open)
        remember(db.lastError());
}

Database::Transaction::~Transaction()
{
    rollback();
}

bool Database::Transaction::commit()
{
    if (!m_open)
        return false;
    QSqlDatabase db = m_database.connection();
    if (db.commit()) {
        m_open = false;
        return true;
    }
    remember(db.lastError());
    rollback();
    return false;
}

void Database::Transaction::remember(const QSqlError& error)
{
    m_code = Database::errorCode(error);
    m_detail = error.text();
}

void Database::Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_database.connection().rollback();
}

Database::LargeCache::LargeCache(const Database& database, int kib)
    : m_database(database)
{
    QSqlQuery pragma(m_database.connection());
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        m_previous = pragma.value(0).toInt();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
}

Database::LargeCache::~LargeCache()
{
    QSqlQuery(m_database.connection())
        .exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}

sqlite3* Database::nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace tuma
