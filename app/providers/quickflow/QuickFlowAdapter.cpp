// SPDX-License-Identifier: GPL-3.0-or-later
// One file because it is one provider's whole API (docs/providers.md, QuickFlow): each
// endpoint's request and the reading of its answer.
#include "QuickFlowAdapter.h"

#include "core/SmsText.h"
#include "providers/JsonFields.h"
#include "providers/ProviderRegistry.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace tuma {

Q_LOGGING_CATEGORY(lcQuickFlow, "tuma.providers.quickflow")

namespace {

using Kind = ProviderError::Kind;

// Kenya has no daylight saving: a fixed offset needs no time zone database.
QTimeZone eastAfricaTime()
{
    return QTimeZone(3 * 3600);
}

// Answers on the next turn of the event loop: callers are never called back from inside
// their own call, even when the request is refused before it goes out.
template<typename T> void answerLater(QObject* context, std::function<void(T)> done, T value)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), value = std::move(value)]() { done(value); },
        Qt::QueuedConnection);
}

// A message, contact or payment id as the document's answers may name it.
QString idOf(const QJsonObject& object)
{
    return JsonFields::firstText(object, {"uid", "id", "message_id", "messageId"});
}

// The list inside an answer: data itself, or data's first known list member.
QJsonArray listOf(const QJsonObject& answer, std::initializer_list<const char*> keys)
{
    const QJsonValue data = answer.value(QLatin1String("data"));
    if (data.isArray())
        return data.toArray();
    const QJsonObject inner = data.isObject() ? data.toObject() : answer;
    for (const char* key : keys) {
        if (inner.value(QLatin1String(key)).isArray())
            return inner.value(QLatin1String(key)).toArray();
    }
    return {};
}

// The record inside an answer: data as an object, the first of a data list, or nothing.
QJsonObject recordOf(const QJsonObject& answer)
{
    const QJsonValue data = answer.value(QLatin1String("data"));
    if (data.isObject())
        return data.toObject();
    if (data.isArray())
        return data.toArray().at(0).toObject();
    // No data: the record may be the answer itself.
    if (answer.contains(QLatin1String("uid")) || answer.contains(QLatin1String("to")))
        return answer;
    return {};
}

QString digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

// QuickFlow speaks 254712345678; Tuma speaks +254712345678.
QString e164Of(const QString& phone)
{
    const QString digits = digitsOf(phone);
    return digits.isEmpty() ? QString() : u'+' + digits;
}

QDateTime timeOf(const QJsonObject& object)
{
    const QString text
        = JsonFields::firstText(object, {"created_at", "creation", "sent_at", "date"});
    if (text.isEmpty())
        return {};
    if (text.contains(u'T')) {
        QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (iso.isValid())
            return iso;
    }
    // Frappe's "2025-01-31 14:05:09.123456", in the provider's local time.
    QDateTime at = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!at.isValid())
        return {};
    at.setTimeZone(eastAfricaTime());
    return at;
}

bool refusedStatus(const QString& status)
{
    static const QStringList refused {
        QStringLiteral("failed"),   QStringLiteral("fail"),    QStringLiteral("error"),
        QStringLiteral("rejected"), QStringLiteral("invalid"), QStringLiteral("blacklisted"),
    };
    return refused.contains(status.trimmed().toLower());
}

// Frappe puts its messages in "_server_messages": a JSON list of JSON objects, as a string.
QString serverMessagesText(const QJsonObject& root)
{
    const QJsonArray list
        = QJsonDocument::fromJson(root.value(QLatin1String("_server_messages")).toString().toUtf8())
              .array();
    QStringList texts;
    for (const QJsonValue& item : list) {
        const QJsonObject message = QJsonDocument::fromJson(item.toString().toUtf8()).object();
        const QString text = JsonFields::text(message.value(QLatin1String("message")));
        texts.append(text.isEmpty() ? item.toString() : text);
    }
    return texts.join(u' ');
}

} // namespace

QuickFlowAdapter::QuickFlowAdapter(ProviderAccount account, QObject* parent)
    : ProviderAdapter(std::move(account), parent)
{ }

QuickFlowAdapter::~QuickFlowAdapter() = default;

Capabilities QuickFlowAdapter::capabilities() const
{
    Capabilities capabilities;
    capabilities.maxRecipientsPerRequest = kMaxRecipientsPerRequest;
    capabilities.batchShape = Capabilities::BatchShape::SharedBody;
    capabilities.providerScheduling = true;
    capabilities.messageIds = true;
    capabilities.statusPolling = true;
    capabilities.history = true;
    capabilities.historyShape = Capabilities::HistoryShape::PerRecipient;
    capabilities.balance = true;
    capabilities.balancePerSender = true;
    capabilities.topUp = true;
    capabilities.remoteContacts = true;
    capabilities.remoteGroups = true;
    capabilities.remoteGroupRename = true;
    capabilities.remoteGroupMemberRemoval = true;
    capabilities.sendToRemoteGroup = true;
    capabilities.senderRequired = true;
    return capabilities;
}

// ---- Errors -------------------------------------------------------------------------------

QString QuickFlowAdapter::providerWords(const HttpResponse& response) const
{
    return errorFromResponse(response, QJsonDocument::fromJson(response.body.trimmed()))
        .providerText;
}

