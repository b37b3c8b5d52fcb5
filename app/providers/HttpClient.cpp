// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include "Version.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <optional>

namespace tuma {

// Method, host, path (never the query), status and timings; never a header value.
Q_LOGGING_CATEGORY(lcHttp, "tuma.providers.http", QtInfoMsg)

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxChunkLineBytes = 4 * 1024;
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

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
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
    }
    return {};
}

// Reads one HTTP/1.x response as it arrives: status line, headers (1xx interim responses
// skipped), then a body by Content-Length, chunked, or until the peer closes.
class ResponseParser final
{
public:
    enum class Progress { NeedMore, Complete, Failed };

    ResponseParser(bool bodyless, qint64 maxBodyBytes)
        : m_bodyless(bodyless)
        , m_maxBodyBytes(maxBodyBytes)
    { }

    Progress feed(const QByteArray& data);
    // The peer closed the connection: only a body read until close is complete then.
    Progress closed();

    bool receivedAnything() const { return m_receivedAnything; }
    const HttpError& error() const { return m_error; }
    HttpResponse takeResponse() { return std::move(m_response); }

private:
    enum class Phase { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers };
    enum class BodyMode { Length, UntilClose };

    // Each returns true when it consumed something and parsing can go on.
    bool step();
    bool parseStatusLine();
    bool parseHeaderLine();
    bool headersDone();
    bool readBody();
    bool parseChunkSize();
    bool readChunkData();
    bool parseChunkEnd();
    bool parseTrailer();

    std::optional<QByteArray> nextLine();
    qsizetype pending() const { return m_buffer.size() - m_pos; }
    bool needMoreHeaderBytes();
    bool complete();
    bool fail(HttpError::Kind kind, const QString& detail);

    const bool m_bodyless;
    const qint64 m_maxBodyBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_headerBytes = 0;
    qint64 m_remaining = 0;
    Phase m_phase = Phase::StatusLine;
    BodyMode m_bodyMode = BodyMode::Length;
    Progress m_progress = Progress::NeedMore;
    bool m_receivedAnything = false;
    HttpResponse m_response;
    HttpError m_error;
};

ResponseParser::Progress ResponseParser::feed(const QByteArray& data)
{
    if (m_progress != Progress::NeedMore || data.isEmpty())
        return m_progress;
    m_receivedAnything = true;
    m_buffer.append(data);
    while (m_progress == Progress::NeedMore && step()) { }
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    return m_progress;
}

ResponseParser::Progress ResponseParser::closed()
{
    if (m_progress == Progress::NeedMore && m_phase == Phase::Body
        && m_bodyMode == BodyMode::UntilClose)
        complete();
    return m_progress;
}

bool ResponseParser::step()
{
    switch (m_phase) {
    case Phase::StatusLine:
        return parseStatusLine();
    case Phase::Headers:
        return parseHeaderLine();
    case Phase::Body:
        return readBody();
    case Phase::ChunkSize:
        return parseChunkSize();
    case Phase::ChunkData:
        return readChunkData();
    case Phase::ChunkEnd:
        return parseChunkEnd();
    case Phase::Trailers:
        return parseTrailer();
    }
    return false;
}

