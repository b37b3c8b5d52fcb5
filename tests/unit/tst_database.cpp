// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/WalCheckpointer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace tuma;

namespace {

QByteArray fileDigest(const QString& path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

QVariant scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

void addContact(const Database& database, const QString& phone, const QString& firstName)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("INSERT INTO contacts (phone, first_name, created_at, updated_at) "
                                 "VALUES (?, ?, 0, 0)"));
    query.addBindValue(phone);
    query.addBindValue(firstName);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
}

// Enough data (about 9 MB) that copying it takes several backup steps of 1024 pages.
void fillWithLargeContacts(const Database& database)
{
    QSqlDatabase db = database.connection();
    QVERIFY(db.transaction());
    for (int i = 0; i < 3000; ++i)
        addContact(database, QStringLiteral("+2547%1").arg(20000000 + i), QString(3000, u'n'));
    QVERIFY(db.commit());
}

static int modeOf(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 0777);
}

int contactCount(const Database& database)
{
    return scalar(database.connection(), QStringLiteral("SELECT count(*) FROM contacts")).toInt();
}

// Builds a database as Tuma at `version` left it, through a plain connection.
void createAtVersion(const QString& path, int version)
{
    const QString name = QStringLiteral("build-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        if (version > 0)
            QVERIFY(Database::migrate(db, 0, version).ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void freshDatabaseHasLatestSchema()
    {
        const QString path = m_dir.filePath(QStringLiteral("nested/folder/fresh.db"));
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(),
                 qPrintable(opened.ok() ? QString() : opened.error().messageWithDetail()));
        Database& database = *opened.value();
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(database.schemaVersion(), latestSchemaVersion());
        const QSqlDatabase db = database.connection();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
        for (const char* table :
             {"contacts", "contact_groups", "group_members", "templates", "accounts", "campaigns",
              "messages", "suppression_list", "audit_log"}) {
            QVERIFY2(
                scalar(db,
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                      "AND name = '%1'")
                           .arg(QLatin1String(table)))
                        .toInt()
                    == 1,
                table);
        }
    }

    void accountsHoldNoSecretColumn()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("columns.db")));
        QVERIFY(opened.ok());
        QSqlQuery query(opened.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM pragma_table_info('accounts')")));
        QStringList columns;
        while (query.next())
            columns.append(query.value(0).toString());
        QVERIFY(columns.contains(QStringLiteral("secret_ref")));
        for (const QString& column : columns) {
            QVERIFY2(!column.contains(QLatin1String("key"))
                         && !column.contains(QLatin1String("password"))
                         && !column.contains(QLatin1String("token")),
                     qPrintable(column));
        }
    }

    void checkpointsLeaveTheCommittingThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("checkpoint.db"));
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        Database& database = *opened.value();
        const auto autoCheckpoint = [&] {
            QSqlQuery query(database.connection());
            return query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next()
                ? query.value(0).toInt()
                : -1;
        };
        const qint64 before = QFileInfo(path).size();
        {
            WalCheckpointer checkpointer(database, 60'000);
            QCOMPARE(autoCheckpoint(), 0);
            // Enough to pass SQLite's own threshold: the commits leave it all in the log.
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            for (int i = 0; i < 6000; ++i) {
                QVERIFY(query.exec(QStringLiteral("INSERT INTO audit_log (at, os_user, action, "
                                                  "subject) VALUES (%1, 'u', 'test', '%2')")
                                       .arg(i)
                                       .arg(QString(800, QLatin1Char('x')))));
            }
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
            QFileInfo main(path);
            QCOMPARE(main.size(), before);
            QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 4'000'000);
            // The checkpointer's pool thread copies the log into the database file.
            QVERIFY(checkpointer.checkpoint());
            QTRY_COMPARE(checkpointer.completed(), 1);
            main.refresh();
            QVERIFY2(main.size() > before + 4'000'000, qPrintable(QString::number(main.size())));
        }
        QCOMPARE(autoCheckpoint(), 1000);
    }

    void foreignKeysAreEnforced()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("fk.db")));
        QVERIFY(opened.ok());
        QSqlQuery query(opened.value()->connection());
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO group_members (group_id, contact_id) VALUES (7, 9)")));
        QVERIFY(
            query.lastError().text().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive));
    }

    void reopeningKeepsData()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            addContact(*opened.value(), QStringLiteral("+254712345678"), QStringLiteral("Amina"));
        }
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(contactCount(*reopened.value()), 1);
    }

    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 0; version < latestSchemaVersion(); ++version)
            QTest::addRow("from version %d", version) << version;
    }

    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, version);
        const QString path = m_dir.filePath(QStringLiteral("old-%1.db").arg(version));
        createAtVersion(path, version);
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(),
                 qPrintable(opened.ok() ? QString() : opened.error().messageWithDetail()));
        QCOMPARE(opened.value()->schemaVersion(), latestSchemaVersion());
    }

    // Version 5 rebuilds the outbox without its unique (campaign, number) index: what was
    // in it is kept as it was, and its foreign keys and indexes still hold.
    void outboxKeepsItsMessagesThroughVersion5()
    {
        const QString path = m_dir.filePath(QStringLiteral("outbox-v4.db"));
        createAtVersion(path, 4);
        const QString name = QStringLiteral("fill-v4");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString& statement :
                 {QStringLiteral("INSERT INTO accounts (id, name, provider, base_url, "
                                 "secret_ref, created_at, updated_at) VALUES (1, 'A', "
                                 "'quickflow', 'http://127.0.0.1', 'ref', 0, 0)"),
                  QStringLiteral("INSERT INTO contacts (id, phone, created_at, updated_at) "
                                 "VALUES (7, '+254712000001', 0, 0)"),
                  QStringLiteral("INSERT INTO campaigns (id, name, account_id, state, "
                                 "template_body, created_at) VALUES (3, 'C', 1, 'running', "
                                 "'Hi', 0)"),
                  QStringLiteral("INSERT INTO messages (id, campaign_id, contact_id, phone, "
                                 "body, encoding, segments, credits, state, "
                                 "provider_message_id, updated_at) VALUES (11, 3, 7, "
                                 "'+254712000001', 'Hi', 'GSM-7', 1, 1, 'accepted', 'p-1', "
                                 "5)")}) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);

        auto opened = Database::open(path);
        QVERIFY2(opened.ok(),
                 qPrintable(opened.ok() ? QString() : opened.error().messageWithDetail()));
        const QSqlDatabase db = opened.value()->connection();
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT phone || ' ' || state || ' ' || "
                                       "provider_message_id FROM messages WHERE id = 11"))
                     .toString(),
                 QStringLiteral("+254712000001 accepted p-1"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name "
                                       "FROM sqlite_master WHERE tbl_name = 'messages' AND "
                                       "type = 'index' ORDER BY name)"))
                     .toString(),
                 QStringLiteral("messages_campaign_state,messages_contact,messages_provider_id"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
        QSqlQuery query(db);
        // The contact goes, the message stays without it; the campaign goes, and so does it.
        QVERIFY(query.exec(QStringLiteral("DELETE FROM contacts WHERE id = 7")));
        QVERIFY(
            scalar(db, QStringLiteral("SELECT contact_id FROM messages WHERE id = 11")).isNull());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM campaigns WHERE id = 3")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 0);
    }

    // Version 6 rebuilds contacts with the phone index as an index of its own: every contact
    // keeps its id, its groups and its messages, and a number is still saved only once.
    void contactsKeepTheirLinksThroughVersion6()
    {
        const QString path = m_dir.filePath(QStringLiteral("contacts-v5.db"));
        createAtVersion(path, 5);
        const QString name = QStringLiteral("fill-v5");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const QString& statement :
                 {QStringLiteral("INSERT INTO accounts (id, name, provider, base_url, "
                                 "secret_ref, created_at, updated_at) VALUES (1, 'A', "
                                 "'quickflow', 'http://127.0.0.1', 'ref', 0, 0)"),
                  QStringLiteral("INSERT INTO contacts (id, phone, first_name, fields, "
                                 "created_at, updated_at) VALUES (7, '+254712000001', 'Amina', "
                                 "'{\"balance\":\"5\"}', 1, 2), (9, '+254712000002', "
                                 "'Baraka', '{}', 3, 4)"),
                  QStringLiteral("INSERT INTO contact_groups (id, name, created_at) "
                                 "VALUES (2, 'Wanachama', 0)"),
                  QStringLiteral("INSERT INTO group_members (group_id, contact_id) "
                                 "VALUES (2, 7), (2, 9)"),
                  // A link another tool broke (foreign keys are off here): the update is
                  // not stopped by it, and leaves it as it found it.
                  QStringLiteral("INSERT INTO group_members (group_id, contact_id) "
                                 "VALUES (2, 99)"),
                  QStringLiteral("CREATE INDEX contacts_field_balance ON contacts "
                                 "(json_extract(fields, '$.\"balance\"') COLLATE NOCASE)"),
                  QStringLiteral("INSERT INTO campaigns (id, name, account_id, state, "
                                 "template_body, created_at) VALUES (3, 'C', 1, 'completed', "
                                 "'Hi', 0)"),
                  QStringLiteral("INSERT INTO messages (id, campaign_id, contact_id, phone, "
                                 "body, encoding, segments, credits, state, updated_at) "
                                 "VALUES (11, 3, 7, '+254712000001', 'Hi', 'GSM-7', 1, 1, "
                                 "'delivered', 5)")}) {
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);

        auto opened = Database::open(path);
        QVERIFY2(opened.ok(),
                 qPrintable(opened.ok() ? QString() : opened.error().messageWithDetail()));
        const QSqlDatabase db = opened.value()->connection();
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT group_concat(id || ' ' || phone || ' ' || "
                                       "first_name || ' ' || fields || ' ' || created_at || ' ' "
                                       "|| updated_at, ';') FROM (SELECT * FROM contacts "
                                       "ORDER BY id)"))
                     .toString(),
                 QStringLiteral("7 +254712000001 Amina {\"balance\":\"5\"} 1 2;"
                                "9 +254712000002 Baraka {} 3 4"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name "
                                       "FROM sqlite_master WHERE tbl_name = 'contacts' AND "
                                       "type = 'index' ORDER BY name)"))
                     .toString(),
                 QStringLiteral("contacts_first_name,contacts_last_name,contacts_phone"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM group_members")).toInt(), 3);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT contact_id FROM messages WHERE id = 11")).toInt(), 7);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 1);
        // Foreign keys are on again, and still act.
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QSqlQuery query(db);
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO contacts (phone, created_at, updated_at) "
                                           "VALUES ('+254712000002', 0, 0)")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM contacts WHERE id = 7")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM group_members")).toInt(), 2);
        QVERIFY(
            scalar(db, QStringLiteral("SELECT contact_id FROM messages WHERE id = 11")).isNull());
    }

    void failedMigrationChangesNothing()
    {
        // A step that fails half-way (its table already exists) must leave no trace.
        const QString name = QStringLiteral("half");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_dir.filePath(QStringLiteral("half.db")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE templates (x)")));
            const Result<void> migrated = Database::migrate(db, 0, latestSchemaVersion());
            QVERIFY(!migrated.ok());
            QCOMPARE(migrated.error().code, QStringLiteral("migration_failed"));
            QCOMPARE(
                scalar(db,
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"))
                    .toInt(),
                1);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void refusesNewerSchemaUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.db"));
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            QSqlQuery query(opened.value()->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE schema_version SET version = %1")
                                   .arg(latestSchemaVersion() + 1)));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileDigest(path);
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("database_too_new"));
        QVERIFY(refused.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(refused.error().message.contains(QLatin1String("newer version of Tuma")));
        QCOMPARE(fileDigest(path), before);

        const Result<int> inspected = Database::inspect(path);
        QVERIFY(!inspected.ok());
        QCOMPARE(inspected.error().code, QStringLiteral("database_too_new"));
    }

    void refusesDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::newRow("text") << QByteArray("name,phone\nAmina,0712345678\n")
                              << QStringLiteral("database_corrupt");
        QTest::newRow("binary") << QByteArray(4096, '\xA5') << QStringLiteral("database_corrupt");
        QByteArray header("SQLite format 3\0", 16);
        QTest::newRow("header only")
            << header + QByteArray(80, '\xFF') << QStringLiteral("database_corrupt");
    }

    void refusesDamagedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        const QString path = m_dir.filePath(
            QStringLiteral("damaged-%1.db").arg(QLatin1String(QTest::currentDataTag())));
        test::writeFile(path, content);
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QVERIFY2(refused.error().message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(refused.error().message));
        QCOMPARE(test::readFile(path), content);
    }

    void refusesTruncatedDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("truncated.db"));
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            for (int i = 0; i < 500; ++i)
                addContact(*opened.value(), QStringLiteral("+2547%1").arg(10000000 + i),
                           QStringLiteral("Name %1").arg(i));
            QSqlQuery query(opened.value()->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        QByteArray content = test::readFile(path);
        QVERIFY(content.size() > 8192);
        content.truncate(content.size() / 2);
        test::writeFile(path, content);
        // Opening may succeed while the damage is in pages not yet read, but inspecting (as
        // restore does) reads every page.
        const Result<int> inspected = Database::inspect(path);
        QVERIFY(!inspected.ok());
        QCOMPARE(inspected.error().code, QStringLiteral("backup_invalid"));
    }

    void refusesAnotherProgramsDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileDigest(path);
        auto refused = Database::open(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("database_foreign"));
        QCOMPARE(fileDigest(path), before);
    }

    void refusesFolderAndUnwritablePlace()
    {
        auto folder = Database::open(m_dir.path());
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().code, QStringLiteral("database_is_directory"));

        const QString file = m_dir.filePath(QStringLiteral("plain-file"));
        test::writeFile(file, "x");
        auto impossible = Database::open(file + QStringLiteral("/inside/tuma.db"));
        QVERIFY(!impossible.ok());
        QCOMPARE(impossible.error().code, QStringLiteral("database_unwritable"));
        QCOMPARE(test::readFile(file), QByteArray("x"));
    }

    void resolvesPathFromOptionEnvironmentAndDefault()
    {
        qunsetenv("TUMA_DB");
        QCOMPARE(Database::resolvePath({}), Database::defaultPath());
        QVERIFY(Database::defaultPath().endsWith(QLatin1String("/tuma.db")));
        qputenv("TUMA_DB", "/tmp/from-env.db");
        QCOMPARE(Database::resolvePath({}), QStringLiteral("/tmp/from-env.db"));
        QCOMPARE(Database::resolvePath(QStringLiteral("given.db")), QStringLiteral("given.db"));
        qunsetenv("TUMA_DB");
    }

    void customersDataIsReadableByItsOwnerOnly()
    {
        // Whatever the user's umask: a new database, its -wal and -shm files, the folder Tuma
        // makes for it, a backup and a restore's result are the owner's alone.
        const mode_t previous = ::umask(0022);
        const auto restoreUmask = qScopeGuard([previous] { ::umask(previous); });
        const QString folder = m_dir.filePath(QStringLiteral("private/data"));
        const QString path = folder + QStringLiteral("/tuma.db");
        {
            auto opened = Database::open(path);
            QVERIFY(opened.ok());
            addContact(*opened.value(), QStringLiteral("+254712345678"), QStringLiteral("Amina"));
            QCOMPARE(modeOf(folder), 0700);
            QCOMPARE(modeOf(path), 0600);
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
            const QString backup = m_dir.filePath(QStringLiteral("private/backup.db"));
            QVERIFY(opened.value()->backupTo(backup).ok());
            QCOMPARE(modeOf(backup), 0600);
            QVERIFY(opened.value()->restoreFrom(backup).ok());
            QCOMPARE(modeOf(path), 0600);
        }

        // Tuma's own data folder, left open by an older Tuma, is closed again (a folder the
        // user chose keeps its mode: offices share them).
        const QString own = QFileInfo(Database::defaultPath()).absolutePath();
        QVERIFY(QDir().mkpath(own));
        QVERIFY(::chmod(QFile::encodeName(own).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
        {
            auto ownDatabase = Database::open(Database::defaultPath());
            QVERIFY(ownDatabase.ok());
        }
        QCOMPARE(modeOf(own), 0700);
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(Database::defaultPath() + suffix);

        // A database an older Tuma left readable by everyone is repaired when opened.
        const QString older = m_dir.filePath(QStringLiteral("older.db"));
        {
            auto made = Database::open(older);
            QVERIFY(made.ok());
            addContact(*made.value(), QStringLiteral("+254712345679"), QStringLiteral("Baraka"));
        }
        QVERIFY(::chmod(QFile::encodeName(older).constData(), 0644) == 0);
        auto reopened = Database::open(older);
        QVERIFY(reopened.ok());
        QCOMPARE(modeOf(older), 0600);
        QCOMPARE(contactCount(*reopened.value()), 1);
        QCOMPARE(modeOf(m_dir.path()), 0755); // the user's own folder keeps its mode
    }

    void backupIsAStandaloneCopy()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("live.db")));
        QVERIFY(opened.ok());
        Database& database = *opened.value();
        addContact(database, QStringLiteral("+254712345678"), QStringLiteral("Amina"));

        const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
        int progressCalls = 0;
        const Result<void> done = database.backupTo(backup, [&](int copied, int total) {
            ++progressCalls;
            return copied <= total;
        });
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().messageWithDetail()));
        QVERIFY(progressCalls > 0);
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".partial")));
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral("-wal")));
        const Result<int> inspected = Database::inspect(backup);
        QVERIFY(inspected.ok());
        QCOMPARE(inspected.value(), latestSchemaVersion());

        auto copy = Database::open(backup);
        QVERIFY(copy.ok());
        QCOMPARE(contactCount(*copy.value()), 1);
    }

    void backupRefusesToOverwriteItself()
    {
        const QString path = m_dir.filePath(QStringLiteral("self.db"));
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        const Result<void> refused = opened.value()->backupTo(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("backup_onto_itself"));
        QCOMPARE(opened.value()->schemaVersion(), latestSchemaVersion());
    }

    void cancelledBackupLeavesNoFile()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("cancel-live.db")));
        QVERIFY(opened.ok());
        fillWithLargeContacts(*opened.value());
        const QString backup = m_dir.filePath(QStringLiteral("cancelled.db"));
        const Result<void> cancelled
            = opened.value()->backupTo(backup, [](int, int) { return false; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
        QVERIFY(!QFileInfo::exists(backup));
        QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".partial")));
    }

    void restoreBringsBackTheBackup()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("restore-live.db")));
        QVERIFY(opened.ok());
        Database& database = *opened.value();
        addContact(database, QStringLiteral("+254712345678"), QStringLiteral("Amina"));
        const QString backup = m_dir.filePath(QStringLiteral("restore-backup.db"));
        QVERIFY(database.backupTo(backup).ok());

        addContact(database, QStringLiteral("+233241234567"), QStringLiteral("Kwame"));
        QCOMPARE(contactCount(database), 2);
        const Result<void> restored = database.restoreFrom(backup);
        QVERIFY2(restored.ok(),
                 qPrintable(restored.ok() ? QString() : restored.error().messageWithDetail()));
        QCOMPARE(contactCount(database), 1);
        QCOMPARE(scalar(database.connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(database.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(!QFileInfo::exists(database.path() + QStringLiteral(".restoring")));

        // Another connection to the same file sees the restored content too.
        auto other = Database::open(database.path());
        QVERIFY(other.ok());
        QCOMPARE(contactCount(*other.value()), 1);
    }

    void restoreReadsADatabaseStillInWalMode()
    {
        // Another Tuma database, open, with its latest rows still only in its -wal file.
        auto source = Database::open(m_dir.filePath(QStringLiteral("wal-source.db")));
        QVERIFY(source.ok());
        addContact(*source.value(), QStringLiteral("+254700000001"), QStringLiteral("Wanjiku"));
        QVERIFY(QFileInfo(source.value()->path() + QStringLiteral("-wal")).size() > 0);

        auto target = Database::open(m_dir.filePath(QStringLiteral("wal-target.db")));
        QVERIFY(target.ok());
        const Result<void> restored = target.value()->restoreFrom(source.value()->path());
        QVERIFY2(restored.ok(),
                 qPrintable(restored.ok() ? QString() : restored.error().messageWithDetail()));
        QCOMPARE(contactCount(*target.value()), 1);
    }

    void failedOrCancelledRestoreKeepsCurrentData()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("keep-live.db")));
        QVERIFY(opened.ok());
        Database& database = *opened.value();
        addContact(database, QStringLiteral("+254712345678"), QStringLiteral("Amina"));

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.db"));
        test::writeFile(garbage, QByteArray(10000, 'x'));
        Result<void> refused = database.restoreFrom(garbage);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("backup_invalid"));
        QCOMPARE(contactCount(database), 1);

        refused = database.restoreFrom(m_dir.filePath(QStringLiteral("missing.db")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("file_not_found"));

        // A backup with other content, restored but cancelled half-way: nothing changes.
        auto otherOpened = Database::open(m_dir.filePath(QStringLiteral("keep-other.db")));
        QVERIFY(otherOpened.ok());
        fillWithLargeContacts(*otherOpened.value());
        const QString backup = m_dir.filePath(QStringLiteral("keep-backup.db"));
        QVERIFY(otherOpened.value()->backupTo(backup).ok());
        int calls = 0;
        refused = database.restoreFrom(backup, [&calls](int copied, int total) {
            ++calls;
            return copied < total / 2;
        });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("cancelled"));
        QVERIFY(calls >= 1);
        QCOMPARE(contactCount(database), 1);
    }

    void auditLogRecordsWhoAndWhat()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("audit.db")));
        QVERIFY(opened.ok());
        AuditLog log(*opened.value());
        QVERIFY(log.record(QStringLiteral("database.backup"), QStringLiteral("/tmp/b.db"),
                           {{QStringLiteral("bytes"), 4096}})
                    .ok());
        const auto entries = log.latest(10);
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), 1);
        const AuditEntry& entry = entries.value().constFirst();
        QCOMPARE(entry.action, QStringLiteral("database.backup"));
        QCOMPARE(entry.subject, QStringLiteral("/tmp/b.db"));
        QCOMPARE(entry.detail.value(QStringLiteral("bytes")).toInt(), 4096);
        QCOMPARE(entry.osUser, AuditLog::currentOsUser());
        QVERIFY(!entry.osUser.isEmpty());
        QVERIFY(qAbs(entry.at.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
