// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsModel.h"

#include "storage/Database.h"

#include <QBrush>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>
#include <QSet>

#include <optional>

namespace tuma {

ContactsModel::ContactsModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(database)
{
    reload();
}

ContactsModel::~ContactsModel() = default;

ContactQuery ContactsModel::query() const
{
    ContactQuery query;
    query.search = m_search;
    query.groupId = m_groupId;
    query.region = m_region;
    query.sort = m_sort;
    query.sortField = m_sortField;
    query.order = m_order;
    return query;
}

void ContactsModel::reload()
{
    // The field's index can go while sorted by it (a value of another kind was written):
    // never sort a million rows without it on this thread; the page builds it again.
    std::optional<int> rebuild;
    if (m_sort == ContactQuery::Sort::Field) {
        if (const Result<bool> indexed
            = m_store.hasSortIndex(ContactQuery::Sort::Field, m_sortField);
            indexed && !indexed.value()) {
            const qsizetype position = m_customFields.indexOf(m_sortField);
            rebuild = position < 0 ? -1 : int(FirstCustomColumn + position);
            m_sort = ContactQuery::Sort::CreatedAt;
        }
    }
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    const Result<QStringList> fields = m_store.customFields();
    m_customFields = fields ? fields.value() : QStringList();
    const Result<qint64> count = m_store.count(query());
    m_count = count ? count.value() : 0;
    if (m_search.isEmpty() && m_groupId == 0) {
        m_total = m_count;
    } else {
        const Result<qint64> total = m_store.count({});
        m_total = total ? total.value() : 0;
    }
    endResetModel();
    if (!count)
        Q_EMIT problem(count.error().message);
    Q_EMIT countsChanged();
    if (rebuild && *rebuild >= 0)
        Q_EMIT sortIndexNeeded(ContactQuery::Sort::Field, m_sortField, *rebuild, m_order);
}

void ContactsModel::setSearch(const QString& search)
{
    if (search == m_search)
        return;
    m_search = search;
    reload();
}

void ContactsModel::setGroup(qint64 groupId)
{
    if (groupId == m_groupId)
        return;
    m_groupId = groupId;
    reload();
}

void ContactsModel::setRegion(const QString& region)
{
    m_region = region;
    if (!m_search.isEmpty())
        reload();
}

void ContactsModel::setPhoneFormat(PhoneDisplayFormat format)
{
    if (format == m_phoneFormat)
        return;
    m_phoneFormat = format;
    m_formattedPhones.clear();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, PhoneColumn), index(rowCount() - 1, PhoneColumn));
}

int ContactsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, INT_MAX));
}

int ContactsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(FirstCustomColumn + m_customFields.size());
}

const Contact* ContactsModel::contactFor(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const qint64 page = row / kPageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        const Result<QList<Contact>> contacts = m_store.list(query(), kPageSize, page * kPageSize);
        if (!contacts)
            return nullptr;
        if (m_pages.size() >= kCachedPages) {
            m_pages.remove(m_pageUse.takeFirst());
        }
        found = m_pages.insert(page, contacts.value());
        m_pageUse.append(page);
    } else if (m_pageUse.constLast() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    const qsizetype offset = row % kPageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

qint64 ContactsModel::contactId(int row) const
{
    const Contact* contact = contactFor(row);
    return contact ? contact->id : 0;
}

Contact ContactsModel::contactAt(int row) const
{
    const Contact* contact = contactFor(row);
    return contact ? *contact : Contact();
}

QVariant ContactsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= columnCount())
        return {};
    const Contact* contact = contactFor(index.row());
    if (!contact)
        return {};
    const int column = index.column();
    switch (role) {
    case IdRole:
        return contact->id;
    case OptedOutRole:
        return contact->optedOut;
    case Qt::ForegroundRole:
        if (contact->optedOut)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (contact->optedOut && column == PhoneColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (contact->optedOut)
            return tr("Opted out: this number receives no campaigns.");
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortValueRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case PhoneColumn: {
        if (role != Qt::DisplayRole)
            return contact->phone;
        auto formatted = m_formattedPhones.constFind(contact->phone);
        if (formatted == m_formattedPhones.cend()) {
            if (m_formattedPhones.size() > 4 * kPageSize * kCachedPages)
                m_formattedPhones.clear();
            formatted = m_formattedPhones.insert(
                contact->phone, PhoneNumber::format(contact->phone, m_phoneFormat));
        }
        return contact->optedOut ? tr("%1 (opted out)").arg(formatted.value()) : formatted.value();
    }
    case FirstNameColumn:
        return contact->firstName;
    case LastNameColumn:
        return contact->lastName;
    case EmailColumn:
        return contact->email;
    case GroupsColumn:
        return contact->groups.join(QStringLiteral(", "));
    default:
        return contact->fields.value(m_customFields.value(column - FirstCustomColumn));
    }
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PhoneColumn:
        return tr("Phone");
    case FirstNameColumn:
        return tr("First name");
    case LastNameColumn:
        return tr("Last name");
    case EmailColumn:
        return tr("Email");
    case GroupsColumn:
        return tr("Groups");
    default:
        return m_customFields.value(section - FirstCustomColumn);
    }
}

