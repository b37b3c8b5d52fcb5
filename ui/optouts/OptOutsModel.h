// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PhoneNumber.h"
#include "storage/SuppressionList.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tuma {

// The suppression list, paged from SQLite like the contacts table.
class OptOutsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutsModel)

public:
    enum Column { PhoneColumn, ReasonColumn, SourceColumn, AddedColumn, ColumnCount };
    enum Role { PhoneRole = Qt::UserRole };

    OptOutsModel(const Database& database, QObject* parent = nullptr);
    ~OptOutsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setSearch(const QString& search);
    void setPhoneFormat(PhoneDisplayFormat format);
    void reload();
    qint64 total() const { return m_count; }

private:
    static constexpr int kPageSize = 200;

    const OptOut* optOutFor(int row) const;

    SuppressionList m_list;
    QString m_search;
    PhoneDisplayFormat m_phoneFormat = PhoneDisplayFormat::International;
    qint64 m_count = 0;
    mutable QHash<qint64, QList<OptOut>> m_pages;
};

} // namespace tuma
