// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"
#include "providers/NetworkClient.h"
#include "providers/quickflow/QuickFlowAdapter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtTest>

using namespace tuma;
using namespace tuma::test;
using Kind = ProviderError::Kind;

namespace {

const QString kPhone = QStringLiteral("+254712345678");
const QString kPhone2 = QStringLiteral("+254722000111");
const QString kFailing = QStringLiteral("+254712345999");

QString kindOf(const ProviderError& error)
{
    return ProviderError::kindName(error.kind);
}

QString kindName(Kind kind)
{
    return ProviderError::kindName(kind);
}

SendRequest sendRequest(const QStringList& phones, const QString& text)
{
    SendRequest request;
    request.text = text;
    for (const QString& phone : phones)
        request.recipients.append({phone, text, {}});
    return request;
}

// One raw request to the simulator, to check the wire format the document shows.
HttpResponse rawGet(NetworkClient& http, const QUrl& url, const QByteArray& authorization)
{
    HttpRequest request;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Authorization"), authorization});
    std::optional<HttpResponse> response;
    QEventLoop loop;
    http.send(request, [&](Result<HttpResponse, HttpError> result) {
        if (result)
            response = result.value();
        loop.quit();
    });
    if (!response) {
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return response.value_or(HttpResponse {});
}

} // namespace

class TestQuickFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void capabilitiesAreTruthful();
    void sendsOneMessageAndFollowsItToDelivery();
    void sendsToManyWithOutcomePerRecipient();
    void chargesThePartsOfAMessage_data();
    void chargesThePartsOfAMessage();
    void schedulesInEastAfricaTime();
    void historyPagesAsDocumented();
    void balanceIsAskedPerSender();
    void callsWithoutASenderSayWhatToDo();
    void topUpCreditsTheBalanceLater();
    void topUpRefusals_data();
    void topUpRefusals();
    void groupsAndContactsRoundTrip();
    void campaignGoesToTheGroup();
    void campaignRefusals();
    void providerRefusalsMapToKinds();
    void wrongCredentialsAreAuthentication();
    void faults_data();
    void faults();
    void slowQueryTimesOut();
    void droppedSendIsAmbiguousAndJournaledOnce();
    void droppedTopUpIsAmbiguous();
    void errorMapping_data();
    void errorMapping();
    void statusWords_data();
    void statusWords();
    void sendAnswersAreReadDefensively();

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<ProviderAdapter> m_adapter;

    ProviderAccount account() const { return m_fixture->account(ProviderKind::QuickFlow); }
    sandbox::SandboxStore& store() { return m_fixture->server().store(); }
    double storedBalance()
    {
        return store().balance(QStringLiteral("quickflow"),
                               QStringLiteral("sandbox_key:sandbox_secret"));
    }
    ProviderResult<SendResult> send(const SendRequest& request)
    {
        return waitFor<SendResult>([&](auto done) { m_adapter->send(request, done); });
    }
    ProviderResult<Balance> balance()
    {
        return waitFor<Balance>([&](auto done) { m_adapter->balance(done); });
    }
    MessageState stateOf(const QString& id)
    {
        const ProviderResult<MessageStatus> status
            = waitFor<MessageStatus>([&](auto done) { m_adapter->messageStatus(id, done); });
        return status ? status.value().state : MessageState::Unknown;
    }
};

void TestQuickFlow::init()
{
    m_fixture = std::make_unique<SandboxFixture>();
    m_adapter = m_fixture->adapter(account());
    QVERIFY(m_adapter);
}

void TestQuickFlow::cleanup()
{
    m_adapter.reset();
    m_fixture.reset();
}

void TestQuickFlow::capabilitiesAreTruthful()
{
    const Capabilities caps = m_adapter->capabilities();
    QCOMPARE(m_adapter->kind(), ProviderKind::QuickFlow);
    QCOMPARE(caps.maxRecipientsPerRequest, 500);
    QCOMPARE(caps.batchShape, Capabilities::BatchShape::SharedBody);
    QVERIFY(caps.messageIds);
    QVERIFY(caps.statusPolling);
    QVERIFY(caps.history);
    QVERIFY(caps.balance);
    QVERIFY(caps.balancePerSender);
    QVERIFY(caps.topUp);
    QVERIFY(caps.remoteContacts);
    QVERIFY(caps.remoteGroups);
    QVERIFY(caps.remoteGroupRename);
    QVERIFY(caps.sendToRemoteGroup);
    QVERIFY(caps.providerScheduling);
    QVERIFY(caps.senderRequired);
    QVERIFY(!caps.clientReference);
    QVERIFY(!caps.deliveryCallback);
    QVERIFY(!caps.deliveryReportPerRecipient);
    QVERIFY(!caps.remoteContactImport);
    QVERIFY(!caps.templates);
    QVERIFY(!caps.senderIdList);
    QVERIFY(!caps.costEstimate);
    QVERIFY(!caps.transactions);
    // What it does not have answers Unsupported.
    const ProviderResult<QStringList> senders
        = waitFor<QStringList>([&](auto done) { m_adapter->senderIds(done); });
    QVERIFY(!senders);
    QCOMPARE(kindOf(senders.error()), kindName(Kind::Unsupported));
}