ProviderError QuickFlowAdapter::errorFromResponse(const HttpResponse& response,
                                                  const QJsonDocument& document)
{
    const QJsonObject root = document.object();
    const QJsonValue envelope = root.value(QLatin1String("message"));
    const QJsonObject inner = envelope.toObject();

    QString text = JsonFields::firstText(inner, {"message", "error", "detail", "description"});
    if (text.isEmpty() && envelope.isString())
        text = envelope.toString();
    if (text.isEmpty())
        text = serverMessagesText(root);
    if (text.isEmpty()) {
        // "frappe.exceptions.ValidationError: Sender ID is required"
        const QString exception = JsonFields::text(root.value(QLatin1String("exception")));
        text = exception.contains(QLatin1String(": ")) ? exception.section(QStringLiteral(": "), 1)
                                                       : exception;
    }
    if (text.isEmpty())
        text = JsonFields::firstText(root, {"error", "detail"});
    QString excType = JsonFields::text(root.value(QLatin1String("exc_type")));
    if (excType.isEmpty())
        excType = JsonFields::text(inner.value(QLatin1String("exc_type")));
    const int status = response.status;
    const bool ok = status >= 200 && status < 300;

    Kind kind = Kind::Server;
    if (status == 401 || excType == QLatin1String("AuthenticationError"))
        kind = Kind::Authentication;
    else if (status == 429 || excType.contains(QLatin1String("RateLimit")))
        kind = Kind::RateLimited;
    else if (status >= 500)
        kind = Kind::Server;
    else if (status == 402 || text.contains(QLatin1String("insufficient"), Qt::CaseInsensitive))
        kind = Kind::InsufficientCredit;
    else if (excType == QLatin1String("InvalidPhoneNumberError"))
        kind = Kind::InvalidRecipient;
    else if (status == 403 || excType == QLatin1String("PermissionError"))
        kind = Kind::Permission;
    else if (status == 404 || excType == QLatin1String("DoesNotExistError"))
        kind = Kind::NotFound;
    // Frappe answers 417 for a ValidationError and its kin (MandatoryError, LinkExistsError).
    else if (status == 400 || status == 409 || status == 417 || status == 422 || ok
             || excType.endsWith(QLatin1String("Error")))
        kind = Kind::Validation;

    ProviderError error = ProviderError::make(kind, text.isEmpty() ? excerpt(response.body) : text,
                                              ok ? 0 : status);
    if (kind == Kind::RateLimited) {
        bool parsed = false;
        const int seconds = response.header("retry-after").trimmed().toInt(&parsed);
        if (parsed && seconds >= 0)
            error.retryAfterSeconds = seconds;
    } else if (kind == Kind::Authentication) {
        error.message = tr("QuickFlow did not accept the account's API key and secret. Check "
                           "them in the account's settings (written as key:secret).");
    } else if (kind == Kind::Permission) {
        error.message = tr("QuickFlow refused this for the account: the sender ID may not be "
                           "assigned to it. Check the account's sender IDs.");
    } else if (kind == Kind::Validation && !text.isEmpty()) {
        error.message = tr("QuickFlow refused the request: %1").arg(text);
    }
    return error;
}

MessageState QuickFlowAdapter::stateFromStatus(const QString& status)
{
    const QString word = status.trimmed().toLower();
    // The document's one example: "success" is the delivery status of a delivered message.
    if (word == QLatin1String("success") || word == QLatin1String("delivered")
        || word == QLatin1String("delivrd"))
        return MessageState::Delivered;
    if (word == QLatin1String("failed") || word == QLatin1String("undelivered")
        || word == QLatin1String("undeliv") || word == QLatin1String("rejected")
        || word == QLatin1String("expired") || word == QLatin1String("error"))
        return MessageState::Failed;
    if (word == QLatin1String("sent") || word == QLatin1String("submitted"))
        return MessageState::Sent;
    if (word == QLatin1String("pending") || word == QLatin1String("queued")
        || word == QLatin1String("scheduled"))
        return MessageState::Pending;
    if (word == QLatin1String("accepted"))
        return MessageState::Accepted;
    return MessageState::Unknown;
}

