// SPDX-License-Identifier: GPL-3.0-or-later
// One file because it is one provider's whole API (docs/providers.md, FlashSMS): each
// endpoint's request and the reading of its answer.
#include "FlashSmsAdapter.h"

#include "providers/JsonFields.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tuma {

Q_LOGGING_CATEGORY(lcFlashSms, "tuma.providers.flashsms")

namespace {

using Kind = ProviderError::Kind;

QDateTime dateTime(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs)
                            : QDateTime();
}

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// A member that holds the list, or the data itself when the provider answers with a bare
// array.
QJsonArray listIn(const QJsonValue& data, const char* name)
{
    if (data.isArray())
        return data.toArray();
    return data.toObject().value(QLatin1String(name)).toArray();
}

// An item that may come wrapped ({"contact": {...}}) or bare.
QJsonObject itemIn(const QJsonValue& data, const char* name)
{
    const QJsonObject object = data.toObject();
    const QJsonValue wrapped = object.value(QLatin1String(name));
    return wrapped.isObject() ? wrapped.toObject() : object;
}

struct Pagination
{
    int page = 1;
    int lastPage = 1;
    int total = 0;
};

Pagination paginationIn(const QJsonValue& data, int requestedPage, int listed)
{
    const QJsonObject object = data.toObject().value(QStringLiteral("pagination")).toObject();
    Pagination pagination;
    pagination.page = JsonFields::integer(object.value(QStringLiteral("page")), requestedPage);
    pagination.total = JsonFields::integer(object.value(QStringLiteral("total")), listed);
    pagination.lastPage = std::max(
        1, JsonFields::integer(object.value(QStringLiteral("totalPages")), pagination.page));
    return pagination;
}

// The digits FlashSMS compares numbers by: 233XXXXXXXXX for its national 0XXXXXXXXX form.
QString comparable(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() == 10 && digits.startsWith(u'0'))
        return QStringLiteral("233") + digits.mid(1);
    return digits;
}

RemoteContact contactFrom(const QJsonObject& object)
{
    RemoteContact contact;
    contact.id = JsonFields::firstText(object, {"id", "contactId", "_id", "uid"});
    contact.phone = FlashSmsAdapter::e164FromProvider(
        JsonFields::firstText(object, {"phone", "phoneNumber", "msisdn"}));
    contact.firstName = object.value(QStringLiteral("firstName")).toString();
    contact.lastName = object.value(QStringLiteral("lastName")).toString();
    contact.email = object.value(QStringLiteral("email")).toString();
    contact.groupId = object.value(QStringLiteral("groupId")).toString();
    if (contact.groupId.isEmpty()) {
        const QJsonValue first = object.value(QStringLiteral("groupIds")).toArray().isEmpty()
            ? object.value(QStringLiteral("groups")).toArray().first()
            : object.value(QStringLiteral("groupIds")).toArray().first();
        contact.groupId = first.isObject()
            ? JsonFields::firstText(first.toObject(), {"id", "groupId"})
            : first.toString();
    }
    return contact;
}

RemoteGroup groupFrom(const QJsonObject& object)
{
    RemoteGroup group;
    group.id = JsonFields::firstText(object, {"id", "groupId", "_id", "uid"});
    group.name = object.value(QStringLiteral("name")).toString();
    group.contactCount = JsonFields::integer(object.value(QStringLiteral("contactCount")), -1);
    group.createdAt = dateTime(object.value(QStringLiteral("createdAt")));
    return group;
}

RemoteTemplate templateFrom(const QJsonObject& object)
{
    RemoteTemplate templ;
    templ.id = JsonFields::firstText(object, {"id", "templateId", "_id", "uid"});
    templ.name = object.value(QStringLiteral("name")).toString();
    // Callers see Tuma's placeholders only.
    templ.content
        = FlashSmsAdapter::fromFlashSmsTemplate(object.value(QStringLiteral("content")).toString());
    return templ;
}

} // namespace

FlashSmsAdapter::FlashSmsAdapter(ProviderAccount account, QObject* parent)
    : ProviderAdapter(std::move(account), parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FlashSmsAdapter::pump);
}

FlashSmsAdapter::~FlashSmsAdapter() = default;

Capabilities FlashSmsAdapter::capabilities() const
{
    Capabilities caps;
    caps.maxRecipientsPerRequest = kMaxRecipients;
    caps.batchShape = Capabilities::BatchShape::SharedBody;
    caps.clientReference = false;
    caps.requestsPerMinute = kRequestsPerMinute;
    caps.providerScheduling = true;
    caps.messageIds = true;
    caps.statusPolling = true;
    caps.deliveryReportPerRecipient = true;
    caps.historyFilters = true;
    caps.history = true;
    caps.historyShape = Capabilities::HistoryShape::PerRequest;
    caps.deliveryCallback = false;
    caps.balance = true;
    caps.topUp = false;
    caps.balancePerSender = false;
    caps.remoteContacts = true;
    // List, create and delete: the document has no rename (docs/providers.md).
    caps.remoteGroups = true;
    caps.remoteContactImport = true;
    caps.sendToRemoteGroup = true;
    caps.templates = true;
    caps.senderIdList = true;
    caps.costEstimate = true;
    caps.transactions = true;
    // The provider falls back to the account's first approved sender ID.
    caps.senderRequired = false;
    // Its document describes Ghana numbers only (0XXXXXXXXX or 233XXXXXXXXX).
    caps.recipientCallingCodes = {QStringLiteral("233")};
    return caps;
}

