// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace tuma {

// Writes a one-sheet Excel workbook (.xlsx) a row at a time, without holding the rows.
// Every cell is an inline string, so "0712345678" and "+254712345678" reach Excel exactly as
// written and a text such as "=1+1" is never a formula. Characters XML cannot hold are kept
// as Excel's _xHHHH_ escapes. The file is written next to the target and renamed over it by
// close(): a failed or abandoned export leaves no half-written file behind.
class XlsxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    static constexpr qint64 kMaxRows = 1048576;
    static constexpr int kMaxColumns = 16384;
    static constexpr int kMaxCellLength = 32767;

    XlsxWriter();
    // Discards the file unless close() succeeded.
    ~XlsxWriter();
    Q_DISABLE_COPY_MOVE(XlsxWriter)

    // `sheetName` is made acceptable to Excel (see sheetNameFor).
    Result<void> open(const QString& path, const QString& sheetName);
    // A bold first row is a header: it stays in view when the sheet scrolls. Excel's limits
    // (rows, columns, characters in a cell) are errors, never a file Excel would refuse.
    Result<void> writeRow(const QStringList& cells, bool bold = false);
    Result<void> close();

    qint64 rowsWritten() const;

    // Excel's rules for a tab name: at most 31 characters, none of : \ / ? * [ ], no
    // apostrophe at either end, not empty, not "History".
    static QString sheetNameFor(const QString& name);

private:
    class Private;
    std::unique_ptr<Private> m_d;
};

} // namespace tuma
