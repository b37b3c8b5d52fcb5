// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CostEstimator.h"
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
    // The saved template the message was taken from, if any (CampaignDraft::save marks it
    // used, which `tuma-cli template` and the Templates page show).
    QString templateName;
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

    // Saves a built draft with its figures: a new campaign, or in place of the draft
    // `editingId` (refused once another window or process has launched it). The template it
    // came from, if any, is marked used. Returns the campaign's id.
    static Result<qint64> save(const Database& database, Campaign campaign,
                               const CostEstimate& estimate, qint64 editingId = 0,
                               const QString& templateName = {});

    // Whether a campaign in this state may still be changed: a draft, until it is launched.
    static bool isEditable(const Campaign& campaign);
};

} // namespace tuma
