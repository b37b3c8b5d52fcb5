// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignControl.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/LeaseStore.h"
#include "storage/Outbox.h"

namespace tuma {

namespace {

using State = CampaignState;

Error invalid(const QString& message)
{
    return Error {QStringLiteral("invalid_state"), message, {}};
}

// A backup that cannot be prepared says so by its own code.
Error restoreFailed(Error error)
{
    error.code = QStringLiteral("restore_failed");
    return error;
}

} // namespace

CampaignControl::CampaignControl(const Database& database)
    : m_database(database)
{ }

Result<Campaign> CampaignControl::changed(qint64 id, const QString& action)
{
    const Result<Campaign> campaign = CampaignStore(m_database).find(id);
    if (!campaign)
        return campaign.error();
    (void)AuditLog(m_database)
        .record(QStringLiteral("campaign.") + action, campaign.value().name,
                {{QStringLiteral("campaign_id"), id}});
    return campaign;
}

Result<Campaign> CampaignControl::pause(qint64 id, const QString& by)
{
    const Result<Campaign> campaign = CampaignStore(m_database).find(id);
    if (!campaign)
        return campaign.error();
    if (!isSending(campaign.value().state)) {
        return invalid(tr("Campaign %1 is %2: only a running or scheduled campaign can be "
                          "paused.")
                           .arg(id)
                           .arg(stateInWords(campaign.value().state)));
    }
    const Result<void> paused = CampaignStore(m_database)
                                    .transition(id, {State::Running, State::Scheduled},
                                                State::Paused, tr("Paused by %1.").arg(by));
    if (!paused)
        return paused.error();
    return changed(id, QStringLiteral("pause"));
}

Result<Campaign> CampaignControl::resume(qint64 id, const QDateTime& now)
{
    const Result<Campaign> campaign = CampaignStore(m_database).find(id);
    if (!campaign)
        return campaign.error();
    if (campaign.value().state != State::Paused) {
        return invalid(
            tr("Campaign %1 is %2, not paused.").arg(id).arg(stateInWords(campaign.value().state)));
    }
    const bool later = campaign.value().scheduledAt.isValid() && campaign.value().scheduledAt > now;
    const Result<void> resumed
        = CampaignStore(m_database)
              .transition(id, {State::Paused}, later ? State::Scheduled : State::Running);
    if (!resumed)
        return resumed.error();
    return changed(id, QStringLiteral("resume"));
}

Result<Campaign> CampaignControl::cancel(qint64 id)
{
    const Result<Campaign> campaign = CampaignStore(m_database).find(id);
    if (!campaign)
        return campaign.error();
    if (campaign.value().isFinished()) {
        return invalid(
            tr("Campaign %1 is %2 already.").arg(id).arg(stateInWords(campaign.value().state)));
    }
    // The state and the queued messages together: a sender's next claim finds neither.
    Database::Transaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.failure(tr("Could not cancel the campaign."));
    if (const Result<void> cancelled
        = CampaignStore(m_database)
              .transition(id, {State::Draft, State::Scheduled, State::Running, State::Paused},
                          State::Cancelled);
        !cancelled)
        return cancelled.error();
    if (const Result<int> messages = Outbox(m_database).cancelQueued(id); !messages)
        return messages.error();
    if (!transaction.commit())
        return transaction.failure(tr("Could not cancel the campaign."));
    return changed(id, QStringLiteral("cancel"));
}

Result<int> CampaignControl::sendAgain(qint64 id, const QList<UnknownRef>& messages,
                                       const QString& code, const QString& message,
                                       const QString& pauseReason)
{
    const Result<Campaign> campaign = CampaignStore(m_database).find(id);
    if (!campaign)
        return campaign.error();
    if (campaign.value().state == State::Cancelled || campaign.value().state == State::Draft) {
        return invalid(tr("Campaign %1 is %2: its messages are not sent again.")
                           .arg(id)
                           .arg(stateInWords(campaign.value().state)));
    }
    if (messages.isEmpty())
        return 0;
    Database::Transaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.failure(tr("Could not queue the messages again."));
    // Paused before they are queued, in one commit: no sender can claim them in between.
    if (const Result<void> paused
        = CampaignStore(m_database)
              .transition(id, {State::Running, State::Scheduled, State::Completed, State::Paused},
                          State::Paused, pauseReason, QStringLiteral("send_again"));
        !paused)
        return paused.error();
    const Result<int> moved = Outbox(m_database).requeueUnknownWithin(messages, code, message);
    if (!moved)
        return moved;
    // None still unknown (another window decided, or they were sent again meanwhile): the
    // campaign stays as it was (the transaction is rolled back).
    if (moved.value() == 0)
        return 0;
    if (!transaction.commit())
        return transaction.failure(tr("Could not queue the messages again."));
    return moved;
}

Result<int> CampaignControl::countAsSent(qint64 id, const QList<UnknownRef>& messages,
                                         const QString& by)
{
    Database::Transaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.failure(tr("Could not count the messages as sent."));
    const Result<Outbox::Counted> counted
        = Outbox(m_database).countAsSentWithin(messages, tr("Counted as sent by %1.").arg(by));
    if (!counted)
        return counted.error();
    if (const Result<void> spent
        = CampaignStore(m_database).addCreditsUsed(id, counted.value().credits);
        !spent)
        return spent.error();
    if (!transaction.commit())
        return transaction.failure(tr("Could not count the messages as sent."));
    return counted.value().messages;
}

Result<int> CampaignControl::decideUnknown(qint64 id, UnknownDecision decision,
                                           const QStringList& phones, const QString& by)
{
    const Result<Campaign> campaign = CampaignStore(m_database).find(id);
    if (!campaign)
        return campaign.error();
    const Result<QList<UnknownRef>> ids = Outbox(m_database).unknownRefs(id, phones);
    if (!ids)
        return ids.error();
    Result<int> changed = 0;
    if (decision == UnknownDecision::SendAgain) {
        changed = sendAgain(
            id, ids.value(), QStringLiteral("sent_again"), tr("%1 chose to send it again.").arg(by),
            tr("%Ln unknown message(s) will be sent again when you resume the campaign.", nullptr,
               static_cast<int>(ids.value().size())));
    } else {
        changed = countAsSent(id, ids.value(), by);
    }
    if (!changed)
        return changed;
    (void)AuditLog(m_database)
        .record(
            decision == UnknownDecision::SendAgain ? QStringLiteral("campaign.send_again")
                                                   : QStringLiteral("campaign.count_as_sent"),
            campaign.value().name,
            {{QStringLiteral("campaign_id"), id}, {QStringLiteral("messages"), changed.value()}});
    return changed;
}

Result<Campaign> CampaignControl::decideOverdue(qint64 id, OverdueChoice choice)
{
    switch (choice) {
    case OverdueChoice::Cancel:
        return cancel(id);
    case OverdueChoice::SendNow: {
        const Result<void> started
            = CampaignStore(m_database).transition(id, {State::Scheduled}, State::Running);
        if (!started)
            return started.error();
        return changed(id, QStringLiteral("resume"));
    }
    case OverdueChoice::Pause:
        break;
    }
    const Result<void> paused
        = CampaignStore(m_database)
              .transition(id, {State::Scheduled}, State::Paused,
                          tr("Its time passed while Tuma was closed; resume it to send it."),
                          QStringLiteral("overdue"));
    if (!paused)
        return paused.error();
    return changed(id, QStringLiteral("pause"));
}

Result<void> CampaignControl::restoreBackup(Database& database, const QString& source,
                                            const std::function<bool(int, int)>& progress)
{
    return database.restoreFrom(source, progress, [](const Database& staged) {
        return CampaignControl(staged).holdRestored();
    });
}

Result<void> CampaignControl::holdRestored()
{
    // A backup taken mid-campaign holds it running with messages queued that have gone out
    // since: nothing goes out again until the user has looked and resumed it.
    const Result<QList<Campaign>> campaigns = CampaignStore(m_database).list();
    if (!campaigns)
        return campaigns.error();
    Database::Transaction transaction(m_database);
    if (!transaction.isOpen())
        return restoreFailed(transaction.failure(tr("Could not prepare the backup.")));
    for (const Campaign& campaign : campaigns.value()) {
        if (!isSending(campaign.state))
            continue;
        if (const Result<void> held
            = CampaignStore(m_database)
                  .transition(campaign.id, {State::Running, State::Scheduled}, State::Paused,
                              tr("Restored from a backup: check what has already gone out, "
                                 "then resume it."),
                              QStringLiteral("restored"));
            !held)
            return held;
    }
    if (const Result<int> interrupted = Outbox(m_database).markAllInterrupted(); !interrupted)
        return interrupted.error();
    if (const Result<void> cleared = LeaseStore(m_database).clear(); !cleared)
        return cleared;
    if (!transaction.commit())
        return restoreFailed(transaction.failure(tr("Could not prepare the backup.")));
    return {};
}

Result<void> CampaignControl::markLaunched(qint64 id, CampaignState to)
{
    if (to != State::Scheduled && to != State::Running)
        return invalid(tr("A launched campaign is scheduled or running."));
    return CampaignStore(m_database).transition(id, {State::Draft}, to);
}

Result<void> CampaignControl::start(qint64 id)
{
    return CampaignStore(m_database).transition(id, {State::Scheduled}, State::Running);
}

Result<void> CampaignControl::complete(qint64 id)
{
    const Result<void> completed
        = CampaignStore(m_database).transition(id, {State::Running}, State::Completed);
    if (!completed)
        return completed;
    if (const Result<Campaign> campaign = changed(id, QStringLiteral("complete")); !campaign)
        return campaign.error();
    return {};
}

Result<void> CampaignControl::pauseForError(qint64 id, const QString& code, const QString& reason)
{
    const Result<void> paused
        = CampaignStore(m_database)
              .transition(id, {State::Running, State::Scheduled}, State::Paused, reason, code);
    if (!paused)
        return paused;
    const Result<Campaign> campaign = CampaignStore(m_database).find(id);
    (void)AuditLog(m_database)
        .record(QStringLiteral("campaign.pause"), campaign ? campaign.value().name : QString(),
                {{QStringLiteral("campaign_id"), id},
                 {QStringLiteral("reason"), code},
                 {QStringLiteral("message"), reason}});
    return {};
}

} // namespace tuma
