// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CostEstimator.h"
#include "core/Result.h"
#include "storage/CampaignStates.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>
#include <optional>

namespace tuma {

class Database;

struct LaunchSummary
{
    CostEstimate estimate;
    CampaignState state = CampaignState::Running; // or scheduled
};

// Turns a draft into outbox rows: every recipient's message rendered, counted and priced,
// written in one transaction together with the campaign's new state, so the campaign no
// longer depends on later edits to contacts or templates. A failure or `cancelled` leaves
// the draft exactly as it was.
class Planner final
{
    Q_DECLARE_TR_FUNCTIONS(Planner)

public:
    explicit Planner(const Database& database);

    // `now` decides between scheduled (a schedule still ahead) and running. Above `maxCost`
    // (in the account's currency) nothing is launched. `progress` gets the recipients written
    // so far every few thousand; returning false cancels.
    Result<LaunchSummary> launch(qint64 campaignId, const QDateTime& now,
                                 std::optional<double> maxCost = {},
                                 const std::function<bool(int)>& progress = {});

private:
    const Database& m_database;
};

} // namespace tuma
