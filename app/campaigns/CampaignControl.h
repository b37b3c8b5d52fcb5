// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/CampaignStore.h"
#include "storage/Outbox.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace tuma {

class Database;

// The one owner of a campaign's state (docs/CAMPAIGNS.md): every change of `campaigns.state`
// goes through here, whether the user asks from a window or from tuma-cli, or the
// dispatcher, the planner or the runner decides. Each change is one compare-and-set
// (CampaignStore::transition): it happens only from the states the rule allows, so two
// windows or processes racing cannot both win, and the loser is told what the campaign is
// now. User actions are written to the audit log.
//
//   draft ──launch──> scheduled ──its time──> running ──nothing left──> completed
//                     │     ^                 │   ^
//                     └pause┴───resume────────┴pause
//   any but completed and cancelled ──cancel──> cancelled (its queued messages too)
//   running, scheduled, completed ──unknown messages sent again──> paused
class CampaignControl final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignControl)

public:
    explicit CampaignControl(const Database& database);

    // The user pauses a running or scheduled campaign; `by` names them for the reason.
    Result<Campaign> pause(qint64 id, const QString& by);
    // The user resumes a paused campaign: scheduled if its time is still ahead, else running.
    Result<Campaign> resume(qint64 id, const QDateTime& now);
    // The user cancels a campaign that has not finished: its queued messages are cancelled
    // in the same transaction. Those already sent stay as they are.
    Result<Campaign> cancel(qint64 id);

    // Unknown messages go back to the queue (a reconciliation proved the provider never had
    // them, or the user chose to send them again): in one transaction the campaign is paused
    // with `pauseReason` and the messages queued, so nothing sends them until the user
    // resumes it (a window's runner or `tuma-cli campaign run` then does). A cancelled
    // campaign is refused. Returns how many went back.
    // Only messages still unknown from the submission they were read with move; when none
    // does, nothing changes (the campaign is not paused).
    Result<int> sendAgain(qint64 id, const QList<UnknownRef>& messages, const QString& code,
                          const QString& message, const QString& pauseReason);
    // The user counts unknown messages as sent: accepted, their credits counted as used.
    Result<int> countAsSent(qint64 id, const QList<UnknownRef>& messages, const QString& by);
    // What the user decided for unknown messages (all of the campaign's when `phones` is
    // empty); both are written to the audit log. Returns how many changed.
    enum class UnknownDecision { SendAgain, CountAsSent };
    Result<int> decideUnknown(qint64 id, UnknownDecision decision, const QStringList& phones,
                              const QString& by);

    // A schedule that passed while Tuma was closed: what the user chose.
    enum class OverdueChoice { SendNow, Cancel, Pause };
    Result<Campaign> decideOverdue(qint64 id, OverdueChoice choice);

    // Replaces `database`'s content with the backup `source` (Database::restoreFrom), and
    // never sends: in the staging copy, campaigns that were running or scheduled are paused
    // ("restored from a backup"), messages left submitting become unknown and the sending
    // leases go, so a process still sending on the database stops at its next claim.
    // The window and tuma-cli both restore through here.
    static Result<void> restoreBackup(Database& database, const QString& source,
                                      const std::function<bool(int, int)>& progress = {});

    // The planner, inside its launch transaction: the draft is now scheduled or running.
    Result<void> markLaunched(qint64 id, CampaignState to);
    // The dispatcher: a scheduled campaign's time has come, so it runs.
    Result<void> start(qint64 id);
    // The dispatcher: nothing is left to submit.
    Result<void> complete(qint64 id);
    // The dispatcher: an error the user must act on (no credit, a refused key).
    Result<void> pauseForError(qint64 id, const QString& code, const QString& reason);

private:
    Result<Campaign> changed(qint64 id, const QString& action);
    Result<void> holdRestored();

    const Database& m_database;
};

} // namespace tuma
