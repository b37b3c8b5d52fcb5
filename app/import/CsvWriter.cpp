// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include <QDir>

namespace tuma {

CsvWriter::CsvWriter() = default;
CsvWriter::~CsvWriter() = default;

Result<void> CsvWriter::open(const QString& path)
{
    m_path = path;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        return Error {QStringLiteral("write_failed"),
                      tr("Could not write %1.").arg(QDir::toNativeSeparators(path)),
                      m_file->errorString()};
    m_file->write("\xEF\xBB\xBF");
    return Result<void>();
}

void CsvWriter::writeRow(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(u',');
        line.append(encodeCell(cells.at(i)));
    }
    line.append(QStringLiteral("\r\n"));
    m_file->write(line.toUtf8());
}

Result<void> CsvWriter::commit()
{
    if (!m_file->commit())
        return Error {QStringLiteral("write_failed"),
                      tr("Could not write %1.").arg(QDir::toNativeSeparators(m_path)),
                      m_file->errorString()};
    return Result<void>();
}

QString CsvWriter::neutralise(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r')
        return u'\'' + cell;
    return cell;
}

QString CsvWriter::encodeCell(const QString& cell)
{
    QString text = neutralise(cell);
    if (text.contains(u'"') || text.contains(u',') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

} // namespace tuma
