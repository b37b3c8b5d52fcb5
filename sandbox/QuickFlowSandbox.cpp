// SPDX-License-Identifier: GPL-3.0-or-later
// One file because it is one provider's whole API as the simulator serves it, route by
// route (docs/providers.md).
#include "SandboxApi.h"
#include "SandboxApis.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "core/SmsText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>
#include <optional>

namespace tuma::sandbox {

namespace {

const QString kProvider = QStringLiteral("quickflow");

// QuickFlow runs in Kenya: times in its API are East Africa Time, which has no daylight saving.
QTimeZone eat()
{
    return QTimeZone(3 * 3600);
}

QString eatText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, eat()).toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Frappe answers a whitelisted method with {"message": <what it returned>}.
SandboxReply success(const QJsonValue& data, const QString& text = {})
{
    QJsonObject message {{QStringLiteral("status"), QStringLiteral("success")}};
    if (!text.isEmpty())
        message.insert(QStringLiteral("message"), text);
    if (!data.isUndefined())
        message.insert(QStringLiteral("data"), data);
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("message"), message}});
}

// A refusal: the method's own {"message": {"status": "error"}} plus Frappe's exc_type.
SandboxReply failure(int status, const QString& excType, const QString& text)
{
    return SandboxReply::json(
        status,
        QJsonObject {{QStringLiteral("message"),
                      QJsonObject {{QStringLiteral("status"), QStringLiteral("error")},
                                   {QStringLiteral("message"), text}}},
                     {QStringLiteral("exc_type"), excType}});
}

SandboxReply invalid(const QString& text)
{
    return failure(417, QStringLiteral("ValidationError"), text);
}

SandboxReply missing(const QString& field)
{
    return failure(417, QStringLiteral("MandatoryError"),
                   QStringLiteral("Missing required parameter: %1").arg(field));
}

// Parameters as Frappe reads them: the query string, then a JSON or form body over it.
QJsonObject paramsOf(const SandboxRequest& request)
{
    QJsonObject params;
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded))
        params.insert(key, value);
    const QByteArray body = request.body.trimmed();
    if (body.startsWith('{')) {
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        for (auto it = json.begin(); it != json.end(); ++it)
            params.insert(it.key(), it.value());
    } else if (!body.isEmpty()) {
        const QUrlQuery form(QString::fromUtf8(body));
        for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded))
            params.insert(key, value);
    }
    return params;
}

QString text(const QJsonObject& params, const QString& key)
{
    const QJsonValue value = params.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString().trimmed();
}

