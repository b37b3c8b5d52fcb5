// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryReceiver.h"

#include "providers/ProviderAdapter.h"
#include "providers/ProviderRegistry.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>

namespace tuma {

Q_LOGGING_CATEGORY(lcReceiver, "tuma.providers.receiver")

namespace {

struct ReceiverText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryReceiver)
};

// Delivery reports are small; anything larger is not one.
constexpr qint64 maximumReportBytes = 64 * 1024;

} // namespace

DeliveryReceiver::DeliveryReceiver(QObject* parent)
    : QAbstractHttpServer(parent)
{ }

DeliveryReceiver::~DeliveryReceiver() = default;

Result<quint16> DeliveryReceiver::start(const QHostAddress& address, quint16 port)
{
    const quint16 listening = listen(address, port);
    if (listening == 0) {
        return Error {QStringLiteral("receiver_listen"),
                      ReceiverText::tr("The delivery report receiver could not listen on %1 port "
                                       "%2. Another program may use the port: choose another one.")
                          .arg(address.toString())
                          .arg(port),
                      {}};
    }
    return listening;
}

QString DeliveryReceiver::pathFor(ProviderKind provider)
{
    return QStringLiteral("/dlr/") + providerName(provider);
}

bool DeliveryReceiver::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    std::optional<ProviderKind> provider;
    if (path.startsWith(QLatin1String("/dlr/")))
        provider = providerFromName(path.mid(5));
    if (!provider) {
        answer(socket, 404, R"({"error":"not found"})");
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        answer(socket, 405, R"({"error":"POST a delivery report"})");
        return true;
    }
    if (request.body().size() > maximumReportBytes) {
        ++m_rejected;
        answer(socket, 413, R"({"error":"too large"})");
        return true;
    }
    ProviderAccount account;
    account.provider = *provider;
    const std::unique_ptr<ProviderAdapter> parser = ProviderRegistry::createAdapter(account);
    ProviderResult<DeliveryReceipt> receipt = parser->parseDeliveryReceipt(request.body());
    if (!receipt) {
        ++m_rejected;
        qCWarning(lcReceiver) << "refused a delivery report for" << providerName(*provider)
                              << receipt.error().providerText;
        const QByteArray body
            = QJsonDocument(QJsonObject {{QStringLiteral("error"), receipt.error().message}})
                  .toJson(QJsonDocument::Compact);
        answer(socket, receipt.error().kind == ProviderError::Kind::Unsupported ? 404 : 400, body);
        return true;
    }
    ++m_received;
    answer(socket, 200, R"({"status":"ok"})");
    Q_EMIT receiptReceived(*provider, receipt.value());
    return true;
}

void DeliveryReceiver::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    answer(socket, 404, R"({"error":"not found"})");
}

void DeliveryReceiver::answer(QTcpSocket* socket, int status, const QByteArray& body)
{
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + " \r\n";
    reply += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(reply);
    socket->disconnectFromHost();
}

} // namespace tuma
