// SPDX-License-Identifier: GPL-3.0-or-later
// One file because it is one provider's whole API as the simulator serves it, route by
// route (docs/providers.md).
#include "SandboxApi.h"
#include "SandboxApis.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "core/SmsText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace tuma::sandbox {

namespace {

const QString kProvider = QStringLiteral("flashsms");
const QString kFullKey = QStringLiteral("bms_test_sandbox");
const QString kReadOnlyKey = QStringLiteral("bms_test_readonly");
constexpr int kMaxMessageChars = 918;
constexpr int kMaxRecipients = 1000;
constexpr int kMaxImport = 10'000;
constexpr int kRequestsPerWindow = 100;

QStringList allScopes()
{
    return {QStringLiteral("sms:send"),         QStringLiteral("sms:read"),
            QStringLiteral("balance:read"),     QStringLiteral("contacts:read"),
            QStringLiteral("contacts:write"),   QStringLiteral("senders:read"),
            QStringLiteral("templates:read"),   QStringLiteral("templates:write"),
            QStringLiteral("transactions:read")};
}

QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue isoOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(iso(ms)) : QJsonValue(QJsonValue::Null);
}

// The document's Ghanaian forms (0XXXXXXXXX, 233XXXXXXXXX, +233XXXXXXXXX) as 233 digits;
// empty when the number is none of them.
QString ghanaNumber(const QString& input)
{
    QString digits;
    for (const QChar c : input) {
        if (c.isDigit())
            digits.append(c);
        else if (c != u' ' && c != u'-' && !(c == u'+' && digits.isEmpty()))
            return {};
    }
    if (digits.size() == 10 && digits.startsWith(u'0'))
        return QStringLiteral("233") + digits.mid(1);
    if (digits.size() == 12 && digits.startsWith(QLatin1String("233")) && digits[3] != u'0')
        return digits;
    return {};
}

SandboxReply ok(const QJsonValue& data, int status = 200)
{
    return SandboxReply::json(
        status, QJsonObject {{QStringLiteral("success"), true}, {QStringLiteral("data"), data}});
}

SandboxReply fail(int status, const QString& text)
{
    return SandboxReply::json(
        status, QJsonObject {{QStringLiteral("success"), false}, {QStringLiteral("error"), text}});
}

QString stateWord(SandboxStore::State state)
{
    return SandboxStore::stateName(state).toUpper();
}

// One send as the history shows it: the worst-off recipient decides, as in the document's
// example where a send with one failure out of three is still DELIVERED.
QString batchStatus(const QList<SandboxStore::State>& states)
{
    using State = SandboxStore::State;
    if (states.contains(State::Pending))
        return QStringLiteral("PENDING");
    if (states.contains(State::Sent))
        return QStringLiteral("SENT");
    if (states.contains(State::Delivered))
        return QStringLiteral("DELIVERED");
    return QStringLiteral("FAILED");
}

struct Page
{
    int page = 1;
    int limit = 20;
};

class FlashSmsSandbox final : public SandboxApi
{
public:
    QString name() const override { return kProvider; }
    QString basePath() const override { return QStringLiteral("/flashsms/api/v1"); }
    QJsonObject credentials() const override
    {
        return {{QStringLiteral("api_key"), kFullKey},
                {QStringLiteral("readonly_api_key"), kReadOnlyKey}};
    }
    void seed(SandboxStore& store) const override;
    QString operation(const SandboxRequest& request) const override;
    SandboxReply handle(const SandboxRequest& request, SandboxStore& store) override;
    SandboxReply errorReply(int status, const QString& text, const QString& code) const override
    {
        return fail(status, code.isEmpty() ? text : code);
    }

private:
    struct Context
    {
        const SandboxRequest& request;
        SandboxStore& store;
        QString key;
        QSqlDatabase db;
    };

    std::optional<SandboxReply> admit(const QString& key, SandboxStore& store);
    static std::optional<SandboxReply> readPage(const SandboxRequest& request, int defaultLimit,
                                                int maxLimit, Page& page);
    static std::optional<SandboxReply> readDates(const SandboxRequest& request, qint64& from,
                                                 qint64& to);
    static QJsonObject pagination(const Page& page, int total);

    SandboxReply send(Context& c);
    SandboxReply estimate(Context& c);
    SandboxReply history(Context& c);
    SandboxReply status(Context& c, const QString& messageId);
    SandboxReply recipients(Context& c, const QString& messageId);
    SandboxReply balance(Context& c);
    SandboxReply senderIds(Context& c);
    SandboxReply listContacts(Context& c);
    SandboxReply createContact(Context& c);
    SandboxReply contact(Context& c, const QString& id);
    SandboxReply updateContact(Context& c, const QString& id);
    SandboxReply deleteContact(Context& c, const QString& id);
    SandboxReply importContacts(Context& c);
    SandboxReply listGroups(Context& c);
    SandboxReply createGroup(Context& c);
    SandboxReply deleteGroup(Context& c, const QString& id);
    SandboxReply listTemplates(Context& c);
    SandboxReply saveTemplate(Context& c, const QString& id);
    SandboxReply deleteTemplate(Context& c, const QString& id);
    SandboxReply transactions(Context& c);

    static bool groupExists(Context& c, const QString& id);
    static QStringList groupMembers(Context& c, const QStringList& groupIds);
    static std::optional<QJsonObject> contactJson(Context& c, const QString& id);
    static void addTransaction(Context& c, const QString& type, double amount, double balanceAfter,
                               const QString& description, const QString& reference);

    // Request times per key in the current window (the document's 100 per minute).
    QHash<QString, std::deque<qint64>> m_requests;
};

