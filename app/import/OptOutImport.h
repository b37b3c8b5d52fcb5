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

struct OptOutImportCounts
{
    qint64 rows = 0;
    qint64 added = 0;
    qint64 alreadyListed = 0;
    qint64 invalid = 0;
};

// A list of numbers to suppress, from any spreadsheet: the phone column is found by its
// header or, without one, by its content; every valid number is added in one transaction.
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
