// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace tuma {

// One page of rows for a table (a provider's history, a campaign's recipients): a few
// hundred rows at most, replaced whole when the next page arrives. Display text per cell, the raw
// value under Qt::UserRole for sorting.
class TextTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextTableModel)

public:
    struct Cell
    {
        QString text;
        QVariant raw;
    };
    using Row = QList<Cell>;

    explicit TextTableModel(QObject* parent = nullptr);
    ~TextTableModel() override;

    void setHeaders(const QStringList& headers);
    void setRows(QList<Row> rows);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace tuma