void FlashSmsSandbox::seed(SandboxStore& store) const
{
    // Imports look every number up.
    QSqlQuery index(store.database());
    (void)index.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS flashsms_contacts_phone ON "
                                    "contacts (provider, credential, phone)"));
    const QStringList senders = SandboxServer::accountSetup(ProviderKind::FlashSms).senders;
    for (const QString& key : {kFullKey, kReadOnlyKey}) {
        const bool existed = store.accountExists(kProvider, key);
        store.ensureAccount(kProvider, key, 1000, senders,
                            key == kFullKey ? allScopes()
                                            : QStringList {QStringLiteral("sms:read"),
                                                           QStringLiteral("balance:read")});
        if (!existed) {
            QSqlQuery query(store.database());
            query.prepare(QStringLiteral(
                "INSERT INTO transactions (provider, credential, uid, type, amount, balance, "
                "description, reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            query.addBindValue(kProvider);
            query.addBindValue(key);
            query.addBindValue(SandboxStore::newId(QStringLiteral("txn_")));
            query.addBindValue(QStringLiteral("BONUS"));
            query.addBindValue(1000.0);
            query.addBindValue(1000.0);
            query.addBindValue(QStringLiteral("Sandbox opening credit"));
            query.addBindValue(QStringLiteral(""));
            query.addBindValue(SandboxStore::nowMs());
            (void)query.exec();
        }
    }
}

QString FlashSmsSandbox::operation(const SandboxRequest& request) const
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const QString first = parts.value(0);
    if (first == QLatin1String("sms")) {
        if (parts.size() == 1)
            return QStringLiteral("history");
        if (parts.size() == 2 && parts[1] == QLatin1String("send"))
            return QStringLiteral("send");
        if (parts.size() == 2 && parts[1] == QLatin1String("estimate"))
            return QStringLiteral("estimate");
        if (parts.size() == 3 && parts[1] == QLatin1String("status"))
            return QStringLiteral("status");
        if (parts.size() == 3 && parts[2] == QLatin1String("recipients"))
            return QStringLiteral("report");
        return {};
    }
    if (first == QLatin1String("contacts")) {
        if (parts.value(1) == QLatin1String("groups") && parts.size() <= 3)
            return QStringLiteral("groups");
        return parts.size() <= 2 ? QStringLiteral("contacts") : QString();
    }
    if (parts.size() == 1 && first == QLatin1String("balance"))
        return QStringLiteral("balance");
    if (parts.size() == 1 && first == QLatin1String("sender-ids"))
        return QStringLiteral("senders");
    if (parts.size() <= 2 && first == QLatin1String("templates"))
        return QStringLiteral("templates");
    if (parts.size() == 1 && first == QLatin1String("transactions"))
        return QStringLiteral("transactions");
    return {};
}

std::optional<SandboxReply> FlashSmsSandbox::admit(const QString& key, SandboxStore& store)
{
    // A minute at the app's timing; the tests' quick timing shortens it in proportion so a
    // test can fill a window without waiting a minute.
    const qint64 window = std::max<qint64>(1000, 30LL * store.timing().sentAfterMs);
    const qint64 now = SandboxStore::nowMs();
    std::deque<qint64>& times = m_requests[key];
    while (!times.empty() && times.front() <= now - window)
        times.pop_front();
    if (static_cast<int>(times.size()) >= kRequestsPerWindow) {
        const qint64 waitMs = times.front() + window - now;
        SandboxReply reply = fail(429,
                                  QStringLiteral("Rate limit exceeded: 100 requests per "
                                                 "minute. Try again later."));
        reply.headers.append({"Retry-After", QByteArray::number((waitMs + 999) / 1000)});
        return reply;
    }
    times.push_back(now);
    return std::nullopt;
}

SandboxReply FlashSmsSandbox::handle(const SandboxRequest& request, SandboxStore& store)
{
    QString key;
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.startsWith("Bearer "))
        key = QString::fromUtf8(authorization.mid(7).trimmed());
    else if (!request.header("x-api-key").isEmpty())
        key = QString::fromUtf8(request.header("x-api-key").trimmed());
    if (key.isEmpty())
        return fail(401, QStringLiteral("Missing API key"));
    if (!store.accountExists(kProvider, key))
        return fail(401, QStringLiteral("Invalid or expired API key"));

    const QString op = operation(request);
    const QByteArray& method = request.method;
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const bool write = method != "GET";
    QString scope;
    if (op == QLatin1String("send") || op == QLatin1String("estimate"))
        scope = QStringLiteral("sms:send");
    else if (op == QLatin1String("history") || op == QLatin1String("status")
             || op == QLatin1String("report"))
        scope = QStringLiteral("sms:read");
    else if (op == QLatin1String("balance"))
        scope = QStringLiteral("balance:read");
    else if (op == QLatin1String("contacts") || op == QLatin1String("groups"))
        scope = write ? QStringLiteral("contacts:write") : QStringLiteral("contacts:read");
    else if (op == QLatin1String("senders"))
        scope = QStringLiteral("senders:read");
    else if (op == QLatin1String("templates"))
        scope = write ? QStringLiteral("templates:write") : QStringLiteral("templates:read");
    else if (op == QLatin1String("transactions"))
        scope = QStringLiteral("transactions:read");
    if (!store.scopes(kProvider, key).contains(scope))
        return fail(403, QStringLiteral("API key lacks the required permission: %1").arg(scope));
    if (std::optional<SandboxReply> limited = admit(key, store))
        return *limited;

    Context c {request, store, key, store.database()};
    const QString id = parts.value(parts.size() - 1);
    if (op == QLatin1String("send") && method == "POST")
        return send(c);
    if (op == QLatin1String("estimate") && method == "POST")
        return estimate(c);
    if (op == QLatin1String("history") && method == "GET")
        return history(c);
    if (op == QLatin1String("status") && method == "GET")
        return status(c, id);
    if (op == QLatin1String("report") && method == "GET")
        return recipients(c, parts.value(1));
    if (op == QLatin1String("balance") && method == "GET")
        return balance(c);
    if (op == QLatin1String("senders") && method == "GET")
        return senderIds(c);
    if (op == QLatin1String("transactions") && method == "GET")
        return transactions(c);
    if (op == QLatin1String("groups")) {
        if (parts.size() == 2 && method == "GET")
            return listGroups(c);
        if (parts.size() == 2 && method == "POST")
            return createGroup(c);
        if (parts.size() == 3 && method == "DELETE")
            return deleteGroup(c, id);
    }
    if (op == QLatin1String("contacts")) {
        if (parts.size() == 1 && method == "GET")
            return listContacts(c);
        if (parts.size() == 1 && method == "POST")
            return createContact(c);
        if (parts.size() == 2 && parts[1] == QLatin1String("import"))
            return method == "POST" ? importContacts(c) : fail(404, QStringLiteral("Not found"));
        if (parts.size() == 2 && method == "GET")
            return contact(c, id);
        if (parts.size() == 2 && (method == "PUT" || method == "PATCH"))
            return updateContact(c, id);
        if (parts.size() == 2 && method == "DELETE")
            return deleteContact(c, id);
    }
    if (op == QLatin1String("templates")) {
        if (parts.size() == 1 && method == "GET")
            return listTemplates(c);
        if (parts.size() == 1 && method == "POST")
            return saveTemplate(c, {});
        if (parts.size() == 2 && (method == "PUT" || method == "PATCH"))
            return saveTemplate(c, id);
        if (parts.size() == 2 && method == "DELETE")
            return deleteTemplate(c, id);
    }
    return fail(404, QStringLiteral("Not found"));
}

