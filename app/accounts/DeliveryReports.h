// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DeliveryReceiver.h"
#include "core/Result.h"
#include "storage/AccountStore.h"

#include <QCoreApplication>
#include <QMap>
#include <QObject>

#include <optional>

namespace tuma {

class Database;
class SecretStore;

// Delivery reports providers post to us, as the window and `tuma-cli receive` both run them
// (docs/CAMPAIGNS.md, "Delivery reports"): the receiver listens on this computer only
// (127.0.0.1, behind a tunnel or a reverse proxy) or on the network; each account whose
// provider posts reports has its own long random token, kept in the keychain beside its key,
// and its own URL; a report changes only that account's messages, and never moves a final
// state back.
class DeliveryReports final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryReports)

public:
    enum class Reach { Off, ThisComputer, Network };
    static QString reachName(Reach reach); // "off", "local", "network"
    static std::optional<Reach> reachFrom(const QString& name);

    DeliveryReports(const Database& database, SecretStore& secrets, QObject* parent = nullptr);
    ~DeliveryReports() override;

    // Listens on `port` (0: any free one), then reads each reporting account's token from
    // the keychain, making it on first use; `started` or `failed` follows. Off stops.
    void start(Reach reach, quint16 port);
    void stop();
    bool isListening() const;
    quint16 port() const;
    Reach reach() const { return m_reach; }
    // The URL to give each reporting account's provider, by account name. On this computer
    // only it names 127.0.0.1: put the tunnel's or proxy's public address in its place.
    QMap<QString, QString> urls() const;

    // The keychain key of an account's token; removed with the account.
    static QString tokenKey(const Account& account);

Q_SIGNALS:
    void started(quint16 port);
    void failed(const QString& message);
    // A report was recorded: `changed` messages of the account's campaigns moved.
    void recorded(qint64 accountId, int changed);

private:
    void loadNext(QList<Account> pending);
    void onReceipt(qint64 accountId, const DeliveryReceipt& receipt);

    const Database& m_database;
    SecretStore& m_secrets;
    Reach m_reach = Reach::Off;
    DeliveryReceiver* m_receiver = nullptr;
    QHash<QString, DeliveryReceiver::Route> m_routes;
    QMap<QString, QString> m_urls;
    quint64 m_generation = 0;
};

} // namespace tuma
