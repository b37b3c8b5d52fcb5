// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptOutImport.h"

#include "ImportMapping.h"
#include "SpreadsheetReader.h"
#include "core/PhoneNormalizer.h"
#include "core/PhoneNumber.h"
#include "storage/Database.h"
#include "storage/SuppressionList.h"

#include <QSet>

namespace tuma {

Result<OptOutImportCounts> OptOutImport::run(const Database& database, SpreadsheetReader& reader,
                                             const QString& region,
                                             const std::function<void(double)>& progress,
                                             const std::atomic_bool* cancel)
{
    const Result<QList<SheetRow>> sample = reader.firstRows(51);
    if (!sample)
        return sample.error();
    if (sample.value().isEmpty())
        return Error {QStringLiteral("empty_file"), tr("The file has no rows to import."), {}};

    // A header is there when its first row has no phone number but a column named like one.
    QList<QStringList> rows;
    for (const SheetRow& row : sample.value())
        rows.append(row.cells);
    const QStringList first = rows.first();
    const PhoneNormalizer normalizer(region);
    const bool firstRowHasNumber
        = std::any_of(first.cbegin(), first.cend(), [&](const QString& cell) {
              return normalizer.normalize(PhoneNumber::fromCell(cell)).ok();
          });
    const bool hasHeader = !firstRowHasNumber;
    const ImportMapping mapping
        = ImportMapping::guess(first, hasHeader, hasHeader ? rows.mid(1) : rows, region);
    const int phoneColumn = mapping.columnOf(ImportField::Phone);
    if (phoneColumn < 0)
        return Error {QStringLiteral("no_phone_column"),
                      tr("No column of the file holds phone numbers: put the numbers in a "
                         "column headed \"Phone\"."),
                      {}};

    // The reason column: by its header only (content cannot tell a reason from a name).
    int reasonColumn = -1;
    if (hasHeader) {
        static const QStringList names {
            QStringLiteral("reason"),        QStringLiteral("sababu"),
            QStringLiteral("note"),          QStringLiteral("notes"),
            QStringLiteral("comment"),       QStringLiteral("comments"),
            QStringLiteral("why"),           QStringLiteral("opt-out reason"),
            QStringLiteral("opt out reason")};
        for (int column = 0; column < first.size() && reasonColumn < 0; ++column) {
            if (column != phoneColumn && names.contains(first.at(column).trimmed().toLower()))
                reasonColumn = column;
        }
    }

    QList<SuppressionList::Entry> numbers;
    OptOutImportCounts counts;
    counts.reasonColumn = reasonColumn >= 0;
    bool skipHeader = hasHeader;
    qint64 line = 0;
    Result<void> read = reader.read(
        [&](const SheetRow& row) {
            if (cancel && cancel->load())
                return false;
            ++line;
            if (skipHeader) {
                skipHeader = false;
                return true;
            }
            ++counts.rows;
            const QString cell = row.cells.value(phoneColumn);
            const Result<QString> phone = normalizer.normalize(PhoneNumber::fromCell(cell));
            if (phone) {
                numbers.append(
                    {phone.value(), reasonColumn >= 0 ? row.cells.value(reasonColumn) : QString()});
            } else {
                ++counts.invalid;
                if (counts.rejected.size() < OptOutImportCounts::rejectedKept)
                    counts.rejected.append(
                        {line, cell,
                         cell.trimmed().isEmpty() ? tr("no number") : phone.error().message});
            }
            return true;
        },
        progress);
    if (!read)
        return read.error();
    if (cancel && cancel->load())
        return Error {
            QStringLiteral("cancelled"), tr("The import was cancelled; nothing was changed."), {}};
    // A number repeated in the file counts as already listed: rows = added + already + invalid.
    const qsizetype valid = numbers.size();
    // The first row of a number keeps its reason.
    QSet<QString> seen;
    QList<SuppressionList::Entry> unique;
    for (const SuppressionList::Entry& entry : std::as_const(numbers)) {
        if (!seen.contains(entry.phone)) {
            seen.insert(entry.phone);
            unique.append(entry);
        }
    }
    const Result<int> added = SuppressionList(database).add(unique, QStringLiteral("import"));
    if (!added)
        return added.error();
    counts.added = added.value();
    counts.alreadyListed = valid - added.value();
    return counts;
}

} // namespace tuma
