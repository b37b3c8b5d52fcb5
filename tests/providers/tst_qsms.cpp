// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"
#include "providers/qsms/QsmsAdapter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>

using namespace tuma;
using Kind = ProviderError::Kind;

namespace {

const QString kKey = QStringLiteral("qsms_sandbox_key");
const QString kProvider = QStringLiteral("qsms");

SendRequest oneMessage(const QString& phone, const QString& text)
{
    SendRequest request;
    request.recipients = {{phone, {}, {}}};
    request.text = text;
    return request;
}

RemoteContact person(const QString& phone)
{
    RemoteContact contact;
    contact.phone = phone;
    return contact;
}

ProviderResult<SendResult> send(ProviderAdapter& adapter, const SendRequest& request)
{
    return test::waitFor<SendResult>([&](auto done) { adapter.send(request, done); });
}

ProviderResult<Balance> balanceOf(ProviderAdapter& adapter)
{
    return test::waitFor<Balance>([&](auto done) { adapter.balance(done); });
}

// The DLR the simulator would post for a message (it posts none; see docs/providers.md).
QByteArray dlrBody(test::SandboxFixture& fixture, const QString& messageId)
{
    NetworkClient client;
    HttpRequest request;
    request.url = QUrl(fixture.server().baseUrl(ProviderKind::Qsms).toString()
                       + QStringLiteral("/_sandbox/dlr/") + messageId);
    QByteArray body;
    QEventLoop loop;
    client.send(request, [&](Result<HttpResponse, HttpError> result) {
        if (result)
            body = result.value().body;
        loop.quit();
    });
    loop.exec();
    return body;
}

} // namespace

class TestQsms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void capabilitiesAreTruthful();
    void singleSendIsChargedAndJournaled();
    void multipleSendAnswersPerRecipient();
    void scheduledSendUsesKenyanTime();
    void balanceHasShillingsAndMessages();
    void v1EndpointsUseTheSecondHost();
    void contactsImportFlattensCustomFields();
    void deliveryReceiptSampleParses();
    void brokenDeliveryReceiptsAreRefused_data();
    void brokenDeliveryReceiptsAreRefused();
    void dlrStatesMap_data();
    void dlrStatesMap();
    void deliveryProgressesToDelivered();
    void numbersEndingIn999Fail();
    void wrongKeyIsAuthentication();
    void providerCodesOverHttp();
    void codeMapping_data();
    void codeMapping();
    void rateLimitCarriesRetryAfter();
    void serverErrorIsServerAndAGatewayPageLeavesSendsInDoubt();
    void malformedIsServerForQueriesAmbiguousForSends();
    void slowQueryTimesOut();
    void droppedSendIsAmbiguousAndJournaledOnce();
};

void TestQsms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQsms::capabilitiesAreTruthful()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    const Capabilities caps = adapter->capabilities();
    QCOMPARE(caps.maxRecipientsPerRequest, QsmsAdapter::kMaxRecipients);
    QCOMPARE(caps.batchShape, Capabilities::BatchShape::BodyPerRecipient);
    QVERIFY(caps.clientReference);
    QVERIFY(caps.providerScheduling);
    QVERIFY(caps.messageIds);
    QVERIFY(caps.deliveryCallback);
    QVERIFY(caps.balance);
    QVERIFY(caps.remoteContactImport);
    QVERIFY(caps.senderRequired);
    QVERIFY(!caps.statusPolling);
    QVERIFY(!caps.history);
    QVERIFY(!caps.topUp);
    QVERIFY(!caps.remoteContacts);
    QVERIFY(!caps.remoteGroups);
    QVERIFY(!caps.templates);
    QVERIFY(!caps.costEstimate);
    // What QSMS has not: Unsupported, without a request.
    const auto history = test::waitFor<HistoryPage>([&](auto done) { adapter->history({}, done); });
    QCOMPARE(history.error().kind, Kind::Unsupported);
}

