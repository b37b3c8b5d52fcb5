// SPDX-License-Identifier: GPL-3.0-or-later
#include "Planner.h"

#include "AudienceFigures.h"
#include "CampaignControl.h"
#include "core/BoundedQueue.h"
#include "core/SmsText.h"
#include "core/Template.h"
#include "storage/AccountStore.h"
#include "storage/AudienceReader.h"
#include "storage/AuditLog.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/TemplateStore.h"

#include <QJsonObject>
#include <QScopeGuard>

#include <optional>
#include <thread>
#include <vector>

namespace tuma {

namespace {

Error launchError(const QString& detail)
{
    return Error {QStringLiteral("storage_failed"),
                  Planner::tr("Could not write the campaign's messages to the outbox. Nothing "
                              "was launched; try again."),
                  detail};
}

// Recipients' messages as the outbox stores them, made on the reading thread. The numbers and
// texts of a batch share one buffer: the writing thread then frees a few blocks a batch, not
// two a recipient allocated on the other thread (glibc serialises such frees on a lock).
struct RenderedMessage
{
    qint64 contactId = 0;
    qsizetype phoneAt = 0; // UTF-8 in RenderedBatch::text
    qsizetype phoneSize = 0;
    qsizetype bodyAt = 0;
    qsizetype bodySize = 0;
    SmsCount count;
    double credits = 0;
};
struct RenderedBatch
{
    QByteArray text;
    std::vector<RenderedMessage> messages;

