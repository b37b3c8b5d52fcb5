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
#include "storage/TemplateStore.h"

#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>
#include <sqlite3.h>
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

// The outbox insert on the native handle: a million rows through QSqlQuery would cost
// seconds in QVariant conversions alone.
class OutboxWriter final
{
public:
    OutboxWriter(sqlite3* db, qint64 campaignId, qint64 now)
        : m_db(db)
        , m_campaignId(campaignId)
        , m_now(now)
    {
        sqlite3_prepare_v2(db,
                           "INSERT INTO messages (campaign_id, contact_id, phone, body, encoding, "
                           "segments, credits, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, &m_statement, nullptr);
    }
    ~OutboxWriter() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(OutboxWriter)

    bool isReady() const { return m_statement != nullptr; }
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    bool write(const RenderedBatch& batch, const RenderedMessage& message)
    {
        sqlite3_bind_int64(m_statement, 1, m_campaignId);
        if (message.contactId > 0)
            sqlite3_bind_int64(m_statement, 2, message.contactId);
        else
            sqlite3_bind_null(m_statement, 2);
        sqlite3_bind_text(m_statement, 3, batch.text.constData() + message.phoneAt,
                          int(message.phoneSize), SQLITE_STATIC);
        sqlite3_bind_text(m_statement, 4, batch.text.constData() + message.bodyAt,
                          int(message.bodySize), SQLITE_STATIC);
        sqlite3_bind_text(m_statement, 5,
                          message.count.encoding == SmsEncoding::Ucs2 ? "UCS-2" : "GSM-7", -1,
                          SQLITE_STATIC);
        sqlite3_bind_int(m_statement, 6, message.count.segments);
        sqlite3_bind_double(m_statement, 7, message.credits);
        sqlite3_bind_int64(m_statement, 8, m_now);
        const bool done = sqlite3_step(m_statement) == SQLITE_DONE;
        sqlite3_reset(m_statement);
        return done;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    qint64 m_campaignId = 0;
    qint64 m_now = 0;
};

// Every recipient among Tuma's own contacts (groups, typed numbers, a field match), rendered
// and written in the caller's open transaction. Reading and rendering on a second thread
// overlaps the insert on this one: one after the other they took 11 s for a million
// recipients, the insert alone about 7 s. Returns how many were written.
Result<int> writeContacts(const QString& databasePath, sqlite3* handle, const Campaign& campaign,
                          const Template::Bound& bound, const Pricing& pricing, qint64 now,
                          CostEstimator& estimator, const std::function<bool(int)>& progress)
{
    OutboxWriter writer(handle, campaign.id, now);
    if (!writer.isReady())
        return launchError(writer.lastError());

    BatchQueue queue;
    Result<Audience> audience = Error {QStringLiteral("cancelled"), {}, {}};
    std::thread reader([&] {
        const auto closeQueue = qScopeGuard([&] { queue.close(); });
        Result<std::unique_ptr<Database>> readerDatabase = Database::open(databasePath);
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
            if (!writer.write(*batch, row)) {
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
Result<int> writeRemoteGroup(QSqlDatabase& connection, const Campaign& campaign,
                             const Pricing& pricing, qint64 now, CostEstimator& estimator)
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
    QSqlQuery insert(connection);
    insert.prepare(QStringLiteral(
        "INSERT INTO messages (campaign_id, phone, body, encoding, segments, credits, "
        "updated_at, remote_group) VALUES (?, '', ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(campaign.id);
    insert.addBindValue(body);
    insert.addBindValue(count.encoding == SmsEncoding::Ucs2 ? QStringLiteral("UCS-2")
                                                            : QStringLiteral("GSM-7"));
    insert.addBindValue(count.segments);
    insert.addBindValue(creditsPerMessage * std::max(1, members));
    insert.addBindValue(now);
    insert.addBindValue(campaign.audience.remote.groupId);
    if (!insert.exec())
        return launchError(insert.lastError().text());
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

    QSqlDatabase connection = m_database.connection();
    // A million outbox rows and their indexes: with SQLite's default 2 MB page cache the
    // transaction spills to the log as it goes (docs/PERFORMANCE.md); the import does the same.
    constexpr int launchCacheKiB = 96 * 1024;
    QSqlQuery pragma(connection);
    int previousCache = -2000;
    if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        previousCache = pragma.value(0).toInt();
    pragma.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(launchCacheKiB));
    const auto restoreCache = qScopeGuard(
        [&] { pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCache)); });
    // IMMEDIATE: the write lock is taken before the reader below opens its snapshot, so the
    // contacts it reads are exactly those this transaction sees; nobody commits in between.
    QSqlQuery begin(connection);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return launchError(begin.lastError().text());
    const auto rollback = [&connection](const Error& error) -> Result<LaunchSummary> {
        connection.rollback();
        return error;
    };
    // Read again under the write lock: another window or tuma-cli may have launched it since,
    // and nothing else would stop a second outbox (every recipient twice).
    campaign = CampaignStore(m_database).find(campaignId);
    if (!campaign)
        return rollback(campaign.error());
    if (campaign.value().state != CampaignState::Draft)
        return rollback(notADraft(campaign.value()));
    // The fields too: the reader's connection sees exactly what this transaction sees.
    const Result<QStringList> fields = TemplateStore(m_database).availableFields();
    if (!fields)
        return rollback(fields.error());
    const Template::Bound bound = Template(campaign.value().templateBody).bind(fields.value());

    CostEstimator estimator(pricing);
    int written = 0;
    if (!campaign.value().audience.remote.isEmpty()) {
        const Result<int> members = writeRemoteGroup(connection, campaign.value(), pricing,
                                                     now.toMSecsSinceEpoch(), estimator);
        if (!members)
            return rollback(members.error());
        written = members.value();
    } else {
        const Result<int> recipients
            = writeContacts(m_database.path(), Database::nativeHandle(connection), campaign.value(),
                            bound, pricing, now.toMSecsSinceEpoch(), estimator, progress);
        if (!recipients)
            return rollback(recipients.error());
        written = recipients.value();
    }
    if (written == 0 && campaign.value().audience.remote.isEmpty()) {
        return rollback(Error {QStringLiteral("empty_audience"),
                               tr("The campaign has no one to send to: its groups are empty or "
                                  "everyone in them has opted out."),
                               {}});
    }

    LaunchSummary summary;
    summary.estimate = estimator.result();
    if (maxCost && summary.estimate.cost > *maxCost) {
        return rollback(Error {QStringLiteral("over_budget"),
                               tr("The campaign would cost %1 %2, more than the %3 %2 allowed. "
                                  "Nothing was sent.")
                                   .arg(summary.estimate.cost, 0, 'f', 2)
                                   .arg(summary.estimate.currency)
                                   .arg(*maxCost, 0, 'f', 2),
                               {}});
    }
    const bool later = campaign.value().scheduledAt.isValid() && campaign.value().scheduledAt > now;
    summary.state = later ? CampaignState::Scheduled : CampaignState::Running;
    if (const Result<void> figures = CampaignStore(m_database)
                                         .setLaunchFigures(campaignId, summary.estimate, now,
                                                           account.value().senderOrDefault());
        !figures)
        return rollback(figures.error());
    if (const Result<void> launched
        = CampaignControl(m_database).markLaunched(campaignId, summary.state);
        !launched)
        return rollback(launched.error());
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
        return rollback(audited.error());
    if (!connection.commit())
        return rollback(launchError(connection.lastError().text()));
    return summary;
}

} // namespace tuma
