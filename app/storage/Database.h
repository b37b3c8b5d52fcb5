// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace tuma {

// One connection to a Tuma database file. Opening checks that the file is a Tuma database
// this version understands, turns on WAL and foreign keys and applies pending migrations in
// one transaction. A file that is corrupt, not Tuma's, or from a newer Tuma is refused and
// left exactly as it was. A thread that needs the database opens its own Database with its
// own connection name.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // QStandardPaths::AppDataLocation/tuma.db.
    static QString defaultPath();
    // The file a program should use: the --db option, else $TUMA_DB, else defaultPath().
    static QString resolvePath(const QString& commandLinePath);

    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  const QString& connectionName = {});

    // Checks, without changing it, that `path` is a healthy Tuma database this version can
    // open; returns its schema version.
    static Result<int> inspect(const QString& path);

    // Applies the migration steps after `fromVersion` up to and including `toVersion`, in one
    // transaction. Public so tests can build databases as older versions left them.
    static Result<void> migrate(QSqlDatabase& db, int fromVersion, int toVersion);

    // Called as a copy advances, with pages copied and pages in all; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    QSqlDatabase connection() const;

    // The code of an error that only says another connection is writing (SQLITE_BUSY or
    // SQLITE_LOCKED once the busy timeout ran out): "database_busy". Worth trying again.
    static QString errorCode(const QSqlError& error);
    // While it lives, this connection waits at most `ms` for another writer (an import, a
    // launch) instead of the usual ten seconds, so a caller on the GUI thread can come back
    // later rather than freeze. Connections belong to one thread: so does this.
    class ShortWait final
    {
    public:
        ShortWait(const Database& database, int ms);
        ~ShortWait();
        Q_DISABLE_COPY_MOVE(ShortWait)

    private:
        sqlite3* m_handle = nullptr;
    };
    static constexpr int busyTimeoutMs = 10'000;
    // One transaction on a database's connection, for work that spans stores (a campaign's state
    // and its messages together): begun by the constructor, rolled back by the destructor unless
    // commit() succeeded. Used on the connection's thread, like the Database.
    class Transaction final
    {
    public:
        // Deferred takes the write lock at the first write; Immediate at once, so that what the
        // transaction reads is exactly what it writes over (nobody commits in between).
        enum class Lock { Deferred, Immediate };
        explicit Transaction(const Database& database, Lock lock = Lock::Deferred);
        ~Transaction();
        Q_DISABLE_COPY_MOVE(Transaction)

        // Whether it began; failure() says why not.
        bool isOpen() const { return m_open; }
        // Commits; false when that failed (it is rolled back then, and failure() says why).
        bool commit();
        void rollback();
        // The last failure as an Error with the caller's `message` for the user: the code says
        // whether another connection held the database (database_busy: try again later).
        Error failure(const QString& message) const { return Error {m_code, message, m_detail}; }

    private:
        void remember(const QSqlError& error);

        const Database& m_database;
        bool m_open = false;
        QString m_code;
        QString m_detail;
    };
    // While it lives, this connection's page cache holds `kib` KiB instead of SQLite's 2 MB:
    // a transaction that writes a million rows and their indexes (an import, a launch) then
    // stays in memory instead of spilling to the log as it goes (docs/PERFORMANCE.md).
    class LargeCache final
    {
    public:
        LargeCache(const Database& database, int kib);
        ~LargeCache();
        Q_DISABLE_COPY_MOVE(LargeCache)

    private:
        const Database& m_database;
        int m_previous = -2000;
    };
    // SQLite's own handle behind a Qt connection, for the few jobs Qt Sql has no API for
    // (online backup, the bulk insert of an import). Null for another driver.
    static sqlite3* nativeHandle(const QSqlDatabase& db);
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;

    // A consistent copy of the live database (SQLite online backup) as a single file with a
    // rollback journal. Written next to `target` first and renamed, so a failed backup never
    // leaves a half-written file under the chosen name.
    Result<void> backupTo(const QString& target, const Progress& progress = {}) const;

    // Replaces this database's content with `source` after inspecting it. An older backup is
    // first migrated, in a staging copy, to the current schema; the replacement is then one
    // SQLite transaction: if anything fails or it is cancelled, the content stays as it was.
    // `prepare` changes the staging copy before it replaces the content (CampaignControl::
    // restoreBackup holds its campaigns there, so that a restore never sends).
    using Prepare = std::function<Result<void>(const Database& staged)>;
    Result<void> restoreFrom(const QString& source, const Progress& progress = {},
                             const Prepare& prepare = {});

private:
    Database(QString path, QString connectionName);
    Result<void> configure();

    QString m_path;
    QString m_connectionName;
};

} // namespace tuma
