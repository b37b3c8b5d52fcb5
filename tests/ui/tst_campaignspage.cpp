// SPDX-License-Identifier: GPL-3.0-or-later
// The Campaigns page as a marketing officer meets it: a new campaign to a group through the
// ready Sandbox account, its review (recipients, cost, balance, time), the launch with its
// confirmation, the messages going out and being delivered, a scheduled one paused, resumed
// and cancelled, and the failed ones retried.
#include "TestSupport.h"
#include "accounts/ProviderSession.h"
#include "campaigns/AudienceFigures.h"
#include "campaigns/CampaignDraft.h"
#include "campaigns/CampaignReport.h"
#include "campaigns/CampaignTexts.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/Planner.h"
#include "contacts/ContactDialog.h"
#include "mainwindow/AuditLogDialog.h"
#include "mainwindow/MainWindow.h"
#include "providers/ProviderAdapter.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "settings/Localization.h"
#include "storage/AccountStore.h"
#include "storage/CampaignStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/Outbox.h"
#include "storage/SuppressionList.h"
#include "widgets/ColorSchemeWatcher.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDateTimeEdit>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace tuma;
using test::child;

// A stand-in for the desktop's notification service (org.freedesktop.Notifications) on the
// test session's bus: it keeps what Tuma tells the user.
class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList received; // "summary: body"

public Q_SLOTS:
    Q_SCRIPTABLE uint Notify(const QString& appName, uint replacesId, const QString& icon,
                             const QString& summary, const QString& body,
                             const QStringList& actions, const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        if (appName == QLatin1String("Tuma"))
            received.append(summary + QStringLiteral(": ") + body);
        return uint(received.size());
    }
};

class TestCampaignsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("tuma-test"));
        qputenv("TUMA_SANDBOX_TIMING", "100,300,300");
        // As the window is run: English with its plural forms, dates as Kenya writes them.
        QCOMPARE(Localization::install(*qApp, QStringLiteral("en"), QStringLiteral("KE")),
                 QStringLiteral("en"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("tuma-%1.db").arg(++m_counter)));
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        m_settings = std::make_unique<AppSettings>(
            m_dir.filePath(QStringLiteral("tuma-%1.ini").arg(m_counter)));
        m_settings->setLaunchConfirmationThreshold(0);
        m_colorScheme = std::make_unique<ColorSchemeWatcher>(ColorScheme::Light);
        // Three customers in a group; one number the simulator fails.
        const qint64 group = GroupStore(*m_database).create(QStringLiteral("Wateja")).value().id;
        QList<qint64> members;
        for (const auto& [phone, name] : QList<std::pair<QString, QString>> {
                 {QStringLiteral("+254712000001"), QStringLiteral("Amina")},
                 {QStringLiteral("+254712000002"), QStringLiteral("Baraka")},
                 {QStringLiteral("+254712000999"), QStringLiteral("Chege")}}) {
            Contact contact;
            contact.phone = phone;
            contact.firstName = name;
            members.append(ContactStore(*m_database).add(contact).value().id);
        }
        QVERIFY(GroupStore(*m_database).addMembers(group, members).ok());
    }

    void cleanup()
    {
        m_colorScheme.reset();
        m_settings.reset();
        m_database.reset();
    }

    void aCampaignIsPlannedLaunchedAndFollowedToDelivery()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("campaigns")));
        QWidget& page = *child<QWidget>(window, "campaignsPage");
        QVERIFY(child<QLabel>(page, "emptyLabel")->isVisible());

        // Compose, review, launch: the dialog is modal, so it is driven from a timer.
        bool reviewed = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* review = child<QPushButton>(*dialog, "reviewPushButton");
            review->click();
            // Nothing is filled in yet: it says what is missing.
            QVERIFY(child<QLabel>(*dialog, "problemLabel")->text().contains(QLatin1String("name")));
            child<QLineEdit>(*dialog, "nameLineEdit")->setText(QStringLiteral("Desemba"));
            auto* groups = child<QListWidget>(*dialog, "groupsListWidget");
            QCOMPARE(groups->count(), 1);
            groups->item(0)->setCheckState(Qt::Checked);
            child<QPlainTextEdit>(*dialog, "numbersPlainTextEdit")
                ->setPlainText(QStringLiteral("0712 000 001\n0722000004"));
            child<QPlainTextEdit>(*dialog, "messagePlainTextEdit")
                ->setPlainText(QStringLiteral("Habari <<first_name|mteja>>, ofa ya leo!"));
            review->click();
            QTRY_VERIFY(child<QPushButton>(*dialog, "launchPushButton")->isEnabled());
            const QString summary = child<QLabel>(*dialog, "reviewLabel")->text();
            // The typed number already in the group goes once.
            QVERIFY2(summary.contains(QLatin1String("4 recipient")), qPrintable(summary));
            QVERIFY2(summary.contains(QLatin1String("KES")), qPrintable(summary));
            QTRY_VERIFY_WITH_TIMEOUT(
                child<QLabel>(*dialog, "reviewLabel")->text().contains(QLatin1String("enough")),
                10000);
            reviewed = true;
            child<QPushButton>(*dialog, "launchPushButton")->click();
        });
        // The launch counts the audience again, then asks for confirmation: say yes.
        QString asked;
        QTimer driver;
        driver.setInterval(50);
        connect(&driver, &QTimer::timeout, this, [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->text();
                box->button(QMessageBox::Yes)->click();
            }
        });
        driver.start();
        child<QPushButton>(page, "newPushButton")->click();
        QVERIFY(reviewed);
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 10000);
        driver.stop();
        QVERIFY2(asked.contains(QLatin1String("4 message")), qPrintable(asked));

        // It goes out and the simulator delivers all but the 999 number.
        const qint64 id = CampaignStore(*m_database).list().value().constFirst().id;
        QTRY_COMPARE_WITH_TIMEOUT(CampaignStore(*m_database).find(id).value().state,
                                  CampaignState::Completed, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            CampaignStore(*m_database).counts(id).value().value(OutboxState::Delivered), 3, 30000);
        QCOMPARE(CampaignStore(*m_database).counts(id).value().value(OutboxState::Failed), 1);

        // The page shows it: progress, counts, recipients.
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(page, "countsLabel")->text().contains(QLatin1String("Delivered: 3")),
            5000);
        auto* progress = child<QProgressBar>(page, "progressBar");
        QCOMPARE(progress->value(), progress->maximum());
        auto* messages = child<QTableView>(page, "messagesTableView");
        QCOMPARE(messages->model()->rowCount(), 4);
        child<QLineEdit>(page, "searchLineEdit")->setText(QStringLiteral("0712000999"));
        QCOMPARE(messages->model()->rowCount(), 1);
        QCOMPARE(messages->model()->index(0, 1).data().toString(), QStringLiteral("Failed"));

        // Amina's detail shows the message the campaign sent her, and what became of it; a
        // contact no campaign reached says so.
        {
            ContactDialog amina(
                *m_database, QStringLiteral("KE"),
                ContactStore(*m_database).findByPhone(QStringLiteral("+254712000001")).value());
            auto* sent = child<QTableView>(amina, "messagesTableView");
            QCOMPARE(sent->model()->rowCount(), 1);
            QCOMPARE(sent->model()->index(0, 1).data().toString(), QStringLiteral("Desemba"));
            QCOMPARE(sent->model()->index(0, 2).data().toString(), QStringLiteral("Delivered"));
            QCOMPARE(sent->model()->index(0, 3).data().toString(),
                     QStringLiteral("Habari Amina, ofa ya leo!"));
            Contact stranger;
            stranger.phone = QStringLiteral("+254733000001");
            ContactDialog unreached(*m_database, QStringLiteral("KE"),
                                    ContactStore(*m_database).add(stranger).value());
            QVERIFY(!child<QLabel>(unreached, "noMessagesLabel")->isHidden());
            QVERIFY(child<QTableView>(unreached, "messagesTableView")->isHidden());
        }

        // The dashboard adds it up: four sent today, three of four delivered, the Sandbox's
        // balance; a double-click opens the campaign.
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QWidget& dashboard = *child<QWidget>(window, "dashboardPage");
        QTRY_COMPARE(child<QLabel>(dashboard, "messagesValueLabel")->text(), QStringLiteral("4"));
        QCOMPARE(child<QLabel>(dashboard, "deliveryValueLabel")->text(), QStringLiteral("75.0 %"));
        QVERIFY(
            child<QLabel>(dashboard, "spendValueLabel")->text().startsWith(QLatin1String("KES")));
        QVERIFY(!child<QLabel>(dashboard, "gettingStartedLabel")->isVisible());
        auto* recent = child<QTableView>(dashboard, "recentTableView");
        QCOMPARE(recent->model()->rowCount(), 1);
        QCOMPARE(recent->model()->index(0, 0).data().toString(), QStringLiteral("Desemba"));
        auto* balances = child<QTableView>(dashboard, "balancesTableView");
        QCOMPARE(balances->model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            balances->model()->index(0, 2).data().toString().contains(QLatin1String("credits")),
            10000);
        Q_EMIT recent->activated(recent->model()->index(0, 0));
        QVERIFY(page.isVisible());
        QVERIFY(window.showPage(QStringLiteral("campaigns")));

        // Retry the failed one: a new draft with that recipient alone.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
            qobject_cast<QMessageBox*>(QApplication::activeModalWidget())->accept();
        });
        child<QPushButton>(page, "retryPushButton")->click();
        QTRY_COMPARE(CampaignStore(*m_database).list().value().size(), 2);
        const Campaign retry = CampaignStore(*m_database).list().value().constFirst();
        QCOMPARE(retry.state, CampaignState::Draft);
        QCOMPARE(retry.audience.phones, QStringList {QStringLiteral("+254712000999")});
        // Priced like any draft: its confirmation will not say 0.00.
        QCOMPARE(retry.recipients, 1);
        QVERIFY(retry.costEstimated > 0);
        QCOMPARE(retry.retryOf, id);
        // The original says so and offers Retry no more.
        auto* campaigns = qobject_cast<CampaignsPage*>(&page);
        campaigns->reload();
        campaigns->selectCampaign(id);
        QTRY_VERIFY(child<QLabel>(page, "noticeLabel")
                        ->text()
                        .contains(QLatin1String("retried as \"Desemba (retry)\"")));
        QVERIFY(!child<QPushButton>(page, "retryPushButton")->isEnabled());
        QCOMPARE(CampaignReport(*m_database).retryFailed(id).error().code,
                 QStringLiteral("already_retried"));
    }

    void aNewUserIsShownTheWayToAFirstCampaign()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("dashboard")));
        QWidget& dashboard = *child<QWidget>(window, "dashboardPage");
        auto* steps = child<QLabel>(dashboard, "gettingStartedLabel");
        QTRY_VERIFY(steps->isVisible());
        QTRY_COMPARE(child<QLabel>(dashboard, "messagesValueLabel")->text(), QStringLiteral("0"));
        QVERIFY(!child<QWidget>(dashboard, "recentGroupBox")->isVisible());
        Q_EMIT steps->linkActivated(QStringLiteral("contacts"));
        QVERIFY(child<QWidget>(window, "contactsPage")->isVisible());
    }

    void aCostlyLaunchNeedsItsAmountTyped()
    {
        m_settings->setLaunchConfirmationThreshold(0.5);
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Campaign draft
            = scheduledDraft(QStringLiteral("Ghali"), QDateTime::currentDateTimeUtc().addDays(1));
        const qint64 id = CampaignStore(*m_database).create(draft).value();
        // What it costs now, as the launch counts it: above the threshold of 0.50.
        const double cost
            = campaignFigures(*m_database, draft,
                              AccountStore(*m_database).findById(draft.accountId).value().pricing)
                  .value()
                  .estimate.cost;
        QVERIFY(cost > 0.5);
        const QString amount = QLocale().toString(cost, 'f', 2);
        QVERIFY(window.showPage(QStringLiteral("campaigns")));
        auto* page = child<CampaignsPage>(window, "campaignsPage");
        page->reload();
        page->selectCampaign(id);

        // Every dialog on the way is answered: yes to the question, then the amount typed.
        QString typed;
        QStringList asked;
        QTimer driver;
        driver.setInterval(50);
        connect(&driver, &QTimer::timeout, this, [&] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* input = qobject_cast<QInputDialog*>(modal)) {
                asked.append(input->labelText());
                input->setTextValue(typed);
                input->accept();
            } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                asked.append(box->text());
                if (QAbstractButton* yes = box->button(QMessageBox::Yes))
                    yes->click();
                else
                    box->accept();
            }
        });
        driver.start();
        typed = QStringLiteral("0.51");
        child<QPushButton>(*page, "launchPushButton")->click();
        QTRY_VERIFY(!asked.isEmpty()
                    && asked.constLast().contains(QLatin1String("nothing was sent")));
        QCOMPARE(CampaignStore(*m_database).find(id).value().state, CampaignState::Draft);
        QVERIFY2(asked.join(u'\n').contains(QStringLiteral("Type the amount (%1)").arg(amount)),
                 qPrintable(asked.join(u'\n')));

        typed = amount;
        child<QPushButton>(*page, "launchPushButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(CampaignStore(*m_database).find(id).value().state,
                                  CampaignState::Scheduled, 10000);
        driver.stop();
    }

    void aGroupThatGrewIsAskedForAgainWithBothFigures()
    {
        // The draft was counted with three customers; two more join the group while its
        // question is on screen. The launch may cost no more than what was confirmed, so it
        // stops, counts again and asks with both figures.
        QVERIFY(sandbox::offerAccount(*m_database, *m_settings).ok());
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 id = CampaignStore(*m_database)
                              .create(scheduledDraft(QStringLiteral("Kubwa"),
                                                     QDateTime::currentDateTimeUtc().addDays(1)))
                              .value();
        QVERIFY(window.showPage(QStringLiteral("campaigns")));
        auto* page = child<CampaignsPage>(window, "campaignsPage");
        page->reload();
        page->selectCampaign(id);

        QStringList asked;
        QTimer driver;
        driver.setInterval(50);
        connect(&driver, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked.append(box->text());
            if (asked.size() == 1) {
                const qint64 group
                    = GroupStore(*m_database).find(QStringLiteral("Wateja")).value().id;
                QList<qint64> added;
                for (const QString& phone :
                     {QStringLiteral("+254712000003"), QStringLiteral("+254712000004")}) {
                    Contact contact;
                    contact.phone = phone;
                    added.append(ContactStore(*m_database).add(contact).value().id);
                }
                QVERIFY(GroupStore(*m_database).addMembers(group, added).ok());
            }
            if (QAbstractButton* yes = box->button(QMessageBox::Yes))
                yes->click();
            else
                box->accept();
        });
        driver.start();
        child<QPushButton>(*page, "launchPushButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(CampaignStore(*m_database).find(id).value().state,
                                  CampaignState::Scheduled, 10000);
        driver.stop();
        QCOMPARE(asked.size(), 2);
        QVERIFY2(asked.at(0).contains(QLatin1String("3 messages will be sent")),
                 qPrintable(asked.at(0)));
        QVERIFY2(asked.at(1).contains(QLatin1String("5 messages for about"))
                     && asked.at(1).contains(QLatin1String("instead of 3")),
                 qPrintable(asked.at(1)));
        QCOMPARE(CampaignStore(*m_database).counts(id).value().value(OutboxState::Queued), 5);
    }

    void theReviewQuotesTheProvidersOwnEstimateWhereItHasOne()
    {
        Account flash;
        flash.name = QStringLiteral("Flash");
        flash.provider = QStringLiteral("flashsms");
        flash.sandbox = true;
        flash.senderIds = sandbox::SandboxServer::accountSetup(ProviderKind::FlashSms).senders;
        QVERIFY(AccountStore(*m_database).add(flash).ok());
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("campaigns")));
        QString review;
        QString warnings;
        QTimer::singleShot(0, this, [&review, &warnings] {
            QTRY_VERIFY(qobject_cast<QDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            auto* accounts = child<QComboBox>(*dialog, "accountComboBox");
            accounts->setCurrentIndex(accounts->findText(QStringLiteral("Flash")));
            child<QLineEdit>(*dialog, "nameLineEdit")->setText(QStringLiteral("Akwaaba"));
            child<QListWidget>(*dialog, "groupsListWidget")->item(0)->setCheckState(Qt::Checked);
            child<QPlainTextEdit>(*dialog, "messagePlainTextEdit")
                ->setPlainText(QStringLiteral("Akwaaba! New prices today."));
            child<QPushButton>(*dialog, "reviewPushButton")->click();
            QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(*dialog, "reviewLabel")
                                         ->text()
                                         .contains(QLatin1String("provider's own estimate")),
                                     10000);
            review = child<QLabel>(*dialog, "reviewLabel")->text();
            warnings = child<QLabel>(*dialog, "warningsLabel")->text();
            discard(dialog);
        });
        child<QPushButton>(*child<QWidget>(window, "campaignsPage"), "newPushButton")->click();
        // One part for each of the three members, as the simulator counts them.
        QVERIFY2(review.contains(QLatin1String("The provider's own estimate: 3 credits")),
                 qPrintable(review));
        // FlashSMS takes Ghana's numbers; the group's are Kenya's.
        QVERIFY2(
            warnings.contains(QLatin1String("3 number"))
                && warnings.contains(QLatin1String("outside the countries Flash serves (+233)")),
            qPrintable(warnings));
    }

    // The Sandbox (QuickFlow's API) keeps contact lists of its own: a campaign can go to one
    // as a whole, with one text, and the pages say what Tuma can and cannot know of it.
    void aCampaignGoesToAGroupTheProviderKeeps()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        const Account sandboxAccount
            = AccountStore(*m_database).find(QStringLiteral("Sandbox")).value();
        {
            // The provider's own group, made through the same simulator state the window uses.
            SecretStore secrets;
            ProviderSession::Options options;
            options.simulator
                = sandbox::simulatorFactory(sandbox::statePathFor(m_database->path()), {});
            ProviderSession session(secrets, options);
            const ProviderResult<RemoteGroup> group = session.wait<RemoteGroup>(
                sandboxAccount,
                [](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteGroup> done) {
                    adapter.createGroup(QStringLiteral("Wanachama"), done);
                });
            QVERIFY2(group.ok(), qPrintable(group.ok() ? QString() : group.error().message));
            for (const QString& phone :
                 {QStringLiteral("+254712300001"), QStringLiteral("+254712300002")}) {
                RemoteContact contact;
                contact.groupId = group.value().id;
                contact.phone = phone;
                QVERIFY(
                    session
                        .wait<RemoteContact>(sandboxAccount,
                                             [contact](ProviderAdapter& adapter,
                                                       ProviderAdapter::Reply<RemoteContact> done) {
                                                 adapter.createContact(contact, done);
                                             })
                        .ok());
            }
        }
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("campaigns")));
        QWidget& page = *child<QWidget>(window, "campaignsPage");

        QString problem;
        QString review;
        QString warnings;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            child<QLineEdit>(*dialog, "nameLineEdit")->setText(QStringLiteral("Mkutano"));
            auto* remote = child<QComboBox>(*dialog, "remoteGroupComboBox");
            QVERIFY(remote->isVisible());
            QTRY_COMPARE_WITH_TIMEOUT(remote->count(), 2, 10000);
            QVERIFY2(remote->itemText(1).contains(QLatin1String("Wanachama (2 contact")),
                     qPrintable(remote->itemText(1)));
            remote->setCurrentIndex(1);
            // Tuma's own audience is set aside while a provider's group is chosen.
            QVERIFY(!child<QListWidget>(*dialog, "groupsListWidget")->isEnabled());
            QVERIFY(child<QLabel>(*dialog, "audienceLabel")
                        ->text()
                        .contains(QLatin1String("numbers opted out in Tuma are not left out")));
            auto* message = child<QPlainTextEdit>(*dialog, "messagePlainTextEdit");
            message->setPlainText(QStringLiteral("Habari <<first_name>>, mkutano ni kesho."));
            child<QPushButton>(*dialog, "reviewPushButton")->click();
            problem = child<QLabel>(*dialog, "problemLabel")->text();
            message->setPlainText(QStringLiteral("Mkutano wa wanachama ni kesho saa nne."));
            child<QPushButton>(*dialog, "reviewPushButton")->click();
            QTRY_VERIFY(child<QPushButton>(*dialog, "launchPushButton")->isEnabled());
            review = child<QLabel>(*dialog, "reviewLabel")->text();
            warnings = child<QLabel>(*dialog, "warningsLabel")->text();
            child<QPushButton>(*dialog, "saveDraftPushButton")->click();
        });
        child<QPushButton>(page, "newPushButton")->click();
        QVERIFY2(problem.contains(QLatin1String("remove the placeholders")), qPrintable(problem));
        QVERIFY2(review.contains(QLatin1String("2 recipient")), qPrintable(review));
        QVERIFY2(review.contains(QLatin1String("1 request")), qPrintable(review));
        QVERIFY2(warnings.contains(QLatin1String("provider's own opt-out list")),
                 qPrintable(warnings));

        const Campaign campaign = CampaignStore(*m_database).list().value().constFirst();
        QCOMPARE(campaign.audience.remote.groupName, QStringLiteral("Wanachama"));
        QCOMPARE(campaign.recipients, 2);
        QVERIFY(child<QLabel>(page, "summaryLabel")
                    ->text()
                    .contains(QLatin1String("to the provider's group \"Wanachama\"")));
        // The launch counts the audience on a worker first: its question comes a moment later.
        const std::unique_ptr<QTimer> yes = sayYes();
        child<QPushButton>(page, "launchPushButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(CampaignStore(*m_database).find(campaign.id).value().state,
                                  CampaignState::Completed, 15000);
        QCOMPARE(
            CampaignStore(*m_database).counts(campaign.id).value().value(OutboxState::Accepted), 1);
        auto* messages = child<QTableView>(page, "messagesTableView");
        QTRY_COMPARE(messages->model()->rowCount(), 1);
        QCOMPARE(messages->model()->index(0, 0).data().toString(),
                 QStringLiteral("Everyone in \"Wanachama\""));
        QTRY_VERIFY(child<QLabel>(page, "noticeLabel")
                        ->text()
                        .contains(QLatin1String("Sent to the provider's own group")));
    }

    void aSavedDraftIsOpenedChangedAndStaysOne()
    {
        m_settings->setOptOutFooter(QStringLiteral("STOP kwa 22384"));
        MainWindow window(*m_database, *m_settings, *m_colorScheme); // adds the Sandbox
        // A draft saved earlier (by the same rules, as tuma-cli would): the Wateja group, a
        // schedule on 24 December at 09:00 in Nairobi, sending hours, the opt-out footer.
        const Account sandbox = AccountStore(*m_database).find(QStringLiteral("Sandbox")).value();
        DraftRequest request;
        request.name = QStringLiteral("Krismasi");
        request.account = sandbox;
        request.body
            = QStringLiteral("Heri ya Krismasi <<first_name>>!\n") + m_settings->optOutFooter();
        request.groups = {QStringLiteral("Wateja")};
        request.timeZone = QStringLiteral("Africa/Nairobi");
        request.scheduledAt = QDateTime(QDate(2099, 12, 24), QTime(9, 0), Qt::UTC);
        request.scheduleIsWallClock = true; // 09:00 in Nairobi
        request.window = {true, QTime(8, 0), QTime(18, 0), false};
        Campaign draft = CampaignDraft::build(*m_database, request).value();
        draft.recipients = 3;
        const qint64 id = CampaignStore(*m_database).create(draft).value();

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("campaigns")));
        QWidget& page = *child<QWidget>(window, "campaignsPage");
        qobject_cast<CampaignsPage*>(&page)->reload();
        auto* edit = child<QPushButton>(page, "editPushButton");
        QTRY_VERIFY(edit->isVisible());

        QString shownName;
        QString shownMessage;
        bool groupTicked = false;
        bool later = false;
        QString shownTime;
        bool footerTicked = false;
        QString pastProblem;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* name = child<QLineEdit>(*dialog, "nameLineEdit");
            shownName = name->text();
            auto* message = child<QPlainTextEdit>(*dialog, "messagePlainTextEdit");
            shownMessage = message->toPlainText();
            groupTicked = child<QListWidget>(*dialog, "groupsListWidget")->item(0)->checkState()
                == Qt::Checked;
            later = child<QRadioButton>(*dialog, "laterRadioButton")->isChecked();
            auto* when = child<QDateTimeEdit>(*dialog, "dateTimeEdit");
            shownTime = when->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            footerTicked = child<QCheckBox>(*dialog, "footerCheckBox")->isChecked();
            // The same rules as a new campaign: a time already past is refused.
            when->setDateTime(QDateTime(QDate(2020, 1, 1), QTime(9, 0)));
            child<QPushButton>(*dialog, "reviewPushButton")->click();
            pastProblem = child<QLabel>(*dialog, "problemLabel")->text();
            when->setDateTime(QDateTime(QDate(2099, 12, 25), QTime(10, 30)));
            name->setText(QStringLiteral("Krismasi na Mwaka Mpya"));
            message->setPlainText(QStringLiteral("Heri ya sikukuu <<first_name>>!"));
            child<QPushButton>(*dialog, "reviewPushButton")->click();
            QTRY_VERIFY_WITH_TIMEOUT(
                child<QPushButton>(*dialog, "saveDraftPushButton")->isEnabled(), 10000);
            child<QPushButton>(*dialog, "saveDraftPushButton")->click();
        });
        edit->click();
        QCOMPARE(shownName, QStringLiteral("Krismasi"));
        QCOMPARE(shownMessage, QStringLiteral("Heri ya Krismasi <<first_name>>!"));
        QVERIFY(footerTicked);
        QVERIFY(groupTicked);
        QVERIFY(later);
        QCOMPARE(shownTime, QStringLiteral("2099-12-24 09:00"));
        QVERIFY2(pastProblem.contains(QLatin1String("has passed")), qPrintable(pastProblem));

        // Still one campaign, changed, and still a draft.
        const QList<Campaign> campaigns = CampaignStore(*m_database).list().value();
        QCOMPARE(campaigns.size(), 1);
        const Campaign changed = campaigns.constFirst();
        QCOMPARE(changed.id, id);
        QCOMPARE(changed.state, CampaignState::Draft);
        QCOMPARE(changed.name, QStringLiteral("Krismasi na Mwaka Mpya"));
        QVERIFY(
            changed.templateBody.startsWith(QLatin1String("Heri ya sikukuu <<first_name>>!\n")));
        QCOMPARE(changed.scheduledAt,
                 QDateTime(QDate(2099, 12, 25), QTime(7, 30), Qt::UTC)); // 10:30 in Nairobi
        QCOMPARE(changed.window.start, QTime(8, 0));
        QCOMPARE(changed.recipients, 3);

        // "Not on Sundays" alone (every hour of the other days) opens as it was saved.
        DraftRequest sundays = request;
        sundays.name = QStringLiteral("Jumapili");
        sundays.window = {};
        sundays.skipSundays = true;
        const qint64 sundaysId = CampaignStore(*m_database)
                                     .create(CampaignDraft::build(*m_database, sundays).value())
                                     .value();
        qobject_cast<CampaignsPage*>(&page)->reload();
        qobject_cast<CampaignsPage*>(&page)->selectCampaign(sundaysId);
        bool hoursTicked = true;
        bool sundaysTicked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            hoursTicked = child<QCheckBox>(*dialog, "windowCheckBox")->isChecked();
            sundaysTicked = child<QCheckBox>(*dialog, "noSundayCheckBox")->isChecked();
            discard(dialog);
        });
        QTRY_VERIFY(edit->isVisible());
        edit->click();
        QVERIFY(!hoursTicked);
        QVERIFY(sundaysTicked);
        QVERIFY(CampaignStore(*m_database)
                    .transition(sundaysId, {CampaignState::Draft}, CampaignState::Cancelled)
                    .ok());

        // Once launched it is no longer a draft: no Edit, and a late save is refused.
        QVERIFY(CampaignStore(*m_database)
                    .transition(id, {CampaignState::Draft}, CampaignState::Cancelled)
                    .ok());
        qobject_cast<CampaignsPage*>(&page)->reload();
        QTRY_VERIFY(!edit->isVisible());
        const Result<void> late = CampaignStore(*m_database).updateDraft(changed);
        QVERIFY(!late);
        QCOMPARE(late.error().code, QStringLiteral("not_a_draft"));
    }

    void contactsChosenOnTheContactsPageBecomeACampaignsNumbers()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("contacts")));
        QWidget& contacts = *child<QWidget>(window, "contactsPage");
        auto* table = child<QTableView>(contacts, "contactsTableView");
        QTRY_COMPARE(table->model()->rowCount(), 3);
        auto* send = child<QPushButton>(contacts, "campaignPushButton");
        QVERIFY(!send->isEnabled());
        table->selectionModel()->select(table->model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(table->model()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(send->isEnabled());

        QString numbers;
        QTimer::singleShot(0, this, [&numbers] {
            QTRY_VERIFY(qobject_cast<QDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            numbers = child<QPlainTextEdit>(*dialog, "numbersPlainTextEdit")->toPlainText();
            discard(dialog);
        });
        send->click();
        QVERIFY(child<QWidget>(window, "campaignsPage")->isVisible());
        // The table lists contacts in the order they were added: the first and the third.
        QStringList typed = numbers.split(u'\n');
        typed.sort();
        QCOMPARE(typed,
                 (QStringList {QStringLiteral("+254712000001"), QStringLiteral("+254712000999")}));
    }

    void closingWhileACampaignWaitsKeepsTumaSendingInTheBackground()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "needs the test session's D-Bus: tools/with-test-session.sh");
        NotificationServer notifications;
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &notifications,
                                   QDBusConnection::ExportScriptableSlots));

        QVERIFY(sandbox::offerAccount(*m_database, *m_settings).ok());
        const Campaign draft
            = scheduledDraft(QStringLiteral("Jioni"), QDateTime::currentDateTimeUtc().addSecs(3));
        const qint64 id = CampaignStore(*m_database).create(draft).value();
        QCOMPARE(Planner(*m_database).launch(id, QDateTime::currentDateTimeUtc()).value().state,
                 CampaignState::Scheduled);
        // Tuma starts with the campaign waiting for its time.
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        QSignalSpy done(&window, &MainWindow::backgroundWorkDone);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Closing asks (this desktop has no tray); the user keeps Tuma running.
        QString question;
        QTimer::singleShot(0, this, [&question] {
            QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            question = box->text();
            for (QAbstractButton* button : box->buttons()) {
                if (button->text().contains(QLatin1String("background")))
                    button->click();
            }
        });
        window.close();
        QVERIFY2(question.contains(QLatin1String("only a running Tuma sends it")),
                 qPrintable(question));
        QVERIFY(!window.isVisible());
        QVERIFY(done.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!notifications.received.isEmpty(), 5000);
        QVERIFY(
            notifications.received.constFirst().startsWith(QLatin1String("Tuma is still sending")));

        // It goes out on time with the window closed, the desktop hears of it, and Tuma ends.
        QTRY_COMPARE_WITH_TIMEOUT(CampaignStore(*m_database).find(id).value().state,
                                  CampaignState::Completed, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 5000);
        // The notifications travel over D-Bus: the last ones may still be on their way.
        QTRY_VERIFY_WITH_TIMEOUT(
            notifications.received.join(u'\n').contains(QLatin1String("Tuma has closed")), 5000);
        const QString heard = notifications.received.join(u'\n');
        QVERIFY2(heard.contains(QLatin1String("Campaign started: Campaign \"Jioni\"")),
                 qPrintable(heard));
        QVERIFY2(heard.contains(QLatin1String("Campaign sent: Campaign \"Jioni\" has gone out.")),
                 qPrintable(heard));
        QVERIFY2(heard.contains(QLatin1String("Tuma has closed")), qPrintable(heard));
        const qint64 launchedAt = draft.scheduledAt.toMSecsSinceEpoch();
        QSqlQuery first(m_database->connection());
        QVERIFY(first.exec(QStringLiteral("SELECT MIN(submitted_at) FROM messages")));
        QVERIFY(first.next());
        const qint64 late = first.value(0).toLongLong() - launchedAt;
        QVERIFY2(late >= 0 && late < 2000,
                 qPrintable(QStringLiteral("sent %1 ms after its time").arg(late)));
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
    }

    void aScheduledCampaignIsPausedResumedAndCancelled()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Campaign draft = scheduledDraft(QStringLiteral("Krismasi"),
                                              QDateTime::currentDateTimeUtc().addDays(2));
        const qint64 id = CampaignStore(*m_database).create(draft).value();
        QVERIFY(window.showPage(QStringLiteral("campaigns")));
        auto* page = child<CampaignsPage>(window, "campaignsPage");
        page->reload();
        page->selectCampaign(id);
        QVERIFY(child<QPushButton>(*page, "launchPushButton")->isVisible());

        // The launch counts the audience on a worker first: its question comes a moment later.
        const std::unique_ptr<QTimer> yes = sayYes();
        child<QPushButton>(*page, "launchPushButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(CampaignStore(*m_database).find(id).value().state,
                                  CampaignState::Scheduled, 10000);
        QTRY_VERIFY(child<QPushButton>(*page, "pausePushButton")->isVisible());
        child<QPushButton>(*page, "pausePushButton")->click();
        QCOMPARE(CampaignStore(*m_database).find(id).value().state, CampaignState::Paused);
        QVERIFY(child<QPushButton>(*page, "resumePushButton")->isVisible());
        // Paused by the user: nothing to top up. Paused for credit: "Top up…" is offered.
        QVERIFY(!child<QPushButton>(*page, "topUpPushButton")->isVisible());
        QVERIFY(CampaignStore(*m_database)
                    .transition(id, {CampaignState::Paused}, CampaignState::Paused,
                                QStringLiteral("No credit."), QStringLiteral("insufficient_credit"))
                    .ok());
        page->reload();
        QVERIFY(child<QPushButton>(*page, "topUpPushButton")->isVisible());
        child<QPushButton>(*page, "resumePushButton")->click();
        QCOMPARE(CampaignStore(*m_database).find(id).value().state, CampaignState::Scheduled);

        // The timer above says yes to the cancel question too.
        child<QPushButton>(*page, "cancelPushButton")->click();
        QCOMPARE(CampaignStore(*m_database).find(id).value().state, CampaignState::Cancelled);
        QCOMPARE(CampaignStore(*m_database).counts(id).value().value(OutboxState::Cancelled), 3);
        QVERIFY(!child<QPushButton>(*page, "cancelPushButton")->isEnabled());

        // The activity log has each step, newest first, with the computer's user.
        AuditLogDialog log(*m_database);
        auto* entries = child<QTableView>(log, "entriesTableView");
        QStringList actions;
        for (int row = 0; row < entries->model()->rowCount(); ++row) {
            if (entries->model()->index(row, 3).data().toString() == QLatin1String("Krismasi"))
                actions.append(entries->model()->index(row, 2).data().toString());
        }
        QCOMPARE(
            actions,
            (QStringList {QStringLiteral("Campaign cancelled"), QStringLiteral("Campaign resumed"),
                          QStringLiteral("Campaign paused"), QStringLiteral("Campaign launched")}));
        QCOMPARE(entries->model()->index(0, 1).data().toString(), AuditLog::currentOsUser());
        // Details read as sentences, not as key=value.
        for (int row = 0; row < entries->model()->rowCount(); ++row) {
            const QString details = entries->model()->index(row, 4).data().toString();
            QVERIFY2(!details.contains(u'='), qPrintable(details));
            if (entries->model()->index(row, 2).data().toString()
                == QLatin1String("Campaign launched"))
                QVERIFY2(details.startsWith(QLatin1String("Launched on ")), qPrintable(details));
        }
        child<QLineEdit>(log, "filterLineEdit")->setText(QStringLiteral("paused"));
        QCOMPARE(entries->model()->rowCount(), 1);
    }

    void aFailedMessageSaysWhyAndWhatToDo()
    {
        const auto note = [](OutboxState state, const char* status, const char* error) {
            OutboxRow row;
            row.state = state;
            row.providerStatus = QString::fromLatin1(status);
            row.errorMessage = QString::fromLatin1(error);
            return CampaignTexts::messageNote(row);
        };
        // A refusal keeps the sentence the send wrote.
        QCOMPARE(note(OutboxState::Failed, "", "The provider refused this number."),
                 QStringLiteral("The provider refused this number."));
        // A failed delivery: the reason the provider's word gives, and what to do.
        QVERIFY(note(OutboxState::Failed, "DND_BLACKLISTED", "")
                    .contains(QLatin1String("Do Not Disturb")));
        QVERIFY(note(OutboxState::Failed, "Expired", "").contains(QLatin1String("out of reach")));
        QVERIFY(note(OutboxState::Failed, "UnknownSubscriber", "")
                    .contains(QLatin1String("not in use")));
        QVERIFY(
            note(OutboxState::Failed, "Invalid number", "").contains(QLatin1String("not in use")));
        const QString other = note(OutboxState::Failed, "Rejected by SMSC", "");
        QVERIFY2(other.contains(QLatin1String("\"Rejected by SMSC\""))
                     && other.contains(QLatin1String("Retry failed")),
                 qPrintable(other));
        // Delivered messages say nothing.
        QVERIFY(note(OutboxState::Delivered, "DELIVRD", "").isEmpty());
    }

    void escapeAsksBeforeDiscardingAFilledInCampaign()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget& page = *child<QWidget>(window, "campaignsPage");
        // Empty: Esc closes it at once.
        bool closedAtOnce = false;
        QTimer::singleShot(0, this, [&closedAtOnce] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClick(dialog, Qt::Key_Escape);
            closedAtOnce = !dialog->isVisible();
        });
        child<QPushButton>(page, "newPushButton")->click();
        QVERIFY(closedAtOnce);

        // Filled in: Esc asks; "Keep Editing" keeps it, "Discard" closes it.
        QString question;
        bool keptOpen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            child<QLineEdit>(*dialog, "nameLineEdit")->setText(QStringLiteral("Pasaka"));
            QTimer::singleShot(0, [&question] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                question = box->text();
                for (QAbstractButton* button : box->buttons()) {
                    if (button->text().contains(QLatin1String("Keep Editing")))
                        button->click();
                }
            });
            QTest::keyClick(dialog, Qt::Key_Escape);
            keptOpen = dialog->isVisible()
                && child<QLineEdit>(*dialog, "nameLineEdit")->text() == QLatin1String("Pasaka");
            discard(dialog);
        });
        child<QPushButton>(page, "newPushButton")->click();
        QVERIFY2(question.contains(QLatin1String("not saved")), qPrintable(question));
        QVERIFY(keptOpen);
        QVERIFY(!qobject_cast<QDialog*>(QApplication::activeModalWidget()));
        QVERIFY(CampaignStore(*m_database).list().value().isEmpty());
    }

    void aReviewWithEveryNumberOptedOutSaysWhy()
    {
        QVERIFY(SuppressionList(*m_database)
                    .add({QStringLiteral("+254712000001"), QStringLiteral("+254712000002"),
                          QStringLiteral("+254712000999")},
                         QStringLiteral("manual"))
                    .ok());
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("campaigns")));
        QWidget& page = *child<QWidget>(window, "campaignsPage");
        QString review;
        bool launchable = true;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            child<QLineEdit>(*dialog, "nameLineEdit")->setText(QStringLiteral("Hakuna"));
            child<QListWidget>(*dialog, "groupsListWidget")->item(0)->setCheckState(Qt::Checked);
            child<QPlainTextEdit>(*dialog, "messagePlainTextEdit")
                ->setPlainText(QStringLiteral("Ofa ya leo"));
            child<QPushButton>(*dialog, "reviewPushButton")->click();
            QTRY_VERIFY_WITH_TIMEOUT(
                child<QLabel>(*dialog, "reviewLabel")->text().contains(QLatin1String("Nobody")),
                10000);
            review = child<QLabel>(*dialog, "reviewLabel")->text();
            launchable = child<QPushButton>(*dialog, "launchPushButton")->isEnabled();
            discard(dialog);
        });
        child<QPushButton>(page, "newPushButton")->click();
        QVERIFY2(review.contains(QLatin1String("opted out (3 numbers)")), qPrintable(review));
        QVERIFY(!launchable);
    }

    void unknownMessagesAreCheckedWithTheProviderOrDecided()
    {
        MainWindow window(*m_database, *m_settings, *m_colorScheme);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Launched for later, then as if its requests had left an hour ago and no answer came.
        const qint64 id = CampaignStore(*m_database)
                              .create(scheduledDraft(QStringLiteral("Jumamosi"),
                                                     QDateTime::currentDateTimeUtc().addDays(2)))
                              .value();
        QVERIFY(Planner(*m_database).launch(id, QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(CampaignStore(*m_database)
                    .transition(id, {CampaignState::Scheduled}, CampaignState::Completed)
                    .ok());
        QSqlQuery lost(m_database->connection());
        QVERIFY(lost.exec(QStringLiteral("UPDATE messages SET state = 'unknown', batch_id = id, "
                                         "submitted_at = %1")
                              .arg(QDateTime::currentMSecsSinceEpoch() - 3'600'000)));
        QVERIFY(window.showPage(QStringLiteral("campaigns")));
        auto* page = child<CampaignsPage>(window, "campaignsPage");
        page->reload();
        page->selectCampaign(id);
        QTRY_VERIFY(child<QPushButton>(*page, "checkPushButton")->isVisible());
        QVERIFY(child<QPushButton>(*page, "decidePushButton")->isVisible());
        QVERIFY(child<QLabel>(*page, "noticeLabel")->text().contains(QLatin1String("no answer")));

        // The simulator's history lacks them all: proven never received, queued again, and
        // the campaign waits, paused, for the user.
        QString summary;
        QTimer reader;
        reader.setInterval(50);
        connect(&reader, &QTimer::timeout, this, [&summary] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box && box->button(QMessageBox::Ok)) {
                summary = box->text();
                box->button(QMessageBox::Ok)->click();
            }
        });
        reader.start();
        child<QPushButton>(*page, "checkPushButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!summary.isEmpty(), 20000);
        reader.stop();
        QVERIFY2(summary.contains(QLatin1String("sent when you resume the campaign: 3")),
                 qPrintable(summary));
        QCOMPARE(CampaignStore(*m_database).find(id).value().state, CampaignState::Paused);
        QTest::qWait(1500); // the window's runner sends nothing meanwhile
        QCOMPARE(CampaignStore(*m_database).counts(id).value().value(OutboxState::Queued), 3);
        QTRY_VERIFY(!child<QPushButton>(*page, "checkPushButton")->isVisible());
        QVERIFY(child<QPushButton>(*page, "resumePushButton")->isVisible());

        // Two become unknown again; the user counts the selected one as sent.
        QVERIFY(lost.exec(QStringLiteral("UPDATE messages SET state = 'unknown' WHERE phone IN "
                                         "('+254712000001', '+254712000002')")));
        page->reload();
        page->selectCampaign(id);
        auto* messages = child<QTableView>(*page, "messagesTableView");
        QTRY_COMPARE(messages->model()->rowCount(), 3);
        for (int row = 0; row < messages->model()->rowCount(); ++row) {
            if (messages->model()->index(row, 0).data(Qt::UserRole).toString()
                == QLatin1String("+254712000002"))
                messages->selectRow(row);
        }
        QTimer decider;
        decider.setInterval(50);
        connect(&decider, &QTimer::timeout, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton* button : box->buttons()) {
                if (button->text() == QLatin1String("Count as sent"))
                    button->click();
            }
        });
        decider.start();
        child<QPushButton>(*page, "decidePushButton")->click();
        decider.stop();
        const OutboxCounts counts = CampaignStore(*m_database).counts(id).value();
        QCOMPARE(counts.value(OutboxState::Accepted), 1);
        QCOMPARE(counts.value(OutboxState::Unknown), 1);
        QCOMPARE(
            Outbox(*m_database).unknownRefs(id, {QStringLiteral("+254712000001")}).value().size(),
            1);
        QVERIFY(CampaignStore(*m_database).find(id).value().creditsUsed > 0);
    }

