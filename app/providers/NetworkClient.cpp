// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkClient.h"

#include "ProxyAuth.h"
#include "Version.h"

#include <QAuthenticator>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QIODevice>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QThread>
#include <QTimer>

#include <cstring>
#include <memory>
#include <optional>

namespace tuma {

// Method, host, path (never the query), status and timings; never a header value.
Q_LOGGING_CATEGORY(lcHttp, "tuma.providers.http", QtInfoMsg)

namespace {

constexpr int kMaxRedirects = 3;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// The headers the client writes itself; a caller's own copy would contradict them.
bool isClientOwnedHeader(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    return lower == "host" || lower == "content-length" || lower == "connection"
        || lower == "user-agent" || lower == "accept-encoding" || lower == "transfer-encoding";
}

int defaultPort(const QUrl& url)
{
    return url.scheme() == QStringLiteral("https") ? 443 : 80;
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString kindName(HttpError::Kind kind)
{
    switch (kind) {
    case HttpError::Kind::Configuration:
        return QStringLiteral("configuration");
    case HttpError::Kind::Connect:
        return QStringLiteral("connect");
    case HttpError::Kind::Tls:
        return QStringLiteral("tls");
    case HttpError::Kind::Timeout:
        return QStringLiteral("timeout");
    case HttpError::Kind::NoResponse:
        return QStringLiteral("no-response");
    case HttpError::Kind::Protocol:
        return QStringLiteral("protocol");
    case HttpError::Kind::TooLarge:
        return QStringLiteral("too-large");
    case HttpError::Kind::Redirect:
        return QStringLiteral("redirect");
    case HttpError::Kind::ProxyAuthentication:
        return QStringLiteral("proxy-authentication");
    }
    return {};
}

// Errors QNetworkReply gives for an HTTP status it received whole: the answer is ours to judge.
bool isStatusError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
    case QNetworkReply::ProtocolInvalidOperationError: // 400, 418
    case QNetworkReply::AuthenticationRequiredError: // 401
    case QNetworkReply::ContentAccessDenied: // 403
    case QNetworkReply::ContentNotFoundError: // 404
    case QNetworkReply::ContentOperationNotPermittedError: // 405
    case QNetworkReply::ContentConflictError: // 409
    case QNetworkReply::ContentGoneError: // 410
    case QNetworkReply::UnknownContentError: // other 4xx
    case QNetworkReply::InternalServerError: // 500
    case QNetworkReply::OperationNotImplementedError: // 501
    case QNetworkReply::ServiceUnavailableError: // 503
    case QNetworkReply::UnknownServerError: // other 5xx
        return true;
    default:
        return false;
    }
}

// Errors that come before anything of the request left this computer: it cannot have reached
// the provider.
bool isBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
        return true;
    default:
        return false;
    }
}