void TestQsms::singleSendIsChargedAndJournaled()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    // 161 GSM characters: two parts.
    const QString text(161, u'a');
    const auto result = send(*adapter, oneMessage(QStringLiteral("+254712345678"), text));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().providerText));
    const SendResult& sent = result.value();
    QCOMPARE(sent.recipients.size(), 1);
    const RecipientOutcome& outcome = sent.recipients.first();
    QCOMPARE(outcome.phone, QStringLiteral("+254712345678"));
    QVERIFY(outcome.accepted);
    bool numeric = false;
    QVERIFY(outcome.messageId.toLongLong(&numeric) > 0);
    QVERIFY(numeric);
    QCOMPARE(outcome.providerStatus, QStringLiteral("Success"));
    QVERIFY(outcome.errorText.isEmpty());
    QCOMPARE(sent.creditsUsed, std::optional<double>(2));
    QCOMPARE(sent.balanceAfter, std::optional<double>(998));
    QVERIFY(!sent.scheduled);
    QVERIFY(sent.batchId.isEmpty());

    QCOMPARE(fixture.server().store().journalCount(kProvider), 1);
    QSqlQuery query(fixture.server().store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT phone, sender, body, parts, id FROM messages")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("+254712345678"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("TUMA"));
    QCOMPARE(query.value(2).toString(), text);
    QCOMPARE(query.value(3).toInt(), 2);
    QCOMPARE(query.value(4).toString(), outcome.messageId);
    QCOMPARE(fixture.server().store().balance(kProvider, kKey), 998.0);
}

void TestQsms::multipleSendAnswersPerRecipient()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    SendRequest request;
    request.senderId = QStringLiteral("TUMA-TEST");
    request.text = QStringLiteral("Shared text");
    request.recipients = {
        {QStringLiteral("+254712345678"), QStringLiteral("Habari Jane"), QStringLiteral("001A")},
        {QStringLiteral("+2547"), QStringLiteral("Too short"), QStringLiteral("001B")},
        // UCS-2 (the emoji): 71 units are two parts.
        {QStringLiteral("+254723456789"), QString(69, u'a') + QStringLiteral("😀"),
         QStringLiteral("001C")},
        {QStringLiteral("+254734567890"), QString(), QString()},
    };
    const auto result = send(*adapter, request);
    QVERIFY(result);
    const SendResult& sent = result.value();
    QCOMPARE(sent.recipients.size(), 4);

    QCOMPARE(sent.recipients[0].phone, QStringLiteral("+254712345678"));
    QVERIFY(sent.recipients[0].accepted);
    QVERIFY(!sent.recipients[0].messageId.isEmpty());
    QCOMPARE(sent.recipients[0].providerStatus, QStringLiteral("Success"));

    QCOMPARE(sent.recipients[1].phone, QStringLiteral("+2547"));
    QVERIFY(!sent.recipients[1].accepted);
    QVERIFY(sent.recipients[1].messageId.isEmpty());
    QCOMPARE(sent.recipients[1].providerStatus, QStringLiteral("1003"));
    QCOMPARE(sent.recipients[1].errorText, QStringLiteral("Invalid mobile number"));

    QVERIFY(sent.recipients[2].accepted);
    QVERIFY(sent.recipients[3].accepted);
    QVERIFY(sent.recipients[2].messageId != sent.recipients[0].messageId);
    QVERIFY(sent.recipients[3].messageId != sent.recipients[2].messageId);
    // 1 + 2 + 1 ("Shared text").
    QCOMPARE(sent.creditsUsed, std::optional<double>(4));
    QCOMPARE(sent.balanceAfter, std::optional<double>(996));

    QCOMPARE(fixture.server().store().journalCount(kProvider), 3);
    QSqlQuery query(fixture.server().store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT phone, body, client_ref, sender, id, batch FROM "
                                      "messages ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("Habari Jane"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("001A"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("TUMA-TEST"));
    QCOMPARE(query.value(4).toString(), sent.recipients[0].messageId);
    const QString batch = query.value(5).toString();
    QVERIFY(query.next());
    QCOMPARE(query.value(2).toString(), QStringLiteral("001C"));
    QCOMPARE(query.value(5).toString(), batch);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("+254734567890"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("Shared text"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("4")); // our own ref: the position
}

void TestQsms::scheduledSendUsesKenyanTime()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(3600);
    const QDateTime atSecond = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
    SendRequest request = oneMessage(QStringLiteral("+254712345678"), QStringLiteral("Later"));
    request.scheduleAt = at;
    const auto single = send(*adapter, request);
    QVERIFY(single);
    QVERIFY(single.value().scheduled);
    request.recipients.append({QStringLiteral("+254712345679"), {}, {}});
    const auto multiple = send(*adapter, request);
    QVERIFY(multiple);
    QVERIFY(multiple.value().scheduled);

    QSqlQuery query(fixture.server().store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT scheduled_at FROM messages")));
    int rows = 0;
    while (query.next()) {
        QCOMPARE(query.value(0).toLongLong(), atSecond.toMSecsSinceEpoch());
        ++rows;
    }
    QCOMPARE(rows, 3);
}

void TestQsms::balanceHasShillingsAndMessages()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    auto result = balanceOf(*adapter);
    QVERIFY(result);
    QCOMPARE(result.value().amount, 400.0);
    QCOMPARE(result.value().unit, QStringLiteral("KES"));
    QCOMPARE(result.value().smsRemaining, std::optional<double>(1000));

    QVERIFY(send(*adapter, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("Hi"))));
    result = balanceOf(*adapter);
    QVERIFY(result);
    QCOMPARE(result.value().amount, 399.6);
    QCOMPARE(result.value().smsRemaining, std::optional<double>(999));
}

