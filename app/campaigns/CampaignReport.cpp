// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignReport.h"

#include "AudienceFigures.h"
#include "import/CsvWriter.h"
#include "storage/AccountStore.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

namespace tuma {

namespace {

constexpr int pageSize = 10'000;

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

CampaignReport::CampaignReport(const Database& database)
    : m_database(database)
{ }

Result<qint64> CampaignReport::writeCsv(qint64 campaignId, const QString& path) const
{
    CsvWriter writer;
    if (const Result<void> opened = writer.open(path); !opened)
        return opened.error();
    writer.writeRow({QStringLiteral("phone"), QStringLiteral("state"), QStringLiteral("parts"),
                     QStringLiteral("credits"), QStringLiteral("provider_message_id"),
                     QStringLiteral("provider_status"), QStringLiteral("error"),
                     QStringLiteral("submitted_at"), QStringLiteral("updated_at"),
                     QStringLiteral("message")});
    const Outbox outbox(m_database);
    qint64 written = 0;
    for (;;) {
        const Result<QList<OutboxRow>> rows = outbox.rows(campaignId, {}, pageSize, written);
        if (!rows)
            return rows.error();
        for (const OutboxRow& row : rows.value()) {
            writer.writeRow({row.phone, stateName(row.state), QString::number(row.segments),
                             QString::number(row.credits), row.providerMessageId,
                             row.providerStatus, row.errorMessage, isoTime(row.submittedAt),
                             isoTime(row.updatedAt), row.body});
        }
        written += rows.value().size();
        if (rows.value().size() < pageSize)
            break;
    }
    if (const Result<void> committed = writer.commit(); !committed)
        return committed.error();
    return written;
}

Result<qint64> CampaignReport::retryFailed(qint64 campaignId) const
{
    const Result<Campaign> original = CampaignStore(m_database).find(campaignId);
    if (!original)
        return original.error();
    const Result<std::optional<Campaign>> earlier = CampaignStore(m_database).retryFor(campaignId);
    if (!earlier)
        return earlier.error();
    if (earlier.value()) {
        return Error {QStringLiteral("already_retried"),
                      tr("The failures of \"%1\" were retried already, as \"%2\".")
                          .arg(original.value().name, earlier.value()->name),
                      {}};
    }
    const Outbox outbox(m_database);
    Campaign retry;
    retry.name = tr("%1 (retry)").arg(original.value().name);
    retry.accountId = original.value().accountId;
    retry.templateBody = original.value().templateBody;
    retry.senderId = original.value().senderId;
    retry.timeZone = original.value().timeZone;
    retry.currency = original.value().currency;
    if (!original.value().audience.remote.isEmpty()) {
        // The provider's group was refused as a whole: a retry sends to the group again.
        if (outbox.count(campaignId, {OutboxState::Failed, {}}).value_or(0) == 0) {
            return Error {QStringLiteral("nothing_failed"),
                          tr("No message of this campaign failed: there is nothing to retry."),
                          {}};
        }
        retry.audience.remote = original.value().audience.remote;
        return createPriced(retry, campaignId);
    }
    for (qint64 offset = 0;; offset += pageSize) {
        const Result<QList<OutboxRow>> rows
            = outbox.rows(campaignId, {OutboxState::Failed, {}}, pageSize, offset);
        if (!rows)
            return rows.error();
        for (const OutboxRow& row : rows.value()) {
            if (!row.phone.isEmpty())
                retry.audience.phones.append(row.phone);
        }
        if (rows.value().size() < pageSize)
            break;
    }
    if (retry.audience.phones.isEmpty()) {
        return Error {QStringLiteral("nothing_failed"),
                      tr("No message of this campaign failed: there is nothing to retry."),
                      {}};
    }
    return createPriced(retry, campaignId);
}

Result<qint64> CampaignReport::createPriced(Campaign retry, qint64 originalId) const
{
    // Priced like any draft, so its confirmation says what it costs.
    const Result<Account> account = AccountStore(m_database).findById(retry.accountId);
    if (!account)
        return account.error();
    const Result<AudienceFigures> figures
        = campaignFigures(m_database, retry, account.value().pricing);
    if (!figures)
        return figures.error();
    const CostEstimate& estimate = figures.value().estimate;
    retry.recipients = estimate.recipients;
    retry.segments = estimate.segments;
    retry.creditsEstimated = estimate.credits;
    retry.costEstimated = estimate.cost;
    retry.currency = estimate.currency;
    retry.retryOf = originalId;
    return CampaignStore(m_database).create(retry);
}

} // namespace tuma
