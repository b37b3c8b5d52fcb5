// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupsPage.h"

#include "contacts/ContactsModel.h"
#include "contacts/ContactsPage.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "ui_GroupsPage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

namespace tuma {

namespace {

enum Show { GroupMembers, AllContacts };

} // namespace

GroupsPage::GroupsPage(Database& database, AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GroupsPage>())
    , m_database(database)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->groupsListWidget->setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    m_ui->showComboBox->addItem(tr("Members of the group"), int(GroupMembers));
    m_ui->showComboBox->addItem(tr("All contacts"), int(AllContacts));
    m_model = new ContactsModel(m_database, this);
    m_model->setRegion(m_settings.region());
    m_model->setPhoneFormat(m_settings.phoneDisplayFormat());
    m_ui->membersTableView->setModel(m_model);
    m_ui->membersTableView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->membersTableView->setColumnWidth(ContactsModel::PhoneColumn,
                                           fontMetrics().horizontalAdvance(u'0') * 22);

    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(120);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, searchTimer,
            qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_ui->searchLineEdit->text()); });
    connect(m_ui->groupsListWidget, &QListWidget::currentRowChanged, this,
            &GroupsPage::showMembers);
    connect(m_ui->showComboBox, &QComboBox::currentIndexChanged, this, &GroupsPage::showMembers);
    connect(m_ui->groupsListWidget, &GroupListWidget::contactsDropped, this,
            &GroupsPage::addToGroup);
    connect(m_ui->groupsListWidget, &QListWidget::itemDoubleClicked, this,
            &GroupsPage::renameGroup);
    connect(m_ui->newPushButton, &QPushButton::clicked, this, &GroupsPage::createGroup);
    connect(m_ui->renamePushButton, &QPushButton::clicked, this, &GroupsPage::renameGroup);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &GroupsPage::deleteGroup);
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &GroupsPage::removeSelected);
    connect(m_model, &ContactsModel::sortIndexNeeded, this,
            [this](ContactQuery::Sort sort, const QString& field, int column, Qt::SortOrder order) {
                ContactsPage::sortWhenIndexed(
                    m_ui->membersTableView, m_database.path(), sort, field, column, order,
                    [this](const QString& message) { setStatus(message); });
            });
    connect(m_model, &ContactsModel::countsChanged, this, &GroupsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupsPage::updateButtons);
    connect(m_ui->membersTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupsPage::updateButtons);
    reload();
}

GroupsPage::~GroupsPage() = default;

void GroupsPage::showEvent(QShowEvent* event)
{
    m_model->setRegion(m_settings.region());
    m_model->setPhoneFormat(m_settings.phoneDisplayFormat());
    QWidget::showEvent(event);
}

qint64 GroupsPage::currentGroupId() const
{
    const QListWidgetItem* item = m_ui->groupsListWidget->currentItem();
    return item ? item->data(GroupListWidget::GroupIdRole).toLongLong() : 0;
}

void GroupsPage::reload()
{
    const qint64 current = currentGroupId();
    const QSignalBlocker blocker(m_ui->groupsListWidget);
    m_ui->groupsListWidget->clear();
    const Result<QList<GroupSummary>> groups = GroupStore(m_database).list();
    if (!groups)
        setStatus(groups.error().message);
    int currentRow = groups && !groups.value().isEmpty() ? 0 : -1;
    for (const GroupSummary& group : groups ? groups.value() : QList<GroupSummary>()) {
        auto* item
            = new QListWidgetItem(tr("%1 (%2)").arg(group.name, QLocale().toString(group.members)),
                                  m_ui->groupsListWidget);
        item->setData(GroupListWidget::GroupIdRole, group.id);
        item->setData(Qt::AccessibleTextRole, group.name);
        item->setToolTip(tr("%Ln member(s)", nullptr, group.members));
        if (group.id == current)
            currentRow = m_ui->groupsListWidget->count() - 1;
    }
    m_ui->groupsListWidget->setCurrentRow(currentRow);
    showMembers();
}

void GroupsPage::showMembers()
{
    const bool all = m_ui->showComboBox->currentData().toInt() == AllContacts;
    const qint64 group = currentGroupId();
    // With no group chosen, "members" would be every contact: show none instead.
    m_model->setGroup(all ? 0 : (group > 0 ? group : -1));
    m_model->reload();
    updateButtons();
}

