// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sms254Adapter.h"

#include "providers/JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tuma {

Q_LOGGING_CATEGORY(lc254sms, "tuma.providers.254sms")

namespace {

using Kind = ProviderError::Kind;

const QString kSuccess = QStringLiteral("101");
// Per recipient, the document's only example: "Successfully Sent" with 2.
const QString kRecipientSent = QStringLiteral("2");

bool isNumber(const QString& text)
{
    bool ok = false;
    (void)text.toInt(&ok);
    return ok;
}

QString withoutPlus(const QString& phone)
{
    return phone.startsWith(u'+') ? phone.mid(1) : phone;
}

ProviderError withKind(ProviderError error, Kind kind)
{
    error.kind = kind;
    error.message = ProviderError::defaultMessage(kind);
    return error;
}

} // namespace

Sms254Adapter::Sms254Adapter(ProviderAccount account, QObject* parent)
    : ProviderAdapter(std::move(account), parent)
{ }

Sms254Adapter::~Sms254Adapter() = default;

Capabilities Sms254Adapter::capabilities() const
{
    Capabilities caps;
    caps.maxRecipientsPerRequest = kMaxRecipients;
    caps.batchShape = Capabilities::BatchShape::SharedBody;
    // No message ids in the answer, no status, history or callback: an unknown outcome can
    // only be put in front of the user.
    caps.balance = true;
    caps.senderRequired = false; // sender_id defaults to 254sms
    return caps;
}

HttpRequest Sms254Adapter::post(const QString& path, const QJsonObject& body) const
{
    HttpRequest request;
    request.method = "POST";
    request.url = m_account.baseUrl;
    QString base = request.url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    request.url.setPath(base + path);
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    QJsonObject withAuth = body;
    withAuth.insert(QStringLiteral("username"), m_account.username);
    withAuth.insert(QStringLiteral("api_key"), m_account.secret);
    request.body = QJsonDocument(withAuth).toJson(QJsonDocument::Compact);
    return request;
}

bool Sms254Adapter::isErrorEnvelope(const HttpResponse& response) const
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body.trimmed());
    const QJsonArray array = document.array();
    const QJsonObject object = document.isObject()
        ? document.object()
        : (array.isEmpty() ? QJsonObject() : array.first().toObject());
    static const QStringList documented = {QStringLiteral("X000"), QStringLiteral("X001"),
                                           QStringLiteral("X002"), QStringLiteral("X003")};
    return documented.contains(
        JsonFields::text(object, QStringLiteral("statusCode")).trimmed().toUpper());
}

QString Sms254Adapter::providerWords(const HttpResponse& response) const
{
    const QJsonDocument document = QJsonDocument::fromJson(response.body.trimmed());
    const QJsonArray array = document.array();
    const QJsonObject object = document.isObject()
        ? document.object()
        : (array.isEmpty() ? QJsonObject() : array.first().toObject());
    const QString code = JsonFields::text(object, QStringLiteral("statusCode"));
    if (code.isEmpty())
        return ProviderAdapter::providerWords(response);
    return errorFor(code, JsonFields::text(object, QStringLiteral("statusMessage")), response)
        .providerText;
}

ProviderError Sms254Adapter::errorFor(const QString& code, const QString& statusMessage,
                                      const HttpResponse& response)
{
    const QString providerText
        = statusMessage.isEmpty() ? code : code + QStringLiteral(": ") + statusMessage;
    ProviderError error = errorForStatus(response, providerText);
    const QString upper = code.trimmed().toUpper();
    if (upper == QLatin1String("X000")) {
        error = withKind(error, Kind::Validation);
    } else if (upper == QLatin1String("X001")) {
        error = withKind(error, Kind::Authentication);
    } else if (upper == QLatin1String("X002")) {
        error = withKind(error, Kind::Permission);
        error.message = tr("254sms accepts this API key only from another domain. Use a key made "
                           "for this use, or a developer key without a domain check.");
    } else if (upper == QLatin1String("X003")) {
        error = withKind(error, Kind::Authentication);
        error.message = tr("254sms does not know the account's username. Check the username "
                           "and the API key.");
    } else if (response.status >= 500) {
        // An undocumented code never turns a server error, which is transient, into a
        // permanent failure.
    } else if (upper == QLatin1String("102")
               || statusMessage.contains(QLatin1String("insufficient"), Qt::CaseInsensitive)) {
        // Not documented: the simulator's code, and the word any such answer would carry.
        error = withKind(error, Kind::InsufficientCredit);
    } else if (response.status >= 200 && response.status < 300) {
        // An unknown code in a 2xx is a refusal: not transient, never retried blindly.
        error = withKind(error, Kind::Validation);
    }
    return error;
}

