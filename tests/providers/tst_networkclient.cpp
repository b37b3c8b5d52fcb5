// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProxyFixture.h"
#include "Version.h"
#include "providers/NetworkClient.h"
#include "providers/ProxyAuth.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>
#include <sys/socket.h>

using namespace tuma;
using tuma::test::PasswordProxy;
using tuma::test::ProxyEnvironment;

namespace {

using HttpResult = Result<HttpResponse, HttpError>;
using Kind = HttpError::Kind;

constexpr int kWaitMs = 5000;

struct ReceivedRequest
{
    QByteArray method;
    QByteArray target;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
    qsizetype headerCount(const QByteArray& name) const
    {
        return std::count_if(headers.cbegin(), headers.cend(),
                             [&](const auto& header) { return header.first == name; });
    }
};

// A server on 127.0.0.1 that does what the test says: with each complete request it reads
// (script), or with whatever bytes arrive (raw script). It counts connections and requests,
// so a request sent twice shows.
class ScriptedServer final : public QObject
{
public:
    using Script = std::function<void(QTcpSocket*, const ReceivedRequest&)>;
    using RawScript = std::function<void(QTcpSocket*, const QByteArray&)>;

    ScriptedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    void setScript(Script script) { m_script = std::move(script); }
    void setRawScript(RawScript script) { m_rawScript = std::move(script); }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& pathAndQuery) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(pathAndQuery));
    }
    int connections() const { return m_connections; }
    const QList<ReceivedRequest>& requests() const { return m_requests; }

private:
    void read(QTcpSocket* socket)
    {
        const QByteArray data = socket->readAll();
        if (m_rawScript) {
            m_rawScript(socket, data);
            return;
        }
        QByteArray& buffer = m_buffers[socket];
        buffer += data;
        // Every complete request on the connection counts, a repeated one too.
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            ReceivedRequest request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                request.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
            }
            const qsizetype length
                = request.header(QByteArrayLiteral("content-length")).toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            m_requests.append(request);
            if (m_script)
                m_script(socket, request);
        }
    }

    QTcpServer m_server;
    Script m_script;
    RawScript m_rawScript;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<ReceivedRequest> m_requests;
    int m_connections = 0;
};

void answer(QTcpSocket* socket, const QByteArray& bytes)
{
    socket->write(bytes);
    socket->disconnectFromHost();
}