void FlashSmsAdapter::setRateLimit(int requests, int windowMs)
{
    m_limit = std::max(1, requests);
    m_windowMs = std::max(0, windowMs);
    pump();
}

// ---- plumbing ---------------------------------------------------------------------------

HttpRequest FlashSmsAdapter::makeRequest(const QByteArray& method, const QString& path,
                                         const QUrlQuery& query, const QJsonObject& body) const
{
    HttpRequest request;
    request.method = method;
    QUrl url = m_account.baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    request.url = url;
    request.headers.append({"Authorization", "Bearer " + m_account.secret.toUtf8()});
    request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
    if (method != "GET" && method != "DELETE") {
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return request;
}

void FlashSmsAdapter::call(const QByteArray& method, const QString& path, const QUrlQuery& query,
                           const QJsonObject& body, Purpose purpose, Handler handler)
{
    // White-label: the account must name the host.
    if (!m_account.baseUrl.isValid() || m_account.baseUrl.host().isEmpty()) {
        ProviderError error
            = ProviderError::make(Kind::Configuration, m_account.baseUrl.toString());
        error.message = tr("The FlashSMS account has no API address. Enter the address your "
                           "FlashSMS dashboard shows, such as https://your-domain.com/api/v1.");
        QTimer::singleShot(0, this, [handler, error] { handler(error); });
        return;
    }
    m_queue.push_back({makeRequest(method, path, query, body), purpose, std::move(handler)});
    pump();
}

void FlashSmsAdapter::pump()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!m_answeredAt.empty() && m_answeredAt.front() + m_windowMs <= now)
        m_answeredAt.pop_front();
    while (!m_queue.empty() && m_inFlight + static_cast<int>(m_answeredAt.size()) < m_limit) {
        Pending next = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        qCDebug(lcFlashSms) << next.request.method << next.request.url.path();
        exchange(next.request, next.purpose,
                 [this, purpose = next.purpose,
                  handler = std::move(next.handler)](ProviderResult<HttpResponse> result) {
                     --m_inFlight;
                     m_answeredAt.push_back(QDateTime::currentMSecsSinceEpoch());
                     if (result)
                         qCDebug(lcFlashSms) << "answer" << result.value().status;
                     else
                         qCDebug(lcFlashSms)
                             << "failed" << ProviderError::kindName(result.error().kind);
                     ProviderResult<QJsonValue> data = readEnvelope(result, purpose);
                     pump();
                     handler(std::move(data));
                 });
    }
    if (!m_queue.empty() && !m_answeredAt.empty()) {
        const qint64 wait = m_answeredAt.front() + m_windowMs - now;
        m_timer.start(static_cast<int>(std::max<qint64>(1, wait)));
    }
}

bool FlashSmsAdapter::isErrorEnvelope(const HttpResponse& response) const
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body.trimmed());
    return document.isObject()
        && document.object().value(QStringLiteral("success")) == QJsonValue(false)
        && document.object().contains(QStringLiteral("error"));
}

QString FlashSmsAdapter::providerWords(const HttpResponse& response) const
{
    return errorFor(response).providerText;
}

ProviderError FlashSmsAdapter::errorFor(const HttpResponse& response)
{
    QString text;
    const QByteArray trimmed = response.body.trimmed();
    const QJsonDocument document = QJsonDocument::fromJson(trimmed);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue error = object.value(QStringLiteral("error"));
        text = error.isObject()
            ? JsonFields::firstText(error.toObject(), {"message", "error", "code"})
            : error.toString();
        if (text.isEmpty())
            text = object.value(QStringLiteral("message")).toString();
    } else if (response.status >= 500 || response.status < 400 || trimmed.startsWith('<')) {
        // Not the provider's envelope: a proxy's page, nothing, or garbage.
        if (ProviderResult<QJsonDocument> parsed = parseJson(response); !parsed) {
            ProviderError error = parsed.error();
            if (response.status >= 400 && response.status < 500)
                error.kind = errorForStatus(response, error.providerText).kind;
            if (error.kind == Kind::RateLimited)
                error = errorForStatus(response, error.providerText);
            return error;
        }
    }

    ProviderError error = errorForStatus(response, text);
    const QString lower = text.toLower();
    if (response.status >= 200 && response.status < 300) {
        // {success:false} with a 2xx: the words decide.
        if (lower.contains(QLatin1String("api key")) || lower.contains(QLatin1String("unauthor")))
            error.kind = Kind::Authentication;
        else if (lower.contains(QLatin1String("permission"))
                 || lower.contains(QLatin1String("scope")))
            error.kind = Kind::Permission;
        else if (lower.contains(QLatin1String("insufficient")))
            error.kind = Kind::InsufficientCredit;
        else if (lower.contains(QLatin1String("not found")))
            error.kind = Kind::NotFound;
        else if (lower.contains(QLatin1String("rate limit")))
            error.kind = Kind::RateLimited;
        else
            error.kind = Kind::Validation;
        error.message = ProviderError::defaultMessage(error.kind);
    }
    // "bad phone numbers" share 400 with every other invalid parameter.
    const bool aboutNumbers
        = lower.contains(QLatin1String("recipient")) || lower.contains(QLatin1String("phone"));
    const bool invalid = lower.contains(QLatin1String("invalid"))
        || lower.contains(QLatin1String("no valid")) || lower.contains(QLatin1String("bad"));
    if (error.kind == Kind::Validation && aboutNumbers && invalid) {
        error.kind = Kind::InvalidRecipient;
        error.message = ProviderError::defaultMessage(error.kind);
    }
    return error;
}

