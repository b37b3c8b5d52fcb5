// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include "SandboxApi.h"
#include "SandboxApis.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace tuma::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "tuma.providers.sandbox")

namespace {

struct ServerText
{
    Q_DECLARE_TR_FUNCTIONS(SandboxServer)
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    default:
        return "Status";
    }
}

} // namespace

SandboxServer::SandboxServer(Options options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
{
    m_apis.push_back(makeQuickFlowSandbox());
    m_apis.push_back(makeQsmsSandbox());
    m_apis.push_back(makeSms254Sandbox());
    m_apis.push_back(makeFlashSmsSandbox());
}

SandboxServer::~SandboxServer() = default;

Result<void> SandboxServer::start(quint16 port)
{
    m_store = std::make_unique<SandboxStore>(m_options.statePath, m_options.timing);
    if (Result<void> opened = m_store->open(); !opened)
        return opened;
    for (const auto& api : m_apis)
        api->seed(*m_store);
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        return Error {QStringLiteral("sandbox_listen"),
                      ServerText::tr("The sandbox could not listen on 127.0.0.1 port %1. Choose "
                                     "another port.")
                          .arg(port),
                      {}};
    }
    return {};
}

QUrl SandboxServer::baseUrl(ProviderKind provider) const
{
    for (const auto& api : m_apis) {
        if (api->name() == providerName(provider)) {
            return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(api->basePath()));
        }
    }
    return {};
}

QJsonObject SandboxServer::credentials() const
{
    QJsonObject all;
    for (const auto& api : m_apis)
        all.insert(api->name(), api->credentials());
    return all;
}

QJsonObject SandboxServer::baseUrls() const
{
    QJsonObject urls;
    for (const auto& api : m_apis) {
        urls.insert(api->name(),
                    QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(api->basePath()));
    }
    return urls;
}

void SandboxServer::setFaults(QList<Fault> faults)
{
    m_faults = std::move(faults);
}

SandboxServer::AccountSetup SandboxServer::accountSetup(ProviderKind provider)
{
    const QStringList senders {QStringLiteral("TUMA"), QStringLiteral("TUMA-TEST")};
    switch (provider) {
    case ProviderKind::QuickFlow:
        return {QStringLiteral("sandbox_key:sandbox_secret"), {}, {}, senders};
    case ProviderKind::Qsms:
        return {QStringLiteral("qsms_sandbox_key"), {}, QStringLiteral("1"), senders};
    case ProviderKind::Sms254:
        return {QStringLiteral("sandbox_254_key"), QStringLiteral("sandbox"), {}, senders};
    case ProviderKind::FlashSms:
        return {QStringLiteral("bms_test_sandbox"), {}, {}, senders};
    }
    return {};
}

