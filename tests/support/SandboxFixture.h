// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderAdapter.h"
#include "providers/ProviderRegistry.h"
#include "sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <optional>

namespace tuma::test {

// The provider simulator on loopback with its own state file and quick delivery times, and
// adapters pointed at it with its test credentials.
class SandboxFixture final
{
public:
    // The simulator's delays here: a message is sent after kSentAfterMs, delivered (or
    // failed) kDeliveredAfterMs later. A test that looks at an early state checks it only
    // when it asked in time: a loaded machine can take longer than that between two lines.
    static constexpr int kSentAfterMs = 200;
    static constexpr int kDeliveredAfterMs = 500;

    SandboxFixture()
    {
        sandbox::SandboxServer::Options options;
        options.statePath = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
        options.timing = {kSentAfterMs, kDeliveredAfterMs, 300};
        m_server = std::make_unique<sandbox::SandboxServer>(options);
        const Result<void> started = m_server->start();
        if (!started)
            qFatal("sandbox: %s", qPrintable(started.error().message));
    }

    sandbox::SandboxServer& server() { return *m_server; }
    QString statePath() const { return m_dir.filePath(QStringLiteral("sandbox.sqlite")); }

    ProviderAccount account(ProviderKind provider) const
    {
        const sandbox::SandboxServer::AccountSetup setup
            = sandbox::SandboxServer::accountSetup(provider);
        ProviderAccount account;
        account.provider = provider;
        account.baseUrl = m_server->baseUrl(provider);
        account.secret = setup.secret;
        account.username = setup.username;
        account.serviceId = setup.serviceId;
        account.senderIds = setup.senders;
        account.defaultSender = setup.senders.value(0);
        return account;
    }

    std::unique_ptr<ProviderAdapter> adapter(const ProviderAccount& account)
    {
        return ProviderRegistry::createAdapter(account);
    }

    void setFaults(const QString& spec)
    {
        const Result<QList<sandbox::Fault>> faults = sandbox::parseFaults(spec);
        if (!faults)
            qFatal("faults: %s", qPrintable(faults.error().message));
        m_server->setFaults(faults.value());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
};

// Runs an asynchronous adapter call to its answer (or fails the test after `timeoutMs`):
//   auto balance = waitFor<Balance>([&](auto done) { adapter->balance(done); });
template<typename T, typename Call> ProviderResult<T> waitFor(Call call, int timeoutMs = 10'000)
{
    std::optional<ProviderResult<T>> answer;
    QEventLoop loop;
    call([&](ProviderResult<T> result) {
        answer.emplace(std::move(result));
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answer)
        return ProviderError::make(ProviderError::Kind::Timeout, QStringLiteral("test timeout"));
    return std::move(*answer);
}

} // namespace tuma::test
