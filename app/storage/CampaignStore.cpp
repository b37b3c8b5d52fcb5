// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignStore.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace tuma {

namespace {

Error storageError(const QSqlQuery& query)
{
    return Error {Database::errorCode(query.lastError()),
                  CampaignStore::tr("Could not read or save the campaigns."),
                  query.lastError().text()};
}

QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant optionalTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString audienceJson(const CampaignAudience& audience)
{
    QJsonObject object {{QStringLiteral("groups"), QJsonArray::fromStringList(audience.groups)},
                        {QStringLiteral("phones"), QJsonArray::fromStringList(audience.phones)}};
    if (!audience.match.isEmpty()) {
        object.insert(QStringLiteral("match"),
                      QJsonObject {{QStringLiteral("field"), audience.match.field},
                                   {QStringLiteral("values"),
                                    QJsonArray::fromStringList(audience.match.values)}});
    }
    if (!audience.remote.isEmpty()) {
        object.insert(QStringLiteral("remote_group"),
                      QJsonObject {{QStringLiteral("id"), audience.remote.groupId},
                                   {QStringLiteral("name"), audience.remote.groupName},
                                   {QStringLiteral("size"), audience.remote.size}});
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

CampaignAudience audienceFrom(const QString& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    CampaignAudience audience;
    for (const QJsonValue& group : object.value(QStringLiteral("groups")).toArray())
        audience.groups.append(group.toString());
    for (const QJsonValue& phone : object.value(QStringLiteral("phones")).toArray())
        audience.phones.append(phone.toString());
    const QJsonObject match = object.value(QStringLiteral("match")).toObject();
    audience.match.field = match.value(QStringLiteral("field")).toString();
    for (const QJsonValue& value : match.value(QStringLiteral("values")).toArray())
        audience.match.values.append(value.toString());
    const QJsonObject remote = object.value(QStringLiteral("remote_group")).toObject();
    audience.remote.groupId = remote.value(QStringLiteral("id")).toString();
    audience.remote.groupName = remote.value(QStringLiteral("name")).toString();
    audience.remote.size = remote.value(QStringLiteral("size")).toInt(-1);
    return audience;
}

const QString columns = QStringLiteral(
    "id, name, account_id, state, template_body, sender_id, audience, scheduled_at, time_zone, "
    "window_start, window_end, skip_sundays, provider_schedule, recipients, segments, "
    "credits_estimated, cost_estimated, credits_used, currency, pause_reason, created_at, "
    "launched_at, finished_at, pause_code, retry_of");

Campaign fromRow(const QSqlQuery& query)
{
    Campaign campaign;
    campaign.id = query.value(0).toLongLong();
    campaign.name = query.value(1).toString();
    campaign.accountId = query.value(2).toLongLong();
    campaign.state = campaignStateFrom(query.value(3).toString()).value_or(CampaignState::Paused);
    campaign.templateBody = query.value(4).toString();
    campaign.senderId = query.value(5).toString();
    campaign.audience = audienceFrom(query.value(6).toString());
    campaign.scheduledAt = timeFrom(query.value(7));
    campaign.timeZone = query.value(8).toString();
    if (!query.value(9).isNull() && !query.value(10).isNull()) {
        campaign.window.enabled = true;
        campaign.window.start = QTime(0, 0).addSecs(query.value(9).toInt() * 60);
        const int end = query.value(10).toInt();
        campaign.window.end = end >= 1440 ? QTime(23, 59, 59) : QTime(0, 0).addSecs(end * 60);
    }
    campaign.window.skipSundays = query.value(11).toBool();
    campaign.providerSchedule = query.value(12).toBool();
    campaign.recipients = query.value(13).toInt();
    campaign.segments = query.value(14).toLongLong();
    campaign.creditsEstimated = query.value(15).toDouble();
    campaign.costEstimated = query.value(16).toDouble();
    campaign.creditsUsed = query.value(17).toDouble();
    campaign.currency = query.value(18).toString();
    campaign.pauseReason = query.value(19).toString();
    campaign.createdAt = timeFrom(query.value(20));
    campaign.launchedAt = timeFrom(query.value(21));
    campaign.finishedAt = timeFrom(query.value(22));
    campaign.pauseCode = query.value(23).toString();
    campaign.retryOf = query.value(24).toLongLong();
    return campaign;
}

// 23:59:59, the end of a day's window, is stored as 1440 (the end of the day), which reads
// back as 23:59:59 again.
int minutesOf(const QTime& time)
{
    if (time >= QTime(23, 59, 59))
        return 1440;
    return time.hour() * 60 + time.minute();
}

// What a draft is, in the order both create() and updateDraft() name the columns: name,
// account_id, template_body, sender_id, audience, scheduled_at, time_zone, window_start,
// window_end, skip_sundays, provider_schedule, recipients, segments, credits_estimated,
// cost_estimated, currency.
void bindPlan(QSqlQuery& query, const Campaign& campaign)
{
    query.addBindValue(campaign.name.trimmed());
    query.addBindValue(campaign.accountId);
    query.addBindValue(text(campaign.templateBody));
    query.addBindValue(text(campaign.senderId));
    query.addBindValue(audienceJson(campaign.audience));
    query.addBindValue(optionalTime(campaign.scheduledAt));
    query.addBindValue(text(campaign.timeZone));
    const QVariant noMinute(QMetaType(QMetaType::Int));
    query.addBindValue(campaign.window.enabled ? QVariant(minutesOf(campaign.window.start))
                                               : noMinute);
    query.addBindValue(campaign.window.enabled ? QVariant(minutesOf(campaign.window.end))
                                               : noMinute);
    query.addBindValue(campaign.window.enabled && campaign.window.skipSundays ? 1 : 0);
    query.addBindValue(campaign.providerSchedule ? 1 : 0);
    query.addBindValue(campaign.recipients);
    query.addBindValue(campaign.segments);
    query.addBindValue(campaign.creditsEstimated);
    query.addBindValue(campaign.costEstimated);
    query.addBindValue(text(campaign.currency));
}

} // namespace

CampaignStore::CampaignStore(const Database& database)
    : m_database(database)
{ }

Result<qint64> CampaignStore::create(const Campaign& campaign)
{
    if (campaign.name.trimmed().isEmpty())
        return Error {QStringLiteral("invalid_campaign"), tr("Give the campaign a name."), {}};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO campaigns (name, account_id, state, template_body, sender_id, audience, "
        "scheduled_at, time_zone, window_start, window_end, skip_sundays, provider_schedule, "
        "recipients, segments, credits_estimated, cost_estimated, currency, created_at, "
        "retry_of) VALUES (?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindPlan(query, campaign);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(campaign.retryOf > 0 ? QVariant(campaign.retryOf)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("787")) {
            return Error {QStringLiteral("account_not_found"),
                          tr("The campaign's account does not exist."), query.lastError().text()};
        }
        return storageError(query);
    }
    return query.lastInsertId().toLongLong();
}

Result<void> CampaignStore::updateDraft(const Campaign& campaign)
{
    if (campaign.name.trimmed().isEmpty())
        return Error {QStringLiteral("invalid_campaign"), tr("Give the campaign a name."), {}};
    QSqlQuery query(m_database.connection());
    // Only while it is a draft: a launch in another window or process wins.
    query.prepare(QStringLiteral(
        "UPDATE campaigns SET name = ?, account_id = ?, template_body = ?, sender_id = ?, "
        "audience = ?, scheduled_at = ?, time_zone = ?, window_start = ?, window_end = ?, "
        "skip_sundays = ?, provider_schedule = ?, recipients = ?, segments = ?, "
        "credits_estimated = ?, cost_estimated = ?, currency = ? "
        "WHERE id = ? AND state = 'draft'"));
    bindPlan(query, campaign);
    query.addBindValue(campaign.id);
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("787")) {
            return Error {QStringLiteral("account_not_found"),
                          tr("The campaign's account does not exist."), query.lastError().text()};
        }
        return storageError(query);
    }
    if (query.numRowsAffected() == 0) {
        return Error {QStringLiteral("not_a_draft"),
                      tr("The campaign was launched or removed meanwhile: it can no longer be "
                         "changed."),
                      {}};
    }
    return Result<void>();
}