// A request body Qt can read once and never rewind. Qt re-sends a request whose connection
// closed before an answer came by resetting its body: with this one the reset fails and the
// reply ends with ContentReSendError instead of a second request. Read on the reply's thread,
// so whether its last byte was handed over is known there, without a race.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_position; }
    bool atEnd() const override { return m_position >= m_data.size(); }
    // Every byte has been given to Qt: from here on the provider may have the request.
    bool handedOut() const { return m_position >= m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        if (count <= 0)
            return m_data.isEmpty() ? 0 : -1;
        std::memcpy(data, m_data.constData() + m_position, static_cast<size_t>(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    const QByteArray m_data;
    qint64 m_position = 0;
};

// The system's proxy, never for this computer.
class ProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        if (NetworkClient::isLoopback(query.url()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return QNetworkProxyFactory::systemProxyForQuery(query);
    }
};

} // namespace

QByteArray HttpResponse::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

// One request from send() to done: a reply per hop (a redirect is a new one), the answer
// read as it comes. Deletes itself after `done`.
class NetworkClient::Exchange final : public QObject
{
    Q_DISABLE_COPY_MOVE(Exchange)

public:
    Exchange(NetworkClient* client, HttpRequest request, Done done);
    ~Exchange() override;

    void start();
    // Running timers start over.
    void restartTimers()
    {
        if (m_connectTimer.isActive())
            m_connectTimer.start();
        if (m_totalTimer.isActive())
            m_totalTimer.start();
    }

private:
    std::optional<HttpError> checkRequest() const;
    void startHop();
    QNetworkRequest networkRequest() const;
    QString where() const;
    // The request may have reached the server.
    bool mayHaveArrived() const;

    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onConnectTimeout();
    void onTotalTimeout();
    void handleResponse(HttpResponse response);
    void fail(HttpError::Kind kind, const QString& detail);
    void finish(Result<HttpResponse, HttpError> result);
    void dropReply();

    NetworkClient* const m_client;
    const Options m_options;
    HttpRequest m_request;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QPointer<QNetworkAccessManager> m_submitter; // a one-shot request's own manager
    bool m_connectionClosed = false; // the answer said "Connection: close"
    OneShotBody* m_body = nullptr;
    QByteArray m_received;
    QStringList m_sslErrors;
    QTimer m_connectTimer;
    QTimer m_totalTimer;
    QElapsedTimer m_elapsed;
    int m_hops = 0;
    bool m_requestSent = false; // Qt said the whole request went out
    bool m_finished = false;
};

NetworkClient::Exchange::Exchange(NetworkClient* client, HttpRequest request, Done done)
    : QObject(client)
    , m_client(client)
    , m_options(client->options())
    , m_request(std::move(request))
    , m_done(std::move(done))
{
    m_connectTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &Exchange::onConnectTimeout);
    connect(&m_totalTimer, &QTimer::timeout, this, &Exchange::onTotalTimeout);
}

NetworkClient::Exchange::~Exchange()
{
    dropReply();
}

void NetworkClient::Exchange::start()
{
    m_elapsed.start();
    if (const std::optional<HttpError> error = checkRequest()) {
        fail(error->kind, error->detail);
        return;
    }
    if (m_options.totalTimeoutMs > 0)
        m_totalTimer.start(m_options.totalTimeoutMs);
    startHop();
}

std::optional<HttpError> NetworkClient::Exchange::checkRequest() const
{
    const QUrl& url = m_request.url;
    if (!url.isValid() || url.host().isEmpty())
        return HttpError {HttpError::Kind::Configuration, QStringLiteral("invalid URL")};
    const QString scheme = url.scheme();
    if (scheme == QStringLiteral("http")) {
        if (!isLoopback(url))
            return HttpError {HttpError::Kind::Configuration,
                              QStringLiteral("plain http is only allowed to this computer; "
                                             "%1 needs an https:// URL")
                                  .arg(url.host())};
    } else if (scheme != QStringLiteral("https")) {
        return HttpError {
            HttpError::Kind::Configuration,
            QStringLiteral("unsupported URL scheme \"%1\"; use https://").arg(scheme)};
    }
    if (!isToken(m_request.method))
        return HttpError {HttpError::Kind::Configuration, QStringLiteral("invalid HTTP method")};
    for (const auto& [name, value] : m_request.headers) {
        if (!isToken(name))
            return HttpError {HttpError::Kind::Configuration,
                              QStringLiteral("invalid header name")};
        if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
            return HttpError {HttpError::Kind::Configuration,
                              QStringLiteral("the %1 header has a line break in its value")
                                  .arg(QString::fromLatin1(name))};
    }
    return std::nullopt;
}

QString NetworkClient::Exchange::where() const
{
    const QUrl& url = m_request.url;
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(defaultPort(url)));
}

QNetworkRequest NetworkClient::Exchange::networkRequest() const
{
    QNetworkRequest request(m_request.url);
    // Our code decides on redirects (Qt 6 follows them by default).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // No cookies kept or sent, nothing cached.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("User-Agent", QByteArrayLiteral("Tuma/" TUMA_VERSION_STRING));
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_request.oneShot) {
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setRawHeader("Connection", "close");
    }
    const QByteArray& method = m_request.method;
    if (m_request.oneShot || !m_request.body.isEmpty() || method == "POST" || method == "PUT"
        || method == "PATCH")
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
    for (const auto& [name, value] : m_request.headers) {
        if (!isClientOwnedHeader(name))
            request.setRawHeader(name, value);
    }
    return request;
}