QByteArray okWith(const QByteArray& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Where `done` lands; declared before the client so that it outlives it.
struct Outcome
{
    std::optional<HttpResult> result;
    int calls = 0;

    NetworkClient::Done sink()
    {
        return [this](HttpResult r) {
            ++calls;
            result.emplace(std::move(r));
        };
    }
};

HttpRequest get(const QUrl& url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

QString describe(const std::optional<HttpResult>& result)
{
    if (!result)
        return QStringLiteral("no result");
    if (result->ok())
        return QStringLiteral("answer %1").arg(result->value().status);
    return QStringLiteral("error %1: %2")
        .arg(static_cast<int>(result->error().kind))
        .arg(result->error().detail);
}

bool failedWith(const std::optional<HttpResult>& result, Kind kind)
{
    return result && !result->ok() && result->error().kind == kind;
}

bool answered(const std::optional<HttpResult>& result, int status)
{
    return result && result->ok() && result->value().status == status;
}

NetworkClient::Options quickOptions()
{
    NetworkClient::Options options;
    options.connectTimeoutMs = 2000;
    options.totalTimeoutMs = 3000;
    return options;
}

} // namespace

class TestNetworkClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getWithContentLength()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            answer(socket, okWith("hello there"));
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(server.url(QStringLiteral("/greeting?lang=sw"))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(answered(outcome.result, 200), qPrintable(describe(outcome.result)));
        const HttpResponse& response = outcome.result->value();
        QCOMPARE(response.reason, QByteArrayLiteral("OK"));
        QCOMPARE(response.body, QByteArrayLiteral("hello there"));
        QCOMPARE(response.header(QByteArrayLiteral("content-type")),
                 QByteArrayLiteral("text/plain"));

        QCOMPARE(server.requests().size(), 1);
        const ReceivedRequest& request = server.requests().first();
        QCOMPARE(request.method, QByteArrayLiteral("GET"));
        QCOMPARE(request.target, QByteArrayLiteral("/greeting?lang=sw"));
        QCOMPARE(request.header("user-agent"), QByteArrayLiteral("Tuma/" TUMA_VERSION_STRING));
        QCOMPARE(request.header("accept-encoding"), QByteArrayLiteral("identity"));
        QCOMPARE(request.headerCount("content-length"), 0);
        QTest::qWait(50);
        QCOMPARE(outcome.calls, 1);
    }

    void postBodyAndHeadersArriveExactly()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            answer(socket, "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n");
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request;
        request.method = "POST";
        request.url = server.url(QStringLiteral("/v1/messages"));
        request.body = QByteArrayLiteral("{\"to\":\"+254700000001\",\"text\":\"Habari\"}");
        request.oneShot = true;
        request.headers = {{"Authorization", "Bearer s3cr3t-token"},
                           {"Content-Type", "application/json"},
                           {"Content-Length", "999"}, // the client's own wins
                           {"Connection", "keep-alive"}};
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(answered(outcome.result, 201), qPrintable(describe(outcome.result)));
        QVERIFY(outcome.result->value().body.isEmpty());

        QCOMPARE(server.requests().size(), 1);
        const ReceivedRequest& received = server.requests().first();
        QCOMPARE(received.method, QByteArrayLiteral("POST"));
        QCOMPARE(received.target, QByteArrayLiteral("/v1/messages"));
        QCOMPARE(received.header("host"),
                 QStringLiteral("127.0.0.1:%1").arg(server.port()).toLatin1());
        QCOMPARE(received.headerCount("content-length"), 1);
        QCOMPARE(received.header("content-length"), QByteArray::number(request.body.size()));
        QCOMPARE(received.headerCount("connection"), 1);
        QCOMPARE(received.header("connection"), QByteArrayLiteral("close"));
        QCOMPARE(received.header("authorization"), QByteArrayLiteral("Bearer s3cr3t-token"));
        QCOMPARE(received.header("content-type"), QByteArrayLiteral("application/json"));
        QCOMPARE(received.body, request.body);
    }

    void localhostByName()
    {
        ScriptedServer server;
        server.setScript(
            [](QTcpSocket* socket, const ReceivedRequest&) { answer(socket, okWith("hi")); });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(QUrl(QStringLiteral("http://localhost:%1").arg(server.port()))),
                    outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(answered(outcome.result, 200), qPrintable(describe(outcome.result)));
        QCOMPARE(server.requests().first().target, QByteArrayLiteral("/"));
        QCOMPARE(server.requests().first().header("host"),
                 QStringLiteral("localhost:%1").arg(server.port()).toLatin1());
    }

    void emptyPostSendsContentLengthZero()
    {
        ScriptedServer server;
        server.setScript(
            [](QTcpSocket* socket, const ReceivedRequest&) { answer(socket, okWith("{}")); });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request = get(server.url(QStringLiteral("/ping")));
        request.method = "POST";
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(answered(outcome.result, 200), qPrintable(describe(outcome.result)));
        QCOMPARE(server.requests().first().header("content-length"), QByteArrayLiteral("0"));
    }

    void chunkedBody()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            socket->write(
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nHel");
            QTimer::singleShot(50, socket, [socket] { socket->write("lo\r\n1\r\n,\r\n7\r"); });
            // The last chunk and a trailer; the connection stays open: the body's end is
            // what completes the answer.
            QTimer::singleShot(100, socket, [socket] {
                socket->write("\n world!\r\n0\r\nX-Checksum: abc\r\n\r\n");
            });
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(server.url(QStringLiteral("/chunks"))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(answered(outcome.result, 200), qPrintable(describe(outcome.result)));
        QCOMPARE(outcome.result->value().body, QByteArrayLiteral("Hello, world!"));
    }

    void bodyUntilClose()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nfirst part, ");
            QTimer::singleShot(50, socket, [socket] { answer(socket, "second part"); });
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(server.url(QStringLiteral("/"))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(answered(outcome.result, 200), qPrintable(describe(outcome.result)));
        QCOMPARE(outcome.result->value().body, QByteArrayLiteral("first part, second part"));
    }

    void notFoundIsAnAnswer()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            answer(socket, "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nno such x");
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(server.url(QStringLiteral("/missing"))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(answered(outcome.result, 404), qPrintable(describe(outcome.result)));
        QCOMPARE(outcome.result->value().reason, QByteArrayLiteral("Not Found"));
        QCOMPARE(outcome.result->value().body, QByteArrayLiteral("no such x"));
    }

    void interimAnswersAreSkipped()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            answer(socket,
                   "HTTP/1.1 100 Continue\r\n\r\n"
                   "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(server.url(QStringLiteral("/"))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(answered(outcome.result, 200), qPrintable(describe(outcome.result)));
        QCOMPARE(outcome.result->value().body, QByteArrayLiteral("ok"));
    }

    void anInterimAnswerAloneIsProtocol()
    {
        // Qt 6.4 hands a 103 Early Hints over as if it were the answer: it is not one.
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            answer(socket,
                   "HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                   "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(server.url(QStringLiteral("/"))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::Protocol), qPrintable(describe(outcome.result)));
    }

    void headAndNoContentHaveNoBody_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("204") << QByteArray("DELETE")
                             << QByteArray("HTTP/1.1 204 No Content\r\n\r\n");
        QTest::newRow("304") << QByteArray("GET")
                             << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n");
    }

    void headAndNoContentHaveNoBody()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, head);
        ScriptedServer server;
        // The connection stays open: the answer must be complete without a body.
        server.setScript(
            [head](QTcpSocket* socket, const ReceivedRequest&) { socket->write(head); });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request = get(server.url(QStringLiteral("/")));
        request.method = method;
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(outcome.result->ok(), qPrintable(describe(outcome.result)));
        QVERIFY(outcome.result->value().body.isEmpty());
    }

    void acceptThenDropIsNoResponseAndNeverResent()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) { socket->close(); });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request = get(server.url(QStringLiteral("/v1/messages")));
        request.method = "POST";
        request.body = QByteArrayLiteral("to=+254700000001&text=once");
        request.oneShot = true;
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::NoResponse),
                 qPrintable(describe(outcome.result)));
        // No second attempt, not even a late one.
        QTest::qWait(1000);
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().body, request.body);
        QCOMPARE(outcome.calls, 1);
    }

    // A read may go out again on a pooled connection (Qt does that when the connection turns
    // out stale); a submission never: each has a connection of its own, asks for it to be
    // closed, and is never re-sent.
    void submissionsNeverShareAConnection()
    {
        ScriptedServer server;
        // Keep-alive: answered, the connection left open for more.
        server.setScript(
            [](QTcpSocket* socket, const ReceivedRequest&) { socket->write(okWith("{}")); });
        QVERIFY(server.listen());
        NetworkClient client(quickOptions());
        for (int i = 0; i < 2; ++i) {
            Outcome outcome;
            client.send(get(server.url(QStringLiteral("/balance"))), outcome.sink());
            QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
            QVERIFY2(answered(outcome.result, 200), qPrintable(describe(outcome.result)));
        }
        QCOMPARE(server.connections(), 1); // the reads shared one
        for (int i = 0; i < 2; ++i) {
            Outcome outcome;
            HttpRequest request = get(server.url(QStringLiteral("/send")));
            request.method = "POST";
            request.body = "text=" + QByteArray::number(i);
            request.oneShot = true;
            client.send(request, outcome.sink());
            QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
            QVERIFY2(answered(outcome.result, 200), qPrintable(describe(outcome.result)));
        }
        QCOMPARE(server.connections(), 3);
        QCOMPARE(server.requests().size(), 4);
        QCOMPARE(server.requests().at(2).header("connection"), QByteArrayLiteral("close"));
        QCOMPARE(server.requests().at(3).header("connection"), QByteArrayLiteral("close"));
    }

    // A server that says "Connection: close" but leaves the socket open: Qt closes it, and the
    // next submission (through the same manager, used again) opens a new connection.
    void aClosingAnswerNeverLeavesAConnectionForTheNextSubmission()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            socket->write("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}");
        });
        QVERIFY(server.listen());
        NetworkClient client(quickOptions());
        for (int i = 0; i < 3; ++i) {
            Outcome outcome;
            HttpRequest request = get(server.url(QStringLiteral("/send")));
            request.method = "POST";
            request.body = "text=" + QByteArray::number(i);
            request.oneShot = true;
            client.send(request, outcome.sink());
            QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
            QVERIFY2(answered(outcome.result, 200), qPrintable(describe(outcome.result)));
        }
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.connections(), 3);
    }

    // A 407 can come from inside the tunnel (an intercepting proxy, the provider's gateway)
    // after the request went out: for a submission that is no proof it was not taken.
    void aProxyRefusalAfterTheBodyIsNoResponse()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            answer(socket,
                   "HTTP/1.1 407 Proxy Authentication Required\r\n"
                   "Proxy-Authenticate: Basic realm=\"gateway\"\r\nContent-Length: 0\r\n\r\n");
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request = get(server.url(QStringLiteral("/v1/messages")));
        request.method = "POST";
        request.body = QByteArrayLiteral("to=+254700000001&text=once");
        request.oneShot = true;
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::NoResponse),
                 qPrintable(describe(outcome.result)));
        QCOMPARE(server.requests().size(), 1);
    }

    // A one-shot request without a body (a DELETE, say) is not sent again either.
    void aOneShotRequestWithoutABodyIsNeverResent()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) { socket->close(); });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request = get(server.url(QStringLiteral("/v1/groups/7")));
        request.method = "DELETE";
        request.oneShot = true;
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::NoResponse),
                 qPrintable(describe(outcome.result)));
        QTest::qWait(500);
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void resetMidAnswerIsNoResponseAndNeverResent()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\n{\"id\":");
            socket->flush();
            const linger immediate {1, 0};
            ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                         &immediate, sizeof immediate);
            socket->abort();
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request = get(server.url(QStringLiteral("/v1/messages")));
        request.method = "POST";
        request.body = QByteArrayLiteral("to=+254700000001&text=once");
        request.oneShot = true;
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::NoResponse),
                 qPrintable(describe(outcome.result)));
        QTest::qWait(500);
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(outcome.calls, 1);
    }

    void silentServerIsNoResponseAfterTheTotalTimeout()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket*, const ReceivedRequest&) {});
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient::Options options;
        options.connectTimeoutMs = 2000;
        options.totalTimeoutMs = 300;
        NetworkClient client(options);
        HttpRequest request = get(server.url(QStringLiteral("/v1/messages")));
        request.method = "POST";
        request.body = QByteArrayLiteral("x");
        QElapsedTimer elapsed;
        elapsed.start();
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::NoResponse),
                 qPrintable(describe(outcome.result)));
        QVERIFY(elapsed.elapsed() >= 250);
        QTest::qWait(300);
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void unsentRequestIsTimeout()
    {
        // The server never reads: the body cannot leave the socket before the deadline.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        server.pauseAccepting();
        Outcome outcome;
        NetworkClient::Options options;
        options.connectTimeoutMs = 2000;
        options.totalTimeoutMs = 300;
        NetworkClient client(options);
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/upload").arg(server.serverPort()));
        request.body = QByteArray(32 * 1024 * 1024, 'x');
        request.oneShot = true;
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::Timeout), qPrintable(describe(outcome.result)));
    }

    void refusedConnectionIsConnect()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::Connect), qPrintable(describe(outcome.result)));
    }

    void unsafeUrlsAreConfiguration_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("http to a remote host")
            << QUrl(QStringLiteral("http://example.com/v1/send"));
        QTest::newRow("http to a private address") << QUrl(QStringLiteral("http://10.0.0.1/"));
        QTest::newRow("another scheme") << QUrl(QStringLiteral("ftp://127.0.0.1/file"));
        QTest::newRow("no host") << QUrl(QStringLiteral("https:///path"));
        QTest::newRow("empty") << QUrl();
    }

    void unsafeUrlsAreConfiguration()
    {
        QFETCH(QUrl, url);
        Outcome outcome;
        NetworkClient client(quickOptions());
        QElapsedTimer elapsed;
        elapsed.start();
        client.send(get(url), outcome.sink());
        // Never from within send().
        QCOMPARE(outcome.calls, 0);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::Configuration),
                 qPrintable(describe(outcome.result)));
        QVERIFY(!outcome.result->error().detail.isEmpty());
        QVERIFY(elapsed.elapsed() < 1000); // decided without the network
        QTest::qWait(20);
        QCOMPARE(outcome.calls, 1);
    }

    void headerWithLineBreakIsConfiguration()
    {
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request = get(QUrl(QStringLiteral("http://127.0.0.1:9/")));
        request.headers = {{"X-Note", "a\r\nX-Injected: 1"}};
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::Configuration),
                 qPrintable(describe(outcome.result)));
    }

    void httpsToPlainServerNeverSucceeds_data()
    {
        QTest::addColumn<bool>("closeAtOnce");
        QTest::newRow("plain answer") << false;
        QTest::newRow("close") << true;
    }

    void httpsToPlainServerNeverSucceeds()
    {
        QFETCH(bool, closeAtOnce);
        ScriptedServer server;
        server.setRawScript([closeAtOnce](QTcpSocket* socket, const QByteArray&) {
            if (closeAtOnce)
                socket->close();
            else
                answer(socket, okWith("ok"));
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.port()))),
                    outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::Tls) || failedWith(outcome.result, Kind::Protocol)
                     || failedWith(outcome.result, Kind::Connect),
                 qPrintable(describe(outcome.result)));
    }

    void bodyOverTheCapIsTooLarge_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("body");
        const QByteArray half(512, 'a');
        QTest::newRow("announced") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n")
                                   << QByteArray(5000, 'a');
        QTest::newRow("chunked") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << "200\r\n" + half + "\r\n200\r\n" + half
                + "\r\n1\r\nb\r\n0\r\n\r\n";
        QTest::newRow("until close")
            << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << QByteArray(4096, 'a');
    }

    void bodyOverTheCapIsTooLarge()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, body);
        ScriptedServer server;
        // Left open: the client stops reading by itself.
        server.setScript(
            [&](QTcpSocket* socket, const ReceivedRequest&) { socket->write(head + body); });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient::Options options = quickOptions();
        options.maxBodyBytes = 1024;
        NetworkClient client(options);
        client.send(get(server.url(QStringLiteral("/big"))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::TooLarge), qPrintable(describe(outcome.result)));
    }

    void bodyAtTheCapIsFine()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            answer(socket, okWith(QByteArray(1024, 'a')));
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient::Options options = quickOptions();
        options.maxBodyBytes = 1024;
        NetworkClient client(options);
        client.send(get(server.url(QStringLiteral("/"))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(answered(outcome.result, 200), qPrintable(describe(outcome.result)));
        QCOMPARE(outcome.result->value().body.size(), 1024);
    }

    void notHttpNeverSucceeds_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<bool>("oneShot");
        const QList<QPair<const char*, QByteArray>> replies {
            {"garbage", QByteArray("SSH-2.0-OpenSSH_9.2\r\n")},
            {"no status code", QByteArray("HTTP/1.1 OK\r\n\r\n")},
            {"letters for a code", QByteArray("HTTP/1.1 abc Fine\r\n\r\n")},
            {"HTTP/2 preface", QByteArray("HTTP/2 200\r\n\r\n")},
            {"bad chunk size",
             QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")},
        };
        for (const auto& [name, reply] : replies) {
            QTest::newRow(qPrintable(QStringLiteral("%1, read").arg(QLatin1String(name))))
                << reply << false;
            QTest::newRow(qPrintable(QStringLiteral("%1, submission").arg(QLatin1String(name))))
                << reply << true;
        }
    }

    // What is not HTTP is never taken for an answer; after a submission it leaves the outcome
    // open (NoResponse or Protocol, both ambiguous to the adapters), and it is not sent again.
    void notHttpNeverSucceeds()
    {
        QFETCH(QByteArray, reply);
        QFETCH(bool, oneShot);
        ScriptedServer server;
        server.setScript(
            [&](QTcpSocket* socket, const ReceivedRequest&) { answer(socket, reply); });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request = get(server.url(QStringLiteral("/")));
        if (oneShot) {
            request.method = "POST";
            request.body = "text=hello";
            request.oneShot = true;
        }
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(outcome.result && !outcome.result->ok(), qPrintable(describe(outcome.result)));
        if (oneShot) {
            QVERIFY2(failedWith(outcome.result, Kind::NoResponse)
                         || failedWith(outcome.result, Kind::Protocol),
                     qPrintable(describe(outcome.result)));
            QTest::qWait(100);
            QCOMPARE(server.requests().size(), 1);
        }
    }

    void sameHostRedirectIsFollowed()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest& request) {
            if (request.target == "/start")
                answer(socket,
                       "HTTP/1.1 302 Found\r\nLocation: /final?step=2\r\nContent-Length: "
                       "5\r\n\r\nmoved");
            else
                answer(socket, okWith("arrived"));
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request = get(server.url(QStringLiteral("/start")));
        request.headers = {{"Authorization", "Bearer t"}};
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(answered(outcome.result, 200), qPrintable(describe(outcome.result)));
        QCOMPARE(outcome.result->value().body, QByteArrayLiteral("arrived"));
        QCOMPARE(server.connections(), 2);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).target, QByteArrayLiteral("/final?step=2"));
        QCOMPARE(server.requests().at(1).header("authorization"), QByteArrayLiteral("Bearer t"));
    }

    void redirectLoopStopsAfterThreeHops()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            answer(
                socket,
                "HTTP/1.1 301 Moved Permanently\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n");
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(server.url(QStringLiteral("/"))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::Redirect), qPrintable(describe(outcome.result)));
        QCOMPARE(server.connections(), 4);
    }

    void crossHostRedirectIsRedirect()
    {
        ScriptedServer server;
        server.setScript([&server](QTcpSocket* socket, const ReceivedRequest&) {
            answer(socket,
                   "HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.2:"
                       + QByteArray::number(server.port())
                       + "/elsewhere?token=abc\r\nContent-Length: 0\r\n\r\n");
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(server.url(QStringLiteral("/"))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::Redirect), qPrintable(describe(outcome.result)));
        QVERIFY2(outcome.result->error().detail.contains(QStringLiteral("127.0.0.2")),
                 qPrintable(outcome.result->error().detail));
        QVERIFY(!outcome.result->error().detail.contains(QStringLiteral("token")));
        QCOMPARE(server.connections(), 1);
    }

    void postRedirectIsRedirect()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            answer(
                socket,
                "HTTP/1.1 307 Temporary Redirect\r\nLocation: /other\r\nContent-Length: 0\r\n\r\n");
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request = get(server.url(QStringLiteral("/v1/messages")));
        request.method = "POST";
        request.body = QByteArrayLiteral("text=hi");
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::Redirect), qPrintable(describe(outcome.result)));
        QVERIFY(outcome.result->error().detail.contains(QStringLiteral("/other")));
        QTest::qWait(100);
        QCOMPARE(server.connections(), 1);
        QCOMPARE(server.requests().size(), 1);
    }

    void shortBodyThenCloseIsNoResponse()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest&) {
            answer(socket, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b");
        });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(server.url(QStringLiteral("/"))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::NoResponse),
                 qPrintable(describe(outcome.result)));
    }

    void concurrentRequestsAllComplete()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket* socket, const ReceivedRequest& request) {
            // Later requests answered first.
            const int n = request.target.mid(1).toInt();
            QTimer::singleShot(10 * (8 - n), socket, [socket, target = request.target] {
                answer(socket, okWith(target));
            });
        });
        QVERIFY(server.listen());
        std::array<Outcome, 8> outcomes;
        NetworkClient client(quickOptions());
        for (int i = 0; i < 8; ++i)
            client.send(get(server.url(QStringLiteral("/%1").arg(i))), outcomes.at(i).sink());
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(outcomes.cbegin(), outcomes.cend(),
                                             [](const Outcome& o) { return o.result.has_value(); }),
                                 kWaitMs);
        for (int i = 0; i < 8; ++i) {
            const std::optional<HttpResult>& result = outcomes.at(i).result;
            QVERIFY2(answered(result, 200), qPrintable(describe(result)));
            QCOMPARE(result->value().body, QStringLiteral("/%1").arg(i).toLatin1());
            QCOMPARE(outcomes.at(i).calls, 1);
        }
        QCOMPARE(server.connections(), 8);
    }

    void deletingTheClientInFlightIsSafe()
    {
        ScriptedServer server;
        server.setScript([](QTcpSocket*, const ReceivedRequest&) {});
        QVERIFY(server.listen());
        Outcome outcome;
        auto* client = new NetworkClient(quickOptions());
        client->send(get(server.url(QStringLiteral("/"))), outcome.sink());
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, kWaitMs);
        // And one whose error is queued but not delivered yet.
        client->send(get(QUrl(QStringLiteral("http://example.com/"))), outcome.sink());
        delete client;
        QTest::qWait(200);
        QCOMPARE(outcome.calls, 0);
    }

    void doneMayDeleteTheClient()
    {
        ScriptedServer server;
        server.setScript(
            [](QTcpSocket* socket, const ReceivedRequest&) { answer(socket, okWith("x")); });
        QVERIFY(server.listen());
        QPointer<NetworkClient> client = new NetworkClient(quickOptions());
        int calls = 0;
        client->send(get(server.url(QStringLiteral("/"))), [&](HttpResult result) {
            ++calls;
            QVERIFY(result.ok());
            delete client.data();
        });
        QTRY_VERIFY_WITH_TIMEOUT(client.isNull(), kWaitMs);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
    }

    void aProxyThatAsksForAPasswordWithoutOneIsRefused()
    {
        PasswordProxy proxy("ofisi", "siri ya ofisi");
        QVERIFY(proxy.listen());
        ProxyEnvironment environment(proxy.url());
        ProxyAuth::setCredentials(std::nullopt);
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request = get(QUrl(QStringLiteral("https://api.provider.invalid/balance")));
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QVERIFY2(failedWith(outcome.result, Kind::ProxyAuthentication),
                 qPrintable(describe(outcome.result)));
        QCOMPARE(proxy.attempts(), QList<QByteArray> {QByteArray()});
        QCOMPARE(proxy.tunnels(), 0);
    }

    void aProxyGetsTheStoredPassword()
    {
        PasswordProxy proxy("ofisi", "siri ya ofisi");
        QVERIFY(proxy.listen());
        ProxyEnvironment environment(proxy.url());
        ProxyAuth::setCredentials(
            ProxyCredentials {QStringLiteral("ofisi"), QStringLiteral("siri ya ofisi")});
        int prompts = 0;
        ProxyAuth::setPrompt([&](const QString&, bool) -> std::optional<ProxyCredentials> {
            ++prompts;
            return std::nullopt;
        });
        Outcome outcome;
        NetworkClient client(quickOptions());
        HttpRequest request = get(QUrl(QStringLiteral("https://api.provider.invalid/v1/send")));
        request.method = "POST";
        request.body = "text=hello";
        request.oneShot = true;
        client.send(request, outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        // Through the tunnel there is no provider: the handshake fails, before any request.
        QVERIFY2(outcome.result && !outcome.result->ok()
                     && outcome.result->error().kind != Kind::ProxyAuthentication,
                 qPrintable(describe(outcome.result)));
        QCOMPARE(proxy.tunnels(), 1);
        QCOMPARE(proxy.attempts().last(), "Basic " + QByteArray("ofisi:siri ya ofisi").toBase64());
        QCOMPARE(prompts, 0);
    }

    void refusedCredentialsAreAskedForAgain()
    {
        PasswordProxy proxy("ofisi", "mpya");
        QVERIFY(proxy.listen());
        ProxyEnvironment environment(proxy.url());
        ProxyAuth::setCredentials(
            ProxyCredentials {QStringLiteral("ofisi"), QStringLiteral("zamani")});
        QList<bool> prompts;
        ProxyAuth::setPrompt(
            [&](const QString& where, bool refused) -> std::optional<ProxyCredentials> {
                prompts.append(refused);
                if (!where.startsWith(QStringLiteral("127.0.0.1:")))
                    return std::nullopt;
                return ProxyCredentials {QStringLiteral("ofisi"), QStringLiteral("mpya")};
            });
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(QUrl(QStringLiteral("https://api.provider.invalid/balance"))),
                    outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        QCOMPARE(prompts, QList<bool> {true});
        QCOMPARE(proxy.tunnels(), 1);
        QCOMPARE(proxy.attempts().last(), "Basic " + QByteArray("ofisi:mpya").toBase64());
        QCOMPARE(proxy.attempts().count("Basic " + QByteArray("ofisi:zamani").toBase64()), 1);
        // What the user typed is what every client uses from now on.
        QCOMPARE(ProxyAuth::credentials()->password, QStringLiteral("mpya"));
    }

    void loopbackNeverGoesThroughTheProxy()
    {
        PasswordProxy proxy("ofisi", "siri");
        QVERIFY(proxy.listen());
        ProxyEnvironment environment(proxy.url());
        qputenv("http_proxy", proxy.url());
        ScriptedServer server;
        server.setScript(
            [](QTcpSocket* socket, const ReceivedRequest&) { answer(socket, okWith("hi")); });
        QVERIFY(server.listen());
        Outcome outcome;
        NetworkClient client(quickOptions());
        client.send(get(server.url(QStringLiteral("/"))), outcome.sink());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result, kWaitMs);
        qunsetenv("http_proxy");
        QVERIFY2(answered(outcome.result, 200), qPrintable(describe(outcome.result)));
        QVERIFY(proxy.attempts().isEmpty());
    }

    void isLoopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << QStringLiteral("localhost") << true;
        QTest::newRow("LOCALHOST") << QStringLiteral("LOCALHOST") << true;
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.5.5.5") << QStringLiteral("127.5.5.5") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("example.com") << QStringLiteral("example.com") << false;
        QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
        QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
        QTest::newRow("localhost.example.com") << QStringLiteral("localhost.example.com") << false;
        QTest::newRow("::2") << QStringLiteral("::2") << false;
    }

    void isLoopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(host);
        url.setPath(QStringLiteral("/"));
        QVERIFY2(url.isValid(), qPrintable(url.errorString()));
        QCOMPARE(NetworkClient::isLoopback(url), loopback);
        QCOMPARE(NetworkClient::isLoopback(QUrl(QStringLiteral("https://[::1]:8443/x"))), true);
    }
};

QTEST_GUILESS_MAIN(TestNetworkClient)
#include "tst_networkclient.moc"