void TestQuickFlow::sendsOneMessageAndFollowsItToDelivery()
{
    const ProviderResult<Balance> before = balance();
    QVERIFY(before);
    QCOMPARE(before.value().amount, 1000.0);
    QCOMPARE(before.value().unit, QStringLiteral("credits"));
    QVERIFY(!before.value().smsRemaining);

    QElapsedTimer sinceSend;
    sinceSend.start();
    const ProviderResult<SendResult> sent = send(sendRequest({kPhone}, QStringLiteral("Habari!")));
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().providerText));
    const SendResult& result = sent.value();
    QCOMPARE(result.recipients.size(), 1);
    const RecipientOutcome& outcome = result.recipients.first();
    QCOMPARE(outcome.phone, kPhone);
    QVERIFY(outcome.accepted);
    QVERIFY(outcome.messageId.startsWith(QStringLiteral("msg_")));
    QCOMPARE(outcome.providerStatus, QStringLiteral("queued"));
    QVERIFY(outcome.errorText.isEmpty());
    QVERIFY(result.batchId.isEmpty());
    QCOMPARE(result.creditsUsed, std::optional<double>(1));
    QCOMPARE(result.balanceAfter, std::optional<double>(999));
    QVERIFY(!result.scheduled);

    // What the provider received: digits, the default sender, the text.
    QCOMPARE(store().journalCount(QStringLiteral("quickflow")), 1);
    QSqlQuery row(store().database());
    QVERIFY(row.exec(QStringLiteral("SELECT uid, phone, sender, body, parts FROM messages")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), outcome.messageId);
    QCOMPARE(row.value(1).toString(), kPhone);
    QCOMPARE(row.value(2).toString(), QStringLiteral("TUMA"));
    QCOMPARE(row.value(3).toString(), QStringLiteral("Habari!"));
    QCOMPARE(row.value(4).toInt(), 1);
    QCOMPARE(balance().value().amount, 999.0);

    const ProviderResult<MessageStatus> first = waitFor<MessageStatus>(
        [&](auto done) { m_adapter->messageStatus(outcome.messageId, done); });
    QVERIFY(first);
    QCOMPARE(first.value().messageId, outcome.messageId);
    QCOMPARE(first.value().phone, kPhone);
    QVERIFY(first.value().sentAt.isValid());
    QVERIFY(qAbs(first.value().sentAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    // Not delivered yet, unless a loaded machine took longer than the simulator's delays.
    if (sinceSend.elapsed() < SandboxFixture::kSentAfterMs + SandboxFixture::kDeliveredAfterMs) {
        QVERIFY2(first.value().state == MessageState::Pending
                     || first.value().state == MessageState::Sent,
                 qPrintable(messageStateName(first.value().state)));
    }

    QTRY_COMPARE_WITH_TIMEOUT(messageStateName(stateOf(outcome.messageId)),
                              messageStateName(MessageState::Delivered), 5000);
    const ProviderResult<MessageStatus> last = waitFor<MessageStatus>(
        [&](auto done) { m_adapter->messageStatus(outcome.messageId, done); });
    QCOMPARE(last.value().providerStatus, QStringLiteral("success"));

    // An id the provider does not know.
    const ProviderResult<MessageStatus> unknown = waitFor<MessageStatus>(
        [&](auto done) { m_adapter->messageStatus(QStringLiteral("msg_nothere"), done); });
    QVERIFY(!unknown);
    QCOMPARE(kindOf(unknown.error()), kindName(Kind::NotFound));
    QVERIFY(unknown.error().providerText.contains(QStringLiteral("msg_nothere")));
}

void TestQuickFlow::sendsToManyWithOutcomePerRecipient()
{
    SendRequest request
        = sendRequest({kPhone, QStringLiteral("+12"), kFailing, kPhone2}, QStringLiteral("Hi"));
    request.senderId = QStringLiteral("TUMA-TEST");
    const ProviderResult<SendResult> sent = send(request);
    QVERIFY(sent);
    const SendResult& result = sent.value();
    QVERIFY(result.batchId.startsWith(QStringLiteral("qf_")));
    QCOMPARE(result.creditsUsed, std::optional<double>(3));
    QCOMPARE(result.balanceAfter, std::optional<double>(997));
    QCOMPARE(result.recipients.size(), 4);
    QStringList ids;
    for (int i : {0, 2, 3}) {
        const RecipientOutcome& outcome = result.recipients[i];
        QVERIFY(outcome.accepted);
        QVERIFY(outcome.messageId.startsWith(QStringLiteral("msg_")));
        QCOMPARE(outcome.providerStatus, QStringLiteral("queued"));
        ids.append(outcome.messageId);
    }
    QCOMPARE(result.recipients[0].phone, kPhone);
    QCOMPARE(result.recipients[2].phone, kFailing);
    QCOMPARE(result.recipients[3].phone, kPhone2);
    const RecipientOutcome& refused = result.recipients[1];
    QCOMPARE(refused.phone, QStringLiteral("+12"));
    QVERIFY(!refused.accepted);
    QVERIFY(refused.messageId.isEmpty());
    QCOMPARE(refused.providerStatus, QStringLiteral("failed"));
    QCOMPARE(refused.errorText, QStringLiteral("Invalid phone number"));
    QCOMPARE(ids.removeDuplicates(), 0);
    QCOMPARE(store().journalCount(QStringLiteral("quickflow")), 3);

    // Numbers ending in 999 fail; the others are delivered.
    QTRY_COMPARE_WITH_TIMEOUT(messageStateName(stateOf(ids[1])),
                              messageStateName(MessageState::Failed), 5000);
    QCOMPARE(stateOf(ids[0]), MessageState::Delivered);
    QCOMPARE(stateOf(ids[2]), MessageState::Delivered);
}

void TestQuickFlow::chargesThePartsOfAMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("parts");
    QTest::newRow("GSM-7, 160") << QString(160, u'a') << 1;
    QTest::newRow("GSM-7, 161") << QString(161, u'a') << 2;
    QTest::newRow("GSM-7, 307") << QString(307, u'a') << 3;
    QTest::newRow("UCS-2, 70") << QString(69, u'a') + QStringLiteral("ŵ") << 1;
    QTest::newRow("UCS-2, 71") << QString(70, u'a') + QStringLiteral("ŵ") << 2;
}

