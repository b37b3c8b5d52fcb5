// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderAdapter.h"
#include "providers/Simulator.h"
#include "storage/AccountStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <optional>

namespace tuma {

class SecretStore;
class AdapterHost;

// How the app and tuma-cli talk to providers. It finds an account's key in the keychain (or
// the simulator's test credentials for a sandbox account), keeps one adapter per account on
// the network thread (so per-key rate limits hold across calls), starts the in-process
// simulator on loopback when a sandbox account needs it, and answers on the caller's thread.
class ProviderSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderSession)

public:
    struct Options
    {
        // Makes the built-in simulator (sandbox::simulatorFactory), started on the network
        // thread at a sandbox account's first request. Without it, sandbox accounts are
        // refused.
        SimulatorFactory simulator;
    };

    ProviderSession(SecretStore& secrets, Options options, QObject* parent = nullptr);
    ~ProviderSession() override;

    // What an account's provider can do, without asking it.
    static Capabilities capabilities(const Account& account);

    template<typename T>
    using Call = std::function<void(ProviderAdapter&, ProviderAdapter::Reply<T>)>;
    template<typename T> using Done = std::function<void(ProviderResult<T>)>;

    // Runs `call` with the account's adapter on the network thread; `done` runs on this
    // object's thread, unless `context` is gone by then.
    template<typename T>
    void run(const Account& account, QObject* context, Call<T> call, Done<T> done)
    {
        QPointer<QObject> guard(context);
        auto answer = [this, guard, done](ProviderResult<T> result) {
            QMetaObject::invokeMethod(
                this,
                [guard, done, result]() {
                    if (guard)
                        done(result);
                },
                Qt::QueuedConnection);
        };
        withAdapter(account,
                    [call, answer](ProviderAdapter* adapter, const ProviderError& error,
                                   const std::function<void()>& answered) {
                        if (!adapter) {
                            answer(error);
                            return;
                        }
                        call(*adapter, [answer, answered](ProviderResult<T> result) {
                            answered();
                            answer(std::move(result));
                        });
                    });
    }

    // For tuma-cli: runs the call and waits for its answer in a local event loop.
    template<typename T> ProviderResult<T> wait(const Account& account, Call<T> call)
    {
        std::optional<ProviderResult<T>> answer;
        QEventLoop loop;
        run<T>(account, this, call, [&answer, &loop](ProviderResult<T> result) {
            answer.emplace(std::move(result));
            loop.quit();
        });
        loop.exec();
        return std::move(*answer);
    }

    // The last balance any part of Tuma read for an account, and when: every screen shows
    // this one figure (the status bar, the Dashboard, the Accounts page), so a top-up or a
    // check on one screen is the balance everywhere.
    struct KnownBalance
    {
        Balance balance;
        QDateTime readAt; // UTC
        QDateTime askedAt; // when the question was asked: the latest question's answer wins
    };
    std::optional<KnownBalance> knownBalance(qint64 accountId) const;
    // Records a balance read by other means (a top-up's watch) and says so.
    void noteBalance(qint64 accountId, const Balance& balance);
    // Asks the provider for the balance, records it and says so; `done` as for run().
    void readBalance(const Account& account, QObject* context, Done<Balance> done = {});

    // Forgets the adapter of an account that was edited or removed. Requests in flight end
    // as their adapter answers them (accepted, refused or unknown), never silently: the old
    // adapter is kept until its last request is answered.
    void forget(qint64 accountId);

Q_SIGNALS:
    // A balance was read or reported for this account: knownBalance() has it.
    void balanceKnown(qint64 accountId);

private:
    void record(qint64 accountId, const Balance& balance, const QDateTime& askedAt);
    // `answered` is to be called on the network thread when the adapter has answered.
    using AdapterReady = std::function<void(ProviderAdapter*, const ProviderError&,
                                            const std::function<void()>& answered)>;
    // Finds the secret, then hands the account's adapter to `ready` on the network thread.
    void withAdapter(const Account& account, AdapterReady ready);

    SecretStore& m_secrets;
    Options m_options;
    QThread m_thread;
    AdapterHost* m_host = nullptr; // lives on m_thread
    QHash<qint64, KnownBalance> m_balances; // by account id; on this object's thread
};

} // namespace tuma
