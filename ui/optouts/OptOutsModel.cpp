// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptOutsModel.h"

#include <QDateTime>
#include <QLocale>

namespace tuma {

OptOutsModel::OptOutsModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_list(database)
{
    reload();
}

OptOutsModel::~OptOutsModel() = default;

void OptOutsModel::reload()
{
    beginResetModel();
    m_pages.clear();
    const Result<qint64> count = m_list.count(m_search);
    m_count = count ? count.value() : 0;
    endResetModel();
}

void OptOutsModel::setSearch(const QString& search)
{
    m_search = search;
    reload();
}

void OptOutsModel::setPhoneFormat(PhoneDisplayFormat format)
{
    m_phoneFormat = format;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, PhoneColumn), index(rowCount() - 1, PhoneColumn));
}

int OptOutsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, INT_MAX));
}

int OptOutsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const OptOut* OptOutsModel::optOutFor(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const qint64 page = row / kPageSize;
    auto found = m_pages.find(page);
    if (found == m_pages.end()) {
        const Result<QList<OptOut>> optOuts = m_list.list(m_search, kPageSize, page * kPageSize);
        if (!optOuts)
            return nullptr;
        if (m_pages.size() > 16)
            m_pages.clear();
        found = m_pages.insert(page, optOuts.value());
    }
    const qsizetype offset = row % kPageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
}

QVariant OptOutsModel::data(const QModelIndex& index, int role) const
{
    const OptOut* optOut = index.isValid() ? optOutFor(index.row()) : nullptr;
    if (!optOut)
        return {};
    if (role == PhoneRole)
        return optOut->phone;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PhoneColumn:
        return PhoneNumber::format(optOut->phone, m_phoneFormat);
    case ReasonColumn:
        return optOut->reason;
    case SourceColumn:
        if (optOut->source == QLatin1String("manual"))
            return tr("Added by hand");
        if (optOut->source == QLatin1String("import"))
            return tr("Imported");
        return optOut->source;
    case AddedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(optOut->createdAt),
                                  QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant OptOutsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PhoneColumn:
        return tr("Phone");
    case ReasonColumn:
        return tr("Reason");
    case SourceColumn:
        return tr("Source");
    case AddedColumn:
        return tr("Added");
    default:
        return {};
    }
}

} // namespace tuma
