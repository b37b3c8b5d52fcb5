// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryTracker.h"

#include "accounts/ProviderSession.h"
#include "accounts/ProviderStates.h"
#include "providers/ProviderAdapter.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"

#include <QHash>

#include <algorithm>

namespace tuma {

namespace {

QString digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

DeliveryTracker::DeliveryTracker(const Database& database, ProviderSession& providers,
                                 qint64 campaignId, Options options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_providers(providers)
    , m_campaignId(campaignId)
    , m_options(options)
{
    qRegisterMetaType<tuma::DeliveryTracker::Summary>();
}

DeliveryTracker::~DeliveryTracker() = default;

bool DeliveryTracker::canTrack(const Capabilities& capabilities)
{
    return capabilities.messageIds
        && (capabilities.statusPolling || capabilities.deliveryReportPerRecipient);
}

void DeliveryTracker::start()
{
    const Result<Campaign> campaign = CampaignStore(m_database).find(m_campaignId);
    if (!campaign) {
        m_summary.error
            = ProviderError::make(ProviderError::Kind::NotFound, campaign.error().message);
        return finish();
    }
    const Result<Account> account = AccountStore(m_database).findById(campaign.value().accountId);
    if (!account) {
        m_summary.error
            = ProviderError::make(ProviderError::Kind::Configuration, account.error().message);
        return finish();
    }
    m_account = account.value();
    m_capabilities = ProviderSession::capabilities(m_account);
    if (campaign.value().providerSchedule)
        m_providerHoldsUntil = campaign.value().scheduledAt;
    if (!canTrack(m_capabilities))
        return finish();

    // A report covers every recipient of a request: ask once per provider id.
    const bool perRequest = m_capabilities.deliveryReportPerRecipient;
    const int limit = perRequest
        ? m_options.maxRequests * std::max(1, m_capabilities.maxRecipientsPerRequest)
        : m_options.maxRequests;
    const Result<QList<TrackedMessage>> due
        = Outbox(m_database).dueForTracking(m_campaignId, limit, QDateTime::currentDateTimeUtc());
    if (!due) {
        m_summary.error = ProviderError::make(ProviderError::Kind::Server, due.error().message);
        return finish();
    }
    QHash<QString, qsizetype> groupOf;
    for (const TrackedMessage& message : due.value()) {
        if (!perRequest) {
            m_pending.append({message});
            continue;
        }
        const auto found = groupOf.constFind(message.providerMessageId);
        if (found == groupOf.constEnd()) {
            groupOf.insert(message.providerMessageId, m_pending.size());
            m_pending.append({message});
        } else {
            m_pending[*found].append(message);
        }
    }
    next();
}

void DeliveryTracker::next()
{
    if (m_pending.isEmpty() || m_summary.requests >= m_options.maxRequests)
        return finish();
    const QList<TrackedMessage> messages = m_pending.takeFirst();
    const QString id = messages.constFirst().providerMessageId;
    ++m_summary.requests;
    if (m_capabilities.deliveryReportPerRecipient) {
        m_providers.run<DeliveryReport>(
            m_account, this,
            [id](ProviderAdapter& adapter, ProviderAdapter::Reply<DeliveryReport> done) {
                adapter.deliveryReport(id, done);
            },
            [this, messages](ProviderResult<DeliveryReport> report) {
                if (!report) {
                    m_summary.error = report.error();
                    return finish();
                }
                apply(messages, report.value().recipients);
                next();
            });
        return;
    }
    m_providers.run<MessageStatus>(
        m_account, this,
        [id](ProviderAdapter& adapter, ProviderAdapter::Reply<MessageStatus> done) {
            adapter.messageStatus(id, done);
        },
        [this, messages](ProviderResult<MessageStatus> status) {
            if (!status) {
                // A message the provider no longer knows is not a reason to stop the pass.
                if (status.error().kind != ProviderError::Kind::NotFound) {
                    m_summary.error = status.error();
                    return finish();
                }
                apply(messages, {});
                return next();
            }
            MessageStatus answer = status.value();
            if (answer.phone.isEmpty())
                answer.phone = messages.constFirst().phone;
            apply(messages, {answer});
            next();
        });
}

void DeliveryTracker::apply(const QList<TrackedMessage>& messages,
                            const QList<MessageStatus>& statuses)
{
    QHash<QString, const MessageStatus*> byPhone;
    for (const MessageStatus& status : statuses)
        byPhone.insert(digitsOf(status.phone), &status);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Outbox::TrackingUpdate> updates;
    for (const TrackedMessage& message : messages) {
        Outbox::TrackingUpdate update;
        update.id = message.id;
        update.state = OutboxState::Accepted;
        const MessageStatus* status = byPhone.value(digitsOf(message.phone));
        if (!status && statuses.size() == 1 && messages.size() == 1)
            status = &statuses.constFirst();
        if (status) {
            update.providerStatus = status->providerStatus;
            update.state = outboxStateFor(status->state);
        }
        const QDateTime due = dueAt(message);
        const bool tooOld
            = due.isValid() && due.addSecs(qint64(m_options.expireAfterHours) * 3600) <= now;
        if (update.state == OutboxState::Accepted && tooOld)
            update.state = OutboxState::Expired;
        if (update.state == OutboxState::Accepted)
            update.nextCheck = nextCheckFor(message, now);
        ++m_summary.checked;
        m_summary.delivered += update.state == OutboxState::Delivered ? 1 : 0;
        m_summary.failed += update.state == OutboxState::Failed ? 1 : 0;
        m_summary.expired += update.state == OutboxState::Expired ? 1 : 0;
        updates.append(update);
    }
    if (const Result<void> recorded = Outbox(m_database).recordTracking(updates); !recorded) {
        m_summary.error
            = ProviderError::make(ProviderError::Kind::Server, recorded.error().message);
        m_pending.clear();
    }
}

QDateTime DeliveryTracker::dueAt(const TrackedMessage& message) const
{
    if (m_providerHoldsUntil.isValid()
        && (!message.submittedAt.isValid() || m_providerHoldsUntil > message.submittedAt))
        return m_providerHoldsUntil;
    return message.submittedAt;
}

QDateTime DeliveryTracker::nextCheckFor(const TrackedMessage& message, const QDateTime& now) const
{
    // Held by the provider for later: nothing to learn before its time.
    const QDateTime due = dueAt(message);
    if (due.isValid() && due > now)
        return due.addSecs(5);
    // Most messages are delivered within seconds, the rest within hours: look often at
    // first, then less and less.
    const qint64 ageMs = due.isValid() ? due.msecsTo(now) : 0;
    return now.addMSecs(std::clamp<qint64>(ageMs / 3, 5'000, 30 * 60'000));
}

void DeliveryTracker::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (canTrack(m_capabilities)) {
        if (const Result<QDateTime> next = Outbox(m_database).nextTrackingCheck(m_campaignId))
            m_summary.nextCheck = next.value();
    }
    Q_EMIT finished(m_summary);
}

} // namespace tuma
