// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace tuma {

class Database;
class SpreadsheetReader;

// A row that gave no number to suppress, as the user finds it in the file.
struct OptOutRejectedRow
{
    qint64 line = 0; // 1-based, as a spreadsheet numbers rows (the header is line 1)
    QString cell; // what the phone column held
    QString why;
};

struct OptOutImportCounts
{
    static constexpr int rejectedKept = 1000;

    qint64 rows = 0;
    qint64 added = 0;
    qint64 alreadyListed = 0;
    qint64 invalid = 0;
    bool reasonColumn = false; // a column headed Reason (Sababu, Note…) was read
    QList<OptOutRejectedRow> rejected; // the first rejectedKept of them
};

// A list of numbers to suppress, from any spreadsheet: the phone column is found by its
// header or, without one, by its content; a column headed Reason (or Sababu, Note, Comment)
// gives each number its reason; every valid number is added in one transaction, and the rows
// without one are listed with the reason.
class OptOutImport final
{
    Q_DECLARE_TR_FUNCTIONS(OptOutImport)

public:
    static Result<OptOutImportCounts> run(const Database& database, SpreadsheetReader& reader,
                                          const QString& region,
                                          const std::function<void(double)>& progress = {},
                                          const std::atomic_bool* cancel = nullptr);
};

} // namespace tuma
