// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderGroupsTab.h"

#include "RemoteContactDialog.h"
#include "accounts/RemoteSync.h"
#include "storage/GroupStore.h"
#include "ui_ProviderGroupsTab.h"
#include "widgets/DateText.h"
#include "widgets/TableLook.h"
#include "widgets/TextTableModel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

namespace tuma {

namespace {

// The contacts of a group shown here; the whole group comes with "Bring into Tuma".
constexpr int contactsShown = 200;

} // namespace

ProviderGroupsTab::ProviderGroupsTab(Database& database, ProviderSession& providers,
                                     QWidget* parent)
    : AccountTab(providers, parent)
    , m_ui(std::make_unique<Ui::ProviderGroupsTab>())
    , m_database(database)
    , m_groupsModel(new TextTableModel(this))
    , m_contactsModel(new TextTableModel(this))
{
    m_ui->setupUi(this);
    useAsRefreshButton(m_ui->remoteRefreshPushButton);
    m_groupsModel->setHeaders({tr("Name"), tr("Contacts"), tr("Created"), tr("ID")});
    m_ui->remoteGroupsTableView->setModel(m_groupsModel);
    m_contactsModel->setHeaders(
        {tr("Phone"), tr("First name"), tr("Last name"), tr("Email"), tr("ID")});
    m_ui->remoteContactsTableView->setModel(m_contactsModel);
    for (QTableView* view : {m_ui->remoteGroupsTableView, m_ui->remoteContactsTableView}) {
        view->verticalHeader()->hide();
        fitColumns(view);
        view->horizontalHeader()->setStretchLastSection(true);
    }

    connect(m_ui->remoteRefreshPushButton, &QPushButton::clicked, this,
            &ProviderGroupsTab::refresh);
    connect(m_ui->pushGroupPushButton, &QPushButton::clicked, this, &ProviderGroupsTab::pushGroup);
    connect(m_ui->pullGroupPushButton, &QPushButton::clicked, this, &ProviderGroupsTab::pullGroup);
    connect(m_ui->renameRemoteGroupPushButton, &QPushButton::clicked, this,
            &ProviderGroupsTab::renameGroup);
    connect(m_ui->deleteRemoteGroupPushButton, &QPushButton::clicked, this,
            &ProviderGroupsTab::deleteGroup);
    connect(m_ui->editRemoteContactPushButton, &QPushButton::clicked, this,
            &ProviderGroupsTab::editContact);
    connect(m_ui->deleteRemoteContactPushButton, &QPushButton::clicked, this,
            &ProviderGroupsTab::deleteContact);
    connect(m_ui->remoteGroupsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &ProviderGroupsTab::showContacts);
    connect(m_ui->remoteContactsTableView->selectionModel(),
            &QItemSelectionModel::currentRowChanged, this, &ProviderGroupsTab::updateButtons);
}

ProviderGroupsTab::~ProviderGroupsTab() = default;

bool ProviderGroupsTab::offeredBy(const Capabilities& capabilities) const
{
    return capabilities.remoteGroups || capabilities.remoteContactImport;
}

void ProviderGroupsTab::showAccount(const Account& account)
{
    const Capabilities capabilities = ProviderSession::capabilities(account);
    // Without groups to list (QSMS), the provider only takes imports.
    const QList<QWidget*> groupWidgets {
        m_ui->remoteGroupsLabel,           m_ui->remoteGroupsTableView,
        m_ui->remoteRefreshPushButton,     m_ui->pullGroupPushButton,
        m_ui->renameRemoteGroupPushButton, m_ui->deleteRemoteGroupPushButton,
        m_ui->remoteContactsLabel,         m_ui->remoteContactsTableView,
        m_ui->editRemoteContactPushButton, m_ui->deleteRemoteContactPushButton};
    for (QWidget* widget : groupWidgets)
        widget->setVisible(capabilities.remoteGroups);
    m_ui->renameRemoteGroupPushButton->setVisible(capabilities.remoteGroupRename);
    m_ui->remoteRefreshPushButton->setEnabled(true);
    m_groups.clear();
    m_contacts.clear();
    m_groupsModel->clear();
    m_contactsModel->clear();
    m_contactAnswers.renew();
    updateButtons();
}

void ProviderGroupsTab::refresh()
{
    if (!account() || !ProviderSession::capabilities(*account()).remoteGroups)
        return;
    m_ui->remoteRefreshPushButton->setEnabled(false);
    ask<QList<RemoteGroup>>(
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<QList<RemoteGroup>> done) {
            adapter.listGroups(done);
        },
        [this](ProviderResult<QList<RemoteGroup>> result) {
            m_ui->remoteRefreshPushButton->setEnabled(true);
            if (!result) {
                reportError(result.error());
                return;
            }
            m_groups = result.value();
            QList<TextTableModel::Row> rows;
            for (const RemoteGroup& group : std::as_const(m_groups)) {
                rows.append(
                    {{group.name, {}},
                     {group.contactCount >= 0 ? QLocale().toString(group.contactCount) : QString(),
                      group.contactCount},
                     {dateTimeText(group.createdAt), group.createdAt},
                     {group.id, {}}});
            }
            m_groupsModel->setRows(rows);
            m_contacts.clear();
            m_contactsModel->clear();
            m_contactAnswers.renew();
            updateButtons();
        });
}

