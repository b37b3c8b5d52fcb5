// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "providers/ProviderError.h"
#include "providers/ProviderTypes.h"

#include <QCoreApplication>

#include <functional>

namespace tuma {

class Database;

struct ReconcileSummary
{
    int resolved = 0; // the provider has them: accepted or their final state
    int requeued = 0; // the provider's whole history since they left lacks them: queued again
    int stillUnknown = 0; // no way to tell: the user decides
};

// Settles a campaign's unknown messages (sent, no answer) against the provider's own history:
// a message the history shows (same number, same text) takes the state the provider gives
// it; one missing from a history read to its end was never received and goes back to the
// queue; the rest stay unknown. Without history nothing changes. Nothing is sent here.
class Reconciler final
{
    Q_DECLARE_TR_FUNCTIONS(Reconciler)

public:
    // One page of the provider's history (1-based), as the adapter answers it.
    using FetchPage = std::function<ProviderResult<HistoryPage>(int page)>;

    explicit Reconciler(const Database& database);

    // A provider may list a message in its history a little after accepting it: a message
    // submitted less than this long ago is never taken as missing.
    static constexpr qint64 defaultGraceMs = 120'000;

    // `fetchPage` empty: the provider keeps no history. At most `maxPages` pages are read;
    // a history longer than that proves nothing missing.
    Result<ReconcileSummary> reconcile(qint64 campaignId, const FetchPage& fetchPage,
                                       int maxPages = 500, qint64 graceMs = defaultGraceMs);

private:
    const Database& m_database;
};

} // namespace tuma