std::optional<Fault> SandboxServer::takeFault(const QString& operation)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault& fault = m_faults[i];
        if (fault.operation != operation && fault.operation != QLatin1String("*"))
            continue;
        // A fault for some of the requests lets the others through, uncounted.
        if (fault.percent < 100 && QRandomGenerator::global()->bounded(100) >= fault.percent)
            continue;
        const Fault taken = fault;
        if (fault.remaining > 0 && --fault.remaining == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

bool SandboxServer::handleRequest(const QHttpServerRequest& httpRequest, QTcpSocket* socket)
{
    SandboxRequest request;
    request.method = methodName(httpRequest.method());
    request.query = QUrlQuery(httpRequest.url());
    for (const auto& [name, value] : httpRequest.headers())
        request.headers.append({name.toLower(), value});
    request.body = httpRequest.body();
    const QString fullPath = httpRequest.url().path();
    // Like any HTTP/1.1 server: a client that asks for the connection to be closed after the
    // answer gets that (Tuma's submissions ask).
    const bool closeAfter = request.header("connection").toLower().contains("close");

    if (fullPath.startsWith(QLatin1String("/_sandbox/"))) {
        request.path = fullPath.mid(9);
        write(socket, control(request), closeAfter);
        return true;
    }
    SandboxApi* api = nullptr;
    for (const auto& candidate : m_apis) {
        const QString base = candidate->basePath();
        if (fullPath.startsWith(base + u'/')) {
            api = candidate.get();
            request.path = fullPath.mid(base.size());
        }
    }
    const QString operation = api ? api->operation(request) : QString();
    if (!api || operation.isEmpty()) {
        write(
            socket,
            SandboxReply::json(
                404, QJsonObject {{QStringLiteral("error"), QStringLiteral("No such endpoint.")}}));
        return true;
    }
    qCDebug(lcSandbox) << request.method << api->name() << operation;

    const std::optional<Fault> fault = takeFault(operation);
    QPointer<QTcpSocket> guardedSocket(socket);
    auto answer = [this, api, request, guardedSocket, fault, closeAfter]() {
        if (!guardedSocket)
            return;
        if (fault && fault->kind == Fault::Kind::Drop) {
            // Accept, then vanish: the message is journaled but the client hears nothing.
            (void)api->handle(request, *m_store);
            guardedSocket->abort();
            return;
        }
        if (fault && fault->kind == Fault::Kind::Reset) {
            // Carry it out, start the answer, then reset the connection (RST, not a close).
            const QByteArray bytes = serialize(api->handle(request, *m_store));
            guardedSocket->write(bytes.left(bytes.size() / 2));
            guardedSocket->flush();
            resetConnection(guardedSocket);
            return;
        }
        write(guardedSocket, api->handle(request, *m_store), closeAfter);
        if (fault && fault->kind == Fault::Kind::Stale) {
            // Kept open as if for the next request, then closed without a word: the client
            // holds a pooled connection that is no longer there.
            QTimer::singleShot(fault->argument, guardedSocket, [guardedSocket] {
                if (guardedSocket)
                    guardedSocket->abort();
            });
        }
    };

    if (!fault) {
        answer();
        return true;
    }
    switch (fault->kind) {
    case Fault::Kind::RateLimit: {
        SandboxReply reply = api->errorReply(429, QStringLiteral("Too many requests"), fault->code);
        reply.headers.append({"Retry-After", QByteArray::number(fault->argument)});
        write(socket, reply, closeAfter);
        break;
    }
    case Fault::Kind::ServerError:
        write(socket, api->errorReply(500, QStringLiteral("Internal server error")), closeAfter);
        break;
    case Fault::Kind::Html: {
        SandboxReply reply;
        reply.status = 502;
        reply.contentType = "text/html";
        reply.body = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                     "<body><h1>502 Bad Gateway</h1><hr>nginx</body></html>";
        write(socket, reply, closeAfter);
        break;
    }
    case Fault::Kind::Malformed: {
        SandboxReply reply;
        reply.body = R"({"success": true, "data": {"messageId": "cm)";
        write(socket, reply, closeAfter);
        break;
    }
    case Fault::Kind::Slow: {
        // A slow provider has done the work; only its answer is late.
        const SandboxReply reply = api->handle(request, *m_store);
        QTimer::singleShot(fault->argument, this, [guardedSocket, reply, closeAfter]() {
            if (guardedSocket)
                write(guardedSocket, reply, closeAfter);
        });
        break;
    }
    case Fault::Kind::Drop:
    case Fault::Kind::Reset:
    case Fault::Kind::Stale:
        answer();
        break;
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    write(socket,
          SandboxReply::json(
              404, QJsonObject {{QStringLiteral("error"), QStringLiteral("No such endpoint.")}}));
}

SandboxReply SandboxServer::control(const SandboxRequest& request)
{
    if (request.path == QLatin1String("/faults") && request.method == "POST") {
        Result<QList<Fault>> faults = parseFaults(QString::fromUtf8(request.body));
        if (!faults) {
            return SandboxReply::json(
                400, QJsonObject {{QStringLiteral("error"), faults.error().message}});
        }
        setFaults(std::move(faults).value());
        return SandboxReply::json(
            200, QJsonObject {{QStringLiteral("faults"), static_cast<int>(m_faults.size())}});
    }
    if (request.path == QLatin1String("/journal") && request.method == "GET") {
        QSqlQuery query(m_store->database());
        QJsonArray messages;
        if (query.exec(QStringLiteral("SELECT provider, uid, batch, phone, sender, body, "
                                      "parts, cost, client_ref, campaign FROM messages "
                                      "ORDER BY id"))) {
            while (query.next()) {
                messages.append(QJsonObject {
                    {QStringLiteral("provider"), query.value(0).toString()},
                    {QStringLiteral("uid"), query.value(1).toString()},
                    {QStringLiteral("batch"), query.value(2).toString()},
                    {QStringLiteral("phone"), query.value(3).toString()},
                    {QStringLiteral("sender"), query.value(4).toString()},
                    {QStringLiteral("body"), query.value(5).toString()},
                    {QStringLiteral("parts"), query.value(6).toInt()},
                    {QStringLiteral("cost"), query.value(7).toDouble()},
                    {QStringLiteral("client_ref"), query.value(8).toString()},
                    {QStringLiteral("campaign"), query.value(9).toString()},
                });
            }
        }
        return SandboxReply::json(200, QJsonObject {{QStringLiteral("messages"), messages}});
    }
    return SandboxReply::json(
        404, QJsonObject {{QStringLiteral("error"), QStringLiteral("No such control endpoint.")}});
}

void SandboxServer::resetConnection(QTcpSocket* socket)
{
#ifdef Q_OS_UNIX
    // A zero linger makes the close a reset.
    const linger immediate {1, 0};
    ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediate,
                 sizeof immediate);
#endif
    socket->abort();
}

QByteArray SandboxServer::serialize(const SandboxReply& reply)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status) + "\r\n";
    head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto& [name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    return head + reply.body;
}

void SandboxServer::write(QTcpSocket* socket, const SandboxReply& reply, bool closeAfter)
{
    if (!closeAfter) {
        socket->write(serialize(reply));
        return;
    }
    SandboxReply closing = reply;
    closing.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    socket->write(serialize(closing));
    socket->disconnectFromHost();
}

QByteArray SandboxRequest::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

SandboxReply SandboxReply::json(int status, const QJsonValue& value)
{
    SandboxReply reply;
    reply.status = status;
    reply.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxApi::~SandboxApi() = default;

SandboxReply SandboxApi::errorReply(int status, const QString& text, const QString& code) const
{
    QJsonObject body {{QStringLiteral("error"), text}};
    if (!code.isEmpty())
        body.insert(QStringLiteral("code"), code);
    return SandboxReply::json(status, body);
}

} // namespace tuma::sandbox