Qt::ItemFlags ContactsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    flags |= Qt::ItemIsDragEnabled;
    if (index.column() != GroupsColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ContactsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() == GroupsColumn)
        return false;
    const Contact* current = contactFor(index.row());
    if (!current)
        return false;
    Contact contact = *current;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case PhoneColumn: {
        const Result<QString> phone = PhoneNumber::normalize(text, m_region);
        if (!phone) {
            Q_EMIT problem(phone.error().message);
            return false;
        }
        contact.phone = phone.value();
        break;
    }
    case FirstNameColumn:
        contact.firstName = text;
        break;
    case LastNameColumn:
        contact.lastName = text;
        break;
    case EmailColumn:
        if (const QString why = ContactStore::emailProblem(text); !why.isEmpty()) {
            Q_EMIT problem(why);
            return false;
        }
        contact.email = text;
        break;
    default:
        contact.fields.insert(m_customFields.value(index.column() - FirstCustomColumn), text);
        break;
    }
    if (Result<void> saved = m_store.update(contact); !saved) {
        Q_EMIT problem(saved.error().message);
        return false;
    }
    // The row keeps its place until the next reload, even if the sort key changed.
    QList<Contact>& page = m_pages[index.row() / kPageSize];
    page[index.row() % kPageSize] = contact;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    return true;
}

void ContactsModel::sort(int column, Qt::SortOrder order)
{
    m_order = order;
    m_sortField.clear();
    switch (column) {
    case PhoneColumn:
        m_sort = ContactQuery::Sort::Phone;
        break;
    case FirstNameColumn:
        m_sort = ContactQuery::Sort::FirstName;
        break;
    case LastNameColumn:
        m_sort = ContactQuery::Sort::LastName;
        break;
    case EmailColumn:
        // Without its index the sort would stall the window: the page builds it first.
        if (const Result<bool> indexed = m_store.hasSortIndex(ContactQuery::Sort::Email);
            indexed && !indexed.value()) {
            Q_EMIT sortIndexNeeded(ContactQuery::Sort::Email, {}, column, order);
            return;
        }
        m_sort = ContactQuery::Sort::Email;
        break;
    case GroupsColumn:
    case -1:
        m_sort = ContactQuery::Sort::CreatedAt;
        break;
    default: {
        const QString field = m_customFields.value(column - FirstCustomColumn);
        // Without its index the sort would stall the window: the page builds it first.
        if (const Result<bool> indexed = m_store.hasSortIndex(ContactQuery::Sort::Field, field);
            indexed && !indexed.value()) {
            Q_EMIT sortIndexNeeded(ContactQuery::Sort::Field, field, column, order);
            return;
        }
        m_sort = ContactQuery::Sort::Field;
        m_sortField = field;
        break;
    }
    }
    reload();
}

QStringList ContactsModel::mimeTypes() const
{
    return {QLatin1String(kMimeType)};
}

QMimeData* ContactsModel::mimeData(const QModelIndexList& indexes) const
{
    // One index per cell of each dragged row: each row once.
    QList<qint64> ids;
    QSet<int> rows;
    for (const QModelIndex& index : indexes) {
        if (rows.contains(index.row()))
            continue;
        rows.insert(index.row());
        if (const qint64 id = contactId(index.row()); id > 0)
            ids.append(id);
    }
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << ids;
    auto* mime = new QMimeData;
    mime->setData(QLatin1String(kMimeType), encoded);
    return mime;
}

} // namespace tuma
