// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "core/Template.h"
#include "settings/AppSettings.h"
#include "settings/Localization.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/TemplateStore.h"
#include "templates/ComposerWidget.h"
#include "templates/PreviewPanel.h"
#include "templates/TemplatesPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace tuma;
using tuma::test::child;

class TestComposer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(Localization::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    }

    void countersFollowTyping()
    {
        ComposerWidget composer;
        composer.setPricing(Pricing {1.0, 1.0, 0.40, QStringLiteral("KES")}, {});
        composer.show();
        auto* editor = child<QPlainTextEdit>(composer, "messagePlainTextEdit");
        auto* counters = child<QLabel>(composer, "countersLabel");

        QTest::keyClicks(editor, QStringLiteral("Habari"));
        QCOMPARE(composer.body(), QStringLiteral("Habari"));
        QVERIFY2(counters->text().contains(QLatin1String("1 part")), qPrintable(counters->text()));
        QVERIFY(counters->text().contains(QLatin1String("154 left")));
        QVERIFY(counters->text().contains(QLatin1String("KES 0.40")));

        QTest::keyClicks(editor, QString(155, u'a'));
        QCOMPARE(composer.analysis().count.units, 161);
        QVERIFY2(counters->text().contains(QLatin1String("2 parts")), qPrintable(counters->text()));
        QVERIFY(counters->text().contains(QLatin1String("KES 0.80")));
    }

    void replacesWhatForcesUnicode()
    {
        ComposerWidget composer;
        composer.setBody(QStringLiteral("It’s “ready” – come…"));
        QCOMPARE(composer.analysis().count.encoding, SmsEncoding::Ucs2);
        auto* replace = child<QPushButton>(composer, "replaceGsmPushButton");
        QVERIFY(replace->isEnabled());
        QVERIFY(child<QLabel>(composer, "notesLabel")->text().contains(QStringLiteral("’")));
        replace->click();
        QCOMPARE(composer.body(), QStringLiteral("It's \"ready\" - come..."));
        QCOMPARE(composer.analysis().count.encoding, SmsEncoding::Gsm7);
        QVERIFY(!replace->isEnabled());
        QVERIFY(
            child<QLabel>(composer, "notesLabel")->text().contains(QLatin1String("Replaced 5")));
        // One undo step brings the original back.
        child<QPlainTextEdit>(composer, "messagePlainTextEdit")->undo();
        QCOMPARE(composer.body(), QStringLiteral("It’s “ready” – come…"));
    }

    void emojiCannotBeReplaced()
    {
        ComposerWidget composer;
        composer.setBody(QStringLiteral("Karibu 🎉"));
        QCOMPARE(composer.analysis().count.encoding, SmsEncoding::Ucs2);
        QVERIFY(!child<QPushButton>(composer, "replaceGsmPushButton")->isEnabled());
    }

    void fieldPickerInsertsAtTheCursor()
    {
        ComposerWidget composer;
        composer.setAvailableFields(Template::standardFields()
                                    + QStringList {QStringLiteral("balance")});
        composer.setBody(QStringLiteral("Hi , pay"));
        auto* editor = child<QPlainTextEdit>(composer, "messagePlainTextEdit");
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(3);
        editor->setTextCursor(cursor);
        QMenu* menu = child<QToolButton>(composer, "insertFieldToolButton")->menu();
        QCOMPARE(menu->actions().size(), 5);
        menu->actions().at(0)->trigger();
        QCOMPARE(composer.body(), QStringLiteral("Hi <<first_name>>, pay"));
        QVERIFY(composer.problems().isEmpty());
        menu->actions().at(4)->trigger();
        QCOMPARE(composer.body(), QStringLiteral("Hi <<first_name>><<balance>>, pay"));
    }

    void footerIsAppendedAndCounted()
    {
        ComposerWidget composer;
        composer.setBody(QString(150, u'a'));
        auto* footer = child<QCheckBox>(composer, "footerCheckBox");
        QVERIFY(footer->isHidden());
        QCOMPARE(composer.analysis().count.segments, 1);
        composer.setFooter(QStringLiteral("STOP? SMS STOP to 12345"));
        QVERIFY(!footer->isHidden());
        QVERIFY(footer->isChecked());
        QCOMPARE(composer.message(),
                 QString(150, u'a') + QStringLiteral("\nSTOP? SMS STOP to 12345"));
        QCOMPARE(composer.analysis().count.units, 174);
        QCOMPARE(composer.analysis().count.segments, 2);
        // A curly apostrophe in the footer is not the editor's to replace.
        composer.setFooter(QStringLiteral("Don’t want these? SMS STOP"));
        QCOMPARE(composer.analysis().count.encoding, SmsEncoding::Ucs2);
        QVERIFY(!child<QPushButton>(composer, "replaceGsmPushButton")->isEnabled());
        footer->setChecked(false);
        QCOMPARE(composer.message(), composer.body());
        QCOMPARE(composer.analysis().count.segments, 1);
    }

    void problemsAreListed()
    {
        ComposerWidget composer;
        composer.setBody(QStringLiteral("Dear <<frist_name>>, pay <<"));
        const QStringList problems = composer.problems();
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(QLatin1String("frist_name")));
        QVERIFY(
            child<QLabel>(composer, "notesLabel")->text().contains(QLatin1String("frist_name")));
    }

    void previewRendersRealContactsAndCountsTheGroup()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("preview.db")));
        QVERIFY(database.ok());
        {
            QSqlQuery query(database.value()->connection());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO contact_groups (name, created_at) VALUES ('Customers', 0)")));
            QSqlDatabase db = database.value()->connection();
            QVERIFY(db.transaction());
            for (int i = 0; i < 300; ++i) {
                query.prepare(QStringLiteral(
                    "INSERT INTO contacts (phone, first_name, fields, created_at, updated_at) "
                    "VALUES (?, ?, ?, 0, 0)"));
                query.addBindValue(QStringLiteral("+2547%1").arg(10000000 + i));
                query.addBindValue(i % 3 == 0 ? QStringLiteral("")
                                              : QStringLiteral("Name%1").arg(i));
                // Every tenth balance is long enough to push the message into a second part.
                query.addBindValue(
                    QStringLiteral("{\"balance\":\"%1\"}")
                        .arg(i % 10 == 0 ? QString(150, u'9') : QStringLiteral("500")));
                QVERIFY(query.exec());
                QVERIFY(query.exec(
                    QStringLiteral(
                        "INSERT INTO group_members (group_id, contact_id) VALUES (1, %1)")
                        .arg(i + 1)));
            }
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO suppression_list (phone, created_at) VALUES ('+254710000001', 0)")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO contact_fields (name, created_at) VALUES ('balance', 0)")));
            QVERIFY(db.commit());
        }
        AppSettings settings(dir.filePath(QStringLiteral("tuma.ini")));
        PreviewPanel preview(*database.value(), settings);
        preview.show();
        QSignalSpy ready(&preview, &PreviewPanel::figuresReady);
        preview.setMessage(QStringLiteral("Habari <<first_name>>, salio <<balance>>."));
        ready.clear(); // figures of the empty message, if they came before
        QVERIFY(ready.wait(10000));

        const QString audience = child<QLabel>(preview, "audienceLabel")->text();
        QVERIFY2(audience.contains(QLatin1String("299 recipients")), qPrintable(audience));
        QVERIFY2(audience.contains(QLatin1String("1 part: 269")), qPrintable(audience));
        QVERIFY2(audience.contains(QLatin1String("2 parts: 30")), qPrintable(audience));
        const QString warnings = child<QLabel>(preview, "warningsLabel")->text();
        QVERIFY2(warnings.contains(QLatin1String("100 contacts have no first_name")),
                 qPrintable(warnings));
        QVERIFY(warnings.contains(QLatin1String("1 opted-out contact will not receive it")));

        // The first recipient has no first name; the next one (the opted-out is skipped) has.
        QCOMPARE(child<QLabel>(preview, "previewLabel")->text(),
                 QStringLiteral("Habari , salio ") + QString(150, u'9') + u'.');
        QVERIFY(
            child<QLabel>(preview, "previewCountLabel")->text().contains(QLatin1String("2 parts")));
        child<QToolButton>(preview, "nextToolButton")->click();
        QCOMPARE(child<QLabel>(preview, "previewLabel")->text(),
                 QStringLiteral("Habari Name2, salio 500."));
        QCOMPARE(child<QLabel>(preview, "positionLabel")->text(), QStringLiteral("2 of 299"));
        child<QToolButton>(preview, "previousToolButton")->click();
        QCOMPARE(child<QLabel>(preview, "positionLabel")->text(), QStringLiteral("1 of 299"));
        QVERIFY(!child<QToolButton>(preview, "previousToolButton")->isEnabled());

        // A default fills the gap and the warning goes.
        preview.setMessage(QStringLiteral("Habari <<first_name|mteja>>."));
        QVERIFY(ready.wait(10000));
        QVERIFY(child<QLabel>(preview, "warningsLabel")->text().indexOf(QLatin1String("first_name"))
                < 0);
        QCOMPARE(child<QLabel>(preview, "previewLabel")->text(), QStringLiteral("Habari mteja."));
    }

    void templatesPageSavesDuplicatesAndDeletes()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("tuma.db")));
        QVERIFY(database.ok());
        AppSettings settings(dir.filePath(QStringLiteral("tuma.ini")));
        TemplatesPage page(*database.value(), settings);
        page.show();
        auto* list = child<QListWidget>(page, "templatesListWidget");
        auto* name = child<QLineEdit>(page, "nameLineEdit");
        auto* save = child<QPushButton>(page, "savePushButton");
        QCOMPARE(list->count(), 0);
        QVERIFY(!save->isEnabled());

        name->setText(QStringLiteral("Reminder"));
        page.composer()->setBody(QStringLiteral("Habari <<first_name|mteja>>"));
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(list->count(), 1);
        QCOMPARE(TemplateStore(*database.value()).find(QStringLiteral("Reminder")).value().body,
                 QStringLiteral("Habari <<first_name|mteja>>"));

        // Edit and rename in place, saved with Ctrl+S.
        name->setText(QStringLiteral("Payment reminder"));
        page.composer()->setBody(QStringLiteral("Lipa sasa"));
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        name->setFocus();
        QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
        // A button's shortcut clicks it after a short press animation.
        QTRY_COMPARE(list->item(0)->text(), QStringLiteral("Payment reminder"));
        QCOMPARE(list->count(), 1);

        child<QPushButton>(page, "duplicatePushButton")->click();
        child<QPushButton>(page, "duplicatePushButton")->click();
        QCOMPARE(list->count(), 3);
        QVERIFY(TemplateStore(*database.value())
                    .find(QStringLiteral("Payment reminder (copy) (copy)"))
                    .ok());

        // Confirm the deletion in the dialog that asks.
        QTimer::singleShot(0, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        child<QPushButton>(page, "deletePushButton")->click();
        QCOMPARE(list->count(), 2);

        // A name in use is refused with a sentence, and nothing changes.
        child<QPushButton>(page, "newPushButton")->click();
        name->setText(QStringLiteral("payment REMINDER"));
        page.composer()->setBody(QStringLiteral("x"));
        save->click();
        QCOMPARE(list->count(), 2);
        QVERIFY(
            child<QLabel>(page, "statusLabel")->text().contains(QLatin1String("already exists")));

        // Leaving unsaved changes asks first; Cancel stays, Discard goes.
        const auto answer = [this](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [button] {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                    box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        list->setCurrentRow(0);
        QCOMPARE(name->text(), QStringLiteral("payment REMINDER"));
        answer(QMessageBox::Discard);
        list->setCurrentRow(0);
        QCOMPARE(name->text(), list->item(0)->text());
        QVERIFY(!save->isEnabled()); // nothing changed yet
        // Save from the question keeps the edit.
        page.composer()->setBody(QStringLiteral("Lipa leo"));
        answer(QMessageBox::Save);
        list->setCurrentRow(1);
        QCOMPARE(TemplateStore(*database.value()).find(list->item(0)->text()).value().body,
                 QStringLiteral("Lipa leo"));
    }

    void templatesArePricedWithTheSendingAccount()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("tuma.db")));
        QVERIFY(database.ok());
        AppSettings settings(dir.filePath(QStringLiteral("tuma.ini")));
        Pricing defaults;
        defaults.pricePerCredit = 0.40;
        settings.setDefaultPricing(defaults);
        const auto counters = [](TemplatesPage& page) {
            return child<QLabel>(*page.composer(), "countersLabel")->text();
        };
        {
            // No account yet: the Settings' price, and it says so.
            TemplatesPage page(*database.value(), settings);
            page.composer()->setBody(QStringLiteral("Habari"));
            QVERIFY2(counters(page).contains(QLatin1String("KES 0.40 a message (default prices "
                                                           "from Settings)")),
                     qPrintable(counters(page)));
        }
        for (const auto& [name, price] : {std::pair {"Cheap", 0.30}, std::pair {"Main", 0.50}}) {
            Account account;
            account.name = QString::fromLatin1(name);
            account.provider = QStringLiteral("qsms");
            account.sandbox = true;
            account.pricing.pricePerCredit = price;
            QVERIFY(AccountStore(*database.value()).add(account).ok());
        }
        settings.setActiveAccount(QStringLiteral("main"));
        TemplatesPage page(*database.value(), settings);
        page.composer()->setBody(QStringLiteral("Habari"));
        // The active account's price, as the campaign review will count it.
        QVERIFY2(counters(page).contains(QLatin1String("KES 0.50 a message (prices of Main)")),
                 qPrintable(counters(page)));
        // No active account: the first one, the one a new campaign starts with.
        settings.setActiveAccount(QString());
        page.reload();
        QVERIFY2(counters(page).contains(QLatin1String("KES 0.30 a message (prices of Cheap)")),
                 qPrintable(counters(page)));
    }
};

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
