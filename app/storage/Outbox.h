// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tuma {

class Database;

// The messages of launched campaigns (one row per recipient, see docs/ARCHITECTURE.md).
class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(const Database& database);

    // A delivery report for the message the provider knows as `providerMessageId`.
    // `finalState` is "delivered", "failed" or empty (not final yet: only the provider's
    // word is kept). A final state never moves back, and a report for a message that is
    // not accepted yet (queued, cancelled) changes nothing. Returns how many rows changed.
    Result<int> recordDelivery(const QString& providerMessageId, const QString& finalState,
                               const QString& providerStatus);

private:
    const Database& m_database;
};

} // namespace tuma
