// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxApi.h"
#include "SandboxApis.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "core/SmsText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <cmath>

namespace tuma::sandbox {

namespace {

// QSMS documents only "1000" (success). The simulator's other codes (docs/providers.md):
const QString kSuccess = QStringLiteral("1000");
const QString kBadKey = QStringLiteral("1001");
const QString kLowCredit = QStringLiteral("1002");
const QString kInvalidNumber = QStringLiteral("1003");
const QString kMissingField = QStringLiteral("1004");
const QString kInvalidSender = QStringLiteral("1005");
const QString kTooManyRequests = QStringLiteral("1006");
const QString kSystemError = QStringLiteral("1007");

const QString kProvider = QStringLiteral("qsms");
constexpr double kRatePerSms = 0.4; // KES per credit, as the document's balance example
constexpr int kNairobiOffset = 3 * 3600; // date_send and dlrTime are Kenyan time (EAT)
const QString kDateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

SandboxReply status(int http, const QString& code, const QString& desc)
{
    return SandboxReply::json(
        http,
        QJsonObject {{QStringLiteral("status_code"), code}, {QStringLiteral("status_desc"), desc}});
}

QString bearer(const SandboxRequest& request)
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer "))
        return {};
    return QString::fromUtf8(header.mid(7).trimmed());
}

QString text(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

// The documented form: digits with the country code, no plus ("254722000000").
bool validMobile(const QString& mobile)
{
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{9,14}$"));
    return digits.match(mobile).hasMatch();
}

qint64 messageNumber(SandboxStore& store, const QString& uid)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT id FROM messages WHERE uid = ?"));
    query.addBindValue(uid);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

class QsmsSandbox final : public SandboxApi
{
public:
    QString name() const override { return kProvider; }
    QString basePath() const override { return QStringLiteral("/qsms"); }
    QJsonObject credentials() const override;
    void seed(SandboxStore& store) const override;
    QString operation(const SandboxRequest& request) const override;
    SandboxReply handle(const SandboxRequest& request, SandboxStore& store) override;
    SandboxReply errorReply(int httpStatus, const QString& desc,
                            const QString& code) const override;

private:
    struct Caller
    {
        QString key;
        std::optional<SandboxReply> refusal;
    };
    // /api/sms/* carry the key twice (header and body); /v1/* only in the header.
    static Caller authenticate(const SandboxRequest& request, const QJsonObject& body, bool bodyKey,
                               SandboxStore& store);
    static std::optional<qint64> scheduledAt(const QJsonObject& body, const QString& key,
                                             bool* invalid);
    static bool serviceMatches(SandboxStore& store, const QString& key, const QString& service);

    SandboxReply sendSms(const SandboxRequest& request, const QJsonObject& body,
                         SandboxStore& store) const;
    SandboxReply sendMultiple(const SandboxRequest& request, const QJsonObject& body,
                              SandboxStore& store) const;
    SandboxReply importContacts(const SandboxRequest& request, const QJsonObject& body,
                                SandboxStore& store) const;
    SandboxReply balance(const SandboxRequest& request, SandboxStore& store) const;
    SandboxReply deliveryReport(const SandboxRequest& request, SandboxStore& store) const;
};

QJsonObject QsmsSandbox::credentials() const
{
    const SandboxServer::AccountSetup setup = SandboxServer::accountSetup(ProviderKind::Qsms);
    return {{QStringLiteral("api_key"), setup.secret},
            {QStringLiteral("service_id"), setup.serviceId},
            {QStringLiteral("senders"), QJsonArray::fromStringList(setup.senders)}};
}

void QsmsSandbox::seed(SandboxStore& store) const
{
    const SandboxServer::AccountSetup setup = SandboxServer::accountSetup(ProviderKind::Qsms);
    // The account's service id is kept as a scope: the store has no column for it.
    store.ensureAccount(kProvider, setup.secret, 1000, setup.senders,
                        {QStringLiteral("service:") + setup.serviceId});
}

QString QsmsSandbox::operation(const SandboxRequest& request) const
{
    if (request.path == QLatin1String("/api/sms/sendsms")
        || request.path == QLatin1String("/api/sms/sendmultiple"))
        return QStringLiteral("send");
    if (request.path == QLatin1String("/v1/contacts"))
        return QStringLiteral("contacts");
    if (request.path == QLatin1String("/v1/balance"))
        return QStringLiteral("balance");
    // Not QSMS's: the DLR the simulator would post for a message (it posts none).
    if (request.path.startsWith(QLatin1String("/_sandbox/dlr/")))
        return QStringLiteral("status");
    return {};
}

SandboxReply QsmsSandbox::errorReply(int httpStatus, const QString& desc,
                                     const QString& givenCode) const
{
    if (!givenCode.isEmpty())
        return status(httpStatus, givenCode, desc);
    QString code = kSystemError;
    if (httpStatus == 400)
        code = kMissingField;
    else if (httpStatus == 401)
        code = kBadKey;
    else if (httpStatus == 402)
        code = kLowCredit;
    else if (httpStatus == 429)
        code = kTooManyRequests;
    return status(httpStatus, code, desc);
}

SandboxReply QsmsSandbox::handle(const SandboxRequest& request, SandboxStore& store)
{
    if (request.path == QLatin1String("/v1/balance")) {
        if (request.method != "GET")
            return status(405, kMissingField, QStringLiteral("Use GET for /v1/balance"));
        return balance(request, store);
    }
    if (request.path.startsWith(QLatin1String("/_sandbox/dlr/")))
        return deliveryReport(request, store);
    if (request.method != "POST")
        return status(405, kMissingField, QStringLiteral("Use POST"));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return status(400, kMissingField, QStringLiteral("The body must be a JSON object"));
    const QJsonObject body = document.object();
    if (request.path == QLatin1String("/api/sms/sendsms"))
        return sendSms(request, body, store);
    if (request.path == QLatin1String("/api/sms/sendmultiple"))
        return sendMultiple(request, body, store);
    return importContacts(request, body, store);
}

QsmsSandbox::Caller QsmsSandbox::authenticate(const SandboxRequest& request,
                                              const QJsonObject& body, bool bodyKey,
                                              SandboxStore& store)
{
    const QString header = bearer(request);
    const QString key = bodyKey ? body.value(QStringLiteral("api_key")).toString() : header;
    if (key.isEmpty())
        return {{}, status(401, kBadKey, QStringLiteral("Missing API key"))};
    if ((bodyKey && !header.isEmpty() && header != key) || !store.accountExists(kProvider, key))
        return {{}, status(401, kBadKey, QStringLiteral("Invalid API key"))};
    return {key, std::nullopt};
}

bool QsmsSandbox::serviceMatches(SandboxStore& store, const QString& key, const QString& service)
{
    return store.scopes(kProvider, key).contains(QStringLiteral("service:") + service);
}

std::optional<qint64> QsmsSandbox::scheduledAt(const QJsonObject& body, const QString& key,
                                               bool* invalid)
{
    *invalid = false;
    const QString value = body.value(key).toString().trimmed();
    if (value.isEmpty())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(value, kDateFormat);
    if (!at.isValid()) {
        *invalid = true;
        return std::nullopt;
    }
    at.setOffsetFromUtc(kNairobiOffset);
    return at.toMSecsSinceEpoch();
}

SandboxReply QsmsSandbox::sendSms(const SandboxRequest& request, const QJsonObject& body,
                                  SandboxStore& store) const
{
    const Caller caller = authenticate(request, body, true, store);
    if (caller.refusal)
        return *caller.refusal;
    for (const QString& field : {QStringLiteral("service_id"), QStringLiteral("mobile"),
                                 QStringLiteral("shortcode"), QStringLiteral("message")}) {
        if (text(body, field).isEmpty())
            return status(400, kMissingField, field + QStringLiteral(" is required"));
    }
    if (!serviceMatches(store, caller.key, text(body, QStringLiteral("service_id"))))
        return status(400, kMissingField, QStringLiteral("Invalid service_id"));
    const QString mobile = text(body, QStringLiteral("mobile"));
    if (!validMobile(mobile))
        return status(400, kInvalidNumber, QStringLiteral("Invalid mobile number"));
    const QString sender = text(body, QStringLiteral("shortcode"));
    if (!store.senders(kProvider, caller.key).contains(sender))
        return status(400, kInvalidSender, QStringLiteral("Invalid sender ID"));
    bool badDate = false;
    const std::optional<qint64> at = scheduledAt(body, QStringLiteral("date_send"), &badDate);
    if (badDate) {
        return status(400, kMissingField,
                      QStringLiteral("date_send must read YYYY-MM-DD HH:MM:SS"));
    }
    const QString message = text(body, QStringLiteral("message"));
    const int parts = SmsText::count(message).segments;
    if (store.balance(kProvider, caller.key) < parts)
        return status(402, kLowCredit, QStringLiteral("Insufficient credit"));

    SandboxStore::Accepted accepted;
    accepted.provider = kProvider;
    accepted.credential = caller.key;
    accepted.phone = u'+' + mobile;
    accepted.sender = sender;
    accepted.body = message;
    accepted.parts = parts;
    accepted.cost = parts;
    accepted.scheduledAtMs = at.value_or(0);
    const QString uid = store.journal(accepted);
    store.addToBalance(kProvider, caller.key, -parts);
    return SandboxReply::json(
        200,
        QJsonObject {{QStringLiteral("status_code"), kSuccess},
                     {QStringLiteral("status_desc"), QStringLiteral("Success")},
                     {QStringLiteral("message_id"), messageNumber(store, uid)},
                     {QStringLiteral("mobile_number"), mobile},
                     {QStringLiteral("network_id"), QStringLiteral("1")},
                     {QStringLiteral("message_cost"), parts},
                     {QStringLiteral("credit_balance"), store.balance(kProvider, caller.key)}});
}

SandboxReply QsmsSandbox::sendMultiple(const SandboxRequest& request, const QJsonObject& body,
                                       SandboxStore& store) const
{
    const Caller caller = authenticate(request, body, true, store);
    if (caller.refusal)
        return *caller.refusal;
    for (const QString& field : {QStringLiteral("serviceId"), QStringLiteral("from")}) {
        if (text(body, field).isEmpty())
            return status(400, kMissingField, field + QStringLiteral(" is required"));
    }
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    if (messages.isEmpty())
        return status(400, kMissingField, QStringLiteral("messages is required"));
    if (!serviceMatches(store, caller.key, text(body, QStringLiteral("serviceId"))))
        return status(400, kMissingField, QStringLiteral("Invalid serviceId"));
    const QString sender = text(body, QStringLiteral("from"));
    if (!store.senders(kProvider, caller.key).contains(sender))
        return status(400, kInvalidSender, QStringLiteral("Invalid sender ID"));
    bool badDate = false;
    const std::optional<qint64> at = scheduledAt(body, QStringLiteral("date_send"), &badDate);
    if (badDate) {
        return status(400, kMissingField,
                      QStringLiteral("date_send must read YYYY-MM-DD HH:MM:SS"));
    }

    // Check every message first: the request is refused whole when the credit is short.
    int totalParts = 0;
    QList<QJsonObject> answers;
    QList<int> partsOf;
    for (const QJsonValue& value : messages) {
        const QJsonObject message = value.toObject();
        const QString mobile = text(message, QStringLiteral("mobile"));
        QJsonObject answer {
            {QStringLiteral("mobile_number"), mobile},
            {QStringLiteral("client_ref"), text(message, QStringLiteral("client_ref"))}};
        int parts = 0;
        if (mobile.isEmpty() || text(message, QStringLiteral("message")).isEmpty()) {
            answer.insert(QStringLiteral("status_code"), kMissingField);
            answer.insert(QStringLiteral("status_desc"),
                          QStringLiteral("mobile and message are required"));
        } else if (!validMobile(mobile)) {
            answer.insert(QStringLiteral("status_code"), kInvalidNumber);
            answer.insert(QStringLiteral("status_desc"), QStringLiteral("Invalid mobile number"));
        } else {
            parts = SmsText::count(text(message, QStringLiteral("message"))).segments;
        }
        totalParts += parts;
        partsOf.append(parts);
        answers.append(answer);
    }
    if (store.balance(kProvider, caller.key) < totalParts)
        return status(402, kLowCredit, QStringLiteral("Insufficient credit"));

    const QString batch = SandboxStore::newId(QStringLiteral("qsb_"));
    QJsonArray results;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        QJsonObject answer = answers[i];
        if (partsOf[i] > 0) {
            const QJsonObject message = messages[i].toObject();
            SandboxStore::Accepted accepted;
            accepted.provider = kProvider;
            accepted.credential = caller.key;
            accepted.batch = batch;
            accepted.phone = u'+' + text(message, QStringLiteral("mobile"));
            accepted.sender = sender;
            accepted.body = text(message, QStringLiteral("message"));
            accepted.parts = partsOf[i];
            accepted.cost = partsOf[i];
            accepted.clientRef = text(message, QStringLiteral("client_ref"));
            accepted.scheduledAtMs = at.value_or(0);
            const QString uid = store.journal(accepted);
            store.addToBalance(kProvider, caller.key, -partsOf[i]);
            answer.insert(QStringLiteral("status_code"), kSuccess);
            answer.insert(QStringLiteral("status_desc"), QStringLiteral("Success"));
            answer.insert(QStringLiteral("message_id"), messageNumber(store, uid));
            answer.insert(QStringLiteral("network_id"), QStringLiteral("1"));
            answer.insert(QStringLiteral("message_cost"), partsOf[i]);
        }
        results.append(answer);
    }
    return SandboxReply::json(
        200,
        QJsonObject {{QStringLiteral("status_code"), kSuccess},
                     {QStringLiteral("status_desc"), QStringLiteral("Success")},
                     {QStringLiteral("message_cost"), totalParts},
                     {QStringLiteral("credit_balance"), store.balance(kProvider, caller.key)},
                     {QStringLiteral("messages"), results}});
}

SandboxReply QsmsSandbox::importContacts(const SandboxRequest& request, const QJsonObject& body,
                                         SandboxStore& store) const
{
    const Caller caller = authenticate(request, body, false, store);
    if (caller.refusal)
        return *caller.refusal;
    const QString groupName = text(body, QStringLiteral("group")).trimmed();
    if (groupName.isEmpty())
        return status(400, kMissingField, QStringLiteral("group is required"));
    const QJsonArray contacts = body.value(QStringLiteral("contacts")).toArray();
    if (contacts.isEmpty())
        return status(400, kMissingField, QStringLiteral("contacts is required"));

    QSqlDatabase db = store.database();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT uid FROM groups WHERE provider = ? AND credential = ? AND name = ?"));
    query.addBindValue(kProvider);
    query.addBindValue(caller.key);
    query.addBindValue(groupName);
    QString groupUid;
    if (query.exec() && query.next()) {
        groupUid = query.value(0).toString();
    } else {
        groupUid = SandboxStore::newId(QStringLiteral("grp_"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO groups (provider, credential, uid, name, "
                                      "created_at) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(kProvider);
        insert.addBindValue(caller.key);
        insert.addBindValue(groupUid);
        insert.addBindValue(groupName);
        insert.addBindValue(SandboxStore::nowMs());
        (void)insert.exec();
    }

    int created = 0, updated = 0, skipped = 0, invalid = 0;
    QSet<QString> seen;
    for (const QJsonValue& value : contacts) {
        QJsonObject contact = value.toObject();
        QString phone = text(contact, QStringLiteral("phone")).trimmed();
        if (phone.startsWith(u'+'))
            phone.remove(0, 1);
        if (!validMobile(phone)) {
            ++invalid;
            continue;
        }
        if (seen.contains(phone)) {
            ++skipped;
            continue;
        }
        seen.insert(phone);
        const QString name = text(contact, QStringLiteral("name"));
        contact.remove(QStringLiteral("phone"));
        contact.remove(QStringLiteral("name"));
        const QString fields
            = QString::fromUtf8(QJsonDocument(contact).toJson(QJsonDocument::Compact));

        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT id FROM contacts WHERE provider = ? AND "
                                        "credential = ? AND group_uid = ? AND phone = ?"));
        existing.addBindValue(kProvider);
        existing.addBindValue(caller.key);
        existing.addBindValue(groupUid);
        existing.addBindValue(u'+' + phone);
        QSqlQuery write(db);
        if (existing.exec() && existing.next()) {
            write.prepare(
                QStringLiteral("UPDATE contacts SET first_name = ?, fields = ? WHERE id = ?"));
            write.addBindValue(name.isNull() ? QStringLiteral("") : name);
            write.addBindValue(fields);
            write.addBindValue(existing.value(0));
            ++updated;
        } else {
            write.prepare(QStringLiteral(
                "INSERT INTO contacts (provider, credential, uid, group_uid, phone, first_name, "
                "fields, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            write.addBindValue(kProvider);
            write.addBindValue(caller.key);
            write.addBindValue(SandboxStore::newId(QStringLiteral("cnt_")));
            write.addBindValue(groupUid);
            write.addBindValue(u'+' + phone);
            write.addBindValue(name.isNull() ? QStringLiteral("") : name);
            write.addBindValue(fields);
            write.addBindValue(SandboxStore::nowMs());
            ++created;
        }
        (void)write.exec();
    }
    db.commit();
    return SandboxReply::json(
        200,
        QJsonObject {{QStringLiteral("status_code"), kSuccess},
                     {QStringLiteral("status_desc"), QStringLiteral("Success")},
                     {QStringLiteral("group"), groupName},
                     {QStringLiteral("total"), contacts.size()},
                     {QStringLiteral("imported"), created + updated},
                     {QStringLiteral("created"), created},
                     {QStringLiteral("updated"), updated},
                     {QStringLiteral("skipped"), skipped},
                     {QStringLiteral("invalid"), invalid}});
}

SandboxReply QsmsSandbox::balance(const SandboxRequest& request, SandboxStore& store) const
{
    const Caller caller = authenticate(request, {}, false, store);
    if (caller.refusal)
        return *caller.refusal;
    const double credits = store.balance(kProvider, caller.key);
    return SandboxReply::json(
        200,
        QJsonObject {{QStringLiteral("balance_kes"), std::round(credits * kRatePerSms * 100) / 100},
                     {QStringLiteral("sms_remaining"), std::floor(credits)},
                     {QStringLiteral("rate_per_sms"), kRatePerSms}});
}

SandboxReply QsmsSandbox::deliveryReport(const SandboxRequest& request, SandboxStore& store) const
{
    const QString id = request.path.mid(static_cast<qsizetype>(sizeof("/_sandbox/dlr/") - 1));
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT phone, sender, created_at, scheduled_at FROM messages "
                                 "WHERE provider = ? AND id = ?"));
    query.addBindValue(kProvider);
    query.addBindValue(id.toLongLong());
    if (!query.exec() || !query.next())
        return status(404, kMissingField, QStringLiteral("No such message"));
    const QString phone = query.value(0).toString();
    const qint64 createdAt = query.value(2).toLongLong();
    const SandboxStore::State state = store.stateOf(createdAt, query.value(3).toLongLong(), phone);
    QString dlrStatus, dlrDesc;
    switch (state) {
    case SandboxStore::State::Pending:
        dlrStatus = QStringLiteral("4");
        dlrDesc = QStringLiteral("MessageWaiting");
        break;
    case SandboxStore::State::Sent:
        dlrStatus = QStringLiteral("3");
        dlrDesc = QStringLiteral("DeliveredToNetwork");
        break;
    case SandboxStore::State::Delivered:
        dlrStatus = QStringLiteral("1");
        dlrDesc = QStringLiteral("DeliveredToTerminal");
        break;
    case SandboxStore::State::Failed:
        dlrStatus = QStringLiteral("2");
        dlrDesc = QStringLiteral("DeliveryImpossible");
        break;
    }
    const qint64 now = SandboxStore::nowMs();
    return SandboxReply::json(
        200,
        QJsonObject {
            {QStringLiteral("messageId"), id},
            {QStringLiteral("dlrTime"),
             QDateTime::fromMSecsSinceEpoch(now, Qt::OffsetFromUTC, kNairobiOffset)
                 .toString(kDateFormat)},
            {QStringLiteral("dlrStatus"), dlrStatus},
            {QStringLiteral("dlrDesc"), dlrDesc},
            {QStringLiteral("tat"), static_cast<int>((now - createdAt) / 1000)},
            {QStringLiteral("network"), QStringLiteral("")},
            {QStringLiteral("destaddr"), phone.mid(1)},
            {QStringLiteral("sourceaddr"), query.value(1).toString()},
            {QStringLiteral("origin"), QStringLiteral("Safaricom")},
        });
}

} // namespace

std::unique_ptr<SandboxApi> makeQsmsSandbox()
{
    return std::make_unique<QsmsSandbox>();
}

} // namespace tuma::sandbox