ProviderResult<QJsonValue> FlashSmsAdapter::readEnvelope(const ProviderResult<HttpResponse>& result,
                                                         Purpose purpose)
{
    if (!result)
        return result.error();
    const HttpResponse& response = result.value();
    if (response.status < 200 || response.status >= 300)
        return errorFor(response);
    ProviderResult<QJsonDocument> parsed = parseJson(response);
    if (!parsed || (!parsed.value().isObject() && !parsed.value().isArray())) {
        ProviderError error = parsed
            ? ProviderError::make(Kind::Server, excerpt(response.body), response.status)
            : parsed.error();
        if (purpose == Purpose::Submission) {
            // The provider answered 2xx: it may well have accepted the messages.
            ProviderError ambiguous = ProviderError::make(Kind::AmbiguousSubmission,
                                                          error.providerText, response.status);
            return ambiguous;
        }
        return error;
    }
    if (parsed.value().isArray())
        return QJsonValue(parsed.value().array());
    const QJsonObject object = parsed.value().object();
    if (object.value(QStringLiteral("success")) == QJsonValue(false))
        return errorFor(response);
    if (object.contains(QStringLiteral("data")))
        return object.value(QStringLiteral("data"));
    return QJsonValue(object);
}

// ---- sending ----------------------------------------------------------------------------

void FlashSmsAdapter::send(const SendRequest& request, Reply<SendResult> done)
{
    auto refuse = [this, &done](const QString& sentence) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = sentence;
        QTimer::singleShot(0, this, [done, error] { done(error); });
    };
    if (request.recipients.isEmpty())
        return refuse(tr("Add at least one recipient."));
    if (request.recipients.size() > kMaxRecipients) {
        return refuse(tr("FlashSMS takes at most %1 recipients in one request; this one has %2.")
                          .arg(kMaxRecipients)
                          .arg(request.recipients.size()));
    }
    if (request.text.trimmed().isEmpty())
        return refuse(tr("The message is empty."));
    if (request.text.size() > kMaxMessageChars) {
        return refuse(tr("FlashSMS takes messages of at most %1 characters; this one has %2.")
                          .arg(kMaxMessageChars)
                          .arg(request.text.size()));
    }

    QJsonArray recipients;
    QList<RecipientOutcome> outcomes;
    for (const SendRecipient& recipient : request.recipients) {
        recipients.append(providerPhone(recipient.phone));
        RecipientOutcome outcome;
        outcome.phone = recipient.phone;
        outcomes.append(outcome);
    }
    QJsonObject body {{QStringLiteral("recipients"), recipients},
                      {QStringLiteral("message"), request.text}};
    const QString sender = request.senderId.isEmpty() ? m_account.defaultSender : request.senderId;
    if (!sender.isEmpty())
        body.insert(QStringLiteral("senderId"), sender);
    if (!request.campaignName.isEmpty())
        body.insert(QStringLiteral("campaignName"), request.campaignName);
    if (request.scheduleAt.isValid()) {
        body.insert(QStringLiteral("isScheduled"), true);
        body.insert(QStringLiteral("scheduleDate"), isoUtc(request.scheduleAt));
    }
    submit(body, std::move(outcomes), std::move(done));
}

