// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers the benchmarks share: a benchmark stops at the first thing that goes wrong,
// and reads its memory and time the same way.

#include "core/Result.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace tuma::bench {

template<typename T> T orDie(Result<T> result, const char* what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().messageWithDetail()));
    return std::move(result).value();
}

inline void orDie(const Result<void>& result, const char* what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().messageWithDetail()));
}

// One SQL statement on the database's own connection, or the end of the benchmark.
inline void execOrDie(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

// A line of /proc/self/status in KiB, such as "VmHWM:" (the peak resident size); -1 elsewhere.
inline long statusKiB(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLong();
    }
    return -1;
}

inline double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace tuma::bench
