// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class GroupsPage;
}

namespace tuma {

class AppSettings;
class ContactsModel;
class Database;

// Groups with their member counts: create, rename, delete (the contacts stay); the selected
// group's members in the contacts table, or every contact to drag onto a group.
class GroupsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsPage)

public:
    GroupsPage(Database& database, AppSettings& settings, QWidget* parent = nullptr);
    ~GroupsPage() override;

    void reload();

Q_SIGNALS:
    void groupsChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    qint64 currentGroupId() const;
    void showMembers();
    void createGroup();
    void renameGroup();
    void deleteGroup();
    void addToGroup(qint64 groupId, const QList<qint64>& contactIds);
    void removeSelected();
    void updateButtons();
    void updateCount();
    void setStatus(const QString& text);

    std::unique_ptr<Ui::GroupsPage> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    ContactsModel* m_model = nullptr;
};

} // namespace tuma
