// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <sqlite3.h>

namespace tuma {

// A statement prepared on SQLite's own handle and finalized with it: storage's fast paths
// (a launch's outbox, an import's contacts) skip Qt Sql's QVariant per value. Storage only.
class NativeStatement final
{
public:
    NativeStatement(sqlite3* db, const char* sql)
    {
        if (db)
            sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~NativeStatement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(NativeStatement)

    sqlite3_stmt* get() const { return m_stmt; }
    explicit operator bool() const { return m_stmt != nullptr; }

    // Text that outlives the next step (SQLITE_STATIC: not copied).
    void bindText(int index, QByteArrayView text) const
    {
        sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace tuma
