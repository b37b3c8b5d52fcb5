// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/SendingWindow.h"
#include "storage/AccountStore.h"
#include "storage/CampaignStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace tuma {

class Database;

// What someone asks a campaign to be, as they gave it: the New campaign dialog's form (new
// or editing a draft) and `tuma-cli campaign create` both fill one, and CampaignDraft::build
// applies the rules every draft obeys, so the two can never disagree.
struct DraftRequest
{
    QString name;
    Account account;
    std::optional<QString> senderId; // nullopt: the account's default
    QString body; // the message, a template with <<placeholders>>
    QStringList groups;
    QStringList numbers; // as typed, in any spelling the account's region reads
    FieldMatch match;
    RemoteAudience remote; // a group the provider keeps, already looked up; alone
    QString timeZone; // IANA; empty: the account region's
    // Invalid: as soon as launched. With scheduleIsWallClock, its date and time are read in
    // the time zone whatever its spec says (carried as UTC so that the computer's own zone,
    // with its summer time, never shifts them); else the instant it names.
    QDateTime scheduledAt;
    bool scheduleIsWallClock = false;
    bool providerSchedule = false;
    SendingWindow window; // its skipSundays is ignored: see skipSundays
    bool skipSundays = false;
};

class CampaignDraft final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignDraft)

public:
    // The draft the request describes (no figures yet: AudienceFigures counts them), or the
    // first rule it breaks, as a sentence that says what to change. Error codes:
    // invalid_campaign (no name, sender, audience...), invalid_number, invalid_template,
    // placeholders_in_group_message, empty_audience (a provider's group without members),
    // invalid_schedule, storage_failed.
    static Result<Campaign> build(const Database& database, const DraftRequest& request);

    // Whether a campaign in this state may still be changed: a draft, until it is launched.
    static bool isEditable(const Campaign& campaign);
};

} // namespace tuma
