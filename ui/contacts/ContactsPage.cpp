// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsPage.h"

#include "ContactDialog.h"
#include "ContactsModel.h"
#include "import/ContactExport.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/SuppressionList.h"
#include "ui_ContactsPage.h"
#include "widgets/BackgroundJob.h"
#include "widgets/Colors.h"
#include "widgets/TableLook.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

namespace tuma {

ContactsPage::ContactsPage(Database& database, AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ContactsPage>())
    , m_database(database)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_model = new ContactsModel(m_database, this);
    m_model->setRegion(m_settings.region());
    m_model->setPhoneFormat(m_settings.phoneDisplayFormat());
    m_ui->contactsTableView->setModel(m_model);
    showElidedTextInToolTips(m_ui->contactsTableView);
    m_ui->contactsTableView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->contactsTableView->horizontalHeader()->setSectionsMovable(true);
    m_ui->contactsTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height()
                                                                     + fontMetrics().height() / 2);
    m_ui->contactsTableView->setColumnWidth(ContactsModel::PhoneColumn,
                                            fontMetrics().horizontalAdvance(u'0') * 22);

    m_groupMenu = new QMenu(this);
    m_ui->groupToolButton->setMenu(m_groupMenu);

    // Typing fast runs one query, not one per key.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer,
            qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_ui->searchLineEdit->text()); });
    connect(m_ui->groupComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setGroup(m_ui->groupComboBox->currentData().toLongLong()); });
    connect(m_model, &ContactsModel::sortIndexNeeded, this,
            [this](ContactQuery::Sort sort, const QString& field, int column, Qt::SortOrder order) {
                sortWhenIndexed(m_ui->contactsTableView, m_database.path(), sort, field, column,
                                order,
                                [this](const QString& message) { setStatus(message, true); });
            });
    connect(m_model, &ContactsModel::countsChanged, this, &ContactsPage::updateCounts);
    connect(m_model, &ContactsModel::problem, this,
            [this](const QString& message) { setStatus(message, true); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPage::updateButtons);
    connect(m_ui->contactsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactsPage::updateButtons);
    connect(m_ui->contactsTableView, &QTableView::activated, this,
            [this](const QModelIndex& index) {
                if (!(m_model->flags(index) & Qt::ItemIsEditable))
                    editContact();
            });

    connect(m_ui->addPushButton, &QPushButton::clicked, this, &ContactsPage::addContact);
    connect(m_ui->editPushButton, &QPushButton::clicked, this, &ContactsPage::editContact);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, &ContactsPage::deleteSelected);
    connect(m_ui->campaignPushButton, &QPushButton::clicked, this,
            &ContactsPage::campaignToSelected);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &ContactsPage::importRequested);
    connect(m_ui->emptyImportPushButton, &QPushButton::clicked, this,
            &ContactsPage::importRequested);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &ContactsPage::exportContacts);

    // The table's own keys and menu: Delete deletes, Ctrl+Z brings the deleted back, a right
    // click offers what the buttons do.
    auto* deleteAction = new QAction(tr("&Delete…"), m_ui->contactsTableView);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &ContactsPage::deleteSelected);
    m_ui->contactsTableView->addAction(deleteAction);
    auto* undoAction = new QAction(tr("&Undo Delete"), this);
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undoAction, &QAction::triggered, this, &ContactsPage::undoDelete);
    addAction(undoAction);
    m_ui->statusLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                               | Qt::LinksAccessibleByKeyboard);
    connect(m_ui->statusLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("undo"))
            undoDelete();
    });
    m_ui->contactsTableView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->contactsTableView, &QWidget::customContextMenuRequested, this,
            &ContactsPage::showContextMenu);
    reloadGroups();
    updateCounts();
    updateButtons();
}

ContactsPage::~ContactsPage() = default;

void ContactsPage::showEvent(QShowEvent* event)
{
    m_model->setRegion(m_settings.region());
    m_model->setPhoneFormat(m_settings.phoneDisplayFormat());
    QWidget::showEvent(event);
}

void ContactsPage::reload()
{
    reloadGroups();
    m_model->reload();
}

void ContactsPage::reloadGroups()
{
    const qint64 current = m_ui->groupComboBox->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->groupComboBox);
    m_ui->groupComboBox->clear();
    m_ui->groupComboBox->addItem(tr("All contacts"), qint64(0));
    const Result<QList<GroupSummary>> groups = GroupStore(m_database).list();
    const QList<GroupSummary> all = groups ? groups.value() : QList<GroupSummary>();
    for (const GroupSummary& group : all)
        m_ui->groupComboBox->addItem(
            tr("%1 (%2)").arg(group.name, QLocale().toString(group.members)), group.id);
    const int index = m_ui->groupComboBox->findData(current);
    m_ui->groupComboBox->setCurrentIndex(std::max(0, index));
    if (index < 0)
        m_model->setGroup(0);
    rebuildGroupMenu(all);
}