QString QuickFlowAdapter::scheduleTimeText(const QDateTime& at)
{
    return at.toTimeZone(eastAfricaTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// ---- Requests -----------------------------------------------------------------------------

std::optional<ProviderError> QuickFlowAdapter::credentialProblem() const
{
    if (ProviderRegistry::secretWellFormed(ProviderKind::QuickFlow, m_account.secret))
        return std::nullopt;
    ProviderError error = ProviderError::make(Kind::Configuration);
    error.message = tr("The QuickFlow account needs its API key and API secret, written as "
                       "key:secret. Enter them in the account's settings.");
    return error;
}

ProviderResult<QString> QuickFlowAdapter::senderFor(const QString& wanted) const
{
    if (!wanted.trimmed().isEmpty())
        return wanted.trimmed();
    if (!m_account.defaultSender.trimmed().isEmpty())
        return m_account.defaultSender.trimmed();
    if (!m_account.senderIds.isEmpty() && !m_account.senderIds.first().trimmed().isEmpty())
        return m_account.senderIds.first().trimmed();
    ProviderError error = ProviderError::make(Kind::Validation);
    error.message = tr("QuickFlow needs a sender ID for this. Add the sender ID QuickFlow "
                       "assigned to you to the account's settings.");
    return error;
}

HttpRequest QuickFlowAdapter::request(const QByteArray& verb, const QString& method,
                                      const QUrlQuery& query) const
{
    QUrl url = m_account.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + method);
    // Every reserved character percent-encoded: a '+' in a value must not become a space.
    QStringList pairs;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'='
                     + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    if (!pairs.isEmpty())
        url.setQuery(pairs.join(u'&'));
    HttpRequest request;
    request.method = verb;
    request.url = url;
    request.headers.append(
        {QByteArrayLiteral("Authorization"), "token " + m_account.secret.toUtf8()});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    return request;
}

void QuickFlowAdapter::get(const QString& method, const QUrlQuery& query, Answer done)
{
    if (std::optional<ProviderError> problem = credentialProblem()) {
        answerLater<ProviderResult<QJsonObject>>(this, std::move(done), *problem);
        return;
    }
    call(request("GET", method, query), method, Purpose::Query, std::move(done));
}

void QuickFlowAdapter::post(const QString& method, const QJsonObject& body, Purpose purpose,
                            Answer done)
{
    if (std::optional<ProviderError> problem = credentialProblem()) {
        answerLater<ProviderResult<QJsonObject>>(this, std::move(done), *problem);
        return;
    }
    HttpRequest httpRequest = request("POST", method, {});
    httpRequest.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    httpRequest.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call(httpRequest, method, purpose, std::move(done));
}

void QuickFlowAdapter::call(const HttpRequest& httpRequest, const QString& method, Purpose purpose,
                            Answer done)
{
    qCDebug(lcQuickFlow) << httpRequest.method << method;
    exchange(httpRequest, purpose,
             [method, purpose, done = std::move(done)](ProviderResult<HttpResponse> result) {
                 if (!result) {
                     qCDebug(lcQuickFlow)
                         << method << "failed:" << ProviderError::kindName(result.error().kind);
                     done(result.error());
                     return;
                 }
                 const HttpResponse& response = result.value();
                 qCDebug(lcQuickFlow) << method << "HTTP" << response.status;
                 const bool ok = response.status >= 200 && response.status < 300;
                 ProviderResult<QJsonDocument> parsed = parseJson(response);
                 if (!parsed) {
                     ProviderError error = parsed.error();
                     if (ok && purpose == Purpose::Submission) {
                         // Accepted or not, nobody can tell from this body.
                         error.kind = Kind::AmbiguousSubmission;
                         error.message = ProviderError::defaultMessage(error.kind);
                     } else if (!ok && response.status < 500) {
                         // The status alone still says what happened (401, 429...).
                         error = errorFromResponse(response, QJsonDocument());
                     }
                     done(error);
                     return;
                 }
                 const QJsonDocument& document = parsed.value();
                 if (!ok) {
                     done(errorFromResponse(response, document));
                     return;
                 }
                 const QJsonObject root = document.object();
                 const QJsonValue envelope = root.value(QLatin1String("message"));
                 QJsonObject answer;
                 if (envelope.isObject())
                     answer = envelope.toObject();
                 else if (document.isArray())
                     answer.insert(QStringLiteral("data"), document.array());
                 else if (!envelope.isUndefined())
                     answer.insert(QStringLiteral("message"), envelope);
                 else
                     answer = root;
                 const QJsonValue status = answer.value(QLatin1String("status"));
                 // A message record put straight into "message" carries its own delivery
                 // status ("failed"): that is an answer, not a refusal.
                 const bool isRecord = answer.contains(QLatin1String("uid"))
                     || answer.contains(QLatin1String("to"));
                 const bool refused
                     = (status.isString() && !isRecord && refusedStatus(status.toString()))
                     || (status.isBool() && !status.toBool())
                     || answer.value(QLatin1String("success")) == QJsonValue(false)
                     || root.contains(QLatin1String("exc_type"));
                 if (refused) {
                     done(errorFromResponse(response, document));
                     return;
                 }
                 done(answer);
             });
}

// ---- Sending ------------------------------------------------------------------------------

void QuickFlowAdapter::send(const SendRequest& sendRequest, Reply<SendResult> done)
{
    const auto refuse = [this, &done](ProviderError error) {
        answerLater<ProviderResult<SendResult>>(this, std::move(done), std::move(error));
    };
    const ProviderResult<QString> sender = senderFor(sendRequest.senderId);
    if (!sender)
        return refuse(sender.error());
    if (sendRequest.recipients.isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("Add at least one recipient.");
        return refuse(error);
    }
    if (sendRequest.recipients.size() > kMaxRecipientsPerRequest) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("QuickFlow takes at most %1 recipients in one request.")
                            .arg(kMaxRecipientsPerRequest);
        return refuse(error);
    }
    const QString text
        = sendRequest.text.isEmpty() ? sendRequest.recipients.first().text : sendRequest.text;
    if (text.trimmed().isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("The message is empty. Write the text to send.");
        return refuse(error);
    }
    QStringList numbers;
    for (const SendRecipient& recipient : sendRequest.recipients)
        numbers.append(digitsOf(recipient.phone));

    QJsonObject body {
        {QStringLiteral("recipient"), numbers.join(u',')},
        {QStringLiteral("sender_id"), sender.value()},
        {QStringLiteral("message"), text},
        {QStringLiteral("type"),
         SmsText::count(text).encoding == SmsEncoding::Ucs2 ? QStringLiteral("unicode")
                                                            : QStringLiteral("plain")},
    };
    const bool scheduled = sendRequest.scheduleAt.isValid()
        && sendRequest.scheduleAt > QDateTime::currentDateTimeUtc();
    if (scheduled)
        body.insert(QStringLiteral("schedule_time"), scheduleTimeText(sendRequest.scheduleAt));
    submit(QStringLiteral("quickflow.sms.send"), body, sendRequest.recipients, scheduled,
           std::move(done));
}

