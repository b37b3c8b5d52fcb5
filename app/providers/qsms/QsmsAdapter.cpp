// SPDX-License-Identifier: GPL-3.0-or-later
#include "QsmsAdapter.h"

#include "providers/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace tuma {

Q_LOGGING_CATEGORY(lcQsms, "tuma.providers.qsms")

namespace {

using Kind = ProviderError::Kind;

const QString kSuccess = QStringLiteral("1000");
// date_send and dlrTime are Kenyan time (EAT, UTC+3, no daylight saving).
constexpr int kNairobiOffset = 3 * 3600;
const QString kDateFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

// Where the document shows no answer, ids are looked for under every usual name.
QString idOf(const QJsonObject& object)
{
    for (const QString& key : {QStringLiteral("message_id"), QStringLiteral("messageId"),
                               QStringLiteral("uid"), QStringLiteral("id")}) {
        const QString id = JsonFields::text(object, key);
        if (!id.isEmpty())
            return id;
    }
    return {};
}

// The document's numbers: digits with the country code, no plus.
QString withoutPlus(const QString& phone)
{
    return phone.startsWith(u'+') ? phone.mid(1) : phone;
}

QJsonObject objectOf(const QJsonDocument& document)
{
    if (document.isObject())
        return document.object();
    const QJsonArray array = document.array();
    return array.isEmpty() ? QJsonObject() : array.first().toObject();
}

ProviderError withKind(ProviderError error, Kind kind)
{
    error.kind = kind;
    error.message = ProviderError::defaultMessage(kind);
    return error;
}

} // namespace

QsmsAdapter::QsmsAdapter(ProviderAccount account, QObject* parent)
    : ProviderAdapter(std::move(account), parent)
{ }

QsmsAdapter::~QsmsAdapter() = default;

Capabilities QsmsAdapter::capabilities() const
{
    Capabilities caps;
    caps.maxRecipientsPerRequest = kMaxRecipients;
    caps.batchShape = Capabilities::BatchShape::BodyPerRecipient;
    caps.clientReference = true;
    caps.providerScheduling = true;
    caps.messageIds = true; // the ids the DLR callback names
    caps.deliveryCallback = true;
    caps.balance = true;
    caps.remoteContactImport = true;
    caps.senderRequired = true; // shortcode/from has no documented default
    return caps;
}

