// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace tuma {

class Database;

// Who holds (or asks for) an account's sending lease: a process on some computer.
struct LeaseHolder
{
    QString token; // random, new for every lease taken
    QString host; // the computer's name, for people
    QString machine; // the computer's id, to tell whether a holder is on this one
    qint64 pid = 0;
    qint64 processStarted = 0; // the process's start time as the system counts it; 0: unknown
    QString program; // "tuma" or "tuma-cli"
    QDateTime acquiredAt;
    QDateTime expiresAt;
};

// What asking for a lease came to.
struct LeaseClaim
{
    bool acquired = false;
    // Acquired: messages left submitting by an earlier holder (or by a run that had none),
    // now unknown. Not acquired: 0.
    int interrupted = 0;
    // Acquired: the holder it was taken over from, if any; not acquired: who holds it.
    std::optional<LeaseHolder> other;
};

// The sending leases, one per provider account (docs/CAMPAIGNS.md, "One sender per account").
// A lease is held until it expires or is released; Outbox::claim moves messages to
// submitting only for the holder of a lease that has not expired, in the same statement.
class LeaseStore final
{
    Q_DECLARE_TR_FUNCTIONS(LeaseStore)

public:
    explicit LeaseStore(const Database& database);

    // Whether a holder that has not expired still runs (the caller knows how to look at
    // processes on this computer; one elsewhere is taken as running until it expires).
    using IsAlive = std::function<bool(const LeaseHolder&)>;

    // Takes the account's lease for `me` (whose token is new) for `ttlMs`, unless another
    // holder has it, has not expired and is alive. In the same transaction the account's
    // messages left submitting, which only an earlier holder can have left, become unknown.
    Result<LeaseClaim> acquire(qint64 accountId, const LeaseHolder& me, qint64 ttlMs,
                               const IsAlive& isAlive);
    // Pushes the expiry `ttlMs` ahead; false when the lease is no longer this token's
    // (taken over, released, or the database restored): the holder must stop sending.
    Result<bool> renew(qint64 accountId, const QString& token, qint64 ttlMs);
    Result<void> release(qint64 accountId, const QString& token);
    // The holder of the account's lease, expired or not; none when nobody holds it.
    Result<std::optional<LeaseHolder>> holder(qint64 accountId) const;
    // Every lease goes (a restored database: the processes that held them send no more).
    Result<void> clear();

private:
    const Database& m_database;
};

} // namespace tuma