void QuickFlowAdapter::sendToRemote(const RemoteSendRequest& sendRequest, Reply<SendResult> done)
{
    const auto refuse = [this, &done](ProviderError error) {
        answerLater<ProviderResult<SendResult>>(this, std::move(done), std::move(error));
    };
    if (sendRequest.allContacts || !sendRequest.contactIds.isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Unsupported);
        error.message = tr("QuickFlow sends a campaign to one contact group; it cannot send to "
                           "chosen contacts or to all contacts at once.");
        return refuse(error);
    }
    if (sendRequest.groupIds.size() != 1 || sendRequest.groupIds.first().trimmed().isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("QuickFlow sends a campaign to one contact group at a time. Choose "
                           "one group.");
        return refuse(error);
    }
    const ProviderResult<QString> sender = senderFor(sendRequest.senderId);
    if (!sender)
        return refuse(sender.error());
    if (sendRequest.text.trimmed().isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("The message is empty. Write the text to send.");
        return refuse(error);
    }
    QJsonObject body {
        {QStringLiteral("contact_list_id"), sendRequest.groupIds.first().trimmed()},
        {QStringLiteral("sender_id"), sender.value()},
        {QStringLiteral("message"), sendRequest.text},
        {QStringLiteral("type"),
         SmsText::count(sendRequest.text).encoding == SmsEncoding::Ucs2 ? QStringLiteral("unicode")
                                                                        : QStringLiteral("plain")},
    };
    const bool scheduled = sendRequest.scheduleAt.isValid()
        && sendRequest.scheduleAt > QDateTime::currentDateTimeUtc();
    if (scheduled)
        body.insert(QStringLiteral("schedule_time"), scheduleTimeText(sendRequest.scheduleAt));
    submit(QStringLiteral("quickflow.sms.campaign"), body, {}, scheduled, std::move(done));
}

void QuickFlowAdapter::submit(const QString& method, const QJsonObject& body,
                              const QList<SendRecipient>& recipients, bool scheduled,
                              Reply<SendResult> done)
{
    post(method, body, Purpose::Submission,
         [recipients, scheduled, done = std::move(done)](ProviderResult<QJsonObject> answer) {
             if (!answer) {
                 done(answer.error());
                 return;
             }
             done(sendResult(answer.value(), recipients, scheduled));
         });
}

SendResult QuickFlowAdapter::sendResult(const QJsonObject& answer,
                                        const QList<SendRecipient>& recipients, bool scheduled)
{
    const QJsonObject data = answer.value(QLatin1String("data")).toObject();
    const QJsonArray list = listOf(answer, {"recipients", "messages", "results", "data"});
    const QString acceptedStatus = JsonFields::firstText(answer, {"status"}).isEmpty()
        ? QStringLiteral("success")
        : JsonFields::firstText(answer, {"status"});
    // A single message's id may be the data's own (or the answer's, if there is no data).
    const QString singleId = idOf(data).isEmpty() ? idOf(answer) : idOf(data);

    const auto outcomeOf = [](const QJsonObject& entry, const QString& phone) {
        RecipientOutcome outcome;
        outcome.phone = phone;
        outcome.messageId = idOf(entry);
        outcome.providerStatus = JsonFields::firstText(entry, {"status", "state"});
        outcome.errorText = JsonFields::firstText(entry, {"error", "reason", "error_message"});
        outcome.accepted = !refusedStatus(outcome.providerStatus) && outcome.errorText.isEmpty();
        if (!outcome.accepted && outcome.errorText.isEmpty())
            outcome.errorText = JsonFields::firstText(entry, {"message", "description"});
        return outcome;
    };

    SendResult result;
    result.scheduled = scheduled;
    result.creditsUsed
        = JsonFields::firstNumber(data, {"cost", "units", "credits_used", "units_used"});
    result.balanceAfter
        = JsonFields::firstNumber(data, {"balance", "balance_after", "remaining_balance"});
    if (recipients.size() != 1)
        result.batchId = JsonFields::firstText(data, {"batch_id", "batch", "uid", "id"});

    if (recipients.isEmpty()) {
        // A campaign: the provider alone knows who was in the group.
        for (const QJsonValue& value : list) {
            const QJsonObject entry = value.toObject();
            result.recipients.append(
                outcomeOf(entry,
                          e164Of(JsonFields::firstText(
                              entry, {"recipient", "to", "phone", "mobile", "number"}))));
        }
        return result;
    }

    // The answer's entries by their number, each read once (500 recipients a request: a
    // lookup per recipient, not a walk through the whole answer); a number listed twice is
    // matched in the order of the answer.
    QHash<QString, QList<qsizetype>> entriesByNumber;
    for (qsizetype i = 0; i < list.size(); ++i) {
        entriesByNumber[digitsOf(JsonFields::firstText(
                            list.at(i).toObject(),
                            {"recipient", "to", "phone", "mobile", "number"}))]
            .append(i);
    }
    for (const SendRecipient& recipient : recipients) {
        std::optional<RecipientOutcome> outcome;
        const auto entries = entriesByNumber.find(digitsOf(recipient.phone));
        if (entries != entriesByNumber.end() && !entries->isEmpty())
            outcome = outcomeOf(list.at(entries->takeFirst()).toObject(), recipient.phone);
        if (!outcome) {
            // Not listed: the request as a whole was accepted, so this message was too.
            outcome = RecipientOutcome {recipient.phone, {}, true, acceptedStatus, {}};
        }
        if (outcome->accepted && outcome->messageId.isEmpty() && recipients.size() == 1)
            outcome->messageId = singleId;
        result.recipients.append(*outcome);
    }
    return result;
}

