// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PhoneNumber.h"
#include "storage/ContactStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tuma {

class Database;

// The contacts table, a window onto SQLite: rows are read a page at a time as the view asks
// for them (never the whole table), sorting and searching are SQL, and only a few pages are
// kept. Edits are validated (the phone through libphonenumber) and saved at once.
class ContactsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsModel)

public:
    enum Column {
        PhoneColumn,
        FirstNameColumn,
        LastNameColumn,
        EmailColumn,
        GroupsColumn,
        FirstCustomColumn
    };
    enum Role { IdRole = Qt::UserRole, SortValueRole, OptedOutRole };

    ContactsModel(const Database& database, QObject* parent = nullptr);
    ~ContactsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    void setSearch(const QString& search);
    void setGroup(qint64 groupId);
    void setRegion(const QString& region);
    void setPhoneFormat(PhoneDisplayFormat format);
    // Reads the counts and custom fields again and drops every cached page.
    void reload();

    qint64 totalShown() const { return m_count; }
    qint64 totalContacts() const { return m_total; }
    QStringList customFields() const { return m_customFields; }
    qint64 contactId(int row) const;
    Contact contactAt(int row) const;

    static constexpr const char* kMimeType = "application/x-tuma-contact-ids";
    // What the table shows now: search, group and order.
    ContactQuery query() const;

Q_SIGNALS:
    void countsChanged();
    // A failed read or edit, as a sentence for the user.
    void problem(const QString& message);
    // Sorting by email or a custom `field` waits for its index (see
    // ContactStore::createSortIndex).
    void sortIndexNeeded(ContactQuery::Sort sort, const QString& field, int column,
                         Qt::SortOrder order);

private:
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 24;

    const Contact* contactFor(int row) const;

    ContactStore m_store;
    QString m_search;
    qint64 m_groupId = 0;
    QString m_region = QStringLiteral("KE");
    PhoneDisplayFormat m_phoneFormat = PhoneDisplayFormat::International;
    ContactQuery::Sort m_sort = ContactQuery::Sort::CreatedAt;
    QString m_sortField;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QStringList m_customFields;
    qint64 m_count = 0;
    qint64 m_total = 0;

    mutable QHash<qint64, QList<Contact>> m_pages; // by page number
    mutable QList<qint64> m_pageUse; // least recently used first
    mutable QHash<QString, QString> m_formattedPhones;
};

} // namespace tuma
