// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace tuma {

// What a campaign is doing. Its transitions have one owner, CampaignControl; storage alone
// turns it into text (the SQL CHECK's spellings, which tuma-cli's JSON prints too).
enum class CampaignState { Draft, Scheduled, Running, Paused, Completed, Cancelled };

// Where one message of a launched campaign is (docs/CAMPAIGNS.md, "Launch and the outbox").
enum class OutboxState {
    Queued,
    Submitting,
    Accepted,
    Delivered,
    Failed,
    Expired,
    Unknown,
    Cancelled,
};

inline constexpr std::array<CampaignState, 6> kCampaignStates {
    CampaignState::Draft,  CampaignState::Scheduled, CampaignState::Running,
    CampaignState::Paused, CampaignState::Completed, CampaignState::Cancelled};
inline constexpr std::array<OutboxState, 8> kOutboxStates {
    OutboxState::Queued, OutboxState::Submitting, OutboxState::Accepted, OutboxState::Delivered,
    OutboxState::Failed, OutboxState::Expired,    OutboxState::Unknown,  OutboxState::Cancelled};

// The stored spelling ("running", "queued").
QString stateName(CampaignState state);
QString stateName(OutboxState state);
// The state as a sentence says it, translated ("a draft", "sending", "sent"): "Campaign 4 is
// %1." in messages shown to users, where stateName would show the stored word.
QString stateInWords(CampaignState state);
std::optional<CampaignState> campaignStateFrom(QStringView name);
std::optional<OutboxState> outboxStateFrom(QStringView name);

// Completed or cancelled: nothing more will be sent.
constexpr bool isFinished(CampaignState state)
{
    return state == CampaignState::Completed || state == CampaignState::Cancelled;
}
// Running or scheduled: it sends, now or at its time.
constexpr bool isSending(CampaignState state)
{
    return state == CampaignState::Running || state == CampaignState::Scheduled;
}
// Delivered, failed or expired: the provider's last word.
constexpr bool isFinal(OutboxState state)
{
    return state == OutboxState::Delivered || state == OutboxState::Failed
        || state == OutboxState::Expired;
}

// How many of a campaign's messages are in each outbox state (every state, 0 or not).
class OutboxCounts final
{
public:
    qint64 value(OutboxState state) const { return m_counts.at(std::size_t(state)); }
    void set(OutboxState state, qint64 count) { m_counts.at(std::size_t(state)) = count; }
    qint64 total() const;
    // Those that have left Tuma or never will (not queued, not submitting): a progress bar's.
    qint64 done() const
    {
        return total() - value(OutboxState::Queued) - value(OutboxState::Submitting);
    }
    // Delivered, failed or expired.
    qint64 finished() const;
    // Failed or expired.
    qint64 failed() const;
    friend bool operator==(const OutboxCounts&, const OutboxCounts&) = default;

private:
    std::array<qint64, kOutboxStates.size()> m_counts {};
};

} // namespace tuma

Q_DECLARE_METATYPE(tuma::OutboxCounts)