// Qt binds a null QString as NULL; the columns are NOT NULL.
QString nonNull(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// 2547XXXXXXXX-style digits; a leading '+' is tolerated.
std::optional<QString> phoneDigits(const QString& raw)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?([1-9][0-9]{9,14})$"));
    const QRegularExpressionMatch match = pattern.match(raw.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

// What list_all and sms.get call a message's state; "success" is delivered.
QString statusName(SandboxStore::State state)
{
    switch (state) {
    case SandboxStore::State::Pending:
        return QStringLiteral("pending");
    case SandboxStore::State::Sent:
        return QStringLiteral("sent");
    case SandboxStore::State::Delivered:
        return QStringLiteral("success");
    case SandboxStore::State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

struct Route
{
    const char* path;
    const char* method;
    const char* operation;
};

constexpr Route kRoutes[] = {
    {"/quickflow.sms.send", "POST", "send"},
    {"/quickflow.sms.campaign", "POST", "campaign"},
    {"/quickflow.sms.get", "GET", "status"},
    {"/quickflow.sms.list_all", "GET", "history"},
    {"/quickflow.sms.balance", "GET", "balance"},
    {"/quickflow.services.rest.initiate_payment", "POST", "topup"},
    {"/quickflow.contact.store_contact", "POST", "contacts"},
    {"/quickflow.contact.search_contact", "GET", "contacts"},
    {"/quickflow.contact.update_contact", "POST", "contacts"},
    {"/quickflow.contact.delete_contact", "POST", "contacts"},
    {"/quickflow.contact.all_contacts", "GET", "contacts"},
    {"/quickflow.contact.store_group", "POST", "groups"},
    {"/quickflow.contact.show_group", "GET", "groups"},
    {"/quickflow.contact.update_group", "POST", "groups"},
    {"/quickflow.contact.delete_group", "POST", "groups"},
    {"/quickflow.contact.all_groups", "GET", "groups"},
};

const Route* routeOf(const QString& path)
{
    for (const Route& route : kRoutes) {
        if (path == QLatin1String(route.path))
            return &route;
    }
    return nullptr;
}

// One call, authenticated: the account's credential and its parameters.
struct Call
{
    QString path;
    QString credential;
    QJsonObject params;
    QString host;
};

class QuickFlowSandbox final : public SandboxApi
{
public:
    QString name() const override { return kProvider; }
    QString basePath() const override { return QStringLiteral("/quickflow/api/method"); }
    QJsonObject credentials() const override;
    void seed(SandboxStore& store) const override;
    QString operation(const SandboxRequest& request) const override;
    SandboxReply handle(const SandboxRequest& request, SandboxStore& store) override;
    SandboxReply errorReply(int status, const QString& text, const QString& code) const override;

private:
    // Checks the sender_id every method but initiate_payment requires.
    static std::optional<SandboxReply> checkSender(const Call& call, SandboxStore& store);

    SandboxReply send(const Call& call, SandboxStore& store);
    SandboxReply campaign(const Call& call, SandboxStore& store);
    // Charges and journals one submission to `phones` (valid digits and the refused ones).
    SandboxReply submit(const Call& call, SandboxStore& store, const QStringList& phones,
                        const QString& campaign);
    SandboxReply status(const Call& call, SandboxStore& store);
    SandboxReply listAll(const Call& call, SandboxStore& store);
    SandboxReply balance(const Call& call, SandboxStore& store);
    SandboxReply initiatePayment(const Call& call, SandboxStore& store);
    SandboxReply contacts(const Call& call, SandboxStore& store);
    SandboxReply groups(const Call& call, SandboxStore& store);

    QJsonObject messageRecord(const QSqlQuery& row, const SandboxStore& store) const;
    static std::optional<QJsonObject> groupRecord(const Call& call, SandboxStore& store,
                                                  const QString& groupId);
    static std::optional<QJsonObject> contactRecord(const Call& call, SandboxStore& store,
                                                    const QString& groupId, const QString& uid);
    static QStringList groupPhones(const Call& call, SandboxStore& store, const QString& groupId);
};

QJsonObject QuickFlowSandbox::credentials() const
{
    const SandboxServer::AccountSetup setup = SandboxServer::accountSetup(ProviderKind::QuickFlow);
    const QString key = setup.secret.section(u':', 0, 0);
    const QString secret = setup.secret.section(u':', 1);
    return {{QStringLiteral("api_key"), key},
            {QStringLiteral("api_secret"), secret},
            {QStringLiteral("authorization"), QStringLiteral("token ") + setup.secret},
            {QStringLiteral("sender_ids"), QJsonArray::fromStringList(setup.senders)}};
}

void QuickFlowSandbox::seed(SandboxStore& store) const
{
    const SandboxServer::AccountSetup setup = SandboxServer::accountSetup(ProviderKind::QuickFlow);
    store.ensureAccount(kProvider, setup.secret, 1000, setup.senders);
}

QString QuickFlowSandbox::operation(const SandboxRequest& request) const
{
    const Route* route = routeOf(request.path);
    return route ? QString::fromLatin1(route->operation) : QString();
}

SandboxReply QuickFlowSandbox::errorReply(int status, const QString& message,
                                          const QString& code) const
{
    if (!code.isEmpty())
        return failure(status, code, message);
    QString excType = QStringLiteral("Exception");
    if (status == 401)
        excType = QStringLiteral("AuthenticationError");
    else if (status == 403)
        excType = QStringLiteral("PermissionError");
    else if (status == 404)
        excType = QStringLiteral("DoesNotExistError");
    else if (status == 429)
        excType = QStringLiteral("RateLimitExceededError");
    else if (status == 417)
        excType = QStringLiteral("ValidationError");
    return failure(status, excType, message);
}

SandboxReply QuickFlowSandbox::handle(const SandboxRequest& request, SandboxStore& store)
{
    const Route* route = routeOf(request.path);
    if (!route)
        return failure(404, QStringLiteral("DoesNotExistError"), QStringLiteral("Not found"));

    // "Authorization: token api_key:api_secret"
    const QString authorization = QString::fromUtf8(request.header("authorization")).trimmed();
    Call call;
    if (authorization.startsWith(QLatin1String("token "), Qt::CaseInsensitive))
        call.credential = authorization.mid(6).trimmed();
    if (call.credential.isEmpty() || !store.accountExists(kProvider, call.credential)) {
        return failure(401, QStringLiteral("AuthenticationError"),
                       QStringLiteral("Invalid API key or secret"));
    }
    // Like a whitelisted method limited to one HTTP method.
    if (request.method != route->method) {
        return failure(403, QStringLiteral("PermissionError"),
                       QStringLiteral("Not permitted: use %1").arg(QLatin1String(route->method)));
    }
    call.path = request.path;
    call.params = paramsOf(request);
    call.host = QString::fromUtf8(request.header("host"));

    const QString operation = QString::fromLatin1(route->operation);
    if (operation == QLatin1String("topup"))
        return initiatePayment(call, store);
    if (std::optional<SandboxReply> refused = checkSender(call, store))
        return *refused;
    if (operation == QLatin1String("send"))
        return send(call, store);
    if (operation == QLatin1String("campaign"))
        return campaign(call, store);
    if (operation == QLatin1String("status"))
        return status(call, store);
    if (operation == QLatin1String("history"))
        return listAll(call, store);
    if (operation == QLatin1String("balance"))
        return balance(call, store);
    if (operation == QLatin1String("contacts"))
        return contacts(call, store);
    return groups(call, store);
}

std::optional<SandboxReply> QuickFlowSandbox::checkSender(const Call& call, SandboxStore& store)
{
    // sms.get identifies the message by its uid alone.
    if (call.path == QLatin1String("/quickflow.sms.get"))
        return std::nullopt;
    const QString sender = text(call.params, QStringLiteral("sender_id"));
    if (sender.isEmpty())
        return missing(QStringLiteral("sender_id"));
    if (!store.senders(kProvider, call.credential).contains(sender)) {
        return failure(403, QStringLiteral("PermissionError"),
                       QStringLiteral("Sender ID %1 is not assigned to your account").arg(sender));
    }
    return std::nullopt;
}

SandboxReply QuickFlowSandbox::send(const Call& call, SandboxStore& store)
{
    const QString recipient = text(call.params, QStringLiteral("recipient"));
    if (recipient.isEmpty())
        return missing(QStringLiteral("recipient"));
    return submit(call, store, recipient.split(u',', Qt::SkipEmptyParts), {});
}

SandboxReply QuickFlowSandbox::campaign(const Call& call, SandboxStore& store)
{
    const QString groupId = text(call.params, QStringLiteral("contact_list_id"));
    if (groupId.isEmpty())
        return missing(QStringLiteral("contact_list_id"));
    if (!groupRecord(call, store, groupId)) {
        return failure(404, QStringLiteral("DoesNotExistError"),
                       QStringLiteral("Contact group %1 not found").arg(groupId));
    }
    const QStringList phones = groupPhones(call, store, groupId);
    if (phones.isEmpty())
        return invalid(QStringLiteral("Contact group %1 has no contacts").arg(groupId));
    return submit(call, store, phones, groupId);
}

SandboxReply QuickFlowSandbox::submit(const Call& call, SandboxStore& store,
                                      const QStringList& phones, const QString& campaign)
{
    const QString message = call.params.value(QStringLiteral("message")).toString();
    if (message.trimmed().isEmpty())
        return missing(QStringLiteral("message"));
    const QString type = text(call.params, QStringLiteral("type"));
    if (!type.isEmpty() && type != QLatin1String("plain") && type != QLatin1String("unicode"))
        return invalid(QStringLiteral("Invalid type %1: use plain or unicode").arg(type));
    qint64 scheduledAtMs = 0;
    const QString scheduleTime = text(call.params, QStringLiteral("schedule_time"));
    if (!scheduleTime.isEmpty()) {
        QDateTime at = QDateTime::fromString(scheduleTime, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!at.isValid())
            at = QDateTime::fromString(scheduleTime, QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!at.isValid()) {
            return invalid(QStringLiteral("Invalid schedule_time %1: use YYYY-MM-DD HH:MM:SS "
                                          "(East Africa Time)")
                               .arg(scheduleTime));
        }
        at.setTimeZone(eat());
        scheduledAtMs = at.toMSecsSinceEpoch();
    }

    QStringList valid;
    QJsonArray outcomes;
    for (const QString& raw : phones) {
        if (const std::optional<QString> digits = phoneDigits(raw))
            valid.append(*digits);
    }
    if (valid.isEmpty()) {
        return failure(417, QStringLiteral("InvalidPhoneNumberError"),
                       QStringLiteral("Invalid phone number: %1").arg(phones.join(u',')));
    }
    // The parts follow the text itself: a "plain" message with non-GSM characters still
    // travels as UCS-2.
    const int parts = SmsText::count(message).segments;
    const double cost = static_cast<double>(parts) * static_cast<double>(valid.size());
    const double available = store.balance(kProvider, call.credential);
    if (available < cost) {
        return failure(402, QStringLiteral("ValidationError"),
                       QStringLiteral("Insufficient SMS units: %1 needed, %2 available")
                           .arg(cost)
                           .arg(available));
    }
    store.addToBalance(kProvider, call.credential, -cost);

    const QString batch = SandboxStore::newId(QStringLiteral("qf_"));
    QString onlyUid;
    for (const QString& raw : phones) {
        const std::optional<QString> digits = phoneDigits(raw);
        if (!digits) {
            outcomes.append(
                QJsonObject {{QStringLiteral("recipient"), raw.trimmed()},
                             {QStringLiteral("status"), QStringLiteral("failed")},
                             {QStringLiteral("error"), QStringLiteral("Invalid phone number")}});
            continue;
        }
        SandboxStore::Accepted accepted;
        accepted.provider = kProvider;
        accepted.credential = call.credential;
        accepted.batch = batch;
        accepted.phone = u'+' + *digits;
        accepted.sender = text(call.params, QStringLiteral("sender_id"));
        accepted.body = message;
        accepted.parts = parts;
        accepted.cost = parts;
        accepted.campaign = campaign;
        accepted.scheduledAtMs = scheduledAtMs;
        const QString uid = store.journal(accepted);
        onlyUid = uid;
        outcomes.append(QJsonObject {
            {QStringLiteral("recipient"), *digits},
            {QStringLiteral("uid"), uid},
            {QStringLiteral("status"),
             scheduledAtMs > SandboxStore::nowMs() ? QStringLiteral("scheduled")
                                                   : QStringLiteral("queued")},
            {QStringLiteral("cost"), parts},
        });
    }
    QJsonObject data {
        // One message: its own uid, for sms.get; several: the batch's.
        {QStringLiteral("uid"), valid.size() == 1 ? onlyUid : batch},
        {QStringLiteral("recipients"), outcomes},
        {QStringLiteral("parts"), parts},
        {QStringLiteral("cost"), cost},
        {QStringLiteral("balance"), store.balance(kProvider, call.credential)},
    };
    if (!campaign.isEmpty())
        data.insert(QStringLiteral("contact_list_id"), campaign);
    if (scheduledAtMs > 0)
        data.insert(QStringLiteral("schedule_time"), eatText(scheduledAtMs));
    return success(data,
                   scheduledAtMs > SandboxStore::nowMs() ? QStringLiteral("SMS scheduled")
                                                         : QStringLiteral("SMS queued"));
}

QJsonObject QuickFlowSandbox::messageRecord(const QSqlQuery& row, const SandboxStore& store) const
{
    // Columns: id, uid, phone, sender, body, cost, scheduled_at, created_at.
    const QString phone = row.value(2).toString();
    const SandboxStore::State state
        = store.stateOf(row.value(7).toLongLong(), row.value(6).toLongLong(), phone);
    QJsonObject record {
        {QStringLiteral("id"),
         QStringLiteral("TSL-%1").arg(row.value(0).toLongLong(), 5, 10, QLatin1Char('0'))},
        {QStringLiteral("uid"), row.value(1).toString()},
        {QStringLiteral("to"), phone.startsWith(u'+') ? phone.mid(1) : phone},
        {QStringLiteral("from"), row.value(3).toString()},
        {QStringLiteral("message"), row.value(4).toString()},
        {QStringLiteral("status"), statusName(state)},
        {QStringLiteral("cost"), QString::number(row.value(5).toDouble())},
        {QStringLiteral("created_at"), eatText(row.value(7).toLongLong())},
    };
    if (row.value(6).toLongLong() > 0)
        record.insert(QStringLiteral("schedule_time"), eatText(row.value(6).toLongLong()));
    return record;
}

SandboxReply QuickFlowSandbox::status(const Call& call, SandboxStore& store)
{
    const QString uid = text(call.params, QStringLiteral("uid"));
    if (uid.isEmpty())
        return missing(QStringLiteral("uid"));
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT id, uid, phone, sender, body, cost, scheduled_at, "
                                 "created_at FROM messages WHERE provider = ? AND credential = ? "
                                 "AND uid = ?"));
    query.addBindValue(kProvider);
    query.addBindValue(call.credential);
    query.addBindValue(uid);
    if (!query.exec() || !query.next()) {
        return failure(404, QStringLiteral("DoesNotExistError"),
                       QStringLiteral("SMS %1 not found").arg(uid));
    }
    return success(messageRecord(query, store));
}

SandboxReply QuickFlowSandbox::listAll(const Call& call, SandboxStore& store)
{
    const QString sender = text(call.params, QStringLiteral("sender_id"));
    bool ok = true;
    const QString pageText = text(call.params, QStringLiteral("page"));
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&ok);
    if (!ok || page < 1)
        return invalid(QStringLiteral("page must be a whole number from 1"));
    const QString limitText = text(call.params, QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 25 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return invalid(QStringLiteral("limit must be a whole number from 1 to 1000"));

    QSqlQuery count(store.database());
    count.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE provider = ? AND "
                                 "credential = ? AND sender = ?"));
    count.addBindValue(kProvider);
    count.addBindValue(call.credential);
    count.addBindValue(sender);
    const int total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    const int lastPage = std::max(1, (total + limit - 1) / limit);

    QSqlQuery rows(store.database());
    rows.prepare(QStringLiteral("SELECT id, uid, phone, sender, body, cost, scheduled_at, "
                                "created_at FROM messages WHERE provider = ? AND credential = ? "
                                "AND sender = ? ORDER BY id DESC LIMIT ? OFFSET ?"));
    rows.addBindValue(kProvider);
    rows.addBindValue(call.credential);
    rows.addBindValue(sender);
    rows.addBindValue(limit);
    rows.addBindValue(static_cast<qint64>(page - 1) * limit);
    QJsonArray records;
    if (rows.exec()) {
        while (rows.next())
            records.append(messageRecord(rows, store));
    }

    const auto pageUrl = [&](int number) -> QJsonValue {
        if (number < 1 || number > lastPage)
            return QJsonValue::Null;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sender_id"), sender);
        query.addQueryItem(QStringLiteral("page"), QString::number(number));
        if (!limitText.isEmpty())
            query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        return QStringLiteral("http://%1%2/quickflow.sms.list_all?%3")
            .arg(call.host, basePath(), query.toString(QUrl::FullyEncoded));
    };
    QJsonArray links;
    links.append(QJsonObject {{QStringLiteral("url"), pageUrl(page - 1)},
                              {QStringLiteral("label"), QStringLiteral("&laquo; Previous")},
                              {QStringLiteral("active"), false}});
    for (int number = 1; number <= lastPage; ++number) {
        links.append(QJsonObject {{QStringLiteral("url"), pageUrl(number)},
                                  {QStringLiteral("label"), QString::number(number)},
                                  {QStringLiteral("active"), number == page}});
    }
    links.append(QJsonObject {{QStringLiteral("url"), pageUrl(page + 1)},
                              {QStringLiteral("label"), QStringLiteral("Next &raquo;")},
                              {QStringLiteral("active"), false}});
    const bool empty = records.isEmpty();
    const int first = (page - 1) * limit + 1;
    return success(QJsonObject {
        {QStringLiteral("current_page"), page},
        {QStringLiteral("per_page"), limit},
        {QStringLiteral("total"), total},
        {QStringLiteral("last_page"), lastPage},
        {QStringLiteral("from"), empty ? QJsonValue(QJsonValue::Null) : QJsonValue(first)},
        {QStringLiteral("to"),
         empty ? QJsonValue(QJsonValue::Null)
               : QJsonValue(first + static_cast<int>(records.size()) - 1)},
        {QStringLiteral("first_page_url"), pageUrl(1)},
        {QStringLiteral("last_page_url"), pageUrl(lastPage)},
        {QStringLiteral("next_page_url"), pageUrl(page + 1)},
        {QStringLiteral("prev_page_url"), pageUrl(page - 1)},
        {QStringLiteral("links"), links},
        {QStringLiteral("data"), records},
    });
}