    void add(qint64 contactId, const QString& phone, const QString& body, const SmsCount& count,
             double credits)
    {
        RenderedMessage message {contactId, text.size(), 0, 0, 0, count, credits};
        text += phone.toUtf8();
        message.phoneSize = text.size() - message.phoneAt;
        message.bodyAt = text.size();
        text += body.toUtf8();
        message.bodySize = text.size() - message.bodyAt;
        messages.push_back(message);
    }
};

using BatchQueue = BoundedQueue<RenderedBatch>;

constexpr size_t kBatchSize = 2048;

// Every recipient among Tuma's own contacts (groups, typed numbers, a field match), rendered
// and written in the caller's open transaction. Reading and rendering on a second thread
// overlaps the insert on this one: one after the other they took 11 s for a million
// recipients, the insert alone about 7 s. Returns how many were written.
Result<int> writeContacts(const Database& database, const Campaign& campaign,
                          const Template::Bound& bound, const Pricing& pricing,
                          const QDateTime& now, CostEstimator& estimator,
                          const std::function<bool(int)>& progress)
{
    Outbox::BulkWriter writer(database, campaign.id, now);
    if (!writer.isReady())
        return launchError(writer.lastError());

    BatchQueue queue;
    Result<Audience> audience = Error {QStringLiteral("cancelled"), {}, {}};
    std::thread reader([&] {
        const auto closeQueue = qScopeGuard([&] { queue.close(); });
        Result<std::unique_ptr<Database>> readerDatabase = Database::open(database.path());
        if (!readerDatabase) {
            audience = readerDatabase.error();
            return;
        }
        const auto emptyBatch = [] {
            RenderedBatch batch;
            batch.messages.reserve(kBatchSize);
            batch.text.reserve(kBatchSize * 192);
            return batch;
        };
        RenderedBatch batch = emptyBatch();
        bool open = true;
        audience
            = AudienceReader(*readerDatabase.value())
                  .visit(
                      campaign.audience.groups, campaign.audience.phones,
                      [&](const Recipient& recipient) {
                          const QString body = bound.render(recipient.values);
                          const SmsCount count = SmsText::count(body);
                          const double credits = count.segments
                              * (count.encoding == SmsEncoding::Ucs2 ? pricing.creditsPerUcs2Part
                                                                     : pricing.creditsPerGsmPart);
                          batch.add(recipient.contactId, recipient.phone, body, count, credits);
                          if (batch.messages.size() == kBatchSize) {
                              open = queue.push(std::move(batch));
                              batch = emptyBatch();
                          }
                          return open;
                      },
                      campaign.audience.match);
        if (audience && !batch.messages.empty())
            queue.push(std::move(batch));
    });
    auto joinReader = qScopeGuard([&] {
        queue.abandon();
        reader.join();
    });

    int written = 0;
    QString writeError;
    bool cancelled = false;
    while (std::optional<RenderedBatch> batch = queue.pop()) {
        for (const RenderedMessage& row : batch->messages) {
            const QByteArrayView phone(batch->text.constData() + row.phoneAt, row.phoneSize);
            const QByteArrayView body(batch->text.constData() + row.bodyAt, row.bodySize);
            if (!writer.write(row.contactId, phone, body, row.count, row.credits)) {
                writeError = writer.lastError();
                break;
            }
            estimator.add(row.count);
            ++written;
            if (progress && written % 4096 == 0 && !progress(written)) {
                cancelled = true;
                break;
            }
        }
        if (!writeError.isEmpty() || cancelled)
            break;
    }
    queue.abandon();
    reader.join();
    joinReader.dismiss();
    if (!writeError.isEmpty())
        return launchError(writeError);
    if (cancelled)
        return Error {QStringLiteral("cancelled"),
                      AudienceReader::tr("Stopped before the end of the audience."),
                      {}};
    if (!audience)
        return audience.error();
    return written;
}

// A provider-side group gets one text for all its members, sent in one request: one outbox
// row stands for the whole group (no number: the provider alone knows them). Returns the
// members the provider counted, which the estimate is for (0 when it did not say).
Result<int> writeRemoteGroup(const Database& database, const Campaign& campaign,
                             const Pricing& pricing, const QDateTime& now, CostEstimator& estimator)
{
    const Template message(campaign.templateBody);
    if (const std::optional<Error> problem = remoteGroupProblem(message, campaign.audience.remote))
        return *problem;
    const QString body = message.bind({}).render({});
    const SmsCount count = SmsText::count(body);
    const int members = std::max(0, campaign.audience.remote.size);
    for (int i = 0; i < members; ++i)
        estimator.add(count);
    const double creditsPerMessage = count.segments
        * (count.encoding == SmsEncoding::Ucs2 ? pricing.creditsPerUcs2Part
                                               : pricing.creditsPerGsmPart);
    if (const Result<void> added = Outbox(database).addRemoteGroupMessage(
            campaign.id, campaign.audience.remote.groupId, body, count,
            creditsPerMessage * std::max(1, members), now);
        !added)
        return launchError(added.error().detail);
    return members;
}

} // namespace

Planner::Planner(const Database& database)
    : m_database(database)
{ }

Result<LaunchSummary> Planner::launch(qint64 campaignId, const QDateTime& now,
                                      std::optional<double> maxCost,
                                      const std::function<bool(int)>& progress)
{
    const auto notADraft = [campaignId](const Campaign& found) {
        return Error {QStringLiteral("not_a_draft"),
                      tr("Campaign %1 was launched already (it is %2).")
                          .arg(campaignId)
                          .arg(stateInWords(found.state)),
                      {}};
    };
    Result<Campaign> campaign = CampaignStore(m_database).find(campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign.value().state != CampaignState::Draft)
        return notADraft(campaign.value());
    const Result<Account> account = AccountStore(m_database).findById(campaign.value().accountId);
    if (!account)
        return account.error();
    const Pricing pricing = account.value().pricing;
    if (maxCost && !campaign.value().audience.remote.isEmpty()
        && campaign.value().audience.remote.size < 0) {
        return Error {QStringLiteral("over_budget"),
                      tr("The provider did not say how many contacts its group \"%1\" has, so "
                         "the cost cannot be held to %2 %3. Nothing was sent.")
                          .arg(campaign.value().audience.remote.groupName)
                          .arg(*maxCost, 0, 'f', 2)
                          .arg(pricing.currency),
                      {}};
    }

    // A million outbox rows and their indexes (the import does the same).
    constexpr int launchCacheKiB = 96 * 1024;
    const Database::LargeCache cache(m_database, launchCacheKiB);
    // IMMEDIATE: the write lock is taken before the reader below opens its snapshot, so the
    // contacts it reads are exactly those this transaction sees; nobody commits in between.
    Database::Transaction transaction(m_database, Database::Transaction::Lock::Immediate);
    if (!transaction.isOpen())
        return launchError(transaction.failure({}).detail);
    // Every return before the commit rolls the transaction back.
    // Read again under the write lock: another window or tuma-cli may have launched it since,
    // and nothing else would stop a second outbox (every recipient twice).
    campaign = CampaignStore(m_database).find(campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign.value().state != CampaignState::Draft)
        return notADraft(campaign.value());
    // The fields too: the reader's connection sees exactly what this transaction sees.
    const Result<QStringList> fields = TemplateStore(m_database).availableFields();
    if (!fields)
        return fields.error();
    const Template::Bound bound = Template(campaign.value().templateBody).bind(fields.value());

    CostEstimator estimator(pricing);
    int written = 0;
    if (!campaign.value().audience.remote.isEmpty()) {
        const Result<int> members
            = writeRemoteGroup(m_database, campaign.value(), pricing, now, estimator);
        if (!members)
            return members.error();
        written = members.value();
    } else {
        const Result<int> recipients
            = writeContacts(m_database, campaign.value(), bound, pricing, now, estimator, progress);
        if (!recipients)
            return recipients.error();
        written = recipients.value();
    }
    if (written == 0 && campaign.value().audience.remote.isEmpty()) {
        return Error {QStringLiteral("empty_audience"),
                      tr("The campaign has no one to send to: its groups are empty or "
                         "everyone in them has opted out."),
                      {}};
    }

    LaunchSummary summary;
    summary.estimate = estimator.result();
    if (maxCost && summary.estimate.cost > *maxCost) {
        return Error {QStringLiteral("over_budget"),
                      tr("The campaign would cost %1 %2, more than the %3 %2 allowed. "
                         "Nothing was sent.")
                          .arg(summary.estimate.cost, 0, 'f', 2)
                          .arg(summary.estimate.currency)
                          .arg(*maxCost, 0, 'f', 2),
                      {}};
    }
    const bool later = campaign.value().scheduledAt.isValid() && campaign.value().scheduledAt > now;
    summary.state = later ? CampaignState::Scheduled : CampaignState::Running;
    if (const Result<void> figures = CampaignStore(m_database)
                                         .setLaunchFigures(campaignId, summary.estimate, now,
                                                           account.value().senderOrDefault());
        !figures)
        return figures.error();
    if (const Result<void> launched
        = CampaignControl(m_database).markLaunched(campaignId, summary.state);
        !launched)
        return launched.error();
    const Result<void> audited
        = AuditLog(m_database)
              .record(QStringLiteral("campaign.launch"), campaign.value().name,
                      {{QStringLiteral("campaign_id"), campaignId},
                       {QStringLiteral("account"), account.value().name},
                       {QStringLiteral("recipients"), summary.estimate.recipients},
                       {QStringLiteral("credits"), summary.estimate.credits},
                       {QStringLiteral("cost"), summary.estimate.cost},
                       {QStringLiteral("currency"), summary.estimate.currency}});
    if (!audited)
        return audited.error();
    if (!transaction.commit())
        return launchError(transaction.failure({}).detail);
    return summary;
}

} // namespace tuma