Result<Campaign> CampaignStore::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(columns));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(query);
    if (!query.next()) {
        return Error {QStringLiteral("campaign_not_found"),
                      tr("There is no campaign %1. `tuma-cli campaign list` shows them.").arg(id),
                      {}};
    }
    return fromRow(query);
}

Result<QList<Campaign>> CampaignStore::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM campaigns ORDER BY id DESC").arg(columns)))
        return storageError(query);
    QList<Campaign> campaigns;
    while (query.next())
        campaigns.append(fromRow(query));
    return campaigns;
}

Result<CampaignStore::StateAndSchedule> CampaignStore::stateAndSchedule(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT state, scheduled_at FROM campaigns WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(query);
    if (!query.next()) {
        return Error {
            QStringLiteral("campaign_not_found"), tr("There is no campaign %1.").arg(id), {}};
    }
    return StateAndSchedule {
        campaignStateFrom(query.value(0).toString()).value_or(CampaignState::Paused),
        timeFrom(query.value(1))};
}

Result<std::optional<Campaign>> CampaignStore::retryFor(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM campaigns WHERE retry_of = ? ORDER BY id LIMIT 1")
                      .arg(columns));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(query);
    if (!query.next())
        return std::optional<Campaign>();
    return std::optional<Campaign>(fromRow(query));
}

