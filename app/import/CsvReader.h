// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetRow.h"
#include "TextEncoding.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tuma {

// How a text export is written: its encoding and the character between cells.
struct CsvDialect
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;
    QChar delimiter = u',';
};

// Reads delimited text (CSV, TSV, TXT) as Excel, LibreOffice and database tools write it:
// RFC 4180 quoting (doubled quotes; delimiters and line breaks inside quotes), CRLF, LF, CR
// and mixed line endings, ragged rows. Lines whose cells are all empty are skipped. Streams
// the file in blocks, so its size does not matter to memory.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // The limits that turn a broken file into a clear message instead of unbounded memory:
    // Excel's own column limit, and a cell far longer than any real one (usually a quote that
    // is never closed).
    static constexpr int kMaxColumns = 16384;
    static constexpr int kMaxCellLength = 100000;

    // The delimiters Tuma recognises, in the order they are preferred on a tie.
    static QList<QChar> candidateDelimiters();
    // The delimiter that splits the sample's lines into the most consistent number of cells
    // (quotes respected); ',' when none does.
    static QChar detectDelimiter(QStringView sample);
    // Encoding from `forcedEncoding` or detection, delimiter from `forcedDelimiter` or
    // detection, both from the first block of `device` (which is left at its start).
    static Result<CsvDialect> detectDialect(QIODevice& device,
                                            std::optional<TextEncoding> forcedEncoding,
                                            std::optional<QChar> forcedDelimiter);

    // Reads every row after the dialect's BOM; `visit` returns false to stop (cancel, limit).
    // `progress` is told the bytes read so far. Fails with the line (and column) of the
    // first problem: bytes that are not valid in the encoding, NUL characters, an
    // unterminated quote, too many columns, a cell beyond the length limit.
    static Result<void> read(QIODevice& device, const CsvDialect& dialect,
                             const std::function<bool(const SheetRow&)>& visit,
                             const std::function<void(qint64 bytesRead)>& progress = {});
};

} // namespace tuma
