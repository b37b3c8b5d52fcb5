// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderSession.h"

#include "providers/ProviderRegistry.h"
#include "providers/ProxyAuth.h"
#include "secrets/SecretStore.h"

#include <map>

namespace tuma {

// Everything that lives on the network thread: the adapters and the in-process simulator.
class AdapterHost final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(ProviderSession)

public:
    explicit AdapterHost(ProviderSession::Options options)
        : m_options(std::move(options))
    { }

    ~AdapterHost() override = default;
    Q_DISABLE_COPY_MOVE(AdapterHost)

    // The adapter for `account` with `secret`, made anew when the account changed.
    ProviderAdapter* adapterFor(const Account& account, const QString& secret, ProviderError& error)
    {
        const std::optional<ProviderKind> kind = providerFromName(account.provider);
        if (!kind) {
            error = ProviderError::make(ProviderError::Kind::Configuration, account.provider);
            return nullptr;
        }
        auto found = m_adapters.find(account.id);
        if (found != m_adapters.end() && found->second.updatedAt == account.updatedAt
            && found->second.secret == secret && found->second.sandbox == account.sandbox)
            return found->second.adapter.get();

        ProviderAccount connection;
        connection.provider = *kind;
        connection.baseUrl = account.baseUrl;
        connection.secondaryBaseUrl = account.secondaryBaseUrl;
        connection.username = account.username;
        connection.serviceId = account.serviceId;
        connection.senderIds = account.senderIds;
        connection.defaultSender = account.senderOrDefault();
        connection.secret = secret;
        if (account.sandbox) {
            const Simulator* simulator = startedSimulator(error);
            if (!simulator)
                return nullptr;
            connection = simulator->connection(connection);
        }
        Entry entry {account.updatedAt, secret, account.sandbox,
                     ProviderRegistry::createAdapter(connection, this)};
        ProviderAdapter* adapter = entry.adapter.get();
        if (found != m_adapters.end())
            retire(std::move(found->second.adapter));
        m_adapters[account.id] = std::move(entry);
        return adapter;
    }

    void forget(qint64 accountId)
    {
        const auto found = m_adapters.find(accountId);
        if (found == m_adapters.end())
            return;
        retire(std::move(found->second.adapter));
        m_adapters.erase(found);
    }

    // A request is under way with `adapter`; answered() when it has answered.
    void started(ProviderAdapter* adapter) { ++m_inFlight[adapter]; }
    void answered(ProviderAdapter* adapter)
    {
        const auto count = m_inFlight.find(adapter);
        if (count == m_inFlight.end() || --count->second > 0)
            return;
        m_inFlight.erase(count);
        // Deleted after the adapter's own callback has returned.
        QMetaObject::invokeMethod(
            this,
            [this, adapter] {
                std::erase_if(m_retiring, [adapter](const std::unique_ptr<ProviderAdapter>& old) {
                    return old.get() == adapter;
                });
            },
            Qt::QueuedConnection);
    }

private:
    // An adapter replaced (the account was saved) or forgotten lives on while a request it
    // carries is in flight: destroying it would lose the answer, and a dispatcher would wait
    // for ever for a send whose outcome is then unknown.
    void retire(std::unique_ptr<ProviderAdapter> adapter)
    {
        if (adapter && m_inFlight.contains(adapter.get()))
            m_retiring.push_back(std::move(adapter));
    }

    const Simulator* startedSimulator(ProviderError& error)
    {
        if (m_simulator)
            return m_simulator.get();
        if (!m_options.simulator) {
            error = ProviderError::make(ProviderError::Kind::Configuration);
            error.message = tr("This build of Tuma has no simulator, so sandbox accounts cannot "
                               "send or read anything. Use an account of a real provider.");
            return nullptr;
        }
        std::unique_ptr<Simulator> simulator = m_options.simulator();
        if (Result<void> started = simulator->start(); !started) {
            error = ProviderError::make(ProviderError::Kind::Configuration, started.error().detail);
            error.message = started.error().message;
            return nullptr;
        }
        m_simulator = std::move(simulator);
        return m_simulator.get();
    }

    struct Entry
    {
        QDateTime updatedAt;
        QString secret;
        bool sandbox = false;
        std::unique_ptr<ProviderAdapter> adapter;
    };

