// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"
#include "providers/sms254/Sms254Adapter.h"

#include <QSqlQuery>
#include <QtTest>

using namespace tuma;
using Kind = ProviderError::Kind;

namespace {

const QString kCredential = QStringLiteral("sandbox:sandbox_254_key");
const QString kProvider = QStringLiteral("254sms");

SendRequest toNumbers(const QStringList& phones, const QString& text)
{
    SendRequest request;
    for (const QString& phone : phones)
        request.recipients.append({phone, {}, {}});
    request.text = text;
    return request;
}

ProviderResult<SendResult> send(ProviderAdapter& adapter, const SendRequest& request)
{
    return test::waitFor<SendResult>([&](auto done) { adapter.send(request, done); });
}

ProviderResult<Balance> balanceOf(ProviderAdapter& adapter)
{
    return test::waitFor<Balance>([&](auto done) { adapter.balance(done); });
}

} // namespace

class TestSms254 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void capabilitiesAreTruthful();
    void sendAnswersPerRecipient();
    void balanceGoesDownByParts();
    void senderDefaultsToTheProviders();
    void documentedCodesOverHttp();
    void lowCreditIsInsufficientCredit();
    void codeMapping_data();
    void codeMapping();
    void rateLimitCarriesRetryAfter();
    void serverErrorIsServerAndAGatewayPageLeavesSendsInDoubt();
    void malformedIsServerForQueriesAmbiguousForSends();
    void slowQueryTimesOut();
    void droppedSendIsAmbiguousAndJournaledOnce();
};

void TestSms254::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSms254::capabilitiesAreTruthful()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Sms254));
    const Capabilities caps = adapter->capabilities();
    QCOMPARE(caps.maxRecipientsPerRequest, Sms254Adapter::kMaxRecipients);
    QCOMPARE(caps.batchShape, Capabilities::BatchShape::SharedBody);
    QVERIFY(caps.balance);
    QVERIFY(!caps.messageIds);
    QVERIFY(!caps.statusPolling);
    QVERIFY(!caps.clientReference);
    QVERIFY(!caps.providerScheduling);
    QVERIFY(!caps.history);
    QVERIFY(!caps.deliveryCallback);
    QVERIFY(!caps.senderRequired);
    QVERIFY(!caps.topUp);
    const auto status = test::waitFor<MessageStatus>(
        [&](auto done) { adapter->messageStatus(QStringLiteral("x"), done); });
    QCOMPARE(status.error().kind, Kind::Unsupported);
}

void TestSms254::sendAnswersPerRecipient()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Sms254));
    const auto result = send(*adapter,
                             toNumbers({QStringLiteral("+254722565650"), QStringLiteral("+2541"),
                                        QStringLiteral("+254722998999")},
                                       QStringLiteral("Hello world")));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().providerText));
    const SendResult& sent = result.value();
    QCOMPARE(sent.recipients.size(), 3);
    QCOMPARE(sent.recipients[0].phone, QStringLiteral("+254722565650"));
    QVERIFY(sent.recipients[0].accepted);
    QVERIFY(sent.recipients[0].messageId.isEmpty()); // 254sms gives none
    QCOMPARE(sent.recipients[0].providerStatus, QStringLiteral("Successfully Sent"));
    QVERIFY(sent.recipients[0].errorText.isEmpty());
    QCOMPARE(sent.recipients[1].phone, QStringLiteral("+2541"));
    QVERIFY(!sent.recipients[1].accepted);
    QCOMPARE(sent.recipients[1].providerStatus, QStringLiteral("Invalid phone number"));
    QCOMPARE(sent.recipients[1].errorText, QStringLiteral("Invalid phone number"));
    // Ending in 999: accepted (its delivery fails later, which 254sms cannot report).
    QVERIFY(sent.recipients[2].accepted);
    QCOMPARE(sent.balanceAfter, std::optional<double>(998));
    QVERIFY(!sent.creditsUsed);
    QVERIFY(sent.batchId.isEmpty());
    QVERIFY(!sent.scheduled);

    QCOMPARE(fixture.server().store().journalCount(kProvider), 2);
    QSqlQuery query(fixture.server().store().database());
    QVERIFY(
        query.exec(QStringLiteral("SELECT phone, sender, body, parts FROM messages ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("+254722565650"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("TUMA"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("Hello world"));
    QCOMPARE(query.value(3).toInt(), 1);
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("+254722998999"));

    // 254sms cannot be asked about delivery; the simulator's messages still move on.
    sandbox::SandboxStore& store = fixture.server().store();
    auto stateOf = [&](const QString& phone) {
        QSqlQuery row(store.database());
        row.prepare(
            QStringLiteral("SELECT created_at, scheduled_at FROM messages WHERE phone = ?"));
        row.addBindValue(phone);
        if (!row.exec() || !row.next())
            return sandbox::SandboxStore::State::Pending;
        return store.stateOf(row.value(0).toLongLong(), row.value(1).toLongLong(), phone);
    };
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("+254722565650")),
                              sandbox::SandboxStore::State::Delivered, 3000);
    QCOMPARE(stateOf(QStringLiteral("+254722998999")), sandbox::SandboxStore::State::Failed);
}