void TestQuickFlow::chargesThePartsOfAMessage()
{
    QFETCH(QString, text);
    QFETCH(int, parts);
    const ProviderResult<SendResult> sent = send(sendRequest({kPhone, kPhone2}, text));
    QVERIFY(sent);
    QCOMPARE(sent.value().creditsUsed, std::optional<double>(2 * parts));
    QCOMPARE(balance().value().amount, 1000.0 - 2 * parts);
    QCOMPARE(storedBalance(), 1000.0 - 2 * parts);
    QSqlQuery row(store().database());
    QVERIFY(row.exec(QStringLiteral("SELECT parts, body FROM messages")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toInt(), parts);
    QCOMPARE(row.value(1).toString(), text);
}

void TestQuickFlow::schedulesInEastAfricaTime()
{
    QCOMPARE(
        QuickFlowAdapter::scheduleTimeText(QDateTime(QDate(2025, 1, 31), QTime(9, 0), Qt::UTC)),
        QStringLiteral("2025-01-31 12:00:00"));
    QCOMPARE(QuickFlowAdapter::scheduleTimeText(
                 QDateTime(QDate(2025, 12, 31), QTime(22, 30, 15), Qt::UTC)),
             QStringLiteral("2026-01-01 01:30:15"));

    SendRequest request = sendRequest({kPhone}, QStringLiteral("Later"));
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(3600);
    request.scheduleAt = at;
    const ProviderResult<SendResult> sent = send(request);
    QVERIFY(sent);
    QVERIFY(sent.value().scheduled);
    QCOMPARE(sent.value().recipients.first().providerStatus, QStringLiteral("scheduled"));
    QSqlQuery row(store().database());
    QVERIFY(row.exec(QStringLiteral("SELECT scheduled_at FROM messages")));
    QVERIFY(row.next());
    // Whole seconds: the schedule_time format has no milliseconds.
    QCOMPARE(row.value(0).toLongLong() / 1000, at.toSecsSinceEpoch());
    QTest::qWait(700);
    QCOMPARE(stateOf(sent.value().recipients.first().messageId), MessageState::Pending);

    // A time already past is sent now.
    request.scheduleAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    const ProviderResult<SendResult> now = send(request);
    QVERIFY(now);
    QVERIFY(!now.value().scheduled);
    QCOMPARE(now.value().recipients.first().providerStatus, QStringLiteral("queued"));
}

void TestQuickFlow::historyPagesAsDocumented()
{
    QElapsedTimer sinceThird;
    for (const QString& text :
         {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}) {
        sinceThird.start();
        QVERIFY(send(sendRequest({kPhone}, text)));
    }
    SendRequest other = sendRequest({kPhone2}, QStringLiteral("other sender"));
    other.senderId = QStringLiteral("TUMA-TEST");
    QVERIFY(send(other));

    HistoryQuery query;
    query.limit = 2;
    const ProviderResult<HistoryPage> first
        = waitFor<HistoryPage>([&](auto done) { m_adapter->history(query, done); });
    QVERIFY(first);
    QCOMPARE(first.value().page, 1);
    QCOMPARE(first.value().lastPage, 2);
    QCOMPARE(first.value().total, 3);
    QCOMPARE(first.value().entries.size(), 2);
    const HistoryEntry& newest = first.value().entries.first();
    QCOMPARE(newest.text, QStringLiteral("three"));
    QVERIFY(newest.messageId.startsWith(QStringLiteral("msg_")));
    QCOMPARE(newest.phone, kPhone);
    QCOMPARE(newest.recipientCount, 1);
    QCOMPARE(newest.sender, QStringLiteral("TUMA"));
    QCOMPARE(newest.cost, std::optional<double>(1));
    QVERIFY(newest.createdAt.isValid());
    QVERIFY(qAbs(newest.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    if (sinceThird.elapsed() < SandboxFixture::kSentAfterMs + SandboxFixture::kDeliveredAfterMs)
        QVERIFY(newest.state == MessageState::Pending || newest.state == MessageState::Sent);

    query.page = 2;
    const ProviderResult<HistoryPage> second
        = waitFor<HistoryPage>([&](auto done) { m_adapter->history(query, done); });
    QVERIFY(second);
    QCOMPARE(second.value().page, 2);
    QCOMPARE(second.value().entries.size(), 1);
    QCOMPARE(second.value().entries.first().text, QStringLiteral("one"));
    QTRY_COMPARE_WITH_TIMEOUT(
        waitFor<HistoryPage>([&](auto done) { m_adapter->history(query, done); })
            .value()
            .entries.first()
            .providerStatus,
        QStringLiteral("success"), 5000);

    // Another sender ID has its own history.
    query = {};
    query.senderId = QStringLiteral("TUMA-TEST");
    const ProviderResult<HistoryPage> theirs
        = waitFor<HistoryPage>([&](auto done) { m_adapter->history(query, done); });
    QCOMPARE(theirs.value().total, 1);
    QCOMPARE(theirs.value().entries.first().sender, QStringLiteral("TUMA-TEST"));

    // The wire format, field by field as the document shows it.
    const QUrl base = account().baseUrl;
    const HttpResponse raw
        = rawGet(m_adapter->http(),
                 QUrl(base.toString()
                      + QStringLiteral("/quickflow.sms.list_all?sender_id=TUMA&page=1&limit=2")),
                 "token sandbox_key:sandbox_secret");
    QCOMPARE(raw.status, 200);
    const QJsonObject message
        = QJsonDocument::fromJson(raw.body).object().value(u"message").toObject();
    QCOMPARE(message.value(u"status").toString(), QStringLiteral("success"));
    const QJsonObject data = message.value(u"data").toObject();
    QCOMPARE(data.value(u"current_page").toInt(), 1);
    QCOMPARE(data.value(u"per_page").toInt(), 2);
    QCOMPARE(data.value(u"total").toInt(), 3);
    QCOMPARE(data.value(u"last_page").toInt(), 2);
    QCOMPARE(data.value(u"from").toInt(), 1);
    QCOMPARE(data.value(u"to").toInt(), 2);
    QVERIFY(data.value(u"first_page_url").toString().endsWith(QStringLiteral("page=1&limit=2")));
    QVERIFY(data.value(u"last_page_url").toString().contains(QStringLiteral("page=2")));
    QVERIFY(data.value(u"next_page_url").toString().contains(QStringLiteral("page=2")));
    QVERIFY(data.value(u"prev_page_url").isNull());
    const QJsonArray links = data.value(u"links").toArray();
    QCOMPARE(links.size(), 4); // previous, 1, 2, next
    QVERIFY(links.at(1).toObject().value(u"active").toBool());
    QCOMPARE(links.at(2).toObject().value(u"label").toString(), QStringLiteral("2"));
    const QJsonObject record = data.value(u"data").toArray().at(0).toObject();
    for (const char* field : {"id", "uid", "to", "from", "message", "status", "cost"})
        QVERIFY2(record.contains(QLatin1String(field)), field);
    QVERIFY(record.value(u"id").toString().startsWith(QStringLiteral("TSL-")));
    QCOMPARE(record.value(u"to").toString(), QStringLiteral("254712345678"));
    QCOMPARE(record.value(u"cost").toString(), QStringLiteral("1"));
}

void TestQuickFlow::balanceIsAskedPerSender()
{
    // The default sender, else the first of the account's sender IDs.
    ProviderAccount noDefault = account();
    noDefault.defaultSender.clear();
    noDefault.senderIds = {QStringLiteral("TUMA-TEST"), QStringLiteral("TUMA")};
    auto adapter = m_fixture->adapter(noDefault);
    ProviderResult<Balance> result = waitFor<Balance>([&](auto done) { adapter->balance(done); });
    QVERIFY(result);
    QCOMPARE(result.value().amount, 1000.0);

    // A sender ID QuickFlow did not assign to the account.
    ProviderAccount stranger = account();
    stranger.defaultSender = QStringLiteral("NOTMINE");
    adapter = m_fixture->adapter(stranger);
    result = waitFor<Balance>([&](auto done) { adapter->balance(done); });
    QVERIFY(!result);
    QCOMPARE(kindOf(result.error()), kindName(Kind::Permission));
    QCOMPARE(result.error().httpStatus, 403);
    QVERIFY(result.error().providerText.contains(QStringLiteral("NOTMINE")));
    QVERIFY(result.error().message.contains(QStringLiteral("sender ID")));
}

void TestQuickFlow::callsWithoutASenderSayWhatToDo()
{
    ProviderAccount none = account();
    none.defaultSender.clear();
    none.senderIds.clear();
    auto adapter = m_fixture->adapter(none);
    const ProviderResult<Balance> result
        = waitFor<Balance>([&](auto done) { adapter->balance(done); });
    QVERIFY(!result);
    QCOMPARE(kindOf(result.error()), kindName(Kind::Validation));
    QVERIFY(result.error().message.contains(QStringLiteral("Add the sender ID")));
    const ProviderResult<HistoryPage> history
        = waitFor<HistoryPage>([&](auto done) { adapter->history({}, done); });
    QCOMPARE(kindOf(history.error()), kindName(Kind::Validation));
    const ProviderResult<SendResult> sent = waitFor<SendResult>(
        [&](auto done) { adapter->send(sendRequest({kPhone}, QStringLiteral("x")), done); });
    QCOMPARE(kindOf(sent.error()), kindName(Kind::Validation));
    QCOMPARE(store().journalCount(), 0);
}

void TestQuickFlow::topUpCreditsTheBalanceLater()
{
    const ProviderResult<TopUpReceipt> receipt = waitFor<TopUpReceipt>([&](auto done) {
        m_adapter->topUp({500, QStringLiteral("+254712345678")}, done);
    });
    QVERIFY(receipt);
    QVERIFY(receipt.value().requestId.startsWith(QStringLiteral("ws_CO_")));
    QCOMPARE(receipt.value().providerStatus,
             QStringLiteral("Success. Request accepted for processing"));
    QSqlQuery row(store().database());
    QVERIFY(row.exec(QStringLiteral("SELECT request_id, amount, mobile, credits FROM payments")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), receipt.value().requestId);
    QCOMPARE(row.value(1).toDouble(), 500.0);
    QCOMPARE(row.value(2).toString(), QStringLiteral("254712345678"));
    QCOMPARE(row.value(3).toDouble(), 1000.0);
    // KES 0.50 a credit, after the payment's delay.
    QTRY_COMPARE_WITH_TIMEOUT(balance().value().amount, 2000.0, 5000);

    // A local 07... number is sent as 2547...
    QVERIFY(waitFor<TopUpReceipt>([&](auto done) {
        m_adapter->topUp({10, QStringLiteral("0112345678")}, done);
    }));
    QVERIFY(row.exec(QStringLiteral("SELECT mobile FROM payments ORDER BY id DESC LIMIT 1")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral("254112345678"));
}

void TestQuickFlow::topUpRefusals_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<bool>("byProvider");
    QTest::addColumn<QString>("words");
    QTest::newRow("below 10") << 5.0 << QStringLiteral("+254712345678") << true
                              << QStringLiteral("between KES 10 and KES 150000");
    QTest::newRow("above 150000") << 150001.0 << QStringLiteral("+254712345678") << true
                                  << QStringLiteral("between KES 10 and KES 150000");
    QTest::newRow("cents") << 10.5 << QStringLiteral("+254712345678") << false
                           << QStringLiteral("whole");
    QTest::newRow("Tanzanian number")
        << 100.0 << QStringLiteral("+255712345678") << false << QStringLiteral("Kenyan");
}

void TestQuickFlow::topUpRefusals()
{
    QFETCH(double, amount);
    QFETCH(QString, mobile);
    QFETCH(bool, byProvider);
    QFETCH(QString, words);
    const ProviderResult<TopUpReceipt> receipt = waitFor<TopUpReceipt>([&](auto done) {
        m_adapter->topUp({amount, mobile}, done);
    });
    QVERIFY(!receipt);
    QCOMPARE(kindOf(receipt.error()), kindName(Kind::Validation));
    QCOMPARE(receipt.error().httpStatus, byProvider ? 417 : 0);
    const QString said = byProvider ? receipt.error().providerText : receipt.error().message;
    QVERIFY2(said.contains(words), qPrintable(said));
    QSqlQuery row(store().database());
    QVERIFY(row.exec(QStringLiteral("SELECT count(*) FROM payments")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toInt(), 0);
}

void TestQuickFlow::groupsAndContactsRoundTrip()
{
    const ProviderResult<RemoteGroup> created = waitFor<RemoteGroup>(
        [&](auto done) { m_adapter->createGroup(QStringLiteral("Wateja Nairobi"), done); });
    QVERIFY(created);
    const QString groupId = created.value().id;
    QVERIFY(groupId.startsWith(QStringLiteral("grp_")));
    QCOMPARE(created.value().name, QStringLiteral("Wateja Nairobi"));
    QCOMPARE(created.value().contactCount, 0);
    QVERIFY(created.value().createdAt.isValid());

    RemoteContact contact;
    contact.groupId = groupId;
    contact.phone = kPhone;
    contact.firstName = QStringLiteral("Amina");
    contact.lastName = QStringLiteral("Otieno");
    const ProviderResult<RemoteContact> stored
        = waitFor<RemoteContact>([&](auto done) { m_adapter->createContact(contact, done); });
    QVERIFY(stored);
    QVERIFY(stored.value().id.startsWith(QStringLiteral("cnt_")));
    QCOMPARE(stored.value().groupId, groupId);
    QCOMPARE(stored.value().phone, kPhone);
    QCOMPARE(stored.value().firstName, QStringLiteral("Amina"));
    QCOMPARE(stored.value().lastName, QStringLiteral("Otieno"));
    contact.phone = kPhone2;
    contact.firstName = QStringLiteral("Baraka");
    contact.lastName.clear();
    const ProviderResult<RemoteContact> second
        = waitFor<RemoteContact>([&](auto done) { m_adapter->createContact(contact, done); });
    QVERIFY(second);

    const ProviderResult<RemoteContact> found = waitFor<RemoteContact>(
        [&](auto done) { m_adapter->contact(groupId, stored.value().id, done); });
    QVERIFY(found);
    QCOMPARE(found.value().id, stored.value().id);
    QCOMPARE(found.value().phone, kPhone);
    QCOMPARE(found.value().firstName, QStringLiteral("Amina"));

    RemoteContactQuery query;
    query.groupId = groupId;
    ProviderResult<RemoteContactPage> page
        = waitFor<RemoteContactPage>([&](auto done) { m_adapter->listContacts(query, done); });
    QVERIFY(page);
    QCOMPARE(page.value().total, 2);
    QCOMPARE(page.value().lastPage, 1);
    QCOMPARE(page.value().contacts.size(), 2);
    QCOMPARE(page.value().contacts[1].firstName, QStringLiteral("Baraka"));
    QCOMPARE(page.value().contacts[1].groupId, groupId);
    query.search = QStringLiteral("amina");
    page = waitFor<RemoteContactPage>([&](auto done) { m_adapter->listContacts(query, done); });
    QCOMPARE(page.value().total, 1);
    QCOMPARE(page.value().contacts.first().id, stored.value().id);
    query.search.clear();
    query.limit = 1;
    query.page = 2;
    page = waitFor<RemoteContactPage>([&](auto done) { m_adapter->listContacts(query, done); });
    QCOMPARE(page.value().page, 2);
    QCOMPARE(page.value().lastPage, 2);
    QCOMPARE(page.value().contacts.first().id, second.value().id);
    query.groupId.clear();
    page = waitFor<RemoteContactPage>([&](auto done) { m_adapter->listContacts(query, done); });
    QCOMPARE(kindOf(page.error()), kindName(Kind::Validation));

    RemoteContact changed = stored.value();
    changed.firstName = QStringLiteral("Aminah");
    changed.lastName.clear();
    changed.phone = QStringLiteral("+254733000222");
    const ProviderResult<RemoteContact> updated
        = waitFor<RemoteContact>([&](auto done) { m_adapter->updateContact(changed, done); });
    QVERIFY(updated);
    QCOMPARE(updated.value().id, changed.id);
    QCOMPARE(updated.value().firstName, QStringLiteral("Aminah"));
    QCOMPARE(updated.value().lastName, QString());
    QCOMPARE(updated.value().phone, QStringLiteral("+254733000222"));

    ProviderResult<QList<RemoteGroup>> groups
        = waitFor<QList<RemoteGroup>>([&](auto done) { m_adapter->listGroups(done); });
    QVERIFY(groups);
    QCOMPARE(groups.value().size(), 1);
    QCOMPARE(groups.value().first().id, groupId);
    QCOMPARE(groups.value().first().contactCount, 2);
    QVERIFY(waitFor<void>([&](auto done) {
        m_adapter->renameGroup(groupId, QStringLiteral("Wateja Mombasa"), done);
    }));
    const ProviderResult<RemoteGroup> shown
        = waitFor<RemoteGroup>([&](auto done) { m_adapter->group(groupId, done); });
    QVERIFY(shown);
    QCOMPARE(shown.value().id, groupId);
    QCOMPARE(shown.value().name, QStringLiteral("Wateja Mombasa"));
    QCOMPARE(shown.value().contactCount, 2);

    // A group with contacts is not deleted.
    ProviderResult<void> removed
        = waitFor<void>([&](auto done) { m_adapter->deleteGroup(groupId, done); });
    QVERIFY(!removed);
    QCOMPARE(kindOf(removed.error()), kindName(Kind::Validation));
    QVERIFY(removed.error().providerText.contains(QStringLiteral("2 contacts")));

    for (const QString& id : {stored.value().id, second.value().id}) {
        QVERIFY(waitFor<void>([&](auto done) { m_adapter->deleteContact(groupId, id, done); }));
    }
    const ProviderResult<RemoteContact> gone = waitFor<RemoteContact>(
        [&](auto done) { m_adapter->contact(groupId, stored.value().id, done); });
    QCOMPARE(kindOf(gone.error()), kindName(Kind::NotFound));
    removed = waitFor<void>([&](auto done) { m_adapter->deleteGroup(groupId, done); });
    QVERIFY(removed);
    const ProviderResult<RemoteGroup> missing
        = waitFor<RemoteGroup>([&](auto done) { m_adapter->group(groupId, done); });
    QCOMPARE(kindOf(missing.error()), kindName(Kind::NotFound));
    groups = waitFor<QList<RemoteGroup>>([&](auto done) { m_adapter->listGroups(done); });
    QVERIFY(groups.value().isEmpty());

    // An invalid phone is the provider's InvalidPhoneNumberError.
    const ProviderResult<RemoteGroup> other = waitFor<RemoteGroup>(
        [&](auto done) { m_adapter->createGroup(QStringLiteral("Other"), done); });
    contact.groupId = other.value().id;
    contact.phone = QStringLiteral("+12");
    const ProviderResult<RemoteContact> bad
        = waitFor<RemoteContact>([&](auto done) { m_adapter->createContact(contact, done); });
    QCOMPARE(kindOf(bad.error()), kindName(Kind::InvalidRecipient));
}

void TestQuickFlow::campaignGoesToTheGroup()
{
    const QString groupId = waitFor<RemoteGroup>([&](auto done) {
                                m_adapter->createGroup(QStringLiteral("Campaign"), done);
                            })
                                .value()
                                .id;
    for (const QString& phone : {kPhone, kFailing}) {
        RemoteContact contact;
        contact.groupId = groupId;
        contact.phone = phone;
        QVERIFY(
            waitFor<RemoteContact>([&](auto done) { m_adapter->createContact(contact, done); }));
    }
    RemoteSendRequest request;
    request.groupIds = {groupId};
    request.text = QString(200, u'x'); // two parts
    const ProviderResult<SendResult> sent
        = waitFor<SendResult>([&](auto done) { m_adapter->sendToRemote(request, done); });
    QVERIFY(sent);
    const SendResult& result = sent.value();
    QVERIFY(result.batchId.startsWith(QStringLiteral("qf_")));
    QCOMPARE(result.creditsUsed, std::optional<double>(4));
    QCOMPARE(result.balanceAfter, std::optional<double>(996));
    QCOMPARE(result.recipients.size(), 2);
    QCOMPARE(result.recipients[0].phone, kPhone);
    QCOMPARE(result.recipients[1].phone, kFailing);
    for (const RecipientOutcome& outcome : result.recipients) {
        QVERIFY(outcome.accepted);
        QVERIFY(outcome.messageId.startsWith(QStringLiteral("msg_")));
    }
    QCOMPARE(store().journalCount(QStringLiteral("quickflow")), 2);
    QSqlQuery row(store().database());
    QVERIFY(row.exec(QStringLiteral("SELECT DISTINCT campaign, sender FROM messages")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), groupId);
    QCOMPARE(row.value(1).toString(), QStringLiteral("TUMA"));
    QVERIFY(!row.next());
    QTRY_COMPARE_WITH_TIMEOUT(messageStateName(stateOf(result.recipients[1].messageId)),
                              messageStateName(MessageState::Failed), 5000);
}

void TestQuickFlow::campaignRefusals()
{
    RemoteSendRequest request;
    request.text = QStringLiteral("Hi");
    request.groupIds = {QStringLiteral("grp_a"), QStringLiteral("grp_b")};
    ProviderResult<SendResult> sent
        = waitFor<SendResult>([&](auto done) { m_adapter->sendToRemote(request, done); });
    QCOMPARE(kindOf(sent.error()), kindName(Kind::Validation));
    request.groupIds.clear();
    request.allContacts = true;
    sent = waitFor<SendResult>([&](auto done) { m_adapter->sendToRemote(request, done); });
    QCOMPARE(kindOf(sent.error()), kindName(Kind::Unsupported));
    request.allContacts = false;
    request.groupIds = {QStringLiteral("grp_nothere")};
    sent = waitFor<SendResult>([&](auto done) { m_adapter->sendToRemote(request, done); });
    QCOMPARE(kindOf(sent.error()), kindName(Kind::NotFound));
    QCOMPARE(sent.error().httpStatus, 404);
    const QString empty = waitFor<RemoteGroup>([&](auto done) {
                              m_adapter->createGroup(QStringLiteral("Empty"), done);
                          })
                              .value()
                              .id;
    request.groupIds = {empty};
    sent = waitFor<SendResult>([&](auto done) { m_adapter->sendToRemote(request, done); });
    QCOMPARE(kindOf(sent.error()), kindName(Kind::Validation));
    QVERIFY(sent.error().providerText.contains(QStringLiteral("no contacts")));
    QCOMPARE(store().journalCount(), 0);
}

void TestQuickFlow::providerRefusalsMapToKinds()
{
    // Too little credit: nothing is sent, nothing is charged.
    store().addToBalance(QStringLiteral("quickflow"), QStringLiteral("sandbox_key:sandbox_secret"),
                         -998);
    ProviderResult<SendResult> sent = send(
        sendRequest({kPhone, kPhone2, QStringLiteral("+254733000111")}, QStringLiteral("Three")));
    QVERIFY(!sent);
    QCOMPARE(kindOf(sent.error()), kindName(Kind::InsufficientCredit));
    QCOMPARE(sent.error().httpStatus, 402);
    QVERIFY(sent.error().providerText.contains(QStringLiteral("Insufficient SMS units")));
    QCOMPARE(store().journalCount(), 0);
    QCOMPARE(balance().value().amount, 2.0);

    // Only invalid numbers.
    sent = send(sendRequest({QStringLiteral("+12"), QStringLiteral("+0")}, QStringLiteral("x")));
    QCOMPARE(kindOf(sent.error()), kindName(Kind::InvalidRecipient));
    QCOMPARE(sent.error().httpStatus, 417);

    // A sender ID that is not the account's.
    SendRequest request = sendRequest({kPhone}, QStringLiteral("x"));
    request.senderId = QStringLiteral("OTHER");
    sent = send(request);
    QCOMPARE(kindOf(sent.error()), kindName(Kind::Permission));

    // Refused before anything leaves: no recipients, no text, too many.
    sent = send(sendRequest({}, QStringLiteral("x")));
    QCOMPARE(kindOf(sent.error()), kindName(Kind::Validation));
    sent = send(sendRequest({kPhone}, QStringLiteral("  ")));
    QCOMPARE(kindOf(sent.error()), kindName(Kind::Validation));
    QStringList many;
    for (int i = 0; i < 501; ++i)
        many.append(QStringLiteral("+2547%1").arg(10000000 + i));
    sent = send(sendRequest(many, QStringLiteral("x")));
    QCOMPARE(kindOf(sent.error()), kindName(Kind::Validation));
    QCOMPARE(store().journalCount(), 0);
}

void TestQuickFlow::wrongCredentialsAreAuthentication()
{
    ProviderAccount wrong = account();
    wrong.secret = QStringLiteral("sandbox_key:wrong_secret");
    auto adapter = m_fixture->adapter(wrong);
    const ProviderResult<Balance> result
        = waitFor<Balance>([&](auto done) { adapter->balance(done); });
    QVERIFY(!result);
    QCOMPARE(kindOf(result.error()), kindName(Kind::Authentication));
    QCOMPARE(result.error().httpStatus, 401);
    QCOMPARE(result.error().providerText, QStringLiteral("Invalid API key or secret"));
    // The secret never appears in what the user sees.
    QVERIFY(!result.error().message.contains(QStringLiteral("wrong_secret")));
    const ProviderResult<SendResult> sent = waitFor<SendResult>(
        [&](auto done) { adapter->send(sendRequest({kPhone}, QStringLiteral("x")), done); });
    QCOMPARE(kindOf(sent.error()), kindName(Kind::Authentication));
    QCOMPARE(store().journalCount(), 0);

    // A secret that is not key:secret is refused before any request.
    wrong.secret = QStringLiteral("only_a_key");
    adapter = m_fixture->adapter(wrong);
    const ProviderResult<Balance> unusable
        = waitFor<Balance>([&](auto done) { adapter->balance(done); });
    QCOMPARE(kindOf(unusable.error()), kindName(Kind::Configuration));
    QVERIFY(unusable.error().message.contains(QStringLiteral("key:secret")));
    // Nor is a second colon: neither part may hold one (the dialog and tuma-cli agree).
    wrong.secret = QStringLiteral("key:sec:ret");
    adapter = m_fixture->adapter(wrong);
    const ProviderResult<Balance> twoColons
        = waitFor<Balance>([&](auto done) { adapter->balance(done); });
    QCOMPARE(kindOf(twoColons.error()), kindName(Kind::Configuration));
    QCOMPARE(store().journalCount(), 0);
}

void TestQuickFlow::faults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("httpStatus");

    const QString ambiguous = kindName(Kind::AmbiguousSubmission);
    const QString server = kindName(Kind::Server);
    const QString limited = kindName(Kind::RateLimited);
    for (const QString& call :
         {QStringLiteral("send"), QStringLiteral("balance"), QStringLiteral("status"),
          QStringLiteral("history"), QStringLiteral("topup"), QStringLiteral("groups"),
          QStringLiteral("campaign")}) {
        const QByteArray name = call.toUtf8();
        const bool submits = call == QLatin1String("send") || call == QLatin1String("topup")
            || call == QLatin1String("campaign");
        QTest::newRow((name + " rate-limit").constData())
            << call + QStringLiteral(":rate-limit=7") << call << limited << 429;
        // QuickFlow's document shows no error envelope: a 500 to a submission is ambiguous.
        QTest::newRow((name + " server-error").constData())
            << call + QStringLiteral(":server-error") << call << (submits ? ambiguous : server)
            << 500;
        // A gateway's page: to a submission the provider behind it may have acted.
        QTest::newRow((name + " html").constData())
            << call + QStringLiteral(":html") << call << (submits ? ambiguous : server) << 502;
        QTest::newRow((name + " malformed").constData())
            << call + QStringLiteral(":malformed") << call << (submits ? ambiguous : server) << 200;
    }
}

void TestQuickFlow::faults()
{
    QFETCH(QString, spec);
    QFETCH(QString, call);
    QFETCH(QString, kind);
    QFETCH(int, httpStatus);

    // A group for the campaign, made before the faults apply.
    const QString groupId = waitFor<RemoteGroup>([&](auto done) {
                                m_adapter->createGroup(QStringLiteral("G"), done);
                            })
                                .value()
                                .id;
    RemoteContact contact;
    contact.groupId = groupId;
    contact.phone = kPhone;
    QVERIFY(waitFor<RemoteContact>([&](auto done) { m_adapter->createContact(contact, done); }));
    m_fixture->setFaults(spec);

    std::optional<ProviderError> error;
    const auto keep = [&error](const auto& result) {
        if (!result)
            error = result.error();
    };
    if (call == QLatin1String("send")) {
        keep(send(sendRequest({kPhone}, QStringLiteral("x"))));
    } else if (call == QLatin1String("campaign")) {
        RemoteSendRequest request;
        request.groupIds = {groupId};
        request.text = QStringLiteral("x");
        keep(waitFor<SendResult>([&](auto done) { m_adapter->sendToRemote(request, done); }));
    } else if (call == QLatin1String("balance")) {
        keep(balance());
    } else if (call == QLatin1String("status")) {
        keep(waitFor<MessageStatus>(
            [&](auto done) { m_adapter->messageStatus(QStringLiteral("msg_x"), done); }));
    } else if (call == QLatin1String("history")) {
        keep(waitFor<HistoryPage>([&](auto done) { m_adapter->history({}, done); }));
    } else if (call == QLatin1String("topup")) {
        keep(waitFor<TopUpReceipt>([&](auto done) {
            m_adapter->topUp({100, QStringLiteral("+254712345678")}, done);
        }));
    } else if (call == QLatin1String("groups")) {
        keep(waitFor<QList<RemoteGroup>>([&](auto done) { m_adapter->listGroups(done); }));
    }
    QVERIFY(error);
    QCOMPARE(kindOf(*error), kind);
    QCOMPARE(error->httpStatus, httpStatus);
    if (spec.endsWith(QLatin1String(":rate-limit=7"))) {
        QCOMPARE(error->retryAfterSeconds, 7);
        QCOMPARE(error->providerText, QStringLiteral("Too many requests"));
    }
    if (spec.endsWith(QLatin1String(":html"))) {
        const bool submits = call == QLatin1String("send") || call == QLatin1String("topup")
            || call == QLatin1String("campaign");
        QVERIFY2(error->message.contains(submits ? QStringLiteral("cannot tell")
                                                 : QStringLiteral("web page instead of data")),
                 qPrintable(error->message));
        QVERIFY(error->providerText.contains(QStringLiteral("502 Bad Gateway")));
    }
    if (spec.endsWith(QLatin1String(":server-error")))
        QVERIFY(error->providerText.contains(QStringLiteral("Internal server error")));
    QVERIFY(!error->message.isEmpty());
    // A fault never lets a message through unseen.
    QCOMPARE(store().journalCount(), 0);
}

void TestQuickFlow::slowQueryTimesOut()
{
    NetworkClient::Options options;
    options.connectTimeoutMs = 2000;
    options.totalTimeoutMs = 300;
    m_adapter->http().setOptions(options);
    for (const QString& call :
         {QStringLiteral("balance"), QStringLiteral("status"), QStringLiteral("history")}) {
        m_fixture->setFaults(call + QStringLiteral(":slow=3000*1"));
        std::optional<ProviderError> error;
        if (call == QLatin1String("balance")) {
            error = balance().error();
        } else if (call == QLatin1String("status")) {
            error = waitFor<MessageStatus>([&](auto done) {
                        m_adapter->messageStatus(QStringLiteral("msg_x"), done);
                    }).error();
        } else {
            error = waitFor<HistoryPage>([&](auto done) { m_adapter->history({}, done); }).error();
        }
        QCOMPARE(kindOf(*error), kindName(Kind::Timeout));
    }
}

void TestQuickFlow::droppedSendIsAmbiguousAndJournaledOnce()
{
    m_fixture->setFaults(QStringLiteral("send:drop*1"));
    const ProviderResult<SendResult> sent = send(sendRequest({kPhone}, QStringLiteral("Once")));
    QVERIFY(!sent);
    QCOMPARE(kindOf(sent.error()), kindName(Kind::AmbiguousSubmission));
    QVERIFY(sent.error().message.contains(QStringLiteral("not sent again")));
    // The provider has it, once: the adapter did not try again behind our back.
    QTest::qWait(300);
    QCOMPARE(store().journalCount(QStringLiteral("quickflow")), 1);
    QCOMPARE(balance().value().amount, 999.0);
    // The history shows it, which is how the app reconciles it.
    const ProviderResult<HistoryPage> history
        = waitFor<HistoryPage>([&](auto done) { m_adapter->history({}, done); });
    QCOMPARE(history.value().total, 1);
    QCOMPARE(history.value().entries.first().text, QStringLiteral("Once"));
}

void TestQuickFlow::droppedTopUpIsAmbiguous()
{
    m_fixture->setFaults(QStringLiteral("topup:drop*1"));
    const ProviderResult<TopUpReceipt> receipt = waitFor<TopUpReceipt>([&](auto done) {
        m_adapter->topUp({100, QStringLiteral("+254712345678")}, done);
    });
    QVERIFY(!receipt);
    QCOMPARE(kindOf(receipt.error()), kindName(Kind::AmbiguousSubmission));
    QVERIFY(receipt.error().message.contains(QStringLiteral("M-Pesa prompt")));
    QSqlQuery row(store().database());
    QVERIFY(row.exec(QStringLiteral("SELECT count(*) FROM payments")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toInt(), 1);
}

void TestQuickFlow::errorMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("providerText");

    const auto row = [](const char* name, int status, const QByteArray& body, Kind kind,
                        const char* text, const QByteArray& retryAfter = {}) {
        QTest::newRow(name) << status << retryAfter << body << kindName(kind)
                            << QString::fromUtf8(text);
    };
    const auto envelope = [](const char* excType, const char* text) {
        return QByteArray(R"({"message":{"status":"error","message":")") + text
            + R"("},"exc_type":")" + excType + R"("})";
    };
    row("401 AuthenticationError", 401,
        envelope("AuthenticationError", "Invalid API key or secret"), Kind::Authentication,
        "Invalid API key or secret");
    row("AuthenticationError at 403", 403, envelope("AuthenticationError", "Bad token"),
        Kind::Authentication, "Bad token");
    row("402 insufficient", 402, envelope("ValidationError", "Insufficient SMS units: 3 needed"),
        Kind::InsufficientCredit, "Insufficient SMS units: 3 needed");
    row("417 insufficient words", 417, envelope("ValidationError", "Insufficient balance"),
        Kind::InsufficientCredit, "Insufficient balance");
    row("200 status error insufficient", 200,
        R"({"message":{"status":"error","message":"Insufficient units for sender TUMA"}})",
        Kind::InsufficientCredit, "Insufficient units for sender TUMA");
    row("403 PermissionError", 403, envelope("PermissionError", "Sender ID X is not yours"),
        Kind::Permission, "Sender ID X is not yours");
    row("404 DoesNotExistError", 404, envelope("DoesNotExistError", "SMS abc not found"),
        Kind::NotFound, "SMS abc not found");
    row("DoesNotExistError at 417", 417, envelope("DoesNotExistError", "Group x not found"),
        Kind::NotFound, "Group x not found");
    row("417 ValidationError", 417, envelope("ValidationError", "Invalid type"), Kind::Validation,
        "Invalid type");
    row("417 MandatoryError", 417, envelope("MandatoryError", "Missing required parameter: x"),
        Kind::Validation, "Missing required parameter: x");
    row("417 LinkExistsError", 417, envelope("LinkExistsError", "Cannot delete"), Kind::Validation,
        "Cannot delete");
    row("400 plain", 400, R"({"message":{"status":"error","message":"Bad request"}})",
        Kind::Validation, "Bad request");
    row("417 InvalidPhoneNumberError", 417,
        envelope("InvalidPhoneNumberError", "Invalid phone number: 12"), Kind::InvalidRecipient,
        "Invalid phone number: 12");
    row("429 with Retry-After", 429, envelope("RateLimitExceededError", "Too many requests"),
        Kind::RateLimited, "Too many requests", "30");
    row("500", 500, envelope("Exception", "Internal server error"), Kind::Server,
        "Internal server error");
    row("503 not JSON", 503, "Service Unavailable", Kind::Server, "Service Unavailable");
    row("200 status error, no hint", 200,
        R"({"message":{"status":"error","message":"Message too long"}})", Kind::Validation,
        "Message too long");
    row("200 status failed", 200, R"({"message":{"status":"failed","error":"Blocked"}})",
        Kind::Validation, "Blocked");
    row("Frappe exception body", 417,
        R"({"exc_type":"ValidationError","exception":"frappe.exceptions.ValidationError: Sender ID is required"})",
        Kind::Validation, "Sender ID is required");
    row("Frappe _server_messages", 417,
        R"({"exc_type":"ValidationError","_server_messages":"[\"{\\\"message\\\": \\\"Invalid Sender\\\"}\"]"})",
        Kind::Validation, "Invalid Sender");
    row("message as a string", 401, R"({"message":"Not logged in"})", Kind::Authentication,
        "Not logged in");
}