void ContactsPage::rebuildGroupMenu(const QList<GroupSummary>& groups)
{
    m_groupMenu->clear();
    QMenu* addTo = m_groupMenu->addMenu(tr("&Add to Group"));
    QMenu* removeFrom = m_groupMenu->addMenu(tr("&Remove from Group"));
    for (const GroupSummary& group : groups) {
        addTo->addAction(group.name, this, [this, id = group.id] { addSelectedToGroup(id); });
        removeFrom->addAction(group.name, this,
                              [this, id = group.id] { removeSelectedFromGroup(id); });
    }
    if (!addTo->isEmpty())
        addTo->addSeparator();
    addTo->addAction(tr("&New Group…"), this, &ContactsPage::addSelectedToNewGroup);
    removeFrom->setEnabled(!removeFrom->isEmpty());
}

void ContactsPage::updateCounts()
{
    const QLocale locale;
    const qint64 shown = m_model->totalShown();
    const qint64 total = m_model->totalContacts();
    m_ui->countLabel->setText(
        shown == total
            ? tr("%Ln contact(s)", nullptr, int(std::min<qint64>(total, INT_MAX)))
            : tr("Showing %1 of %Ln contact(s)", nullptr, int(std::min<qint64>(total, INT_MAX)))
                  .arg(locale.toString(shown)));
    m_ui->tableStackedWidget->setCurrentWidget(total == 0 ? m_ui->emptyPage : m_ui->tablePage);
}

void ContactsPage::updateButtons()
{
    const int selected = selectedRowCount();
    m_ui->editPushButton->setEnabled(selected == 1);
    m_ui->deletePushButton->setEnabled(selected > 0);
    m_ui->campaignPushButton->setEnabled(selected > 0);
    m_ui->groupToolButton->setEnabled(selected > 0);
    m_ui->exportPushButton->setEnabled(m_model->totalShown() > 0);
}

int ContactsPage::selectedRowCount() const
{
    // From the selection's ranges: a million selected rows are one range, not a million
    // indexes.
    int rows = 0;
    for (const QItemSelectionRange& range : m_ui->contactsTableView->selectionModel()->selection())
        rows += range.left() == 0 ? range.height() : 0;
    return rows;
}

bool ContactsPage::bulkSelection() const
{
    constexpr int kBulkFrom = 2000;
    const int rows = selectedRowCount();
    return rows >= kBulkFrom && rows == m_model->rowCount();
}

void ContactsPage::runBulk(
    const QString& label,
    const std::function<Result<int>(ContactStore&, const ContactQuery&)>& action,
    const std::function<QString(int)>& doneText)
{
    const QString databasePath = m_database.path();
    const ContactQuery query = m_model->query();
    BackgroundJob::runWithDialog<int>(
        this, label,
        [databasePath, query, action](const BackgroundJob::Progress&) -> Result<int> {
            Result<std::unique_ptr<Database>> database = Database::open(databasePath);
            if (!database)
                return database.error();
            ContactStore store(*database.value());
            return action(store, query);
        },
        [this, doneText](Result<int> changed) {
            if (!changed) {
                setStatus(changed.error().message, true);
                return;
            }
            setStatus(doneText(changed.value()));
            reload();
            Q_EMIT contactsChanged();
        });
}

QList<qint64> ContactsPage::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_ui->contactsTableView->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex& index : rows) {
        if (const qint64 id = m_model->contactId(index.row()); id > 0)
            ids.append(id);
    }
    return ids;
}

void ContactsPage::campaignToSelected()
{
    // The numbers travel as typed numbers of the campaign: fine for a selection, not for a
    // whole list, which a group carries better.
    constexpr int mostNumbers = 5000;
    if (bulkSelection() || selectedRowCount() > mostNumbers) {
        QMessageBox::information(
            this, tr("Send SMS"),
            tr("That is more than %1 contacts. Add them to a group (Groups ▸ Add to Group), "
               "then choose the group in the new campaign.")
                .arg(QLocale().toString(mostNumbers)));
        return;
    }
    QStringList phones;
    const ContactStore contacts(m_database);
    for (const qint64 id : selectedIds()) {
        if (const Result<Contact> contact = contacts.find(id))
            phones.append(contact.value().phone);
    }
    if (!phones.isEmpty())
        Q_EMIT campaignRequested(phones);
}

