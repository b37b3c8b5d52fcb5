// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignTexts.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace tuma {

QString CampaignTexts::messageNote(const OutboxRow& row)
{
    if (row.state != OutboxState::Failed || !row.errorMessage.isEmpty())
        return row.errorMessage;
    // A delivery report said it failed: the provider's word is all there is.
    const QString word = row.providerStatus.toLower();
    const auto has = [&word](std::initializer_list<const char*> parts) {
        return std::any_of(parts.begin(), parts.end(), [&word](const char* part) {
            return word.contains(QLatin1String(part));
        });
    };
    if (has({"dnd", "blacklist", "block", "opt"}))
        return tr("Not delivered: the number refuses promotional messages (Do Not Disturb). The "
                  "customer can allow them with the network; sending again fails the same way.");
    if (has({"expire", "absent", "unreach", "timeout"}))
        return tr("Not delivered: the phone stayed off or out of reach until the network gave "
                  "up. Retry failed sends it again.");
    if (has({"invalid", "unknown subscriber", "unknownsubscriber", "not exist", "inactive",
             "barred"}))
        return tr("Not delivered: the network says the number is not in use. Check it with the "
                  "customer before sending again.");
    return row.providerStatus.isEmpty()
        ? tr("Not delivered. Retry failed sends it again; a number that fails every time may be "
             "wrong.")
        : tr("Not delivered (the provider says \"%1\"). Retry failed sends it again; a number "
             "that fails every time may be wrong.")
              .arg(row.providerStatus);
}

QString CampaignTexts::messageStateText(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return tr("Waiting");
    case OutboxState::Submitting:
        return tr("Sending");
    case OutboxState::Accepted:
        return tr("Accepted by the provider");
    case OutboxState::Delivered:
        return tr("Delivered");
    case OutboxState::Failed:
        return tr("Failed");
    case OutboxState::Expired:
        return tr("Expired");
    case OutboxState::Unknown:
        return tr("Unknown");
    case OutboxState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString CampaignTexts::stateText(CampaignState state)
{
    switch (state) {
    case CampaignState::Draft:
        return tr("Draft");
    case CampaignState::Scheduled:
        return tr("Scheduled");
    case CampaignState::Running:
        return tr("Sending");
    case CampaignState::Paused:
        return tr("Paused");
    case CampaignState::Completed:
        return tr("Sent");
    case CampaignState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString CampaignTexts::campaignTime(const Campaign& campaign)
{
    const QTimeZone zone(campaign.timeZone.toUtf8());
    return QLocale().toString(zone.isValid() ? campaign.scheduledAt.toTimeZone(zone)
                                             : campaign.scheduledAt.toLocalTime(),
                              QLocale::ShortFormat);
}

QString CampaignTexts::moneyText(double amount, const QString& currency)
{
    return tr("%1 %2").arg(currency, QLocale().toString(amount, 'f', 2));
}

} // namespace tuma