// ---- Following up -------------------------------------------------------------------------

void QuickFlowAdapter::messageStatus(const QString& messageId, Reply<MessageStatus> done)
{
    if (messageId.trimmed().isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("Give the id of the message whose status you want.");
        answerLater<ProviderResult<MessageStatus>>(this, std::move(done), error);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("uid"), messageId.trimmed());
    get(QStringLiteral("quickflow.sms.get"), query,
        [messageId, done = std::move(done)](ProviderResult<QJsonObject> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            const QJsonObject record = recordOf(answer.value());
            if (record.isEmpty()) {
                ProviderError error = ProviderError::make(Kind::Server);
                error.message = tr("QuickFlow's answer about the message has no status in it. "
                                   "Try again in a few minutes.");
                done(error);
                return;
            }
            MessageStatus status;
            status.messageId = JsonFields::firstText(record, {"uid", "message_id", "messageId"});
            if (status.messageId.isEmpty())
                status.messageId = messageId.trimmed();
            status.providerStatus = JsonFields::firstText(record, {"status", "state"});
            status.state = stateFromStatus(status.providerStatus);
            status.phone = e164Of(JsonFields::firstText(record, {"to", "recipient", "phone"}));
            status.sentAt = timeOf(record);
            done(status);
        });
}

void QuickFlowAdapter::history(const HistoryQuery& historyQuery, Reply<HistoryPage> done)
{
    const ProviderResult<QString> sender = senderFor(historyQuery.senderId);
    if (!sender) {
        answerLater<ProviderResult<HistoryPage>>(this, std::move(done), sender.error());
        return;
    }
    const int page = std::max(1, historyQuery.page);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sender_id"), sender.value());
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::max(1, historyQuery.limit)));
    get(QStringLiteral("quickflow.sms.list_all"), query,
        [page, done = std::move(done)](ProviderResult<QJsonObject> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            const QJsonValue data = answer.value().value(QLatin1String("data"));
            const QJsonObject pagination = data.toObject();
            const QJsonArray records = data.isArray()
                ? data.toArray()
                : pagination.value(QLatin1String("data")).toArray();
            HistoryPage result;
            result.page
                = JsonFields::integer(pagination.value(QLatin1String("current_page")), page);
            result.lastPage = std::max(
                result.page,
                JsonFields::integer(pagination.value(QLatin1String("last_page")), result.page));
            result.lastPageKnown = pagination.contains(QLatin1String("last_page"));
            result.total = JsonFields::integer(pagination.value(QLatin1String("total")),
                                               static_cast<int>(records.size()));
            for (const QJsonValue& value : records) {
                const QJsonObject record = value.toObject();
                HistoryEntry entry;
                entry.messageId
                    = JsonFields::firstText(record, {"uid", "message_id", "messageId", "id"});
                entry.phone = e164Of(JsonFields::firstText(record, {"to", "recipient", "phone"}));
                entry.sender = JsonFields::firstText(record, {"from", "sender_id", "sender"});
                entry.text = JsonFields::text(record.value(QLatin1String("message")));
                entry.providerStatus = JsonFields::firstText(record, {"status", "state"});
                entry.state = stateFromStatus(entry.providerStatus);
                entry.cost = JsonFields::number(record.value(QLatin1String("cost")));
                entry.createdAt = timeOf(record);
                result.entries.append(entry);
            }
            done(result);
        });
}

// ---- Money --------------------------------------------------------------------------------