QUrl QsmsAdapter::apiUrl(const QString& path) const
{
    QUrl url = m_account.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QUrl QsmsAdapter::v1Url(const QString& path) const
{
    QUrl url
        = m_account.secondaryBaseUrl.isEmpty() ? m_account.baseUrl : m_account.secondaryBaseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QByteArray QsmsAdapter::bearer() const
{
    return "Bearer " + m_account.secret.toUtf8();
}

HttpRequest QsmsAdapter::post(const QUrl& url, const QJsonObject& body) const
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.headers = {{"Authorization", bearer()},
                       {"Content-Type", "application/json"},
                       {"Accept", "application/json"}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

QString QsmsAdapter::providerWords(const HttpResponse& response) const
{
    const QJsonObject object = objectOf(QJsonDocument::fromJson(response.body.trimmed()));
    if (!object.contains(QStringLiteral("status_code")))
        return ProviderAdapter::providerWords(response);
    return errorFor(JsonFields::text(object, QStringLiteral("status_code")),
                    JsonFields::text(object, QStringLiteral("status_desc")), response)
        .providerText;
}

ProviderError QsmsAdapter::errorFor(const QString& code, const QString& description,
                                    const HttpResponse& response)
{
    const QString providerText
        = description.isEmpty() ? code : code + QStringLiteral(": ") + description;
    ProviderError error = errorForStatus(response, providerText);
    const bool success = response.status >= 200 && response.status < 300;
    // Only 1000 is documented; the rest are the simulator's codes (docs/providers.md). They
    // never turn a server error, which is transient, into a permanent failure.
    if (response.status >= 500)
        return error;
    if (code == QLatin1String("1001"))
        error = withKind(error, Kind::Authentication);
    else if (code == QLatin1String("1002"))
        error = withKind(error, Kind::InsufficientCredit);
    else if (code == QLatin1String("1003"))
        error = withKind(error, Kind::InvalidRecipient);
    else if (code == QLatin1String("1004"))
        error = withKind(error, Kind::Validation);
    else if (code == QLatin1String("1005")) {
        error = withKind(error, Kind::Validation);
        error.message = tr("QSMS refused the sender ID. Choose one of the sender IDs registered "
                           "for the account.");
    } else if (code == QLatin1String("1006"))
        error = withKind(error, Kind::RateLimited);
    else if (code == QLatin1String("1007"))
        error = withKind(error, Kind::Server);
    else if (success)
        // An unknown code in a 2xx is still a refusal; not transient, so never retried blindly.
        error = withKind(error, Kind::Validation);
    if (error.kind == Kind::RateLimited && error.retryAfterSeconds < 0) {
        bool ok = false;
        const int seconds = response.header("retry-after").trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            error.retryAfterSeconds = seconds;
    }
    return error;
}

ProviderResult<QJsonDocument> QsmsAdapter::readAnswer(const ProviderResult<HttpResponse>& result,
                                                      Purpose purpose)
{
    if (!result)
        return result.error();
    const HttpResponse& response = result.value();
    ProviderResult<QJsonDocument> document = parseJson(response);
    const bool success = response.status >= 200 && response.status < 300;
    if (!success) {
        if (document) {
            const QJsonObject object = objectOf(document.value());
            if (object.contains(QStringLiteral("status_code"))) {
                return errorFor(JsonFields::text(object, QStringLiteral("status_code")),
                                JsonFields::text(object, QStringLiteral("status_desc")), response);
            }
        } else if (response.status >= 500) {
            return document.error(); // an HTML page or garbage: parseJson says which
        }
        return errorForStatus(response, QString());
    }
    if (!document) {
        if (purpose == Purpose::Submission)
            return withKind(document.error(), Kind::AmbiguousSubmission);
        return document.error();
    }
    const QJsonObject object = objectOf(document.value());
    const QString code = JsonFields::text(object, QStringLiteral("status_code"));
    if (!code.isEmpty() && code != kSuccess)
        return errorFor(code, JsonFields::text(object, QStringLiteral("status_desc")), response);
    return document;
}

void QsmsAdapter::send(const SendRequest& request, Reply<SendResult> done)
{
    if (request.recipients.isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("There is nobody to send to.");
        done(error);
        return;
    }
    if (request.recipients.size() > kMaxRecipients) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("QSMS takes at most %1 recipients in one request.").arg(kMaxRecipients);
        done(error);
        return;
    }
    const QString sender = request.senderId.isEmpty() ? m_account.defaultSender : request.senderId;
    if (sender.isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("QSMS needs a sender ID. Choose one for the account or the message.");
        done(error);
        return;
    }
    if (request.recipients.size() == 1)
        sendSingle(request, sender, std::move(done));
    else
        sendMultiple(request, sender, std::move(done));
}

QString QsmsAdapter::serviceId() const
{
    const QString id = m_account.serviceId.trimmed();
    return id.isEmpty() ? QStringLiteral("0") : id;
}

void QsmsAdapter::sendSingle(const SendRequest& request, const QString& sender,
                             Reply<SendResult> done)
{
    const SendRecipient& recipient = request.recipients.first();
    QJsonObject body {
        {QStringLiteral("api_key"), m_account.secret},
        {QStringLiteral("mobile"), withoutPlus(recipient.phone)},
        {QStringLiteral("response_type"), QStringLiteral("json")},
        {QStringLiteral("shortcode"), sender},
        {QStringLiteral("message"), recipient.text.isEmpty() ? request.text : recipient.text},
    };
    // The sendsms example spells service_id as a number, sendmultiple's serviceId as a string.
    bool numeric = false;
    const qint64 service = serviceId().toLongLong(&numeric);
    body.insert(QStringLiteral("service_id"),
                numeric ? QJsonValue(service) : QJsonValue(serviceId()));
    if (request.scheduleAt.isValid()) {
        body.insert(QStringLiteral("date_send"),
                    request.scheduleAt.toOffsetFromUtc(kNairobiOffset).toString(kDateFormat));
    }
    qCDebug(lcQsms) << "sendsms, scheduled:" << request.scheduleAt.isValid();
    const bool scheduled = request.scheduleAt.isValid();
    exchange(post(apiUrl(QStringLiteral("/api/sms/sendsms")), body), Purpose::Submission,
             [recipient, scheduled, done](ProviderResult<HttpResponse> result) {
                 const ProviderResult<QJsonDocument> answer
                     = readAnswer(result, Purpose::Submission);
                 SendResult sent;
                 sent.scheduled = scheduled;
                 RecipientOutcome outcome;
                 outcome.phone = recipient.phone;
                 if (!answer) {
                     // An invalid number is this recipient's refusal, not the request's.
                     if (answer.error().kind != Kind::InvalidRecipient) {
                         done(answer.error());
                         return;
                     }
                     const QString text = answer.error().providerText; // "code: words"
                     const qsizetype colon = text.indexOf(QStringLiteral(": "));
                     outcome.accepted = false;
                     outcome.providerStatus = colon < 0 ? text : text.left(colon);
                     outcome.errorText = colon < 0 ? text : text.mid(colon + 2);
                     sent.recipients.append(outcome);
                     done(sent);
                     return;
                 }
                 const QJsonObject object = objectOf(answer.value());
                 outcome.accepted = true;
                 outcome.messageId = idOf(object);
                 outcome.providerStatus = JsonFields::text(object, QStringLiteral("status_desc"));
                 if (outcome.providerStatus.isEmpty())
                     outcome.providerStatus
                         = JsonFields::text(object, QStringLiteral("status_code"));
                 sent.recipients.append(outcome);
                 sent.creditsUsed = JsonFields::number(object, QStringLiteral("message_cost"));
                 sent.balanceAfter = JsonFields::number(object, QStringLiteral("credit_balance"));
                 done(sent);
             });
}

void QsmsAdapter::sendMultiple(const SendRequest& request, const QString& sender,
                               Reply<SendResult> done)
{
    // Our own references when the caller gave none, so the answer can be matched back.
    QStringList refs;
    QJsonArray messages;
    for (qsizetype i = 0; i < request.recipients.size(); ++i) {
        const SendRecipient& recipient = request.recipients[i];
        const QString ref
            = recipient.clientRef.isEmpty() ? QString::number(i + 1) : recipient.clientRef;
        refs.append(ref);
        messages.append(QJsonObject {
            {QStringLiteral("mobile"), withoutPlus(recipient.phone)},
            {QStringLiteral("message"), recipient.text.isEmpty() ? request.text : recipient.text},
            {QStringLiteral("client_ref"), ref},
        });
    }
    QJsonObject body {
        {QStringLiteral("api_key"), m_account.secret},
        {QStringLiteral("serviceId"), serviceId()},
        {QStringLiteral("from"), sender},
        {QStringLiteral("messages"), messages},
    };
    if (request.scheduleAt.isValid()) {
        body.insert(QStringLiteral("date_send"),
                    request.scheduleAt.toOffsetFromUtc(kNairobiOffset).toString(kDateFormat));
    }
    qCDebug(lcQsms) << "sendmultiple," << messages.size() << "messages";
    const QList<SendRecipient> recipients = request.recipients;
    const bool scheduled = request.scheduleAt.isValid();
    exchange(
        post(apiUrl(QStringLiteral("/api/sms/sendmultiple")), body), Purpose::Submission,
        [recipients, refs, scheduled, done](ProviderResult<HttpResponse> result) {
            const ProviderResult<QJsonDocument> answer = readAnswer(result, Purpose::Submission);
            if (!answer) {
                done(answer.error());
                return;
            }
            // The document shows no answer: take a list wherever it is, match by client_ref,
            // then by number, then by position (docs/providers.md).
            QJsonObject top;
            QJsonArray items;
            if (answer.value().isArray()) {
                items = answer.value().array();
            } else {
                top = answer.value().object();
                for (const QString& key :
                     {QStringLiteral("messages"), QStringLiteral("data"), QStringLiteral("results"),
                      QStringLiteral("responses")}) {
                    if (top.value(key).isArray()) {
                        items = top.value(key).toArray();
                        break;
                    }
                }
            }
            SendResult sent;
            sent.scheduled = scheduled;
            sent.balanceAfter = JsonFields::number(top, QStringLiteral("credit_balance"));
            sent.creditsUsed = JsonFields::number(top, QStringLiteral("message_cost"));
            double itemCosts = 0;
            bool anyItemCost = false;
            QList<bool> used(items.size(), false);
            for (qsizetype i = 0; i < recipients.size(); ++i) {
                qsizetype found = -1;
                for (qsizetype j = 0; j < items.size() && found < 0; ++j) {
                    if (!used[j]
                        && JsonFields::text(items[j].toObject(), QStringLiteral("client_ref"))
                            == refs[i])
                        found = j;
                }
                for (qsizetype j = 0; j < items.size() && found < 0; ++j) {
                    const QJsonObject item = items[j].toObject();
                    QString mobile = JsonFields::text(item, QStringLiteral("mobile_number"));
                    if (mobile.isEmpty())
                        mobile = JsonFields::text(item, QStringLiteral("mobile"));
                    if (!used[j] && !mobile.isEmpty()
                        && withoutPlus(mobile) == withoutPlus(recipients[i].phone))
                        found = j;
                }
                if (found < 0 && items.size() == recipients.size() && !used[i])
                    found = i;

                RecipientOutcome outcome;
                outcome.phone = recipients[i].phone;
                if (found < 0) {
                    // The request was accepted as a whole; resending could duplicate.
                    outcome.accepted = true;
                    outcome.providerStatus = JsonFields::text(top, QStringLiteral("status_desc"));
                    sent.recipients.append(outcome);
                    continue;
                }
                used[found] = true;
                const QJsonObject item = items[found].toObject();
                const QString code = JsonFields::text(item, QStringLiteral("status_code"));
                const QString description = JsonFields::text(item, QStringLiteral("status_desc"));
                outcome.accepted = code.isEmpty() || code == kSuccess;
                outcome.messageId = idOf(item);
                outcome.providerStatus = description.isEmpty() ? code : description;
                if (!outcome.accepted) {
                    outcome.providerStatus = code;
                    outcome.errorText = description.isEmpty() ? code : description;
                }
                if (const std::optional<double> cost
                    = JsonFields::number(item, QStringLiteral("message_cost"))) {
                    itemCosts += *cost;
                    anyItemCost = true;
                }
                sent.recipients.append(outcome);
            }
            if (!sent.creditsUsed && anyItemCost)
                sent.creditsUsed = itemCosts;
            done(sent);
        });
}

MessageState QsmsAdapter::dlrState(const QString& dlrStatus, const QString& dlrDesc)
{
    // The document shows only dlrStatus "1" with DeliveredToTerminal; the other words are the
    // delivery notification states QSMS's upstream networks use (docs/providers.md).
    if (dlrStatus.trimmed() == QLatin1String("1"))
        return MessageState::Delivered;
    const QString desc = dlrDesc.simplified().remove(u' ').toLower();
    if (desc == QLatin1String("deliveredtoterminal"))
        return MessageState::Delivered;
    if (desc == QLatin1String("deliveredtonetwork"))
        return MessageState::Sent;
    if (desc == QLatin1String("messagewaiting"))
        return MessageState::Pending;
    for (const char* word : {"impossible", "fail", "reject", "expired", "blacklist", "absent",
                             "invalid", "notexist", "barred", "insufficient"}) {
        if (desc.contains(QLatin1String(word)))
            return MessageState::Failed;
    }
    return MessageState::Unknown;
}

ProviderResult<DeliveryReceipt> QsmsAdapter::parseDeliveryReceipt(const QByteArray& body) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        ProviderError error = ProviderError::make(Kind::Validation, excerpt(body));
        error.message = tr("A delivery report from QSMS could not be read: it is not a JSON "
                           "object.");
        return error;
    }
    const QJsonObject object = document.object();
    DeliveryReceipt receipt;
    receipt.messageId = JsonFields::text(object, QStringLiteral("messageId"));
    if (receipt.messageId.isEmpty())
        receipt.messageId = idOf(object);
    if (receipt.messageId.isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation, excerpt(body));
        error.message = tr("A delivery report from QSMS names no message (messageId is missing).");
        return error;
    }
    const QString dlrStatus = JsonFields::text(object, QStringLiteral("dlrStatus"));
    const QString dlrDesc = JsonFields::text(object, QStringLiteral("dlrDesc"));
    receipt.state = dlrState(dlrStatus, dlrDesc);
    receipt.providerStatus = dlrDesc.isEmpty() ? dlrStatus : dlrDesc;
    const QString destination = JsonFields::text(object, QStringLiteral("destaddr")).trimmed();
    if (!destination.isEmpty())
        receipt.phone = destination.startsWith(u'+') ? destination : u'+' + destination;
    QDateTime at
        = QDateTime::fromString(JsonFields::text(object, QStringLiteral("dlrTime")), kDateFormat);
    if (at.isValid()) {
        at.setOffsetFromUtc(kNairobiOffset);
        receipt.at = at.toUTC();
    }
    return receipt;
}

