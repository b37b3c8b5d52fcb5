// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace tuma::sandbox {

// The simulator's state (accounts and balances, the journal of accepted messages, payments,
// remote contacts, groups, templates, transactions) in an SQLite file, so that the app's
// in-process simulator and `tuma-cli` in another process see the same sandbox. One
// connection per store, used on the thread that opened it.
class SandboxStore final
{
public:
    struct Timing
    {
        int sentAfterMs = 2'000; // pending -> sent
        int deliveredAfterMs = 5'000; // sent -> delivered (or failed)
        int topUpDelayMs = 3'000; // an M-Pesa payment is credited after this

        // TUMA_SANDBOX_TIMING=SENT,DELIVERED,TOPUP (milliseconds) shortens the delays for
        // tests and demonstrations; the defaults otherwise.
        static Timing fromEnvironment();
    };

    SandboxStore(QString path, Timing timing);
    ~SandboxStore();
    Q_DISABLE_COPY_MOVE(SandboxStore)

    Result<void> open();
    QSqlDatabase database() const;
    const Timing& timing() const { return m_timing; }
    static qint64 nowMs();

    // Accounts: one per provider and credential (the key, "key:secret", or "user:key").
    void ensureAccount(const QString& provider, const QString& credential, double balance,
                       const QStringList& senders, const QStringList& scopes = {});
    bool accountExists(const QString& provider, const QString& credential) const;
    QStringList senders(const QString& provider, const QString& credential) const;
    QStringList scopes(const QString& provider, const QString& credential) const;
    // The balance after crediting payments whose delay has passed.
    double balance(const QString& provider, const QString& credential);
    void addToBalance(const QString& provider, const QString& credential, double amount);

    // The journal: every message the simulator accepted. Returns the message's uid.
    struct Accepted
    {
        QString provider;
        QString credential;
        QString batch;
        QString phone;
        QString sender;
        QString body;
        int parts = 1;
        double cost = 1;
        QString clientRef;
        QString campaign;
        qint64 scheduledAtMs = 0; // 0: now
    };
    QString journal(const Accepted& message);
    int journalCount(const QString& provider = {}) const;

    // A message's state as it moves with time: pending -> sent -> delivered, or failed for
    // numbers ending in 999. Scheduled messages stay pending until their time.
    enum class State { Pending, Sent, Delivered, Failed };
    static QString stateName(State state);
    State stateOf(qint64 createdAtMs, qint64 scheduledAtMs, const QString& phone) const;

    // M-Pesa: a payment credits `credits` after timing().topUpDelayMs. Returns its request id.
    QString startPayment(const QString& provider, const QString& credential, double amountKes,
                         const QString& mobile, double credits);

    // Unique ids with a prefix ("grp_", "cnt_"...).
    static QString newId(const QString& prefix);

private:
    void creditDuePayments(const QString& provider, const QString& credential);

    QString m_path;
    Timing m_timing;
    QString m_connectionName;
};

} // namespace tuma::sandbox