void FlashSmsAdapter::sendToRemote(const RemoteSendRequest& request, Reply<SendResult> done)
{
    if (request.groupIds.isEmpty() && request.contactIds.isEmpty() && !request.allContacts) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("Choose a group, some contacts or all contacts to send to.");
        QTimer::singleShot(0, this, [done, error] { done(error); });
        return;
    }
    QJsonObject body {{QStringLiteral("message"), request.text}};
    if (request.groupIds.size() == 1)
        body.insert(QStringLiteral("groupId"), request.groupIds.first());
    else if (!request.groupIds.isEmpty())
        body.insert(QStringLiteral("groupIds"), QJsonArray::fromStringList(request.groupIds));
    if (!request.contactIds.isEmpty())
        body.insert(QStringLiteral("contactIds"), QJsonArray::fromStringList(request.contactIds));
    if (request.allContacts)
        body.insert(QStringLiteral("sendToAllContacts"), true);
    const QString sender = request.senderId.isEmpty() ? m_account.defaultSender : request.senderId;
    if (!sender.isEmpty())
        body.insert(QStringLiteral("senderId"), sender);
    if (!request.campaignName.isEmpty())
        body.insert(QStringLiteral("campaignName"), request.campaignName);
    if (request.scheduleAt.isValid()) {
        body.insert(QStringLiteral("isScheduled"), true);
        body.insert(QStringLiteral("scheduleDate"), isoUtc(request.scheduleAt));
    }
    submit(body, {}, std::move(done));
}

void FlashSmsAdapter::submit(const QJsonObject& body, QList<RecipientOutcome> outcomes,
                             Reply<SendResult> done)
{
    call("POST", QStringLiteral("/sms/send"), {}, body, Purpose::Submission,
         [outcomes = std::move(outcomes), done](ProviderResult<QJsonValue> data) mutable {
             if (!data) {
                 done(data.error());
                 return;
             }
             const QJsonObject object = data.value().toObject();
             SendResult result;
             result.batchId
                 = JsonFields::firstText(object, {"messageId", "uid", "id", "message_id"});
             result.creditsUsed = JsonFields::number(object.value(QStringLiteral("creditsUsed")));
             result.balanceAfter
                 = JsonFields::number(object.value(QStringLiteral("remainingCredits")));
             result.scheduled = object.value(QStringLiteral("scheduled")).toBool();
             // invalidRecipients: numbers as we sent them, or objects naming one.
             QHash<QString, QString> refused;
             for (const QJsonValue& entry :
                  object.value(QStringLiteral("invalidRecipients")).toArray()) {
                 if (entry.isObject()) {
                     const QJsonObject item = entry.toObject();
                     refused.insert(
                         comparable(JsonFields::firstText(item, {"phone", "recipient", "number"})),
                         JsonFields::firstText(item, {"reason", "error", "message"}));
                 } else {
                     refused.insert(comparable(entry.toString()), QString());
                 }
             }
             for (RecipientOutcome& outcome : outcomes) {
                 const auto it = refused.constFind(comparable(outcome.phone));
                 if (it != refused.constEnd()) {
                     outcome.accepted = false;
                     outcome.providerStatus = QStringLiteral("INVALID");
                     outcome.errorText = it.value().isEmpty()
                         ? tr("FlashSMS refused this number as invalid.")
                         : it.value();
                 } else {
                     outcome.accepted = true;
                     outcome.messageId = result.batchId;
                     outcome.providerStatus = result.scheduled ? QStringLiteral("SCHEDULED")
                                                               : QStringLiteral("PENDING");
                 }
             }
             result.recipients = std::move(outcomes);
             done(std::move(result));
         });
}

void FlashSmsAdapter::estimate(const QString& text, int recipientCount,
                               Reply<ProviderEstimate> done)
{
    if (recipientCount < 1 || recipientCount > 10'000) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message
            = tr("FlashSMS estimates for 1 to 10,000 recipients; this is %1.").arg(recipientCount);
        QTimer::singleShot(0, this, [done, error] { done(error); });
        return;
    }
    const QJsonObject body {{QStringLiteral("message"), text},
                            {QStringLiteral("recipientCount"), recipientCount}};
    call("POST", QStringLiteral("/sms/estimate"), {}, body, Purpose::Query,
         [done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             const QJsonObject object = data.value().toObject();
             const QJsonObject message = object.value(QStringLiteral("message")).toObject();
             ProviderEstimate estimate;
             estimate.parts = JsonFields::integer(message.value(QStringLiteral("parts")), 0);
             estimate.encoding = message.value(QStringLiteral("encoding")).toString();
             estimate.creditsRequired
                 = JsonFields::number(object.value(QStringLiteral("creditsRequired"))).value_or(0);
             estimate.currentBalance
                 = JsonFields::number(object.value(QStringLiteral("currentBalance")));
             if (object.value(QStringLiteral("canAfford")).isBool())
                 estimate.canAfford = object.value(QStringLiteral("canAfford")).toBool();
             done(estimate);
         });
}

// ---- following up -----------------------------------------------------------------------

MessageState FlashSmsAdapter::stateFromProvider(const QString& status)
{
    const QString word = status.trimmed().toUpper();
    if (word == QLatin1String("PENDING") || word == QLatin1String("QUEUED")
        || word == QLatin1String("SCHEDULED"))
        return MessageState::Pending;
    if (word == QLatin1String("SENT"))
        return MessageState::Sent;
    if (word == QLatin1String("DELIVERED"))
        return MessageState::Delivered;
    if (word == QLatin1String("FAILED") || word == QLatin1String("UNDELIVERED")
        || word == QLatin1String("REJECTED"))
        return MessageState::Failed;
    return MessageState::Unknown;
}

