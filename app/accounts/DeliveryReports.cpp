// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryReports.h"

#include "ProviderSession.h"
#include "ProviderStates.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

#include <QNetworkInterface>
#include <QPointer>
#include <QRandomGenerator>

namespace tuma {

namespace {

struct ReportsText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryReports)
};

// 256 random bits, URL-safe.
QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The address others on the network reach this computer at, for the URLs shown.
QString networkHost()
{
    for (const QNetworkInterface& interface : QNetworkInterface::allInterfaces()) {
        if (!(interface.flags() & QNetworkInterface::IsUp)
            || (interface.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry& entry : interface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                return entry.ip().toString();
        }
    }
    return QStringLiteral("127.0.0.1");
}

} // namespace

QString DeliveryReports::reachName(Reach reach)
{
    switch (reach) {
    case Reach::ThisComputer:
        return QStringLiteral("local");
    case Reach::Network:
        return QStringLiteral("network");
    case Reach::Off:
        break;
    }
    return QStringLiteral("off");
}

std::optional<DeliveryReports::Reach> DeliveryReports::reachFrom(const QString& name)
{
    for (const Reach reach : {Reach::Off, Reach::ThisComputer, Reach::Network}) {
        if (reachName(reach) == name)
            return reach;
    }
    return std::nullopt;
}

DeliveryReports::DeliveryReports(const Database& database, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
{ }

DeliveryReports::~DeliveryReports() = default;

QString DeliveryReports::tokenKey(const Account& account)
{
    return account.secretRef + QStringLiteral("/reports");
}

void DeliveryReports::start(Reach reach, quint16 port)
{
    stop();
    m_reach = reach;
    if (reach == Reach::Off)
        return;
    m_receiver = new DeliveryReceiver(this);
    connect(m_receiver, &DeliveryReceiver::receiptReceived, this,
            [this](qint64 accountId, ProviderKind, const DeliveryReceipt& receipt) {
                onReceipt(accountId, receipt);
            });
    const Result<quint16> listening
        = m_receiver->start(reach == Reach::Network ? QHostAddress(QHostAddress::Any)
                                                    : QHostAddress(QHostAddress::LocalHost),
                            port);
    if (!listening) {
        delete m_receiver;
        m_receiver = nullptr;
        Q_EMIT failed(listening.error().message);
        return;
    }
    const Result<QList<Account>> accounts = AccountStore(m_database).list();
    if (!accounts) {
        stop();
        Q_EMIT failed(accounts.error().message);
        return;
    }
    QList<Account> reporting;
    for (const Account& account : accounts.value()) {
        if (ProviderSession::capabilities(account).deliveryCallback)
            reporting.append(account);
    }
    loadNext(reporting);
}

void DeliveryReports::stop()
{
    ++m_generation; // tokens still being read are for a receiver that is gone
    delete m_receiver;
    m_receiver = nullptr;
    m_routes.clear();
    m_urls.clear();
    m_reach = Reach::Off;
}

bool DeliveryReports::isListening() const
{
    return m_receiver != nullptr;
}

quint16 DeliveryReports::port() const
{
    return m_receiver ? m_receiver->port() : 0;
}

QMap<QString, QString> DeliveryReports::urls() const
{
    return m_urls;
}

void DeliveryReports::loadNext(QList<Account> pending)
{
    if (!m_receiver)
        return;
    if (pending.isEmpty()) {
        m_receiver->setRoutes(m_routes);
        Q_EMIT started(m_receiver->port());
        return;
    }
    const Account account = pending.takeFirst();
    const quint64 generation = m_generation;
    QPointer<DeliveryReports> self(this);
    const auto use = [self, generation, account, pending](const QString& token) {
        if (!self || self->m_generation != generation || !self->m_receiver)
            return;
        const std::optional<ProviderKind> provider = providerFromName(account.provider);
        if (provider && !token.isEmpty()) {
            self->m_routes.insert(token, {account.id, *provider});
            const QString host
                = self->m_reach == Reach::Network ? networkHost() : QStringLiteral("127.0.0.1");
            self->m_urls.insert(account.name,
                                QStringLiteral("http://%1:%2%3")
                                    .arg(host)
                                    .arg(self->m_receiver->port())
                                    .arg(DeliveryReceiver::pathFor(token)));
        }
        self->loadNext(pending);
    };
    m_secrets.read(tokenKey(account), [self, generation, account, use](Result<QString> read) {
        // A token is made only for the receiver that asked: another start reads it again.
        if (!self || self->m_generation != generation)
            return;
        if (read && !read.value().isEmpty())
            return use(read.value());
        if (!read && read.error().code != QLatin1String("secret_not_found")) {
            // The keychain is locked or absent: this account gets no URL, and says why.
            Q_EMIT self->failed(read.error().message);
            return use(QString()); // skipped below: an empty token routes nothing
        }
        const QString token = newToken();
        self->m_secrets.write(tokenKey(account), token, [self, token, use](Result<void> written) {
            if (!self)
                return;
            if (!written) {
                Q_EMIT self->failed(written.error().message);
                return use(QString());
            }
            use(token);
        });
    });
}

void DeliveryReports::onReceipt(qint64 accountId, const DeliveryReceipt& receipt)
{
    const OutboxState state = outboxStateFor(receipt.state);
    const std::optional<OutboxState> finalState
        = isFinal(state) ? std::optional(state) : std::nullopt;
    const Result<int> changed
        = Outbox(m_database)
              .recordDelivery(accountId, receipt.messageId, finalState, receipt.providerStatus);
    if (!changed) {
        Q_EMIT failed(changed.error().message);
        return;
    }
    Q_EMIT recorded(accountId, changed.value());
}

} // namespace tuma