std::optional<QByteArray> ResponseParser::nextLine()
{
    const qsizetype end = m_buffer.indexOf('\n', m_pos);
    if (end < 0)
        return std::nullopt;
    QByteArray line = m_buffer.mid(m_pos, end - m_pos);
    m_pos = end + 1;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

bool ResponseParser::needMoreHeaderBytes()
{
    if (m_headerBytes + pending() > kMaxHeaderBytes)
        return fail(HttpError::Kind::Protocol,
                    QStringLiteral("the answer's headers pass %1 bytes").arg(kMaxHeaderBytes));
    return false;
}

bool ResponseParser::complete()
{
    m_progress = Progress::Complete;
    return false;
}

bool ResponseParser::fail(HttpError::Kind kind, const QString& detail)
{
    m_error = HttpError {kind, detail};
    m_progress = Progress::Failed;
    return false;
}

bool ResponseParser::parseStatusLine()
{
    // Fail on the first bytes of something that is not HTTP rather than wait for a line.
    static constexpr QByteArrayView prefix("HTTP/1.");
    const QByteArrayView start
        = QByteArrayView(m_buffer).sliced(m_pos, std::min(pending(), prefix.size()));
    if (start != prefix.first(start.size()))
        return fail(HttpError::Kind::Protocol, QStringLiteral("the answer is not HTTP/1.x"));

    const std::optional<QByteArray> line = nextLine();
    if (!line)
        return needMoreHeaderBytes();
    m_headerBytes += line->size() + 2;
    // HTTP/1.x SP 3DIGIT [SP reason]
    const QByteArray& text = *line;
    const bool valid = text.size() >= 12 && isDigits(text.mid(7, 1)) && text.at(8) == ' '
        && isDigits(text.mid(9, 3)) && (text.size() == 12 || text.at(12) == ' ');
    const int status = valid ? text.mid(9, 3).toInt() : 0;
    if (status < 100 || status > 599)
        return fail(HttpError::Kind::Protocol,
                    QStringLiteral("the answer has no valid status line"));
    m_response.status = status;
    m_response.reason = text.mid(13).trimmed();
    m_phase = Phase::Headers;
    return true;
}

bool ResponseParser::parseHeaderLine()
{
    const std::optional<QByteArray> line = nextLine();
    if (!line)
        return needMoreHeaderBytes();
    m_headerBytes += line->size() + 2;
    if (m_headerBytes > kMaxHeaderBytes)
        return needMoreHeaderBytes();
    if (line->isEmpty())
        return headersDone();
    if (line->front() == ' ' || line->front() == '\t') {
        // Obsolete line folding: the continuation joins the previous value.
        if (m_response.headers.isEmpty())
            return fail(HttpError::Kind::Protocol, QStringLiteral("a header line starts folded"));
        m_response.headers.last().second += ' ' + line->trimmed();
        return true;
    }
    const qsizetype colon = line->indexOf(':');
    const QByteArray name = colon > 0 ? line->left(colon) : QByteArray();
    if (!isToken(name))
        return fail(HttpError::Kind::Protocol, QStringLiteral("the answer has a malformed header"));
    m_response.headers.append({name.toLower(), line->mid(colon + 1).trimmed()});
    return true;
}

bool ResponseParser::headersDone()
{
    const int status = m_response.status;
    if (status == 101)
        return fail(HttpError::Kind::Protocol,
                    QStringLiteral("unexpected 101 Switching Protocols"));
    if (status < 200) {
        // An interim answer (100 Continue, 103 Early Hints): the real one follows.
        m_response = HttpResponse {};
        m_headerBytes = 0;
        m_phase = Phase::StatusLine;
        return true;
    }
    if (m_bodyless || status == 204 || status == 304)
        return complete();

    QList<QByteArray> codings;
    QList<QByteArray> lengths;
    for (const auto& [name, value] : std::as_const(m_response.headers)) {
        QList<QByteArray>* list = nullptr;
        if (name == "transfer-encoding")
            list = &codings;
        else if (name == "content-length")
            list = &lengths;
        else
            continue;
        for (const QByteArray& item : value.split(',')) {
            const QByteArray trimmed = item.trimmed().toLower();
            if (!trimmed.isEmpty())
                list->append(trimmed);
        }
    }

    if (!codings.isEmpty()) {
        if (codings != QList<QByteArray> {QByteArrayLiteral("chunked")})
            return fail(HttpError::Kind::Protocol,
                        QStringLiteral("the answer uses a Transfer-Encoding other than chunked"));
        m_phase = Phase::ChunkSize;
        return true;
    }

    if (lengths.isEmpty()) {
        m_phase = Phase::Body;
        m_bodyMode = BodyMode::UntilClose;
        return true;
    }
    bool ok = lengths.size() == 1 || lengths.count(lengths.first()) == lengths.size();
    ok = ok && isDigits(lengths.first()) && lengths.first().size() <= 18;
    if (!ok)
        return fail(HttpError::Kind::Protocol,
                    QStringLiteral("the answer has an invalid Content-Length"));
    const qint64 length = lengths.first().toLongLong();
    if (length > m_maxBodyBytes)
        return fail(HttpError::Kind::TooLarge,
                    QStringLiteral("the answer announces %1 bytes, more than the %2 allowed")
                        .arg(length)
                        .arg(m_maxBodyBytes));
    if (length == 0)
        return complete();
    m_phase = Phase::Body;
    m_bodyMode = BodyMode::Length;
    m_remaining = length;
    return true;
}

bool ResponseParser::readBody()
{
    if (m_bodyMode == BodyMode::UntilClose) {
        m_response.body.append(QByteArrayView(m_buffer).sliced(m_pos));
        m_pos = m_buffer.size();
        if (m_response.body.size() > m_maxBodyBytes)
            return fail(
                HttpError::Kind::TooLarge,
                QStringLiteral("the answer passed the %1 bytes allowed").arg(m_maxBodyBytes));
        return false;
    }
    const qsizetype take = std::min<qint64>(m_remaining, pending());
    m_response.body.append(QByteArrayView(m_buffer).sliced(m_pos, take));
    m_pos += take;
    m_remaining -= take;
    if (m_remaining == 0)
        return complete();
    return false;
}

bool ResponseParser::parseChunkSize()
{
    const std::optional<QByteArray> line = nextLine();
    if (!line) {
        if (pending() > kMaxChunkLineBytes)
            return fail(HttpError::Kind::Protocol, QStringLiteral("a chunk size line is too long"));
        return false;
    }
    // chunk-size [; extensions]: the extensions are ignored.
    const qsizetype semicolon = line->indexOf(';');
    const QByteArray sizeText = (semicolon < 0 ? *line : line->left(semicolon)).trimmed();
    bool ok = !sizeText.isEmpty() && sizeText.size() <= 15;
    for (const char c : sizeText)
        ok = ok && isHexDigit(c);
    if (!ok)
        return fail(HttpError::Kind::Protocol,
                    QStringLiteral("the answer has an invalid chunk size"));
    const qint64 size = sizeText.toLongLong(nullptr, 16);
    if (size == 0) {
        m_headerBytes = 0;
        m_phase = Phase::Trailers;
        return true;
    }
    if (m_response.body.size() + size > m_maxBodyBytes)
        return fail(HttpError::Kind::TooLarge,
                    QStringLiteral("the answer passed the %1 bytes allowed").arg(m_maxBodyBytes));
    m_remaining = size;
    m_phase = Phase::ChunkData;
    return true;
}

bool ResponseParser::readChunkData()
{
    const qsizetype take = std::min<qint64>(m_remaining, pending());
    m_response.body.append(QByteArrayView(m_buffer).sliced(m_pos, take));
    m_pos += take;
    m_remaining -= take;
    if (m_remaining > 0)
        return false;
    m_phase = Phase::ChunkEnd;
    return true;
}

bool ResponseParser::parseChunkEnd()
{
    const std::optional<QByteArray> line = nextLine();
    if (!line) {
        if (pending() > 1)
            return fail(HttpError::Kind::Protocol,
                        QStringLiteral("a chunk does not end with CRLF"));
        return false;
    }
    if (!line->isEmpty())
        return fail(HttpError::Kind::Protocol, QStringLiteral("a chunk does not end with CRLF"));
    m_phase = Phase::ChunkSize;
    return true;
}

bool ResponseParser::parseTrailer()
{
    const std::optional<QByteArray> line = nextLine();
    if (!line)
        return needMoreHeaderBytes();
    m_headerBytes += line->size() + 2;
    if (m_headerBytes > kMaxHeaderBytes)
        return needMoreHeaderBytes();
    // Trailer fields are tolerated and dropped.
    if (line->isEmpty())
        return complete();
    return true;
}

} // namespace

