// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "SheetRow.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace tuma {

class XlsxReader;

struct SpreadsheetOptions
{
    std::optional<TextEncoding> encoding; // text files: detected when empty
    std::optional<QChar> delimiter; // text files: detected when empty
    QString sheet; // .xlsx: a sheet name or 1-based number; empty = first
};

// Any spreadsheet a user brings: delimited text or an .xlsx workbook, told apart by content,
// not by the file name. Old .xls files are refused with what to do instead.
class SpreadsheetReader final
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)

public:
    // Larger files are refused up front: 1 GiB of CSV is about 18 million rows.
    static constexpr qint64 kMaxFileSize = qint64(1) << 30;

    ~SpreadsheetReader();
    Q_DISABLE_COPY_MOVE(SpreadsheetReader)

    static Result<std::unique_ptr<SpreadsheetReader>> open(const QString& path,
                                                           const SpreadsheetOptions& options = {});

    bool isWorkbook() const { return m_workbook != nullptr; }
    // The CLI's names: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, or xlsx.
    QString encodingName() const;
    std::optional<QChar> delimiter() const;
    QStringList sheetNames() const;
    QString path() const { return m_path; }

    // Every non-blank row from the start, as the file has it; `visit` returns false to stop.
    // `progress` gets a fraction from 0 to 1. May be called again to read the file anew.
    Result<void> read(const std::function<bool(const SheetRow&)>& visit,
                      const std::function<void(double)>& progress = {});
    // The first `limit` rows.
    Result<QList<SheetRow>> firstRows(int limit);

private:
    SpreadsheetReader() = default;

    QString m_path;
    qint64 m_size = 0;
    CsvDialect m_dialect;
    std::unique_ptr<XlsxReader> m_workbook;
    int m_sheetIndex = 0;
};

} // namespace tuma
