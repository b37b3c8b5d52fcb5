// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxApi.h"
#include "SandboxApis.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "core/SmsText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tuma::sandbox {

namespace {

const QString kProvider = QStringLiteral("254sms");
// A second key of the sandbox user that is registered for another domain: every request
// with it answers X002, so that the code can be seen (docs/providers.md).
const QString kForeignKey = QStringLiteral("sandbox_254_foreign");
const QString kForeignScope = QStringLiteral("domain:other");
constexpr int kSuccess = 101;
// Per recipient: the document shows only 2 ("Successfully Sent"); 3 is the simulator's.
constexpr int kRecipientSent = 2;
constexpr int kRecipientInvalid = 3;

// Every answer is an array around one object, as the document shows.
SandboxReply answer(int http, const QJsonObject& object)
{
    return SandboxReply::json(http, QJsonArray {object});
}

// The documented error codes come with HTTP 200: the document shows no HTTP statuses and
// its answers carry their own code.
SandboxReply refusal(const QString& code, const QString& message)
{
    return answer(200,
                  QJsonObject {{QStringLiteral("statusCode"), code},
                               {QStringLiteral("statusMessage"), message}});
}

QString text(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

bool validPhone(const QString& phone)
{
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{8,14}$"));
    return digits.match(phone).hasMatch();
}

class Sms254Sandbox final : public SandboxApi
{
public:
    QString name() const override { return kProvider; }
    QString basePath() const override { return QStringLiteral("/254sms/version1"); }
    QJsonObject credentials() const override;
    void seed(SandboxStore& store) const override;
    QString operation(const SandboxRequest& request) const override;
    SandboxReply handle(const SandboxRequest& request, SandboxStore& store) override;
    SandboxReply errorReply(int httpStatus, const QString& message,
                            const QString& code) const override;

private:
    // The store's credential ("user:key"), or the refusal to answer with.
    static std::optional<SandboxReply> authenticate(const QJsonObject& body, SandboxStore& store,
                                                    QString* credential);
    SandboxReply sendSms(const QJsonObject& body, SandboxStore& store) const;
    SandboxReply credits(const QJsonObject& body, SandboxStore& store) const;
};

QJsonObject Sms254Sandbox::credentials() const
{
    const SandboxServer::AccountSetup setup = SandboxServer::accountSetup(ProviderKind::Sms254);
    return {{QStringLiteral("username"), setup.username},
            {QStringLiteral("api_key"), setup.secret}};
}

void Sms254Sandbox::seed(SandboxStore& store) const
{
    const SandboxServer::AccountSetup setup = SandboxServer::accountSetup(ProviderKind::Sms254);
    store.ensureAccount(kProvider, setup.username + u':' + setup.secret, 1000, setup.senders);
    store.ensureAccount(kProvider, setup.username + u':' + kForeignKey, 1000, setup.senders,
                        {kForeignScope});
}

QString Sms254Sandbox::operation(const SandboxRequest& request) const
{
    if (request.path == QLatin1String("/sendsms"))
        return QStringLiteral("send");
    if (request.path == QLatin1String("/credits"))
        return QStringLiteral("balance");
    return {};
}

SandboxReply Sms254Sandbox::errorReply(int httpStatus, const QString& message,
                                       const QString& code) const
{
    // No documented code for these: the HTTP status stands in the usual envelope.
    return answer(httpStatus,
                  QJsonObject {{QStringLiteral("statusCode"),
                                code.isEmpty() ? QString::number(httpStatus) : code},
                               {QStringLiteral("statusMessage"), message}});
}

SandboxReply Sms254Sandbox::handle(const SandboxRequest& request, SandboxStore& store)
{
    if (request.method != "POST") {
        return answer(405,
                      QJsonObject {{QStringLiteral("statusCode"), QStringLiteral("405")},
                                   {QStringLiteral("statusMessage"), QStringLiteral("Use POST")}});
    }
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject()) {
        return refusal(QStringLiteral("X000"),
                       QStringLiteral("Some parameters are missing (the body is not JSON)"));
    }
    if (request.path == QLatin1String("/sendsms"))
        return sendSms(document.object(), store);
    return credits(document.object(), store);
}

std::optional<SandboxReply> Sms254Sandbox::authenticate(const QJsonObject& body,
                                                        SandboxStore& store, QString* credential)
{
    const QString username = text(body, QStringLiteral("username"));
    const QString key = text(body, QStringLiteral("api_key"));
    if (username.isEmpty() || key.isEmpty()) {
        return refusal(QStringLiteral("X000"),
                       QStringLiteral("Some parameters are missing: username and api_key"));
    }
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral(
        "SELECT 1 FROM accounts WHERE provider = ? AND substr(credential, 1, ?) = ?"));
    query.addBindValue(kProvider);
    query.addBindValue(username.size() + 1);
    query.addBindValue(username + u':');
    if (!query.exec() || !query.next())
        return refusal(QStringLiteral("X003"), QStringLiteral("Unknown or unvalid user token"));
    *credential = username + u':' + key;
    if (!store.accountExists(kProvider, *credential))
        return refusal(QStringLiteral("X001"), QStringLiteral("Unknown or unvalid secret_key"));
    if (store.scopes(kProvider, *credential).contains(kForeignScope))
        return refusal(QStringLiteral("X002"),
                       QStringLiteral("Unvalid secret_key for this domain"));
    return std::nullopt;
}