ProviderResult<QJsonObject> Sms254Adapter::readAnswer(const ProviderResult<HttpResponse>& result,
                                                      Purpose purpose)
{
    if (!result)
        return result.error();
    const HttpResponse& response = result.value();
    const ProviderResult<QJsonDocument> document = parseJson(response);
    QJsonObject object;
    if (document) {
        // `[ {...} ]` as documented; a bare object is read the same way.
        const QJsonArray array = document.value().array();
        object = document.value().isObject()
            ? document.value().object()
            : (array.isEmpty() ? QJsonObject() : array.first().toObject());
    }
    // The documented codes are recognised whatever the HTTP status.
    const QString code = JsonFields::text(object, QStringLiteral("statusCode"));
    if (!code.isEmpty() && code != kSuccess)
        return errorFor(code, JsonFields::text(object, QStringLiteral("statusMessage")), response);
    if (response.status < 200 || response.status >= 300) {
        if (!document && response.status >= 500)
            return document.error(); // an HTML page or garbage: parseJson says which
        return errorForStatus(response, QString());
    }
    if (!document || object.isEmpty()) {
        ProviderError error = document
            ? ProviderError::make(Kind::Server, excerpt(response.body), response.status)
            : document.error();
        if (document)
            error.message = tr("254sms answered without the expected object.");
        if (purpose == Purpose::Submission)
            return withKind(error, Kind::AmbiguousSubmission);
        return error;
    }
    return object;
}

void Sms254Adapter::send(const SendRequest& request, Reply<SendResult> done)
{
    if (request.recipients.isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message = tr("There is nobody to send to.");
        done(error);
        return;
    }
    if (request.recipients.size() > kMaxRecipients) {
        ProviderError error = ProviderError::make(Kind::Validation);
        error.message
            = tr("254sms takes at most %1 recipients in one request.").arg(kMaxRecipients);
        done(error);
        return;
    }
    QStringList phones;
    for (const SendRecipient& recipient : request.recipients)
        phones.append(withoutPlus(recipient.phone));
    // One text for the whole request (SharedBody).
    const QString text = request.text.isEmpty() ? request.recipients.first().text : request.text;
    QJsonObject body {{QStringLiteral("phone"), phones.join(u',')},
                      {QStringLiteral("message"), text}};
    const QString sender = request.senderId.isEmpty() ? m_account.defaultSender : request.senderId;
    if (!sender.isEmpty())
        body.insert(QStringLiteral("sender_id"), sender);
    qCDebug(lc254sms) << "sendsms," << phones.size() << "recipients";
    const QList<SendRecipient> recipients = request.recipients;
    exchange(post(QStringLiteral("/sendsms"), body), Purpose::Submission,
             [recipients, done](ProviderResult<HttpResponse> result) {
                 const ProviderResult<QJsonObject> answer = readAnswer(result, Purpose::Submission);
                 if (!answer) {
                     done(answer.error());
                     return;
                 }
                 const QJsonObject& object = answer.value();
                 const QJsonArray details
                     = object.value(QStringLiteral("messageDetails")).toArray();
                 SendResult sent;
                 sent.balanceAfter = JsonFields::number(object, QStringLiteral("Balance"));
                 QList<bool> used(details.size(), false);
                 for (qsizetype i = 0; i < recipients.size(); ++i) {
                     qsizetype found = -1;
                     for (qsizetype j = 0; j < details.size() && found < 0; ++j) {
                         if (!used[j]
                             && withoutPlus(JsonFields::text(details[j].toObject(),
                                                             QStringLiteral("recipient")))
                                 == withoutPlus(recipients[i].phone))
                             found = j;
                     }
                     if (found < 0 && details.size() == recipients.size() && !used[i])
                         found = i;
                     RecipientOutcome outcome;
                     outcome.phone = recipients[i].phone;
                     if (found < 0) {
                         // Accepted as a whole (101); resending could duplicate.
                         outcome.accepted = true;
                         outcome.providerStatus
                             = JsonFields::text(object, QStringLiteral("statusMessage"));
                         sent.recipients.append(outcome);
                         continue;
                     }
                     used[found] = true;
                     // The document's example swaps statusCode and statusMessage here: the
                     // number is the code and the words are the message, whichever key.
                     const QJsonObject detail = details[found].toObject();
                     QString code = JsonFields::text(detail, QStringLiteral("statusCode"));
                     QString words = JsonFields::text(detail, QStringLiteral("statusMessage"));
                     if (!isNumber(code) && isNumber(words))
                         std::swap(code, words);
                     outcome.accepted = words.isEmpty()
                         ? code == kRecipientSent
                         : words.contains(QLatin1String("success"), Qt::CaseInsensitive);
                     outcome.providerStatus = words.isEmpty() ? code : words;
                     if (!outcome.accepted)
                         outcome.errorText = words.isEmpty() ? code : words;
                     sent.recipients.append(outcome);
                 }
                 done(sent);
             });
}

void Sms254Adapter::balance(Reply<Balance> done)
{
    qCDebug(lc254sms) << "credits";
    exchange(post(QStringLiteral("/credits"), QJsonObject()), Purpose::Query,
             [done](ProviderResult<HttpResponse> result) {
                 const ProviderResult<QJsonObject> answer = readAnswer(result, Purpose::Query);
                 if (!answer) {
                     done(answer.error());
                     return;
                 }
                 const std::optional<double> credits
                     = JsonFields::number(answer.value(), QStringLiteral("credits"));
                 if (!credits) {
                     ProviderError error = ProviderError::make(
                         Kind::Server,
                         excerpt(QJsonDocument(answer.value()).toJson(QJsonDocument::Compact)),
                         result.value().status);
                     error.message = tr("254sms's credits answer has no credits.");
                     done(error);
                     return;
                 }
                 Balance balance;
                 balance.amount = *credits;
                 balance.unit = QStringLiteral("credits");
                 done(balance);
             });
}

} // namespace tuma