QString FlashSmsAdapter::providerPhone(const QString& e164)
{
    QString digits;
    for (const QChar c : e164) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString FlashSmsAdapter::e164FromProvider(const QString& phone)
{
    if (phone.isEmpty())
        return {};
    const QString digits = comparable(phone);
    return digits.isEmpty() ? phone : QStringLiteral("+") + digits;
}

static QString encodedId(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

void FlashSmsAdapter::messageStatus(const QString& messageId, Reply<MessageStatus> done)
{
    call("GET", QStringLiteral("/sms/status/") + encodedId(messageId), {}, {}, Purpose::Query,
         [messageId, done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             const QJsonObject object = data.value().toObject();
             MessageStatus status;
             status.messageId = JsonFields::firstText(object, {"id", "messageId"});
             if (status.messageId.isEmpty())
                 status.messageId = messageId;
             status.providerStatus = object.value(QStringLiteral("status")).toString();
             status.state = stateFromProvider(status.providerStatus);
             status.sentAt = dateTime(object.value(QStringLiteral("sentAt")));
             done(status);
         });
}

void FlashSmsAdapter::deliveryReport(const QString& messageId, Reply<DeliveryReport> done)
{
    call("GET", QStringLiteral("/sms/%1/recipients").arg(encodedId(messageId)), {}, {},
         Purpose::Query, [messageId, done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             const QJsonObject object = data.value().toObject();
             DeliveryReport report;
             report.messageId = JsonFields::firstText(object, {"messageId", "id"});
             if (report.messageId.isEmpty())
                 report.messageId = messageId;
             report.providerStatus = object.value(QStringLiteral("status")).toString();
             for (const QJsonValue& value : listIn(data.value(), "recipients")) {
                 const QJsonObject entry = value.toObject();
                 MessageStatus status;
                 status.messageId = report.messageId;
                 status.phone
                     = e164FromProvider(JsonFields::firstText(entry, {"phone", "recipient"}));
                 status.providerStatus = entry.value(QStringLiteral("status")).toString();
                 status.state = stateFromProvider(status.providerStatus);
                 status.sentAt = dateTime(entry.value(QStringLiteral("sentAt")));
                 report.recipients.append(status);
             }
             done(report);
         });
}

void FlashSmsAdapter::history(const HistoryQuery& query, Reply<HistoryPage> done)
{
    const int page = std::max(1, query.page);
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("page"), QString::number(page));
    items.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(query.limit, 1, 100)));
    if (!query.status.isEmpty())
        items.addQueryItem(QStringLiteral("status"), query.status.toUpper());
    if (query.from.isValid())
        items.addQueryItem(QStringLiteral("startDate"), isoUtc(query.from));
    if (query.to.isValid())
        items.addQueryItem(QStringLiteral("endDate"), isoUtc(query.to));
    call("GET", QStringLiteral("/sms"), items, {}, Purpose::Query,
         [page, done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             HistoryPage result;
             for (const QJsonValue& value : listIn(data.value(), "messages")) {
                 const QJsonObject item = value.toObject();
                 HistoryEntry entry;
                 entry.messageId
                     = JsonFields::firstText(item, {"id", "messageId", "uid", "message_id"});
                 entry.recipientCount
                     = JsonFields::integer(item.value(QStringLiteral("recipientCount")), 1);
                 entry.sender = item.value(QStringLiteral("senderId")).toString();
                 entry.text = item.value(QStringLiteral("message")).toString();
                 entry.providerStatus = item.value(QStringLiteral("status")).toString();
                 entry.state = stateFromProvider(entry.providerStatus);
                 entry.cost = JsonFields::number(item.value(QStringLiteral("creditsUsed")));
                 entry.createdAt = dateTime(item.value(QStringLiteral("createdAt")));
                 result.entries.append(entry);
             }
             const Pagination pagination
                 = paginationIn(data.value(), page, static_cast<int>(result.entries.size()));
             result.page = pagination.page;
             result.lastPage = pagination.lastPage;
             result.total = pagination.total;
             const QJsonObject said
                 = data.value().toObject().value(QStringLiteral("pagination")).toObject();
             const QJsonValue hasMore = said.value(QStringLiteral("hasMore"));
             result.lastPageKnown = said.contains(QStringLiteral("totalPages")) || hasMore.isBool();
             if (hasMore.isBool())
                 result.lastPage
                     = hasMore.toBool() ? std::max(result.lastPage, result.page + 1) : result.page;
             done(result);
         });
}

// ---- money ------------------------------------------------------------------------------