SandboxReply Sms254Sandbox::sendSms(const QJsonObject& body, SandboxStore& store) const
{
    QString credential;
    if (std::optional<SandboxReply> refused = authenticate(body, store, &credential))
        return *refused;
    const QString message = text(body, QStringLiteral("message"));
    const QString phones = text(body, QStringLiteral("phone"));
    if (message.isEmpty() || phones.trimmed().isEmpty()) {
        return refusal(QStringLiteral("X000"),
                       QStringLiteral("Some parameters are missing: phone and message"));
    }
    QString sender = text(body, QStringLiteral("sender_id"));
    if (sender.isEmpty())
        sender = QStringLiteral("254sms"); // the document's default

    const int parts = SmsText::count(message).segments;
    QStringList numbers;
    for (const QString& phone : phones.split(u',', Qt::SkipEmptyParts))
        numbers.append(phone.trimmed());
    qsizetype valid = 0;
    for (const QString& phone : numbers)
        valid += validPhone(phone) ? 1 : 0;
    if (store.balance(kProvider, credential) < static_cast<double>(valid * parts)) {
        // Not documented: the simulator's own code, in the usual envelope.
        return refusal(QStringLiteral("102"), QStringLiteral("Insufficient credits"));
    }

    const QString batch = SandboxStore::newId(QStringLiteral("b254_"));
    QJsonArray details;
    for (const QString& phone : numbers) {
        // The document's example has statusCode and statusMessage swapped here; so does the
        // simulator, so that adapters meet what the real service sends.
        QJsonObject detail {{QStringLiteral("recipient"), phone},
                            {QStringLiteral("message"), message}};
        if (validPhone(phone)) {
            SandboxStore::Accepted accepted;
            accepted.provider = kProvider;
            accepted.credential = credential;
            accepted.batch = batch;
            accepted.phone = u'+' + phone;
            accepted.sender = sender;
            accepted.body = message;
            accepted.parts = parts;
            accepted.cost = parts;
            (void)store.journal(accepted);
            store.addToBalance(kProvider, credential, -parts);
            detail.insert(QStringLiteral("statusCode"), QStringLiteral("Successfully Sent"));
            detail.insert(QStringLiteral("statusMessage"), kRecipientSent);
        } else {
            detail.insert(QStringLiteral("statusCode"), QStringLiteral("Invalid phone number"));
            detail.insert(QStringLiteral("statusMessage"), kRecipientInvalid);
        }
        details.append(detail);
    }
    return answer(200,
                  QJsonObject {{QStringLiteral("recipientsCount"), static_cast<int>(valid)},
                               {QStringLiteral("statusMessage"), QStringLiteral("Success")},
                               {QStringLiteral("statusCode"), kSuccess},
                               {QStringLiteral("Balance"), store.balance(kProvider, credential)},
                               {QStringLiteral("messageDetails"), details}});
}

SandboxReply Sms254Sandbox::credits(const QJsonObject& body, SandboxStore& store) const
{
    QString credential;
    if (std::optional<SandboxReply> refused = authenticate(body, store, &credential))
        return *refused;
    return answer(200,
                  QJsonObject {
                      {QStringLiteral("credits"),
                       QString::number(store.balance(kProvider, credential), 'g', 15)},
                      {QStringLiteral("statusCode"), kSuccess},
                  });
}

} // namespace

std::unique_ptr<SandboxApi> makeSms254Sandbox()
{
    return std::make_unique<Sms254Sandbox>();
}

} // namespace tuma::sandbox