void TestQuickFlow::errorMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(QString, providerText);
    HttpResponse response;
    response.status = status;
    response.body = body;
    if (!retryAfter.isEmpty())
        response.headers.append({QByteArrayLiteral("retry-after"), retryAfter});
    const ProviderError error
        = QuickFlowAdapter::errorFromResponse(response, QJsonDocument::fromJson(body));
    QCOMPARE(kindOf(error), kind);
    QCOMPARE(error.providerText, providerText);
    QCOMPARE(error.httpStatus, status >= 300 ? status : 0);
    QCOMPARE(error.retryAfterSeconds, retryAfter.isEmpty() ? -1 : retryAfter.toInt());
    QVERIFY(!error.message.isEmpty());
}

void TestQuickFlow::statusWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("state");
    const auto row = [](const char* word, MessageState state) {
        QTest::newRow(word) << QString::fromLatin1(word) << messageStateName(state);
    };
    row("success", MessageState::Delivered);
    row("Delivered", MessageState::Delivered);
    row("DELIVRD", MessageState::Delivered);
    row("failed", MessageState::Failed);
    row("undelivered", MessageState::Failed);
    row("rejected", MessageState::Failed);
    row("expired", MessageState::Failed);
    row("sent", MessageState::Sent);
    row("submitted", MessageState::Sent);
    row("pending", MessageState::Pending);
    row("queued", MessageState::Pending);
    row("scheduled", MessageState::Pending);
    row("accepted", MessageState::Accepted);
    row("whatever", MessageState::Unknown);
    row("", MessageState::Unknown);
}