QByteArray HttpResponse::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

// One request from send() to done: a connection per hop (a redirect is a new connection),
// the request written once on it, the answer parsed. Deletes itself after `done`.
class HttpClient::Exchange final : public QObject
{
    Q_DISABLE_COPY_MOVE(Exchange)

public:
    Exchange(HttpClient* client, HttpRequest request, Done done);
    ~Exchange() override;

    void start();

private:
    std::optional<HttpError> checkRequest() const;
    void connectToServer();
    QByteArray requestBytes() const;
    QString where() const;

    void onReady();
    void onBytesWritten(qint64 bytes);
    void onReadyRead();
    void onClosed();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError>& errors);
    void onConnectTimeout();
    void onTotalTimeout();

    void handleProgress(ResponseParser::Progress progress);
    void handleResponse(HttpResponse response);
    void fail(HttpError::Kind kind, const QString& detail);
    void finish(Result<HttpResponse, HttpError> result);
    void dropSocket();

    const HttpClient::Options m_options;
    HttpRequest m_request; // its url moves along redirects
    Done m_done;
    QTcpSocket* m_socket = nullptr;
    std::optional<ResponseParser> m_parser;
    QTimer m_connectTimer;
    QTimer m_totalTimer;
    QElapsedTimer m_elapsed;
    qint64 m_requestSize = 0;
    qint64 m_bytesWritten = 0;
    int m_hops = 0;
    bool m_tls = false;
    bool m_tcpConnected = false;
    bool m_encrypted = false;
    bool m_requestSent = false; // handed to write(): never again on this connection
    bool m_requestWritten = false; // every byte of it left through the socket
    bool m_finished = false;
};