private:
    // Closes the New campaign dialog, answering "Discard" to its question.
    static void discard(QDialog* dialog)
    {
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                for (QAbstractButton* button : box->buttons()) {
                    if (button->text().contains(QLatin1String("Discard")))
                        button->click();
                }
            }
        });
        dialog->reject();
    }

    // A draft to the three customers of "Wateja" through the Sandbox account, at `at` in Nairobi.
    // Says yes to every question that appears, until the timer goes.
    std::unique_ptr<QTimer> sayYes()
    {
        auto timer = std::make_unique<QTimer>();
        timer->setInterval(50);
        connect(timer.get(), &QTimer::timeout, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                if (QAbstractButton* yes = box->button(QMessageBox::Yes))
                    yes->click();
            }
        });
        timer->start();
        return timer;
    }

    static Campaign scheduledDraft(const QString& name, const QDateTime& at)
    {
        Campaign draft;
        draft.name = name;
        draft.accountId = 1;
        draft.templateBody = QStringLiteral("Ofa ya %1!").arg(name);
        draft.audience.groups = {QStringLiteral("Wateja")};
        draft.scheduledAt = at;
        draft.timeZone = QStringLiteral("Africa/Nairobi");
        draft.recipients = 3;
        return draft;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ColorSchemeWatcher> m_colorScheme;
};

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaignspage.moc"
