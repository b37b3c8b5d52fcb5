// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/CostEstimator.h"
#include "core/Result.h"
#include "storage/AudienceReader.h"
#include "storage/CampaignStore.h"

#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

namespace tuma {

class Database;
class Template;

// One recipient's message as it will go out, for the review before launch.
struct MessageSample
{
    QString phone; // E.164
    QString text;
    SmsCount count;
};

struct AudienceFigures
{
    static constexpr int sampleCount = 20;

    CostEstimate estimate;
    // Placeholders without a default, and how many recipients have that field empty.
    QMap<QString, int> emptyFields;
    int duplicates = 0;
    int optedOut = 0;
    int outsideCountries = 0; // numbers outside the accepted calling codes, when some were given
    QList<MessageSample> samples; // the first recipients' messages, at most sampleCount
};

// What a message does to an audience (groups, typed E.164 numbers, a field match): every
// recipient's message rendered and counted, the distribution of parts, the cost, the fields left
// empty. Runs on a worker thread with the worker's own Database; `cancelled` is asked between
// recipients.
Result<AudienceFigures> computeAudienceFigures(const Database& database, const Template& message,
                                               const QStringList& groups, const Pricing& pricing,
                                               const std::function<bool()>& cancelled = {},
                                               const QStringList& phones = {},
                                               const FieldMatch& match = {},
                                               const QStringList& acceptedCallingCodes = {});

// A campaign's figures as a launch now would find them: its contacts (groups, numbers, field
// match) or its provider-side group, at `pricing`. The draft's own figures may be old: the
// window confirms these just before launching, and a retry draft is priced with them.
Result<AudienceFigures> campaignFigures(const Database& database, const Campaign& campaign,
                                        const Pricing& pricing,
                                        const std::function<bool()>& cancelled = {});

// Why `message` cannot go to a provider-side group, if it cannot: the provider sends one text
// to every member (so no placeholders), and a group it counted empty has no one to send to.
// The dialog, `campaign create` and the launch all hold a group campaign to this.
std::optional<Error> remoteGroupProblem(const Template& message, const RemoteAudience& group);

// The same for a provider-side group: one text (no placeholders) for its `size` members as
// the provider counted them (none when it did not say); the one sample has no number.
AudienceFigures remoteGroupFigures(const Template& message, int size, const Pricing& pricing);

} // namespace tuma