std::optional<SandboxReply> FlashSmsSandbox::readPage(const SandboxRequest& request,
                                                      int defaultLimit, int maxLimit, Page& page)
{
    page.limit = defaultLimit;
    bool ok = true;
    if (request.query.hasQueryItem(QStringLiteral("page")))
        page.page = request.query.queryItemValue(QStringLiteral("page")).toInt(&ok);
    if (!ok || page.page < 1)
        return fail(400, QStringLiteral("page must be a positive number"));
    if (request.query.hasQueryItem(QStringLiteral("limit")))
        page.limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || page.limit < 1 || page.limit > maxLimit)
        return fail(400, QStringLiteral("limit must be between 1 and %1").arg(maxLimit));
    return std::nullopt;
}

std::optional<SandboxReply> FlashSmsSandbox::readDates(const SandboxRequest& request, qint64& from,
                                                       qint64& to)
{
    from = 0;
    to = std::numeric_limits<qint64>::max();
    for (const auto& [name, target] : {std::pair {QStringLiteral("startDate"), &from},
                                       std::pair {QStringLiteral("endDate"), &to}}) {
        if (!request.query.hasQueryItem(name))
            continue;
        const QDateTime at = QDateTime::fromString(
            request.query.queryItemValue(name, QUrl::FullyDecoded), Qt::ISODateWithMs);
        if (!at.isValid())
            return fail(400, QStringLiteral("%1 must be an ISO 8601 date").arg(name));
        *target = at.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

QJsonObject FlashSmsSandbox::pagination(const Page& page, int total)
{
    const int totalPages = std::max(1, (total + page.limit - 1) / page.limit);
    return {{QStringLiteral("page"), page.page},
            {QStringLiteral("limit"), page.limit},
            {QStringLiteral("total"), total},
            {QStringLiteral("totalPages"), totalPages},
            {QStringLiteral("hasMore"), page.page < totalPages}};
}

bool FlashSmsSandbox::groupExists(Context& c, const QString& id)
{
    QSqlQuery query(c.db);
    query.prepare(
        QStringLiteral("SELECT 1 FROM groups WHERE provider = ? AND credential = ? AND uid = ?"));
    query.addBindValue(kProvider);
    query.addBindValue(c.key);
    query.addBindValue(nonNull(id));
    return query.exec() && query.next();
}

// A contact belongs to any number of groups: their ids are kept in the contact's fields
// column as {"groups": [...]}. No group ids: every contact.
QStringList FlashSmsSandbox::groupMembers(Context& c, const QStringList& groupIds)
{
    QStringList phones;
    QSqlQuery query(c.db);
    query.prepare(QStringLiteral("SELECT phone, fields FROM contacts WHERE provider = ? AND "
                                 "credential = ? ORDER BY id"));
    query.addBindValue(kProvider);
    query.addBindValue(c.key);
    if (!query.exec())
        return phones;
    while (query.next()) {
        const QJsonArray groups = QJsonDocument::fromJson(query.value(1).toString().toUtf8())
                                      .object()
                                      .value(QStringLiteral("groups"))
                                      .toArray();
        for (const QJsonValue& group : groups) {
            if (groupIds.isEmpty() || groupIds.contains(group.toString())) {
                phones.append(query.value(0).toString());
                break;
            }
        }
        if (groupIds.isEmpty() && groups.isEmpty())
            phones.append(query.value(0).toString());
    }
    return phones;
}

void FlashSmsSandbox::addTransaction(Context& c, const QString& type, double amount,
                                     double balanceAfter, const QString& description,
                                     const QString& reference)
{
    QSqlQuery query(c.db);
    query.prepare(QStringLiteral(
        "INSERT INTO transactions (provider, credential, uid, type, amount, balance, "
        "description, reference, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(kProvider);
    query.addBindValue(c.key);
    query.addBindValue(SandboxStore::newId(QStringLiteral("txn_")));
    query.addBindValue(type);
    query.addBindValue(amount);
    query.addBindValue(balanceAfter);
    query.addBindValue(nonNull(description));
    query.addBindValue(nonNull(reference));
    query.addBindValue(SandboxStore::nowMs());
    (void)query.exec();
}

SandboxReply FlashSmsSandbox::send(Context& c)
{
    const QJsonObject body = QJsonDocument::fromJson(c.request.body).object();
    const QString message = body.value(QStringLiteral("message")).toString();
    if (message.trimmed().isEmpty())
        return fail(400, QStringLiteral("message is required"));
    if (message.size() > kMaxMessageChars)
        return fail(400, QStringLiteral("message must be at most 918 characters"));

    const QJsonArray explicitRecipients = body.value(QStringLiteral("recipients")).toArray();
    if (explicitRecipients.size() > kMaxRecipients)
        return fail(400, QStringLiteral("Maximum 1,000 recipients per request"));
    QStringList groupIds;
    if (body.contains(QStringLiteral("groupId")))
        groupIds.append(body.value(QStringLiteral("groupId")).toString());
    for (const QJsonValue& group : body.value(QStringLiteral("groupIds")).toArray())
        groupIds.append(group.toString());
    const QJsonArray contactIds = body.value(QStringLiteral("contactIds")).toArray();
    const bool everyone = body.value(QStringLiteral("sendToAllContacts")).toBool();
    if (explicitRecipients.isEmpty() && groupIds.isEmpty() && contactIds.isEmpty() && !everyone)
        return fail(400,
                    QStringLiteral("Provide recipients, groupId, groupIds, contactIds or "
                                   "sendToAllContacts"));

    // Recipients from every source, duplicates removed in order of first appearance.
    QStringList phones;
    QSet<QString> seen;
    QJsonArray invalid;
    auto add = [&](const QString& phone) {
        if (!seen.contains(phone)) {
            seen.insert(phone);
            phones.append(phone);
        }
    };
    for (const QJsonValue& value : explicitRecipients) {
        const QString phone = ghanaNumber(value.toString());
        if (phone.isEmpty())
            invalid.append(value.toString());
        else
            add(phone);
    }
    for (const QString& group : groupIds) {
        if (!groupExists(c, group))
            return fail(404, QStringLiteral("Group not found: %1").arg(group));
    }
    if (!groupIds.isEmpty()) {
        for (const QString& phone : groupMembers(c, groupIds))
            add(phone);
    }
    for (const QJsonValue& id : contactIds) {
        const std::optional<QJsonObject> contact = contactJson(c, id.toString());
        if (!contact)
            return fail(404, QStringLiteral("Contact not found: %1").arg(id.toString()));
        add(contact->value(QStringLiteral("phone")).toString());
    }
    if (everyone) {
        for (const QString& phone : groupMembers(c, {}))
            add(phone);
    }
    if (phones.isEmpty())
        return fail(400, QStringLiteral("No valid recipients: check the phone numbers"));

    const QStringList approved = c.store.senders(kProvider, c.key);
    QString sender = body.value(QStringLiteral("senderId")).toString();
    if (sender.isEmpty())
        sender = approved.value(0);
    else if (!approved.contains(sender))
        return fail(400, QStringLiteral("Sender ID is not approved: %1").arg(sender));

    const bool scheduled = body.value(QStringLiteral("isScheduled")).toBool();
    qint64 scheduleMs = 0;
    if (scheduled) {
        const QDateTime at = QDateTime::fromString(
            body.value(QStringLiteral("scheduleDate")).toString(), Qt::ISODateWithMs);
        if (!at.isValid())
            return fail(400,
                        QStringLiteral("scheduleDate must be an ISO 8601 date when "
                                       "isScheduled is true"));
        if (at.toMSecsSinceEpoch() <= SandboxStore::nowMs())
            return fail(400, QStringLiteral("scheduleDate must be in the future"));
        scheduleMs = at.toMSecsSinceEpoch();
    }

    // A part costs a credit: "1 credit per recipient" for a one-part message, consistent
    // with sms/estimate's parts for a longer one.
    const int parts = SmsText::count(message).segments;
    const double credits = double(parts) * double(phones.size());
    const double available = c.store.balance(kProvider, c.key);
    if (credits > available) {
        return fail(402,
                    QStringLiteral("Insufficient credits: %1 required, %2 available")
                        .arg(credits)
                        .arg(available));
    }

    const QString messageId = SandboxStore::newId(QStringLiteral("cm"));
    const QString campaign = body.value(QStringLiteral("campaignName")).toString();
    c.db.transaction();
    for (const QString& phone : phones) {
        SandboxStore::Accepted accepted;
        accepted.provider = kProvider;
        accepted.credential = c.key;
        accepted.batch = messageId;
        accepted.phone = phone;
        accepted.sender = sender;
        accepted.body = message;
        accepted.parts = parts;
        accepted.cost = parts;
        accepted.campaign = campaign;
        accepted.scheduledAtMs = scheduleMs;
        (void)c.store.journal(accepted);
    }
    c.store.addToBalance(kProvider, c.key, -credits);
    addTransaction(c, QStringLiteral("USAGE"), -credits, available - credits,
                   QStringLiteral("API SMS: %1 (%2 recipients)")
                       .arg(campaign.isEmpty() ? QStringLiteral("Untitled") : campaign)
                       .arg(phones.size()),
                   messageId);
    c.db.commit();

    return ok(QJsonObject {
        {QStringLiteral("messageId"), messageId},
        {QStringLiteral("recipientsSent"), static_cast<int>(phones.size())},
        {QStringLiteral("invalidRecipients"), invalid},
        {QStringLiteral("creditsUsed"), credits},
        {QStringLiteral("remainingCredits"), c.store.balance(kProvider, c.key)},
        {QStringLiteral("scheduled"), scheduled},
        {QStringLiteral("scheduleDate"), scheduled ? isoOrNull(scheduleMs) : QJsonValue()},
    });
}

SandboxReply FlashSmsSandbox::estimate(Context& c)
{
    const QJsonObject body = QJsonDocument::fromJson(c.request.body).object();
    const QString message = body.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        return fail(400, QStringLiteral("message is required"));
    const QJsonValue countValue = body.value(QStringLiteral("recipientCount"));
    const double count = countValue.toDouble(-1);
    if (!countValue.isDouble() || count != std::floor(count) || count < 1 || count > 10'000)
        return fail(400, QStringLiteral("recipientCount must be a number from 1 to 10,000"));
    const SmsCount sms = SmsText::count(message);
    const double required = double(sms.segments) * count;
    const double balanceNow = c.store.balance(kProvider, c.key);
    return ok(QJsonObject {
        {QStringLiteral("message"),
         QJsonObject {{QStringLiteral("length"), static_cast<int>(message.size())},
                      {QStringLiteral("parts"), sms.segments},
                      {QStringLiteral("encoding"),
                       sms.encoding == SmsEncoding::Gsm7 ? QStringLiteral("GSM-7")
                                                         : QStringLiteral("UCS-2")}}},
        {QStringLiteral("recipientCount"), static_cast<int>(count)},
        {QStringLiteral("creditsRequired"), required},
        {QStringLiteral("currentBalance"), balanceNow},
        {QStringLiteral("canAfford"), required <= balanceNow},
    });
}

namespace {

struct Batch
{
    QString id;
    QString body;
    QString sender;
    qint64 createdAt = 0;
    qint64 scheduledAt = 0;
    double credits = 0;
    QStringList phones;
    QList<SandboxStore::State> states;
};

QList<Batch> loadBatches(QSqlDatabase db, const SandboxStore& store, const QString& key,
                         const QString& onlyId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT batch, body, sender, created_at, scheduled_at, cost, phone FROM messages "
        "WHERE provider = ? AND credential = ? AND (? = '' OR batch = ?) ORDER BY id"));
    query.addBindValue(kProvider);
    query.addBindValue(key);
    query.addBindValue(nonNull(onlyId));
    query.addBindValue(nonNull(onlyId));
    QList<Batch> batches;
    QHash<QString, qsizetype> index;
    if (!query.exec())
        return batches;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (!index.contains(id)) {
            index.insert(id, batches.size());
            Batch batch;
            batch.id = id;
            batch.body = query.value(1).toString();
            batch.sender = query.value(2).toString();
            batch.createdAt = query.value(3).toLongLong();
            batch.scheduledAt = query.value(4).toLongLong();
            batches.append(batch);
        }
        Batch& batch = batches[index.value(id)];
        const QString phone = query.value(6).toString();
        batch.credits += query.value(5).toDouble();
        batch.phones.append(phone);
        batch.states.append(store.stateOf(query.value(3).toLongLong(), batch.scheduledAt, phone));
    }
    std::reverse(batches.begin(), batches.end()); // newest first
    return batches;
}

qint64 sentAtOf(const Batch& batch, SandboxStore::State state, const SandboxStore& store)
{
    if (state == SandboxStore::State::Pending)
        return 0;
    return std::max(batch.createdAt, batch.scheduledAt) + store.timing().sentAfterMs;
}

QJsonObject batchJson(const Batch& batch, const SandboxStore& store, int bodyLimit)
{
    const QString status = batchStatus(batch.states);
    return {
        {QStringLiteral("id"), batch.id},
        {QStringLiteral("message"), bodyLimit > 0 ? batch.body.left(bodyLimit) : batch.body},
        {QStringLiteral("recipientCount"), static_cast<int>(batch.phones.size())},
        {QStringLiteral("status"), status},
        {QStringLiteral("creditsUsed"), batch.credits},
        {QStringLiteral("senderId"), batch.sender},
        {QStringLiteral("scheduledAt"), isoOrNull(batch.scheduledAt)},
        {QStringLiteral("sentAt"),
         isoOrNull(status == QLatin1String("PENDING")
                       ? 0
                       : sentAtOf(batch, SandboxStore::State::Sent, store))},
        {QStringLiteral("createdAt"), iso(batch.createdAt)},
    };
}

} // namespace

SandboxReply FlashSmsSandbox::history(Context& c)
{
    Page page;
    if (std::optional<SandboxReply> bad = readPage(c.request, 20, 100, page))
        return *bad;
    qint64 from = 0;
    qint64 to = 0;
    if (std::optional<SandboxReply> bad = readDates(c.request, from, to))
        return *bad;
    const QString status = c.request.query.queryItemValue(QStringLiteral("status")).toUpper();
    if (!status.isEmpty()
        && !QStringList {QStringLiteral("PENDING"), QStringLiteral("SENT"),
                         QStringLiteral("DELIVERED"), QStringLiteral("FAILED")}
                .contains(status))
        return fail(400, QStringLiteral("status must be PENDING, SENT, DELIVERED or FAILED"));
    QJsonArray matching;
    for (const Batch& batch : loadBatches(c.db, c.store, c.key, {})) {
        if (batch.createdAt < from || batch.createdAt > to)
            continue;
        if (!status.isEmpty() && batchStatus(batch.states) != status)
            continue;
        matching.append(batchJson(batch, c.store, 160));
    }
    QJsonArray messages;
    for (int i = (page.page - 1) * page.limit;
         i < std::min<qsizetype>(matching.size(), qsizetype(page.page) * page.limit); ++i)
        messages.append(matching[i]);
    return ok(QJsonObject {
        {QStringLiteral("messages"), messages},
        {QStringLiteral("pagination"), pagination(page, static_cast<int>(matching.size()))}});
}

SandboxReply FlashSmsSandbox::status(Context& c, const QString& messageId)
{
    const QList<Batch> batches = loadBatches(c.db, c.store, c.key, messageId);
    if (batches.isEmpty())
        return fail(404, QStringLiteral("Message not found"));
    return ok(batchJson(batches.first(), c.store, 0));
}

SandboxReply FlashSmsSandbox::recipients(Context& c, const QString& messageId)
{
    const QList<Batch> batches = loadBatches(c.db, c.store, c.key, messageId);
    if (batches.isEmpty())
        return fail(404, QStringLiteral("Message not found"));
    const Batch& batch = batches.first();
    QJsonArray list;
    int delivered = 0;
    int failed = 0;
    for (qsizetype i = 0; i < batch.phones.size(); ++i) {
        const SandboxStore::State state = batch.states[i];
        delivered += state == SandboxStore::State::Delivered;
        failed += state == SandboxStore::State::Failed;
        list.append(
            QJsonObject {{QStringLiteral("phone"), batch.phones[i]},
                         {QStringLiteral("status"), stateWord(state)},
                         {QStringLiteral("sentAt"), isoOrNull(sentAtOf(batch, state, c.store))}});
    }
    const int total = static_cast<int>(batch.phones.size());
    return ok(QJsonObject {
        {QStringLiteral("messageId"), batch.id},
        {QStringLiteral("status"), batchStatus(batch.states)},
        {QStringLiteral("recipientCount"), total},
        {QStringLiteral("recipients"), list},
        {QStringLiteral("stats"),
         QJsonObject {{QStringLiteral("delivered"), delivered},
                      {QStringLiteral("failed"), failed},
                      {QStringLiteral("pending"), total - delivered - failed},
                      {QStringLiteral("deliveryRate"),
                       std::round(1000.0 * delivered / std::max(1, total)) / 10.0}}},
    });
}

SandboxReply FlashSmsSandbox::balance(Context& c)
{
    return ok(QJsonObject {{QStringLiteral("balance"), c.store.balance(kProvider, c.key)},
                           {QStringLiteral("currency"), QStringLiteral("credits")},
                           {QStringLiteral("accountName"), QStringLiteral("Tuma Sandbox")},
                           {QStringLiteral("accountPhone"), QStringLiteral("0201234567")}});
}

SandboxReply FlashSmsSandbox::senderIds(Context& c)
{
    QJsonArray list;
    int n = 0;
    for (const QString& sender : c.store.senders(kProvider, c.key)) {
        list.append(
            QJsonObject {{QStringLiteral("id"), QStringLiteral("sid_%1").arg(++n)},
                         {QStringLiteral("name"), sender},
                         {QStringLiteral("status"), QStringLiteral("APPROVED")},
                         {QStringLiteral("createdAt"), QStringLiteral("2024-10-01T00:00:00Z")},
                         {QStringLiteral("approvedAt"), QStringLiteral("2024-10-03T12:00:00Z")}});
    }
    return ok(QJsonObject {{QStringLiteral("senderIds"), list}});
}

std::optional<QJsonObject> FlashSmsSandbox::contactJson(Context& c, const QString& id)
{
    QSqlQuery query(c.db);
    query.prepare(QStringLiteral("SELECT uid, phone, first_name, last_name, email, fields, "
                                 "created_at FROM contacts WHERE provider = ? AND credential = ? "
                                 "AND uid = ?"));
    query.addBindValue(kProvider);
    query.addBindValue(c.key);
    query.addBindValue(nonNull(id));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonObject {
        {QStringLiteral("id"), query.value(0).toString()},
        {QStringLiteral("phone"), query.value(1).toString()},
        {QStringLiteral("firstName"), query.value(2).toString()},
        {QStringLiteral("lastName"), query.value(3).toString()},
        {QStringLiteral("email"), query.value(4).toString()},
        {QStringLiteral("groupIds"),
         QJsonDocument::fromJson(query.value(5).toString().toUtf8())
             .object()
             .value(QStringLiteral("groups"))
             .toArray()},
        {QStringLiteral("createdAt"), iso(query.value(6).toLongLong())},
    };
}

SandboxReply FlashSmsSandbox::listContacts(Context& c)
{
    Page page;
    if (std::optional<SandboxReply> bad = readPage(c.request, 50, 200, page))
        return *bad;
    const QString search
        = c.request.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded).trimmed();
    const QString groupId = c.request.query.queryItemValue(QStringLiteral("groupId"));
    if (!groupId.isEmpty() && !groupExists(c, groupId))
        return fail(404, QStringLiteral("Group not found"));
    QSqlQuery query(c.db);
    query.prepare(QStringLiteral(
        "SELECT uid FROM contacts WHERE provider = ? AND credential = ? AND (? = '' OR "
        "first_name LIKE ? OR last_name LIKE ? OR phone LIKE ?) AND (? = '' OR EXISTS (SELECT 1 "
        "FROM json_each(contacts.fields, '$.groups') WHERE value = ?)) ORDER BY id"));
    const QString like = QLatin1Char('%') + search + QLatin1Char('%');
    query.addBindValue(kProvider);
    query.addBindValue(c.key);
    query.addBindValue(nonNull(search));
    query.addBindValue(like);
    query.addBindValue(like);
    query.addBindValue(like);
    query.addBindValue(nonNull(groupId));
    query.addBindValue(nonNull(groupId));
    QStringList ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    QJsonArray contacts;
    for (qsizetype i = qsizetype(page.page - 1) * page.limit;
         i < std::min<qsizetype>(ids.size(), qsizetype(page.page) * page.limit); ++i) {
        if (std::optional<QJsonObject> one = contactJson(c, ids[i]))
            contacts.append(*one);
    }
    return ok(QJsonObject {
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("pagination"), pagination(page, static_cast<int>(ids.size()))}});
}