void TestQsms::v1EndpointsUseTheSecondHost()
{
    test::SandboxFixture fixture;
    ProviderAccount account = fixture.account(ProviderKind::Qsms);
    account.secondaryBaseUrl = account.baseUrl;
    // Nothing listens on port 1: only the second host can answer.
    account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/qsms"));
    auto adapter = fixture.adapter(account);
    QVERIFY(balanceOf(*adapter));
    const auto import = test::waitFor<RemoteImportSummary>([&](auto done) {
        adapter->importContacts(QStringLiteral("g"), {person(QStringLiteral("+254712345678"))},
                                done);
    });
    QVERIFY(import);
    const auto sent
        = send(*adapter, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x")));
    QVERIFY(!sent);
    QCOMPARE(sent.error().kind, Kind::Network);
}

void TestQsms::contactsImportFlattensCustomFields()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    RemoteContact jane;
    jane.phone = QStringLiteral("+254712345678");
    jane.firstName = QStringLiteral("Jane");
    jane.lastName = QStringLiteral("Wanjiru");
    jane.fields = {{QStringLiteral("balance"), QStringLiteral("5000")},
                   {QStringLiteral("branch"), QStringLiteral("Thika")}};
    RemoteContact john;
    john.phone = QStringLiteral("+254723456789");
    john.firstName = QStringLiteral("John Mwangi");
    john.fields = {{QStringLiteral("balance"), QStringLiteral("12000")}};
    RemoteContact invalid;
    invalid.phone = QStringLiteral("not a phone");
    const QList<RemoteContact> contacts {jane, john, invalid, jane};

    auto result = test::waitFor<RemoteImportSummary>([&](auto done) {
        adapter->importContacts(QStringLiteral("loan_clients"), contacts, done);
    });
    QVERIFY(result);
    QCOMPARE(result.value().total, 4);
    QCOMPARE(result.value().imported, 2);
    QCOMPARE(result.value().created, 2);
    QCOMPARE(result.value().skipped, 1);
    QCOMPARE(result.value().invalid, 1);

    QSqlQuery query(fixture.server().store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT c.phone, c.first_name, c.fields, g.name FROM "
                                      "contacts c JOIN groups g ON g.uid = c.group_uid "
                                      "ORDER BY c.id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("+254712345678"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("Jane Wanjiru"));
    const QJsonObject fields = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
    QCOMPARE(fields,
             (QJsonObject {{QStringLiteral("balance"), QStringLiteral("5000")},
                           {QStringLiteral("branch"), QStringLiteral("Thika")}}));
    QCOMPARE(query.value(3).toString(), QStringLiteral("loan_clients"));
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(), QStringLiteral("John Mwangi"));
    QVERIFY(!query.next());

    // Again: the same people are updated, not duplicated.
    result = test::waitFor<RemoteImportSummary>([&](auto done) {
        adapter->importContacts(QStringLiteral("loan_clients"), {jane, john}, done);
    });
    QVERIFY(result);
    QCOMPARE(result.value().total, 2);
    QCOMPARE(result.value().imported, 2);
    QCOMPARE(result.value().created, 0);

    // The group is required by the simulator, as the example always has one.
    result = test::waitFor<RemoteImportSummary>(
        [&](auto done) { adapter->importContacts(QString(), {jane}, done); });
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Kind::Validation);
    QVERIFY(result.error().providerText.startsWith(QStringLiteral("1004")));
}