void QuickFlowAdapter::balance(Reply<Balance> done)
{
    const ProviderResult<QString> sender = senderFor({});
    if (!sender) {
        answerLater<ProviderResult<Balance>>(this, std::move(done), sender.error());
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sender_id"), sender.value());
    get(QStringLiteral("quickflow.sms.balance"), query,
        [done = std::move(done)](ProviderResult<QJsonObject> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            const QJsonValue data = answer.value().value(QLatin1String("data"));
            std::optional<double> amount = JsonFields::number(data);
            if (!amount) {
                amount = JsonFields::firstNumber(
                    data.isObject() ? data.toObject() : answer.value(),
                    {"balance", "sms_balance", "units", "credits", "credit", "amount"});
            }
            if (!amount) {
                ProviderError error = ProviderError::make(
                    Kind::Server,
                    QString::fromUtf8(
                        QJsonDocument(answer.value()).toJson(QJsonDocument::Compact)));
                error.message = tr("QuickFlow's answer has no balance in it. Try again in a few "
                                   "minutes.");
                done(error);
                return;
            }
            Balance balance;
            balance.amount = *amount;
            balance.unit = QStringLiteral("credits");
            done(balance);
        });
}

void QuickFlowAdapter::topUp(const TopUpRequest& topUpRequest, Reply<TopUpReceipt> done)
{
    const auto refuse = [this, &done](const QString& message) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = message;
        answerLater<ProviderResult<TopUpReceipt>>(this, std::move(done), error);
    };
    const double amount = topUpRequest.amountKes;
    if (!(amount > 0) || amount != std::floor(amount))
        return refuse(tr("M-Pesa takes whole shillings: give the amount as a whole number."));
    QString mobile = digitsOf(topUpRequest.mobile);
    if (mobile.size() == 10 && mobile.startsWith(u'0'))
        mobile = QStringLiteral("254") + mobile.mid(1);
    static const QRegularExpression kenyan(QStringLiteral("^254[17][0-9]{8}$"));
    if (!kenyan.match(mobile).hasMatch()) {
        return refuse(tr("M-Pesa top-ups need a Kenyan mobile number such as +254712345678."));
    }
    const QJsonObject body {{QStringLiteral("amount"), static_cast<qint64>(amount)},
                            {QStringLiteral("mobile"), mobile}};
    // A payment request is not repeated blindly either: the user would be asked to pay twice.
    post(
        QStringLiteral("quickflow.services.rest.initiate_payment"), body, Purpose::Submission,
        [done = std::move(done)](ProviderResult<QJsonObject> answer) {
            if (!answer) {
                ProviderError error = answer.error();
                if (error.kind == Kind::AmbiguousSubmission) {
                    error.message = tr("The connection broke after the payment request was "
                                       "sent, so Tuma cannot tell whether it reached M-Pesa. "
                                       "Look for the M-Pesa prompt on the phone and check the "
                                       "balance before asking again.");
                }
                done(error);
                return;
            }
            const QJsonObject data = recordOf(answer.value());
            const QString code = JsonFields::firstText(data, {"ResponseCode", "response_code"});
            if (!code.isEmpty() && code != QLatin1String("0")) {
                ProviderError error = ProviderError::make(
                    Kind::Validation,
                    JsonFields::firstText(
                        data, {"ResponseDescription", "errorMessage", "CustomerMessage"}));
                error.message
                    = tr("M-Pesa refused the payment request: %1").arg(error.providerText);
                done(error);
                return;
            }
            TopUpReceipt receipt;
            receipt.requestId
                = JsonFields::firstText(data,
                                        {"CheckoutRequestID", "checkout_request_id", "request_id",
                                         "MerchantRequestID", "uid", "id"});
            receipt.providerStatus = JsonFields::firstText(data, {"ResponseDescription", "status"});
            if (receipt.providerStatus.isEmpty())
                receipt.providerStatus
                    = JsonFields::firstText(answer.value(), {"message", "status"});
            done(receipt);
        });
}

// ---- Contacts and groups ------------------------------------------------------------------

RemoteContact QuickFlowAdapter::contactFrom(const QJsonObject& object)
{
    RemoteContact contact;
    contact.id = JsonFields::firstText(object, {"uid", "id", "contact_id"});
    contact.groupId = JsonFields::firstText(object, {"group_id", "contact_list_id", "group"});
    contact.phone = e164Of(JsonFields::firstText(object, {"phone", "mobile", "phone_number"}));
    contact.firstName = JsonFields::firstText(object, {"first_name"});
    contact.lastName = JsonFields::firstText(object, {"last_name"});
    contact.email = JsonFields::firstText(object, {"email"});
    return contact;
}

RemoteGroup QuickFlowAdapter::groupFrom(const QJsonObject& object)
{
    RemoteGroup group;
    // "name" is the group's name here (store_group's parameter), not Frappe's document id.
    group.id = JsonFields::firstText(object, {"group_id", "id", "uid", "contact_list_id"});
    group.name = JsonFields::firstText(object, {"name", "group_name", "title"});
    group.contactCount = JsonFields::integer(
        object.value(QLatin1String("contacts_count")),
        JsonFields::integer(
            object.value(QLatin1String("contact_count")),
            JsonFields::integer(object.value(QLatin1String("total_contacts")), -1)));
    group.createdAt = timeOf(object);
    return group;
}