namespace {

QString contactIdByPhone(QSqlDatabase db, const QString& key, const QString& phone)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT uid FROM contacts WHERE provider = ? AND credential = ? AND phone = ?"));
    query.addBindValue(kProvider);
    query.addBindValue(key);
    query.addBindValue(phone);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QString fieldsWithGroup(const QString& fields, const QString& groupId)
{
    QJsonObject object = QJsonDocument::fromJson(fields.toUtf8()).object();
    QJsonArray groups = object.value(QStringLiteral("groups")).toArray();
    if (!groupId.isEmpty() && !groups.contains(groupId))
        groups.append(groupId);
    object.insert(QStringLiteral("groups"), groups);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString insertContact(QSqlDatabase db, const QString& key, const QString& phone,
                      const QJsonObject& body, const QString& groupId)
{
    const QString uid = SandboxStore::newId(QStringLiteral("cnt_"));
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO contacts (provider, credential, uid, phone, first_name, last_name, email, "
        "fields, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(kProvider);
    query.addBindValue(key);
    query.addBindValue(uid);
    query.addBindValue(phone);
    query.addBindValue(nonNull(body.value(QStringLiteral("firstName")).toString()));
    query.addBindValue(nonNull(body.value(QStringLiteral("lastName")).toString()));
    query.addBindValue(nonNull(body.value(QStringLiteral("email")).toString()));
    query.addBindValue(fieldsWithGroup(QStringLiteral("{}"), groupId));
    query.addBindValue(SandboxStore::nowMs());
    (void)query.exec();
    return uid;
}

void addContactToGroup(QSqlDatabase db, const QString& uid, const QString& groupId)
{
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT fields FROM contacts WHERE uid = ?"));
    read.addBindValue(uid);
    if (!read.exec() || !read.next())
        return;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE contacts SET fields = ? WHERE uid = ?"));
    update.addBindValue(fieldsWithGroup(read.value(0).toString(), groupId));
    update.addBindValue(uid);
    (void)update.exec();
}

} // namespace

SandboxReply FlashSmsSandbox::createContact(Context& c)
{
    const QJsonObject body = QJsonDocument::fromJson(c.request.body).object();
    if (body.value(QStringLiteral("phone")).toString().isEmpty())
        return fail(400, QStringLiteral("phone is required"));
    const QString phone = ghanaNumber(body.value(QStringLiteral("phone")).toString());
    if (phone.isEmpty())
        return fail(400, QStringLiteral("Invalid phone number"));
    const QString groupId = body.value(QStringLiteral("groupId")).toString();
    if (!groupId.isEmpty() && !groupExists(c, groupId))
        return fail(404, QStringLiteral("Group not found"));
    if (!contactIdByPhone(c.db, c.key, phone).isEmpty())
        return fail(400, QStringLiteral("A contact with this phone number already exists"));
    const QString uid = insertContact(c.db, c.key, phone, body, groupId);
    return ok(contactJson(c, uid).value_or(QJsonObject()), 201);
}

SandboxReply FlashSmsSandbox::contact(Context& c, const QString& id)
{
    const std::optional<QJsonObject> found = contactJson(c, id);
    return found ? ok(*found) : fail(404, QStringLiteral("Contact not found"));
}

SandboxReply FlashSmsSandbox::updateContact(Context& c, const QString& id)
{
    std::optional<QJsonObject> found = contactJson(c, id);
    if (!found)
        return fail(404, QStringLiteral("Contact not found"));
    const QJsonObject body = QJsonDocument::fromJson(c.request.body).object();
    QString phone = found->value(QStringLiteral("phone")).toString();
    if (body.contains(QStringLiteral("phone"))) {
        phone = ghanaNumber(body.value(QStringLiteral("phone")).toString());
        if (phone.isEmpty())
            return fail(400, QStringLiteral("Invalid phone number"));
        const QString other = contactIdByPhone(c.db, c.key, phone);
        if (!other.isEmpty() && other != id)
            return fail(400, QStringLiteral("A contact with this phone number already exists"));
    }
    const QString groupId = body.value(QStringLiteral("groupId")).toString();
    if (!groupId.isEmpty() && !groupExists(c, groupId))
        return fail(404, QStringLiteral("Group not found"));
    auto field = [&](const QString& name) {
        return nonNull(body.contains(name) ? body.value(name).toString()
                                           : found->value(name).toString());
    };
    QSqlQuery query(c.db);
    query.prepare(QStringLiteral("UPDATE contacts SET phone = ?, first_name = ?, last_name = ?, "
                                 "email = ? WHERE uid = ?"));
    query.addBindValue(phone);
    query.addBindValue(field(QStringLiteral("firstName")));
    query.addBindValue(field(QStringLiteral("lastName")));
    query.addBindValue(field(QStringLiteral("email")));
    query.addBindValue(id);
    (void)query.exec();
    if (!groupId.isEmpty())
        addContactToGroup(c.db, id, groupId);
    return ok(contactJson(c, id).value_or(QJsonObject()));
}

SandboxReply FlashSmsSandbox::deleteContact(Context& c, const QString& id)
{
    if (!contactJson(c, id))
        return fail(404, QStringLiteral("Contact not found"));
    QSqlQuery query(c.db);
    query.prepare(QStringLiteral("DELETE FROM contacts WHERE uid = ?"));
    query.addBindValue(id);
    (void)query.exec();
    return ok(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}});
}