void FlashSmsAdapter::balance(Reply<Balance> done)
{
    call("GET", QStringLiteral("/balance"), {}, {}, Purpose::Query,
         [done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             const QJsonObject object = data.value().toObject();
             const std::optional<double> amount
                 = JsonFields::number(object.value(QStringLiteral("balance")));
             if (!amount) {
                 done(ProviderError::make(
                     Kind::Server,
                     QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))));
                 return;
             }
             Balance balance;
             balance.amount = *amount;
             balance.unit = object.value(QStringLiteral("currency")).toString();
             if (balance.unit.isEmpty())
                 balance.unit = QStringLiteral("credits");
             done(balance);
         });
}

void FlashSmsAdapter::transactions(const TransactionQuery& query, Reply<TransactionPage> done)
{
    const int page = std::max(1, query.page);
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("page"), QString::number(page));
    items.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(query.limit, 1, 100)));
    if (!query.type.isEmpty())
        items.addQueryItem(QStringLiteral("type"), query.type.toUpper());
    if (query.from.isValid())
        items.addQueryItem(QStringLiteral("startDate"), isoUtc(query.from));
    if (query.to.isValid())
        items.addQueryItem(QStringLiteral("endDate"), isoUtc(query.to));
    call("GET", QStringLiteral("/transactions"), items, {}, Purpose::Query,
         [page, done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             TransactionPage result;
             for (const QJsonValue& value : listIn(data.value(), "transactions")) {
                 const QJsonObject item = value.toObject();
                 Transaction transaction;
                 transaction.id = JsonFields::firstText(item, {"id", "uid", "_id"});
                 transaction.type = item.value(QStringLiteral("type")).toString();
                 transaction.amount
                     = JsonFields::number(item.value(QStringLiteral("amount"))).value_or(0);
                 transaction.balance
                     = JsonFields::number(item.value(QStringLiteral("balance"))).value_or(0);
                 transaction.description = item.value(QStringLiteral("description")).toString();
                 transaction.reference = item.value(QStringLiteral("reference")).toString();
                 transaction.createdAt = dateTime(item.value(QStringLiteral("createdAt")));
                 result.transactions.append(transaction);
             }
             const Pagination pagination
                 = paginationIn(data.value(), page, static_cast<int>(result.transactions.size()));
             result.page = pagination.page;
             result.lastPage = pagination.lastPage;
             result.total = pagination.total;
             done(result);
         });
}

void FlashSmsAdapter::senderIds(Reply<QStringList> done)
{
    call("GET", QStringLiteral("/sender-ids"), {}, {}, Purpose::Query,
         [done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             QStringList names;
             for (const QJsonValue& value : listIn(data.value(), "senderIds")) {
                 if (value.isString()) {
                     names.append(value.toString());
                     continue;
                 }
                 const QJsonObject item = value.toObject();
                 // The document promises only approved ones; a pending one cannot send.
                 const QString status = item.value(QStringLiteral("status")).toString();
                 if (!status.isEmpty()
                     && status.compare(QLatin1String("APPROVED"), Qt::CaseInsensitive) != 0)
                     continue;
                 const QString name = JsonFields::firstText(item, {"name", "senderId"});
                 if (!name.isEmpty())
                     names.append(name);
             }
             done(names);
         });
}

// ---- contacts, groups, templates --------------------------------------------------------

void FlashSmsAdapter::deleteItem(const QString& path, Reply<void> done)
{
    call("DELETE", path, {}, {}, Purpose::Query, [done](ProviderResult<QJsonValue> data) {
        if (!data)
            done(data.error());
        else
            done(ProviderResult<void>());
    });
}

void FlashSmsAdapter::listContacts(const RemoteContactQuery& query, Reply<RemoteContactPage> done)
{
    const int page = std::max(1, query.page);
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("page"), QString::number(page));
    items.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(query.limit, 1, 200)));
    if (!query.search.isEmpty()) {
        items.addQueryItem(QStringLiteral("search"),
                           QString::fromUtf8(QUrl::toPercentEncoding(query.search)));
    }
    if (!query.groupId.isEmpty())
        items.addQueryItem(QStringLiteral("groupId"), query.groupId);
    call("GET", QStringLiteral("/contacts"), items, {}, Purpose::Query,
         [page, done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             RemoteContactPage result;
             for (const QJsonValue& value : listIn(data.value(), "contacts"))
                 result.contacts.append(contactFrom(value.toObject()));
             const Pagination pagination
                 = paginationIn(data.value(), page, static_cast<int>(result.contacts.size()));
             result.page = pagination.page;
             result.lastPage = pagination.lastPage;
             result.total = pagination.total;
             done(result);
         });
}

void FlashSmsAdapter::contact(const QString&, const QString& contactId, Reply<RemoteContact> done)
{
    call("GET", QStringLiteral("/contacts/") + encodedId(contactId), {}, {}, Purpose::Query,
         [done](ProviderResult<QJsonValue> data) {
             if (!data)
                 done(data.error());
             else
                 done(contactFrom(itemIn(data.value(), "contact")));
         });
}

