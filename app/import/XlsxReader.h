// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetRow.h"
#include "core/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace tuma {

// Reads an Excel workbook (.xlsx, Office Open XML) one worksheet row at a time. Only the
// shared strings (the workbook's table of distinct texts) and the styles are held in memory;
// a sheet's XML is streamed straight out of the zip and its rows are never held together.
//
// Every cell comes back as text, the way the user sees it in Excel: numbers as the digits
// typed (no scientific notation, no ".0"), dates as ISO 8601, booleans as TRUE/FALSE,
// error values as their code (#N/A), text exactly as stored.
class XlsxReader final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    XlsxReader();
    ~XlsxReader();
    XlsxReader(XlsxReader&&) noexcept;
    XlsxReader& operator=(XlsxReader&&) noexcept;
    Q_DISABLE_COPY(XlsxReader)

    // Opens the package and reads the workbook, its relationships, the shared strings and the
    // styles. A failed open leaves the reader closed.
    Result<void> open(const QString& path);
    void close();

    // In workbook order (the order of Excel's tabs), hidden sheets included.
    QStringList sheetNames() const;

    // Streams the rows of sheet `index` (0-based) in document order. Rows missing from the
    // XML and rows whose cells are all empty are not visited. `visit` returns false to stop
    // early (cancel or limit); stopping is not an error.
    using Visitor = std::function<bool(const SheetRow&)>;
    Result<void> readSheet(int index, const Visitor& visit);

    // Uncompressed XML bytes of the sheet being read, consumed so far and in all, for a
    // progress bar; meaningful while readSheet runs (from `visit`).
    qint64 sheetBytesRead() const;
    qint64 sheetBytesTotal() const;

    // From the first bytes of a file, so a caller can choose a reader before opening it.
    static bool looksLikeZip(QByteArrayView firstBytes);
    // Excel 97–2003 workbooks and every password-protected workbook (.xls or .xlsx).
    static bool looksLikeOleCompound(QByteArrayView firstBytes);

private:
    class Private;
    std::unique_ptr<Private> m_d;
};

} // namespace tuma