void TestSms254::balanceGoesDownByParts()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Sms254));
    auto balance = balanceOf(*adapter);
    QVERIFY(balance);
    QCOMPARE(balance.value().amount, 1000.0);
    QCOMPARE(balance.value().unit, QStringLiteral("credits"));
    QVERIFY(!balance.value().smsRemaining);

    // 161 GSM characters: two parts, to two recipients.
    const auto sent
        = send(*adapter,
               toNumbers({QStringLiteral("+254722565650"), QStringLiteral("+254722565651")},
                         QString(161, u'a')));
    QVERIFY(sent);
    QCOMPARE(sent.value().balanceAfter, std::optional<double>(996));
    // UCS-2: 71 units are two parts.
    QVERIFY(send(
        *adapter,
        toNumbers({QStringLiteral("+254722565650")}, QString(69, u'a') + QStringLiteral("😀"))));
    balance = balanceOf(*adapter);
    QVERIFY(balance);
    QCOMPARE(balance.value().amount, 994.0);
}

void TestSms254::senderDefaultsToTheProviders()
{
    test::SandboxFixture fixture;
    ProviderAccount account = fixture.account(ProviderKind::Sms254);
    account.defaultSender.clear();
    auto adapter = fixture.adapter(account);
    QVERIFY(send(*adapter, toNumbers({QStringLiteral("+254722565650")}, QStringLiteral("x"))));
    SendRequest request = toNumbers({QStringLiteral("+254722565650")}, QStringLiteral("y"));
    request.senderId = QStringLiteral("TUMA-TEST");
    QVERIFY(send(*adapter, request));
    QSqlQuery query(fixture.server().store().database());
    QVERIFY(query.exec(QStringLiteral("SELECT sender FROM messages ORDER BY id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("254sms"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("TUMA-TEST"));
}

void TestSms254::documentedCodesOverHttp()
{
    test::SandboxFixture fixture;
    const ProviderAccount good = fixture.account(ProviderKind::Sms254);

    // X000: a mandatory parameter is missing (the message).
    auto adapter = fixture.adapter(good);
    auto sent = send(*adapter, toNumbers({QStringLiteral("+254722565650")}, QString()));
    QCOMPARE(sent.error().kind, Kind::Validation);
    QVERIFY(sent.error().providerText.startsWith(QStringLiteral("X000: ")));

    // X001: an unknown key.
    ProviderAccount account = good;
    account.secret = QStringLiteral("wrong_key");
    adapter = fixture.adapter(account);
    sent = send(*adapter, toNumbers({QStringLiteral("+254722565650")}, QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::Authentication);
    QCOMPARE(sent.error().providerText, QStringLiteral("X001: Unknown or unvalid secret_key"));
    QVERIFY(!sent.error().providerText.contains(account.secret));
    QCOMPARE(balanceOf(*adapter).error().kind, Kind::Authentication);

    // X002: the sandbox's key registered for another domain.
    account.secret = QStringLiteral("sandbox_254_foreign");
    adapter = fixture.adapter(account);
    sent = send(*adapter, toNumbers({QStringLiteral("+254722565650")}, QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::Permission);
    QVERIFY(sent.error().message.contains(QStringLiteral("domain")));
    QCOMPARE(balanceOf(*adapter).error().kind, Kind::Permission);

    // X003: an unknown username.
    account = good;
    account.username = QStringLiteral("nobody");
    adapter = fixture.adapter(account);
    const auto balance = balanceOf(*adapter);
    QCOMPARE(balance.error().kind, Kind::Authentication);
    QCOMPARE(balance.error().providerText, QStringLiteral("X003: Unknown or unvalid user token"));
    QVERIFY(balance.error().message.contains(QStringLiteral("username")));

    QCOMPARE(fixture.server().store().journalCount(), 0);
}

void TestSms254::lowCreditIsInsufficientCredit()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Sms254));
    fixture.server().store().addToBalance(kProvider, kCredential, -999);
    const auto sent
        = send(*adapter,
               toNumbers({QStringLiteral("+254722565650"), QStringLiteral("+254722565651")},
                         QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::InsufficientCredit);
    QCOMPARE(fixture.server().store().journalCount(), 0);
    QVERIFY(send(*adapter, toNumbers({QStringLiteral("+254722565650")}, QStringLiteral("x"))));
}

void TestSms254::codeMapping_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");
    QTest::addColumn<ProviderError::Kind>("kind");
    const QString words = QStringLiteral("words");
    QTest::newRow("X000 in 200") << QStringLiteral("X000") << words << 200 << Kind::Validation;
    QTest::newRow("X000 in 400") << QStringLiteral("X000") << words << 400 << Kind::Validation;
    QTest::newRow("X001 in 200") << QStringLiteral("X001") << words << 200 << Kind::Authentication;
    QTest::newRow("X001 in 401") << QStringLiteral("X001") << words << 401 << Kind::Authentication;
    QTest::newRow("X001 in 403") << QStringLiteral("X001") << words << 403 << Kind::Authentication;
    QTest::newRow("x001 lower case")
        << QStringLiteral("x001") << words << 200 << Kind::Authentication;
    QTest::newRow("X002 in 200") << QStringLiteral("X002") << words << 200 << Kind::Permission;
    QTest::newRow("X002 in 401") << QStringLiteral("X002") << words << 401 << Kind::Permission;
    QTest::newRow("X003 in 200") << QStringLiteral("X003") << words << 200 << Kind::Authentication;
    QTest::newRow("X003 in 500") << QStringLiteral("X003") << words << 500 << Kind::Authentication;
    QTest::newRow("102") << QStringLiteral("102") << words << 200 << Kind::InsufficientCredit;
    QTest::newRow("insufficient words")
        << QStringLiteral("999") << QStringLiteral("Insufficient balance") << 200
        << Kind::InsufficientCredit;
    QTest::newRow("unknown in 200") << QStringLiteral("999") << words << 200 << Kind::Validation;
    QTest::newRow("unknown in 429") << QStringLiteral("429") << words << 429 << Kind::RateLimited;
    QTest::newRow("unknown in 500") << QStringLiteral("500") << words << 500 << Kind::Server;
    QTest::newRow("unknown in 401")
        << QStringLiteral("401") << words << 401 << Kind::Authentication;
}

void TestSms254::codeMapping()
{
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(int, status);
    QFETCH(ProviderError::Kind, kind);
    HttpResponse response;
    response.status = status;
    response.headers = {{"retry-after", "4"}};
    const ProviderError error = Sms254Adapter::errorFor(code, text, response);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.providerText, code + QStringLiteral(": ") + text);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.retryAfterSeconds, kind == Kind::RateLimited ? 4 : -1);
}