Result<void> CampaignStore::transition(qint64 id, QList<CampaignState> from, CampaignState to,
                                       const QString& pauseReason, const QString& pauseCode)
{
    QString expected = QStringLiteral("[");
    for (const CampaignState state : from) {
        if (expected.size() > 1)
            expected += u',';
        expected += u'"' + stateName(state) + u'"';
    }
    expected += u']';
    const QString state = stateName(to);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE campaigns SET state = ?, pause_reason = ?, pause_code = ?, "
        "launched_at = CASE WHEN launched_at IS NULL AND ? IN ('scheduled', 'running') "
        "THEN ? ELSE launched_at END, "
        "finished_at = CASE WHEN ? IN ('completed', 'cancelled') THEN ? ELSE NULL END "
        "WHERE id = ? AND state IN (SELECT value FROM json_each(?))"));
    query.addBindValue(state);
    query.addBindValue(text(pauseReason));
    query.addBindValue(text(pauseCode));
    query.addBindValue(state);
    query.addBindValue(now);
    query.addBindValue(state);
    query.addBindValue(now);
    query.addBindValue(id);
    query.addBindValue(expected);
    if (!query.exec())
        return storageError(query);
    if (query.numRowsAffected() > 0)
        return {};
    const Result<Campaign> current = find(id);
    if (!current)
        return current.error();
    return Error {QStringLiteral("invalid_state"),
                  tr("Campaign %1 is %2 now: another window or process changed it.")
                      .arg(id)
                      .arg(stateInWords(current.value().state)),
                  {}};
}

Result<void> CampaignStore::setLaunchFigures(qint64 id, const CostEstimate& estimate,
                                             const QDateTime& at, const QString& defaultSender)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE campaigns SET sender_id = CASE WHEN sender_id = '' THEN ? ELSE sender_id END, "
        "recipients = ?, segments = ?, credits_estimated = ?, "
        "cost_estimated = ?, currency = ?, launched_at = ?, pause_reason = '' WHERE id = ?"));
    query.addBindValue(text(defaultSender));
    query.addBindValue(estimate.recipients);
    query.addBindValue(estimate.segments);
    query.addBindValue(estimate.credits);
    query.addBindValue(estimate.cost);
    query.addBindValue(text(estimate.currency));
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec())
        return storageError(query);
    return {};
}

Result<void> CampaignStore::addCreditsUsed(qint64 id, double credits)
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE campaigns SET credits_used = credits_used + ? WHERE id = ?"));
    query.addBindValue(credits);
    query.addBindValue(id);
    if (!query.exec())
        return storageError(query);
    return {};
}

Result<OutboxCounts> CampaignStore::counts(qint64 id) const
{
    OutboxCounts counts;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT state, COUNT(*) FROM messages WHERE campaign_id = ? GROUP BY state"));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(query);
    while (query.next()) {
        if (const std::optional<OutboxState> state = outboxStateFrom(query.value(0).toString()))
            counts.set(*state, query.value(1).toLongLong());
    }
    return counts;
}