SandboxReply QuickFlowSandbox::balance(const Call& call, SandboxStore& store)
{
    // One balance per account: every sender ID of it reports the same units.
    return success(QJsonObject {
        {QStringLiteral("sender_id"), text(call.params, QStringLiteral("sender_id"))},
        {QStringLiteral("balance"), store.balance(kProvider, call.credential)},
        {QStringLiteral("unit"), QStringLiteral("SMS units")},
    });
}

SandboxReply QuickFlowSandbox::initiatePayment(const Call& call, SandboxStore& store)
{
    const QJsonValue amountValue = call.params.value(QStringLiteral("amount"));
    if (amountValue.isUndefined() || amountValue.isNull()
        || text(call.params, QStringLiteral("amount")).isEmpty())
        return missing(QStringLiteral("amount"));
    bool ok = amountValue.isDouble();
    const double amount
        = amountValue.isDouble() ? amountValue.toDouble() : amountValue.toString().toDouble(&ok);
    if (!ok || amount != std::floor(amount))
        return invalid(QStringLiteral("Amount must be a whole number of shillings"));
    if (amount < 10 || amount > 150000)
        return invalid(QStringLiteral("Amount must be between KES 10 and KES 150000"));
    const QString mobile = text(call.params, QStringLiteral("mobile"));
    if (mobile.isEmpty())
        return missing(QStringLiteral("mobile"));
    static const QRegularExpression kenyan(QStringLiteral("^254[17][0-9]{8}$"));
    if (!kenyan.match(mobile).hasMatch()) {
        return failure(417, QStringLiteral("InvalidPhoneNumberError"),
                       QStringLiteral("Invalid M-Pesa number %1: use 2547XXXXXXXX or "
                                      "2541XXXXXXXX")
                           .arg(mobile));
    }
    const double units = amount / 0.5;
    const QString requestId = store.startPayment(kProvider, call.credential, amount, mobile, units);
    return success(
        QJsonObject {
            {QStringLiteral("MerchantRequestID"), SandboxStore::newId(QStringLiteral("mr_"))},
            {QStringLiteral("CheckoutRequestID"), requestId},
            {QStringLiteral("ResponseCode"), QStringLiteral("0")},
            {QStringLiteral("ResponseDescription"),
             QStringLiteral("Success. Request accepted for processing")},
            {QStringLiteral("CustomerMessage"),
             QStringLiteral("Success. Request accepted for processing")},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("mobile"), mobile},
            {QStringLiteral("units"), units},
        },
        QStringLiteral("STK push sent to %1. Enter your M-Pesa PIN to complete the payment.")
            .arg(mobile));
}