void NetworkClient::Exchange::startHop()
{
    m_received.clear();
    m_sslErrors.clear();
    m_requestSent = false;
    // A submission gets a manager, and so a connection, of its own: Qt keeps a connection the
    // server left open for the manager's next request even after "Connection: close". A
    // manager is used again only once its server closed the connection (takeSubmitter).
    if (m_request.oneShot && !m_submitter)
        m_submitter = m_client->takeSubmitter();
    QNetworkAccessManager* manager
        = m_request.oneShot ? m_submitter.data() : m_client->readManager();
    const QNetworkRequest request = networkRequest();
    const QByteArray& method = m_request.method;
    qCDebug(lcHttp).noquote() << QString::fromLatin1(method) << where() << m_request.url.path();

    const bool hasBody
        = !m_request.body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH";
    // A one-shot request always has its one-shot body, an empty one too: without a device
    // Qt would send it again freely.
    if (m_request.oneShot) {
        m_body = new OneShotBody(m_request.body, this);
        m_reply = manager->sendCustomRequest(request, method, m_body);
    } else if (hasBody) {
        m_reply = manager->sendCustomRequest(request, method, m_request.body);
    } else {
        m_reply = manager->sendCustomRequest(request, method);
    }

    if (m_options.connectTimeoutMs > 0)
        m_connectTimer.start(m_options.connectTimeoutMs);
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_requestSent = true;
        m_connectTimer.stop();
        qCDebug(lcHttp).noquote() << where() << "request written after" << m_elapsed.elapsed()
                                  << "ms";
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            m_connectTimer.stop();
    });
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_connectTimer.stop(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &Exchange::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &Exchange::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Exchange::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Never ignored: the handshake fails and so does the request.
        for (const QSslError& error : errors)
            m_sslErrors.append(error.errorString());
    });
}

bool NetworkClient::Exchange::mayHaveArrived() const
{
    // A one-shot body says it without a race: it is read on this thread. A request without
    // one is judged by Qt's signal, which may come late: for a read that only changes the
    // words of the error.
    if (m_body)
        return m_body->handedOut() || m_body->size() == 0;
    return m_requestSent;
}

void NetworkClient::Exchange::onMetaData()
{
    if (m_finished || !m_reply)
        return;
    m_connectTimer.stop();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    bool ok = false;
    const qint64 announced = length.toLongLong(&ok);
    if (ok && announced > m_options.maxBodyBytes)
        fail(HttpError::Kind::TooLarge,
             QStringLiteral("%1: the answer announces %2 bytes, more than the %3 allowed")
                 .arg(where())
                 .arg(announced)
                 .arg(m_options.maxBodyBytes));
}

void NetworkClient::Exchange::onReadyRead()
{
    if (m_finished || !m_reply)
        return;
    m_received += m_reply->readAll();
    if (m_received.size() > m_options.maxBodyBytes)
        fail(HttpError::Kind::TooLarge,
             QStringLiteral("%1: the answer passed the %2 bytes allowed")
                 .arg(where())
                 .arg(m_options.maxBodyBytes));
}

