// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"
#include "providers/flashsms/FlashSmsAdapter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QtTest>

using namespace tuma;
using Kind = ProviderError::Kind;

namespace {

// 200 GSM-7 characters: two parts.
QString twoPartText()
{
    return QString(200, u'a');
}

struct Flash
{
    test::SandboxFixture fixture;
    std::unique_ptr<ProviderAdapter> owner;
    FlashSmsAdapter* adapter = nullptr;

    explicit Flash(const QString& secret = {})
    {
        ProviderAccount account = fixture.account(ProviderKind::FlashSms);
        if (!secret.isEmpty())
            account.secret = secret;
        owner = fixture.adapter(account);
        adapter = qobject_cast<FlashSmsAdapter*>(owner.get());
        if (!adapter)
            qFatal("the registry did not make a FlashSmsAdapter");
    }

    sandbox::SandboxStore& store() { return fixture.server().store(); }
    int journalCount() { return store().journalCount(QStringLiteral("flashsms")); }

    ProviderResult<SendResult> send(const QStringList& phones, const QString& text,
                                    const QDateTime& at = {})
    {
        SendRequest request;
        for (const QString& phone : phones)
            request.recipients.append({phone, {}, {}});
        request.text = text;
        request.campaignName = QStringLiteral("Welcome Campaign");
        request.scheduleAt = at;
        return test::waitFor<SendResult>([&](auto done) { adapter->send(request, done); });
    }

    ProviderResult<Balance> balance()
    {
        return test::waitFor<Balance>([&](auto done) { adapter->balance(done); });
    }
};

#define VERIFY_OK(result)                                                                          \
    QVERIFY2((result).ok(),                                                                        \
             (result).ok() ? ""                                                                    \
                           : qPrintable(ProviderError::kindName((result).error().kind) + u' '      \
                                        + (result).error().providerText))

} // namespace

class TestFlashSms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void capabilitiesAreTruthful();
    void sendChargesPartsAndReportsEachRecipient();
    void sendRefusesMoreRecipientsThanARequestTakes();
    void statusProgressesToDelivered();
    void deliveryReportListsEveryRecipient();
    void scheduledSendStaysPending();
    void sendToRemoteGroupAndContacts();
    void estimateCountsParts();
    void historyPagesAndFilters();
    void balanceAndTransactions();
    void senderIdsAreTheApprovedOnes();
    void contactsLifecycle();
    void groupsLifecycle();
    void importSummarisesAndSplitsLargeImports();
    void templatesLifecycle();
    void templatePlaceholdersConvert_data();
    void templatePlaceholdersConvert();

    void wrongKeyIsAuthentication();
    void simulatorTakesTheAlternativeHeader();
    void readOnlyKeyLacksPermission();
    void providerErrorsThroughTheSimulator();
    void errorMapping_data();
    void errorMapping();
    void faultsMapToKinds_data();
    void faultsMapToKinds();
    void slowAnswerTimesOutForQueries();
    void droppedSendIsAmbiguousAndJournaledOnce();
    void withoutSpacingTheProviderRateLimits();
    void requestsAreSpacedToTheRateLimit();
    void accountWithoutAddressIsAConfigurationError();
};

void TestFlashSms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFlashSms::capabilitiesAreTruthful()
{
    Flash flash;
    const Capabilities caps = flash.adapter->capabilities();
    QCOMPARE(caps.maxRecipientsPerRequest, 1000);
    QCOMPARE(caps.requestsPerMinute, 100);
    QCOMPARE(caps.batchShape, Capabilities::BatchShape::SharedBody);
    QVERIFY(!caps.clientReference);
    QVERIFY(caps.providerScheduling);
    QVERIFY(caps.messageIds);
    QVERIFY(caps.statusPolling);
    QVERIFY(caps.deliveryReportPerRecipient);
    QVERIFY(caps.history);
    QVERIFY(!caps.deliveryCallback);
    QVERIFY(caps.balance);
    QVERIFY(!caps.topUp);
    QVERIFY(!caps.balancePerSender);
    QVERIFY(caps.remoteContacts);
    QVERIFY(caps.remoteGroups);
    QVERIFY(!caps.remoteGroupRename); // the document has no call for it
    QVERIFY(caps.remoteContactImport);
    QVERIFY(caps.sendToRemoteGroup);
    QVERIFY(caps.templates);
    QVERIFY(caps.senderIdList);
    QVERIFY(caps.costEstimate);
    QVERIFY(caps.transactions);
    QVERIFY(!caps.senderRequired);
    QCOMPARE(flash.adapter->kind(), ProviderKind::FlashSms);
}

void TestFlashSms::sendChargesPartsAndReportsEachRecipient()
{
    Flash flash;
    const ProviderResult<SendResult> sent
        = flash.send({QStringLiteral("+233201234567"), QStringLiteral("+23320123"),
                      QStringLiteral("+233241234567")},
                     twoPartText());
    VERIFY_OK(sent);
    const SendResult& result = sent.value();
    QVERIFY(result.batchId.startsWith(QLatin1String("cm")));
    QCOMPARE(result.creditsUsed.value_or(-1), double(4)); // 2 recipients x 2 parts
    QCOMPARE(result.balanceAfter.value_or(-1), double(996));
    QVERIFY(!result.scheduled);
    QCOMPARE(result.recipients.size(), 3);
    QCOMPARE(result.recipients[0].phone, QStringLiteral("+233201234567"));
    QVERIFY(result.recipients[0].accepted);
    QCOMPARE(result.recipients[0].messageId, result.batchId);
    QCOMPARE(result.recipients[0].providerStatus, QStringLiteral("PENDING"));
    QVERIFY(result.recipients[0].errorText.isEmpty());
    QCOMPARE(result.recipients[1].phone, QStringLiteral("+23320123"));
    QVERIFY(!result.recipients[1].accepted);
    QVERIFY(result.recipients[1].messageId.isEmpty());
    QCOMPARE(result.recipients[1].providerStatus, QStringLiteral("INVALID"));
    QVERIFY(!result.recipients[1].errorText.isEmpty());
    QVERIFY(result.recipients[2].accepted);
    QCOMPARE(result.recipients[2].messageId, result.batchId);

    QCOMPARE(flash.journalCount(), 2);
    QSqlQuery query(flash.store().database());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT phone, sender, parts, cost, campaign, batch FROM messages ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("233201234567"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("TUMA"));
    QCOMPARE(query.value(2).toInt(), 2);
    QCOMPARE(query.value(3).toDouble(), 2.0);
    QCOMPARE(query.value(4).toString(), QStringLiteral("Welcome Campaign"));
    QCOMPARE(query.value(5).toString(), result.batchId);

    const ProviderResult<Balance> balance = flash.balance();
    VERIFY_OK(balance);
    QCOMPARE(balance.value().amount, 996.0);
}

