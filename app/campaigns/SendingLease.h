// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/LeaseStore.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace tuma {

class Database;

// This process's turn to send through one provider account (docs/CAMPAIGNS.md, "One sender
// per account"). The provider's rate limit belongs to the account's key, so one process at a
// time sends through an account, whatever the number of windows and scheduled jobs on the
// database: the one holding the account's lease. The lease is renewed well before it expires,
// released at once on a clean stop, and taken over at once from a holder on this computer
// whose process is gone. What guarantees "sent once" is not this object but the claim
// (Outbox::claim), which checks the token and the expiry in the same statement: a holder
// that wakes from a suspended laptop after its lease passed on claims nothing more.
//
// Lives on the thread of its Database connection. The dispatchers of one account in this
// process share it, and with it the pace of the provider's request rate.
class SendingLease final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendingLease)

public:
    struct Options
    {
        int ttlMs = 30'000;
        int renewMs = 10'000;
        // TUMA_LEASE_MS="TTL,RENEW" (milliseconds) for tests; the defaults otherwise.
        static Options fromEnvironment();
    };

    // `program` names this process for the people another one tells about it ("tuma").
    SendingLease(const Database& database, qint64 accountId, const QString& program,
                 Options options = Options::fromEnvironment(), QObject* parent = nullptr);
    // Releases the lease if it is held.
    ~SendingLease() override;

    // Takes the lease unless another live process holds it. True: held (renewed from now on);
    // false: busy, and otherHolder() says who has it.
    Result<bool> acquire();
    bool isHeld() const { return m_held; }
    // Asks the database whether the lease is still this one's (renewing it if so); when not,
    // it is lost: lost() is emitted and nothing more may be sent.
    bool confirm();
    void release();

    qint64 accountId() const { return m_accountId; }
    QString token() const { return m_self.token; }
    // Messages the acquisition found left submitting by an earlier run, now unknown.
    int interrupted() const { return m_interrupted; }
    // Who holds it when acquire() said busy, or who had it before a takeover.
    const std::optional<LeaseHolder>& otherHolder() const { return m_other; }

    // The earliest moment the account's next request may leave (the provider's rate limit
    // and the waits it asked for), shared by this process's dispatchers of the account.
    QDateTime nextRequestAt;

    // This process as a holder (token empty).
    static LeaseHolder thisProcess(const QString& program);
    // Whether a holder still runs: one on this computer is looked up by process id and start
    // time; one elsewhere is taken as running until its lease expires.
    static bool isAlive(const LeaseHolder& holder);
    // "tuma-cli on this computer, process 4242" or "Tuma on office-pc, process 4242".
    static QString describe(const LeaseHolder& holder);

Q_SIGNALS:
    void lost();

private:
    void renew();
    void loseIt();

    const Database& m_database;
    qint64 m_accountId = 0;
    Options m_options;
    LeaseHolder m_self;
    std::optional<LeaseHolder> m_other;
    QTimer m_renewTimer;
    int m_interrupted = 0;
    bool m_held = false;
};

} // namespace tuma