void TestQsms::deliveryReceiptSampleParses()
{
    QsmsAdapter adapter(ProviderAccount {});
    const QByteArray sample = R"({
"messageId": "75",
"dlrTime": "2024-09-25 20:24:18",
"dlrStatus": "1",
"dlrDesc": "DeliveredToTerminal",
"tat": 6,
"network": "",
"destaddr": "254722322095",
"sourceaddr": "533",
"origin": "Safaricom"
})";
    const auto receipt = adapter.parseDeliveryReceipt(sample);
    QVERIFY(receipt);
    QCOMPARE(receipt.value().messageId, QStringLiteral("75"));
    QCOMPARE(receipt.value().phone, QStringLiteral("+254722322095"));
    QCOMPARE(receipt.value().state, MessageState::Delivered);
    QCOMPARE(receipt.value().providerStatus, QStringLiteral("DeliveredToTerminal"));
    QCOMPARE(receipt.value().at, QDateTime(QDate(2024, 9, 25), QTime(17, 24, 18), Qt::UTC));

    // Numbers where the sample has strings, and a failure.
    const auto failed = adapter.parseDeliveryReceipt(
        R"({"messageId": 76, "dlrStatus": 2, "dlrDesc": "DeliveryImpossible", "destaddr": "254722322999"})");
    QVERIFY(failed);
    QCOMPARE(failed.value().messageId, QStringLiteral("76"));
    QCOMPARE(failed.value().state, MessageState::Failed);
    QCOMPARE(failed.value().phone, QStringLiteral("+254722322999"));
    QVERIFY(!failed.value().at.isValid());
}

void TestQsms::brokenDeliveryReceiptsAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("messageId=75&dlrStatus=1");
    QTest::newRow("cut off") << QByteArray(R"({"messageId": "75", "dlrSta)");
    QTest::newRow("array") << QByteArray(R"([{"messageId": "75"}])");
    QTest::newRow("no id") << QByteArray(R"({"dlrStatus": "1", "dlrDesc": "DeliveredToTerminal"})");
    QTest::newRow("html") << QByteArray("<html><body>502</body></html>");
}

void TestQsms::brokenDeliveryReceiptsAreRefused()
{
    QFETCH(QByteArray, body);
    QsmsAdapter adapter(ProviderAccount {});
    const auto receipt = adapter.parseDeliveryReceipt(body);
    QVERIFY(!receipt);
    QCOMPARE(receipt.error().kind, Kind::Validation);
    QVERIFY(receipt.error().message.contains(QStringLiteral("delivery report")));
}

void TestQsms::dlrStatesMap_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("desc");
    QTest::addColumn<MessageState>("state");
    QTest::newRow("documented") << QStringLiteral("1") << QStringLiteral("DeliveredToTerminal")
                                << MessageState::Delivered;
    QTest::newRow("status 1 alone")
        << QStringLiteral("1") << QStringLiteral("") << MessageState::Delivered;
    QTest::newRow("network") << QStringLiteral("3") << QStringLiteral("DeliveredToNetwork")
                             << MessageState::Sent;
    QTest::newRow("waiting") << QStringLiteral("4") << QStringLiteral("MessageWaiting")
                             << MessageState::Pending;
    QTest::newRow("impossible") << QStringLiteral("2") << QStringLiteral("DeliveryImpossible")
                                << MessageState::Failed;
    QTest::newRow("absent") << QStringLiteral("5") << QStringLiteral("AbsentSubscriber")
                            << MessageState::Failed;
    QTest::newRow("blacklisted") << QStringLiteral("6") << QStringLiteral("SenderName Blacklisted")
                                 << MessageState::Failed;
    QTest::newRow("uncertain") << QStringLiteral("7") << QStringLiteral("DeliveryUncertain")
                               << MessageState::Unknown;
    QTest::newRow("unknown words")
        << QStringLiteral("9") << QStringLiteral("Whatever") << MessageState::Unknown;
}

