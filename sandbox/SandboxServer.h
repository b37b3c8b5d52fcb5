// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxFaults.h"
#include "SandboxStore.h"
#include "core/Result.h"
#include "providers/ProviderTypes.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QUrl>

#include <memory>
#include <vector>

namespace tuma::sandbox {

class SandboxApi;
struct SandboxReply;
struct SandboxRequest;

// The provider simulator: the four providers' APIs (docs/providers.md) under their own path
// prefixes on 127.0.0.1 only, with per-account credentials, balances, delivery progress, a
// journal of accepted messages, M-Pesa payments and injected faults. Tests, `tuma-cli sim`
// and the app's Sandbox account all use it. Control endpoints for other processes:
//   POST /_sandbox/faults   body: a fault SPEC (replaces the current faults; empty clears)
//   GET  /_sandbox/journal  {"messages":[{"provider","uid","phone","body","client_ref",...}]}
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    struct Options
    {
        QString statePath; // the SQLite state file
        SandboxStore::Timing timing;
    };

    explicit SandboxServer(Options options, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 (port 0: any free port) and seeds the default accounts.
    Result<void> start(quint16 port = 0);
    quint16 port() const { return m_port; }
    // The base URL an account of this provider uses to reach the simulator.
    QUrl baseUrl(ProviderKind provider) const;
    // {"quickflow":{...},"qsms":{...},...}: the test credentials of every API.
    QJsonObject credentials() const;
    QJsonObject baseUrls() const;

    void setFaults(QList<Fault> faults);
    SandboxStore& store() { return *m_store; }

    // The sandbox account's credentials for a provider, as Tuma stores them.
    struct AccountSetup
    {
        QString secret;
        QString username;
        QString serviceId;
        QStringList senders;
    };
    static AccountSetup accountSetup(ProviderKind provider);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    std::optional<Fault> takeFault(const QString& operation);
    SandboxReply control(const SandboxRequest& request);
    static void write(QTcpSocket* socket, const SandboxReply& reply, bool closeAfter = false);
    static QByteArray serialize(const SandboxReply& reply);
    static void resetConnection(QTcpSocket* socket);

    Options m_options;
    std::unique_ptr<SandboxStore> m_store;
    std::vector<std::unique_ptr<SandboxApi>> m_apis;
    QList<Fault> m_faults;
    quint16 m_port = 0;
};

} // namespace tuma::sandbox
