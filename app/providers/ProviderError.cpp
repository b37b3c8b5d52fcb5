// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderError.h"

namespace tuma {

QString ProviderError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::InsufficientCredit:
        return QStringLiteral("insufficient_credit");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::InvalidRecipient:
        return QStringLiteral("invalid_recipient");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::AmbiguousSubmission:
        return QStringLiteral("ambiguous_submission");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    }
    return QStringLiteral("server");
}

QString ProviderError::defaultMessage(Kind kind)
{
    switch (kind) {
    case Kind::Authentication:
        return tr("The provider did not accept the account's key. Check the key (and secret or "
                  "username) in the account's settings.");
    case Kind::Permission:
        return tr("The account's key is not allowed to do this. Give the key the missing "
                  "permission in the provider's dashboard.");
    case Kind::InsufficientCredit:
        return tr("The account does not have enough credit. Top up, then try again.");
    case Kind::RateLimited:
        return tr("The provider is receiving too many requests. Tuma waits and tries again.");
    case Kind::InvalidRecipient:
        return tr("The provider refused the phone number. Check it and try again.");
    case Kind::Validation:
        return tr("The provider refused the request as incomplete or invalid.");
    case Kind::NotFound:
        return tr("The provider does not know this item. It may have been deleted.");
    case Kind::Server:
        return tr("The provider had a problem and could not answer. Try again in a few minutes.");
    case Kind::Network:
        return tr("Could not reach the provider. Check the internet connection and the account's "
                  "address.");
    case Kind::Timeout:
        return tr("The provider did not answer in time. Try again in a few minutes.");
    case Kind::AmbiguousSubmission:
        return tr("The connection broke after the messages were sent to the provider, so Tuma "
                  "cannot tell whether they were accepted. They are not sent again "
                  "automatically; check the provider's history before sending them again.");
    case Kind::Unsupported:
        return tr("This provider does not offer this.");
    case Kind::Configuration:
        return tr("The account's settings are not usable. Check its address and key.");
    }
    return {};
}

ProviderError ProviderError::make(Kind kind, const QString& providerText, int httpStatus)
{
    ProviderError error;
    error.kind = kind;
    error.message = defaultMessage(kind);
    error.providerText = providerText;
    error.httpStatus = httpStatus;
    return error;
}

bool ProviderError::isTransient() const
{
    return kind == Kind::RateLimited || kind == Kind::Server || kind == Kind::Network
        || kind == Kind::Timeout;
}

Error ProviderError::toError() const
{
    return Error {kindName(kind), message, providerText};
}

} // namespace tuma