void NetworkClient::Exchange::onFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_received += reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_received.size() > m_options.maxBodyBytes) {
        fail(HttpError::Kind::TooLarge,
             QStringLiteral("%1: the answer passed the %2 bytes allowed")
                 .arg(where())
                 .arg(m_options.maxBodyBytes));
        return;
    }
    if (statusAttribute.isValid() && isStatusError(error)) {
        HttpResponse response;
        response.status = statusAttribute.toInt();
        response.reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        for (const QNetworkReply::RawHeaderPair& header : reply->rawHeaderPairs())
            response.headers.append({header.first.toLower(), header.second});
        m_connectionClosed = response.header("connection").toLower().contains("close");
        response.body = std::move(m_received);
        if (response.status < 200) {
            // Qt 6.4 hands an interim answer (103 Early Hints) over as the answer.
            fail(HttpError::Kind::Protocol,
                 QStringLiteral("%1 gave only an interim answer (%2)")
                     .arg(where())
                     .arg(response.status));
            return;
        }
        handleResponse(std::move(response));
        return;
    }

    const QString text = QStringLiteral("%1: %2").arg(where(), reply->errorString());
    if (!m_sslErrors.isEmpty()) {
        fail(HttpError::Kind::Tls,
             QStringLiteral("%1: %2").arg(where(), m_sslErrors.join(QStringLiteral("; "))));
        return;
    }
    if (error == QNetworkReply::ContentReSendError && mayHaveArrived()) {
        // Qt wanted to send it again and the one-shot body refused: the first one went out.
        fail(HttpError::Kind::NoResponse,
             QStringLiteral("%1 closed the connection without answering").arg(where()));
        return;
    }
    if (error == QNetworkReply::ProxyAuthenticationRequiredError && !mayHaveArrived()) {
        fail(HttpError::Kind::ProxyAuthentication,
             QStringLiteral("the proxy asks for a user name and password: %1")
                 .arg(reply->errorString()));
        return;
    }
    if (isBeforeSending(error)) {
        const bool tls = error == QNetworkReply::SslHandshakeFailedError;
        fail(tls ? HttpError::Kind::Tls : HttpError::Kind::Connect, text);
        return;
    }
    if (mayHaveArrived()) {
        const bool protocol = error == QNetworkReply::ProtocolFailure
            || error == QNetworkReply::ProtocolUnknownError;
        fail(protocol ? HttpError::Kind::Protocol : HttpError::Kind::NoResponse, text);
        return;
    }
    fail(error == QNetworkReply::TimeoutError ? HttpError::Kind::Timeout : HttpError::Kind::Connect,
         text);
}

void NetworkClient::Exchange::onConnectTimeout()
{
    if (mayHaveArrived())
        fail(HttpError::Kind::NoResponse,
             QStringLiteral("no answer from %1 within %2 ms")
                 .arg(where())
                 .arg(m_options.connectTimeoutMs));
    else
        fail(HttpError::Kind::Timeout,
             QStringLiteral("no connection to %1 within %2 ms")
                 .arg(where())
                 .arg(m_options.connectTimeoutMs));
}

void NetworkClient::Exchange::onTotalTimeout()
{
    if (mayHaveArrived())
        fail(HttpError::Kind::NoResponse,
             QStringLiteral("no complete answer from %1 within %2 ms")
                 .arg(where())
                 .arg(m_options.totalTimeoutMs));
    else
        fail(HttpError::Kind::Timeout,
             QStringLiteral("the request to %1 was not sent within %2 ms")
                 .arg(where())
                 .arg(m_options.totalTimeoutMs));
}

void NetworkClient::Exchange::handleResponse(HttpResponse response)
{
    const QByteArray location = response.header(QByteArrayLiteral("location"));
    if (!isRedirectStatus(response.status) || location.isEmpty()) {
        qCDebug(lcHttp).noquote() << where() << "answered" << response.status << "after"
                                  << m_elapsed.elapsed() << "ms";
        finish(std::move(response));
        return;
    }

    QUrl target = m_request.url.resolved(QUrl::fromEncoded(location));
    target.setFragment({});
    if (!target.isValid()) {
        fail(HttpError::Kind::Protocol,
             QStringLiteral("%1 redirected (%2) to an invalid location")
                 .arg(where())
                 .arg(response.status));
        return;
    }
    // The query may carry tokens: the detail names the target without it.
    const QString shown = target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (m_request.method != "GET" || m_request.oneShot) {
        fail(HttpError::Kind::Redirect,
             QStringLiteral("a %1 request was redirected (%2) to %3")
                 .arg(QString::fromLatin1(m_request.method))
                 .arg(response.status)
                 .arg(shown));
        return;
    }
    if (!sameOrigin(m_request.url, target)) {
        fail(HttpError::Kind::Redirect,
             QStringLiteral("redirected (%1) to %2, another scheme, host or port")
                 .arg(response.status)
                 .arg(shown));
        return;
    }
    if (m_hops >= kMaxRedirects) {
        fail(
            HttpError::Kind::Redirect,
            QStringLiteral("more than %1 redirects, the last to %2").arg(kMaxRedirects).arg(shown));
        return;
    }
    ++m_hops;
    qCDebug(lcHttp).noquote() << where() << "redirected" << response.status << "to"
                              << target.path();
    dropReply();
    m_request.url = target;
    startHop();
}

