// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CampaignStore.h"
#include "storage/Outbox.h"

#include <QCoreApplication>
#include <QString>

namespace tuma {

// How campaigns and their messages read wherever the window shows them: the Campaigns page,
// the Dashboard, a contact's messages, the launch's questions.
class CampaignTexts final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignTexts)

public:
    // A campaign's state as users read it: "Sent" for completed, "Sending" for running.
    static QString stateText(CampaignState state);
    // A message's outbox state as users read it: "Waiting" for queued and so on.
    static QString messageStateText(OutboxState state);
    // What the recipients table says of a message: the reason it failed and what to do, where
    // only the provider's status word is known; else the message's own note.
    static QString messageNote(const OutboxRow& row);
    // A campaign's scheduled time in the zone it was scheduled in, the one its user thinks in.
    static QString campaignTime(const Campaign& campaign);
    // An amount with its currency, two decimals: "KES 1,250.00".
    static QString moneyText(double amount, const QString& currency);
};

} // namespace tuma