void TestQsms::dlrStatesMap()
{
    QFETCH(QString, status);
    QFETCH(QString, desc);
    QFETCH(MessageState, state);
    QCOMPARE(QsmsAdapter::dlrState(status, desc), state);
}

void TestQsms::deliveryProgressesToDelivered()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    const auto sent
        = send(*adapter, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x")));
    QVERIFY(sent);
    const QString id = sent.value().recipients.first().messageId;
    auto stateNow = [&]() {
        const auto receipt = adapter->parseDeliveryReceipt(dlrBody(fixture, id));
        return receipt ? receipt.value().state : MessageState::Unknown;
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateNow(), MessageState::Delivered, 3000);
    const auto receipt = adapter->parseDeliveryReceipt(dlrBody(fixture, id));
    QCOMPARE(receipt.value().messageId, id);
    QCOMPARE(receipt.value().phone, QStringLiteral("+254712345678"));
    QVERIFY(receipt.value().at.isValid());
}

void TestQsms::numbersEndingIn999Fail()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    SendRequest request = oneMessage(QStringLiteral("+254712345999"), QStringLiteral("x"));
    request.recipients.append({QStringLiteral("+254712345678"), {}, {}});
    const auto sent = send(*adapter, request);
    QVERIFY(sent);
    // The provider accepts it; only its delivery fails.
    QVERIFY(sent.value().recipients[0].accepted);
    const QString failing = sent.value().recipients[0].messageId;
    const QString fine = sent.value().recipients[1].messageId;
    auto stateOf = [&](const QString& id) {
        const auto receipt = adapter->parseDeliveryReceipt(dlrBody(fixture, id));
        return receipt ? receipt.value().state : MessageState::Unknown;
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(failing), MessageState::Failed, 3000);
    QCOMPARE(stateOf(fine), MessageState::Delivered);
}

void TestQsms::wrongKeyIsAuthentication()
{
    test::SandboxFixture fixture;
    ProviderAccount account = fixture.account(ProviderKind::Qsms);
    account.secret = QStringLiteral("qsms_live_wrong");
    auto adapter = fixture.adapter(account);
    const auto sent
        = send(*adapter, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x")));
    QVERIFY(!sent);
    QCOMPARE(sent.error().kind, Kind::Authentication);
    QCOMPARE(sent.error().httpStatus, 401);
    QCOMPARE(sent.error().providerText, QStringLiteral("1001: Invalid API key"));
    SendRequest two = oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x"));
    two.recipients.append({QStringLiteral("+254712345679"), {}, {}});
    QCOMPARE(send(*adapter, two).error().kind, Kind::Authentication);
    QCOMPARE(balanceOf(*adapter).error().kind, Kind::Authentication);
    const auto import = test::waitFor<RemoteImportSummary>([&](auto done) {
        adapter->importContacts(QStringLiteral("g"), {person(QStringLiteral("+254712345678"))},
                                done);
    });
    QCOMPARE(import.error().kind, Kind::Authentication);
    QVERIFY(!account.secret.isEmpty());
    QVERIFY(!sent.error().providerText.contains(account.secret));
    QCOMPARE(fixture.server().store().journalCount(), 0);
}

void TestQsms::providerCodesOverHttp()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));

    // 1003 for the only recipient of sendsms: that recipient's refusal.
    auto sent = send(*adapter, oneMessage(QStringLiteral("+2547"), QStringLiteral("x")));
    QVERIFY(sent);
    QCOMPARE(sent.value().recipients.size(), 1);
    QVERIFY(!sent.value().recipients.first().accepted);
    QCOMPARE(sent.value().recipients.first().providerStatus, QStringLiteral("1003"));
    QCOMPARE(sent.value().recipients.first().errorText, QStringLiteral("Invalid mobile number"));

    // 1004: a required field is empty.
    sent = send(*adapter, oneMessage(QStringLiteral("+254712345678"), QString()));
    QCOMPARE(sent.error().kind, Kind::Validation);
    QCOMPARE(sent.error().providerText, QStringLiteral("1004: message is required"));

    // 1005: a sender ID the account does not have.
    SendRequest request = oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x"));
    request.senderId = QStringLiteral("OTHER");
    sent = send(*adapter, request);
    QCOMPARE(sent.error().kind, Kind::Validation);
    QVERIFY(sent.error().message.contains(QStringLiteral("sender ID")));
    QCOMPARE(sent.error().providerText, QStringLiteral("1005: Invalid sender ID"));

    // 1002: not enough credit, for one message and for many.
    fixture.server().store().addToBalance(kProvider, kKey, -999.5);
    sent = send(*adapter, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::InsufficientCredit);
    QCOMPARE(sent.error().httpStatus, 402);
    request.senderId.clear();
    request.recipients.append({QStringLiteral("+254712345679"), {}, {}});
    QCOMPARE(send(*adapter, request).error().kind, Kind::InsufficientCredit);
    QCOMPARE(fixture.server().store().journalCount(), 0);

    // A wrong service id.
    ProviderAccount account = fixture.account(ProviderKind::Qsms);
    account.serviceId = QStringLiteral("7");
    auto other = fixture.adapter(account);
    sent = send(*other, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::Validation);
    QCOMPARE(sent.error().providerText, QStringLiteral("1004: Invalid service_id"));
}