void TestSms254::rateLimitCarriesRetryAfter()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Sms254));
    fixture.setFaults(QStringLiteral("send:rate-limit=6*1,balance:rate-limit=2*1"));
    const auto sent
        = send(*adapter, toNumbers({QStringLiteral("+254722565650")}, QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::RateLimited);
    QCOMPARE(sent.error().retryAfterSeconds, 6);
    QCOMPARE(sent.error().httpStatus, 429);
    QCOMPARE(sent.error().providerText, QStringLiteral("429: Too many requests"));
    const auto balance = balanceOf(*adapter);
    QCOMPARE(balance.error().kind, Kind::RateLimited);
    QCOMPARE(balance.error().retryAfterSeconds, 2);
    QCOMPARE(fixture.server().store().journalCount(), 0);
    QVERIFY(balanceOf(*adapter));
}

void TestSms254::serverErrorIsServerAndAGatewayPageLeavesSendsInDoubt()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Sms254));
    fixture.setFaults(QStringLiteral("*:server-error"));
    auto sent = send(*adapter, toNumbers({QStringLiteral("+254722565650")}, QStringLiteral("x")));
    // "500" is none of the document's codes (X000..X003): not its error envelope, so the
    // send may have been taken (docs/providers.md, "Errors").
    QCOMPARE(sent.error().kind, Kind::AmbiguousSubmission);
    QCOMPARE(sent.error().httpStatus, 500);
    QCOMPARE(balanceOf(*adapter).error().kind, Kind::Server);

    fixture.setFaults(QStringLiteral("*:html"));
    sent = send(*adapter, toNumbers({QStringLiteral("+254722565650")}, QStringLiteral("x")));
    // A gateway's page: the provider behind it may have taken the message.
    QCOMPARE(sent.error().kind, Kind::AmbiguousSubmission);
    QCOMPARE(sent.error().httpStatus, 502);
    QVERIFY(sent.error().providerText.contains(QStringLiteral("502 Bad Gateway")));
    const auto balance = balanceOf(*adapter);
    QCOMPARE(balance.error().kind, Kind::Server);
    QVERIFY(balance.error().message.contains(QStringLiteral("web page")));
}

