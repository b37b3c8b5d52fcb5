// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderAdapter.h"

#include <QJsonParseError>

namespace tuma {

Q_LOGGING_CATEGORY(lcProviders, "tuma.providers")

ProviderAdapter::ProviderAdapter(ProviderAccount account, QObject* parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_http(this)
{ }

ProviderAdapter::~ProviderAdapter() = default;

void ProviderAdapter::send(const SendRequest&, Reply<SendResult> done)
{
    unsupported(done);
}
void ProviderAdapter::sendToRemote(const RemoteSendRequest&, Reply<SendResult> done)
{
    unsupported(done);
}
void ProviderAdapter::estimate(const QString&, int, Reply<ProviderEstimate> done)
{
    unsupported(done);
}
void ProviderAdapter::messageStatus(const QString&, Reply<MessageStatus> done)
{
    unsupported(done);
}
void ProviderAdapter::deliveryReport(const QString&, Reply<DeliveryReport> done)
{
    unsupported(done);
}
void ProviderAdapter::history(const HistoryQuery&, Reply<HistoryPage> done)
{
    unsupported(done);
}
ProviderResult<DeliveryReceipt> ProviderAdapter::parseDeliveryReceipt(const QByteArray&) const
{
    return ProviderError::make(ProviderError::Kind::Unsupported);
}
void ProviderAdapter::balance(Reply<Balance> done)
{
    unsupported(done);
}
void ProviderAdapter::topUp(const TopUpRequest&, Reply<TopUpReceipt> done)
{
    unsupported(done);
}
void ProviderAdapter::transactions(const TransactionQuery&, Reply<TransactionPage> done)
{
    unsupported(done);
}
void ProviderAdapter::senderIds(Reply<QStringList> done)
{
    unsupported(done);
}
void ProviderAdapter::listContacts(const RemoteContactQuery&, Reply<RemoteContactPage> done)
{
    unsupported(done);
}
void ProviderAdapter::contact(const QString&, const QString&, Reply<RemoteContact> done)
{
    unsupported(done);
}
void ProviderAdapter::createContact(const RemoteContact&, Reply<RemoteContact> done)
{
    unsupported(done);
}
void ProviderAdapter::updateContact(const RemoteContact&, Reply<RemoteContact> done)
{
    unsupported(done);
}
void ProviderAdapter::deleteContact(const QString&, const QString&, Reply<void> done)
{
    unsupported(done);
}
void ProviderAdapter::importContacts(const QString&, const QList<RemoteContact>&,
                                     Reply<RemoteImportSummary> done)
{
    unsupported(done);
}
void ProviderAdapter::listGroups(Reply<QList<RemoteGroup>> done)
{
    unsupported(done);
}
void ProviderAdapter::group(const QString&, Reply<RemoteGroup> done)
{
    unsupported(done);
}
void ProviderAdapter::createGroup(const QString&, Reply<RemoteGroup> done)
{
    unsupported(done);
}
void ProviderAdapter::renameGroup(const QString&, const QString&, Reply<void> done)
{
    unsupported(done);
}
void ProviderAdapter::deleteGroup(const QString&, Reply<void> done)
{
    unsupported(done);
}
void ProviderAdapter::listTemplates(Reply<QList<RemoteTemplate>> done)
{
    unsupported(done);
}
void ProviderAdapter::createTemplate(const RemoteTemplate&, Reply<RemoteTemplate> done)
{
    unsupported(done);
}
void ProviderAdapter::updateTemplate(const RemoteTemplate&, Reply<RemoteTemplate> done)
{
    unsupported(done);
}
void ProviderAdapter::deleteTemplate(const QString&, Reply<void> done)
{
    unsupported(done);
}

void ProviderAdapter::exchange(const HttpRequest& request, Purpose purpose,
                               std::function<void(ProviderResult<HttpResponse>)> done)
{
    using Kind = ProviderError::Kind;
    HttpRequest sent = request;
    sent.oneShot = sent.oneShot || purpose != Purpose::Query;
    m_http.send(
        sent, [this, purpose, done = std::move(done)](Result<HttpResponse, HttpError> result) {
            if (result) {
                const HttpResponse& response = result.value();
                const int status = response.status;
                // The HTTP status speaks first (docs/providers.md, "Errors"): "not processed, try
                // later" whatever the body says, so that no code a provider's document does not
                // define turns a transient answer into a permanent failure.
                if (status == 429 || (status == 503 && !response.header("retry-after").isEmpty())) {
                    ProviderError error = errorForStatus(response, providerWords(response));
                    error.kind = Kind::RateLimited;
                    error.message = ProviderError::defaultMessage(Kind::RateLimited);
                    if (error.retryAfterSeconds < 0) {
                        bool ok = false;
                        const int seconds = response.header("retry-after").trimmed().toInt(&ok);
                        if (ok && seconds >= 0)
                            error.retryAfterSeconds = seconds;
                    }
                    done(error);
                    return;
                }
                // A server error to a request that submits messages is a refusal only in the
                // provider's own error envelope. A gateway's error (502, 504, Cloudflare's
                // 520-524), a web page, nothing or a cut body: the provider behind it may or may
                // not have acted.
                const bool gateway
                    = status == 502 || status == 504 || (status >= 520 && status <= 524);
                if (purpose == Purpose::Submission && status >= 500
                    && (gateway || !isErrorEnvelope(response))) {
                    ProviderError error = ProviderError::make(
                        Kind::AmbiguousSubmission,
                        QStringLiteral("HTTP %1: %2").arg(status).arg(excerpt(response.body)),
                        status);
                    error.message = tr("The provider answered with a server error (HTTP %1) after "
                                       "the messages were sent, so Tuma cannot tell whether they "
                                       "were accepted. They are not sent again automatically; "
                                       "check with the provider before sending them again.")
                                        .arg(status);
                    done(error);
                    return;
                }
                done(std::move(result).value());
                return;
            }
            const HttpError& error = result.error();
            switch (error.kind) {
            case HttpError::Kind::Configuration:
                done(ProviderError::make(Kind::Configuration, error.detail));
                return;
            case HttpError::Kind::Connect:
            case HttpError::Kind::Tls:
                done(ProviderError::make(Kind::Network, error.detail));
                return;
            case HttpError::Kind::Timeout:
                done(ProviderError::make(Kind::Timeout, error.detail));
                return;
            case HttpError::Kind::ProxyAuthentication: {
                ProviderError mapped = ProviderError::make(Kind::Network, error.detail);
                mapped.message = tr("The proxy between this computer and the internet asks for a "
                                    "user name and password. Sign in when Tuma asks, or save "
                                    "them with: tuma-cli proxy login USER");
                done(mapped);
                return;
            }
            case HttpError::Kind::NoResponse:
                done(ProviderError::make(purpose == Purpose::Submission ? Kind::AmbiguousSubmission
                                                                        : Kind::Timeout,
                                         error.detail));
                return;
            case HttpError::Kind::Protocol:
            case HttpError::Kind::TooLarge:
            case HttpError::Kind::Redirect: {
                // For a submission these arrive after the request was written: a cut or
                // unreadable answer, or a redirect (a 303 after a POST usually means it was
                // carried out), may have come after the provider acted.
                ProviderError mapped = ProviderError::make(Kind::Server, error.detail);
                if (purpose == Purpose::Submission)
                    mapped = ProviderError::make(Kind::AmbiguousSubmission, error.detail);
                done(mapped);
                return;
            }
            }
        });
}

bool ProviderAdapter::isErrorEnvelope(const HttpResponse&) const
{
    return false;
}

QString ProviderAdapter::providerWords(const HttpResponse& response) const
{
    return excerpt(response.body);
}

ProviderResult<QJsonDocument> ProviderAdapter::parseJson(const HttpResponse& response)
{
    using Kind = ProviderError::Kind;
    const QByteArray trimmed = response.body.trimmed();
    if (trimmed.isEmpty()) {
        ProviderError error = ProviderError::make(Kind::Server, QString(), response.status);
        error.message = tr("The provider sent an empty answer. Try again in a few minutes.");
        error.providerText = QStringLiteral("HTTP %1, empty body").arg(response.status);
        return error;
    }
    if (trimmed.startsWith('<')) {
        ProviderError error
            = ProviderError::make(Kind::Server, excerpt(response.body), response.status);
        error.message = tr("The provider answered with a web page instead of data. Its service "
                           "may be down, or the account's address may be wrong.");
        return error;
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        ProviderError error = ProviderError::make(Kind::Server,
                                                  QStringLiteral("%1 at byte %2: %3")
                                                      .arg(parseError.errorString())
                                                      .arg(parseError.offset)
                                                      .arg(excerpt(response.body)),
                                                  response.status);
        error.message = tr("The provider's answer could not be read (it is cut off or "
                           "malformed). Try again in a few minutes.");
        return error;
    }
    return document;
}

ProviderError ProviderAdapter::errorForStatus(const HttpResponse& response,
                                              const QString& providerText)
{
    using Kind = ProviderError::Kind;
    const int status = response.status;
    const QString text = providerText.isEmpty() ? excerpt(response.body) : providerText;
    Kind kind = Kind::Server;
    if (status == 401)
        kind = Kind::Authentication;
    else if (status == 402)
        kind = Kind::InsufficientCredit;
    else if (status == 403)
        kind = Kind::Permission;
    else if (status == 404)
        kind = Kind::NotFound;
    else if (status == 429)
        kind = Kind::RateLimited;
    else if (status == 400 || status == 409 || status == 422)
        kind = Kind::Validation;
    ProviderError error = ProviderError::make(kind, text, status);
    if (kind == Kind::RateLimited) {
        bool ok = false;
        const int seconds = response.header("retry-after").trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            error.retryAfterSeconds = seconds;
    }
    return error;
}

QString ProviderAdapter::excerpt(const QByteArray& body)
{
    constexpr int limit = 300;
    QString text = QString::fromUtf8(body.left(limit * 4)).simplified();
    if (text.size() > limit)
        text = text.left(limit) + QStringLiteral("…");
    return text;
}

} // namespace tuma