std::optional<QJsonObject> QuickFlowSandbox::groupRecord(const Call& call, SandboxStore& store,
                                                         const QString& groupId)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral(
        "SELECT g.uid, g.name, g.created_at, (SELECT count(*) FROM contacts c WHERE c.provider = "
        "g.provider AND c.credential = g.credential AND c.group_uid = g.uid) FROM groups g "
        "WHERE g.provider = ? AND g.credential = ? AND g.uid = ?"));
    query.addBindValue(kProvider);
    query.addBindValue(call.credential);
    query.addBindValue(groupId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonObject {{QStringLiteral("id"), query.value(0).toString()},
                        {QStringLiteral("name"), query.value(1).toString()},
                        {QStringLiteral("contacts_count"), query.value(3).toInt()},
                        {QStringLiteral("created_at"), eatText(query.value(2).toLongLong())}};
}

std::optional<QJsonObject> QuickFlowSandbox::contactRecord(const Call& call, SandboxStore& store,
                                                           const QString& groupId,
                                                           const QString& uid)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT uid, group_uid, phone, first_name, last_name, created_at "
                                 "FROM contacts WHERE provider = ? AND credential = ? AND "
                                 "group_uid = ? AND uid = ?"));
    query.addBindValue(kProvider);
    query.addBindValue(call.credential);
    query.addBindValue(groupId);
    query.addBindValue(uid);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonObject {{QStringLiteral("uid"), query.value(0).toString()},
                        {QStringLiteral("group_id"), query.value(1).toString()},
                        {QStringLiteral("phone"), query.value(2).toString()},
                        {QStringLiteral("first_name"), query.value(3).toString()},
                        {QStringLiteral("last_name"), query.value(4).toString()},
                        {QStringLiteral("created_at"), eatText(query.value(5).toLongLong())}};
}

