// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "providers/Capabilities.h"
#include "providers/ProviderError.h"
#include "providers/ProviderTypes.h"
#include "storage/AccountStore.h"
#include "storage/Outbox.h"

#include <QObject>

namespace tuma {

class Database;
class ProviderSession;

// Learns what became of a campaign's accepted messages: one pass over those whose next check
// is due, asking the provider per request (FlashSMS's per-recipient report) or per message
// (QuickFlow's status), and moves them to delivered or failed. Messages still on their way
// are looked at again later, less often as they age (5 s at first, at most every 30 min);
// after `expireAfterHours` without a final word they are expired. A message handed to the
// provider for a later time (a provider-side schedule) is counted from that time: it is not
// expected before, so neither looked at nor expired until then. Providers that give no ids
// (254sms) leave their messages accepted: that is the last state Tuma can know.
class DeliveryTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryTracker)

public:
    struct Options
    {
        int maxRequests = 200; // per pass, so a huge campaign is followed in slices
        int expireAfterHours = 72;
    };

    struct Summary
    {
        int checked = 0;
        int delivered = 0;
        int failed = 0;
        int expired = 0;
        int requests = 0;
        std::optional<ProviderError> error; // the pass stopped on it
        QDateTime nextCheck; // the earliest check still to come; invalid when none
    };

    DeliveryTracker(const Database& database, ProviderSession& providers, qint64 campaignId,
                    Options options, QObject* parent = nullptr);
    ~DeliveryTracker() override;

    // Whether the account's provider can tell Tuma anything after acceptance.
    static bool canTrack(const Capabilities& capabilities);

    // One pass; `finished` follows exactly once.
    void start();

Q_SIGNALS:
    void finished(const tuma::DeliveryTracker::Summary& summary);

private:
    void next();
    void apply(const QList<TrackedMessage>& messages, const QList<MessageStatus>& statuses);
    void finish();
    QDateTime nextCheckFor(const TrackedMessage& message, const QDateTime& now) const;
    // When the provider was to send it: its submission, or the provider-side schedule.
    QDateTime dueAt(const TrackedMessage& message) const;

    const Database& m_database;
    ProviderSession& m_providers;
    qint64 m_campaignId = 0;
    Options m_options;
    Account m_account;
    Capabilities m_capabilities;
    QDateTime m_providerHoldsUntil; // the campaign's provider-side schedule, if any
    // The due messages, grouped by the id the provider knows them under.
    QList<QList<TrackedMessage>> m_pending;
    Summary m_summary;
    bool m_finished = false;
};

} // namespace tuma

Q_DECLARE_METATYPE(tuma::DeliveryTracker::Summary)