std::optional<RemoteGroup> ProviderGroupsTab::currentGroup() const
{
    const QModelIndex current = m_ui->remoteGroupsTableView->currentIndex();
    if (!current.isValid() || current.row() >= m_groups.size())
        return std::nullopt;
    return m_groups.at(current.row());
}

std::optional<RemoteContact> ProviderGroupsTab::currentContact() const
{
    const QModelIndex current = m_ui->remoteContactsTableView->currentIndex();
    if (!current.isValid() || current.row() >= m_contacts.size())
        return std::nullopt;
    return m_contacts.at(current.row());
}

void ProviderGroupsTab::showContacts()
{
    m_contactAnswers.renew();
    m_contacts.clear();
    m_contactsModel->clear();
    updateButtons();
    const std::optional<RemoteGroup> group = currentGroup();
    if (!group)
        return;
    RemoteContactQuery query;
    query.groupId = group->id;
    query.limit = contactsShown;
    ask<RemoteContactPage>(
        [query](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteContactPage> done) {
            adapter.listContacts(query, done);
        },
        m_contactAnswers.guard([this](ProviderResult<RemoteContactPage> result) {
            if (!result) {
                reportError(result.error());
                return;
            }
            m_contacts = result.value().contacts;
            QList<TextTableModel::Row> rows;
            for (const RemoteContact& contact : std::as_const(m_contacts)) {
                rows.append({{contact.phone, {}},
                             {contact.firstName, {}},
                             {contact.lastName, {}},
                             {contact.email, {}},
                             {contact.id, {}}});
            }
            m_contactsModel->setRows(rows);
            if (result.value().total > m_contacts.size()) {
                report(tr("Showing the first %1 of the group's %2 contacts. Bring the group "
                          "into Tuma to see them all.")
                           .arg(m_contacts.size())
                           .arg(result.value().total));
            }
            updateButtons();
        }));
}

void ProviderGroupsTab::updateButtons()
{
    const bool group = currentGroup().has_value();
    const bool contact = currentContact().has_value();
    const bool contacts = account() && ProviderSession::capabilities(*account()).remoteContacts;
    m_ui->pullGroupPushButton->setEnabled(group && contacts);
    m_ui->renameRemoteGroupPushButton->setEnabled(group);
    m_ui->deleteRemoteGroupPushButton->setEnabled(group);
    m_ui->editRemoteContactPushButton->setEnabled(contact);
    m_ui->deleteRemoteContactPushButton->setEnabled(contact);
}

void ProviderGroupsTab::runSync(const std::function<void(RemoteSync&)>& start, const QString& title)
{
    if (!account())
        return;
    auto* sync = new RemoteSync(m_database, providers(), *account(), this);
    auto* progress = new QProgressDialog(title, tr("Stop"), 0, 0, this);
    progress->setWindowTitle(title);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, sync, &RemoteSync::cancel);
    connect(sync, &RemoteSync::progress, progress, [progress](int done, int total) {
        progress->setMaximum(total);
        progress->setValue(done);
    });
    // The progress dialog is modal: the account cannot change before the sync finishes.
    connect(sync, &RemoteSync::finished, this,
            [this, sync, progress](bool ok, const QString& summary) {
                progress->close();
                Q_EMIT statusChanged(summary, !ok);
                sync->deleteLater();
                if (ok) {
                    Q_EMIT contactsChanged();
                    refresh();
                }
            });
    progress->open();
    start(*sync);
}