namespace {

QJsonObject contactBody(const RemoteContact& contact, bool full)
{
    QJsonObject body {{QStringLiteral("phone"), FlashSmsAdapter::providerPhone(contact.phone)}};
    // An update replaces the names (PUT); a creation leaves out what is empty.
    auto put = [&](const char* name, const QString& value) {
        if (full || !value.isEmpty())
            body.insert(QLatin1String(name), value);
    };
    put("firstName", contact.firstName);
    put("lastName", contact.lastName);
    put("email", contact.email);
    if (!contact.groupId.isEmpty())
        body.insert(QStringLiteral("groupId"), contact.groupId);
    return body;
}

} // namespace

void FlashSmsAdapter::createContact(const RemoteContact& contact, Reply<RemoteContact> done)
{
    call("POST", QStringLiteral("/contacts"), {}, contactBody(contact, false), Purpose::Creation,
         [contact, done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             RemoteContact created = contactFrom(itemIn(data.value(), "contact"));
             // Whatever the answer leaves out is what we sent.
             if (created.phone.isEmpty())
                 created.phone = contact.phone;
             if (created.groupId.isEmpty())
                 created.groupId = contact.groupId;
             done(created);
         });
}

void FlashSmsAdapter::updateContact(const RemoteContact& contact, Reply<RemoteContact> done)
{
    if (contact.id.isEmpty()) {
        QTimer::singleShot(0, this, [done] {
            done(ProviderError::make(Kind::Validation, QStringLiteral("contact without id")));
        });
        return;
    }
    call("PUT", QStringLiteral("/contacts/") + encodedId(contact.id), {},
         contactBody(contact, true), Purpose::Query,
         [contact, done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             RemoteContact updated = contactFrom(itemIn(data.value(), "contact"));
             if (updated.id.isEmpty())
                 updated = contact;
             done(updated);
         });
}

void FlashSmsAdapter::deleteContact(const QString&, const QString& contactId, Reply<void> done)
{
    deleteItem(QStringLiteral("/contacts/") + encodedId(contactId), std::move(done));
}

void FlashSmsAdapter::importContacts(const QString& group, const QList<RemoteContact>& contacts,
                                     Reply<RemoteImportSummary> done)
{
    if (contacts.isEmpty()) {
        QTimer::singleShot(0, this, [done] { done(RemoteImportSummary {}); });
        return;
    }
    importChunk(group, contacts, {}, std::move(done));
}

// 10,000 contacts per request, one request after the other. An import is safe to repeat
// (known numbers are skipped), so an error part-way loses nothing.
void FlashSmsAdapter::importChunk(const QString& group, QList<RemoteContact> rest,
                                  RemoteImportSummary sum, Reply<RemoteImportSummary> done)
{
    const QList<RemoteContact> chunk = rest.mid(0, kMaxImport);
    rest.remove(0, chunk.size());
    QJsonArray list;
    for (const RemoteContact& contact : chunk) {
        QJsonObject item {{QStringLiteral("phone"), providerPhone(contact.phone)}};
        if (!contact.firstName.isEmpty())
            item.insert(QStringLiteral("firstName"), contact.firstName);
        if (!contact.lastName.isEmpty())
            item.insert(QStringLiteral("lastName"), contact.lastName);
        if (!contact.email.isEmpty())
            item.insert(QStringLiteral("email"), contact.email);
        list.append(item);
    }
    QJsonObject body {{QStringLiteral("contacts"), list}};
    if (!group.isEmpty())
        body.insert(QStringLiteral("groupId"), group);
    call("POST", QStringLiteral("/contacts/import"), {}, body, Purpose::Creation,
         [this, group, rest = std::move(rest), sum, done,
          sent = static_cast<int>(chunk.size())](ProviderResult<QJsonValue> data) mutable {
             if (!data) {
                 done(data.error());
                 return;
             }
             const QJsonObject object = data.value().toObject();
             sum.imported += JsonFields::integer(object.value(QStringLiteral("imported")), 0);
             sum.created += JsonFields::integer(object.value(QStringLiteral("created")), 0);
             sum.skipped += JsonFields::integer(object.value(QStringLiteral("skipped")), 0);
             sum.invalid += JsonFields::integer(object.value(QStringLiteral("invalid")), 0);
             sum.total += JsonFields::integer(object.value(QStringLiteral("total")), sent);
             if (rest.isEmpty())
                 done(sum);
             else
                 importChunk(group, std::move(rest), sum, std::move(done));
         });
}

void FlashSmsAdapter::listGroups(Reply<QList<RemoteGroup>> done)
{
    call("GET", QStringLiteral("/contacts/groups"), {}, {}, Purpose::Query,
         [done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             QList<RemoteGroup> groups;
             for (const QJsonValue& value : listIn(data.value(), "groups"))
                 groups.append(groupFrom(value.toObject()));
             done(groups);
         });
}

