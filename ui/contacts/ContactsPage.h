// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/ContactStore.h"

#include <QWidget>

#include <functional>
#include <memory>

class QMenu;
class QTableView;
class QTimer;

namespace Ui {
class ContactsPage;
}

namespace tuma {

class AppSettings;
class ContactStore;
struct GroupSummary;
struct ContactQuery;
class ContactsModel;
class Database;

// Every contact in one table paged from SQLite: instant search, sort by any column, inline
// edits, add/edit/delete, group membership for the selection, import and export.
class ContactsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsPage)

public:
    ContactsPage(Database& database, AppSettings& settings, QWidget* parent = nullptr);
    ~ContactsPage() override;

    ContactsModel* model() const { return m_model; }
    // Reads contacts, groups and fields again (after an import, a restore, a settings change).
    void reload();

    // Builds the index that sorting by email or a custom field needs (once, about a second
    // for a million contacts, behind a progress dialog), then sorts `view` by it.
    static void sortWhenIndexed(QTableView* view, const QString& databasePath,
                                ContactQuery::Sort sort, const QString& field, int column,
                                Qt::SortOrder order,
                                const std::function<void(const QString&)>& onError);

Q_SIGNALS:
    void importRequested();
    // A new campaign to these numbers (E.164), chosen on this page.
    void campaignRequested(const QStringList& phones);
    // Contacts, groups or opt-outs changed here; other pages may want to reload.
    void contactsChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QList<qint64> selectedIds() const;
    int selectedRowCount() const;
    // With every row of a large table selected, work on the query instead of the rows.
    bool bulkSelection() const;
    // `doneText` says what was done to how many (a plural sentence: tr with %Ln).
    void runBulk(const QString& label,
                 const std::function<Result<int>(ContactStore&, const ContactQuery&)>& action,
                 const std::function<QString(int)>& doneText);
    void reloadGroups();
    void rebuildGroupMenu(const QList<GroupSummary>& groups);
    void updateCounts();
    void updateButtons();
    void addContact();
    void campaignToSelected();
    void editContact();
    void deleteSelected();
    // Brings back the contacts of the last delete of selected rows (not of a bulk delete).
    void undoDelete();
    void optOutSelected();
    void showContextMenu(const QPoint& position);
    void addSelectedToGroup(qint64 groupId);
    void addSelectedToNewGroup();
    void removeSelectedFromGroup(qint64 groupId);
    void exportContacts();
    void setStatus(const QString& text, bool isError = false);

    std::unique_ptr<Ui::ContactsPage> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    ContactsModel* m_model = nullptr;
    QMenu* m_groupMenu = nullptr;
    QTimer* m_searchTimer = nullptr;
    // What the last delete removed, for Undo; emptied by the next change.
    QList<Contact> m_deleted;
};

} // namespace tuma
