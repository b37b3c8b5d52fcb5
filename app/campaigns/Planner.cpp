// SPDX-License-Identifier: GPL-3.0-or-later
#include "Planner.h"

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

#include <sqlite3.h>

namespace tuma {

namespace {

Error launchError(const QString& detail)
{
    return Error {QStringLiteral("storage_failed"),
                  Planner::tr("Could not write the campaign's messages to the outbox. Nothing "
                              "was launched; try again."),
                  detail};
}

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

    bool write(qint64 contactId, const QString& phone, const QString& body, const SmsCount& count,
               double credits)
    {
        const QByteArray phoneUtf8 = phone.toUtf8();
        const QByteArray bodyUtf8 = body.toUtf8();
        sqlite3_bind_int64(m_statement, 1, m_campaignId);
        if (contactId > 0)
            sqlite3_bind_int64(m_statement, 2, contactId);
        else
            sqlite3_bind_null(m_statement, 2);
        sqlite3_bind_text(m_statement, 3, phoneUtf8.constData(), int(phoneUtf8.size()),
                          SQLITE_STATIC);
        sqlite3_bind_text(m_statement, 4, bodyUtf8.constData(), int(bodyUtf8.size()),
                          SQLITE_STATIC);
        sqlite3_bind_text(m_statement, 5, count.encoding == SmsEncoding::Ucs2 ? "UCS-2" : "GSM-7",
                          -1, SQLITE_STATIC);
        sqlite3_bind_int(m_statement, 6, count.segments);
        sqlite3_bind_double(m_statement, 7, credits);
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

} // namespace

Planner::Planner(const Database& database)
    : m_database(database)
{ }

Result<LaunchSummary> Planner::launch(qint64 campaignId, const QDateTime& now,
                                      std::optional<double> maxCost,
                                      const std::function<bool(int)>& progress)
{
    const Result<Campaign> campaign = CampaignStore(m_database).find(campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign.value().state != QLatin1String("draft")) {
        return Error {QStringLiteral("not_a_draft"),
                      tr("Campaign %1 was launched already (it is %2).")
                          .arg(campaignId)
                          .arg(campaign.value().state),
                      {}};
    }
    const Result<Account> account = AccountStore(m_database).findById(campaign.value().accountId);
    if (!account)
        return account.error();
    const Pricing pricing = account.value().pricing;
    const Result<QStringList> fields = TemplateStore(m_database).availableFields();
    if (!fields)
        return fields.error();
    const Template message(campaign.value().templateBody);
    const Template::Bound bound = message.bind(fields.value());

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
    if (!connection.transaction())
        return launchError(connection.lastError().text());
    const auto rollback = [&connection](const Error& error) -> Result<LaunchSummary> {
        connection.rollback();
        return error;
    };

    OutboxWriter writer(Database::nativeHandle(connection), campaignId, now.toMSecsSinceEpoch());
    if (!writer.isReady())
        return rollback(launchError(writer.lastError()));
    CostEstimator estimator(pricing);
    QString writeError;
    int written = 0;
    const Result<Audience> audience
        = AudienceReader(m_database)
              .visit(
                  campaign.value().audience.groups, campaign.value().audience.phones,
                  [&](const Recipient& recipient) {
                      const QString body = bound.render(recipient.values);
                      const SmsCount count = SmsText::count(body);
                      const double credits = count.segments
                          * (count.encoding == SmsEncoding::Ucs2 ? pricing.creditsPerUcs2Part
                                                                 : pricing.creditsPerGsmPart);
                      if (!writer.write(recipient.contactId, recipient.phone, body, count,
                                        credits)) {
                          writeError = writer.lastError();
                          return false;
                      }
                      estimator.add(count);
                      ++written;
                      if (progress && written % 4096 == 0 && !progress(written))
                          return false;
                      return true;
                  },
                  campaign.value().audience.match);
    if (!writeError.isEmpty())
        return rollback(launchError(writeError));
    if (!audience)
        return rollback(audience.error());
    if (written == 0) {
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
    summary.state = later ? QStringLiteral("scheduled") : QStringLiteral("running");
    QSqlQuery update(connection);
    update.prepare(QStringLiteral(
        "UPDATE campaigns SET state = ?, recipients = ?, segments = ?, credits_estimated = ?, "
        "cost_estimated = ?, currency = ?, launched_at = ?, pause_reason = '' WHERE id = ?"));
    update.addBindValue(summary.state);
    update.addBindValue(summary.estimate.recipients);
    update.addBindValue(summary.estimate.segments);
    update.addBindValue(summary.estimate.credits);
    update.addBindValue(summary.estimate.cost);
    update.addBindValue(summary.estimate.currency);
    update.addBindValue(now.toMSecsSinceEpoch());
    update.addBindValue(campaignId);
    if (!update.exec())
        return rollback(launchError(update.lastError().text()));
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
