// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GroupStore.h"
#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace tuma {

class Database;
class NativeStatement;

// The write transaction of a contact import, on SQLite's own handle (a million rows through
// Qt Sql would cost seconds in QVariant conversions alone). Rows go in one by one and each
// gets its outcome; finish() rebuilds what a bulk import dropped and commits. Rolled back
// unless finished, and the connection's cache, checkpoint and thread settings are put back
// either way. Used on the database's thread.
class ContactBulkWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ContactBulkWriter)

public:
    struct Options
    {
        // A number already saved takes the row's values (what the row leaves empty is kept);
        // otherwise the saved contact stays as it is.
        bool updateExisting = false;
        // Every row's contact joins this group (made if new); empty: none.
        QString groupName;
        // The custom fields, in the order their values follow the fixed ones in a row.
        QStringList customKeys;
        const std::atomic_bool* cancel = nullptr;
    };
    // A row's values, UTF-8, in this order; the custom fields follow from Custom on.
    enum Value { FirstName, LastName, Email, Groups /* names separated by ';' */, Custom };
    struct Outcomes
    {
        qint64 imported = 0;
        qint64 updated = 0;
        qint64 existing = 0;
    };
    using Progress = std::function<void(double fraction)>;

    // How many contacts a row-by-row import may add before the indexes are dropped and
    // rebuilt instead (sorting wins over inserting into them from there).
    static constexpr qint64 rebuildIndexesFrom = 50'000;

    ContactBulkWriter(const Database& database, Options options);
    ~ContactBulkWriter();
    Q_DISABLE_COPY_MOVE(ContactBulkWriter)

    // Takes the write lock. `bulk`: the rows will outnumber the contacts saved, so the indexes
    // go now; otherwise they go once enough rows have been written to know.
    Result<void> begin(bool bulk);
    // One row: `phone` as its E.164 digits; `exists` whether the checks found it saved (the
    // database may have changed since: the row gets the outcome it has now).
    Result<void> write(quint64 phone, bool exists, const QList<QByteArrayView>& values);
    // Rebuilds the indexes (progress from `from` to 1), runs `alsoRecord` (what the caller
    // records with the rows: fields, the audit entry) and commits.
    Result<void> finish(const Progress& progress, double from,
                        const std::function<Result<void>()>& alsoRecord);

    const Outcomes& outcomes() const { return m_outcomes; }
    const Database& database() const { return m_database; }
    bool rebuildsIndexes() const { return !m_rebuildIndexes.isEmpty(); }
    qint64 indexMs() const { return m_indexMs; }
    qint64 commitMs() const { return m_commitMs; }

    // How many contacts are saved.
    static Result<qint64> savedCount(const Database& database);
    // Every saved contact's number (as its E.164 digits) and id. An error when the read
    // failed part-way, so that no caller mistakes a partial list for the whole.
    static Result<void> visitSaved(const Database& database,
                                   const std::function<void(quint64 phone, qint64 id)>& visit);
    // Whether a number is saved, one indexed lookup each: for a few rows against many
    // contacts.
    class Lookup final
    {
    public:
        explicit Lookup(const Database& database);
        ~Lookup();
        Q_DISABLE_COPY_MOVE(Lookup)

        bool isSaved(quint64 phone);

    private:
        std::unique_ptr<NativeStatement> m_statement;
    };

private:
    void pragma(const QByteArray& statement);
    int pragmaValue(const char* statement, int fallback);
    Error sqliteError() const;
    Result<qint64> groupId(const QString& name);
    Result<void> switchToBulk();
    void finalizeStatements();
    Result<void> prepareStatements();
    qint64 run(const NativeStatement& statement, const QList<QByteArrayView>& values);
    void encodeFields(const QList<QByteArrayView>& values);

    const Database& m_database;
    sqlite3* m_db = nullptr;
    Options m_options;
    GroupStore m_groups;
    const qint64 m_now;
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
    std::unique_ptr<NativeStatement> m_insert;
    std::unique_ptr<NativeStatement> m_update;
    std::unique_ptr<NativeStatement> m_lookup;
    std::unique_ptr<NativeStatement> m_member;

    // The current row.
    char m_phone[24] = {};
    int m_phoneLength = 0;
    QByteArray m_fields;
    QList<qint64> m_memberOf;
    qint64 m_done = 0;

    Outcomes m_outcomes;
    qint64 m_indexMs = 0;
    qint64 m_commitMs = 0;
};

} // namespace tuma