SandboxReply FlashSmsSandbox::importContacts(Context& c)
{
    const QJsonObject body = QJsonDocument::fromJson(c.request.body).object();
    const QJsonValue list = body.value(QStringLiteral("contacts"));
    if (!list.isArray() || list.toArray().isEmpty())
        return fail(400, QStringLiteral("contacts is required"));
    const QJsonArray contacts = list.toArray();
    if (contacts.size() > kMaxImport)
        return fail(400, QStringLiteral("Maximum 10,000 contacts per import"));
    const QString groupId = body.value(QStringLiteral("groupId")).toString();
    if (!groupId.isEmpty() && !groupExists(c, groupId))
        return fail(404, QStringLiteral("Group not found"));
    int created = 0;
    int skipped = 0;
    int invalid = 0;
    c.db.transaction();
    for (const QJsonValue& value : contacts) {
        const QJsonObject one = value.toObject();
        const QString phone = ghanaNumber(one.value(QStringLiteral("phone")).toString());
        if (phone.isEmpty()) {
            ++invalid;
            continue;
        }
        const QString existing = contactIdByPhone(c.db, c.key, phone);
        if (existing.isEmpty()) {
            (void)insertContact(c.db, c.key, phone, one, groupId);
            ++created;
        } else {
            // Already a contact: kept as it is, only added to the group.
            if (!groupId.isEmpty())
                addContactToGroup(c.db, existing, groupId);
            ++skipped;
        }
    }
    c.db.commit();
    return ok(QJsonObject {{QStringLiteral("imported"), created + skipped},
                           {QStringLiteral("created"), created},
                           {QStringLiteral("skipped"), skipped},
                           {QStringLiteral("invalid"), invalid},
                           {QStringLiteral("total"), static_cast<int>(contacts.size())}});
}