void FlashSmsAdapter::group(const QString& groupId, Reply<RemoteGroup> done)
{
    // The document has no endpoint for one group: it is found in the list.
    listGroups([groupId, done](ProviderResult<QList<RemoteGroup>> groups) {
        if (!groups) {
            done(groups.error());
            return;
        }
        for (const RemoteGroup& group : groups.value()) {
            if (group.id == groupId) {
                done(group);
                return;
            }
        }
        done(ProviderError::make(Kind::NotFound, groupId));
    });
}

void FlashSmsAdapter::createGroup(const QString& name, Reply<RemoteGroup> done)
{
    call("POST", QStringLiteral("/contacts/groups"), {},
         QJsonObject {{QStringLiteral("name"), name}}, Purpose::Creation,
         [name, done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             RemoteGroup group = groupFrom(itemIn(data.value(), "group"));
             if (group.name.isEmpty())
                 group.name = name;
             done(group);
         });
}

void FlashSmsAdapter::deleteGroup(const QString& groupId, Reply<void> done)
{
    deleteItem(QStringLiteral("/contacts/groups/") + encodedId(groupId), std::move(done));
}

void FlashSmsAdapter::listTemplates(Reply<QList<RemoteTemplate>> done)
{
    call("GET", QStringLiteral("/templates"), {}, {}, Purpose::Query,
         [done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             QList<RemoteTemplate> templates;
             for (const QJsonValue& value : listIn(data.value(), "templates"))
                 templates.append(templateFrom(value.toObject()));
             done(templates);
         });
}

void FlashSmsAdapter::createTemplate(const RemoteTemplate& templ, Reply<RemoteTemplate> done)
{
    call("POST", QStringLiteral("/templates"), {},
         QJsonObject {{QStringLiteral("name"), templ.name},
                      {QStringLiteral("content"), toFlashSmsTemplate(templ.content)}},
         Purpose::Creation, [templ, done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             RemoteTemplate created = templateFrom(itemIn(data.value(), "template"));
             if (created.name.isEmpty())
                 created.name = templ.name;
             if (created.content.isEmpty())
                 created.content = templ.content;
             done(created);
         });
}

void FlashSmsAdapter::updateTemplate(const RemoteTemplate& templ, Reply<RemoteTemplate> done)
{
    if (templ.id.isEmpty()) {
        QTimer::singleShot(0, this, [done] {
            done(ProviderError::make(Kind::Validation, QStringLiteral("template without id")));
        });
        return;
    }
    call("PUT", QStringLiteral("/templates/") + encodedId(templ.id), {},
         QJsonObject {{QStringLiteral("name"), templ.name},
                      {QStringLiteral("content"), toFlashSmsTemplate(templ.content)}},
         Purpose::Query, [templ, done](ProviderResult<QJsonValue> data) {
             if (!data) {
                 done(data.error());
                 return;
             }
             RemoteTemplate updated = templateFrom(itemIn(data.value(), "template"));
             if (updated.id.isEmpty())
                 updated = templ;
             done(updated);
         });
}

void FlashSmsAdapter::deleteTemplate(const QString& templateId, Reply<void> done)
{
    deleteItem(QStringLiteral("/templates/") + encodedId(templateId), std::move(done));
}

// ---- placeholders -----------------------------------------------------------------------

QString FlashSmsAdapter::toFlashSmsTemplate(const QString& tumaText)
{
    // <<name>> or <<name|default>>, spaces around the name allowed; \<< is a literal <<.
    static const QRegularExpression placeholder(
        QStringLiteral(R"((\\?)<<\s*([^<>|\s](?:[^<>|]*[^<>|\s])?)\s*(?:\|[^<>]*)?>>)"));
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(tumaText);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(tumaText).mid(last, match.capturedStart() - last);
        if (match.capturedLength(1) > 0)
            result += match.captured(0).mid(1); // escaped: the text itself, without the '\'
        else
            result += QStringLiteral("{{") + match.captured(2) + QStringLiteral("}}");
        last = match.capturedEnd();
    }
    result += QStringView(tumaText).mid(last);
    // A lone escaped << (not part of a placeholder) loses its backslash too.
    result.replace(QStringLiteral("\\<<"), QStringLiteral("<<"));
    return result;
}

QString FlashSmsAdapter::fromFlashSmsTemplate(const QString& flashText)
{
    static const QRegularExpression placeholder(
        QStringLiteral(R"(\{\{\s*([^{}\s](?:[^{}]*[^{}\s])?)\s*\}\})"));
    QString result;
    qsizetype last = 0;
    auto literal = [](QStringView text) {
        // A literal << in FlashSMS text would open a placeholder in Tuma's.
        return text.toString().replace(QStringLiteral("<<"), QStringLiteral("\\<<"));
    };
    QRegularExpressionMatchIterator it = placeholder.globalMatch(flashText);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += literal(QStringView(flashText).mid(last, match.capturedStart() - last));
        result += QStringLiteral("<<") + match.captured(1) + QStringLiteral(">>");
        last = match.capturedEnd();
    }
    result += literal(QStringView(flashText).mid(last));
    return result;
}

} // namespace tuma
