// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tuma {

// What a spreadsheet column becomes.
enum class ImportField { Ignore, Phone, FirstName, LastName, FullName, Email, Group, Custom };

struct ColumnMapping
{
    ImportField field = ImportField::Ignore;
    QString customKey; // for Custom: the contact field ("balance", "due_date")
};

// Which column is which, and whether the first row is a header. Saved by name and reused.
struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    QList<ColumnMapping> columns; // one per column of the file
    bool hasHeader = true;

    // A first guess from the header texts ("Phone", "Mobile", "MSISDN", "Tel" are the
    // phone; "Name" a full name to split…); unknown headers become custom fields. Without a
    // header, the phone column is the one where most `sampleRows` hold a phone number.
    static ImportMapping guess(const QStringList& header, bool hasHeader,
                               const QList<QStringList>& sampleRows, const QString& region);

    // Applies a --map FIELD=COLUMN option: FIELD is phone, first_name, last_name, name, email,
    // group or a custom field; COLUMN a header text (case-insensitive) or a 1-based index.
    // The column is taken from any field it had, and a single-column field from any column.
    Result<void> apply(const QString& assignment, const QStringList& header);

    int columnOf(ImportField field) const;
    bool isValid(QString* problem) const;

    // Saved with the header texts, so a later file with the columns in another order is
    // mapped by header; without a header, by position.
    QJsonObject toJson(const QStringList& header) const;
    static ImportMapping fromJson(const QJsonObject& json, const QStringList& header);

    static QString fieldName(ImportField field);
    static ImportField fieldFromName(const QString& name);
    // What the user sees for a field in the mapping step.
    static QString displayName(ImportField field);
};

} // namespace tuma