    ProviderSession::Options m_options;
    std::map<qint64, Entry> m_adapters;
    std::map<ProviderAdapter*, int> m_inFlight; // requests under way, by adapter
    std::vector<std::unique_ptr<ProviderAdapter>> m_retiring;
    std::unique_ptr<Simulator> m_simulator;
};

ProviderSession::ProviderSession(SecretStore& secrets, Options options, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_options(std::move(options))
{
    // Providers are reached through the system's proxy (NetworkClient). One that asks for a
    // password gets the one in the keychain, read now, before the first request needs it.
    ProxyAuth::beginLoading();
    m_secrets.read(ProxyAuth::keychainKey(), [](Result<QString> secret) {
        ProxyAuth::finishLoading(secret ? ProxyAuth::decode(secret.value()) : std::nullopt);
    });
    m_thread.setObjectName(QStringLiteral("network"));
    m_host = new AdapterHost(m_options);
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    m_thread.start();
}

ProviderSession::~ProviderSession()
{
    // The host (adapters, sockets, simulator) is deleted on its own thread as it finishes.
    m_thread.quit();
    m_thread.wait();
}

Capabilities ProviderSession::capabilities(const Account& account)
{
    const std::optional<ProviderKind> kind = providerFromName(account.provider);
    if (!kind)
        return {};
    ProviderAccount connection;
    connection.provider = *kind;
    const std::unique_ptr<ProviderAdapter> adapter = ProviderRegistry::createAdapter(connection);
    return adapter->capabilities();
}

void ProviderSession::forget(qint64 accountId)
{
    m_balances.remove(accountId);
    QMetaObject::invokeMethod(m_host, [host = m_host, accountId]() { host->forget(accountId); });
}

std::optional<ProviderSession::KnownBalance> ProviderSession::knownBalance(qint64 accountId) const
{
    const auto found = m_balances.constFind(accountId);
    if (found == m_balances.constEnd())
        return std::nullopt;
    return *found;
}

void ProviderSession::noteBalance(qint64 accountId, const Balance& balance)
{
    record(accountId, balance, QDateTime::currentDateTimeUtc());
}

void ProviderSession::record(qint64 accountId, const Balance& balance, const QDateTime& askedAt)
{
    m_balances.insert(accountId, {balance, QDateTime::currentDateTimeUtc(), askedAt});
    Q_EMIT balanceKnown(accountId);
}

void ProviderSession::readBalance(const Account& account, QObject* context, Done<Balance> done)
{
    QPointer<QObject> guard(context);
    run<Balance>(
        account, this,
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<Balance> reply) {
            adapter.balance(reply);
        },
        [this, id = account.id, guard, done,
         asked = QDateTime::currentDateTimeUtc()](ProviderResult<Balance> result) {
            // The answer to the question asked last wins: one asked before the balance now
            // known (a top-up's, noted meanwhile) does not put the old figure back, and is
            // only announced again so that its screen shows the figure that holds.
            const std::optional<KnownBalance> known = knownBalance(id);
            if (result && (!known || known->askedAt < asked))
                record(id, result.value(), asked);
            else if (result)
                Q_EMIT balanceKnown(id);
            if (guard && done)
                done(result);
        });
}

void ProviderSession::withAdapter(const Account& account, AdapterReady ready)
{
    auto dispatch = [host = m_host, account, ready](const QString& secret) {
        QMetaObject::invokeMethod(host, [host, account, secret, ready]() {
            ProviderError error;
            ProviderAdapter* adapter = host->adapterFor(account, secret, error);
            if (!adapter) {
                ready(nullptr, error, [] {});
                return;
            }
            host->started(adapter);
            ready(adapter, error, [host, adapter] { host->answered(adapter); });
        });
    };
    if (account.sandbox) {
        dispatch(QString());
        return;
    }
    m_secrets.read(account.secretRef, [dispatch, ready](Result<QString> secret) {
        if (!secret) {
            ProviderError error
                = ProviderError::make(ProviderError::Kind::Configuration, secret.error().detail);
            error.message = secret.error().message;
            ready(nullptr, error, [] {});
            return;
        }
        dispatch(secret.value());
    });
}

} // namespace tuma
