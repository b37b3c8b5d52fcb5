// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts, groups and opt-outs screens offscreen, and the import wizard driven step by
// step: models checked by QAbstractItemModelTester, every step's result read off the widgets.
#include "TestSupport.h"
#include "contacts/ContactsModel.h"
#include "contacts/ContactsPage.h"
#include "groups/GroupListWidget.h"
#include "groups/GroupsPage.h"
#include "import/ImportWizard.h"
#include "optouts/OptOutsModel.h"
#include "optouts/OptOutsPage.h"
#include "settings/AppSettings.h"
#include "settings/Localization.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/SuppressionList.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tuma;
using tuma::test::child;
using tuma::test::writeFile;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(TUMA_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

qint64 countOf(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestContactsPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("tuma-test"));
        QCOMPARE(Localization::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tuma-%1.db").arg(++m_counter));
        auto opened = Database::open(m_path);
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("tuma.ini")));
        m_settings->setRegion(QStringLiteral("KE"));
    }

    void cleanup()
    {
        m_settings.reset();
        m_database.reset();
    }

    void contactsModelPagesSortsAndSearches()
    {
        ContactStore store(*m_database);
        for (int i = 0; i < 450; ++i) {
            Contact contact;
            contact.phone = QStringLiteral("+2547%1").arg(10000000 + i);
            contact.firstName = QStringLiteral("Name%1").arg(i, 3, 10, QLatin1Char('0'));
            contact.lastName = i % 2 ? QStringLiteral("Odd") : QStringLiteral("Even");
            contact.fields.insert(QStringLiteral("balance"), QString::number(i));
            QVERIFY(store.add(contact).ok());
        }
        ContactsModel model(*m_database);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.columnCount(), ContactsModel::FirstCustomColumn + 1);
        QCOMPARE(model.headerData(ContactsModel::FirstCustomColumn, Qt::Horizontal).toString(),
                 QStringLiteral("balance"));
        // Rows far apart come from different pages.
        QCOMPARE(model.index(449, ContactsModel::FirstNameColumn).data().toString(),
                 QStringLiteral("Name449"));
        QCOMPARE(model.index(0, ContactsModel::FirstNameColumn).data().toString(),
                 QStringLiteral("Name000"));

        model.sort(ContactsModel::FirstNameColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ContactsModel::FirstNameColumn).data().toString(),
                 QStringLiteral("Name449"));
        // Sorting by a custom field waits for its index, then sorts in SQL.
        QSignalSpy needsIndex(&model, &ContactsModel::sortIndexNeeded);
        model.sort(ContactsModel::FirstCustomColumn, Qt::DescendingOrder);
        QCOMPARE(needsIndex.size(), 1);
        QCOMPARE(needsIndex.first().at(0).value<ContactQuery::Sort>(), ContactQuery::Sort::Field);
        QCOMPARE(needsIndex.first().at(1).toString(), QStringLiteral("balance"));
        QVERIFY(store.createSortIndex(ContactQuery::Sort::Field, QStringLiteral("balance")).ok());
        QVERIFY(store.hasSortIndex(ContactQuery::Sort::Field, QStringLiteral("balance")).value());
        model.sort(ContactsModel::FirstCustomColumn, Qt::DescendingOrder);
        QCOMPARE(needsIndex.size(), 1);
        // Balances are numbers: 449 comes first, not "99".
        QCOMPARE(model.index(0, ContactsModel::FirstCustomColumn).data().toString(),
                 QStringLiteral("449"));
        // A value of another kind drops the number index: the model asks for the index again
        // rather than sorting without one.
        Contact odd = store.findByPhone(QStringLiteral("+254710000000")).value();
        odd.fields.insert(QStringLiteral("balance"), QStringLiteral("n/a"));
        QVERIFY(store.update(odd).ok());
        model.reload();
        QCOMPARE(needsIndex.size(), 2);
        QCOMPARE(needsIndex.last().at(1).toString(), QStringLiteral("balance"));
        QCOMPARE(needsIndex.last().at(2).toInt(), int(ContactsModel::FirstCustomColumn));
        QCOMPARE(model.query().sort, ContactQuery::Sort::CreatedAt);
        QVERIFY(store.createSortIndex(ContactQuery::Sort::Field, QStringLiteral("balance")).ok());
        model.sort(ContactsModel::FirstCustomColumn, Qt::DescendingOrder);
        QCOMPARE(needsIndex.size(), 2);
        QCOMPARE(model.index(0, ContactsModel::FirstCustomColumn).data().toString(),
                 QStringLiteral("n/a")); // text now, and letters after digits
        // So does sorting by email, the first time.
        model.sort(ContactsModel::EmailColumn, Qt::AscendingOrder);
        QCOMPARE(needsIndex.size(), 3);
        QCOMPARE(needsIndex.last().at(0).value<ContactQuery::Sort>(), ContactQuery::Sort::Email);
        QVERIFY(store.createSortIndex(ContactQuery::Sort::Email).ok());
        model.sort(ContactsModel::EmailColumn, Qt::AscendingOrder);
        QCOMPARE(needsIndex.size(), 3);
        QCOMPARE(model.query().sort, ContactQuery::Sort::Email);
        model.sort(ContactsModel::FirstNameColumn, Qt::DescendingOrder);
        model.setSearch(QStringLiteral("name01"));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.totalShown(), 10);
        QCOMPARE(model.totalContacts(), 450);
        model.setSearch(QStringLiteral("0710000 01"));
        QCOMPARE(model.rowCount(), 10);
        model.setSearch({});

        // Inline edit: a valid number is saved normalised; a bad one is refused with a reason.
        QSignalSpy problems(&model, &ContactsModel::problem);
        const QModelIndex phone = model.index(0, ContactsModel::PhoneColumn);
        QVERIFY(!model.setData(phone, QStringLiteral("0202345678")));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().first().toString().contains(QLatin1String("fixed line")));
        QVERIFY(model.setData(phone, QStringLiteral("0799 000 001")));
        QCOMPARE(phone.data(Qt::EditRole).toString(), QStringLiteral("+254799000001"));
        const QModelIndex balance = model.index(0, ContactsModel::FirstCustomColumn);
        QVERIFY(model.setData(balance, QStringLiteral("77")));
        QCOMPARE(store.findByPhone(QStringLiteral("+254799000001"))
                     .value()
                     .fields.value(QStringLiteral("balance")),
                 QStringLiteral("77"));

        // Opted-out numbers are marked.
        QVERIFY(SuppressionList(*m_database)
                    .add({QStringLiteral("+254799000001")}, QStringLiteral("manual"))
                    .ok());
        model.reload();
        QVERIFY(model.index(0, 0).data(ContactsModel::OptedOutRole).toBool());
        QVERIFY(model.index(0, 0).data().toString().contains(QLatin1String("opted out")));
    }

    void contactsPageShowsCountsAndDeletes()
    {
        ContactStore store(*m_database);
        for (const char* phone : {"+254712345678", "+254723456789", "+233241234567"}) {
            Contact contact;
            contact.phone = QLatin1String(phone);
            QVERIFY(store.add(contact).ok());
        }
        ContactsPage page(*m_database, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* count = child<QLabel>(page, "countLabel");
        QCOMPARE(count->text(), QStringLiteral("3 contacts"));
        auto* search = child<QLineEdit>(page, "searchLineEdit");
        QTest::keyClicks(search, QStringLiteral("+233"));
        QTRY_COMPARE(count->text(), QStringLiteral("Showing 1 of 3 contacts"));
        search->clear();
        QTRY_COMPARE(page.model()->rowCount(), 3);

        auto* table = child<QTableView>(page, "contactsTableView");
        table->selectRow(0);
        QVERIFY(child<QPushButton>(page, "deletePushButton")->isEnabled());
        QTimer::singleShot(0, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        child<QPushButton>(page, "deletePushButton")->click();
        QCOMPARE(store.count({}).value(), 2);
        QCOMPARE(count->text(), QStringLiteral("2 contacts"));
    }

    void deleteKeyDeletesAndUndoBringsBack()
    {
        ContactStore store(*m_database);
        Contact afua;
        afua.phone = QStringLiteral("+233241234567");
        afua.firstName = QStringLiteral("Afua");
        afua.email = QStringLiteral("afua@example.com");
        afua.fields.insert(QStringLiteral("branch"), QStringLiteral("Kumasi"));
        const Contact saved = store.add(afua).value();
        Contact other;
        other.phone = QStringLiteral("+254712345678");
        QVERIFY(store.add(other).ok());
        const qint64 vip = GroupStore(*m_database).create(QStringLiteral("VIP")).value().id;
        QVERIFY(GroupStore(*m_database).addMembers(vip, {saved.id}).ok());

        // An address without its domain is refused, with what to write instead.
        afua.phone = QStringLiteral("+233241234568");
        afua.email = QStringLiteral("afua@");
        const Result<Contact> refused = store.add(afua);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("invalid_email"));
        QVERIFY(refused.error().message.contains(QLatin1String("name@example.com")));

        ContactsPage page(*m_database, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = child<QTableView>(page, "contactsTableView");
        QTRY_COMPARE(page.model()->rowCount(), 2);
        int row = 0;
        while (page.model()->contactId(row) != saved.id)
            ++row;
        table->selectRow(row);
        table->setFocus();
        QTimer::singleShot(0, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QApplication::setActiveWindow(&page);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(store.count({}).value(), 1);
        auto* status = child<QLabel>(page, "statusLabel");
        QVERIFY2(status->text().contains(QLatin1String("href=\"undo\"")),
                 qPrintable(status->text()));

        // Undo: the same contact, its fields and its group.
        Q_EMIT status->linkActivated(QStringLiteral("undo"));
        QCOMPARE(store.count({}).value(), 2);
        const Contact back = store.find(saved.id).value();
        QCOMPARE(back.phone, saved.phone);
        QCOMPARE(back.email, QStringLiteral("afua@example.com"));
        QCOMPARE(back.fields.value(QStringLiteral("branch")), QStringLiteral("Kumasi"));
        QCOMPARE(back.groups, QStringList {QStringLiteral("VIP")});
        QCOMPARE(back.createdAt, saved.createdAt);
        QVERIFY(status->text().startsWith(QLatin1String("Brought back 1 contact")));
        // Nothing left to undo.
        Q_EMIT status->linkActivated(QStringLiteral("undo"));
        QCOMPARE(store.count({}).value(), 2);
    }

    void selectingEverythingWorksOnTheQuery()
    {
        ContactStore store(*m_database);
        QSqlQuery insert(m_database->connection());
        QVERIFY(m_database->connection().transaction());
        for (int i = 0; i < 2500; ++i)
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO contacts (phone, created_at, "
                                               "updated_at) VALUES ('+2547%1', 0, 0)")
                                    .arg(30000000 + i)));
        QVERIFY(m_database->connection().commit());
        ContactsPage page(*m_database, *m_settings);
        page.show();
        auto* table = child<QTableView>(page, "contactsTableView");
        table->selectAll();
        QTimer::singleShot(0, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        child<QPushButton>(page, "deletePushButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(store.count({}).value(), 0, 10000);
        QTRY_COMPARE(child<QLabel>(page, "countLabel")->text(), QStringLiteral("0 contacts"));
    }

    void groupsPageDropsAndRemoves()
    {
        ContactStore store(*m_database);
        for (const char* phone : {"+254712345678", "+254723456789"}) {
            Contact contact;
            contact.phone = QLatin1String(phone);
            QVERIFY(store.add(contact).ok());
        }
        QVERIFY(GroupStore(*m_database).create(QStringLiteral("VIP")).ok());
        GroupsPage page(*m_database, *m_settings);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* list = child<GroupListWidget>(page, "groupsListWidget");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("VIP (0)"));

        // Dragging contacts from the table: the model's MIME data, dropped on the group.
        auto* show = child<QComboBox>(page, "showComboBox");
        show->setCurrentIndex(1); // all contacts
        auto* table = child<QTableView>(page, "membersTableView");
        QCOMPARE(table->model()->rowCount(), 2);
        std::unique_ptr<QMimeData> mime(
            table->model()->mimeData({table->model()->index(0, 0), table->model()->index(1, 0)}));
        const QPoint onGroup = list->visualItemRect(list->item(0)).center();
        QVERIFY(list->itemAt(onGroup));
        QSignalSpy changed(&page, &GroupsPage::groupsChanged);
        QDragEnterEvent enter(onGroup, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(onGroup, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(onGroup, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &drop);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(GroupStore(*m_database).find(QStringLiteral("VIP")).value().members, 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("VIP (2)"));

        show->setCurrentIndex(0); // members
        QCOMPARE(table->model()->rowCount(), 2);
        table->selectRow(0);
        child<QPushButton>(page, "removePushButton")->click();
        QCOMPARE(GroupStore(*m_database).find(QStringLiteral("VIP")).value().members, 1);
        QCOMPARE(store.count({}).value(), 2);
    }

    void optOutsModelAndPage()
    {
        SuppressionList list(*m_database);
        QStringList phones;
        for (int i = 0; i < 250; ++i)
            phones.append(QStringLiteral("+2547%1").arg(20000000 + i));
        QCOMPARE(list.add(phones, QStringLiteral("import")).value(), 250);
        OptOutsModel model(*m_database);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(
            model.index(249, OptOutsModel::PhoneColumn).data(OptOutsModel::PhoneRole).toString(),
            QStringLiteral("+254720000249"));
        model.setSearch(QStringLiteral("25472000002"));
        QCOMPARE(model.rowCount(), 10);

        OptOutsPage page(*m_database, *m_settings);
        page.show();
        QCOMPARE(child<QLabel>(page, "countLabel")->text(),
                 QStringLiteral("250 numbers opted out"));

        // A number typed wrong keeps the dialog open, with the text and what is wrong.
        QString firstText;
        QString secondLabel;
        QString secondText;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("0712 34"));
            firstText = dialog->textValue();
            QTimer::singleShot(0, this, [&, dialog] {
                auto* again = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
                QVERIFY(again == dialog);
                secondLabel = again->labelText();
                secondText = again->textValue();
                again->setTextValue(QStringLiteral("0799 123456"));
                again->accept();
            });
            dialog->accept();
        });
        child<QPushButton>(page, "addPushButton")->click();
        QCOMPARE(secondText, firstText);
        QVERIFY2(secondLabel.contains(QLatin1String("Phone number that must never")),
                 qPrintable(secondLabel));
        QVERIFY(secondLabel.size() > QStringLiteral("Phone number that must never").size() + 60);
        QVERIFY(SuppressionList(*m_database).contains(QStringLiteral("+254799123456")).value());
    }

    void aHeaderOnlyFileSaysSoAndGoesNoFurther()
    {
        const QString path = m_dir.filePath(QStringLiteral("header-only.csv"));
        writeFile(path, "phone,first_name,branch\r\n");
        ImportWizard wizard(*m_database, *m_settings);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QSignalSpy loaded(&wizard, &ImportWizard::previewLoaded);
        wizard.setFile(path);
        QVERIFY(loaded.wait(10000));
        const QString status = child<QLabel>(wizard, "fileStatusLabel")->text();
        QVERIFY2(status.contains(QLatin1String("only its header row")), qPrintable(status));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    }

    void wizardImportsStepByStep()
    {
        ImportWizard wizard(*m_database, *m_settings);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QSignalSpy loaded(&wizard, &ImportWizard::previewLoaded);
        wizard.setFile(fixture("contacts-quirks.csv"));
        QVERIFY(loaded.wait(10000));
        auto* raw = child<QTableWidget>(wizard, "rawPreviewTableWidget");
        QCOMPARE(raw->rowCount(), 12);
        QCOMPARE(raw->item(1, 0)->text(), QStringLiteral("0712 345 678"));
        QVERIFY(child<QLabel>(wizard, "fileStatusLabel")->text().contains(QLatin1String("UTF-8")));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto* mapping = child<QTableWidget>(wizard, "mappingTableWidget");
        auto* phoneCombo = qobject_cast<QComboBox*>(mapping->cellWidget(0, 0));
        QVERIFY(phoneCombo);
        QCOMPARE(phoneCombo->currentData().toString(), QStringLiteral("phone"));
        auto* nameCombo = qobject_cast<QComboBox*>(mapping->cellWidget(0, 1));
        QCOMPARE(nameCombo->currentData().toString(), QStringLiteral("name"));
        auto* balanceCombo = qobject_cast<QComboBox*>(mapping->cellWidget(0, 3));
        QCOMPARE(balanceCombo->currentData().toString(), QStringLiteral("custom:balance"));

        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        // Enter while the rows are checked (as if to go on) must not press Stop, wherever
        // the focus went when Import was disabled.
        QWidget* focused = QApplication::focusWidget();
        QTest::keyClick(focused ? focused : static_cast<QWidget*>(&wizard), Qt::Key_Return);
        QVERIFY(checked.wait(10000));
        const QString summary = child<QLabel>(wizard, "summaryLabel")->text();
        QVERIFY2(summary.contains(QLatin1String("<b>11</b> rows")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("<b>5</b> new contacts")), qPrintable(summary));
        auto* rejects = child<QTableWidget>(wizard, "rejectsTableWidget");
        QCOMPARE(rejects->rowCount(), 6);
        QCOMPARE(rejects->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contacts")), 0);
        child<QComboBox>(wizard, "groupComboBox")->setEditText(QStringLiteral("From the wizard"));

        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPage));
        QVERIFY(finished.wait(10000));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contacts")), 5);
        QCOMPARE(GroupStore(*m_database).find(QStringLiteral("From the wizard")).value().members,
                 5);
        QVERIFY(child<QLabel>(wizard, "resultLabel")
                    ->text()
                    .contains(QLatin1String("5 contacts added")));
    }

    void wizardOffersAnotherCountrysNumbers()
    {
        // A Kenyan import with Ghanaians written the Ghanaian way.
        const QString path = m_dir.filePath(QStringLiteral("ghanaians.csv"));
        writeFile(path,
                  "Phone,Name\n0712345678,Wanjiru\n024 412 3456,Kofi\n"
                  "054 412 3456,Akosua\n0712,Short\n");
        m_settings->setRegion(QStringLiteral("KE"));
        ImportWizard wizard(*m_database, *m_settings);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QSignalSpy loaded(&wizard, &ImportWizard::previewLoaded);
        wizard.setFile(path);
        QVERIFY(loaded.wait(10000));
        wizard.next();
        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        wizard.next();
        QVERIFY(checked.wait(10000));
        auto* summary = child<QLabel>(wizard, "summaryLabel");
        QVERIFY2(summary->text().contains(QLatin1String("<b>1</b> new contact")),
                 qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QLatin1String("mobile numbers of Ghana"))
                     && summary->text().contains(QLatin1String("href=\"region:GH\"")),
                 qPrintable(summary->text()));
        // Their rows cannot be ticked to add "anyway" (that would make them Kenyan).
        auto* rejects = child<QTableWidget>(wizard, "rejectsTableWidget");
        QCOMPARE(rejects->rowCount(), 3);
        for (int row = 0; row < 2; ++row) {
            QVERIFY(!rejects->item(row, 0)->data(Qt::CheckStateRole).isValid());
            QVERIFY(rejects->item(row, 2)->text().contains(QLatin1String("+233")));
        }

        Q_EMIT summary->linkActivated(QStringLiteral("region:GH"));
        QVERIFY(checked.wait(10000));
        QVERIFY2(summary->text().contains(QLatin1String("<b>3</b> new contacts"))
                     && summary->text().contains(QLatin1String("imported as numbers of Ghana")),
                 qPrintable(summary->text()));
        QCOMPARE(rejects->rowCount(), 1);
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QVERIFY(finished.wait(10000));
        ContactStore contacts(*m_database);
        QCOMPARE(contacts.findByPhone(QStringLiteral("+233244123456")).value().firstName,
                 QStringLiteral("Kofi"));
        QCOMPARE(contacts.findByPhone(QStringLiteral("+233544123456")).value().firstName,
                 QStringLiteral("Akosua"));
    }

    void wizardReportsBadFilesAndStopsCleanly()
    {
        ImportWizard wizard(*m_database, *m_settings);
        wizard.show();
        QSignalSpy loaded(&wizard, &ImportWizard::previewLoaded);
        wizard.setFile(fixture("legacy.xls"));
        QVERIFY(loaded.wait(10000));
        QVERIFY(child<QLabel>(wizard, "fileStatusLabel")
                    ->text()
                    .contains(QLatin1String(".xlsx or CSV")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));

        // A big enough file that Stop lands while the rows are being written.
        QByteArray text = "Phone,Name\n";
        for (int i = 0; i < 200000; ++i)
            text += "07" + QByteArray::number(10000000 + i) + ",Name\n";
        const QString big = m_dir.filePath(QStringLiteral("big.csv"));
        writeFile(big, text);
        wizard.setFile(big);
        QVERIFY(loaded.wait(10000));
        wizard.next();
        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        wizard.next();
        QVERIFY(checked.wait(30000));
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        child<QPushButton>(wizard, "importCancelPushButton")->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(child<QLabel>(wizard, "resultLabel")
                     ->text()
                     .contains(QLatin1String("Nothing was changed")),
                 qPrintable(child<QLabel>(wizard, "resultLabel")->text()));
        QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contacts")), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppSettings> m_settings;
};

QTEST_MAIN(TestContactsPages)
#include "tst_contactspages.moc"