SandboxReply FlashSmsSandbox::listGroups(Context& c)
{
    QSqlQuery query(c.db);
    query.prepare(QStringLiteral(
        "SELECT g.uid, g.name, g.created_at, (SELECT count(*) FROM contacts ct, "
        "json_each(ct.fields, '$.groups') j WHERE ct.provider = g.provider AND ct.credential = "
        "g.credential AND j.value = g.uid) FROM groups g WHERE g.provider = ? AND g.credential "
        "= ? ORDER BY g.id"));
    query.addBindValue(kProvider);
    query.addBindValue(c.key);
    QJsonArray groups;
    if (query.exec()) {
        while (query.next()) {
            groups.append(
                QJsonObject {{QStringLiteral("id"), query.value(0).toString()},
                             {QStringLiteral("name"), query.value(1).toString()},
                             {QStringLiteral("contactCount"), query.value(3).toInt()},
                             {QStringLiteral("createdAt"), iso(query.value(2).toLongLong())}});
        }
    }
    return ok(QJsonObject {{QStringLiteral("groups"), groups}});
}

SandboxReply FlashSmsSandbox::createGroup(Context& c)
{
    const QString name = QJsonDocument::fromJson(c.request.body)
                             .object()
                             .value(QStringLiteral("name"))
                             .toString()
                             .trimmed();
    if (name.isEmpty())
        return fail(400, QStringLiteral("name is required"));
    QSqlQuery exists(c.db);
    exists.prepare(
        QStringLiteral("SELECT 1 FROM groups WHERE provider = ? AND credential = ? AND name = ?"));
    exists.addBindValue(kProvider);
    exists.addBindValue(c.key);
    exists.addBindValue(name);
    if (exists.exec() && exists.next())
        return fail(400, QStringLiteral("A group with this name already exists"));
    const QString uid = SandboxStore::newId(QStringLiteral("grp_"));
    const qint64 now = SandboxStore::nowMs();
    QSqlQuery query(c.db);
    query.prepare(QStringLiteral(
        "INSERT INTO groups (provider, credential, uid, name, created_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(kProvider);
    query.addBindValue(c.key);
    query.addBindValue(uid);
    query.addBindValue(name);
    query.addBindValue(now);
    (void)query.exec();
    return ok(QJsonObject {{QStringLiteral("id"), uid},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("contactCount"), 0},
                           {QStringLiteral("createdAt"), iso(now)}},
              201);
}

SandboxReply FlashSmsSandbox::deleteGroup(Context& c, const QString& id)
{
    if (!groupExists(c, id))
        return fail(404, QStringLiteral("Group not found"));
    QSqlQuery query(c.db);
    query.prepare(QStringLiteral("DELETE FROM groups WHERE uid = ?"));
    query.addBindValue(id);
    (void)query.exec();
    // The contacts stay; they only leave the group.
    QSqlQuery members(c.db);
    members.prepare(QStringLiteral(
        "SELECT ct.uid, ct.fields FROM contacts ct WHERE ct.provider = ? AND ct.credential = ? "
        "AND EXISTS (SELECT 1 FROM json_each(ct.fields, '$.groups') WHERE value = ?)"));
    members.addBindValue(kProvider);
    members.addBindValue(c.key);
    members.addBindValue(id);
    if (members.exec()) {
        while (members.next()) {
            QJsonObject fields
                = QJsonDocument::fromJson(members.value(1).toString().toUtf8()).object();
            QJsonArray groups = fields.value(QStringLiteral("groups")).toArray();
            for (qsizetype i = groups.size() - 1; i >= 0; --i) {
                if (groups[i].toString() == id)
                    groups.removeAt(i);
            }
            fields.insert(QStringLiteral("groups"), groups);
            QSqlQuery update(c.db);
            update.prepare(QStringLiteral("UPDATE contacts SET fields = ? WHERE uid = ?"));
            update.addBindValue(
                QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
            update.addBindValue(members.value(0).toString());
            (void)update.exec();
        }
    }
    return ok(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}});
}

