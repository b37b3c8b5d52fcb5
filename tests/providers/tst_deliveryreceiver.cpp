// SPDX-License-Identifier: GPL-3.0-or-later
// Delivery reports providers post to us: QSMS's documented DLR posted over real HTTP on
// loopback to each account's own secret address (its token in the test session's keychain),
// recorded in that account's outbox only; anything else refused without a change, and a
// request that declares a huge body refused before any of it is read.
#include "accounts/DeliveryReceiver.h"
#include "accounts/DeliveryReports.h"
#include "secrets/SecretStore.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpSocket>
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

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

class TestDeliveryReceiver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("tuma-test-receiver"));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(QStringLiteral("tuma-%1.db").arg(++m_counter)));
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        QSqlQuery query(m_database->connection());
        // Two QSMS accounts; each has a message the provider knows as 75 (ids are the
        // provider's per account), the second one as 80 too.
        QVERIFY(query.exec(
            QStringLiteral(
                "INSERT INTO accounts (id, name, provider, base_url, secret_ref, created_at, "
                "updated_at) VALUES (1, 'Duka', 'qsms', 'https://sms.qorami.io', 'ref-a-%1', 0, "
                "0), "
                "(2, 'Shule', 'qsms', 'https://sms.qorami.io', 'ref-b-%1', 0, 0), "
                "(3, 'Flash', 'flashsms', 'https://flash.example', 'ref-c-%1', 0, 0)")
                .arg(m_counter)));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO campaigns (id, name, account_id, template_body, created_at) "
            "VALUES (1, 'Promo', 1, 'Hi', 0), (2, 'Term', 2, 'Hi', 0)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO messages (campaign_id, phone, body, encoding, segments, credits, state, "
            "provider_message_id, updated_at) VALUES "
            "(1, '+254722322095', 'Hi', 'GSM-7', 1, 1, 'accepted', '75', 0), "
            "(1, '+254722322096', 'Hi', 'GSM-7', 1, 1, 'queued', '76', 0), "
            "(2, '+254722322095', 'Hi', 'GSM-7', 1, 1, 'accepted', '75', 0), "
            "(2, '+254722322097', 'Hi', 'GSM-7', 1, 1, 'accepted', '80', 0)")));
        m_reports = std::make_unique<DeliveryReports>(*m_database, *m_secrets);
        QSignalSpy started(m_reports.get(), &DeliveryReports::started);
        m_reports->start(DeliveryReports::Reach::ThisComputer, 0);
        QVERIFY(started.wait(10'000));
        QVERIFY(m_reports->isListening());
    }

    void cleanup()
    {
        m_reports.reset();
        for (const Account& account : AccountStore(*m_database).list().value())
            QVERIFY(m_secrets->removeAndWait(DeliveryReports::tokenKey(account)).ok());
        m_database.reset();
    }

    void eachAccountThatPostsReportsHasItsOwnSecretAddress()
    {
        const QMap<QString, QString> urls = m_reports->urls();
        // FlashSMS posts no reports: no address.
        QCOMPARE(urls.keys(), (QStringList {QStringLiteral("Duka"), QStringLiteral("Shule")}));
        const QUrl duka(urls.value(QStringLiteral("Duka")));
        QCOMPARE(duka.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(duka.port(), int(m_reports->port()));
        QVERIFY(duka.path().startsWith(QLatin1String("/dlr/")));
        QVERIFY2(duka.path().size() >= 5 + 43, qPrintable(duka.path())); // 256 random bits
        QVERIFY(urls.value(QStringLiteral("Duka")) != urls.value(QStringLiteral("Shule")));
        // Kept in the keychain: the next start gives the provider's address again.
        const QMap<QString, QString> before = urls;
        QSignalSpy started(m_reports.get(), &DeliveryReports::started);
        m_reports->start(DeliveryReports::Reach::ThisComputer, m_reports->port());
        QVERIFY(started.wait(10'000));
        QCOMPARE(m_reports->urls(), before);
        // Nothing of it in the database.
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM accounts WHERE sender_ids || "
                                          "secret_ref || base_url LIKE '%")
                           + duka.path().mid(5) + QStringLiteral("%'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void aReportChangesItsOwnAccountsMessagesOnly()
    {
        QSignalSpy recorded(m_reports.get(), &DeliveryReports::recorded);
        QCOMPARE(post(urlOf(QStringLiteral("Duka")), documentedReport), 200);
        QVERIFY(recorded.wait(5000) || !recorded.isEmpty());
        QCOMPARE(recorded.at(0).at(0).toLongLong(), 1);
        QCOMPARE(recorded.at(0).at(1).toInt(), 1);
        QCOMPARE(stateOf(1, QStringLiteral("75")), QStringLiteral("delivered"));
        // The other account's message with the same provider id is untouched.
        QCOMPARE(stateOf(2, QStringLiteral("75")), QStringLiteral("accepted"));

        // A report for an id only the other account has changes nothing.
        QByteArray other = documentedReport;
        other.replace("\"75\"", "\"80\"")
            .replace("\"1\"", "\"2\"")
            .replace("DeliveredToTerminal", "DeliveryImpossible");
        QCOMPARE(post(urlOf(QStringLiteral("Duka")), other), 200);
        QCOMPARE(stateOf(2, QStringLiteral("80")), QStringLiteral("accepted"));
        QCOMPARE(post(urlOf(QStringLiteral("Shule")), other), 200);
        QCOMPARE(stateOf(2, QStringLiteral("80")), QStringLiteral("failed"));
    }

    void aReportNeverReopensOrSkipsAState()
    {
        // A report for a message not accepted yet changes nothing.
        QByteArray report = documentedReport;
        report.replace("\"75\"", "\"76\"");
        QCOMPARE(post(urlOf(QStringLiteral("Duka")), report), 200);
        QCOMPARE(stateOf(1, QStringLiteral("76")), QStringLiteral("queued"));
        // A failure after delivery does not undo it.
        QCOMPARE(post(urlOf(QStringLiteral("Duka")), documentedReport), 200);
        QCOMPARE(Outbox(*m_database)
                     .recordDelivery(1, QStringLiteral("75"), OutboxState::Failed,
                                     QStringLiteral("late"))
                     .value(),
                 0);
        QCOMPARE(stateOf(1, QStringLiteral("75")), QStringLiteral("delivered"));
    }

    void badRequestsAreRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("malformed") << QString() << QByteArray("{\"messageId\":") << 400;
        QTest::newRow("not an object") << QString() << QByteArray("[1,2]") << 400;
        QTest::newRow("no message id") << QString() << QByteArray("{\"dlrStatus\":\"1\"}") << 400;
        QTest::newRow("html") << QString() << QByteArray("<html></html>") << 400;
        QTest::newRow("no token") << QStringLiteral("/dlr/qsms") << documentedReport << 404;
        QTest::newRow("no token at all") << QStringLiteral("/dlr/") << documentedReport << 404;
        QTest::newRow("a wrong token")
            << QStringLiteral("/dlr/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
            << documentedReport << 404;
        QTest::newRow("elsewhere") << QStringLiteral("/") << documentedReport << 404;
        QTest::newRow("too large") << QString() << QByteArray(70'000, 'x') << 413;
    }

    void badRequestsAreRefused()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QSignalSpy recorded(m_reports.get(), &DeliveryReports::recorded);
        QUrl url = urlOf(QStringLiteral("Duka"));
        if (!path.isEmpty())
            url.setPath(path);
        QCOMPARE(post(url, body), status);
        QTest::qWait(50);
        QCOMPARE(recorded.size(), 0);
        QCOMPARE(stateOf(1, QStringLiteral("75")), QStringLiteral("accepted"));
    }

    void aHugeDeclaredBodyIsRefusedBeforeItIsRead()
    {
        // 2 GB declared: answered 413 from the head alone, and the process does not grow.
        const qint64 before = residentKiB();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_reports->port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray head = "POST " + urlOf(QStringLiteral("Duka")).path().toUtf8()
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              "Content-Length: 2147483648\r\n\r\n";
        socket.write(head);
        // Keep sending as a client would, up to 8 MB, while the answer comes (the receiver
        // runs on this thread: the event loop turns between writes).
        const QByteArray chunk(64 * 1024, 'x');
        QByteArray answer;
        for (int i = 0; i < 128 && socket.state() == QAbstractSocket::ConnectedState
             && !answer.contains("\r\n\r\n");
             ++i) {
            socket.write(chunk);
            QTest::qWait(5);
            answer += socket.readAll();
        }
        QElapsedTimer waited;
        waited.start();
        while (!answer.contains("\r\n\r\n") && waited.elapsed() < 5000) {
            QTest::qWait(10);
            answer += socket.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY2(residentKiB() - before < 4 * 1024,
                 qPrintable(QStringLiteral("%1 KiB more").arg(residentKiB() - before)));

        // Without a length, or chunked: refused too.
        QCOMPARE(rawStatus("POST " + urlOf(QStringLiteral("Duka")).path().toUtf8()
                           + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"),
                 411);
        QCOMPARE(
            rawStatus("GET " + urlOf(QStringLiteral("Duka")).path().toUtf8() + " HTTP/1.1\r\n\r\n"),
            405);
        QCOMPARE(rawStatus("NONSENSE\r\n\r\n"), 400);
        QCOMPARE(rawStatus("POST /dlr/x HTTP/1.1\r\n" + QByteArray(9000, 'h')), 431);
        QCOMPARE(stateOf(1, QStringLiteral("75")), QStringLiteral("accepted"));
    }

    void offListensNowhere()
    {
        const quint16 port = m_reports->port();
        m_reports->start(DeliveryReports::Reach::Off, port);
        QVERIFY(!m_reports->isListening());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(1000));
    }

private:
    QUrl urlOf(const QString& account) const { return QUrl(m_reports->urls().value(account)); }

    int post(const QUrl& url, const QByteArray& body)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(5000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    int rawStatus(const QByteArray& request)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_reports->port());
        if (!socket.waitForConnected(5000))
            return -1;
        socket.write(request);
        QByteArray answer;
        QElapsedTimer waited;
        waited.start();
        while (!answer.contains("\r\n") && waited.elapsed() < 5000) {
            QTest::qWait(10);
            answer += socket.readAll();
        }
        return answer.split(' ').value(1).toInt();
    }

    QString stateOf(qint64 campaign, const QString& providerId)
    {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT state FROM messages WHERE campaign_id = ? AND "
                                     "provider_message_id = ?"));
        query.addBindValue(campaign);
        query.addBindValue(providerId);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DeliveryReports> m_reports;
};

QTEST_GUILESS_MAIN(TestDeliveryReceiver)
#include "tst_deliveryreceiver.moc"