HttpClient::Exchange::Exchange(HttpClient* client, HttpRequest request, Done done)
    : QObject(client)
    , m_options(client->options())
    , m_request(std::move(request))
    , m_done(std::move(done))
{
    m_connectTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &Exchange::onConnectTimeout);
    connect(&m_totalTimer, &QTimer::timeout, this, &Exchange::onTotalTimeout);
}

HttpClient::Exchange::~Exchange()
{
    // The socket is a child and goes with this object; it must not call back into a
    // half-destroyed one while it aborts.
    if (m_socket)
        disconnect(m_socket, nullptr, this, nullptr);
}

void HttpClient::Exchange::start()
{
    m_elapsed.start();
    if (const std::optional<HttpError> error = checkRequest()) {
        fail(error->kind, error->detail);
        return;
    }
    if (m_options.totalTimeoutMs > 0)
        m_totalTimer.start(m_options.totalTimeoutMs);
    connectToServer();
}

std::optional<HttpError> HttpClient::Exchange::checkRequest() const
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

QString HttpClient::Exchange::where() const
{
    const QUrl& url = m_request.url;
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(defaultPort(url)));
}

void HttpClient::Exchange::connectToServer()
{
    const QUrl& url = m_request.url;
    m_tls = url.scheme() == QStringLiteral("https");
    m_parser.emplace(m_request.method == "HEAD", m_options.maxBodyBytes);
    m_requestSize = 0;
    m_bytesWritten = 0;
    m_tcpConnected = false;
    m_encrypted = false;
    m_requestSent = false;
    m_requestWritten = false;

    if (m_tls) {
        if (!QSslSocket::supportsSsl()) {
            fail(HttpError::Kind::Tls, QStringLiteral("no TLS library is available"));
            return;
        }
        auto* socket = new QSslSocket(this);
        connect(socket, &QSslSocket::encrypted, this, [this] {
            m_encrypted = true;
            onReady();
        });
        connect(socket, &QSslSocket::sslErrors, this, &Exchange::onSslErrors);
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
    }
    connect(m_socket, &QAbstractSocket::connected, this, [this] {
        m_tcpConnected = true;
        if (!m_tls)
            onReady();
    });
    connect(m_socket, &QAbstractSocket::bytesWritten, this, &Exchange::onBytesWritten);
    connect(m_socket, &QAbstractSocket::readyRead, this, &Exchange::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &Exchange::onClosed);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &Exchange::onSocketError);
    if (isLoopback(url))
        m_socket->setProxy(QNetworkProxy::NoProxy);

    qCDebug(lcHttp).noquote() << QString::fromLatin1(m_request.method) << where() << url.path();
    if (m_options.connectTimeoutMs > 0)
        m_connectTimer.start(m_options.connectTimeoutMs);
    const QString host = url.host(QUrl::FullyEncoded);
    const auto port = static_cast<quint16>(url.port(defaultPort(url)));
    if (m_tls)
        static_cast<QSslSocket*>(m_socket)->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
}

QByteArray HttpClient::Exchange::requestBytes() const
{
    const QUrl& url = m_request.url;
    QByteArray target
        = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1 && url.port() != defaultPort(url))
        host += ':' + QByteArray::number(url.port());

    QByteArray bytes;
    bytes.reserve(512 + m_request.body.size());
    bytes += m_request.method + ' ' + target + " HTTP/1.1\r\n";
    bytes += "Host: " + host + "\r\n";
    bytes += QByteArrayLiteral("User-Agent: Tuma/" TUMA_VERSION_STRING "\r\n");
    bytes += QByteArrayLiteral("Accept-Encoding: identity\r\n");
    bytes += QByteArrayLiteral("Connection: close\r\n");
    const QByteArray& method = m_request.method;
    if (!m_request.body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        bytes += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    for (const auto& [name, value] : m_request.headers) {
        if (!isClientOwnedHeader(name))
            bytes += name + ": " + value + "\r\n";
    }
    bytes += "\r\n";
    bytes += m_request.body;
    return bytes;
}

void HttpClient::Exchange::onReady()
{
    m_connectTimer.stop();
    if (m_requestSent)
        return;
    m_requestSent = true;
    const QByteArray bytes = requestBytes();
    m_requestSize = bytes.size();
    qCDebug(lcHttp).noquote() << where() << "connected after" << m_elapsed.elapsed() << "ms";
    if (m_socket->write(bytes) != bytes.size())
        fail(HttpError::Kind::Connect,
             QStringLiteral("could not write to %1: %2").arg(where(), m_socket->errorString()));
}