namespace {

QJsonObject templateJson(const QSqlQuery& query)
{
    return {{QStringLiteral("id"), query.value(0).toString()},
            {QStringLiteral("name"), query.value(1).toString()},
            {QStringLiteral("content"), query.value(2).toString()},
            {QStringLiteral("createdAt"), iso(query.value(3).toLongLong())}};
}

} // namespace

SandboxReply FlashSmsSandbox::listTemplates(Context& c)
{
    QSqlQuery query(c.db);
    query.prepare(QStringLiteral("SELECT uid, name, content, created_at FROM templates WHERE "
                                 "provider = ? AND credential = ? ORDER BY id"));
    query.addBindValue(kProvider);
    query.addBindValue(c.key);
    QJsonArray templates;
    if (query.exec()) {
        while (query.next())
            templates.append(templateJson(query));
    }
    return ok(QJsonObject {{QStringLiteral("templates"), templates}});
}

SandboxReply FlashSmsSandbox::saveTemplate(Context& c, const QString& id)
{
    const QJsonObject body = QJsonDocument::fromJson(c.request.body).object();
    const QString name = body.value(QStringLiteral("name")).toString().trimmed();
    const QString content = body.value(QStringLiteral("content")).toString();
    if (name.isEmpty())
        return fail(400, QStringLiteral("name is required"));
    if (content.isEmpty())
        return fail(400, QStringLiteral("content is required"));
    QSqlQuery clash(c.db);
    clash.prepare(QStringLiteral("SELECT uid FROM templates WHERE provider = ? AND credential = "
                                 "? AND name = ? AND uid <> ?"));
    clash.addBindValue(kProvider);
    clash.addBindValue(c.key);
    clash.addBindValue(name);
    clash.addBindValue(nonNull(id));
    if (clash.exec() && clash.next())
        return fail(400, QStringLiteral("A template with this name already exists"));

    QSqlQuery query(c.db);
    QString uid = id;
    if (id.isEmpty()) {
        uid = SandboxStore::newId(QStringLiteral("tpl_"));
        query.prepare(QStringLiteral("INSERT INTO templates (provider, credential, uid, name, "
                                     "content, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        query.addBindValue(kProvider);
        query.addBindValue(c.key);
        query.addBindValue(uid);
        query.addBindValue(name);
        query.addBindValue(content);
        query.addBindValue(SandboxStore::nowMs());
    } else {
        query.prepare(QStringLiteral("UPDATE templates SET name = ?, content = ? WHERE provider "
                                     "= ? AND credential = ? AND uid = ?"));
        query.addBindValue(name);
        query.addBindValue(content);
        query.addBindValue(kProvider);
        query.addBindValue(c.key);
        query.addBindValue(id);
    }
    if (!query.exec() || (!id.isEmpty() && query.numRowsAffected() == 0))
        return fail(404, QStringLiteral("Template not found"));
    QSqlQuery read(c.db);
    read.prepare(
        QStringLiteral("SELECT uid, name, content, created_at FROM templates WHERE uid = ?"));
    read.addBindValue(uid);
    if (!read.exec() || !read.next())
        return fail(500, QStringLiteral("Template could not be read back"));
    return ok(templateJson(read), id.isEmpty() ? 201 : 200);
}

SandboxReply FlashSmsSandbox::deleteTemplate(Context& c, const QString& id)
{
    QSqlQuery query(c.db);
    query.prepare(
        QStringLiteral("DELETE FROM templates WHERE provider = ? AND credential = ? AND uid = ?"));
    query.addBindValue(kProvider);
    query.addBindValue(c.key);
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() == 0)
        return fail(404, QStringLiteral("Template not found"));
    return ok(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}});
}

