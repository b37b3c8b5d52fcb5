// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CostEstimator.h"
#include "storage/CampaignStore.h"

#include <QObject>

#include <functional>
#include <optional>

class QWidget;

namespace tuma {

class AppSettings;
class Database;

// A draft launched as the window does it. The audience is counted again first, off the GUI
// thread: contacts added since the draft was saved go out too. Then:
// - the question, with that count and its cost;
// - above the threshold in the settings, the amount typed, not clicked;
// - the outbox written off the GUI thread, the amount confirmed as the most it may cost
//   (as `campaign run --max-cost` holds it);
// - if the audience grew between the question and the launch, the question again with both
//   figures.
// `tuma-cli campaign run` goes through the same Planner::launch.
class LaunchFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchFlow)

public:
    // Starts the flow for the draft `campaign`; its dialogs are `window`'s. `finished` runs
    // with the campaign's id once the outbox was written or could not be (each outcome said to
    // the user already): the page reads the campaign again and wakes the runner. Not when the
    // user stops before. The flow deletes itself once over, and ends with `window`.
    static void start(Database& database, AppSettings& settings, const Campaign& campaign,
                      QWidget* window, std::function<void(qint64 id)> finished);

private:
    LaunchFlow(Database& database, AppSettings& settings, QWidget* window,
               std::function<void(qint64)> finished);
    // Counts the audience again on a worker, then asks with that figure; `asked` is the
    // figure confirmed before, when the audience grew past it since.
    void estimateThenConfirm(const Campaign& campaign, std::optional<CostEstimate> asked);
    void confirmAndLaunch(qint64 id, const CostEstimate& estimate,
                          const std::optional<CostEstimate>& asked);
    // Ends the flow: `finished` with `id` when the outbox may have changed, then deleted.
    void end(std::optional<qint64> id);

    Database& m_database;
    AppSettings& m_settings;
    QWidget* m_window;
    std::function<void(qint64)> m_finished;
};

} // namespace tuma