QStringList QuickFlowSandbox::groupPhones(const Call& call, SandboxStore& store,
                                          const QString& groupId)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT phone FROM contacts WHERE provider = ? AND credential = ? "
                                 "AND group_uid = ? ORDER BY id"));
    query.addBindValue(kProvider);
    query.addBindValue(call.credential);
    query.addBindValue(groupId);
    QStringList phones;
    if (query.exec()) {
        while (query.next())
            phones.append(query.value(0).toString());
    }
    return phones;
}

SandboxReply QuickFlowSandbox::contacts(const Call& call, SandboxStore& store)
{
    const QString groupId = text(call.params, QStringLiteral("group_id"));
    if (groupId.isEmpty())
        return missing(QStringLiteral("group_id"));
    if (!groupRecord(call, store, groupId)) {
        return failure(404, QStringLiteral("DoesNotExistError"),
                       QStringLiteral("Contact group %1 not found").arg(groupId));
    }
    QSqlDatabase db = store.database();

    if (call.path == QLatin1String("/quickflow.contact.all_contacts")) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT uid FROM contacts WHERE provider = ? AND credential "
                                     "= ? AND group_uid = ? ORDER BY id"));
        query.addBindValue(kProvider);
        query.addBindValue(call.credential);
        query.addBindValue(groupId);
        QJsonArray list;
        if (query.exec()) {
            while (query.next()) {
                if (auto record = contactRecord(call, store, groupId, query.value(0).toString()))
                    list.append(*record);
            }
        }
        return success(list);
    }

    if (call.path == QLatin1String("/quickflow.contact.store_contact")) {
        const QString rawPhone = text(call.params, QStringLiteral("phone"));
        if (rawPhone.isEmpty())
            return missing(QStringLiteral("phone"));
        const std::optional<QString> phone = phoneDigits(rawPhone);
        if (!phone) {
            return failure(417, QStringLiteral("InvalidPhoneNumberError"),
                           QStringLiteral("Invalid phone number: %1").arg(rawPhone));
        }
        const QString uid = SandboxStore::newId(QStringLiteral("cnt_"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO contacts (provider, credential, uid, group_uid, phone, first_name, "
            "last_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(kProvider);
        insert.addBindValue(call.credential);
        insert.addBindValue(uid);
        insert.addBindValue(groupId);
        insert.addBindValue(*phone);
        insert.addBindValue(nonNull(text(call.params, QStringLiteral("first_name"))));
        insert.addBindValue(nonNull(text(call.params, QStringLiteral("last_name"))));
        insert.addBindValue(SandboxStore::nowMs());
        (void)insert.exec();
        return success(contactRecord(call, store, groupId, uid).value_or(QJsonObject()),
                       QStringLiteral("Contact created"));
    }

    const QString uid = text(call.params, QStringLiteral("uid"));
    if (uid.isEmpty())
        return missing(QStringLiteral("uid"));
    if (!contactRecord(call, store, groupId, uid)) {
        return failure(404, QStringLiteral("DoesNotExistError"),
                       QStringLiteral("Contact %1 not found in group %2").arg(uid, groupId));
    }

    if (call.path == QLatin1String("/quickflow.contact.search_contact"))
        return success(*contactRecord(call, store, groupId, uid));

    if (call.path == QLatin1String("/quickflow.contact.delete_contact")) {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM contacts WHERE provider = ? AND credential = ? "
                                      "AND uid = ?"));
        remove.addBindValue(kProvider);
        remove.addBindValue(call.credential);
        remove.addBindValue(uid);
        (void)remove.exec();
        return success(QJsonValue::Undefined, QStringLiteral("Contact deleted"));
    }

    // update_contact: only the fields given change.
    const auto update
        = [&](const QString& field, const QString& column, const QString& value) -> void {
        if (!call.params.contains(field))
            return;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE contacts SET %1 = ? WHERE provider = ? AND "
                                     "credential = ? AND uid = ?")
                          .arg(column));
        query.addBindValue(nonNull(value));
        query.addBindValue(kProvider);
        query.addBindValue(call.credential);
        query.addBindValue(uid);
        (void)query.exec();
    };
    if (call.params.contains(QStringLiteral("phone"))) {
        const QString rawPhone = text(call.params, QStringLiteral("phone"));
        const std::optional<QString> phone = phoneDigits(rawPhone);
        if (!phone) {
            return failure(417, QStringLiteral("InvalidPhoneNumberError"),
                           QStringLiteral("Invalid phone number: %1").arg(rawPhone));
        }
        update(QStringLiteral("phone"), QStringLiteral("phone"), *phone);
    }
    update(QStringLiteral("first_name"), QStringLiteral("first_name"),
           text(call.params, QStringLiteral("first_name")));
    update(QStringLiteral("last_name"), QStringLiteral("last_name"),
           text(call.params, QStringLiteral("last_name")));
    return success(*contactRecord(call, store, groupId, uid), QStringLiteral("Contact updated"));
}

