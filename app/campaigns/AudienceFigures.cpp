// SPDX-License-Identifier: GPL-3.0-or-later
#include "AudienceFigures.h"

#include "core/SmsText.h"
#include "core/Template.h"
#include "storage/AudienceReader.h"
#include "storage/TemplateStore.h"

#include <QCoreApplication>

namespace tuma {

Result<AudienceFigures> computeAudienceFigures(const Database& database, const Template& message,
                                               const QStringList& groups, const Pricing& pricing,
                                               const std::function<bool()>& cancelled,
                                               const QStringList& phones, const FieldMatch& match,
                                               const QStringList& acceptedCallingCodes)
{
    // The reader hands out values in the order of the available fields: bind to that order.
    const Result<QStringList> fields = TemplateStore(database).availableFields();
    if (!fields)
        return fields.error();
    const Template::Bound bound = message.bind(fields.value());

    QList<std::pair<QString, qsizetype>> withoutDefault;
    for (const TemplatePlaceholder& placeholder : message.placeholders()) {
        const qsizetype index = fields.value().indexOf(placeholder.name);
        const bool listed
            = std::any_of(withoutDefault.cbegin(), withoutDefault.cend(),
                          [&](const auto& entry) { return entry.first == placeholder.name; });
        if (!placeholder.hasDefault && index >= 0 && !listed)
            withoutDefault.append({placeholder.name, index});
    }

    QStringList acceptedPrefixes;
    for (const QString& code : acceptedCallingCodes)
        acceptedPrefixes.append(u'+' + code);
    AudienceFigures figures;
    CostEstimator estimator(pricing);
    const Result<Audience> audience = AudienceReader(database).visit(
        groups, phones,
        [&](const Recipient& recipient) {
            QString text = bound.render(recipient.values);
            const SmsCount count = SmsText::count(text);
            estimator.add(count);
            if (!acceptedPrefixes.isEmpty()
                && std::none_of(
                    acceptedPrefixes.cbegin(), acceptedPrefixes.cend(),
                    [&](const QString& prefix) { return recipient.phone.startsWith(prefix); }))
                ++figures.outsideCountries;
            if (figures.samples.size() < AudienceFigures::sampleCount)
                figures.samples.append({recipient.phone, std::move(text), count});
            for (const auto& [field, index] : withoutDefault) {
                if (Template::isBlank(recipient.values.value(index)))
                    ++figures.emptyFields[field];
            }
            return !(cancelled && cancelled());
        },
        match);
    if (!audience)
        return audience.error();
    figures.estimate = estimator.result();
    figures.duplicates = audience.value().duplicates;
    figures.optedOut = audience.value().optedOut;
    return figures;
}

std::optional<Error> remoteGroupProblem(const Template& message, const RemoteAudience& group)
{
    if (!message.placeholders().isEmpty()) {
        return Error {QStringLiteral("placeholders_in_group_message"),
                      QCoreApplication::translate(
                          "AudienceFigures",
                          "The provider sends one text to everyone in its group, so the message "
                          "cannot have placeholders such as <<%1>>: remove the placeholders, or "
                          "send to contacts kept in Tuma.")
                          .arg(message.placeholders().constFirst().name),
                      {}};
    }
    if (group.size == 0) {
        return Error {QStringLiteral("empty_audience"),
                      QCoreApplication::translate("AudienceFigures",
                                                  "The provider's group \"%1\" has no contacts.")
                          .arg(group.groupName),
                      {}};
    }
    return std::nullopt;
}

AudienceFigures remoteGroupFigures(const Template& message, int size, const Pricing& pricing)
{
    const QString text = message.bind({}).render({});
    const SmsCount count = SmsText::count(text);
    CostEstimator estimator(pricing);
    for (int i = 0; i < size; ++i)
        estimator.add(count);
    AudienceFigures figures;
    figures.estimate = estimator.result();
    figures.samples.append({QString(), text, count});
    return figures;
}

Result<AudienceFigures> campaignFigures(const Database& database, const Campaign& campaign,
                                        const Pricing& pricing,
                                        const std::function<bool()>& cancelled)
{
    const Template message(campaign.templateBody);
    if (!campaign.audience.remote.isEmpty())
        return remoteGroupFigures(message, std::max(0, campaign.audience.remote.size), pricing);
    return computeAudienceFigures(database, message, campaign.audience.groups, pricing, cancelled,
                                  campaign.audience.phones, campaign.audience.match);
}

} // namespace tuma
