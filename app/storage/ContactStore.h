// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

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
    Result<void> registerFields(const QStringList& names);

    // Sorting a million contacts by email or by a custom field needs an index, built once
    // when first asked for (about a second: run it off the GUI thread). Until then no import
    // pays for keeping it. Other sorts always have theirs.
    static bool sortIndexedOnDemand(ContactQuery::Sort sort);
    Result<bool> hasSortIndex(ContactQuery::Sort sort, const QString& field = {}) const;
    Result<void> createSortIndex(ContactQuery::Sort sort, const QString& field = {});
    static QString fieldSortExpression(const QString& field, const QString& column);

    // A spreadsheet header as a field key a template can name: "Due Date" -> "due_date".
    // Empty when nothing usable is left.
    static QString fieldKey(const QString& header);

private:
    const Database& m_database;
};

} // namespace tuma