void TestQsms::codeMapping_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<ProviderError::Kind>("kind");
    QTest::newRow("1001 in 401") << QStringLiteral("1001") << 401 << Kind::Authentication;
    QTest::newRow("1001 in 200") << QStringLiteral("1001") << 200 << Kind::Authentication;
    QTest::newRow("1002 in 402") << QStringLiteral("1002") << 402 << Kind::InsufficientCredit;
    QTest::newRow("1002 in 200") << QStringLiteral("1002") << 200 << Kind::InsufficientCredit;
    QTest::newRow("1003") << QStringLiteral("1003") << 400 << Kind::InvalidRecipient;
    QTest::newRow("1004") << QStringLiteral("1004") << 400 << Kind::Validation;
    QTest::newRow("1005") << QStringLiteral("1005") << 200 << Kind::Validation;
    QTest::newRow("1006") << QStringLiteral("1006") << 429 << Kind::RateLimited;
    QTest::newRow("1007") << QStringLiteral("1007") << 500 << Kind::Server;
    QTest::newRow("unknown in 200") << QStringLiteral("1999") << 200 << Kind::Validation;
    QTest::newRow("unknown in 401") << QStringLiteral("1999") << 401 << Kind::Authentication;
    QTest::newRow("unknown in 403") << QStringLiteral("1999") << 403 << Kind::Permission;
    QTest::newRow("unknown in 404") << QStringLiteral("1999") << 404 << Kind::NotFound;
    QTest::newRow("unknown in 503") << QStringLiteral("1999") << 503 << Kind::Server;
}

void TestQsms::codeMapping()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(ProviderError::Kind, kind);
    HttpResponse response;
    response.status = status;
    response.headers = {{"retry-after", "9"}};
    const ProviderError error = QsmsAdapter::errorFor(code, QStringLiteral("words"), response);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.providerText, code + QStringLiteral(": words"));
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.retryAfterSeconds, kind == Kind::RateLimited ? 9 : -1);
}

void TestQsms::rateLimitCarriesRetryAfter()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    fixture.setFaults(QStringLiteral("send:rate-limit=7*1,balance:rate-limit=3*1"));
    const auto sent
        = send(*adapter, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::RateLimited);
    QCOMPARE(sent.error().retryAfterSeconds, 7);
    QCOMPARE(sent.error().httpStatus, 429);
    QCOMPARE(sent.error().providerText, QStringLiteral("1006: Too many requests"));
    const auto balance = balanceOf(*adapter);
    QCOMPARE(balance.error().kind, Kind::RateLimited);
    QCOMPARE(balance.error().retryAfterSeconds, 3);
    QCOMPARE(fixture.server().store().journalCount(), 0);
    // The faults were for one request each.
    QVERIFY(balanceOf(*adapter));

    // The status speaks first: a 429 whose body carries a code that means a refused sender
    // elsewhere is still "try later", never a permanent failure.
    fixture.setFaults(QStringLiteral("send:rate-limit=2:1005*1"));
    const auto limited
        = send(*adapter, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x")));
    QCOMPARE(limited.error().kind, Kind::RateLimited);
    QCOMPARE(limited.error().retryAfterSeconds, 2);
    QVERIFY(limited.error().providerText.contains(QStringLiteral("1005")));
    QCOMPARE(fixture.server().store().journalCount(), 0);
}

