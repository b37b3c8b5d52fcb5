// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace tuma {

// Writes CSV the way Excel opens it without asking: UTF-8 with a BOM, commas, CRLF, RFC 4180
// quoting. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or
// CR) get a leading apostrophe (OWASP's advice against CSV injection); that includes phone
// numbers written with their plus, which is why .xlsx is the better export. The file appears
// under its name only when complete.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    CsvWriter();
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    Result<void> open(const QString& path);
    void writeRow(const QStringList& cells);
    Result<void> commit();

    // The cell as it will be written: neutralised, then quoted when it must be.
    static QString encodeCell(const QString& cell);
    // The cell with a leading apostrophe when a spreadsheet would take it for a formula.
    static QString neutralise(const QString& cell);

private:
    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
};

} // namespace tuma
