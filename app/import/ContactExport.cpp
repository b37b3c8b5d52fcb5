// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactExport.h"

#include "CsvWriter.h"
#include "XlsxWriter.h"

#include <QFileInfo>

namespace tuma {

Result<qint64> ContactExport::write(const Database& database, const ContactQuery& query,
                                    const QString& path,
                                    const std::function<void(qint64, qint64)>& progress,
                                    const std::atomic_bool* cancel)
{
    const ContactStore store(database);
    const Result<QStringList> fields = store.customFields();
    if (!fields)
        return fields.error();
    const Result<qint64> total = store.count(query);
    if (!total)
        return total.error();

    QStringList header {QStringLiteral("phone"), QStringLiteral("first_name"),
                        QStringLiteral("last_name"), QStringLiteral("email"),
                        QStringLiteral("groups")};
    header += fields.value();
    const auto cellsOf = [&](const Contact& contact) {
        QStringList cells {contact.phone, contact.firstName, contact.lastName, contact.email,
                           contact.groups.join(QStringLiteral("; "))};
        for (const QString& field : fields.value())
            cells.append(contact.fields.value(field));
        return cells;
    };

    const bool xlsx
        = QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    qint64 written = 0;
    bool stopped = false;
    const auto visitAll = [&](const std::function<Result<void>(const QStringList&)>& writeRow) {
        Result<void> failure;
        Result<void> visited = store.visit(query, [&](const Contact& contact) {
            if (cancel && cancel->load()) {
                stopped = true;
                return false;
            }
            if (Result<void> row = writeRow(cellsOf(contact)); !row) {
                failure = row;
                return false;
            }
            ++written;
            if (progress && written % 1000 == 0)
                progress(written, total.value());
            return true;
        });
        return visited ? failure : visited;
    };
    const Error cancelled {
        QStringLiteral("cancelled"), tr("The export was cancelled; no file was written."), {}};

    if (xlsx) {
        XlsxWriter writer;
        if (Result<void> opened = writer.open(path, tr("Contacts")); !opened)
            return opened.error();
        if (Result<void> row = writer.writeRow(header, true); !row)
            return row.error();
        if (Result<void> done
            = visitAll([&](const QStringList& cells) { return writer.writeRow(cells); });
            !done)
            return done.error();
        if (stopped)
            return cancelled; // the writer's temporary file goes with it
        if (Result<void> closed = writer.close(); !closed)
            return closed.error();
    } else {
        CsvWriter writer;
        if (Result<void> opened = writer.open(path); !opened)
            return opened.error();
        writer.writeRow(header);
        if (Result<void> done = visitAll([&](const QStringList& cells) {
                writer.writeRow(cells);
                return Result<void>();
            });
            !done)
            return done.error();
        if (stopped)
            return cancelled;
        if (Result<void> committed = writer.commit(); !committed)
            return committed.error();
    }
    if (progress)
        progress(written, total.value());
    return written;
}

} // namespace tuma
