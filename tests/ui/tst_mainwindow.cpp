// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "campaigns/Planner.h"
#include "import/ImportWizard.h"
#include "mainwindow/DatabaseMaintenance.h"
#include "mainwindow/GettingStartedDialog.h"
#include "mainwindow/MainWindow.h"
#include "sandbox/Sandbox.h"
#include "settings/AppSettings.h"
#include "storage/AccountStore.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "widgets/BackgroundJob.h"
#include "widgets/ColorSchemeWatcher.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>

using namespace tuma;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("tuma-test"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("tuma.db")));
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("tuma.ini")));
        m_colorScheme = std::make_unique<ColorSchemeWatcher>(ColorScheme::Light);
    }

    void cleanup()
    {
        m_colorScheme.reset();
        m_settings.reset();
        m_database.reset();
    }

    void everyPageHasASidebarEntryAndShortcut()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pageStackedWidget"));
        QVERIFY(navigation && stack);
        const QStringList ids = MainWindow::pageIds();
        QCOMPARE(ids.size(), 7);
        QCOMPARE(navigation->count(), ids.size());
        QCOMPARE(stack->count(), ids.size());

        for (int index = ids.size() - 1; index >= 0; --index) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
            QCOMPARE(window.currentPageId(), ids.at(index));
            QCOMPARE(stack->currentWidget()->objectName(), ids.at(index) + QStringLiteral("Page"));
            QCOMPARE(navigation->currentRow(), index);
            QVERIFY(!navigation->item(index)->icon().isNull());
        }
        navigation->setCurrentRow(4);
        QCOMPARE(window.currentPageId(), QStringLiteral("templates"));
        QVERIFY(window.windowTitle().contains(QLatin1String("Templates")));
        QVERIFY(!window.showPage(QStringLiteral("nowhere")));
        QCOMPARE(window.currentPageId(), QStringLiteral("templates"));
    }

    void statusBarNamesTheDatabase()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        auto* label = window.findChild<QLabel*>(QStringLiteral("databaseLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QDir::toNativeSeparators(m_database->path())));
        auto* account = window.findChild<QLabel*>(QStringLiteral("accountLabel"));
        QVERIFY(account);
        Q_EMIT account->linkActivated(QStringLiteral("accounts"));
        QCOMPARE(window.currentPageId(), QStringLiteral("accounts"));
    }

    void geometryAndLastPageAreRemembered()
    {
        {
            MainWindow window(*m_database, *m_settings, *m_colorScheme);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            window.showPage(QStringLiteral("campaigns"));
            QVERIFY(window.close());
        }
        AppSettings reread(m_dir.filePath(QStringLiteral("tuma.ini")));
        QCOMPARE(reread.lastPage(), QStringLiteral("campaigns"));
        MainWindow again(*m_database, reread, *m_colorScheme);
        QCOMPARE(again.currentPageId(), QStringLiteral("campaigns"));
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void instanceRequestsSwitchPagesAndQuit()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QJsonObject reply
            = window.handleInstanceRequest({{QStringLiteral("page"), QStringLiteral("groups")}});
        QCOMPARE(reply.value(QStringLiteral("page")).toString(), QStringLiteral("groups"));
        QCOMPARE(window.currentPageId(), QStringLiteral("groups"));
        reply = window.handleInstanceRequest({{QStringLiteral("page"), QStringLiteral("bogus")}});
        QVERIFY(reply.contains(QStringLiteral("error")));
        QCOMPARE(window.currentPageId(), QStringLiteral("groups"));
        reply = window.handleInstanceRequest({{QStringLiteral("quit"), true}});
        QVERIFY(reply.value(QStringLiteral("quitting")).toBool());
        QTRY_VERIFY(!window.isVisible());
    }

    void darkSchemeRecoloursTheWindow()
    {
        m_colorScheme->setPreference(ColorScheme::Dark);
        QVERIFY(m_colorScheme->isDark());
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 100);
        m_colorScheme->setPreference(ColorScheme::Light);
        QVERIFY(!m_colorScheme->isDark());
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() > 150);
    }

    void anUntickedBoxShowsInTheDark()
    {
        m_colorScheme->setPreference(ColorScheme::Dark);
        QCheckBox box(QStringLiteral("Tick"));
        box.resize(box.sizeHint());
        QStyleOptionButton option;
        option.initFrom(&box);
        const QRect indicator
            = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
        const QImage image = box.grab().toImage();
        const int base = box.palette().color(QPalette::Base).lightness();
        int strongest = 0; // the outline against the box's own fill
        for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                strongest
                    = std::max(strongest, std::abs(image.pixelColor(x, y).lightness() - base));
        }
        QVERIFY2(strongest >= 40, qPrintable(QString::number(strongest)));
        m_colorScheme->setPreference(ColorScheme::Light);
    }

    void backupAndRestoreRunOffTheGuiThread()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        auto* maintenance = window.findChild<DatabaseMaintenance*>();
        QVERIFY(maintenance);
        {
            QSqlQuery query(m_database->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO contacts (phone, created_at, "
                                              "updated_at) VALUES ('+254712345678', 0, 0)")));
        }
        const QString backup = m_dir.filePath(QStringLiteral("gui-backup.db"));
        std::optional<Result<void>> outcome;
        maintenance->startBackup(backup,
                                 [&outcome](Result<void> result) { outcome.emplace(result); });
        QVERIFY(maintenance->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY(outcome->ok());
        QVERIFY(!maintenance->isBusy());
        QVERIFY(Database::inspect(backup).ok());

        {
            QSqlQuery query(m_database->connection());
            QVERIFY(query.exec(QStringLiteral("DELETE FROM contacts")));
        }
        outcome.reset();
        QSignalSpy restored(maintenance, &DatabaseMaintenance::restored);
        maintenance->startRestore(backup,
                                  [&outcome](Result<void> result) { outcome.emplace(result); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY2(outcome->ok(),
                 qPrintable(outcome->ok() ? QString() : outcome->error().messageWithDetail()));
        QCOMPARE(restored.count(), 1);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM contacts")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void restoreFromTheMenuOffersABackupFirst()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        auto* maintenance = window.findChild<DatabaseMaintenance*>();
        {
            QSqlQuery query(m_database->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO contacts (phone, created_at, "
                                              "updated_at) VALUES ('+254712000101', 0, 0)")));
        }
        const QString old = m_dir.filePath(QStringLiteral("old.db"));
        QVERIFY(m_database->backupTo(old).ok());
        {
            QSqlQuery query(m_database->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO contacts (phone, created_at, "
                                              "updated_at) VALUES ('+254712000102', 0, 0)")));
        }
        const QString before = m_dir.filePath(QStringLiteral("before-restore.db"));

        // Each modal window as it comes: the file to restore, the question, where to back up.
        QStringList seen;
        bool strayProgress = false;
        QTimer answer;
        answer.setInterval(50);
        QPointer<QWidget> last;
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == last)
                return;
            if (auto* files = qobject_cast<QFileDialog*>(modal)) {
                last = modal;
                seen.append(files->acceptMode() == QFileDialog::AcceptOpen
                                ? QStringLiteral("open")
                                : QStringLiteral("save"));
                const QFileInfo file(files->acceptMode() == QFileDialog::AcceptOpen ? old
                                         : QFileInfo::exists(before)
                                         ? m_dir.filePath(QStringLiteral("from-menu.db"))
                                         : before);
                // Typed into its name field, as a person would.
                files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))
                    ->setText(file.absoluteFilePath());
                static_cast<QDialog*>(files)->accept();
            } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                last = modal;
                // A progress dialog still up behind a message is the stray one.
                for (QProgressDialog* progress : window.findChildren<QProgressDialog*>())
                    strayProgress = strayProgress || progress->isVisible();
                QAbstractButton* choice = box->buttons().constFirst();
                for (QAbstractButton* button : box->buttons()) {
                    if (button->text().contains(QLatin1String("Back Up First")))
                        choice = button;
                }
                seen.append(box->text().section(u' ', 0, 2));
                choice->click();
            }
        });
        answer.start();
        window.findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();
        QSignalSpy restored(maintenance, &DatabaseMaintenance::restored);
        QVERIFY(restored.wait(20000));
        answer.stop();
        QCOMPARE(seen,
                 (QStringList {QStringLiteral("open"), QStringLiteral("Replace all contacts,"),
                               QStringLiteral("save")}));
        // The backup holds both contacts; the restored database the one of the old backup.
        QCOMPARE(Database::inspect(before).ok(), true);
        auto saved = Database::open(before);
        QVERIFY(saved.ok());
        QSqlQuery count(saved.value()->connection());
        QVERIFY(count.exec(
                    QStringLiteral("SELECT count(*) FROM contacts WHERE phone LIKE '+2547120001%'"))
                && count.next());
        QCOMPARE(count.value(0).toInt(), 2);
        QSqlQuery now(m_database->connection());
        QVERIFY(now.exec(
                    QStringLiteral("SELECT count(*) FROM contacts WHERE phone LIKE '+2547120001%'"))
                && now.next());
        QCOMPARE(now.value(0).toInt(), 1);

        // A backup from the menu ends with its message, and no progress dialog behind it.
        seen.clear();
        last = nullptr;
        answer.start();
        window.findChild<QAction*>(QStringLiteral("backupAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 2, 20000);
        answer.stop();
        QCOMPARE(seen.last(), QStringLiteral("The database was"));
        QVERIFY(!strayProgress);
    }

    void gettingStartedLinksDoWhatTheySay()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        window.findChild<QAction*>(QStringLiteral("gettingStartedAction"))->trigger();
        auto* help = window.findChild<GettingStartedDialog*>();
        QVERIFY(help);
        auto* browser = help->findChild<QTextBrowser*>(QStringLiteral("textBrowser"));
        QVERIFY(browser->toPlainText().contains(QLatin1String("<<first_name|Customer>>")));
        // A page link shows the page and closes the help.
        Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("templates")));
        QCOMPARE(window.currentPageId(), QStringLiteral("templates"));
        QVERIFY(!help->isVisible());
        // Every link of the text leads somewhere: the wizard, a new campaign or a page.
        const QStringList links {QStringLiteral("import"),    QStringLiteral("new-campaign"),
                                 QStringLiteral("templates"), QStringLiteral("accounts"),
                                 QStringLiteral("campaigns"), QStringLiteral("optouts")};
        for (const QString& link : links)
            QVERIFY2(GettingStartedDialog::text().contains(QStringLiteral("href=\"%1\"").arg(link)),
                     qPrintable(link));
        QVERIFY(MainWindow::pageIds().contains(QStringLiteral("optouts")));

        // "Import a spreadsheet" opens the import wizard itself.
        window.findChild<QAction*>(QStringLiteral("gettingStartedAction"))->trigger();
        help = window.findChildren<GettingStartedDialog*>().constLast();
        Q_EMIT help->findChild<QTextBrowser*>(QStringLiteral("textBrowser"))
            ->anchorClicked(QUrl(QStringLiteral("import")));
        QTRY_VERIFY(window.findChild<ImportWizard*>()
                    && window.findChild<ImportWizard*>()->isVisible());
        window.findChild<ImportWizard*>()->reject();
    }

    void aLongJobsProgressDialogIsGoneBeforeItsResultIsShown()
    {
        QWidget window;
        window.show();
        BackgroundJob job;
        std::optional<bool> progressVisible;
        bool sawProgress = false;
        QTimer look;
        connect(&look, &QTimer::timeout, this, [&] {
            for (QProgressDialog* progress : window.findChildren<QProgressDialog*>())
                sawProgress = sawProgress || progress->isVisible();
        });
        look.start(20);
        job.startWithDialog(
            &window, QStringLiteral("Working…"),
            [](const BackgroundJob::Progress& progress) -> Result<void> {
                for (int step = 0; step <= 10; ++step) {
                    progress(step, 10);
                    QThread::msleep(80);
                }
                return {};
            },
            [&](Result<void>) {
                // Where a message box would open: the progress dialog must be gone already.
                bool visible = false;
                for (QProgressDialog* progress : window.findChildren<QProgressDialog*>())
                    visible = visible || progress->isVisible();
                progressVisible = visible;
            });
        QTRY_VERIFY_WITH_TIMEOUT(progressVisible.has_value(), 10000);
        QVERIFY(sawProgress); // it was shown while the job ran
        QVERIFY(!*progressVisible);
    }

    void aRestoredBackupSendsNothingFromTheWindow()
    {
        // A backup taken while a campaign was running, restored after the campaign went out:
        // the window's runner must not send its queued messages a second time.
        QVERIFY(sandbox::offerAccount(*m_database, *m_settings).ok());
        Campaign draft;
        draft.name = QStringLiteral("Jumamosi");
        draft.accountId = AccountStore(*m_database).list().value().constFirst().id;
        draft.templateBody = QStringLiteral("Ofa ya Jumamosi!");
        draft.audience.phones = {QStringLiteral("+254712000001"), QStringLiteral("+254712000002"),
                                 QStringLiteral("+254712000003")};
        draft.timeZone = QStringLiteral("Africa/Nairobi");
        const qint64 id = CampaignStore(*m_database).create(draft).value();
        QVERIFY(Planner(*m_database).launch(id, QDateTime::currentDateTimeUtc()).ok());
        const QString backup = m_dir.filePath(QStringLiteral("mid-campaign.db"));
        QVERIFY(m_database->backupTo(backup).ok());

        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        QTRY_COMPARE_WITH_TIMEOUT(CampaignStore(*m_database).find(id).value().state,
                                  CampaignState::Completed, 15000);
        auto* maintenance = window.findChild<DatabaseMaintenance*>();
        std::optional<Result<void>> outcome;
        maintenance->startRestore(backup,
                                  [&outcome](Result<void> result) { outcome.emplace(result); });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY(outcome->ok());
        const Campaign restored = CampaignStore(*m_database).find(id).value();
        QCOMPARE(restored.state, CampaignState::Paused);
        QCOMPARE(restored.pauseCode, QStringLiteral("restored"));
        // The runner goes on ticking after the restore, and sends none of them.
        QTest::qWait(2000);
        QCOMPARE(CampaignStore(*m_database).counts(id).value().value(OutboxState::Queued), 3);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ColorSchemeWatcher> m_colorScheme;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
