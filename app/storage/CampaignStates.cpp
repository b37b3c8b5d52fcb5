// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignStates.h"

#include <QCoreApplication>

namespace tuma {

QString stateInWords(CampaignState state)
{
    switch (state) {
    case CampaignState::Draft:
        return QCoreApplication::translate("CampaignStates", "a draft");
    case CampaignState::Scheduled:
        return QCoreApplication::translate("CampaignStates", "scheduled");
    case CampaignState::Running:
        return QCoreApplication::translate("CampaignStates", "sending");
    case CampaignState::Paused:
        return QCoreApplication::translate("CampaignStates", "paused");
    case CampaignState::Completed:
        return QCoreApplication::translate("CampaignStates", "sent");
    case CampaignState::Cancelled:
        return QCoreApplication::translate("CampaignStates", "cancelled");
    }
    return {};
}

QString stateName(CampaignState state)
{
    switch (state) {
    case CampaignState::Draft:
        return QStringLiteral("draft");
    case CampaignState::Scheduled:
        return QStringLiteral("scheduled");
    case CampaignState::Running:
        return QStringLiteral("running");
    case CampaignState::Paused:
        return QStringLiteral("paused");
    case CampaignState::Completed:
        return QStringLiteral("completed");
    case CampaignState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Submitting:
        return QStringLiteral("submitting");
    case OutboxState::Accepted:
        return QStringLiteral("accepted");
    case OutboxState::Delivered:
        return QStringLiteral("delivered");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Expired:
        return QStringLiteral("expired");
    case OutboxState::Unknown:
        return QStringLiteral("unknown");
    case OutboxState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<CampaignState> campaignStateFrom(QStringView name)
{
    for (const CampaignState state : kCampaignStates) {
        if (name == stateName(state))
            return state;
    }
    return std::nullopt;
}

std::optional<OutboxState> outboxStateFrom(QStringView name)
{
    for (const OutboxState state : kOutboxStates) {
        if (name == stateName(state))
            return state;
    }
    return std::nullopt;
}

qint64 OutboxCounts::total() const
{
    qint64 sum = 0;
    for (const qint64 count : m_counts)
        sum += count;
    return sum;
}

qint64 OutboxCounts::finished() const
{
    return value(OutboxState::Delivered) + failed();
}

qint64 OutboxCounts::failed() const
{
    return value(OutboxState::Failed) + value(OutboxState::Expired);
}

} // namespace tuma
