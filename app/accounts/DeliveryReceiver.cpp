// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryReceiver.h"

#include "providers/ProviderAdapter.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace tuma {

Q_LOGGING_CATEGORY(lcReceiver, "tuma.providers.receiver")

namespace {

struct ReceiverText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryReceiver)
};

constexpr int connectionTimeoutMs = 10'000;
// After the answer: how long, and how much, a client's unwanted body is read and dropped.
constexpr int drainMs = 2000;
constexpr qint64 maximumDrainBytes = 1024 * 1024;
constexpr int maximumConnections = 64;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QByteArray errorBody(const QString& text)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("error"), text}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

DeliveryReceiver::DeliveryReceiver(QObject* parent)
    : QObject(parent)
{
    m_server.setMaxPendingConnections(maximumConnections);
    connect(&m_server, &QTcpServer::newConnection, this, &DeliveryReceiver::onNewConnection);
}

DeliveryReceiver::~DeliveryReceiver()
{
    // The server's sockets go with it; none may call back into a receiver half gone.
    const QList<QTcpSocket*> sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
    m_server.close();
}

Result<quint16> DeliveryReceiver::start(const QHostAddress& address, quint16 port)
{
    if (!m_server.listen(address, port)) {
        return Error {QStringLiteral("receiver_listen"),
                      ReceiverText::tr("The delivery report receiver could not listen on %1 port "
                                       "%2. Another program may use the port: choose another one.")
                          .arg(address.toString())
                          .arg(port),
                      m_server.errorString()};
    }
    return m_server.serverPort();
}

quint16 DeliveryReceiver::port() const
{
    return m_server.serverPort();
}

void DeliveryReceiver::setRoutes(const QHash<QString, Route>& byToken)
{
    m_routes = byToken;
}

QString DeliveryReceiver::pathFor(const QString& token)
{
    return QStringLiteral("/dlr/") + token;
}

void DeliveryReceiver::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_connections.size() + m_draining.size() >= maximumConnections) {
            // Too many at once: cut off at once, nothing read.
            socket->abort();
            continue;
        }
        m_connections.insert(socket, {});
        socket->setReadBufferSize(maximumHeadBytes + maximumReportBytes);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this,
                [this, socket] { m_connections.remove(socket); });
        // A client that never finishes its request does not hold a connection for ever.
        QTimer::singleShot(connectionTimeoutMs, socket, [this, socket] {
            if (m_connections.contains(socket))
                answer(socket, 408, errorBody(QStringLiteral("too slow")));
        });
        onReadable(socket);
    }
}

void DeliveryReceiver::onReadable(QTcpSocket* socket)
{
    if (m_draining.contains(socket))
        return drain(socket);
    auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    Connection& connection = found.value();
    if (!connection.headRead) {
        connection.buffer += socket->read(maximumHeadBytes + 4 - connection.buffer.size());
        const qsizetype headEnd = connection.buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (connection.buffer.size() > maximumHeadBytes) {
                answer(socket, 431, errorBody(QStringLiteral("request head too large")));
            }
            return;
        }
        if (!readHead(socket, connection, headEnd))
            return;
    }
    if (connection.buffer.size() < connection.bodyLength)
        connection.buffer += socket->read(connection.bodyLength - connection.buffer.size());
    if (connection.buffer.size() < connection.bodyLength)
        return;
    const Connection done = connection;
    m_connections.remove(socket);
    handleBody(socket, done, done.buffer.left(done.bodyLength));
}

bool DeliveryReceiver::readHead(QTcpSocket* socket, Connection& connection, qsizetype headEnd)
{
    const QList<QByteArray> lines = connection.buffer.left(headEnd).split('\n');
    const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
    if (request.size() != 3 || !request.at(2).startsWith("HTTP/1.")) {
        answer(socket, 400, errorBody(QStringLiteral("not an HTTP/1.1 request")));
        return false;
    }
    qint64 length = -1;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 declared = value.toLongLong(&ok);
            if (!ok || declared < 0 || (length >= 0 && declared != length)) {
                answer(socket, 400, errorBody(QStringLiteral("bad Content-Length")));
                return false;
            }
            length = declared;
        } else if (name == "transfer-encoding") {
            chunked = true;
        }
    }
    // The path and method first: a stranger learns nothing from the size rules.
    const QByteArray target = request.at(1);
    const QString path = QString::fromUtf8(
        target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')));
    const auto route = path.startsWith(QLatin1String("/dlr/")) ? m_routes.constFind(path.mid(5))
                                                               : m_routes.constEnd();
    if (route == m_routes.constEnd()) {
        qCInfo(lcReceiver) << "refused a request for an unknown address";
        answer(socket, 404, errorBody(QStringLiteral("not found")));
        return false;
    }
    if (request.at(0) != "POST") {
        answer(socket, 405, errorBody(QStringLiteral("POST a delivery report")));
        return false;
    }
    if (chunked || length < 0) {
        answer(socket, 411, errorBody(QStringLiteral("send a Content-Length")));
        return false;
    }
    if (length > maximumReportBytes) {
        answer(socket, 413, errorBody(QStringLiteral("too large")));
        return false;
    }
    connection.headRead = true;
    connection.bodyLength = length;
    connection.route = route.value();
    connection.buffer = connection.buffer.mid(headEnd + 4);
    return true;
}

void DeliveryReceiver::handleBody(QTcpSocket* socket, const Connection& connection,
                                  const QByteArray& body)
{
    ProviderAccount account;
    account.provider = connection.route.provider;
    const std::unique_ptr<ProviderAdapter> parser = ProviderRegistry::createAdapter(account);
    const ProviderResult<DeliveryReceipt> receipt = parser->parseDeliveryReceipt(body);
    if (!receipt) {
        qCWarning(lcReceiver) << "refused a delivery report for"
                              << providerName(connection.route.provider)
                              << receipt.error().providerText;
        answer(socket, 400, errorBody(receipt.error().message));
        return;
    }
    answer(socket, 200, R"({"status":"ok"})");
    Q_EMIT receiptReceived(connection.route.accountId, connection.route.provider, receipt.value());
}

void DeliveryReceiver::answer(QTcpSocket* socket, int status, const QByteArray& body)
{
    m_connections.remove(socket);
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
    // A client may still be sending the body it declared when it is refused: what it sends
    // is read and thrown away (a little of it, for a moment) while the answer goes out, so
    // that the answer is not lost to a reset; then the connection is cut.
    m_draining.insert(socket, 0);
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0) {
#ifdef Q_OS_UNIX
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
            socket->disconnectFromHost();
#endif
        }
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_draining.remove(socket); });
    socket->write(reply);
    QTimer::singleShot(drainMs, socket, [this, socket] {
        m_draining.remove(socket);
        socket->abort();
    });
}

void DeliveryReceiver::drain(QTcpSocket* socket)
{
    qint64& drained = m_draining[socket];
    char discard[16 * 1024];
    while (socket->bytesAvailable() > 0) {
        const qint64 read = socket->read(discard, sizeof discard);
        if (read <= 0)
            break;
        drained += read;
    }
    if (drained > maximumDrainBytes) {
        m_draining.remove(socket);
        socket->abort();
    }
}

} // namespace tuma