void ContactsPage::addContact()
{
    ContactDialog dialog(m_database, m_settings.region(), {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 groupId = m_ui->groupComboBox->currentData().toLongLong();
    if (groupId > 0)
        (void)GroupStore(m_database).addMembers(groupId, {dialog.contact().id});
    setStatus(tr("Added %1.").arg(dialog.contact().phone));
    reload();
    Q_EMIT contactsChanged();
}

void ContactsPage::editContact()
{
    const QModelIndexList rows = m_ui->contactsTableView->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    ContactDialog dialog(m_database, m_settings.region(), m_model->contactAt(rows.first().row()),
                         this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setStatus(tr("Saved %1.").arg(dialog.contact().phone));
    m_model->reload();
    Q_EMIT contactsChanged();
}

void ContactsPage::deleteSelected()
{
    if (bulkSelection()) {
        if (QMessageBox::question(this, tr("Delete Contacts"),
                                  tr("Delete all %Ln contact(s) shown? Their messages in past "
                                     "campaigns stay in the reports.",
                                     nullptr,
                                     int(std::min<qint64>(m_model->totalShown(), INT_MAX))),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
        runBulk(
            tr("Deleting contacts…"),
            [](ContactStore& store, const ContactQuery& query) {
                return store.removeMatching(query);
            },
            [](int count) { return tr("Deleted %Ln contact(s).", nullptr, count); });
        return;
    }
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString question = ids.size() == 1
        ? tr("Delete the contact %1? Their messages in past campaigns stay in the reports.")
              .arg(m_model
                       ->contactAt(
                           m_ui->contactsTableView->selectionModel()->selectedRows().first().row())
                       .phone)
        : tr("Delete %Ln contact(s)? Their messages in past campaigns stay in the reports.",
             nullptr, int(ids.size()));
    if (QMessageBox::question(this, tr("Delete Contacts"), question,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    // Read first, for Undo.
    QList<Contact> deleted;
    for (const qint64 id : ids) {
        if (const Result<Contact> contact = ContactStore(m_database).find(id))
            deleted.append(contact.value());
    }
    const Result<int> removed = ContactStore(m_database).remove(ids);
    if (!removed) {
        setStatus(removed.error().message, true);
        return;
    }
    m_deleted = deleted;
    setStatus(tr("Deleted %Ln contact(s).", nullptr, removed.value()) + u' '
              + tr("<a href=\"undo\">Undo</a>"));
    reload();
    Q_EMIT contactsChanged();
}

void ContactsPage::undoDelete()
{
    if (m_deleted.isEmpty())
        return;
    const Result<int> restored = ContactStore(m_database).restore(m_deleted);
    if (!restored) {
        setStatus(restored.error().message, true);
        return;
    }
    const int missing = int(m_deleted.size()) - restored.value();
    m_deleted.clear();
    setStatus(missing == 0
                  ? tr("Brought back %Ln contact(s).", nullptr, restored.value())
                  : tr("Brought back %Ln contact(s); the others' numbers were added again since.",
                       nullptr, restored.value()));
    reload();
    Q_EMIT contactsChanged();
}

void ContactsPage::optOutSelected()
{
    QStringList phones;
    const ContactStore contacts(m_database);
    for (const qint64 id : selectedIds()) {
        if (const Result<Contact> contact = contacts.find(id))
            phones.append(contact.value().phone);
    }
    if (phones.isEmpty())
        return;
    const Result<int> added = SuppressionList(m_database)
                                  .add(phones, QStringLiteral("manual"), tr("Opted out by hand"));
    if (!added) {
        setStatus(added.error().message, true);
        return;
    }
    setStatus(tr("%Ln number(s) will receive no campaigns.", nullptr, int(phones.size())));
    m_model->reload();
    Q_EMIT contactsChanged();
}

void ContactsPage::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_ui->contactsTableView->indexAt(position);
    if (!index.isValid())
        return;
    // A right click outside the selection selects that row, as file managers do.
    if (!m_ui->contactsTableView->selectionModel()->isRowSelected(index.row(), {}))
        m_ui->contactsTableView->selectRow(index.row());
    const int selected = selectedRowCount();
    QMenu menu(this);
    QAction* edit = menu.addAction(tr("&Edit…"), this, &ContactsPage::editContact);
    edit->setEnabled(selected == 1);
    menu.addAction(tr("&Send SMS…"), this, &ContactsPage::campaignToSelected);
    menu.addMenu(m_groupMenu)->setText(tr("&Groups"));
    menu.addAction(tr("&Opt Out"), this, &ContactsPage::optOutSelected)
        ->setEnabled(!bulkSelection());
    menu.addSeparator();
    QAction* remove = menu.addAction(tr("&Delete…"), this, &ContactsPage::deleteSelected);
    remove->setShortcut(QKeySequence::Delete);
    menu.exec(m_ui->contactsTableView->viewport()->mapToGlobal(position));
}

void ContactsPage::addSelectedToGroup(qint64 groupId)
{
    if (bulkSelection()) {
        runBulk(
            tr("Adding contacts to the group…"),
            [groupId](ContactStore& store, const ContactQuery& query) {
                return store.addMatchingToGroup(query, groupId);
            },
            [](int count) { return tr("Added %Ln contact(s) to the group.", nullptr, count); });
        return;
    }
    const Result<int> added = GroupStore(m_database).addMembers(groupId, selectedIds());
    if (!added) {
        setStatus(added.error().message, true);
        return;
    }
    setStatus(tr("Added %Ln contact(s) to the group.", nullptr, added.value()));
    reload();
    Q_EMIT contactsChanged();
}

void ContactsPage::addSelectedToNewGroup()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Group"), tr("Name of the group:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const Result<GroupSummary> group = GroupStore(m_database).findOrCreate(name);
    if (!group) {
        setStatus(group.error().message, true);
        return;
    }
    addSelectedToGroup(group.value().id);
}

void ContactsPage::removeSelectedFromGroup(qint64 groupId)
{
    if (bulkSelection()) {
        runBulk(
            tr("Removing contacts from the group…"),
            [groupId](ContactStore& store, const ContactQuery& query) {
                return store.removeMatchingFromGroup(query, groupId);
            },
            [](int count) { return tr("Removed %Ln contact(s) from the group.", nullptr, count); });
        return;
    }
    const Result<int> removed = GroupStore(m_database).removeMembers(groupId, selectedIds());
    if (!removed) {
        setStatus(removed.error().message, true);
        return;
    }
    setStatus(tr("Removed %Ln contact(s) from the group.", nullptr, removed.value()));
    reload();
    Q_EMIT contactsChanged();
}

void ContactsPage::exportContacts()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString csvFilter = tr("CSV, UTF-8 (*.csv)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Contacts"), documents + QStringLiteral("/contacts.xlsx"),
        xlsxFilter + QStringLiteral(";;") + csvFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += selectedFilter == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".xlsx");

    ContactQuery query;
    query.groupId = m_ui->groupComboBox->currentData().toLongLong();
    query.search = m_ui->searchLineEdit->text();
    query.region = m_settings.region();
    const QString databasePath = m_database.path();
    BackgroundJob::runWithDialog<qint64>(
        this, tr("Exporting contacts…"),
        [databasePath, query, path](const BackgroundJob::Progress& progress) -> Result<qint64> {
            Result<std::unique_ptr<Database>> database = Database::open(databasePath);
            if (!database)
                return database.error();
            std::atomic_bool cancel = false;
            return ContactExport::write(
                *database.value(), query, path,
                [&](qint64 done, qint64 total) {
                    if (!progress(done, total))
                        cancel = true;
                },
                &cancel);
        },
        [this, path](Result<qint64> written) {
            if (!written) {
                if (written.error().code != QLatin1String("cancelled"))
                    QMessageBox::warning(this, tr("Export failed"),
                                         written.error().messageWithDetail());
                return;
            }
            setStatus(tr("Exported %Ln contact(s) to %1.", nullptr,
                         int(std::min<qint64>(written.value(), INT_MAX)))
                          .arg(QDir::toNativeSeparators(path)));
        });
}

void ContactsPage::sortWhenIndexed(QTableView* view, const QString& databasePath,
                                   ContactQuery::Sort sort, const QString& field, int column,
                                   Qt::SortOrder order,
                                   const std::function<void(const QString&)>& onError)
{
    // The column as its header says it ("Email", "balance").
    const QString label = view->model()->headerData(column, Qt::Horizontal).toString();
    BackgroundJob::runWithDialog(
        view, tr("Preparing to sort by %1 (only the first time)…").arg(label),
        [databasePath, sort, field](const BackgroundJob::Progress&) -> Result<void> {
            Result<std::unique_ptr<Database>> database = Database::open(databasePath);
            if (!database)
                return database.error();
            return ContactStore(*database.value()).createSortIndex(sort, field);
        },
        [view = QPointer<QTableView>(view), column, order, onError](Result<void> result) {
            if (!result) {
                onError(result.error().message);
                return;
            }
            if (view)
                view->sortByColumn(column, order);
        });
}

void ContactsPage::setStatus(const QString& text, bool isError)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setForegroundRole(isError ? QPalette::BrightText : QPalette::WindowText);
    QPalette palette = m_ui->statusLabel->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? Colors::error(this->palette())
                             : this->palette().color(QPalette::WindowText));
    m_ui->statusLabel->setPalette(palette);
}

} // namespace tuma