SandboxReply QuickFlowSandbox::groups(const Call& call, SandboxStore& store)
{
    QSqlDatabase db = store.database();
    if (call.path == QLatin1String("/quickflow.contact.all_groups")) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "SELECT uid FROM groups WHERE provider = ? AND credential = ? ORDER BY id"));
        query.addBindValue(kProvider);
        query.addBindValue(call.credential);
        QJsonArray list;
        if (query.exec()) {
            while (query.next()) {
                if (auto record = groupRecord(call, store, query.value(0).toString()))
                    list.append(*record);
            }
        }
        return success(list);
    }
    if (call.path == QLatin1String("/quickflow.contact.store_group")) {
        const QString name = text(call.params, QStringLiteral("name"));
        if (name.isEmpty())
            return missing(QStringLiteral("name"));
        const QString uid = SandboxStore::newId(QStringLiteral("grp_"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO groups (provider, credential, uid, name, "
                                      "created_at) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(kProvider);
        insert.addBindValue(call.credential);
        insert.addBindValue(uid);
        insert.addBindValue(name);
        insert.addBindValue(SandboxStore::nowMs());
        (void)insert.exec();
        return success(groupRecord(call, store, uid).value_or(QJsonObject()),
                       QStringLiteral("Contact group created"));
    }

    const QString groupId = text(call.params, QStringLiteral("group_id"));
    if (groupId.isEmpty())
        return missing(QStringLiteral("group_id"));
    const std::optional<QJsonObject> group = groupRecord(call, store, groupId);
    if (!group) {
        return failure(404, QStringLiteral("DoesNotExistError"),
                       QStringLiteral("Contact group %1 not found").arg(groupId));
    }
    if (call.path == QLatin1String("/quickflow.contact.show_group"))
        return success(*group);

    if (call.path == QLatin1String("/quickflow.contact.update_group")) {
        const QString name = text(call.params, QStringLiteral("name"));
        if (name.isEmpty())
            return missing(QStringLiteral("name"));
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "UPDATE groups SET name = ? WHERE provider = ? AND credential = ? AND uid = ?"));
        query.addBindValue(name);
        query.addBindValue(kProvider);
        query.addBindValue(call.credential);
        query.addBindValue(groupId);
        (void)query.exec();
        return success(*groupRecord(call, store, groupId), QStringLiteral("Contact group updated"));
    }

    // delete_group: a group that still has contacts is a dependency Frappe refuses to break.
    const int members = group->value(QStringLiteral("contacts_count")).toInt();
    if (members > 0) {
        return failure(417, QStringLiteral("LinkExistsError"),
                       QStringLiteral("Cannot delete contact group %1: it has %2 contacts")
                           .arg(groupId)
                           .arg(members));
    }
    QSqlQuery remove(db);
    remove.prepare(
        QStringLiteral("DELETE FROM groups WHERE provider = ? AND credential = ? AND uid = ?"));
    remove.addBindValue(kProvider);
    remove.addBindValue(call.credential);
    remove.addBindValue(groupId);
    (void)remove.exec();
    return success(QJsonValue::Undefined, QStringLiteral("Contact group deleted"));
}

} // namespace

std::unique_ptr<SandboxApi> makeQuickFlowSandbox()
{
    return std::make_unique<QuickFlowSandbox>();
}

} // namespace tuma::sandbox
