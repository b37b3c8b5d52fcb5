// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

namespace tuma {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    // Extra headers, sent as given. Host, Content-Length, Connection, User-Agent,
    // Accept-Encoding and Transfer-Encoding are the client's own: one given here is dropped.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct HttpResponse
{
    int status = 0;
    QByteArray reason;
    // Header names in lower case.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const;
};

struct HttpError
{
    enum class Kind {
        Configuration, // not HTTPS for a remote host, unsupported scheme, invalid URL
        Connect, // DNS, refused, unreachable, proxy
        Tls, // certificate or handshake problem (never ignored)
        Timeout, // no complete request written in time
        // The whole request was handed to the network but no complete answer came (closed,
        // reset or timed out): the server may have acted on it.
        NoResponse,
        Protocol, // an answer that is not HTTP/1.x
        TooLarge, // the body passed the cap
        Redirect, // a redirect we do not follow (another host, or any for POST)
    };
    Kind kind = Kind::Connect;
    QString detail; // technical words for logs and "Details…", never a header value
};

// A small HTTP/1.1 client of our own on QTcpSocket/QSslSocket. One request per connection
// and no automatic retry of any kind: Qt 6.4's QNetworkAccessManager sends a POST a second
// time when the server closes the connection without answering, and for a request that
// submits messages that is a duplicate SMS at double cost. Whatever happens, a request is
// written at most once; NoResponse says it was written and the outcome is unknown.
//
// HTTPS is required except for loopback hosts; TLS errors are never ignored. GET requests
// follow redirects on the same scheme, host and port (at most three); everything else that
// redirects is an error. The system proxy settings apply (loopback never uses a proxy).
//
// Deleting the client aborts the requests still in flight; their `done` is then never called.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    struct Options
    {
        int connectTimeoutMs = 15'000;
        int totalTimeoutMs = 60'000;
        qint64 maxBodyBytes = 8 * 1024 * 1024;
    };

    explicit HttpClient(QObject* parent = nullptr);
    HttpClient(Options options, QObject* parent = nullptr);
    ~HttpClient() override;

    const Options& options() const { return m_options; }
    void setOptions(const Options& options) { m_options = options; }

    using Done = std::function<void(Result<HttpResponse, HttpError>)>;
    // Asynchronous; `done` runs once, on this object's thread, never from within send()
    // itself. Requests run concurrently, each on its own connection.
    void send(const HttpRequest& request, Done done);

    // localhost, 127.0.0.0/8 and ::1: the only hosts plain http is allowed to.
    static bool isLoopback(const QUrl& url);

private:
    class Exchange;

    Options m_options;
};

} // namespace tuma