void QuickFlowAdapter::listContacts(const RemoteContactQuery& contactQuery,
                                    Reply<RemoteContactPage> done)
{
    const auto refuse = [this, &done](ProviderError error) {
        answerLater<ProviderResult<RemoteContactPage>>(this, std::move(done), std::move(error));
    };
    if (contactQuery.groupId.trimmed().isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("Choose a QuickFlow contact group: QuickFlow lists contacts one group "
                           "at a time.");
        return refuse(error);
    }
    const ProviderResult<QString> sender = senderFor({});
    if (!sender)
        return refuse(sender.error());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sender_id"), sender.value());
    query.addQueryItem(QStringLiteral("group_id"), contactQuery.groupId.trimmed());
    get(QStringLiteral("quickflow.contact.all_contacts"), query,
        [contactQuery, done = std::move(done)](ProviderResult<QJsonObject> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            // The provider answers the whole group: search and pages are ours.
            const QString search = contactQuery.search.trimmed();
            const QString searchDigits = digitsOf(search);
            QList<RemoteContact> matching;
            for (const QJsonValue& value : listOf(answer.value(), {"contacts", "data"})) {
                RemoteContact contact = contactFrom(value.toObject());
                if (contact.groupId.isEmpty())
                    contact.groupId = contactQuery.groupId.trimmed();
                const bool matches = search.isEmpty()
                    || contact.firstName.contains(search, Qt::CaseInsensitive)
                    || contact.lastName.contains(search, Qt::CaseInsensitive)
                    || (contact.firstName + u' ' + contact.lastName)
                           .contains(search, Qt::CaseInsensitive)
                    || (!searchDigits.isEmpty() && contact.phone.contains(searchDigits));
                if (matches)
                    matching.append(contact);
            }
            const int limit = std::max(1, contactQuery.limit);
            RemoteContactPage page;
            page.total = static_cast<int>(matching.size());
            page.lastPage = std::max(1, (page.total + limit - 1) / limit);
            page.page = std::clamp(contactQuery.page, 1, page.lastPage);
            page.contacts = matching.mid(static_cast<qsizetype>(page.page - 1) * limit, limit);
            done(page);
        });
}