void ProviderGroupsTab::pushGroup()
{
    Result<QList<GroupSummary>> groups = GroupStore(m_database).list();
    if (!groups || groups.value().isEmpty()) {
        reportError(tr("There is no Tuma group to send yet. Create one on the Groups page."));
        return;
    }
    QStringList names;
    for (const GroupSummary& group : groups.value())
        names.append(tr("%1 (%Ln contact(s))", nullptr, group.members).arg(group.name));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Send a Group to the Provider"),
        tr("The provider's group of the same name gets these contacts, opted-out numbers left "
           "out:"),
        names, 0, false, &ok);
    if (!ok)
        return;
    const qint64 groupId = groups.value().at(names.indexOf(chosen)).id;
    runSync([groupId](RemoteSync& sync) { sync.pushGroup(groupId); },
            tr("Sending the group to the provider…"));
}

void ProviderGroupsTab::pullGroup()
{
    const std::optional<RemoteGroup> group = currentGroup();
    if (!group)
        return;
    runSync([group = *group](RemoteSync& sync) { sync.pullGroup(group); },
            tr("Bringing the group into Tuma…"));
}

void ProviderGroupsTab::renameGroup()
{
    const std::optional<RemoteGroup> group = currentGroup();
    if (!group)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Group on the Provider"),
                                               tr("New name:"), QLineEdit::Normal, group->name, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == group->name)
        return;
    ask<void>(
        [id = group->id, name](ProviderAdapter& adapter, ProviderAdapter::Reply<void> done) {
            adapter.renameGroup(id, name, done);
        },
        [this](ProviderResult<void> result) {
            if (!result)
                reportError(result.error());
            refresh();
        });
}

void ProviderGroupsTab::deleteGroup()
{
    const std::optional<RemoteGroup> group = currentGroup();
    if (!group)
        return;
    if (QMessageBox::question(this, tr("Delete Group on the Provider"),
                              tr("Delete the group \"%1\" from the provider? Tuma's own groups "
                                 "and contacts are not touched.")
                                  .arg(group->name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    ask<void>(
        [id = group->id](ProviderAdapter& adapter, ProviderAdapter::Reply<void> done) {
            adapter.deleteGroup(id, done);
        },
        [this](ProviderResult<void> result) {
            if (!result)
                reportError(result.error());
            refresh();
        });
}

void ProviderGroupsTab::editContact()
{
    const std::optional<RemoteContact> contact = currentContact();
    if (!account() || !contact)
        return;
    RemoteContactDialog dialog(*contact, account()->region, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RemoteContact edited = dialog.contact();
    ask<RemoteContact>(
        [edited](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteContact> done) {
            adapter.updateContact(edited, done);
        },
        [this](ProviderResult<RemoteContact> result) {
            if (!result)
                reportError(result.error());
            showContacts();
        });
}

void ProviderGroupsTab::deleteContact()
{
    const std::optional<RemoteContact> contact = currentContact();
    if (!account() || !contact)
        return;
    // Where the provider cannot take a contact out of one group (FlashSMS), it deletes it
    // from every group: the question says so.
    const QString question = ProviderSession::capabilities(*account()).remoteGroupMemberRemoval
        ? tr("Delete %1 from the provider's group? Tuma's own contacts are not touched.")
              .arg(contact->phone)
        : tr("Delete %1 from the provider? It leaves every group there, not only this one. "
             "Tuma's own contacts are not touched.")
              .arg(contact->phone);
    if (QMessageBox::question(this, tr("Delete Contact on the Provider"), question,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    ask<void>(
        [contact = *contact](ProviderAdapter& adapter, ProviderAdapter::Reply<void> done) {
            adapter.deleteContact(contact.groupId, contact.id, done);
        },
        [this](ProviderResult<void> result) {
            if (!result)
                reportError(result.error());
            showContacts();
        });
}

} // namespace tuma
