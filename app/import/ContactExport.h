// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/ContactStore.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace tuma {

class Database;

// Contacts to a spreadsheet: .xlsx (every cell typed as text, so numbers survive Excel
// exactly) or CSV (UTF-8 with BOM, formula-like cells neutralised; see CsvWriter), chosen by
// the file's extension. Columns: phone, first_name, last_name, email, groups, then the
// custom fields; Tuma's own import maps them back without help.
class ContactExport final
{
    Q_DECLARE_TR_FUNCTIONS(ContactExport)

public:
    // How many contacts were written. `progress` gets (done, total).
    static Result<qint64> write(const Database& database, const ContactQuery& query,
                                const QString& path,
                                const std::function<void(qint64, qint64)>& progress = {},
                                const std::atomic_bool* cancel = nullptr);
};

} // namespace tuma
