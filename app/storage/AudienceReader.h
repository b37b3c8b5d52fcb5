// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace tuma {

class Database;

struct Recipient
{
    QString phone; // E.164
    qint64 contactId = 0; // 0 for a number that is not a contact
    QStringList values; // in the order of Audience::fieldNames
};

// Contacts whose field (a custom field's key, or first_name, last_name, email) holds one of
// `values`, compared trimmed and without case: "branch is Thika or Nakuru".
struct FieldMatch
{
    QString field;
    QStringList values;

    bool isEmpty() const { return field.isEmpty() || values.isEmpty(); }
    friend bool operator==(const FieldMatch&, const FieldMatch&) = default;
};

struct Audience
{
    QStringList fieldNames; // the fields a template may name, as TemplateStore lists them
    QList<Recipient> recipients; // filled by read(), not by visit()
    int size = 0; // recipients, after duplicates and opt-outs
    int duplicates = 0; // numbers met again (in another group or the list): sent once
    int optedOut = 0; // on the suppression list: left out
};

// Who a message goes to: the members of groups, the contacts a field match finds and numbers
// typed in, each number once, the opted-out left out, each with its contact's fields ready
// for a bound template.
class AudienceReader final
{
    Q_DECLARE_TR_FUNCTIONS(AudienceReader)

public:
    explicit AudienceReader(const Database& database);

    // `phones` are E.164 already. A group that does not exist is an error.
    Result<Audience> read(const QStringList& groups, const QStringList& phones) const;

    // The same, one recipient at a time without keeping them (a million fit in no list);
    // `visitor` returns false to stop, and the result is then the error "cancelled".
    using Visitor = std::function<bool(const Recipient&)>;
    Result<Audience> visit(const QStringList& groups, const QStringList& phones,
                           const Visitor& visitor, const FieldMatch& match = {}) const;

    // The index-th recipient of a group (opted-out members skipped), for previews, with its
    // values in the order of `fieldNames` (TemplateStore::availableFields, read once).
    Result<Recipient> recipientAt(const QString& group, int index,
                                  const QStringList& fieldNames) const;

private:
    const Database& m_database;
};

} // namespace tuma