Result<DeliveryTimeline> CampaignStore::timeline(qint64 id, int buckets) const
{
    buckets = std::max(buckets, 2);
    QSqlQuery span(m_database.connection());
    // Cancelled messages never left and never will: they are neither pending nor the end.
    span.prepare(QStringLiteral("SELECT SUM(state <> 'cancelled'), MIN(submitted_at), "
                                "MAX(CASE WHEN state <> 'cancelled' THEN updated_at END) "
                                "FROM messages WHERE campaign_id = ?"));
    span.addBindValue(id);
    if (!span.exec() || !span.next())
        return storageError(span);
    const qint64 total = span.value(0).toLongLong();
    if (total == 0 || span.value(1).isNull())
        return DeliveryTimeline();
    const qint64 first = span.value(1).toLongLong();
    const Result<Campaign> campaign = find(id);
    if (!campaign)
        return campaign.error();
    // A running campaign's chart reaches the present, a finished one's stops at its last change.
    const qint64 last = campaign.value().isFinished()
        ? std::max(span.value(2).toLongLong(), first + 1)
        : std::max(QDateTime::currentMSecsSinceEpoch(), first + 1);
    const qint64 width = std::max<qint64>(1, (last - first + buckets - 1) / buckets);

    QList<qint64> delivered(buckets, 0);
    QList<qint64> failed(buckets, 0);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT state = 'delivered', MAX(0, (updated_at - ?) / ?) AS bucket, COUNT(*) "
        "FROM messages WHERE campaign_id = ? AND state IN ('delivered', 'failed', 'expired') "
        "GROUP BY 1, 2"));
    query.addBindValue(first);
    query.addBindValue(width);
    query.addBindValue(id);
    if (!query.exec())
        return storageError(query);
    while (query.next()) {
        const qsizetype bucket = std::min<qsizetype>(query.value(1).toLongLong(), buckets - 1);
        (query.value(0).toBool() ? delivered : failed)[bucket] += query.value(2).toLongLong();
    }
    DeliveryTimeline timeline;
    // A point at the first submission, then one at the end of every bucket.
    DeliveryTimeline::Point point {QDateTime::fromMSecsSinceEpoch(first, Qt::UTC), 0, 0, total};
    timeline.points.append(point);
    for (int bucket = 0; bucket < buckets; ++bucket) {
        point.at = QDateTime::fromMSecsSinceEpoch(first + (bucket + 1) * width, Qt::UTC);
        point.delivered += delivered.at(bucket);
        point.failed += failed.at(bucket);
        point.pending = total - point.delivered - point.failed;
        timeline.points.append(point);
    }
    return timeline;
}

Result<ActivitySummary> CampaignStore::activity(QDate first, QDate last) const
{
    ActivitySummary summary;
    for (QDate day = first; day <= last; day = day.addDays(1))
        summary.days.append({day, 0, 0});
    const qint64 from = first.startOfDay().toMSecsSinceEpoch();
    const qint64 to = last.addDays(1).startOfDay().toMSecsSinceEpoch();

    // A message's cost is its credits at its campaign's price (the estimate's ratio), so a
    // later change of the account's pricing does not rewrite the past.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT date(m.submitted_at / 1000, 'unixepoch', 'localtime') AS day, c.currency, "
        "       COUNT(*), "
        "       SUM(m.credits * c.cost_estimated / NULLIF(c.credits_estimated, 0)), "
        "       SUM(m.state = 'delivered'), SUM(m.state IN ('failed', 'expired')) "
        "FROM messages m JOIN campaigns c ON c.id = m.campaign_id "
        "WHERE m.submitted_at >= ? AND m.submitted_at < ? "
        "  AND m.state NOT IN ('queued', 'cancelled') "
        "GROUP BY day, c.currency"));
    query.addBindValue(from);
    query.addBindValue(to);
    if (!query.exec())
        return storageError(query);
    QMap<QString, qint64> messagesByCurrency;
    QMap<QPair<QDate, QString>, double> costByDay;
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const QString currency = query.value(1).toString();
        const qint64 messages = query.value(2).toLongLong();
        const double cost = query.value(3).toDouble();
        const qsizetype index = first.daysTo(day);
        if (index >= 0 && index < summary.days.size())
            summary.days[index].messages += messages;
        summary.messages += messages;
        summary.costByCurrency[currency] += cost;
        messagesByCurrency[currency] += messages;
        costByDay[{day, currency}] += cost;
        summary.delivered += query.value(4).toLongLong();
        summary.failed += query.value(5).toLongLong();
    }
    for (auto it = messagesByCurrency.cbegin(); it != messagesByCurrency.cend(); ++it) {
        if (summary.currency.isEmpty() || it.value() > messagesByCurrency.value(summary.currency))
            summary.currency = it.key();
    }
    for (ActivitySummary::Day& day : summary.days)
        day.cost = costByDay.value({day.date, summary.currency});

    QSqlQuery states(m_database.connection());
    if (!states.exec(QStringLiteral("SELECT SUM(state = 'running'), SUM(state = 'scheduled') "
                                    "FROM campaigns"))
        || !states.next())
        return storageError(states);
    summary.sending = states.value(0).toInt();
    summary.scheduled = states.value(1).toInt();
    return summary;
}

} // namespace tuma