void QsmsAdapter::balance(Reply<Balance> done)
{
    HttpRequest request;
    request.url = v1Url(QStringLiteral("/v1/balance"));
    request.headers = {{"Authorization", bearer()}, {"Accept", "application/json"}};
    qCDebug(lcQsms) << "balance";
    exchange(request, Purpose::Query, [done](ProviderResult<HttpResponse> result) {
        const ProviderResult<QJsonDocument> answer = readAnswer(result, Purpose::Query);
        if (!answer) {
            done(answer.error());
            return;
        }
        const QJsonObject object = objectOf(answer.value());
        const std::optional<double> kes = JsonFields::number(object, QStringLiteral("balance_kes"));
        if (!kes) {
            ProviderError error = ProviderError::make(
                Kind::Server, excerpt(answer.value().toJson(QJsonDocument::Compact)),
                result.value().status);
            error.message = tr("QSMS's balance answer has no balance_kes.");
            done(error);
            return;
        }
        Balance balance;
        balance.amount = *kes;
        balance.unit = QStringLiteral("KES");
        balance.smsRemaining = JsonFields::number(object, QStringLiteral("sms_remaining"));
        done(balance);
    });
}

void QsmsAdapter::importContacts(const QString& group, const QList<RemoteContact>& contacts,
                                 Reply<RemoteImportSummary> done)
{
    QJsonArray list;
    for (const RemoteContact& contact : contacts) {
        QJsonObject object;
        // Custom fields flat beside phone and name, as the example shows; they never
        // overwrite those two.
        for (auto it = contact.fields.cbegin(); it != contact.fields.cend(); ++it)
            object.insert(it.key(), it.value());
        if (!contact.email.isEmpty() && !object.contains(QStringLiteral("email")))
            object.insert(QStringLiteral("email"), contact.email);
        const QString name
            = QStringList {contact.firstName, contact.lastName}.join(u' ').simplified();
        object.remove(QStringLiteral("name"));
        if (!name.isEmpty())
            object.insert(QStringLiteral("name"), name);
        object.insert(QStringLiteral("phone"), contact.phone);
        list.append(object);
    }
    QJsonObject body {{QStringLiteral("contacts"), list}};
    if (!group.isEmpty())
        body.insert(QStringLiteral("group"), group);
    const int total = static_cast<int>(contacts.size());
    qCDebug(lcQsms) << "contacts import," << total << "contacts";
    exchange(post(v1Url(QStringLiteral("/v1/contacts")), body), Purpose::Creation,
             [total, done](ProviderResult<HttpResponse> result) {
                 const ProviderResult<QJsonDocument> answer = readAnswer(result, Purpose::Creation);
                 if (!answer) {
                     done(answer.error());
                     return;
                 }
                 // The document shows no answer: read the usual counters where they are.
                 QJsonObject object = objectOf(answer.value());
                 if (object.value(QStringLiteral("data")).isObject())
                     object = object.value(QStringLiteral("data")).toObject();
                 auto count = [&object](const QString& key) -> std::optional<int> {
                     const std::optional<double> value = JsonFields::number(object, key);
                     return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
                 };
                 RemoteImportSummary summary;
                 summary.total = count(QStringLiteral("total")).value_or(total);
                 summary.invalid = count(QStringLiteral("invalid")).value_or(0);
                 summary.skipped = count(QStringLiteral("skipped")).value_or(0);
                 summary.created = count(QStringLiteral("created")).value_or(0);
                 const std::optional<int> updated = count(QStringLiteral("updated"));
                 summary.imported = count(QStringLiteral("imported"))
                                        .value_or(updated ? summary.created + *updated
                                                          : std::max(0,
                                                                     summary.total - summary.invalid
                                                                         - summary.skipped));
                 done(summary);
             });
}

} // namespace tuma