void TestSms254::malformedIsServerForQueriesAmbiguousForSends()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Sms254));
    fixture.setFaults(QStringLiteral("*:malformed"));
    const auto balance = balanceOf(*adapter);
    QCOMPARE(balance.error().kind, Kind::Server);
    QVERIFY(balance.error().message.contains(QStringLiteral("could not be read")));
    const auto sent
        = send(*adapter, toNumbers({QStringLiteral("+254722565650")}, QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::AmbiguousSubmission);
    QVERIFY(!sent.error().providerText.isEmpty());
}

void TestSms254::slowQueryTimesOut()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Sms254));
    NetworkClient::Options options = adapter->http().options();
    options.totalTimeoutMs = 300;
    adapter->http().setOptions(options);
    fixture.setFaults(QStringLiteral("balance:slow=2000*1,send:slow=2000*1"));
    QCOMPARE(balanceOf(*adapter).error().kind, Kind::Timeout);
    const auto sent
        = send(*adapter, toNumbers({QStringLiteral("+254722565650")}, QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::AmbiguousSubmission);
}

void TestSms254::droppedSendIsAmbiguousAndJournaledOnce()
{
    test::SandboxFixture fixture;
    auto adapter = fixture.adapter(fixture.account(ProviderKind::Sms254));
    fixture.setFaults(QStringLiteral("send:drop*1"));
    const auto sent
        = send(*adapter, toNumbers({QStringLiteral("+254722565650")}, QStringLiteral("x")));
    QCOMPARE(sent.error().kind, Kind::AmbiguousSubmission);
    QCOMPARE(fixture.server().store().journalCount(kProvider), 1);
    QTest::qWait(200); // nothing is sent again behind our back
    QCOMPARE(fixture.server().store().journalCount(kProvider), 1);
    QVERIFY(send(*adapter, toNumbers({QStringLiteral("+254722565650")}, QStringLiteral("x"))));
    QCOMPARE(fixture.server().store().journalCount(kProvider), 2);
}

QTEST_GUILESS_MAIN(TestSms254)
#include "tst_sms254.moc"