void TestQuickFlow::statusWords()
{
    QFETCH(QString, word);
    QFETCH(QString, state);
    QCOMPARE(messageStateName(QuickFlowAdapter::stateFromStatus(word)), state);
}

void TestQuickFlow::sendAnswersAreReadDefensively()
{
    const QList<SendRecipient> one {{kPhone, {}, {}}};
    const QList<SendRecipient> two {{kPhone, {}, {}}, {kPhone2, {}, {}}};
    const auto answer = [](const char* json) {
        return QJsonDocument::fromJson(json).object().value(u"message").toObject();
    };
    for (const char* key : {"uid", "id", "message_id", "messageId"}) {
        const QByteArray json
            = QByteArray(R"({"message":{"status":"success","data":{")") + key + R"(":"M1"}}})";
        const SendResult result = QuickFlowAdapter::sendResult(
            QJsonDocument::fromJson(json).object().value(u"message").toObject(), one, false);
        QCOMPARE(result.recipients.size(), 1);
        QVERIFY(result.recipients.first().accepted);
        QCOMPARE(result.recipients.first().messageId, QStringLiteral("M1"));
        QCOMPARE(result.recipients.first().phone, kPhone);
    }
    // No data at all: a 2xx with status success is acceptance, without ids.
    SendResult result
        = QuickFlowAdapter::sendResult(answer(R"({"message":{"status":"success"}})"), two, true);
    QCOMPARE(result.recipients.size(), 2);
    QVERIFY(result.recipients[0].accepted && result.recipients[1].accepted);
    QVERIFY(result.recipients[0].messageId.isEmpty());
    QCOMPARE(result.recipients[1].providerStatus, QStringLiteral("success"));
    QVERIFY(result.scheduled);
    QVERIFY(!result.creditsUsed);
    // The id at the top of the answer, numbers as strings, a per-recipient list under
    // "messages" with "to" and "message_id".
    result = QuickFlowAdapter::sendResult(answer(R"({"message":{"status":"success","id":42}})"),
                                          one, false);
    QCOMPARE(result.recipients.first().messageId, QStringLiteral("42"));
    result = QuickFlowAdapter::sendResult(
        answer(R"({"message":{"status":"success","data":{"cost":"2","balance":"98.5",)"
               R"("messages":[{"to":"254722000111","message_id":"B"},)"
               R"({"to":"254712345678","messageId":"A","status":"sent"}]}}})"),
        two, false);
    QCOMPARE(result.recipients[0].messageId, QStringLiteral("A"));
    QCOMPARE(result.recipients[0].providerStatus, QStringLiteral("sent"));
    QCOMPARE(result.recipients[1].messageId, QStringLiteral("B"));
    QCOMPARE(result.creditsUsed, std::optional<double>(2));
    QCOMPARE(result.balanceAfter, std::optional<double>(98.5));
    // A refused recipient in a list, without a status, says why through "error".
    result = QuickFlowAdapter::sendResult(
        answer(R"({"message":{"status":"success","data":{"recipients":[)"
               R"({"recipient":"254712345678","error":"Blacklisted"}]}}})"),
        one, false);
    QVERIFY(!result.recipients.first().accepted);
    QCOMPARE(result.recipients.first().errorText, QStringLiteral("Blacklisted"));
}

QTEST_GUILESS_MAIN(TestQuickFlow)
#include "tst_quickflow.moc"
