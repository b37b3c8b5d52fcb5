// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace tuma {

// One row as read from a spreadsheet: its cells exactly as the file has them, and the line
// (CSV) or row number (.xlsx) where it starts, for messages that say where to look.
struct SheetRow
{
    qint64 rowNumber = 0;
    QStringList cells;
};

} // namespace tuma