void NetworkClient::Exchange::fail(HttpError::Kind kind, const QString& detail)
{
    finish(HttpError {kind, detail});
}

void NetworkClient::Exchange::finish(Result<HttpResponse, HttpError> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer.stop();
    m_totalTimer.stop();
    dropReply();
    if (m_submitter) {
        m_client->giveBackSubmitter(m_submitter, m_connectionClosed);
        m_submitter = nullptr;
    }
    if (!result)
        qCInfo(lcHttp).noquote() << QString::fromLatin1(m_request.method) << m_request.url.path()
                                 << "failed after" << m_elapsed.elapsed()
                                 << "ms:" << kindName(result.error().kind) << result.error().detail;
    // Queued: never from within send(), and never with a reply's signal on the stack, so
    // `done` may delete the client.
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result)]() mutable {
            const Done done = std::move(m_done);
            deleteLater();
            if (done)
                done(std::move(result));
        },
        Qt::QueuedConnection);
}

void NetworkClient::Exchange::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
    // The body goes with the reply that reads it.
    if (m_body) {
        m_body->setParent(reply);
        m_body = nullptr;
    }
}

NetworkClient::NetworkClient(QObject* parent)
    : NetworkClient(Options {}, parent)
{ }

NetworkClient::NetworkClient(Options options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{ }

NetworkClient::~NetworkClient()
{
    // The exchanges first: they abort their replies, which belong to the managers.
    const QObjectList children = this->children();
    for (QObject* child : children)
        delete dynamic_cast<Exchange*>(child);
}

QNetworkAccessManager* NetworkClient::newManager(QObject* parent)
{
    auto* manager = new QNetworkAccessManager(parent);
    manager->setProxyFactory(new ProxyFactory);
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    manager->setStrictTransportSecurityEnabled(false);
    auto attempts = std::make_shared<ProxyAuth::Attempts>();
    connect(manager, &QNetworkAccessManager::proxyAuthenticationRequired, manager,
            [this, attempts](const QNetworkProxy& proxy, QAuthenticator* authenticator) {
                ProxyAuth::answer(proxy, authenticator, *attempts);
                // The user may have taken a while to answer, with this thread waiting: that
                // time counts against no request's timeouts.
                restartTimers();
            });
    return manager;
}

QNetworkAccessManager* NetworkClient::takeSubmitter()
{
    while (!m_spareSubmitters.isEmpty()) {
        if (QPointer<QNetworkAccessManager> spare = m_spareSubmitters.takeLast())
            return spare;
    }
    return newManager(this);
}

void NetworkClient::giveBackSubmitter(QNetworkAccessManager* manager, bool connectionClosed)
{
    // Qt closes a connection whose answer said "Connection: close", and the manager's next
    // request opens a new one. Any other way the exchange ended may leave a connection open
    // in the manager, which no submission may ever use: the manager goes.
    constexpr qsizetype kMaxSpares = 4;
    if (connectionClosed && m_spareSubmitters.size() < kMaxSpares)
        m_spareSubmitters.append(manager);
    else
        manager->deleteLater();
}

QNetworkAccessManager* NetworkClient::readManager()
{
    if (!m_reads)
        m_reads = newManager(this);
    return m_reads;
}

void NetworkClient::restartTimers()
{
    const QObjectList children = this->children();
    for (QObject* child : children) {
        if (auto* exchange = dynamic_cast<Exchange*>(child))
            exchange->restartTimers();
    }
}

void NetworkClient::send(const HttpRequest& request, Done done)
{
    Q_ASSERT(QThread::currentThread() == thread());
    auto* exchange = new Exchange(this, request, std::move(done));
    exchange->start();
}

bool NetworkClient::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

} // namespace tuma