void QuickFlowAdapter::contact(const QString& groupId, const QString& contactId,
                               Reply<RemoteContact> done)
{
    const ProviderResult<QString> sender = senderFor({});
    if (!sender) {
        answerLater<ProviderResult<RemoteContact>>(this, std::move(done), sender.error());
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sender_id"), sender.value());
    query.addQueryItem(QStringLiteral("group_id"), groupId);
    query.addQueryItem(QStringLiteral("uid"), contactId);
    get(QStringLiteral("quickflow.contact.search_contact"), query,
        [groupId, contactId, done = std::move(done)](ProviderResult<QJsonObject> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            const QJsonObject record = recordOf(answer.value());
            if (record.isEmpty()) {
                done(ProviderError::make(Kind::NotFound, contactId));
                return;
            }
            RemoteContact contact = contactFrom(record);
            if (contact.id.isEmpty())
                contact.id = contactId;
            if (contact.groupId.isEmpty())
                contact.groupId = groupId;
            done(contact);
        });
}

void QuickFlowAdapter::createContact(const RemoteContact& newContact, Reply<RemoteContact> done)
{
    const auto refuse = [this, &done](ProviderError error) {
        answerLater<ProviderResult<RemoteContact>>(this, std::move(done), std::move(error));
    };
    const ProviderResult<QString> sender = senderFor({});
    if (!sender)
        return refuse(sender.error());
    if (newContact.groupId.trimmed().isEmpty() || digitsOf(newContact.phone).isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("A QuickFlow contact needs a group and a phone number.");
        return refuse(error);
    }
    QJsonObject body {{QStringLiteral("sender_id"), sender.value()},
                      {QStringLiteral("group_id"), newContact.groupId.trimmed()},
                      {QStringLiteral("phone"), digitsOf(newContact.phone)}};
    if (!newContact.firstName.isEmpty())
        body.insert(QStringLiteral("first_name"), newContact.firstName);
    if (!newContact.lastName.isEmpty())
        body.insert(QStringLiteral("last_name"), newContact.lastName);
    post(QStringLiteral("quickflow.contact.store_contact"), body, Purpose::Creation,
         [newContact, done = std::move(done)](ProviderResult<QJsonObject> answer) {
             if (!answer) {
                 done(answer.error());
                 return;
             }
             RemoteContact created = contactFrom(recordOf(answer.value()));
             if (created.id.isEmpty())
                 created.id = idOf(answer.value());
             if (created.groupId.isEmpty())
                 created.groupId = newContact.groupId.trimmed();
             if (created.phone.isEmpty())
                 created.phone = e164Of(newContact.phone);
             if (created.firstName.isEmpty())
                 created.firstName = newContact.firstName;
             if (created.lastName.isEmpty())
                 created.lastName = newContact.lastName;
             done(created);
         });
}

void QuickFlowAdapter::updateContact(const RemoteContact& changed, Reply<RemoteContact> done)
{
    const auto refuse = [this, &done](ProviderError error) {
        answerLater<ProviderResult<RemoteContact>>(this, std::move(done), std::move(error));
    };
    const ProviderResult<QString> sender = senderFor({});
    if (!sender)
        return refuse(sender.error());
    if (changed.id.trimmed().isEmpty() || changed.groupId.trimmed().isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("A QuickFlow contact is updated by its group and its id.");
        return refuse(error);
    }
    // The names are always sent, so that clearing one clears it; an empty phone is left as it is.
    QJsonObject body {{QStringLiteral("sender_id"), sender.value()},
                      {QStringLiteral("group_id"), changed.groupId.trimmed()},
                      {QStringLiteral("uid"), changed.id.trimmed()},
                      {QStringLiteral("first_name"), changed.firstName},
                      {QStringLiteral("last_name"), changed.lastName}};
    if (!digitsOf(changed.phone).isEmpty())
        body.insert(QStringLiteral("phone"), digitsOf(changed.phone));
    post(QStringLiteral("quickflow.contact.update_contact"), body, Purpose::Query,
         [changed, done = std::move(done)](ProviderResult<QJsonObject> answer) {
             if (!answer) {
                 done(answer.error());
                 return;
             }
             const QJsonObject record = recordOf(answer.value());
             RemoteContact updated = record.isEmpty() ? changed : contactFrom(record);
             if (updated.id.isEmpty())
                 updated.id = changed.id;
             if (updated.groupId.isEmpty())
                 updated.groupId = changed.groupId;
             if (record.isEmpty())
                 updated.phone = e164Of(changed.phone);
             done(updated);
         });
}

void QuickFlowAdapter::deleteContact(const QString& groupId, const QString& contactId,
                                     Reply<void> done)
{
    const ProviderResult<QString> sender = senderFor({});
    if (!sender) {
        answerLater<ProviderResult<void>>(this, std::move(done), sender.error());
        return;
    }
    const QJsonObject body {{QStringLiteral("sender_id"), sender.value()},
                            {QStringLiteral("group_id"), groupId},
                            {QStringLiteral("uid"), contactId}};
    post(QStringLiteral("quickflow.contact.delete_contact"), body, Purpose::Query,
         [done = std::move(done)](ProviderResult<QJsonObject> answer) {
             if (!answer)
                 done(answer.error());
             else
                 done(ProviderResult<void>());
         });
}

void QuickFlowAdapter::listGroups(Reply<QList<RemoteGroup>> done)
{
    const ProviderResult<QString> sender = senderFor({});
    if (!sender) {
        answerLater<ProviderResult<QList<RemoteGroup>>>(this, std::move(done), sender.error());
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sender_id"), sender.value());
    get(QStringLiteral("quickflow.contact.all_groups"), query,
        [done = std::move(done)](ProviderResult<QJsonObject> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            QList<RemoteGroup> groups;
            for (const QJsonValue& value : listOf(answer.value(), {"groups", "data"}))
                groups.append(groupFrom(value.toObject()));
            done(groups);
        });
}

void QuickFlowAdapter::group(const QString& groupId, Reply<RemoteGroup> done)
{
    const ProviderResult<QString> sender = senderFor({});
    if (!sender) {
        answerLater<ProviderResult<RemoteGroup>>(this, std::move(done), sender.error());
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sender_id"), sender.value());
    query.addQueryItem(QStringLiteral("group_id"), groupId);
    get(QStringLiteral("quickflow.contact.show_group"), query,
        [groupId, done = std::move(done)](ProviderResult<QJsonObject> answer) {
            if (!answer) {
                done(answer.error());
                return;
            }
            const QJsonObject record = recordOf(answer.value());
            if (record.isEmpty()) {
                done(ProviderError::make(Kind::NotFound, groupId));
                return;
            }
            RemoteGroup found = groupFrom(record);
            if (found.id.isEmpty())
                found.id = groupId;
            done(found);
        });
}

void QuickFlowAdapter::createGroup(const QString& name, Reply<RemoteGroup> done)
{
    const auto refuse = [this, &done](ProviderError error) {
        answerLater<ProviderResult<RemoteGroup>>(this, std::move(done), std::move(error));
    };
    const ProviderResult<QString> sender = senderFor({});
    if (!sender)
        return refuse(sender.error());
    if (name.trimmed().isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("Give the group a name.");
        return refuse(error);
    }
    const QJsonObject body {{QStringLiteral("sender_id"), sender.value()},
                            {QStringLiteral("name"), name.trimmed()}};
    post(QStringLiteral("quickflow.contact.store_group"), body, Purpose::Creation,
         [name, done = std::move(done)](ProviderResult<QJsonObject> answer) {
             if (!answer) {
                 done(answer.error());
                 return;
             }
             RemoteGroup created = groupFrom(recordOf(answer.value()));
             if (created.id.isEmpty())
                 created.id = idOf(answer.value());
             if (created.name.isEmpty())
                 created.name = name.trimmed();
             done(created);
         });
}

void QuickFlowAdapter::renameGroup(const QString& groupId, const QString& name, Reply<void> done)
{
    const ProviderResult<QString> sender = senderFor({});
    if (!sender || name.trimmed().isEmpty()) {
        ProviderError error = sender ? ProviderError::make(Kind::Validation) : sender.error();
        if (sender)
            error.message = tr("Give the group a name.");
        answerLater<ProviderResult<void>>(this, std::move(done), error);
        return;
    }
    const QJsonObject body {{QStringLiteral("sender_id"), sender.value()},
                            {QStringLiteral("group_id"), groupId},
                            {QStringLiteral("name"), name.trimmed()}};
    post(QStringLiteral("quickflow.contact.update_group"), body, Purpose::Query,
         [done = std::move(done)](ProviderResult<QJsonObject> answer) {
             if (!answer)
                 done(answer.error());
             else
                 done(ProviderResult<void>());
         });
}

void QuickFlowAdapter::deleteGroup(const QString& groupId, Reply<void> done)
{
    const ProviderResult<QString> sender = senderFor({});
    if (!sender) {
        answerLater<ProviderResult<void>>(this, std::move(done), sender.error());
        return;
    }
    const QJsonObject body {{QStringLiteral("sender_id"), sender.value()},
                            {QStringLiteral("group_id"), groupId}};
    post(QStringLiteral("quickflow.contact.delete_group"), body, Purpose::Query,
         [done = std::move(done)](ProviderResult<QJsonObject> answer) {
             if (!answer)
                 done(answer.error());
             else
                 done(ProviderResult<void>());
         });
}

} // namespace tuma