void TestFlashSms::sendRefusesMoreRecipientsThanARequestTakes()
{
    Flash flash;
    QStringList phones;
    for (int i = 0; i < 1001; ++i)
        phones.append(QStringLiteral("+233201%1").arg(i, 6, 10, QLatin1Char('0')));
    const ProviderResult<SendResult> sent = flash.send(phones, QStringLiteral("Hi"));
    QVERIFY(!sent);
    QCOMPARE(sent.error().kind, Kind::Validation);
    QVERIFY(sent.error().message.contains(QLatin1String("1000")));
    QCOMPARE(flash.journalCount(), 0);

    phones.removeLast();
    const ProviderResult<SendResult> full = flash.send(phones, QStringLiteral("Hi"));
    VERIFY_OK(full);
    QCOMPARE(full.value().recipients.size(), 1000);
    QCOMPARE(full.value().creditsUsed.value_or(-1), double(1000));
    QCOMPARE(full.value().balanceAfter.value_or(-1), double(0));
    QCOMPARE(flash.journalCount(), 1000);
}

void TestFlashSms::statusProgressesToDelivered()
{
    Flash flash;
    QElapsedTimer sinceSend;
    sinceSend.start();
    const ProviderResult<SendResult> sent
        = flash.send({QStringLiteral("+233201234567")}, QStringLiteral("Hello from FlashSMS!"));
    VERIFY_OK(sent);
    const QString id = sent.value().batchId;

    auto status = [&] {
        return test::waitFor<MessageStatus>(
            [&](auto done) { flash.adapter->messageStatus(id, done); });
    };
    const ProviderResult<MessageStatus> first = status();
    VERIFY_OK(first);
    QCOMPARE(first.value().messageId, id);
    if (sinceSend.elapsed() < test::SandboxFixture::kSentAfterMs) {
        QCOMPARE(first.value().state, MessageState::Pending);
        QCOMPARE(first.value().providerStatus, QStringLiteral("PENDING"));
        QVERIFY(!first.value().sentAt.isValid());
    }

    QTRY_COMPARE_WITH_TIMEOUT(status().value().state, MessageState::Delivered, 5000);
    const ProviderResult<MessageStatus> last = status();
    QCOMPARE(last.value().providerStatus, QStringLiteral("DELIVERED"));
    QVERIFY(last.value().sentAt.isValid());
    QVERIFY(last.value().phone.isEmpty()); // one status for the whole send
}

void TestFlashSms::deliveryReportListsEveryRecipient()
{
    Flash flash;
    QElapsedTimer sinceSend;
    sinceSend.start();
    const ProviderResult<SendResult> sent = flash.send(
        {QStringLiteral("+233201234567"), QStringLiteral("+233241234999")}, QStringLiteral("Hi"));
    VERIFY_OK(sent);
    const QString id = sent.value().batchId;
    auto report = [&] {
        return test::waitFor<DeliveryReport>(
            [&](auto done) { flash.adapter->deliveryReport(id, done); });
    };
    const ProviderResult<DeliveryReport> first = report();
    VERIFY_OK(first);
    QCOMPARE(first.value().messageId, id);
    QCOMPARE(first.value().recipients.size(), 2);
    if (sinceSend.elapsed() < test::SandboxFixture::kSentAfterMs) {
        QCOMPARE(first.value().providerStatus, QStringLiteral("PENDING"));
        QCOMPARE(first.value().recipients[0].state, MessageState::Pending);
    }

    QTRY_COMPARE_WITH_TIMEOUT(report().value().recipients.value(1).state, MessageState::Failed,
                              5000);
    const DeliveryReport last = report().value();
    QCOMPARE(last.providerStatus, QStringLiteral("DELIVERED"));
    QCOMPARE(last.recipients[0].phone, QStringLiteral("+233201234567"));
    QCOMPARE(last.recipients[0].state, MessageState::Delivered);
    QCOMPARE(last.recipients[0].providerStatus, QStringLiteral("DELIVERED"));
    QCOMPARE(last.recipients[0].messageId, id);
    QVERIFY(last.recipients[0].sentAt.isValid());
    QCOMPARE(last.recipients[1].phone, QStringLiteral("+233241234999"));
    QCOMPARE(last.recipients[1].providerStatus, QStringLiteral("FAILED"));

    const ProviderResult<DeliveryReport> unknown = test::waitFor<DeliveryReport>(
        [&](auto done) { flash.adapter->deliveryReport(QStringLiteral("cm_nothing"), done); });
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, Kind::NotFound);
}

void TestFlashSms::scheduledSendStaysPending()
{
    Flash flash;
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(3600);
    const ProviderResult<SendResult> sent
        = flash.send({QStringLiteral("+233201234567")}, QStringLiteral("Later"), at);
    VERIFY_OK(sent);
    QVERIFY(sent.value().scheduled);
    QCOMPARE(sent.value().recipients[0].providerStatus, QStringLiteral("SCHEDULED"));
    QCOMPARE(sent.value().creditsUsed.value_or(-1), double(1));
    QTest::qWait(700);
    const ProviderResult<MessageStatus> status = test::waitFor<MessageStatus>(
        [&](auto done) { flash.adapter->messageStatus(sent.value().batchId, done); });
    VERIFY_OK(status);
    QCOMPARE(status.value().state, MessageState::Pending);
    QSqlQuery query(flash.store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT scheduled_at FROM messages")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong() / 1000, at.toMSecsSinceEpoch() / 1000);
}

void TestFlashSms::sendToRemoteGroupAndContacts()
{
    Flash flash;
    const ProviderResult<RemoteGroup> group = test::waitFor<RemoteGroup>(
        [&](auto done) { flash.adapter->createGroup(QStringLiteral("VIP Customers"), done); });
    VERIFY_OK(group);
    QList<RemoteContact> contacts;
    for (const char* phone : {"+233201234567", "+233241234567", "+233271234567"}) {
        RemoteContact contact;
        contact.phone = QString::fromLatin1(phone);
        contacts.append(contact);
    }
    VERIFY_OK(test::waitFor<RemoteImportSummary>(
        [&](auto done) { flash.adapter->importContacts(group.value().id, contacts, done); }));
    RemoteContact outsider;
    outsider.phone = QStringLiteral("+233501234567");
    const ProviderResult<RemoteContact> created = test::waitFor<RemoteContact>(
        [&](auto done) { flash.adapter->createContact(outsider, done); });
    VERIFY_OK(created);

    RemoteSendRequest request;
    request.groupIds = {group.value().id};
    request.contactIds = {created.value().id};
    request.text = QStringLiteral("Promotion for VIP customers!");
    const ProviderResult<SendResult> sent
        = test::waitFor<SendResult>([&](auto done) { flash.adapter->sendToRemote(request, done); });
    VERIFY_OK(sent);
    QVERIFY(!sent.value().batchId.isEmpty());
    QCOMPARE(sent.value().creditsUsed.value_or(-1), double(4));
    QCOMPARE(sent.value().balanceAfter.value_or(-1), double(996));
    QVERIFY(sent.value().recipients.isEmpty()); // the provider expands the group
    QCOMPARE(flash.journalCount(), 4);

    RemoteSendRequest everyone;
    everyone.allContacts = true;
    everyone.text = QStringLiteral("To all");
    const ProviderResult<SendResult> all = test::waitFor<SendResult>(
        [&](auto done) { flash.adapter->sendToRemote(everyone, done); });
    VERIFY_OK(all);
    QCOMPARE(all.value().creditsUsed.value_or(-1), double(4));

    RemoteSendRequest nothing;
    nothing.text = QStringLiteral("To nobody");
    const ProviderResult<SendResult> refused
        = test::waitFor<SendResult>([&](auto done) { flash.adapter->sendToRemote(nothing, done); });
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Kind::Validation);

    RemoteSendRequest missing;
    missing.groupIds = {QStringLiteral("grp_missing")};
    missing.text = QStringLiteral("Hi");
    const ProviderResult<SendResult> notFound
        = test::waitFor<SendResult>([&](auto done) { flash.adapter->sendToRemote(missing, done); });
    QVERIFY(!notFound);
    QCOMPARE(notFound.error().kind, Kind::NotFound);
    QCOMPARE(flash.journalCount(), 8);
}

