// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "providers/ProviderTypes.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace tuma {

// The listener for delivery reports a provider posts to us (QSMS's DLR callback). Each
// account that can post reports has its own long random token, and posts to
// /dlr/<token>: a request without a known token is refused, and a report is handed on with
// the one account its token names, so it can change only that account's messages.
//
// A small HTTP/1.1 server of its own on a QTcpServer: the request head is read and judged
// (path, method, Content-Length) before any of the body, so a request that declares more
// than a report's size is answered 413 and closed without reading it. Qt HTTP Server 6.4
// hands over only complete requests. One request per connection; each connection has ten
// seconds to send it; at most 64 connections at once.
class DeliveryReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryReceiver)

public:
    struct Route
    {
        qint64 accountId = 0;
        ProviderKind provider = ProviderKind::Qsms;
    };

    // Delivery reports are small; a request that declares more is not one.
    static constexpr qint64 maximumReportBytes = 64 * 1024;
    static constexpr qsizetype maximumHeadBytes = 8 * 1024;

    explicit DeliveryReceiver(QObject* parent = nullptr);
    ~DeliveryReceiver() override;

    Result<quint16> start(const QHostAddress& address, quint16 port);
    quint16 port() const;
    // The tokens it answers to, and whose they are.
    void setRoutes(const QHash<QString, Route>& byToken);
    // The path a provider posts to for `token`.
    static QString pathFor(const QString& token);

Q_SIGNALS:
    void receiptReceived(qint64 accountId, tuma::ProviderKind provider,
                         const tuma::DeliveryReceipt& receipt);

private:
    struct Connection
    {
        QByteArray buffer;
        bool headRead = false;
        qint64 bodyLength = 0;
        Route route;
    };

    void onNewConnection();
    void onReadable(QTcpSocket* socket);
    // Judges the head; false when it has answered already.
    bool readHead(QTcpSocket* socket, Connection& connection, qsizetype headEnd);
    void handleBody(QTcpSocket* socket, const Connection& connection, const QByteArray& body);
    void answer(QTcpSocket* socket, int status, const QByteArray& body);
    void drain(QTcpSocket* socket);

    QTcpServer m_server;
    QHash<QString, Route> m_routes;
    QHash<QTcpSocket*, Connection> m_connections;
    QHash<QTcpSocket*, qint64> m_draining; // answered: bytes read and dropped since
};

} // namespace tuma
