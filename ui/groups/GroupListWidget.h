// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace tuma {

// The list of groups, each a drop target: contacts dragged from a contacts table onto a group
// join it.
class GroupListWidget final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupListWidget)

public:
    explicit GroupListWidget(QWidget* parent = nullptr);
    ~GroupListWidget() override;

    static constexpr int GroupIdRole = Qt::UserRole;

Q_SIGNALS:
    void contactsDropped(qint64 groupId, const QList<qint64>& contactIds);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    qint64 groupAt(const QPoint& position) const;
};

} // namespace tuma