void TestFlashSms::estimateCountsParts()
{
    Flash flash;
    const ProviderResult<ProviderEstimate> gsm = test::waitFor<ProviderEstimate>(
        [&](auto done) { flash.adapter->estimate(twoPartText(), 500, done); });
    VERIFY_OK(gsm);
    QCOMPARE(gsm.value().parts, 2);
    QCOMPARE(gsm.value().encoding, QStringLiteral("GSM-7"));
    QCOMPARE(gsm.value().creditsRequired, 1000.0);
    QCOMPARE(gsm.value().currentBalance.value_or(-1), double(1000));
    QVERIFY(gsm.value().canAfford.has_value());
    QCOMPARE(*gsm.value().canAfford, true);

    const ProviderResult<ProviderEstimate> ucs = test::waitFor<ProviderEstimate>(
        [&](auto done) { flash.adapter->estimate(QStringLiteral("Akwaaba 😊"), 1001, done); });
    VERIFY_OK(ucs);
    QCOMPARE(ucs.value().parts, 1);
    QCOMPARE(ucs.value().encoding, QStringLiteral("UCS-2"));
    QCOMPARE(ucs.value().creditsRequired, 1001.0);
    QVERIFY(ucs.value().canAfford.has_value());
    QCOMPARE(*ucs.value().canAfford, false);
    QCOMPARE(flash.journalCount(), 0); // nothing sent
    QCOMPARE(flash.balance().value().amount, 1000.0);

    for (int count : {0, 10'001}) {
        const ProviderResult<ProviderEstimate> refused = test::waitFor<ProviderEstimate>(
            [&](auto done) { flash.adapter->estimate(QStringLiteral("Hi"), count, done); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Kind::Validation);
    }
}

void TestFlashSms::historyPagesAndFilters()
{
    Flash flash;
    QStringList ids;
    QElapsedTimer sinceLast;
    for (const QString& text : {QStringLiteral("one"), QStringLiteral("two"), twoPartText()}) {
        sinceLast.start();
        const ProviderResult<SendResult> sent
            = flash.send({QStringLiteral("+233201234567"), QStringLiteral("+233241234567")}, text);
        VERIFY_OK(sent);
        ids.append(sent.value().batchId);
    }
    auto history = [&](const HistoryQuery& query) {
        return test::waitFor<HistoryPage>([&](auto done) { flash.adapter->history(query, done); });
    };
    HistoryQuery query;
    query.page = 1;
    query.limit = 2;
    const ProviderResult<HistoryPage> first = history(query);
    VERIFY_OK(first);
    QCOMPARE(first.value().page, 1);
    QCOMPARE(first.value().lastPage, 2);
    QCOMPARE(first.value().total, 3);
    QCOMPARE(first.value().entries.size(), 2);
    const HistoryEntry& newest = first.value().entries[0];
    QCOMPARE(newest.messageId, ids[2]);
    QCOMPARE(newest.recipientCount, 2);
    QCOMPARE(newest.sender, QStringLiteral("TUMA"));
    QCOMPARE(newest.text, QString(160, u'a')); // the list shows 160 characters
    QCOMPARE(newest.cost.value_or(-1), double(4));
    if (sinceLast.elapsed() < test::SandboxFixture::kSentAfterMs) {
        QCOMPARE(newest.state, MessageState::Pending);
        QCOMPARE(newest.providerStatus, QStringLiteral("PENDING"));
    }
    QVERIFY(newest.phone.isEmpty());
    QVERIFY(qAbs(newest.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    query.page = 2;
    const ProviderResult<HistoryPage> second = history(query);
    VERIFY_OK(second);
    QCOMPARE(second.value().page, 2);
    QCOMPARE(second.value().entries.size(), 1);
    QCOMPARE(second.value().entries[0].messageId, ids[0]);
    QCOMPARE(second.value().entries[0].text, QStringLiteral("one"));

    // A limit above the document's 100 is brought down to it, not refused.
    query.page = 1;
    query.limit = 500;
    QCOMPARE(history(query).value().entries.size(), 3);

    query.status = QStringLiteral("DELIVERED");
    QCOMPARE(history(query).value().entries.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(history(query).value().entries.size(), 3, 5000);
    QCOMPARE(history(query).value().entries[0].state, MessageState::Delivered);

    query.status.clear();
    query.from = QDateTime::currentDateTimeUtc().addSecs(3600);
    QCOMPARE(history(query).value().total, 0);
    query.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
    query.to = QDateTime::currentDateTimeUtc().addSecs(3600);
    QCOMPARE(history(query).value().total, 3);
}

void TestFlashSms::balanceAndTransactions()
{
    Flash flash;
    const ProviderResult<Balance> before = flash.balance();
    VERIFY_OK(before);
    QCOMPARE(before.value().amount, 1000.0);
    QCOMPARE(before.value().unit, QStringLiteral("credits"));
    QVERIFY(!before.value().smsRemaining);

    const ProviderResult<SendResult> sent = flash.send(
        {QStringLiteral("+233201234567"), QStringLiteral("+233241234567")}, twoPartText());
    VERIFY_OK(sent);

    auto transactions = [&](const TransactionQuery& query) {
        return test::waitFor<TransactionPage>(
            [&](auto done) { flash.adapter->transactions(query, done); });
    };
    TransactionQuery query;
    const ProviderResult<TransactionPage> all = transactions(query);
    VERIFY_OK(all);
    QCOMPARE(all.value().total, 2);
    QCOMPARE(all.value().page, 1);
    QCOMPARE(all.value().lastPage, 1);
    QCOMPARE(all.value().transactions.size(), 2);
    const Transaction& usage = all.value().transactions[0];
    QVERIFY(usage.id.startsWith(QLatin1String("txn_")));
    QCOMPARE(usage.type, QStringLiteral("USAGE"));
    QCOMPARE(usage.amount, -4.0);
    QCOMPARE(usage.balance, 996.0);
    QCOMPARE(usage.description, QStringLiteral("API SMS: Welcome Campaign (2 recipients)"));
    QCOMPARE(usage.reference, sent.value().batchId);
    QVERIFY(usage.createdAt.isValid());

    query.type = QStringLiteral("BONUS");
    const ProviderResult<TransactionPage> bonus = transactions(query);
    VERIFY_OK(bonus);
    QCOMPARE(bonus.value().transactions.size(), 1);
    QCOMPARE(bonus.value().transactions[0].amount, 1000.0);

    query.type.clear();
    query.limit = 1;
    query.page = 2;
    const ProviderResult<TransactionPage> paged = transactions(query);
    VERIFY_OK(paged);
    QCOMPARE(paged.value().page, 2);
    QCOMPARE(paged.value().lastPage, 2);
    QCOMPARE(paged.value().transactions[0].type, QStringLiteral("BONUS"));

    query = {};
    query.from = QDateTime::currentDateTimeUtc().addSecs(3600);
    QCOMPARE(transactions(query).value().total, 0);
}

void TestFlashSms::senderIdsAreTheApprovedOnes()
{
    Flash flash;
    const ProviderResult<QStringList> senders
        = test::waitFor<QStringList>([&](auto done) { flash.adapter->senderIds(done); });
    VERIFY_OK(senders);
    QCOMPARE(senders.value(), (QStringList {QStringLiteral("TUMA"), QStringLiteral("TUMA-TEST")}));
}

void TestFlashSms::contactsLifecycle()
{
    Flash flash;
    const ProviderResult<RemoteGroup> group = test::waitFor<RemoteGroup>(
        [&](auto done) { flash.adapter->createGroup(QStringLiteral("Newsletter"), done); });
    VERIFY_OK(group);

    RemoteContact kofi;
    kofi.phone = QStringLiteral("+233201234567");
    kofi.firstName = QStringLiteral("Kofi");
    kofi.lastName = QStringLiteral("Mensah");
    kofi.email = QStringLiteral("kofi@example.com");
    kofi.groupId = group.value().id;
    const ProviderResult<RemoteContact> created = test::waitFor<RemoteContact>(
        [&](auto done) { flash.adapter->createContact(kofi, done); });
    VERIFY_OK(created);
    QVERIFY(created.value().id.startsWith(QLatin1String("cnt_")));
    QCOMPARE(created.value().phone, kofi.phone);
    QCOMPARE(created.value().firstName, kofi.firstName);
    QCOMPARE(created.value().lastName, kofi.lastName);
    QCOMPARE(created.value().email, kofi.email);
    QCOMPARE(created.value().groupId, group.value().id);

    RemoteContact ama;
    ama.phone = QStringLiteral("+233241234567");
    ama.firstName = QStringLiteral("Ama");
    VERIFY_OK(
        test::waitFor<RemoteContact>([&](auto done) { flash.adapter->createContact(ama, done); }));

    const ProviderResult<RemoteContact> duplicate = test::waitFor<RemoteContact>(
        [&](auto done) { flash.adapter->createContact(kofi, done); });
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().kind, Kind::Validation); // a duplicate, not a bad number

    const QString id = created.value().id;
    const ProviderResult<RemoteContact> fetched
        = test::waitFor<RemoteContact>([&](auto done) { flash.adapter->contact({}, id, done); });
    VERIFY_OK(fetched);
    QCOMPARE(fetched.value().id, id);
    QCOMPARE(fetched.value().firstName, QStringLiteral("Kofi"));

    auto list = [&](const RemoteContactQuery& query) {
        return test::waitFor<RemoteContactPage>(
            [&](auto done) { flash.adapter->listContacts(query, done); });
    };
    RemoteContactQuery query;
    const ProviderResult<RemoteContactPage> all = list(query);
    VERIFY_OK(all);
    QCOMPARE(all.value().total, 2);
    QCOMPARE(all.value().contacts.size(), 2);
    QCOMPARE(all.value().contacts[1].firstName, QStringLiteral("Ama"));
    query.limit = 1;
    query.page = 2;
    const ProviderResult<RemoteContactPage> paged = list(query);
    QCOMPARE(paged.value().page, 2);
    QCOMPARE(paged.value().lastPage, 2);
    QCOMPARE(paged.value().contacts.value(0).firstName, QStringLiteral("Ama"));
    query = {};
    query.search = QStringLiteral("mensah");
    QCOMPARE(list(query).value().contacts.value(0).id, id);
    query.search = QStringLiteral("Ama & Co");
    QCOMPARE(list(query).value().total, 0);
    query.search.clear();
    query.groupId = group.value().id;
    QCOMPARE(list(query).value().total, 1);
    query.limit = 1000; // brought down to the document's 200
    QCOMPARE(list(query).value().total, 1);

    RemoteContact changed = fetched.value();
    changed.firstName = QStringLiteral("Kwame");
    changed.email.clear();
    changed.phone = QStringLiteral("+233271234567");
    const ProviderResult<RemoteContact> updated = test::waitFor<RemoteContact>(
        [&](auto done) { flash.adapter->updateContact(changed, done); });
    VERIFY_OK(updated);
    QCOMPARE(updated.value().id, id);
    QCOMPARE(updated.value().firstName, QStringLiteral("Kwame"));
    QCOMPARE(updated.value().lastName, QStringLiteral("Mensah"));
    QCOMPARE(updated.value().email, QString());
    QCOMPARE(updated.value().phone, QStringLiteral("+233271234567"));

    const ProviderResult<void> deleted
        = test::waitFor<void>([&](auto done) { flash.adapter->deleteContact({}, id, done); });
    QVERIFY(deleted.ok());
    const ProviderResult<RemoteContact> gone
        = test::waitFor<RemoteContact>([&](auto done) { flash.adapter->contact({}, id, done); });
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind, Kind::NotFound);
    const ProviderResult<void> again
        = test::waitFor<void>([&](auto done) { flash.adapter->deleteContact({}, id, done); });
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Kind::NotFound);
}

void TestFlashSms::groupsLifecycle()
{
    Flash flash;
    const ProviderResult<RemoteGroup> vip = test::waitFor<RemoteGroup>(
        [&](auto done) { flash.adapter->createGroup(QStringLiteral("VIP Customers"), done); });
    VERIFY_OK(vip);
    QVERIFY(vip.value().id.startsWith(QLatin1String("grp_")));
    QCOMPARE(vip.value().name, QStringLiteral("VIP Customers"));
    QCOMPARE(vip.value().contactCount, 0);
    QVERIFY(vip.value().createdAt.isValid());

    const ProviderResult<RemoteGroup> twice = test::waitFor<RemoteGroup>(
        [&](auto done) { flash.adapter->createGroup(QStringLiteral("VIP Customers"), done); });
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, Kind::Validation);
    QVERIFY(twice.error().providerText.contains(QLatin1String("already exists")));

    RemoteContact contact;
    contact.phone = QStringLiteral("+233201234567");
    contact.groupId = vip.value().id;
    const ProviderResult<RemoteContact> member = test::waitFor<RemoteContact>(
        [&](auto done) { flash.adapter->createContact(contact, done); });
    VERIFY_OK(member);

    const ProviderResult<QList<RemoteGroup>> groups
        = test::waitFor<QList<RemoteGroup>>([&](auto done) { flash.adapter->listGroups(done); });
    VERIFY_OK(groups);
    QCOMPARE(groups.value().size(), 1);
    QCOMPARE(groups.value()[0].id, vip.value().id);
    QCOMPARE(groups.value()[0].contactCount, 1);

    const ProviderResult<RemoteGroup> one = test::waitFor<RemoteGroup>(
        [&](auto done) { flash.adapter->group(vip.value().id, done); });
    VERIFY_OK(one);
    QCOMPARE(one.value().name, QStringLiteral("VIP Customers"));
    QCOMPARE(one.value().contactCount, 1);

    const ProviderResult<void> rename = test::waitFor<void>([&](auto done) {
        flash.adapter->renameGroup(vip.value().id, QStringLiteral("VIPs"), done);
    });
    QVERIFY(!rename.ok());
    QCOMPARE(rename.error().kind, Kind::Unsupported);

    QVERIFY(test::waitFor<void>([&](auto done) {
                flash.adapter->deleteGroup(vip.value().id, done);
            }).ok());
    QCOMPARE(test::waitFor<QList<RemoteGroup>>([&](auto done) { flash.adapter->listGroups(done); })
                 .value()
                 .size(),
             0);
    // Its contacts stay.
    const ProviderResult<RemoteContact> kept = test::waitFor<RemoteContact>(
        [&](auto done) { flash.adapter->contact({}, member.value().id, done); });
    VERIFY_OK(kept);
    QVERIFY(kept.value().groupId.isEmpty());
    const ProviderResult<RemoteGroup> missing = test::waitFor<RemoteGroup>(
        [&](auto done) { flash.adapter->group(vip.value().id, done); });
    QCOMPARE(missing.error().kind, Kind::NotFound);
    const ProviderResult<void> deletedTwice
        = test::waitFor<void>([&](auto done) { flash.adapter->deleteGroup(vip.value().id, done); });
    QCOMPARE(deletedTwice.error().kind, Kind::NotFound);
}

void TestFlashSms::importSummarisesAndSplitsLargeImports()
{
    Flash flash;
    const ProviderResult<RemoteGroup> group = test::waitFor<RemoteGroup>(
        [&](auto done) { flash.adapter->createGroup(QStringLiteral("Imported"), done); });
    VERIFY_OK(group);
    RemoteContact existing;
    existing.phone = QStringLiteral("+233201234567");
    VERIFY_OK(test::waitFor<RemoteContact>(
        [&](auto done) { flash.adapter->createContact(existing, done); }));

    QList<RemoteContact> contacts;
    for (const char* phone : {"+233201234567", "+233241234567", "+2331", "+233271234567"}) {
        RemoteContact contact;
        contact.phone = QString::fromLatin1(phone);
        contact.firstName = QStringLiteral("Ama");
        contacts.append(contact);
    }
    const ProviderResult<RemoteImportSummary> summary = test::waitFor<RemoteImportSummary>(
        [&](auto done) { flash.adapter->importContacts(group.value().id, contacts, done); });
    VERIFY_OK(summary);
    QCOMPARE(summary.value().imported, 3);
    QCOMPARE(summary.value().created, 2);
    QCOMPARE(summary.value().skipped, 1);
    QCOMPARE(summary.value().invalid, 1);
    QCOMPARE(summary.value().total, 4);
    // The skipped contact joined the group too.
    RemoteContactQuery query;
    query.groupId = group.value().id;
    QCOMPARE(test::waitFor<RemoteContactPage>(
                 [&](auto done) { flash.adapter->listContacts(query, done); })
                 .value()
                 .total,
             3);

    // Past the document's 10,000 per request: two requests, one summary.
    QList<RemoteContact> many;
    for (int i = 0; i < 10'005; ++i) {
        RemoteContact contact;
        contact.phone = QStringLiteral("+23324%1").arg(i, 7, 10, QLatin1Char('0'));
        many.append(contact);
    }
    many.append(existing);
    const ProviderResult<RemoteImportSummary> large = test::waitFor<RemoteImportSummary>(
        [&](auto done) { flash.adapter->importContacts({}, many, done); }, 60'000);
    VERIFY_OK(large);
    QCOMPARE(large.value().total, 10'006);
    QCOMPARE(large.value().created, 10'005);
    QCOMPARE(large.value().skipped, 1); // `existing`, in the second request
    QCOMPARE(large.value().imported, 10'006);
    QCOMPARE(large.value().invalid, 0);
}

void TestFlashSms::templatesLifecycle()
{
    Flash flash;
    // What the provider itself keeps, read past the adapter.
    const auto storedContent = [&flash] {
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(flash.fixture.account(ProviderKind::FlashSms).baseUrl.toString()
                 + QStringLiteral("/templates")));
        request.setRawHeader("Authorization",
                             "Bearer "
                                 + flash.fixture.account(ProviderKind::FlashSms).secret.toUtf8());
        QNetworkReply* reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10'000);
        const QByteArray body = reply->readAll();
        delete reply;
        QStringList contents;
        const QJsonValue data
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("data"));
        const QJsonArray list = data.isArray()
            ? data.toArray()
            : data.toObject().value(QStringLiteral("templates")).toArray();
        for (const QJsonValue& item : list)
            contents.append(item[QStringLiteral("content")].toString());
        return contents;
    };

    // Callers speak Tuma's placeholders; the provider gets and keeps its own.
    RemoteTemplate welcome;
    welcome.name = QStringLiteral("Welcome Message");
    welcome.content = QStringLiteral("Hi <<name|friend>>, welcome to our platform!");
    const ProviderResult<RemoteTemplate> created = test::waitFor<RemoteTemplate>(
        [&](auto done) { flash.adapter->createTemplate(welcome, done); });
    VERIFY_OK(created);
    QVERIFY(created.value().id.startsWith(QLatin1String("tpl_")));
    QCOMPARE(created.value().name, welcome.name);
    // A default has no FlashSMS form: what comes back is what the provider keeps.
    QCOMPARE(created.value().content, QStringLiteral("Hi <<name>>, welcome to our platform!"));
    QCOMPARE(storedContent(),
             QStringList {QStringLiteral("Hi {{name}}, welcome to our platform!")});

    const ProviderResult<RemoteTemplate> clash = test::waitFor<RemoteTemplate>(
        [&](auto done) { flash.adapter->createTemplate(welcome, done); });
    QCOMPARE(clash.error().kind, Kind::Validation);

    RemoteTemplate changed = created.value();
    changed.content = QStringLiteral("Hello <<name>>, 50% off \\<<today>>!");
    const ProviderResult<RemoteTemplate> updated = test::waitFor<RemoteTemplate>(
        [&](auto done) { flash.adapter->updateTemplate(changed, done); });
    VERIFY_OK(updated);
    QCOMPARE(updated.value().id, changed.id);
    QCOMPARE(storedContent(), QStringList {QStringLiteral("Hello {{name}}, 50% off <<today>>!")});

    const ProviderResult<QList<RemoteTemplate>> list = test::waitFor<QList<RemoteTemplate>>(
        [&](auto done) { flash.adapter->listTemplates(done); });
    VERIFY_OK(list);
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(list.value()[0].id, changed.id);
    QCOMPARE(list.value()[0].name, QStringLiteral("Welcome Message"));
    QCOMPARE(list.value()[0].content, changed.content);

    QVERIFY(test::waitFor<void>([&](auto done) {
                flash.adapter->deleteTemplate(changed.id, done);
            }).ok());
    QVERIFY(
        test::waitFor<QList<RemoteTemplate>>([&](auto done) { flash.adapter->listTemplates(done); })
            .value()
            .isEmpty());
    const ProviderResult<RemoteTemplate> gone = test::waitFor<RemoteTemplate>(
        [&](auto done) { flash.adapter->updateTemplate(changed, done); });
    QCOMPARE(gone.error().kind, Kind::NotFound);
}

void TestFlashSms::templatePlaceholdersConvert_data()
{
    QTest::addColumn<QString>("tuma");
    QTest::addColumn<QString>("flash");
    QTest::addColumn<bool>("roundTrip"); // flash -> tuma gives `tuma` back
    QTest::newRow("plain") << QStringLiteral("Hello there") << QStringLiteral("Hello there")
                           << true;
    QTest::newRow("one") << QStringLiteral("Hi <<name>>!") << QStringLiteral("Hi {{name}}!")
                         << true;
    QTest::newRow("several") << QStringLiteral("<<first_name>> <<last_name>>: <<balance>>")
                             << QStringLiteral("{{first_name}} {{last_name}}: {{balance}}") << true;
    QTest::newRow("spaces") << QStringLiteral("Hi << name >>") << QStringLiteral("Hi {{name}}")
                            << false;
    QTest::newRow("default dropped") << QStringLiteral("Hi <<name|Customer>>, <<city | Accra>>")
                                     << QStringLiteral("Hi {{name}}, {{city}}") << false;
    QTest::newRow("escaped") << QStringLiteral("a \\<<b>> c") << QStringLiteral("a <<b>> c")
                             << true;
    QTest::newRow("empty name") << QStringLiteral("<<>> and <<|x>>")
                                << QStringLiteral("<<>> and <<|x>>") << false;
    QTest::newRow("unicode") << QStringLiteral("Ɛte sɛn <<name>>?")
                             << QStringLiteral("Ɛte sɛn {{name}}?") << true;
}

void TestFlashSms::templatePlaceholdersConvert()
{
    QFETCH(QString, tuma);
    QFETCH(QString, flash);
    QFETCH(bool, roundTrip);
    QCOMPARE(FlashSmsAdapter::toFlashSmsTemplate(tuma), flash);
    if (roundTrip)
        QCOMPARE(FlashSmsAdapter::fromFlashSmsTemplate(flash), tuma);
    QCOMPARE(FlashSmsAdapter::fromFlashSmsTemplate(QStringLiteral("Hi {{ name }} and {{x}}")),
             QStringLiteral("Hi <<name>> and <<x>>"));
    QCOMPARE(FlashSmsAdapter::fromFlashSmsTemplate(QStringLiteral("{{}} {{ }} {name}")),
             QStringLiteral("{{}} {{ }} {name}"));
}

void TestFlashSms::wrongKeyIsAuthentication()
{
    Flash flash(QStringLiteral("bms_live_wrong"));
    const ProviderResult<Balance> balance = flash.balance();
    QVERIFY(!balance);
    QCOMPARE(balance.error().kind, Kind::Authentication);
    QCOMPARE(balance.error().httpStatus, 401);
    QCOMPARE(balance.error().providerText, QStringLiteral("Invalid or expired API key"));
    const ProviderResult<SendResult> sent
        = flash.send({QStringLiteral("+233201234567")}, QStringLiteral("Hi"));
    QCOMPARE(sent.error().kind, Kind::Authentication);
    QCOMPARE(flash.journalCount(), 0);
}

void TestFlashSms::simulatorTakesTheAlternativeHeader()
{
    Flash flash;
    HttpRequest request;
    request.url = flash.fixture.server().baseUrl(ProviderKind::FlashSms);
    request.url.setPath(request.url.path() + QStringLiteral("/balance"));
    request.headers.append({QByteArray("X-API-Key"), QByteArray("bms_test_sandbox")});
    std::optional<Result<HttpResponse, HttpError>> answer;
    flash.adapter->http().send(request, [&](Result<HttpResponse, HttpError> result) {
        answer.emplace(std::move(result));
    });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->ok());
    QCOMPARE(answer->value().status, 200);
    const QJsonObject body = QJsonDocument::fromJson(answer->value().body).object();
    QCOMPARE(body.value(QStringLiteral("success")).toBool(), true);
    QCOMPARE(
        body.value(QStringLiteral("data")).toObject().value(QStringLiteral("balance")).toDouble(),
        1000.0);
}

void TestFlashSms::readOnlyKeyLacksPermission()
{
    Flash flash(QStringLiteral("bms_test_readonly"));
    VERIFY_OK(flash.balance());
    const ProviderResult<HistoryPage> history
        = test::waitFor<HistoryPage>([&](auto done) { flash.adapter->history({}, done); });
    VERIFY_OK(history);

    const ProviderResult<SendResult> sent
        = flash.send({QStringLiteral("+233201234567")}, QStringLiteral("Hi"));
    QVERIFY(!sent);
    QCOMPARE(sent.error().kind, Kind::Permission);
    QCOMPARE(sent.error().httpStatus, 403);
    QVERIFY(sent.error().providerText.contains(QLatin1String("sms:send")));
    QCOMPARE(flash.journalCount(), 0);

    const ProviderResult<QList<RemoteGroup>> groups
        = test::waitFor<QList<RemoteGroup>>([&](auto done) { flash.adapter->listGroups(done); });
    QCOMPARE(groups.error().kind, Kind::Permission);
    const ProviderResult<QStringList> senders
        = test::waitFor<QStringList>([&](auto done) { flash.adapter->senderIds(done); });
    QCOMPARE(senders.error().kind, Kind::Permission);
}

void TestFlashSms::providerErrorsThroughTheSimulator()
{
    Flash flash;
    // 402: 200 recipients x 6 parts = 1,200 credits of 1,000.
    QStringList phones;
    for (int i = 0; i < 200; ++i)
        phones.append(QStringLiteral("+233201%1").arg(i, 6, 10, QLatin1Char('0')));
    const ProviderResult<SendResult> poor = flash.send(phones, QString(918, u'x'));
    QVERIFY(!poor);
    QCOMPARE(poor.error().kind, Kind::InsufficientCredit);
    QCOMPARE(poor.error().httpStatus, 402);
    QVERIFY(poor.error().providerText.contains(QLatin1String("Insufficient")));

    // 404: an unknown message id.
    const ProviderResult<MessageStatus> unknown = test::waitFor<MessageStatus>(
        [&](auto done) { flash.adapter->messageStatus(QStringLiteral("cm_unknown"), done); });
    QCOMPARE(unknown.error().kind, Kind::NotFound);
    QCOMPARE(unknown.error().httpStatus, 404);

    // 400 for bad phone numbers only: InvalidRecipient.
    const ProviderResult<SendResult> invalid = flash.send(
        {QStringLiteral("+2331"), QStringLiteral("+254712345678")}, QStringLiteral("Hi"));
    QCOMPARE(invalid.error().kind, Kind::InvalidRecipient);
    QCOMPARE(invalid.error().httpStatus, 400);

    // 400 for another parameter: Validation.
    SendRequest request;
    request.recipients = {{QStringLiteral("+233201234567"), {}, {}}};
    request.text = QStringLiteral("Hi");
    request.senderId = QStringLiteral("NOT-APPROVED");
    const ProviderResult<SendResult> sender
        = test::waitFor<SendResult>([&](auto done) { flash.adapter->send(request, done); });
    QCOMPARE(sender.error().kind, Kind::Validation);
    QVERIFY(sender.error().providerText.contains(QLatin1String("NOT-APPROVED")));
    QCOMPARE(flash.journalCount(), 0);
    QCOMPARE(flash.balance().value().amount, 1000.0);
}

void TestFlashSms::errorMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("retryAfter");
    auto row = [](const char* name, int status, const char* body, Kind kind, int retry = -1) {
        QTest::newRow(name) << status << QByteArray(body) << static_cast<int>(kind) << retry;
    };
    row("400 parameter", 400, R"({"success":false,"error":"message is required"})",
        Kind::Validation);
    row("400 phone", 400, R"({"success":false,"error":"Invalid phone number"})",
        Kind::InvalidRecipient);
    row("400 recipients", 400, R"({"success":false,"error":"No valid recipients"})",
        Kind::InvalidRecipient);
    row("401", 401, R"({"success":false,"error":"Invalid or expired API key"})",
        Kind::Authentication);
    row("402", 402, R"({"success":false,"error":"Insufficient credits"})",
        Kind::InsufficientCredit);
    row("403", 403, R"({"success":false,"error":"API key lacks the required permission"})",
        Kind::Permission);
    row("404", 404, R"({"success":false,"error":"Message not found"})", Kind::NotFound);
    row("429", 429, R"({"success":false,"error":"Rate limit exceeded"})", Kind::RateLimited, 30);
    row("500", 500, R"({"success":false,"error":"Internal server error"})", Kind::Server);
    row("502 html", 502, "<html><body>Bad Gateway</body></html>", Kind::Server);
    row("503 empty", 503, "", Kind::Server);
    row("401 plain text", 401, "Unauthorized", Kind::Authentication);
    row("error object", 400, R"({"success":false,"error":{"message":"Bad scheduleDate"}})",
        Kind::Validation);
    row("200 success false", 200, R"({"success":false,"error":"Insufficient credits"})",
        Kind::InsufficientCredit);
    row("200 success false key", 200, R"({"success":false,"error":"Invalid API key"})",
        Kind::Authentication);
}

void TestFlashSms::errorMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(int, retryAfter);
    HttpResponse response;
    response.status = status;
    response.body = body;
    if (status == 429)
        response.headers.append({QByteArray("retry-after"), QByteArray("30")});
    const ProviderError error = FlashSmsAdapter::errorFor(response);
    QCOMPARE(ProviderError::kindName(error.kind), ProviderError::kindName(static_cast<Kind>(kind)));
    QCOMPARE(error.retryAfterSeconds, retryAfter);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(!error.message.isEmpty());
    if (body.startsWith('{')) {
        const QJsonValue text
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("error"));
        QCOMPARE(error.providerText,
                 text.isObject() ? text.toObject().value(QStringLiteral("message")).toString()
                                 : text.toString());
    }
}

