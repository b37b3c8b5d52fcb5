// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupListWidget.h"

#include "contacts/ContactsModel.h"

#include <QDataStream>
#include <QDragEnterEvent>
#include <QMimeData>

namespace tuma {

GroupListWidget::GroupListWidget(QWidget* parent)
    : QListWidget(parent)
{
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    viewport()->setAcceptDrops(true);
}

GroupListWidget::~GroupListWidget() = default;

qint64 GroupListWidget::groupAt(const QPoint& position) const
{
    const QListWidgetItem* item = itemAt(position);
    return item ? item->data(GroupIdRole).toLongLong() : 0;
}

void GroupListWidget::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(QLatin1String(ContactsModel::kMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GroupListWidget::dragMoveEvent(QDragMoveEvent* event)
{
    const qint64 group = groupAt(event->position().toPoint());
    if (group > 0 && event->mimeData()->hasFormat(QLatin1String(ContactsModel::kMimeType))) {
        setCurrentItem(itemAt(event->position().toPoint()));
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void GroupListWidget::dropEvent(QDropEvent* event)
{
    const qint64 group = groupAt(event->position().toPoint());
    QByteArray encoded = event->mimeData()->data(QLatin1String(ContactsModel::kMimeType));
    QDataStream stream(&encoded, QIODevice::ReadOnly);
    QList<qint64> ids;
    stream >> ids;
    if (group <= 0 || ids.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT contactsDropped(group, ids);
}

} // namespace tuma