void TestQsms::serverErrorIsServerAndAGatewayPageLeavesSendsInDoubt()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    fixture.setFaults(QStringLiteral("*:server-error"));
    auto sent = send(*adapter, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x")));
    // The QSMS document shows no error envelope: a 500 to a send may have come after QSMS
    // took the message (docs/providers.md, "Errors").
    QCOMPARE(sent.error().kind, Kind::AmbiguousSubmission);
    QCOMPARE(sent.error().httpStatus, 500);
    QCOMPARE(balanceOf(*adapter).error().kind, Kind::Server);
    const auto import = test::waitFor<RemoteImportSummary>([&](auto done) {
        adapter->importContacts(QStringLiteral("g"), {person(QStringLiteral("+254712345678"))},
                                done);
    });
    QCOMPARE(import.error().kind, Kind::Server);

    fixture.setFaults(QStringLiteral("*:html"));
    sent = send(*adapter, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x")));
    // A gateway's page: the provider behind it may have taken the message.
    QCOMPARE(sent.error().kind, Kind::AmbiguousSubmission);
    QCOMPARE(sent.error().httpStatus, 502);
    QVERIFY(sent.error().providerText.contains(QStringLiteral("502 Bad Gateway")));
    const auto balance = balanceOf(*adapter);
    QCOMPARE(balance.error().kind, Kind::Server);
    QVERIFY(balance.error().message.contains(QStringLiteral("web page")));
    QVERIFY(balance.error().providerText.contains(QStringLiteral("502 Bad Gateway")));
}

void TestQsms::malformedIsServerForQueriesAmbiguousForSends()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    fixture.setFaults(QStringLiteral("*:malformed"));
    const auto balance = balanceOf(*adapter);
    QCOMPARE(balance.error().kind, Kind::Server);
    QVERIFY(balance.error().message.contains(QStringLiteral("could not be read")));
    auto sent = send(*adapter, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::AmbiguousSubmission);
    QVERIFY(!sent.error().providerText.isEmpty());
    SendRequest two = oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x"));
    two.recipients.append({QStringLiteral("+254712345679"), {}, {}});
    sent = send(*adapter, two);
    QCOMPARE(sent.error().kind, Kind::AmbiguousSubmission);
}

void TestQsms::slowQueryTimesOut()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    NetworkClient::Options options = adapter->http().options();
    options.totalTimeoutMs = 300;
    adapter->http().setOptions(options);
    fixture.setFaults(QStringLiteral("balance:slow=2000*1,send:slow=2000*1"));
    QCOMPARE(balanceOf(*adapter).error().kind, Kind::Timeout);
    // A send past the timeout was written: its outcome is unknown.
    const auto sent
        = send(*adapter, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::AmbiguousSubmission);
}

void TestQsms::droppedSendIsAmbiguousAndJournaledOnce()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Qsms));
    fixture.setFaults(QStringLiteral("send:drop*1"));
    const auto sent
        = send(*adapter, oneMessage(QStringLiteral("+254712345678"), QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::AmbiguousSubmission);
    QCOMPARE(fixture.server().store().journalCount(kProvider), 1);
    QTest::qWait(200); // nothing is sent again behind our back
    QCOMPARE(fixture.server().store().journalCount(kProvider), 1);

    fixture.setFaults(QStringLiteral("send:drop*1"));
    SendRequest two = oneMessage(QStringLiteral("+254712345678"), QStringLiteral("y"));
    two.recipients.append({QStringLiteral("+254712345679"), {}, {}});
    QCOMPARE(send(*adapter, two).error().kind, Kind::AmbiguousSubmission);
    QCOMPARE(fixture.server().store().journalCount(kProvider), 3);
}

QTEST_GUILESS_MAIN(TestQsms)
#include "tst_qsms.moc"
