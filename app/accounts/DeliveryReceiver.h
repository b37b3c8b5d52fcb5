// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "providers/ProviderTypes.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <memory>

namespace tuma {

class ProviderAdapter;

// The local receiver of delivery reports a provider posts to us (QSMS's DLR callback). A
// desktop rarely has a public address, so it is optional: the user enables it, chooses the
// port, and makes http://<public address>:<port>/dlr/<provider> reach this machine (a port
// forward or a tunnel), then gives that URL to the provider. Each report is parsed by the
// provider's adapter and handed on through receiptReceived(); anything else gets a 4xx and
// changes nothing.
class DeliveryReceiver final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryReceiver)

public:
    explicit DeliveryReceiver(QObject* parent = nullptr);
    ~DeliveryReceiver() override;

    Result<quint16> start(const QHostAddress& address, quint16 port);
    // The path a provider posts to: /dlr/qsms.
    static QString pathFor(ProviderKind provider);

    int received() const { return m_received; }
    int rejected() const { return m_rejected; }

Q_SIGNALS:
    void receiptReceived(tuma::ProviderKind provider, const tuma::DeliveryReceipt& receipt);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    static void answer(QTcpSocket* socket, int status, const QByteArray& body);

    int m_received = 0;
    int m_rejected = 0;
};

} // namespace tuma