void TestFlashSms::faultsMapToKinds_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<bool>("submission"); // a send, or a balance query
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("rate-limit send")
        << QStringLiteral("send:rate-limit=7") << true << int(Kind::RateLimited) << 7;
    QTest::newRow("rate-limit balance")
        << QStringLiteral("balance:rate-limit=3") << false << int(Kind::RateLimited) << 3;
    QTest::newRow("server-error send")
        << QStringLiteral("send:server-error") << true << int(Kind::Server) << -1;
    QTest::newRow("server-error balance")
        << QStringLiteral("balance:server-error") << false << int(Kind::Server) << -1;
    // A gateway's page: the provider behind it may have taken the message.
    QTest::newRow("html send") << QStringLiteral("send:html") << true
                               << int(Kind::AmbiguousSubmission) << -1;
    QTest::newRow("html balance") << QStringLiteral("*:html") << false << int(Kind::Server) << -1;
    QTest::newRow("malformed send")
        << QStringLiteral("send:malformed") << true << int(Kind::AmbiguousSubmission) << -1;
    QTest::newRow("malformed balance")
        << QStringLiteral("balance:malformed") << false << int(Kind::Server) << -1;
}

void TestFlashSms::faultsMapToKinds()
{
    QFETCH(QString, faults);
    QFETCH(bool, submission);
    QFETCH(int, kind);
    QFETCH(int, retryAfter);
    Flash flash;
    flash.fixture.setFaults(faults);
    ProviderError error;
    if (submission) {
        const ProviderResult<SendResult> sent
            = flash.send({QStringLiteral("+233201234567")}, QStringLiteral("Hi"));
        QVERIFY(!sent);
        error = sent.error();
    } else {
        const ProviderResult<Balance> balance = flash.balance();
        QVERIFY(!balance);
        error = balance.error();
    }
    QCOMPARE(ProviderError::kindName(error.kind), ProviderError::kindName(static_cast<Kind>(kind)));
    QCOMPARE(error.retryAfterSeconds, retryAfter);
    QVERIFY(!error.message.isEmpty());
    if (faults.contains(QLatin1String("html"))) {
        QCOMPARE(error.httpStatus, 502);
        QVERIFY2(error.message.contains(QLatin1String(submission ? "cannot tell" : "web page")),
                 qPrintable(error.message));
        QVERIFY(error.providerText.contains(QLatin1String("Bad Gateway")));
    }
    if (faults.contains(QLatin1String("rate-limit")) || faults.contains(QLatin1String("server")))
        QVERIFY(!error.providerText.isEmpty());
    if (kind == int(Kind::Server) && faults.contains(QLatin1String("malformed")))
        QVERIFY(error.message.contains(QLatin1String("cut off")));
    // These faults answer in place of the simulator: nothing was carried out.
    QCOMPARE(flash.journalCount(), 0);
}

