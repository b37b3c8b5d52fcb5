// SPDX-License-Identifier: GPL-3.0-or-later
// The local receiver of delivery reports: QSMS's documented DLR posted over real HTTP on
// loopback, recorded in the outbox; anything else refused without a change.
#include "accounts/DeliveryReceiver.h"
#include "campaigns/ProviderStates.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tuma;

namespace {

// The document's own example.
const QByteArray documentedReport = R"({
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

} // namespace

class TestDeliveryReceiver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("tuma-%1.db").arg(++m_counter)));
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO accounts (id, name, provider, base_url, secret_ref, created_at, "
            "updated_at) VALUES (1, 'Q', 'qsms', 'https://sms.qorami.io', 'ref', 0, 0)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO campaigns (id, name, account_id, template_body, created_at) "
            "VALUES (1, 'Promo', 1, 'Hi', 0)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO messages (campaign_id, phone, body, encoding, segments, credits, state, "
            "provider_message_id, updated_at) VALUES "
            "(1, '+254722322095', 'Hi', 'GSM-7', 1, 1, 'accepted', '75', 0), "
            "(1, '+254722322096', 'Hi', 'GSM-7', 1, 1, 'queued', '76', 0)")));
        m_receiver = std::make_unique<DeliveryReceiver>();
        QVERIFY(m_receiver->start(QHostAddress::LocalHost, 0).ok());
        connect(m_receiver.get(), &DeliveryReceiver::receiptReceived, this,
                [this](ProviderKind, const DeliveryReceipt& receipt) {
                    const OutboxState mapped = outboxStateFor(receipt.state);
                    const std::optional<OutboxState> state
                        = isFinal(mapped) ? std::optional(mapped) : std::nullopt;
                    QVERIFY(Outbox(*m_database)
                                .recordDelivery(receipt.messageId, state, receipt.providerStatus)
                                .ok());
                });
    }

    void cleanup()
    {
        m_receiver.reset();
        m_database.reset();
    }

    void aDocumentedReportIsRecorded()
    {
        QSignalSpy received(m_receiver.get(), &DeliveryReceiver::receiptReceived);
        QCOMPARE(post(QStringLiteral("/dlr/qsms"), documentedReport), 200);
        QCOMPARE(received.size(), 1);
        const auto receipt = received.at(0).at(1).value<DeliveryReceipt>();
        QCOMPARE(receipt.messageId, QStringLiteral("75"));
        QCOMPARE(receipt.state, MessageState::Delivered);
        QCOMPARE(stateOf(QStringLiteral("75")), QStringLiteral("delivered"));
        QCOMPARE(m_receiver->received(), 1);
    }

    void aReportNeverReopensOrSkipsAState()
    {
        // A report for a message not accepted yet changes nothing.
        QByteArray report = documentedReport;
        report.replace("\"75\"", "\"76\"");
        QCOMPARE(post(QStringLiteral("/dlr/qsms"), report), 200);
        QCOMPARE(stateOf(QStringLiteral("76")), QStringLiteral("queued"));
        // A failure after delivery does not undo it.
        QCOMPARE(post(QStringLiteral("/dlr/qsms"), documentedReport), 200);
        QCOMPARE(
            Outbox(*m_database)
                .recordDelivery(QStringLiteral("75"), OutboxState::Failed, QStringLiteral("late"))
                .value(),
            0);
        QCOMPARE(stateOf(QStringLiteral("75")), QStringLiteral("delivered"));
    }

    void badReportsAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("malformed")
            << QStringLiteral("/dlr/qsms") << QByteArray("{\"messageId\":") << 400;
        QTest::newRow("not an object") << QStringLiteral("/dlr/qsms") << QByteArray("[1,2]") << 400;
        QTest::newRow("no message id")
            << QStringLiteral("/dlr/qsms") << QByteArray("{\"dlrStatus\":\"1\"}") << 400;
        QTest::newRow("html") << QStringLiteral("/dlr/qsms") << QByteArray("<html></html>") << 400;
        QTest::newRow("unknown provider")
            << QStringLiteral("/dlr/twilio") << documentedReport << 404;
        QTest::newRow("provider without reports")
            << QStringLiteral("/dlr/254sms") << documentedReport << 404;
        QTest::newRow("elsewhere") << QStringLiteral("/") << documentedReport << 404;
        QTest::newRow("too large") << QStringLiteral("/dlr/qsms") << QByteArray(70'000, 'x') << 413;
    }

    void badReportsAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QSignalSpy received(m_receiver.get(), &DeliveryReceiver::receiptReceived);
        QCOMPARE(post(path, body), status);
        QCOMPARE(received.size(), 0);
        QCOMPARE(stateOf(QStringLiteral("75")), QStringLiteral("accepted"));
    }

private:
    int post(const QString& path, const QByteArray& body)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                                         .arg(m_receiver->serverPorts().value(0))
                                         .arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(5000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    QString stateOf(const QString& providerId)
    {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT state FROM messages WHERE provider_message_id = ?"));
        query.addBindValue(providerId);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DeliveryReceiver> m_receiver;
};

QTEST_GUILESS_MAIN(TestDeliveryReceiver)
#include "tst_deliveryreceiver.moc"
