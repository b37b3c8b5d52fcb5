// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace tuma {

class Database;

struct Contact
{
    qint64 id = 0;
    QString phone; // E.164
    QString firstName;
    QString lastName;
    QString email;
    QMap<QString, QString> fields; // custom fields by their lower-case key
    QStringList groups; // filled by list() and find()
    bool optedOut = false; // filled by list() and find()
    qint64 createdAt = 0; // ms since the epoch
    qint64 updatedAt = 0;
};

// Which contacts, in which order. Search is by prefix over first name, last name and phone
// (each word of the search must match one of them), so every search answers from an index.
struct ContactQuery
{
    enum class Sort { Phone, FirstName, LastName, Email, CreatedAt, Field };

    QString search;
    qint64 groupId = 0; // 0: every contact; a group that does not exist: none
    QString region; // resolves national phone prefixes in the search ("0712" in KE)
    Sort sort = Sort::CreatedAt;
    QString sortField; // the custom field when sort is Field
    Qt::SortOrder order = Qt::AscendingOrder;
};

// What a custom field's values are, for sorting: numbers sort as numbers ("999.68" before
// "9993.71"), dates by day (ISO "2026-12-10" and day-first "10/12/2026" alike, as Kenya and
// Ghana write them); anything else as text, ignoring case.
enum class FieldKind { Text, Number, Date };

// The contacts and their custom-field registry.
class ContactStore final
{
    Q_DECLARE_TR_FUNCTIONS(ContactStore)

public:
    explicit ContactStore(const Database& database);

    Result<qint64> count(const ContactQuery& query) const;
    Result<QList<Contact>> list(const ContactQuery& query, int limit, qint64 offset) const;
    // Every contact the query selects, in id order, a page at a time (export, audiences).
    Result<void> visit(const ContactQuery& query,
                       const std::function<bool(const Contact&)>& visitor) const;

    Result<Contact> find(qint64 id) const;
    Result<Contact> findByPhone(const QString& e164) const;

    // `contact.phone` must already be E.164 (PhoneNumber::normalize). Fails with
    // "contact_exists" when the number is taken. Registers the custom field names.
    Result<Contact> add(const Contact& contact);
    Result<void> update(const Contact& contact);
    Result<int> remove(const QList<qint64>& ids);
    // Puts back contacts as find() read them before a remove (an undo): the same id, fields,
    // creation time and groups (those that still exist). A number added again since is left as
    // it is now. Returns how many came back.
    Result<int> restore(const QList<Contact>& contacts);

    // Why `email` is not an e-mail address (name@domain.tld), or an empty string; an empty
    // address is allowed. add() and update() refuse such an address.
    static QString emailProblem(const QString& email);
    // Every contact `query` selects at once, in one statement: "select all" on a large
    // table (run off the GUI thread).
    Result<int> removeMatching(const ContactQuery& query);
    Result<int> addMatchingToGroup(const ContactQuery& query, qint64 groupId);
    Result<int> removeMatchingFromGroup(const ContactQuery& query, qint64 groupId);

    // The custom field names contacts may carry, lower-case, by name.
    Result<QStringList> customFields() const;
    // Registers the fields contacts were given and keeps their kinds true. `kinds`: what the
    // values written were, by key (a key missing there had only empty values). A new field
    // takes that kind; a field whose new values are not all of its kind has its kind and its
    // sort index forgotten, to be decided again from every value when it is next sorted.
    Result<void> registerFields(const QStringList& names,
                                const QHash<QString, FieldKind>& kinds = {});

    // The kind a single value gives its field; nothing for an empty value.
    static std::optional<FieldKind> valueKind(QStringView value);
    // A field's kind as last decided; nothing when not decided yet (or since forgotten).
    Result<std::optional<FieldKind>> fieldKind(const QString& field) const;

    // Sorting a million contacts by email or by a custom field needs an index, built once
    // when first asked for (about a second: run it off the GUI thread). Until then no import
    // pays for keeping it. Other sorts always have theirs.
    static bool sortIndexedOnDemand(ContactQuery::Sort sort);
    Result<bool> hasSortIndex(ContactQuery::Sort sort, const QString& field = {}) const;
    Result<void> createSortIndex(ContactQuery::Sort sort, const QString& field = {});
    // What ORDER BY and the field's index sort by, for its kind.
    static QString fieldSortExpression(const QString& field, const QString& column, FieldKind kind);

    // A spreadsheet header as a field key a template can name: "Due Date" -> "due_date".
    // Empty when nothing usable is left.
    static QString fieldKey(const QString& header);
    // A JSON string of UTF-8 text, quoted and escaped, onto `out`: the one encoder of
    // `contacts.fields` (a JSON object of the non-empty values), for a saved contact and an
    // import's bulk writer alike.
    static void appendJsonString(QByteArray& out, QByteArrayView text);

private:
    // Reads every value of the field to decide its kind, and stores it.
    Result<FieldKind> decideFieldKind(const QString& key);
    Result<void> forgetFieldKind(const QString& key);

    const Database& m_database;
};

} // namespace tuma