void TestFlashSms::slowAnswerTimesOutForQueries()
{
    Flash flash;
    flash.fixture.setFaults(QStringLiteral("balance:slow=3000,status:slow=3000"));
    NetworkClient::Options options = flash.adapter->http().options();
    options.totalTimeoutMs = 300;
    flash.adapter->http().setOptions(options);
    QElapsedTimer timer;
    timer.start();
    const ProviderResult<Balance> balance = flash.balance();
    QVERIFY(!balance);
    QCOMPARE(balance.error().kind, Kind::Timeout);
    QVERIFY(timer.elapsed() < 2500);
    const ProviderResult<MessageStatus> status = test::waitFor<MessageStatus>(
        [&](auto done) { flash.adapter->messageStatus(QStringLiteral("cm_x"), done); });
    QCOMPARE(status.error().kind, Kind::Timeout);
}

void TestFlashSms::droppedSendIsAmbiguousAndJournaledOnce()
{
    Flash flash;
    flash.fixture.setFaults(QStringLiteral("send:drop*1"));
    const ProviderResult<SendResult> sent
        = flash.send({QStringLiteral("+233201234567")}, QStringLiteral("Hi"));
    QVERIFY(!sent);
    QCOMPARE(sent.error().kind, Kind::AmbiguousSubmission);
    QTest::qWait(300); // anything sent a second time would arrive by now
    QCOMPARE(flash.journalCount(), 1);
    QCOMPARE(flash.balance().value().amount, 999.0);

    // A slow send past the client's timeout is just as ambiguous.
    flash.fixture.setFaults(QStringLiteral("send:slow=2000*1"));
    NetworkClient::Options options = flash.adapter->http().options();
    options.totalTimeoutMs = 300;
    flash.adapter->http().setOptions(options);
    const ProviderResult<SendResult> slow
        = flash.send({QStringLiteral("+233241234567")}, QStringLiteral("Hi"));
    QCOMPARE(slow.error().kind, Kind::AmbiguousSubmission);
    // Whether the simulator still carries it out once the client has gone is its own
    // business; the adapter never sends it a second time.
    QTest::qWait(2500);
    QVERIFY(flash.journalCount() <= 2);
}