void GroupsPage::updateButtons()
{
    const bool hasGroup = currentGroupId() > 0;
    m_ui->renamePushButton->setEnabled(hasGroup);
    m_ui->deletePushButton->setEnabled(hasGroup);
    const bool members = m_ui->showComboBox->currentData().toInt() == GroupMembers;
    m_ui->removePushButton->setEnabled(hasGroup && members
                                       && m_ui->membersTableView->selectionModel()->hasSelection());
    m_ui->dropHintLabel->setVisible(m_ui->groupsListWidget->count() > 0);
}

void GroupsPage::updateCount()
{
    const bool all = m_ui->showComboBox->currentData().toInt() == AllContacts;
    const QListWidgetItem* item = m_ui->groupsListWidget->currentItem();
    if (all || !item)
        m_ui->countLabel->setText(tr("%Ln contact(s)", nullptr, int(m_model->totalShown())));
    else
        m_ui->countLabel->setText(tr("%1: %Ln member(s)", nullptr, int(m_model->totalShown()))
                                      .arg(item->data(Qt::AccessibleTextRole).toString()));
}

void GroupsPage::createGroup()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Group"), tr("Name of the group:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const Result<GroupSummary> created = GroupStore(m_database).create(name);
    if (!created) {
        QMessageBox::warning(this, tr("New Group"), created.error().message);
        return;
    }
    reload();
    for (int row = 0; row < m_ui->groupsListWidget->count(); ++row) {
        if (m_ui->groupsListWidget->item(row)->data(GroupListWidget::GroupIdRole).toLongLong()
            == created.value().id)
            m_ui->groupsListWidget->setCurrentRow(row);
    }
    setStatus(tr("Created the group \"%1\".").arg(created.value().name));
    Q_EMIT groupsChanged();
}

void GroupsPage::renameGroup()
{
    const QListWidgetItem* item = m_ui->groupsListWidget->currentItem();
    if (!item)
        return;
    const QString old = item->data(Qt::AccessibleTextRole).toString();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename Group"), tr("New name of \"%1\":").arg(old), QLineEdit::Normal, old, &ok);
    if (!ok || name.trimmed() == old)
        return;
    if (Result<void> renamed = GroupStore(m_database).rename(currentGroupId(), name); !renamed) {
        QMessageBox::warning(this, tr("Rename Group"), renamed.error().message);
        return;
    }
    reload();
    setStatus(tr("Renamed \"%1\" to \"%2\".").arg(old, name.trimmed()));
    Q_EMIT groupsChanged();
}

void GroupsPage::deleteGroup()
{
    const QListWidgetItem* item = m_ui->groupsListWidget->currentItem();
    if (!item)
        return;
    const QString name = item->data(Qt::AccessibleTextRole).toString();
    if (QMessageBox::question(this, tr("Delete Group"),
                              tr("Delete the group \"%1\"? Its contacts are kept.").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (Result<void> removed = GroupStore(m_database).remove(currentGroupId()); !removed) {
        QMessageBox::warning(this, tr("Delete Group"), removed.error().message);
        return;
    }
    reload();
    setStatus(tr("Deleted the group \"%1\".").arg(name));
    Q_EMIT groupsChanged();
}

void GroupsPage::addToGroup(qint64 groupId, const QList<qint64>& contactIds)
{
    const Result<int> added = GroupStore(m_database).addMembers(groupId, contactIds);
    if (!added) {
        setStatus(added.error().message);
        return;
    }
    setStatus(tr("Added %Ln contact(s) to the group.", nullptr, added.value()));
    reload();
    Q_EMIT groupsChanged();
}

void GroupsPage::removeSelected()
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_ui->membersTableView->selectionModel()->selectedRows())
        ids.append(m_model->contactId(index.row()));
    const Result<int> removed = GroupStore(m_database).removeMembers(currentGroupId(), ids);
    if (!removed) {
        setStatus(removed.error().message);
        return;
    }
    setStatus(tr("Removed %Ln contact(s) from the group.", nullptr, removed.value()));
    reload();
    Q_EMIT groupsChanged();
}

void GroupsPage::setStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
}

} // namespace tuma
