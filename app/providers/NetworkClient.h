// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace tuma {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    // Extra headers, sent as given. Host, Content-Length, Connection, User-Agent,
    // Accept-Encoding and Transfer-Encoding are the client's own: one given here is dropped.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // A request that submits messages or creates something at the provider: it goes out at
    // most once (docs/providers.md, "One attempt per submission").
    bool oneShot = false;
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
        Timeout, // the request was not handed to the network in time
        // The request may have reached the server but no complete answer came (closed, reset,
        // timed out, or Qt wanted to send it again): the server may have acted on it.
        NoResponse,
        Protocol, // an answer that is not valid HTTP
        TooLarge, // the body passed the cap
        Redirect, // a redirect we do not follow (another host, or any but GET)
        ProxyAuthentication, // the proxy wants a user name and password it was not given
    };
    Kind kind = Kind::Connect;
    QString detail; // technical words for logs and "Details…", never a header value
};

// Every provider request goes through QNetworkAccessManager, with the guarantees Tuma needs
// on top of it (docs/providers.md, "HTTP"):
//
// - A one-shot request (a submission) is sent at most once. Its body is a device that cannot
//   be rewound, so a re-send Qt would attempt after a closed connection fails instead
//   (ContentReSendError); it goes over HTTP/1.1 through a manager of its own, so on a
//   connection of its own ("Connection: close"), never on a pooled one that may have gone
//   stale. Once its last byte was handed to Qt, any failure is NoResponse: the server may
//   have acted on it. Reads use the shared manager (keep-alive, HTTP/2 where offered).
// - HTTPS is required except for loopback hosts; TLS errors are never ignored. Redirects are
//   ours to follow: GET only, same scheme, host and port, at most three.
// - A connect timeout and a total timeout of our own; a cap on the answer's size that stops
//   as soon as Content-Length or the bytes read pass it.
// - The system's proxy (environment and libproxy); never for loopback. A proxy that asks for
//   a password gets the stored one (ProxyAuth).
//
// Deleting the client aborts the requests still in flight; their `done` is then never called.
class NetworkClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkClient)

public:
    struct Options
    {
        int connectTimeoutMs = 15'000;
        int totalTimeoutMs = 60'000;
        qint64 maxBodyBytes = 8 * 1024 * 1024;
    };

    explicit NetworkClient(QObject* parent = nullptr);
    NetworkClient(Options options, QObject* parent = nullptr);
    ~NetworkClient() override;

    const Options& options() const { return m_options; }
    void setOptions(const Options& options) { m_options = options; }

    using Done = std::function<void(Result<HttpResponse, HttpError>)>;
    // Asynchronous; `done` runs once, on this object's thread, never from within send()
    // itself. Requests run concurrently.
    void send(const HttpRequest& request, Done done);

    // localhost, 127.0.0.0/8 and ::1: the only hosts plain http is allowed to.
    static bool isLoopback(const QUrl& url);

private:
    class Exchange;

    QNetworkAccessManager* newManager(QObject* parent);
    QNetworkAccessManager* readManager();
    void restartTimers();
    QNetworkAccessManager* takeSubmitter();
    void giveBackSubmitter(QNetworkAccessManager* manager, bool connectionClosed);

    Options m_options;
    QNetworkAccessManager* m_reads = nullptr;
    // Submission managers whose last connection the server closed, ready for another.
    QList<QPointer<QNetworkAccessManager>> m_spareSubmitters;
};

} // namespace tuma