void HttpClient::Exchange::onBytesWritten(qint64 bytes)
{
    m_bytesWritten += bytes;
    if (!m_requestWritten && m_requestSent && m_bytesWritten >= m_requestSize) {
        m_requestWritten = true;
        qCDebug(lcHttp).noquote() << where() << "request written after" << m_elapsed.elapsed()
                                  << "ms";
    }
}

void HttpClient::Exchange::onReadyRead()
{
    if (!m_finished && m_socket)
        handleProgress(m_parser->feed(m_socket->readAll()));
}

void HttpClient::Exchange::onClosed()
{
    if (m_finished || !m_socket)
        return;
    // Whatever arrived before the close counts.
    ResponseParser::Progress progress = m_parser->feed(m_socket->readAll());
    if (progress == ResponseParser::Progress::NeedMore)
        progress = m_parser->closed();
    if (progress != ResponseParser::Progress::NeedMore) {
        handleProgress(progress);
        return;
    }
    if (m_tls && !m_encrypted) {
        fail(HttpError::Kind::Tls,
             QStringLiteral("%1 closed the connection during the TLS handshake").arg(where()));
    } else if (m_requestWritten) {
        fail(HttpError::Kind::NoResponse,
             m_parser->receivedAnything()
                 ? QStringLiteral("%1 closed the connection before the answer was complete")
                       .arg(where())
                 : QStringLiteral("%1 closed the connection without answering").arg(where()));
    } else {
        fail(HttpError::Kind::Connect,
             QStringLiteral("%1 closed the connection before the request was sent").arg(where()));
    }
}

void HttpClient::Exchange::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished || !m_socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    const QString text = QStringLiteral("%1: %2").arg(where(), m_socket->errorString());
    if (m_requestWritten) {
        fail(HttpError::Kind::NoResponse, text);
        return;
    }
    switch (error) {
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        fail(HttpError::Kind::Tls, text);
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(HttpError::Kind::Timeout, text);
        return;
    default:
        break;
    }
    fail(m_tls && m_tcpConnected && !m_encrypted ? HttpError::Kind::Tls : HttpError::Kind::Connect,
         text);
}

void HttpClient::Exchange::onSslErrors(const QList<QSslError>& errors)
{
    // Never ignored: the handshake fails and so does the request.
    QStringList texts;
    for (const QSslError& error : errors)
        texts.append(error.errorString());
    fail(HttpError::Kind::Tls,
         QStringLiteral("%1: %2").arg(where(), texts.join(QStringLiteral("; "))));
}

void HttpClient::Exchange::onConnectTimeout()
{
    fail(HttpError::Kind::Timeout,
         QStringLiteral("no connection to %1 within %2 ms")
             .arg(where())
             .arg(m_options.connectTimeoutMs));
}

void HttpClient::Exchange::onTotalTimeout()
{
    if (m_requestWritten)
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

void HttpClient::Exchange::handleProgress(ResponseParser::Progress progress)
{
    switch (progress) {
    case ResponseParser::Progress::NeedMore:
        return;
    case ResponseParser::Progress::Complete:
        handleResponse(m_parser->takeResponse());
        return;
    case ResponseParser::Progress::Failed:
        fail(m_parser->error().kind,
             QStringLiteral("%1: %2").arg(where(), m_parser->error().detail));
        return;
    }
}

void HttpClient::Exchange::handleResponse(HttpResponse response)
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
    if (m_request.method != "GET") {
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
    dropSocket();
    m_request.url = target;
    connectToServer();
}

void HttpClient::Exchange::fail(HttpError::Kind kind, const QString& detail)
{
    finish(HttpError {kind, detail});
}

void HttpClient::Exchange::finish(Result<HttpResponse, HttpError> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connectTimer.stop();
    m_totalTimer.stop();
    dropSocket();
    if (!result)
        qCInfo(lcHttp).noquote() << QString::fromLatin1(m_request.method) << m_request.url.path()
                                 << "failed after" << m_elapsed.elapsed()
                                 << "ms:" << kindName(result.error().kind) << result.error().detail;
    // Queued: never from within send(), and never with a socket's signal on the stack, so
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

void HttpClient::Exchange::dropSocket()
{
    if (!m_socket)
        return;
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

HttpClient::HttpClient(QObject* parent)
    : HttpClient(Options {}, parent)
{ }

HttpClient::HttpClient(Options options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{ }

// In-flight exchanges are children: they go with their sockets, their `done` uncalled.
HttpClient::~HttpClient() = default;

void HttpClient::send(const HttpRequest& request, Done done)
{
    Q_ASSERT(QThread::currentThread() == thread());
    auto* exchange = new Exchange(this, request, std::move(done));
    exchange->start();
}

bool HttpClient::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

} // namespace tuma