void TestFlashSms::withoutSpacingTheProviderRateLimits()
{
    // The simulator's window at the fixture's timing is 6 s (30 x the 200 ms "sent" delay).
    Flash flash;
    flash.adapter->setRateLimit(1000, 6000);
    int answered = 0;
    int limited = 0;
    int retryAfter = -1;
    for (int i = 0; i < 110; ++i) {
        flash.adapter->balance([&](ProviderResult<Balance> result) {
            ++answered;
            if (!result && result.error().kind == Kind::RateLimited) {
                ++limited;
                retryAfter = result.error().retryAfterSeconds;
            }
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 110, 10'000);
    QCOMPARE(limited, 10);
    QVERIFY(retryAfter >= 1 && retryAfter <= 6);
}

void TestFlashSms::requestsAreSpacedToTheRateLimit()
{
    Flash flash;
    flash.adapter->setRateLimit(100, 6000);
    int succeeded = 0;
    int failed = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 150; ++i) {
        flash.adapter->balance([&](ProviderResult<Balance> result) {
            if (result)
                ++succeeded;
            else
                ++failed;
        });
    }
    // None of them waits in the caller: the adapter queues and answers later.
    QCOMPARE(succeeded + failed, 0);
    QCOMPARE(flash.adapter->queuedRequests(), 50);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded, 100, 5000);
    QCOMPARE(flash.adapter->queuedRequests(), 50);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded + failed, 150, 15'000);
    QCOMPARE(failed, 0);
    QVERIFY(timer.elapsed() >= 6000);
    QCOMPARE(flash.adapter->queuedRequests(), 0);
}

void TestFlashSms::accountWithoutAddressIsAConfigurationError()
{
    ProviderAccount account;
    account.provider = ProviderKind::FlashSms;
    account.secret = QStringLiteral("bms_live_x");
    FlashSmsAdapter adapter(account);
    bool answeredInline = false;
    bool answered = false;
    adapter.balance([&](ProviderResult<Balance> result) {
        answered = true;
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Configuration);
        QVERIFY(result.error().message.contains(QLatin1String("address")));
    });
    answeredInline = answered;
    QVERIFY(!answeredInline); // answered asynchronously, as every call
    QTRY_VERIFY(answered);
}

QTEST_GUILESS_MAIN(TestFlashSms)
#include "tst_flashsms.moc"