SandboxReply FlashSmsSandbox::transactions(Context& c)
{
    Page page;
    if (std::optional<SandboxReply> bad = readPage(c.request, 20, 100, page))
        return *bad;
    qint64 from = 0;
    qint64 to = 0;
    if (std::optional<SandboxReply> bad = readDates(c.request, from, to))
        return *bad;
    const QString type = c.request.query.queryItemValue(QStringLiteral("type")).toUpper();
    if (!type.isEmpty()
        && !QStringList {QStringLiteral("PURCHASE"), QStringLiteral("USAGE"),
                         QStringLiteral("REFUND"), QStringLiteral("BONUS"),
                         QStringLiteral("ADJUSTMENT")}
                .contains(type))
        return fail(400,
                    QStringLiteral("type must be PURCHASE, USAGE, REFUND, BONUS or "
                                   "ADJUSTMENT"));
    const QString where = QStringLiteral(" FROM transactions WHERE provider = ? AND credential = "
                                         "? AND (? = '' OR type = ?) AND created_at >= ? AND "
                                         "created_at <= ?");
    auto bind = [&](QSqlQuery& query) {
        query.addBindValue(kProvider);
        query.addBindValue(c.key);
        query.addBindValue(nonNull(type));
        query.addBindValue(nonNull(type));
        query.addBindValue(from);
        query.addBindValue(to);
    };
    QSqlQuery count(c.db);
    count.prepare(QStringLiteral("SELECT count(*)") + where);
    bind(count);
    const int total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    QSqlQuery query(c.db);
    query.prepare(QStringLiteral("SELECT uid, type, amount, balance, description, reference, "
                                 "created_at")
                  + where + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"));
    bind(query);
    query.addBindValue(page.limit);
    query.addBindValue((page.page - 1) * page.limit);
    QJsonArray list;
    if (query.exec()) {
        while (query.next()) {
            list.append(
                QJsonObject {{QStringLiteral("id"), query.value(0).toString()},
                             {QStringLiteral("type"), query.value(1).toString()},
                             {QStringLiteral("amount"), query.value(2).toDouble()},
                             {QStringLiteral("balance"), query.value(3).toDouble()},
                             {QStringLiteral("description"), query.value(4).toString()},
                             {QStringLiteral("reference"), query.value(5).toString()},
                             {QStringLiteral("createdAt"), iso(query.value(6).toLongLong())}});
        }
    }
    return ok(QJsonObject {{QStringLiteral("transactions"), list},
                           {QStringLiteral("pagination"), pagination(page, total)}});
}

} // namespace

std::unique_ptr<SandboxApi> makeFlashSmsSandbox()
{
    return std::make_unique<FlashSmsSandbox>();
}

} // namespace tuma::sandbox
