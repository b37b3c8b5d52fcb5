// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignDraft.h"

#include "AudienceFigures.h"
#include "SendingSchedule.h"
#include "accounts/ProviderSession.h"
#include "core/PhoneNumber.h"
#include "core/Template.h"
#include "storage/TemplateStore.h"

#include <QTimeZone>

namespace tuma {

namespace {

Error refused(const char* code, const QString& message)
{
    return Error {QString::fromLatin1(code), message, {}};
}

} // namespace

Result<Campaign> CampaignDraft::build(const Database& database, const DraftRequest& request)
{
    const Account& account = request.account;
    Campaign campaign;
    campaign.name = request.name.trimmed();
    if (campaign.name.isEmpty())
        return refused("invalid_campaign",
                       tr("Give the campaign a name, so you can find it later."));
    campaign.accountId = account.id;

    const Capabilities capabilities = ProviderSession::capabilities(account);
    campaign.senderId = request.senderId ? request.senderId->trimmed() : account.senderOrDefault();
    if (capabilities.senderRequired && campaign.senderId.isEmpty())
        return refused("invalid_campaign",
                       tr("Choose a sender ID: this provider needs one. Add one to the account "
                          "if it has none."));
    if (!account.senderIds.isEmpty() && !campaign.senderId.isEmpty()
        && !account.senderIds.contains(campaign.senderId))
        return refused("invalid_campaign",
                       tr("The account has no sender ID \"%1\"; it has: %2.")
                           .arg(campaign.senderId, account.senderIds.join(QStringLiteral(", "))));

    // Who gets it: Tuma's contacts, or one group the provider keeps, never both.
    campaign.audience.groups = request.groups;
    campaign.audience.match = request.match;
    for (const QString& raw : request.numbers) {
        if (raw.trimmed().isEmpty())
            continue;
        const Result<QString> phone = PhoneNumber::normalize(raw, account.region);
        if (!phone)
            return refused(
                "invalid_number",
                tr("\"%1\" cannot receive SMS: %2").arg(raw.trimmed(), phone.error().message));
        if (!campaign.audience.phones.contains(phone.value()))
            campaign.audience.phones.append(phone.value());
    }
    if (!request.remote.isEmpty()) {
        if (!campaign.audience.isEmpty())
            return refused("invalid_campaign",
                           tr("A group the provider keeps is sent to alone: choose it, or "
                              "Tuma's groups, fields and numbers, not both."));
        if (!capabilities.sendToRemoteGroup)
            return refused("invalid_campaign",
                           tr("This provider cannot send to a group it keeps; choose Tuma's own "
                              "groups."));
        campaign.audience.remote = request.remote;
    }
    if (campaign.audience.isEmpty())
        return refused("invalid_campaign",
                       capabilities.sendToRemoteGroup
                           ? tr("Choose who gets the message: a group, a field and its values, "
                                "some numbers, or one of the provider's groups.")
                           : tr("Choose who gets the message: a group, a field and its values, "
                                "or some numbers."));

    // The message.
    campaign.templateBody = request.body;
    if (request.body.trimmed().isEmpty())
        return refused("invalid_template", tr("Write the message."));
    const Template message(request.body);
    const Result<QStringList> fields = TemplateStore(database).availableFields();
    if (!fields)
        return fields.error();
    if (const QList<TemplateError> problems = message.errors(fields.value()); !problems.isEmpty())
        return refused("invalid_template", problems.constFirst().message);
    if (!campaign.audience.remote.isEmpty()) {
        if (const std::optional<Error> problem
            = remoteGroupProblem(message, campaign.audience.remote))
            return *problem;
    }

    // When.
    campaign.timeZone = request.timeZone.trimmed().isEmpty() ? defaultTimeZoneFor(account.region)
                                                             : request.timeZone.trimmed();
    const QTimeZone zone(campaign.timeZone.toUtf8());
    if (!zone.isValid())
        return refused("invalid_schedule",
                       tr("\"%1\" is not a time zone; use a name such as Africa/Nairobi or "
                          "Africa/Accra.")
                           .arg(campaign.timeZone));
    if (request.scheduledAt.isValid()) {
        const QDateTime& at = request.scheduledAt;
        campaign.scheduledAt
            = (request.scheduleIsWallClock ? QDateTime(at.date(), at.time(), zone) : at).toUTC();
        if (campaign.scheduledAt <= QDateTime::currentDateTimeUtc())
            return refused("invalid_schedule",
                           tr("The time chosen has passed: choose a later one, or send it now."));
    }
    if (request.providerSchedule) {
        if (!capabilities.providerScheduling)
            return refused("invalid_schedule",
                           tr("This provider cannot hold messages until a time: let Tuma send "
                              "them at that time instead (it must be running then)."));
        if (!campaign.scheduledAt.isValid())
            return refused("invalid_schedule", tr("Choose the time the provider should send it."));
        if (!message.placeholders().isEmpty())
            return refused("invalid_schedule",
                           tr("Only a message that is the same for everyone can be held by the "
                              "provider; this one has placeholders."));
        campaign.providerSchedule = true;
    }
    if (request.window.enabled) {
        campaign.window = request.window;
        if (campaign.window.start >= campaign.window.end)
            return refused("invalid_schedule",
                           tr("The sending hours must end after they start, such as 08:00 to "
                              "18:00."));
    } else {
        campaign.window.enabled = false;
    }
    campaign.window.skipSundays = request.skipSundays;
    if (request.skipSundays && !campaign.window.enabled) {
        // No Sundays alone: every hour of the other days.
        campaign.window.enabled = true;
        campaign.window.start = QTime(0, 0);
        campaign.window.end = QTime(23, 59, 59);
    }
    return campaign;
}

bool CampaignDraft::isEditable(const Campaign& campaign)
{
    return campaign.state == CampaignState::Draft;
}

Result<qint64> CampaignDraft::save(const Database& database, Campaign campaign,
                                   const CostEstimate& estimate, qint64 editingId,
                                   const QString& templateName)
{
    campaign.recipients = estimate.recipients;
    campaign.segments = estimate.segments;
    campaign.creditsEstimated = estimate.credits;
    campaign.costEstimated = estimate.cost;
    campaign.currency = estimate.currency;
    qint64 id = editingId;
    if (editingId > 0) {
        campaign.id = editingId;
        if (const Result<void> updated = CampaignStore(database).updateDraft(campaign); !updated)
            return updated.error();
    } else {
        const Result<qint64> created = CampaignStore(database).create(campaign);
        if (!created)
            return created.error();
        id = created.value();
    }
    // A template renamed or deleted meanwhile is no reason to lose the saved draft.
    if (!templateName.trimmed().isEmpty())
        (void)TemplateStore(database).markUsed(templateName);
    return id;
}

} // namespace tuma
