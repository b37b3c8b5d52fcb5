// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns end to end below the GUI: the Planner writes the outbox, the Dispatcher submits it
// through real adapters over real HTTP to the simulator (with injected faults), the
// Reconciler settles what no answer settled. Keys go through the test session's keychain.
#include "SandboxFixture.h"
#include "accounts/ProviderSession.h"
#include "campaigns/CampaignControl.h"
#include "campaigns/CampaignReport.h"
#include "campaigns/DeliveryTracker.h"
#include "campaigns/Dispatcher.h"
#include "campaigns/Planner.h"
#include "campaigns/Reconciler.h"
#include "campaigns/SendingLease.h"
#include "campaigns/SendingSchedule.h"
#include "providers/ProviderAdapter.h"
#include "secrets/SecretStore.h"
#include "storage/AccountStore.h"
#include "storage/CampaignStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/LeaseStore.h"
#include "storage/Outbox.h"
#include "storage/SuppressionList.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <QtTest>

using namespace tuma;

class TestCampaigns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("tuma-test-campaigns"));
        const QString probe = QStringLiteral("probe-") + QUuid::createUuid().toString();
        const Result<void> written = m_secrets->writeAndWait(probe, QStringLiteral("x"));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QVERIFY(m_secrets->removeAndWait(probe).ok());
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        ++m_counter;
        auto opened = Database::open(m_dir.filePath(QStringLiteral("tuma-%1.db").arg(m_counter)));
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        m_sandbox = std::make_unique<test::SandboxFixture>();
        ProviderSession::Options options;
        m_providers = std::make_unique<ProviderSession>(*m_secrets, options);
    }

    void cleanup()
    {
        m_providers.reset();
        m_sandbox.reset();
        m_database.reset();
    }

    // tuma_core never links the simulator: a session built without its factory refuses a
    // sandbox account with a sentence, and sends nothing anywhere.
    void aSessionWithoutASimulatorRefusesSandboxAccounts()
    {
        Account account;
        account.name = QStringLiteral("Sandbox");
        account.provider = QStringLiteral("quickflow");
        account.sandbox = true;
        account.id = AccountStore(*m_database).add(account).value();
        account = AccountStore(*m_database).findById(account.id).value();
        const ProviderResult<Balance> balance = m_providers->wait<Balance>(
            account, [](ProviderAdapter& adapter, ProviderAdapter::Reply<Balance> done) {
                adapter.balance(done);
            });
        QVERIFY(!balance.ok());
        QCOMPARE(balance.error().kind, ProviderError::Kind::Configuration);
        QVERIFY2(balance.error().message.contains(QStringLiteral("no simulator")),
                 qPrintable(balance.error().message));
    }

    void launchRendersEveryRecipientOnce()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 group = GroupStore(*m_database).create(QStringLiteral("Wateja")).value().id;
        QList<qint64> members;
        for (const auto& [phone, name] : QList<std::pair<QString, QString>> {
                 {QStringLiteral("+254712000001"), QStringLiteral("Amina")},
                 {QStringLiteral("+254712000002"), QString()},
                 {QStringLiteral("+254712000003"), QStringLiteral("Opted")}}) {
            Contact contact;
            contact.phone = phone;
            contact.firstName = name;
            members.append(ContactStore(*m_database).add(contact).value().id);
        }
        QVERIFY(GroupStore(*m_database).addMembers(group, members).ok());
        QVERIFY(SuppressionList(*m_database)
                    .add({QStringLiteral("+254712000003")}, QStringLiteral("manual"))
                    .ok());

        Campaign draft = campaign(account, QStringLiteral("Habari <<first_name|mteja>>!"), {});
        draft.audience.groups = {QStringLiteral("wateja")};
        // A typed number that is also a member is sent once.
        draft.audience.phones = {QStringLiteral("+254712000001"), QStringLiteral("+254799000004")};
        const qint64 id = CampaignStore(*m_database).create(draft).value();

        const Result<LaunchSummary> launched = Planner(*m_database).launch(id, now());
        QVERIFY2(launched.ok(), qPrintable(launched.ok() ? QString() : launched.error().message));
        QCOMPARE(launched.value().state, CampaignState::Running);
        QCOMPARE(launched.value().estimate.recipients, 3);
        QCOMPARE(bodies(id),
                 (QMap<QString, QString> {
                     {QStringLiteral("+254712000001"), QStringLiteral("Habari Amina!")},
                     {QStringLiteral("+254712000002"), QStringLiteral("Habari mteja!")},
                     {QStringLiteral("+254799000004"), QStringLiteral("Habari mteja!")}}));
        const Campaign launchedCampaign = CampaignStore(*m_database).find(id).value();
        QCOMPARE(launchedCampaign.state, CampaignState::Running);
        QCOMPARE(launchedCampaign.recipients, 3);
        QVERIFY(launchedCampaign.launchedAt.isValid());
        QCOMPARE(counts(id).value(OutboxState::Queued), 3);

        // Launched once: the outbox no longer follows later edits, and a second launch is refused.
        const Result<LaunchSummary> again = Planner(*m_database).launch(id, now());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("not_a_draft"));
        QCOMPARE(counts(id).value(OutboxState::Queued), 3);
    }

    // Thousands of members travel from the reading thread to the writing one in several
    // batches: a cancel in the middle leaves the draft and an empty outbox, and a launch to
    // the end writes each member once with their own text.
    void aLaunchOfManyBatchesIsAllOrNothing()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        constexpr int members = 9'000;
        QSqlDatabase db = m_database->connection();
        QVERIFY(db.transaction());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO contact_groups (id, name, created_at) VALUES (1, 'Wateja', 0)")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO contact_fields (name, created_at) VALUES ('branch', 0)")));
        QVERIFY(query.prepare(QStringLiteral(
            "INSERT INTO contacts (id, phone, first_name, fields, created_at, updated_at) "
            "VALUES (?, ?, ?, json_object('branch', ?), 0, 0)")));
        const QStringList numbers = phones(members);
        for (int i = 0; i < members; ++i) {
            // Numbers run against the ids, as an import of an unsorted sheet leaves them.
            query.addBindValue(i + 1);
            query.addBindValue(numbers.at(members - 1 - i));
            query.addBindValue(QStringLiteral("Name%1").arg(i + 1));
            query.addBindValue(QStringLiteral("Branch%1").arg((i + 1) % 7));
            QVERIFY(query.exec());
        }
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO group_members (group_id, contact_id) SELECT 1, id FROM contacts")));
        QVERIFY(db.commit());

        Campaign draft
            = campaign(account, QStringLiteral("Habari <<first_name>> wa <<branch>>"), {});
        draft.audience.groups = {QStringLiteral("Wateja")};
        const qint64 id = CampaignStore(*m_database).create(draft).value();

        int reported = 0;
        const Result<LaunchSummary> cancelled
            = Planner(*m_database).launch(id, now(), std::nullopt, [&](int written) {
                  reported = written;
                  return written < 4096;
              });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
        QCOMPARE(reported, 4096);
        QCOMPARE(CampaignStore(*m_database).find(id).value().state, CampaignState::Draft);
        QCOMPARE(messageCount(id), 0);

        const Result<LaunchSummary> launched = Planner(*m_database).launch(id, now());
        QVERIFY2(launched.ok(), qPrintable(launched.ok() ? QString() : launched.error().message));
        QCOMPARE(launched.value().estimate.recipients, members);
        QCOMPARE(messageCount(id), members);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT phone) FROM messages WHERE "
                                       "campaign_id = %1")
                            .arg(id),
                        m_database.get()),
                 members);
        // The outbox follows the group's order, and every text is its own contact's.
        QVERIFY(query.exec(QStringLiteral("SELECT m.contact_id, m.body, c.first_name, "
                                          "json_extract(c.fields, '$.branch') FROM messages m "
                                          "JOIN contacts c ON c.id = m.contact_id "
                                          "WHERE m.campaign_id = %1 ORDER BY m.id")
                               .arg(id)));
        qint64 previous = 0;
        int checked = 0;
        while (query.next()) {
            QVERIFY(query.value(0).toLongLong() > previous);
            previous = query.value(0).toLongLong();
            QCOMPARE(query.value(1).toString(),
                     QStringLiteral("Habari %1 wa %2")
                         .arg(query.value(2).toString(), query.value(3).toString()));
            ++checked;
        }
        QCOMPARE(checked, members);
    }

    // A group the provider keeps: one request for the whole group, each member gets the text
    // once, and the outbox's one row for the group is never followed or reconciled by number.
    void aProviderGroupIsSentInOneRequest_data()
    {
        QTest::addColumn<ProviderKind>("provider");
        QTest::addColumn<QStringList>("members");
        QTest::newRow("quickflow")
            << ProviderKind::QuickFlow
            << QStringList {QStringLiteral("+254712000001"), QStringLiteral("+254712000002"),
                            QStringLiteral("+254712000003")};
        QTest::newRow("flashsms") << ProviderKind::FlashSms
                                  << QStringList {QStringLiteral("+233201234567"),
                                                  QStringLiteral("+233241234567"),
                                                  QStringLiteral("+233271234567")};
    }

    void aProviderGroupIsSentInOneRequest()
    {
        QFETCH(ProviderKind, provider);
        QFETCH(QStringList, members);
        const qint64 accountId = addAccount(provider);
        const Account account = AccountStore(*m_database).findById(accountId).value();
        m_sandbox->server().store().addToBalance(
            providerName(provider), sandbox::SandboxServer::accountSetup(provider).secret, 1000);
        const ProviderResult<RemoteGroup> group = m_providers->wait<RemoteGroup>(
            account, [](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteGroup> done) {
                adapter.createGroup(QStringLiteral("VIP"), done);
            });
        QVERIFY2(group.ok(), qPrintable(group.ok() ? QString() : group.error().message));
        for (const QString& phone : members) {
            RemoteContact contact;
            contact.groupId = group.value().id;
            contact.phone = phone;
            const ProviderResult<RemoteContact> added = m_providers->wait<RemoteContact>(
                account,
                [contact](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteContact> done) {
                    adapter.createContact(contact, done);
                });
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        }

        // Placeholders cannot go to a group the provider expands: the draft stays.
        Campaign personal = campaign(accountId, QStringLiteral("Habari <<first_name>>"), {});
        personal.audience.remote = {group.value().id, QStringLiteral("VIP"), 3};
        const qint64 refusedId = CampaignStore(*m_database).create(personal).value();
        const Result<LaunchSummary> refused = Planner(*m_database).launch(refusedId, now());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("placeholders_in_group_message"));
        QCOMPARE(CampaignStore(*m_database).find(refusedId).value().state, CampaignState::Draft);
        QCOMPARE(messageCount(refusedId), 0);

        Campaign draft = campaign(accountId, QStringLiteral("Offer ends Friday."), {});
        draft.audience.remote = {group.value().id, QStringLiteral("VIP"), 3};
        const qint64 id = CampaignStore(*m_database).create(draft).value();
        QCOMPARE(CampaignStore(*m_database).find(id).value().audience.remote,
                 draft.audience.remote);
        const Result<LaunchSummary> launched = Planner(*m_database).launch(id, now());
        QVERIFY2(launched.ok(), qPrintable(launched.ok() ? QString() : launched.error().message));
        QCOMPARE(launched.value().estimate.recipients, 3);
        QCOMPARE(launched.value().estimate.segments, 3);
        QCOMPARE(messageCount(id), 1);

        const Dispatcher::Summary summary = run(id);
        QCOMPARE(summary.outcome, Dispatcher::Outcome::Completed);
        QCOMPARE(summary.counts.value(OutboxState::Accepted), 1);
        // Each member once (FlashSMS journals numbers without the plus).
        QMap<QString, int> once;
        for (const QString& phone : members)
            once.insert(phone.mid(1), 1);
        QMap<QString, int> journal;
        const QMap<QString, int> perPhone = journalPerPhone();
        for (auto it = perPhone.cbegin(); it != perPhone.cend(); ++it)
            journal.insert(it.key().startsWith(u'+') ? it.key().mid(1) : it.key(), it.value());
        QCOMPARE(journal, once);
        // Not followed by number: the provider alone knows who was in the group.
        QVERIFY(Outbox(*m_database).dueForTracking(id, 10, now().addDays(1)).value().isEmpty());
        QVERIFY(!Outbox(*m_database).nextTrackingCheck(id).value().isValid());

        // A group whose size the provider did not give cannot be held to a budget.
        Campaign unknownSize = campaign(accountId, QStringLiteral("Offer ends Friday."), {});
        unknownSize.audience.remote = {group.value().id, QStringLiteral("VIP"), -1};
        const qint64 unknownId = CampaignStore(*m_database).create(unknownSize).value();
        const Result<LaunchSummary> overBudget
            = Planner(*m_database).launch(unknownId, now(), 100.0);
        QVERIFY(!overBudget.ok());
        QCOMPARE(overBudget.error().code, QStringLiteral("over_budget"));
        QCOMPARE(messageCount(unknownId), 0);

        // A group the provider no longer has fails as a whole; "Retry failed" sends to the
        // group again, never to an empty number.
        Campaign gone = campaign(accountId, QStringLiteral("Offer ends Friday."), {});
        gone.audience.remote = {QStringLiteral("no-such-group"), QStringLiteral("Old"), 2};
        const qint64 goneId = CampaignStore(*m_database).create(gone).value();
        QVERIFY(Planner(*m_database).launch(goneId, now()).ok());
        run(goneId);
        QCOMPARE(CampaignStore(*m_database).counts(goneId).value().value(OutboxState::Failed), 1);
        const Result<qint64> retry = CampaignReport(*m_database).retryFailed(goneId);
        QVERIFY2(retry.ok(), qPrintable(retry.ok() ? QString() : retry.error().message));
        const Campaign retried = CampaignStore(*m_database).find(retry.value()).value();
        QCOMPARE(retried.audience.remote, gone.audience.remote);
        QVERIFY(retried.audience.phones.isEmpty());
        QCOMPARE(retried.recipients, 2);
    }

    void aFieldMatchFindsContactsOutsideAnyGroup()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        for (const auto& [phone, name, branch] : QList<std::tuple<QString, QString, QString>> {
                 {QStringLiteral("+254712000001"), QStringLiteral("Amina"),
                  QStringLiteral("Thika")},
                 {QStringLiteral("+254712000002"), QStringLiteral("Baraka"),
                  QStringLiteral(" thika ")},
                 {QStringLiteral("+254712000003"), QStringLiteral("Chege"),
                  QStringLiteral("Nakuru")},
                 {QStringLiteral("+254712000004"), QStringLiteral("Dama"), QString()}}) {
            Contact contact;
            contact.phone = phone;
            contact.firstName = name;
            if (!branch.isEmpty())
                contact.fields.insert(QStringLiteral("branch"), branch);
            QVERIFY(ContactStore(*m_database).add(contact).ok());
        }
        Campaign draft = campaign(account, QStringLiteral("Habari <<first_name>>"),
                                  {QStringLiteral("+254712000003")});
        draft.audience.match = {QStringLiteral("branch"), {QStringLiteral("THIKA")}};
        const qint64 id = CampaignStore(*m_database).create(draft).value();
        // Kept with the draft, and read back the same.
        QCOMPARE(CampaignStore(*m_database).find(id).value().audience.match, draft.audience.match);
        QVERIFY(Planner(*m_database).launch(id, now()).ok());
        QCOMPARE(bodies(id),
                 (QMap<QString, QString> {
                     {QStringLiteral("+254712000001"), QStringLiteral("Habari Amina")},
                     {QStringLiteral("+254712000002"), QStringLiteral("Habari Baraka")},
                     {QStringLiteral("+254712000003"), QStringLiteral("Habari Chege")}}));

        // A built-in column matches by name, several values are "or".
        Campaign byName = campaign(account, QStringLiteral("Hi"), {});
        byName.audience.match
            = {QStringLiteral("first_name"), {QStringLiteral("dama"), QStringLiteral("Chege")}};
        const qint64 second = CampaignStore(*m_database).create(byName).value();
        QVERIFY(Planner(*m_database).launch(second, now()).ok());
        QCOMPARE(bodies(second).keys(),
                 (QStringList {QStringLiteral("+254712000003"), QStringLiteral("+254712000004")}));
    }

    void launchAboveTheBudgetLeavesTheDraft()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 id = createCampaign(account, QStringLiteral("Hello"), phones(10));
        const Result<LaunchSummary> launched = Planner(*m_database).launch(id, now(), 1.0);
        QVERIFY(!launched.ok());
        QCOMPARE(launched.error().code, QStringLiteral("over_budget"));
        QCOMPARE(CampaignStore(*m_database).find(id).value().state, CampaignState::Draft);
        QCOMPARE(messageCount(id), 0);
    }

    void identicalTextsShareRequests()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        m_sandbox->server().store().addToBalance(
            QStringLiteral("quickflow"),
            sandbox::SandboxServer::accountSetup(ProviderKind::QuickFlow).secret, 1000);
        const qint64 id = launch(account, QStringLiteral("Offer ends Friday."), phones(1200));
        const Dispatcher::Summary summary = run(id);
        QCOMPARE(summary.outcome, Dispatcher::Outcome::Completed);
        QCOMPARE(summary.counts.value(OutboxState::Accepted), 1200);
        QCOMPARE(CampaignStore(*m_database).find(id).value().state, CampaignState::Completed);
        // QuickFlow takes 500 numbers a request: three requests, each number once.
        QCOMPARE(journalPerPhone().size(), 1200);
        QCOMPARE(maxJournalCount(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(DISTINCT batch) FROM messages")), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = %1 AND "
                                       "(provider_message_id IS NULL OR client_ref IS NULL)")
                            .arg(id),
                        m_database.get()),
                 0);
        QCOMPARE(CampaignStore(*m_database).find(id).value().creditsUsed, 1200.0);
    }

    void personalisedTextsTravelPerRecipient()
    {
        // QSMS takes a text per recipient with our client reference.
        const qint64 account = addAccount(ProviderKind::Qsms);
        QStringList numbers = phones(30);
        const qint64 id
            = createCampaign(account, QStringLiteral("Namba yako ni <<phone>>."), numbers);
        QVERIFY(Planner(*m_database).launch(id, now()).ok());
        QCOMPARE(run(id).outcome, Dispatcher::Outcome::Completed);
        QCOMPARE(counts(id).value(OutboxState::Accepted), 30);
        QSqlQuery query(m_sandbox->server().store().database());
        QVERIFY(query.exec(QStringLiteral("SELECT phone, body, client_ref FROM messages")));
        int rows = 0;
        while (query.next()) {
            ++rows;
            QVERIFY2(query.value(1).toString().contains(query.value(0).toString().right(9)),
                     qPrintable(query.value(1).toString()));
            QVERIFY(query.value(2).toString().startsWith(QStringLiteral("tuma-")));
        }
        QCOMPARE(rows, 30);
    }

    void anAnswerThatNeverComesIsNeverResent()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 id = launch(account, QStringLiteral("Offer"), phones(700));
        // The first request the simulator takes is carried out and journaled, then the
        // connection drops. The two requests (500 and 200) are in flight together, so
        // either may be the one.
        m_sandbox->setFaults(QStringLiteral("send:drop*1"));
        const Dispatcher::Summary first = run(id);
        QCOMPARE(first.outcome, Dispatcher::Outcome::Completed);
        const qint64 unknown = first.counts.value(OutboxState::Unknown);
        QVERIFY2(unknown == 500 || unknown == 200, qPrintable(QString::number(unknown)));
        QCOMPARE(first.counts.value(OutboxState::Accepted), 700 - unknown);
        QCOMPARE(journalPerPhone().size(), 700);
        QCOMPARE(maxJournalCount(), 1);

        // Running again sends nothing: unknown is not queued.
        const Dispatcher::Summary second = run(id);
        QCOMPARE(second.outcome, Dispatcher::Outcome::Completed);
        QCOMPARE(m_sandbox->server().store().journalCount(), 700);

        // The provider's history knows them: reconciling settles every one.
        const Result<ReconcileSummary> settled = reconcile(id, account, 0);
        QVERIFY2(settled.ok(), qPrintable(settled.ok() ? QString() : settled.error().message));
        QCOMPARE(qint64(settled.value().resolved), unknown);
        QCOMPARE(settled.value().requeued, 0);
        QCOMPARE(settled.value().stillUnknown, 0);
        QCOMPARE(counts(id).value(OutboxState::Unknown), 0);
        QCOMPARE(counts(id).value(OutboxState::Accepted) + counts(id).value(OutboxState::Delivered),
                 700);
        QCOMPARE(m_sandbox->server().store().journalCount(), 700);
    }

    void whatTheProviderNeverGotIsQueuedAgainByReconciling()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 id = launch(account, QStringLiteral("Offer"), phones(3));
        // As if another Tuma on this computer died after claiming two messages and before
        // their request left: its lease names a process that no longer runs.
        LeaseHolder dead = SendingLease::thisProcess(QStringLiteral("tuma"));
        dead.token = QStringLiteral("dead-process");
        dead.pid = deadPid();
        QVERIFY(LeaseStore(*m_database)
                    .acquire(account, dead, 60'000, &SendingLease::isAlive)
                    .value()
                    .acquired);
        const QList<OutboxMessage> queued = Outbox(*m_database).nextQueued(id, 10, now()).value();
        QCOMPARE(Outbox(*m_database)
                     .claim(id, {queued.at(0).id, queued.at(1).id}, account, dead.token)
                     .value()
                     .size(),
                 2);
        // A third one is refused to a token that holds no lease.
        QVERIFY(Outbox(*m_database)
                    .claim(id, {queued.at(2).id}, account, QStringLiteral("x"))
                    .value()
                    .isEmpty());
        // The dead holder's lease has not expired, yet it is taken over at once.
        const Dispatcher::Summary first = run(id);
        QCOMPARE(m_interrupted, 2);
        QCOMPARE(first.counts.value(OutboxState::Unknown), 2);
        QCOMPARE(m_sandbox->server().store().journalCount(), 1);

        // Within the grace period the history proves nothing.
        QCOMPARE(reconcile(id, account, 600'000).value().stillUnknown, 2);
        const ReconcileSummary settled = reconcile(id, account, 0).value();
        QCOMPARE(settled.requeued, 2);
        QCOMPARE(settled.resolved, 0);
        // Reconciling never sends: the campaign waits, paused, until the user resumes it.
        QVERIFY(settled.paused);
        QCOMPARE(CampaignStore(*m_database).find(id).value().state, CampaignState::Paused);
        QCOMPARE(run(id).outcome, Dispatcher::Outcome::Paused);
        QCOMPARE(m_sandbox->server().store().journalCount(), 1);
        QVERIFY(CampaignControl(*m_database).resume(id, now()).ok());
        QCOMPARE(run(id).counts.value(OutboxState::Accepted), 3);
        QCOMPARE(journalPerPhone().size(), 3);
        QCOMPARE(maxJournalCount(), 1);
    }

    void aSenderNotRecordedAtLaunchProvesNothingMissing()
    {
        // A campaign launched by an older Tuma kept no sender ID: the QuickFlow history read
        // (the account's default sender's) may not be the one it went out under.
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 id = launch(account, QStringLiteral("Offer"), phones(3));
        const QString recorded = CampaignStore(*m_database).find(id).value().senderId;
        QVERIFY(!recorded.isEmpty()); // recorded at launch now
        QSqlQuery lost(m_database->connection());
        QVERIFY(lost.exec(QStringLiteral("UPDATE messages SET state = 'unknown', batch_id = id, "
                                         "submitted_at = %1 WHERE campaign_id = %2")
                              .arg(QDateTime::currentMSecsSinceEpoch() - 3'600'000)
                              .arg(id)));
        QVERIFY(
            lost.exec(QStringLiteral("UPDATE campaigns SET sender_id = '' WHERE id = %1").arg(id)));
        const ReconcileSummary unsure = reconcile(id, account, 0).value();
        QCOMPARE(unsure.requeued, 0);
        QCOMPARE(unsure.stillUnknown, 3);
        QVERIFY(unsure.note.contains(QLatin1String("sender ID")));
        QVERIFY(lost.exec(QStringLiteral("UPDATE campaigns SET sender_id = '%1' WHERE id = %2")
                              .arg(recorded)
                              .arg(id)));
        QCOMPARE(reconcile(id, account, 0).value().requeued, 3);
        QCOMPARE(m_sandbox->server().store().journalCount(), 0);
    }

    void flashSmsRequestsAreSettledFromHistoryAndReports()
    {
        // FlashSMS's history lists sends (text, sender, count, time) without numbers; each
        // send's report names them. 1,500 recipients, one text: a request of 1,000 claimed by
        // a process that died before it left, then one of 500 that FlashSMS took but whose
        // answer was lost. Both look alike in the history's terms; the report tells them
        // apart, and only the one FlashSMS never had goes out again.
        const qint64 account = addAccount(ProviderKind::FlashSms);
        sandbox::SandboxStore& store = m_sandbox->server().store();
        const auto setup = sandbox::SandboxServer::accountSetup(ProviderKind::FlashSms);
        store.addToBalance(QStringLiteral("flashsms"), setup.secret, 2000);
        const QString text = QStringLiteral("Bei nafuu leo! Karibu dukani, Akwaaba.");
        const qint64 id = launch(account, text, ghanaPhones(1500));
        LeaseHolder dead = SendingLease::thisProcess(QStringLiteral("tuma"));
        dead.token = QStringLiteral("dead-process");
        dead.pid = deadPid();
        QVERIFY(LeaseStore(*m_database)
                    .acquire(account, dead, 60'000, &SendingLease::isAlive)
                    .value()
                    .acquired);
        QList<qint64> first;
        for (const OutboxMessage& message : Outbox(*m_database).nextQueued(id, 1000, now()).value())
            first.append(message.id);
        QCOMPARE(Outbox(*m_database).claim(id, first, account, dead.token).value().size(), 1000);
        m_sandbox->setFaults(QStringLiteral("send:drop"));
        const Dispatcher::Summary sent = run(id, quickOptions());
        QCOMPARE(sent.counts.value(OutboxState::Unknown), 1500);
        QCOMPARE(journalPerPhone().size(), 500);
        m_sandbox->setFaults({});

        // Within the grace period nothing is proven missing, and nothing is guessed.
        const ReconcileSummary early = reconcile(id, account, 600'000).value();
        QCOMPARE(early.resolved, 500);
        QCOMPARE(early.requeued, 0);
        QCOMPARE(early.stillUnknown, 1000);

        // An hour later, for both clocks.
        QVERIFY(anHourLater());
        const ReconcileSummary settled
            = reconcile(id, account, Reconciler::Options().graceMs).value();
        QCOMPARE(settled.resolved, 0); // the 500 were settled already
        QCOMPARE(settled.requeued, 1000);
        QCOMPARE(settled.stillUnknown, 0);
        QVERIFY(settled.paused);
        QCOMPARE(counts(id).value(OutboxState::Unknown), 0);
        QCOMPARE(counts(id).value(OutboxState::Queued), 1000);

        // Nothing goes out until the user resumes; then each recipient has it once.
        QCOMPARE(run(id).outcome, Dispatcher::Outcome::Paused);
        QCOMPARE(journalPerPhone().size(), 500);
        QVERIFY(CampaignControl(*m_database).resume(id, now()).ok());
        QCOMPARE(run(id).outcome, Dispatcher::Outcome::Completed);
        QCOMPARE(journalPerPhone().size(), 1500);
        QCOMPARE(maxJournalCount(), 1);
    }

    void aRequestPartlyDecidedIsStillToldByItsWholeReport()
    {
        // 50 numbers in one FlashSMS request, its answer lost; the user counts one as sent.
        // The provider's entry lists 50 recipients, the request has 49 unknown left: the
        // entry is still that request's, and nobody is sent the message again.
        const qint64 account = addAccount(ProviderKind::FlashSms);
        const QStringList numbers = ghanaPhones(50);
        const qint64 id = launch(account, QStringLiteral("Akwaaba, ofa ya leo."), numbers);
        m_sandbox->setFaults(QStringLiteral("send:drop"));
        QCOMPARE(run(id, quickOptions()).counts.value(OutboxState::Unknown), 50);
        m_sandbox->setFaults({});
        QCOMPARE(CampaignControl(*m_database)
                     .decideUnknown(id, CampaignControl::UnknownDecision::CountAsSent,
                                    {numbers.at(0)}, QStringLiteral("test"))
                     .value(),
                 1);
        QVERIFY(anHourLater());
        const ReconcileSummary settled
            = reconcile(id, account, Reconciler::Options().graceMs).value();
        QCOMPARE(settled.requeued, 0);
        QCOMPARE(settled.resolved, 49);
        QCOMPARE(settled.stillUnknown, 0);
        // Sending again what is already decided does nothing, and pauses nothing.
        QCOMPARE(CampaignControl(*m_database)
                     .decideUnknown(id, CampaignControl::UnknownDecision::SendAgain, {},
                                    QStringLiteral("test"))
                     .value(),
                 0);
        QCOMPARE(CampaignStore(*m_database).find(id).value().state, CampaignState::Completed);
        QCOMPARE(maxJournalCount(), 1);
    }

    void flashSmsAnswersAllLostAreSettledAnHourLater()
    {
        // Every answer lost, the provider having taken every message: an hour later the
        // history and reports settle all of them, and none is sent again.
        const qint64 account = addAccount(ProviderKind::FlashSms);
        sandbox::SandboxStore& store = m_sandbox->server().store();
        const auto setup = sandbox::SandboxServer::accountSetup(ProviderKind::FlashSms);
        store.addToBalance(QStringLiteral("flashsms"), setup.secret, 5000); // two parts each
        QStringList numbers = ghanaPhones(1998);
        numbers << QStringLiteral("+233201234999") << QStringLiteral("+447700900123");
        // A long text: the history shows its first 160 characters.
        const qint64 bulk
            = launch(account, QString(200, u'y') + QStringLiteral(" Asante."), numbers);
        m_sandbox->setFaults(QStringLiteral("send:drop"));
        const Dispatcher::Summary sent = run(bulk, quickOptions());
        m_sandbox->setFaults({});
        const int unknown = static_cast<int>(sent.counts.value(OutboxState::Unknown));
        QVERIFY(unknown >= 1998);
        const int journaled = static_cast<int>(journalPerPhone().size());
        QVERIFY(anHourLater());
        const ReconcileSummary settled
            = reconcile(bulk, account, Reconciler::Options().graceMs).value();
        // Every number FlashSMS took is settled from the reports; the British number it
        // dropped from the request (FlashSMS sends to Ghana only) is proven never sent.
        QCOMPARE(journaled, 1999);
        QCOMPARE(settled.resolved, journaled);
        QCOMPARE(settled.requeued, unknown - journaled);
        QCOMPARE(settled.requeued, 1);
        QCOMPARE(settled.stillUnknown, 0);
        QVERIFY(CampaignControl(*m_database).resume(bulk, now()).ok());
        const Dispatcher::Summary after = run(bulk);
        QCOMPARE(after.outcome, Dispatcher::Outcome::Completed);
        // The British number refused; two ending in 999, which the simulator fails to deliver.
        QCOMPARE(after.counts.value(OutboxState::Failed), 3);
        QCOMPARE(after.counts.value(OutboxState::Delivered), 1997);
        QCOMPARE(maxJournalCount(), 1);
        QCOMPARE(m_sandbox->server().store().journalCount(), journaled);
    }

    // A lease asked while another connection writes is refused as busy (asked again at the
    // next tick, or `campaign run` fails with database_busy): nobody holds the account, and
    // nothing of the outbox changed.
    void aLeaseAskedWhileAnotherWritesSaysBusy()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        auto blocker = Database::open(m_database->path(), QStringLiteral("import"));
        QVERIFY(blocker.ok());
        QSqlQuery hold(blocker.value()->connection());
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        SendingLease lease(*m_database, account, QStringLiteral("tuma"));
        {
            const Database::ShortWait shortWait(*m_database, 50);
            const Result<bool> acquired = lease.acquire();
            QVERIFY(!acquired);
            QCOMPARE(acquired.error().code, QStringLiteral("database_busy"));
        }
        QVERIFY(!lease.isHeld());
        QVERIFY(blocker.value()->connection().rollback());
        QSqlQuery leases(m_database->connection());
        QVERIFY(leases.exec(QStringLiteral("SELECT count(*) FROM sending_leases")));
        QVERIFY(leases.next());
        QCOMPARE(leases.value(0).toInt(), 0);
        QVERIFY(lease.acquire().value());
        QVERIFY(lease.isHeld());
    }

    void aBusyDatabaseLosesNoAnswerAndFreezesNothing()
    {
        // An import holds the write lock for three seconds while answers come in: they are
        // recorded when it is done, nothing is sent meanwhile, nothing becomes unknown, and
        // the thread's event loop (the window's, in Tuma) keeps turning.
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 id = launch(account, QStringLiteral("Habari <<phone>>"), phones(12));
        m_sandbox->setFaults(QStringLiteral("send:slow=300"));
        auto blocker = Database::open(m_database->path(), QStringLiteral("import"));
        QVERIFY(blocker.ok());
        QSqlQuery hold(blocker.value()->connection());
        qint64 journalWhileHeld = -1;
        int waits = 0;
        QTimer::singleShot(100, this, [&] {
            // The first two requests are in flight (an answer takes 300 ms): take the write
            // lock.
            QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(hold.exec(QStringLiteral("UPDATE campaigns SET name = name")));
            QTimer::singleShot(3000, this, [&] {
                journalWhileHeld = m_sandbox->server().store().journalCount();
                QVERIFY(blocker.value()->connection().commit());
            });
        });
        QElapsedTimer sinceTick;
        sinceTick.start();
        qint64 longestStall = 0;
        QTimer ticks;
        connect(&ticks, &QTimer::timeout, this,
                [&] { longestStall = std::max(longestStall, sinceTick.restart()); });
        ticks.start(20);
        SendingLease lease(*m_database, account, QStringLiteral("tuma"));
        QVERIFY(lease.acquire().value());
        Dispatcher dispatcher(*m_database, *m_providers, lease, id, {});
        connect(&dispatcher, &Dispatcher::waitingForDatabase, this, [&] { ++waits; });
        QSignalSpy finished(&dispatcher, &Dispatcher::finished);
        dispatcher.start();
        QVERIFY(finished.wait(30'000));
        ticks.stop();
        const auto summary = finished.constFirst().constFirst().value<Dispatcher::Summary>();
        QCOMPARE(summary.outcome, Dispatcher::Outcome::Completed);
        QCOMPARE(summary.counts.value(OutboxState::Accepted), 12);
        QCOMPARE(summary.counts.value(OutboxState::Unknown), 0);
        // The first answers waited for the lock; nothing more went out while it was held.
        QCOMPARE(journalWhileHeld, Dispatcher::Options {}.requestsInFlight);
        QVERIFY(waits > 0);
        QCOMPARE(maxJournalCount(), 1);
        QVERIFY2(longestStall < 1000, qPrintable(QString::number(longestStall)));
    }

    void anAccountSavedWhileItSendsHangsNothing()
    {
        // The user saves the account while a request is in flight: its adapter is replaced,
        // but the request ends as answered, and the next ones go with the new settings.
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 id = launch(account, QStringLiteral("Habari <<phone>>"), phones(6));
        m_sandbox->setFaults(QStringLiteral("send:slow=400*1"));
        QTimer::singleShot(100, this, [&] {
            Account saved = AccountStore(*m_database).findById(account).value();
            saved.name += QStringLiteral(" (edited)");
            QVERIFY(AccountStore(*m_database).update(saved).ok());
            m_providers->forget(account);
        });
        const Dispatcher::Summary summary = run(id);
        QCOMPARE(summary.outcome, Dispatcher::Outcome::Completed);
        QCOMPARE(summary.counts.value(OutboxState::Accepted), 6);
        QCOMPARE(summary.counts.value(OutboxState::Unknown), 0);
        QCOMPARE(maxJournalCount(), 1);
    }

    void tooManyRequestsIsWaitedOut()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 id = launch(account, QStringLiteral("Offer"), phones(20));
        m_sandbox->setFaults(QStringLiteral("send:rate-limit=1*1"));
        QElapsedTimer elapsed;
        elapsed.start();
        const Dispatcher::Summary summary = run(id);
        QCOMPARE(summary.outcome, Dispatcher::Outcome::Completed);
        QVERIFY2(elapsed.elapsed() >= 900, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(summary.counts.value(OutboxState::Accepted), 20);
        QCOMPARE(m_sandbox->server().store().journalCount(), 20);
    }

    void serverErrorsAreRetriedThenPause()
    {
        // FlashSMS documents an error envelope: a 500 in it is a refusal, retried later.
        const qint64 account = addAccount(ProviderKind::FlashSms);
        const qint64 id = launch(account, QStringLiteral("Offer"), ghanaPhones(5));
        Dispatcher::Options options = quickOptions();
        m_sandbox->setFaults(QStringLiteral("send:server-error*2"));
        QCOMPARE(run(id, options).counts.value(OutboxState::Accepted), 5);

        const qint64 second = launch(account, QStringLiteral("Offer two"), ghanaPhones(5));
        m_sandbox->setFaults(QStringLiteral("send:server-error"));
        const Dispatcher::Summary paused = run(second, options);
        QCOMPARE(paused.outcome, Dispatcher::Outcome::Paused);
        QCOMPARE(paused.errorCode, QStringLiteral("server"));
        QCOMPARE(paused.counts.value(OutboxState::Queued), 5);
        QCOMPARE(CampaignStore(*m_database).find(second).value().state, CampaignState::Paused);
        QVERIFY(!CampaignStore(*m_database).find(second).value().pauseReason.isEmpty());
        QCOMPARE(m_sandbox->server().store().journalCount(), 5);
    }

    void anOutagePausesInsteadOfMakingEverythingUnknown()
    {
        // QuickFlow documents no error envelope: its 500 to a send may have come after it
        // acted, so each is unknown; but like any failure it slows down and, repeated,
        // pauses the campaign. Personalised texts: one request per recipient.
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 id = launch(account, QStringLiteral("Habari <<phone>>"), phones(20));
        m_sandbox->setFaults(QStringLiteral("send:server-error"));
        // The log says why, under tuma.campaigns: each refusal, the pause, the end.
        for (int failure = 1; failure <= 3; ++failure) {
            QTest::ignoreMessage(
                QtInfoMsg,
                QRegularExpression(
                    QStringLiteral("^campaign %1: a request of 1 refused: ambiguous_submission "
                                   "\\(%2 in a row\\)$")
                        .arg(id)
                        .arg(failure)));
        }
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(QStringLiteral("^campaign %1 paused "
                                                               "\\(ambiguous_submission\\): ")
                                                    .arg(id)));
        QTest::ignoreMessage(
            QtInfoMsg,
            QRegularExpression(QStringLiteral("^campaign %1: sending ended, paused "
                                              "\\(ambiguous_submission\\)$")
                                   .arg(id)));
        const Dispatcher::Summary paused = run(id, quickOptions());
        QCOMPARE(paused.outcome, Dispatcher::Outcome::Paused);
        QCOMPARE(paused.errorCode, QStringLiteral("ambiguous_submission"));
        QCOMPARE(paused.counts.value(OutboxState::Unknown), 3);
        QCOMPARE(paused.counts.value(OutboxState::Queued), 17);
        QCOMPARE(CampaignStore(*m_database).find(id).value().state, CampaignState::Paused);
        QCOMPARE(m_sandbox->server().store().journalCount(), 0);
    }

    void aRateLimitWinsOverWhatItsBodySays()
    {
        // A 429 whose body carries a code the QSMS document does not define (1005, which the
        // simulator uses for a refused sender): the messages wait and are sent, none failed.
        const qint64 account = addAccount(ProviderKind::Qsms);
        const qint64 id = launch(account, QStringLiteral("Habari <<phone>>"), phones(6));
        m_sandbox->setFaults(QStringLiteral("send:rate-limit=1:1005*3"));
        const Dispatcher::Summary summary = run(id, quickOptions());
        QCOMPARE(summary.outcome, Dispatcher::Outcome::Completed);
        QCOMPARE(summary.counts.value(OutboxState::Failed), 0);
        QCOMPARE(summary.counts.value(OutboxState::Accepted)
                     + summary.counts.value(OutboxState::Delivered),
                 6);
        QCOMPARE(journalPerPhone().size(), 6);
        QCOMPARE(maxJournalCount(), 1);
    }

    void runningOutOfCreditPausesAndResumesWhereItStopped()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const auto setup = sandbox::SandboxServer::accountSetup(ProviderKind::QuickFlow);
        sandbox::SandboxStore& store = m_sandbox->server().store();
        const double balance = store.balance(QStringLiteral("quickflow"), setup.secret);
        store.addToBalance(QStringLiteral("quickflow"), setup.secret, 700 - balance);
        // Five requests of 500 one-part messages; credit for one.
        const qint64 id = launch(account, QStringLiteral("Offer"), phones(1300));
        const Dispatcher::Summary paused = run(id);
        QCOMPARE(paused.outcome, Dispatcher::Outcome::Paused);
        QCOMPARE(paused.errorCode, QStringLiteral("insufficient_credit"));
        QCOMPARE(paused.counts.value(OutboxState::Accepted), 500);
        QCOMPARE(paused.counts.value(OutboxState::Queued), 800);
        // The campaign keeps why it paused, for the page's "Top up".
        QCOMPARE(CampaignStore(*m_database).find(id).value().pauseCode,
                 QStringLiteral("insufficient_credit"));
        QVERIFY(CampaignStore(*m_database)
                    .find(id)
                    .value()
                    .pauseReason.contains(QStringLiteral("Top")));

        store.addToBalance(QStringLiteral("quickflow"), setup.secret, 1000);
        QVERIFY(CampaignControl(*m_database).resume(id, now()).ok());
        const Dispatcher::Summary resumed = run(id);
        QCOMPARE(resumed.outcome, Dispatcher::Outcome::Completed);
        QCOMPARE(resumed.counts.value(OutboxState::Accepted), 1300);
        QCOMPARE(journalPerPhone().size(), 1300);
        QCOMPARE(maxJournalCount(), 1);
    }

    void pausedOrCancelledSendsNothing()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 id = launch(account, QStringLiteral("Offer"), phones(4));
        QVERIFY(CampaignControl(*m_database).pause(id, QStringLiteral("x")).ok());
        QCOMPARE(run(id).outcome, Dispatcher::Outcome::Paused);
        // Paused twice, resumed when not paused: refused, the state says why.
        QCOMPARE(CampaignControl(*m_database).pause(id, QStringLiteral("x")).error().code,
                 QStringLiteral("invalid_state"));
        QVERIFY(CampaignControl(*m_database).cancel(id).ok());
        QCOMPARE(CampaignControl(*m_database).resume(id, now()).error().code,
                 QStringLiteral("invalid_state"));
        QCOMPARE(CampaignControl(*m_database).cancel(id).error().code,
                 QStringLiteral("invalid_state"));
        QCOMPARE(run(id).outcome, Dispatcher::Outcome::Cancelled);
        QCOMPARE(m_sandbox->server().store().journalCount(), 0);
        QCOMPARE(counts(id).value(OutboxState::Cancelled), 4);
    }

    void aFutureScheduleWaits()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        Campaign draft = campaign(account, QStringLiteral("Later"), phones(2));
        draft.scheduledAt = now().addSecs(3600);
        const qint64 id = CampaignStore(*m_database).create(draft).value();
        QCOMPARE(Planner(*m_database).launch(id, now()).value().state, CampaignState::Scheduled);
        Dispatcher::Options options;
        options.waitForSchedule = false;
        const Dispatcher::Summary summary = run(id, options);
        QCOMPARE(summary.outcome, Dispatcher::Outcome::Waiting);
        QCOMPARE(summary.resumeAt, draft.scheduledAt);
        QCOMPARE(m_sandbox->server().store().journalCount(), 0);
        QCOMPARE(CampaignStore(*m_database).find(id).value().state, CampaignState::Scheduled);
    }

    void deliveriesAreFollowedToTheEnd_data()
    {
        QTest::addColumn<ProviderKind>("provider");
        QTest::newRow("status per message (QuickFlow)") << ProviderKind::QuickFlow;
        QTest::newRow("report per request (FlashSMS)") << ProviderKind::FlashSms;
    }

    void deliveriesAreFollowedToTheEnd()
    {
        QFETCH(ProviderKind, provider);
        const qint64 account = addAccount(provider);
        // FlashSMS serves Ghana only.
        const bool ghana = provider == ProviderKind::FlashSms;
        QStringList numbers;
        for (int i = 0; i < 4; ++i)
            numbers.append(
                (ghana ? QStringLiteral("+23324123400%1") : QStringLiteral("+25471234500%1"))
                    .arg(i));
        numbers.append(ghana ? QStringLiteral("+233241234999")
                             : QStringLiteral("+254712345999")); // fails
        const qint64 id = launch(account, QStringLiteral("Offer"), numbers);
        QCOMPARE(run(id).counts.value(OutboxState::Accepted), 5);

        // Asked at once: still on their way, looked at again a few seconds later.
        DeliveryTracker::Summary early = track(id, {});
        QVERIFY(!early.error);
        QCOMPARE(early.checked, 5);
        QCOMPARE(early.delivered, 0);
        QVERIFY(early.nextCheck > QDateTime::currentDateTimeUtc());
        QCOMPARE(track(id, {}).checked, 0); // nothing due yet

        // The simulator delivers after half a second; make them due now.
        QTest::qWait(700);
        QSqlQuery due(m_database->connection());
        QVERIFY(due.exec(QStringLiteral("UPDATE messages SET not_before = 0")));
        const DeliveryTracker::Summary later = track(id, {});
        QVERIFY(!later.error);
        QCOMPARE(later.delivered, 4);
        QCOMPARE(later.failed, 1);
        QVERIFY(!later.nextCheck.isValid());
        QCOMPARE(counts(id).value(OutboxState::Delivered), 4);
        QCOMPARE(counts(id).value(OutboxState::Failed), 1);
        QVERIFY(later.requests >= 1);
        if (provider == ProviderKind::FlashSms)
            QCOMPARE(later.requests, 1); // one report covers the whole request
    }

    void messagesWithoutAFinalWordExpire()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 id = launch(account, QStringLiteral("Offer"), phones(3));
        QCOMPARE(run(id).counts.value(OutboxState::Accepted), 3);
        DeliveryTracker::Options options;
        options.expireAfterHours = 0;
        QCOMPARE(track(id, options).expired, 3);
        QCOMPARE(counts(id).value(OutboxState::Expired), 3);
    }

    void aMessageTheProviderHoldsIsNotExpiredBeforeItsTime()
    {
        // Handed to QuickFlow three days ago for a time an hour ahead: not overdue, whatever
        // the submission's age, and not looked at again before that time.
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        Campaign later = campaign(account, QStringLiteral("Heri ya Krismasi"), phones(3));
        later.scheduledAt = now().addSecs(3600);
        later.providerSchedule = true;
        const qint64 id = CampaignStore(*m_database).create(later).value();
        QVERIFY(Planner(*m_database).launch(id, now()).ok());
        QCOMPARE(run(id).counts.value(OutboxState::Accepted), 3);
        QSqlQuery back(m_database->connection());
        QVERIFY(back.exec(QStringLiteral("UPDATE messages SET submitted_at = submitted_at - "
                                         "259200000, not_before = 0")));
        DeliveryTracker::Options options;
        options.expireAfterHours = 72;
        const DeliveryTracker::Summary held = track(id, options);
        QCOMPARE(held.checked, 3);
        QCOMPARE(held.expired, 0);
        QCOMPARE(counts(id).value(OutboxState::Accepted), 3);
        QVERIFY(held.nextCheck >= later.scheduledAt);

        // Past its time and the tracking window, it is.
        QVERIFY(back.exec(QStringLiteral("UPDATE campaigns SET scheduled_at = scheduled_at - "
                                         "262800000")));
        QVERIFY(back.exec(QStringLiteral("UPDATE messages SET not_before = 0")));
        QCOMPARE(track(id, options).expired, 3);
    }

    void refusalsNameTheStateInWords()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 id = launch(account, QStringLiteral("Offer"), phones(2));
        CampaignControl control(*m_database);
        const Result<Campaign> resumed = control.resume(id, now());
        QVERIFY(!resumed);
        QVERIFY2(resumed.error().message.contains(QLatin1String("is sending, not paused")),
                 qPrintable(resumed.error().message));
        QVERIFY(control.cancel(id).ok());
        const Result<Campaign> again = control.cancel(id);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QLatin1String("is cancelled already")),
                 qPrintable(again.error().message));
    }

    void theTimelineCountsEachMessageFromWhenItBecameFinal()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 draft = createCampaign(account, QStringLiteral("Offer"), phones(1));
        QVERIFY(CampaignStore(*m_database).timeline(draft).value().points.isEmpty());

        const qint64 id = launch(account, QStringLiteral("Offer"), phones(6));
        const qint64 start
            = QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        // Sent at 09:00:00; two delivered at :10, one failed at :30, one still accepted; then
        // the campaign was cancelled before the last two left, which are no longer pending.
        const QStringList numbers = phones(4);
        QSqlQuery cancel(m_database->connection());
        QVERIFY(cancel.exec(QStringLiteral("UPDATE messages SET state = 'cancelled' WHERE "
                                           "campaign_id = %1 AND phone IN ('%2', '%3')")
                                .arg(id)
                                .arg(phones(6).at(4), phones(6).at(5))));
        QCOMPARE(cancel.numRowsAffected(), 2);
        const QList<std::pair<QString, qint64>> states {{QStringLiteral("delivered"), 10'000},
                                                        {QStringLiteral("delivered"), 10'000},
                                                        {QStringLiteral("failed"), 30'000},
                                                        {QStringLiteral("accepted"), 5'000}};
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            QSqlQuery update(m_database->connection());
            update.prepare(QStringLiteral("UPDATE messages SET state = ?, submitted_at = ?, "
                                          "updated_at = ? WHERE campaign_id = ? AND phone = ?"));
            update.addBindValue(states.at(i).first);
            update.addBindValue(start);
            update.addBindValue(start + states.at(i).second);
            update.addBindValue(id);
            update.addBindValue(numbers.at(i));
            QVERIFY(update.exec());
        }
        QVERIFY(CampaignStore(*m_database)
                    .transition(id, {CampaignState::Running}, CampaignState::Cancelled)
                    .ok());

        const DeliveryTimeline timeline = CampaignStore(*m_database).timeline(id, 4).value();
        QCOMPARE(timeline.points.size(), 5); // the start, then the end of each 7.5 s
        const auto at = [&](int index) {
            const DeliveryTimeline::Point& point = timeline.points.at(index);
            return QList<qint64> {point.at.toMSecsSinceEpoch() - start, point.delivered,
                                  point.failed, point.pending};
        };
        QCOMPARE(at(0), (QList<qint64> {0, 0, 0, 4}));
        QCOMPARE(at(1), (QList<qint64> {7'500, 0, 0, 4}));
        QCOMPARE(at(2), (QList<qint64> {15'000, 2, 0, 2}));
        QCOMPARE(at(3), (QList<qint64> {22'500, 2, 0, 2}));
        QCOMPARE(at(4), (QList<qint64> {30'000, 2, 1, 1}));
    }

    void activityAddsUpWhatLeftPerLocalDay()
    {
        const qint64 account = addAccount(ProviderKind::QuickFlow);
        const qint64 first = launch(account, QStringLiteral("Offer"), phones(3));
        const qint64 second = launch(account, QStringLiteral("Habari"), phones(2));
        const QDate today = QDate::currentDate();
        const qint64 todayNoon = QDateTime(today, QTime(12, 0)).toMSecsSinceEpoch();
        const qint64 twoDaysAgo = QDateTime(today.addDays(-2), QTime(9, 0)).toMSecsSinceEpoch();
        const qint64 longAgo = QDateTime(today.addDays(-40), QTime(9, 0)).toMSecsSinceEpoch();
        QSqlQuery update(m_database->connection());
        // The first: two delivered today, one still queued (not sent, not counted).
        QVERIFY(update.exec(QStringLiteral("UPDATE messages SET state = 'delivered', "
                                           "submitted_at = %1 WHERE campaign_id = %2 AND id IN "
                                           "(SELECT id FROM messages WHERE campaign_id = %2 "
                                           "ORDER BY id LIMIT 2)")
                                .arg(todayNoon)
                                .arg(first)));
        // The second: one failed two days ago, one sent before the period.
        QVERIFY(update.exec(QStringLiteral("UPDATE messages SET state = 'failed', submitted_at = "
                                           "%1 WHERE campaign_id = %2 AND phone = '%3'")
                                .arg(twoDaysAgo)
                                .arg(second)
                                .arg(phones(1).constFirst())));
        QVERIFY(update.exec(QStringLiteral("UPDATE messages SET state = 'delivered', "
                                           "submitted_at = %1 WHERE campaign_id = %2 AND "
                                           "state = 'queued'")
                                .arg(longAgo)
                                .arg(second)));
        QVERIFY(CampaignStore(*m_database)
                    .transition(second, {CampaignState::Running}, CampaignState::Completed)
                    .ok());

        const ActivitySummary summary
            = CampaignStore(*m_database).activity(today.addDays(-29), today).value();
        QCOMPARE(summary.days.size(), 30);
        QCOMPARE(summary.days.constLast().date, today);
        QCOMPARE(summary.days.constLast().messages, 2);
        QCOMPARE(summary.days.at(27).messages, 1);
        QCOMPARE(summary.messages, 3);
        QCOMPARE(summary.delivered, 2);
        QCOMPARE(summary.failed, 1);
        QCOMPARE(summary.currency, QStringLiteral("KES"));
        // Each message at its campaign's price: one credit each here.
        const double price = CampaignStore(*m_database).find(first).value().costEstimated
            / CampaignStore(*m_database).find(first).value().creditsEstimated;
        QVERIFY(price > 0);
        QCOMPARE(summary.costByCurrency.value(QStringLiteral("KES")), 3 * price);
        QCOMPARE(summary.days.constLast().cost, 2 * price);
        QCOMPARE(summary.sending, 1);
        QCOMPARE(summary.scheduled, 0);
    }

    void sendingWindowIsReadInTheCampaignsZone()
    {
        SendingWindow window;
        window.enabled = true;
        window.start = QTime(8, 0);
        window.end = QTime(18, 0);
        window.skipSundays = true;
        const QTimeZone nairobi("Africa/Nairobi");
        // Saturday 2026-12-05 04:30 UTC is 07:30 in Nairobi: opens at 08:00 EAT = 05:00 UTC.
        const QDateTime early(QDate(2026, 12, 5), QTime(4, 30), Qt::UTC);
        QCOMPARE(nextSendingTime(early, window, nairobi),
                 QDateTime(QDate(2026, 12, 5), QTime(5, 0), Qt::UTC));
        const QDateTime open(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC);
        QCOMPARE(nextSendingTime(open, window, nairobi), open);
        // Saturday 15:30 UTC is 18:30 EAT: closed; Sunday is skipped; Monday 08:00 EAT.
        const QDateTime evening(QDate(2026, 12, 5), QTime(15, 30), Qt::UTC);
        QCOMPARE(nextSendingTime(evening, window, nairobi),
                 QDateTime(QDate(2026, 12, 7), QTime(5, 0), Qt::UTC));
        // Accra is UTC all year.
        QCOMPARE(nextSendingTime(early, window, QTimeZone("Africa/Accra")),
                 QDateTime(QDate(2026, 12, 5), QTime(8, 0), Qt::UTC));
        window.enabled = false;
        QCOMPARE(nextSendingTime(evening, window, nairobi), evening);
        QCOMPARE(defaultTimeZoneFor(QStringLiteral("KE")), QStringLiteral("Africa/Nairobi"));
        QCOMPARE(defaultTimeZoneFor(QStringLiteral("GH")), QStringLiteral("Africa/Accra"));
    }

private:
    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

    static Dispatcher::Options quickOptions()
    {
        Dispatcher::Options options;
        options.backoffBaseMs = 20;
        options.backoffMaxMs = 100;
        options.maxConsecutiveFailures = 3;
        return options;
    }

    static QStringList ghanaPhones(int count)
    {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list.append(QStringLiteral("+23324%1").arg(1'000'000 + i, 7, 10, QLatin1Char('0')));
        return list;
    }

    static QStringList phones(int count)
    {
        QStringList list;
        for (int i = 0; i < count; ++i)
            list.append(QStringLiteral("+2547%1").arg(10'000'000 + i, 8, 10, QLatin1Char('0')));
        return list;
    }

    qint64 addAccount(ProviderKind provider)
    {
        const ProviderAccount endpoint = m_sandbox->account(provider);
        Account account;
        account.name = providerName(provider) + QString::number(m_counter);
        account.provider = providerName(provider);
        account.baseUrl = endpoint.baseUrl;
        account.username = endpoint.username;
        account.serviceId = endpoint.serviceId;
        account.senderIds = endpoint.senderIds;
        const Result<qint64> id = AccountStore(*m_database).add(account);
        if (!id)
            qFatal("account: %s", qPrintable(id.error().message));
        const Account saved = AccountStore(*m_database).findById(id.value()).value();
        if (!m_secrets->writeAndWait(saved.secretRef, endpoint.secret).ok())
            qFatal("keychain");
        return id.value();
    }

    static Campaign campaign(qint64 account, const QString& body, const QStringList& numbers)
    {
        Campaign draft;
        draft.name = QStringLiteral("Test");
        draft.accountId = account;
        draft.templateBody = body;
        draft.audience.phones = numbers;
        draft.timeZone = QStringLiteral("Africa/Nairobi");
        return draft;
    }

    qint64 createCampaign(qint64 account, const QString& body, const QStringList& numbers)
    {
        return CampaignStore(*m_database).create(campaign(account, body, numbers)).value();
    }

    qint64 launch(qint64 account, const QString& body, const QStringList& numbers)
    {
        const qint64 id = createCampaign(account, body, numbers);
        const Result<LaunchSummary> launched = Planner(*m_database).launch(id, now());
        if (!launched)
            qFatal("launch: %s", qPrintable(launched.error().message));
        return id;
    }

    Dispatcher::Summary run(qint64 id, Dispatcher::Options options = {})
    {
        SendingLease lease(*m_database, CampaignStore(*m_database).find(id).value().accountId,
                           QStringLiteral("tuma"));
        if (!lease.acquire().value())
            qFatal("the account's lease is held elsewhere");
        m_interrupted = lease.interrupted();
        Dispatcher dispatcher(*m_database, *m_providers, lease, id, options);
        QSignalSpy finished(&dispatcher, &Dispatcher::finished);
        dispatcher.start();
        if (finished.isEmpty() && !finished.wait(60'000))
            qFatal("the dispatcher did not finish");
        return finished.constFirst().constFirst().value<Dispatcher::Summary>();
    }

    // A process id that runs nothing now.
    static qint64 deadPid()
    {
        QProcess process;
        process.start(QStringLiteral("true"), {});
        process.waitForFinished(5000);
        return process.processId() > 0 ? process.processId() : 999'999;
    }

    DeliveryTracker::Summary track(qint64 id, DeliveryTracker::Options options)
    {
        DeliveryTracker tracker(*m_database, *m_providers, id, options);
        QSignalSpy finished(&tracker, &DeliveryTracker::finished);
        tracker.start();
        if (finished.isEmpty() && !finished.wait(30'000))
            qFatal("the tracker did not finish");
        return finished.constFirst().constFirst().value<DeliveryTracker::Summary>();
    }

    Result<ReconcileSummary> reconcile(qint64 id, qint64 /*accountId*/, qint64 graceMs)
    {
        Reconciler::Options options;
        options.graceMs = graceMs;
        Reconciler reconciler(*m_database, *m_providers, id, options);
        QSignalSpy finished(&reconciler, &Reconciler::finished);
        reconciler.start();
        if (finished.isEmpty() && !finished.wait(60'000))
            qFatal("the reconciler did not finish");
        const ReconcileSummary summary
            = finished.constFirst().constFirst().value<ReconcileSummary>();
        if (!summary.error.code.isEmpty())
            return summary.error;
        return summary;
    }

    OutboxCounts counts(qint64 id) { return CampaignStore(*m_database).counts(id).value(); }

    // As if an hour had passed since every message left, by Tuma's clock and the simulator's.
    bool anHourLater()
    {
        QSqlQuery ours(m_database->connection());
        QSqlQuery theirs(m_sandbox->server().store().database());
        return ours.exec(QStringLiteral("UPDATE messages SET submitted_at = submitted_at - "
                                        "3600000 WHERE submitted_at IS NOT NULL"))
            && theirs.exec(QStringLiteral("UPDATE messages SET created_at = created_at - 3600000"));
    }

    int messageCount(qint64 id)
    {
        return scalar(
            QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = %1").arg(id),
            m_database.get());
    }

    QMap<QString, QString> bodies(qint64 id)
    {
        QMap<QString, QString> result;
        QSqlQuery query(m_database->connection());
        query.exec(
            QStringLiteral("SELECT phone, body FROM messages WHERE campaign_id = %1").arg(id));
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toString());
        return result;
    }

    // How many times the simulator accepted each number.
    QMap<QString, int> journalPerPhone()
    {
        QMap<QString, int> result;
        QSqlQuery query(m_sandbox->server().store().database());
        query.exec(QStringLiteral("SELECT phone, COUNT(*) FROM messages GROUP BY phone"));
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toInt());
        return result;
    }

    int maxJournalCount()
    {
        const QList<int> values = journalPerPhone().values();
        return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    }

    // A number from the simulator's database, or from Tuma's when `database` is given.
    int scalar(const QString& sql, const Database* database = nullptr)
    {
        QSqlQuery query(database ? database->connection() : m_sandbox->server().store().database());
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toInt();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    std::unique_ptr<ProviderSession> m_providers;
    int m_interrupted = 0; // found submitting by the last run's lease, now unknown
};

QTEST_GUILESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
