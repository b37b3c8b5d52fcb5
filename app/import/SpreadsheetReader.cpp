// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpreadsheetReader.h"

#include "XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace tuma {

SpreadsheetReader::~SpreadsheetReader() = default;

Result<std::unique_ptr<SpreadsheetReader>>
SpreadsheetReader::open(const QString& path, const SpreadsheetOptions& options)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error {QStringLiteral("file_not_found"), tr("%1 does not exist.").arg(shown), {}};
    if (info.isDir())
        return Error {QStringLiteral("not_a_file"),
                      tr("%1 is a folder; choose a spreadsheet file.").arg(shown),
                      {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("read_failed"), tr("Could not open %1.").arg(shown),
                      file.errorString()};
    if (file.size() > kMaxFileSize)
        return Error {QStringLiteral("file_too_large"),
                      tr("%1 is %2; Tuma imports files up to %3. Split it into smaller files and "
                         "import them one after another.")
                          .arg(shown, QLocale().formattedDataSize(file.size()),
                               QLocale().formattedDataSize(kMaxFileSize)),
                      {}};

    std::unique_ptr<SpreadsheetReader> reader(new SpreadsheetReader);
    reader->m_path = path;
    reader->m_size = file.size();
    const QByteArray magic = file.peek(8);
    if (XlsxReader::looksLikeOleCompound(magic))
        return Error {QStringLiteral("xls_not_supported"),
                      tr("%1 is an old Excel 97–2003 (.xls) or password-protected workbook. Open "
                         "it in Excel or LibreOffice and save it as .xlsx or CSV (UTF-8).")
                          .arg(shown),
                      {}};
    if (XlsxReader::looksLikeZip(magic)) {
        auto workbook = std::make_unique<XlsxReader>();
        if (Result<void> opened = workbook->open(path); !opened)
            return opened.error();
        const QStringList sheets = workbook->sheetNames();
        if (!options.sheet.isEmpty()) {
            bool isNumber = false;
            const int number = options.sheet.toInt(&isNumber);
            int index = -1;
            for (qsizetype i = 0; i < sheets.size(); ++i) {
                if (sheets.at(i).compare(options.sheet, Qt::CaseInsensitive) == 0)
                    index = int(i);
            }
            if (index < 0 && isNumber && number >= 1 && number <= sheets.size())
                index = number - 1;
            if (index < 0)
                return Error {QStringLiteral("sheet_not_found"),
                              tr("The workbook has no sheet \"%1\". Its sheets are: %2.")
                                  .arg(options.sheet, sheets.join(QStringLiteral(", "))),
                              {}};
            reader->m_sheetIndex = index;
        }
        reader->m_workbook = std::move(workbook);
        return reader;
    }

    Result<CsvDialect> dialect
        = CsvReader::detectDialect(file, options.encoding, options.delimiter);
    if (!dialect)
        return dialect.error();
    reader->m_dialect = dialect.value();
    return reader;
}

QString SpreadsheetReader::encodingName() const
{
    return m_workbook ? QStringLiteral("xlsx") : TextEncodings::name(m_dialect.encoding);
}

std::optional<QChar> SpreadsheetReader::delimiter() const
{
    if (m_workbook)
        return std::nullopt;
    return m_dialect.delimiter;
}

QStringList SpreadsheetReader::sheetNames() const
{
    return m_workbook ? m_workbook->sheetNames() : QStringList();
}

Result<void> SpreadsheetReader::read(const std::function<bool(const SheetRow&)>& visit,
                                     const std::function<void(double)>& progress)
{
    if (m_workbook) {
        qint64 rows = 0;
        return m_workbook->readSheet(m_sheetIndex, [&](const SheetRow& row) {
            // The sheet's XML read so far is the progress; asking every row costs nothing.
            if (progress && (++rows & 1023) == 0 && m_workbook->sheetBytesTotal() > 0)
                progress(double(m_workbook->sheetBytesRead())
                         / double(m_workbook->sheetBytesTotal()));
            return visit(row);
        });
    }

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("read_failed"),
                      tr("Could not open %1.").arg(QDir::toNativeSeparators(m_path)),
                      file.errorString()};
    const qint64 size = std::max<qint64>(1, m_size);
    return CsvReader::read(file, m_dialect, visit, [&](qint64 bytes) {
        if (progress)
            progress(std::min(1.0, double(bytes) / double(size)));
    });
}

Result<QList<SheetRow>> SpreadsheetReader::firstRows(int limit)
{
    QList<SheetRow> rows;
    if (limit <= 0)
        return rows;
    Result<void> done = read([&](const SheetRow& row) {
        rows.append(row);
        return rows.size() < limit;
    });
    if (!done)
        return done.error();
    return rows;
}

} // namespace tuma
