// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tuma {

// One error taxonomy for every provider. Adapters map their provider's own signals (HTTP
// status, 254sms's X00n codes, FlashSMS's {success:false}) onto a Kind; the UI and the
// Dispatcher decide what to do from the Kind alone.
struct ProviderError
{
    Q_DECLARE_TR_FUNCTIONS(ProviderError)

public:
    enum class Kind {
        Authentication, // the key or secret is wrong, expired or missing
        Permission, // the key works but lacks a scope (FlashSMS 403)
        InsufficientCredit, // not enough credit for this request
        RateLimited, // too many requests; see retryAfterSeconds
        InvalidRecipient, // a recipient the provider refuses (also per recipient)
        Validation, // a parameter the provider refuses (400, 254sms X000)
        NotFound, // no such message, contact, group, template
        Server, // the provider failed (5xx) or answered something unreadable
        Network, // no connection, DNS, TLS, connection reset before the request
        Timeout, // no answer in time to a request that submitted nothing
        // The request that submits messages was written, but no answer came: the provider
        // may have accepted it. Never resent blindly; reconciled through status/history.
        AmbiguousSubmission,
        Unsupported, // this provider has no such endpoint
        Configuration, // the account itself is unusable (bad URL, HTTP to a remote host)
    };

    Kind kind = Kind::Server;
    // A sentence for the user that says what happened and what to do.
    QString message;
    // The provider's own words (its error text, status code, a body excerpt), never a secret.
    QString providerText;
    int httpStatus = 0;
    // For RateLimited: how long the provider asked us to wait; -1 when it did not say.
    int retryAfterSeconds = -1;

    // The stable machine name of a kind ("authentication", "ambiguous_submission"...), used in
    // JSON output and tests.
    static QString kindName(Kind kind);
    // The standard sentence for a kind; adapters may pass their own instead.
    static QString defaultMessage(Kind kind);

    static ProviderError make(Kind kind, const QString& providerText = {}, int httpStatus = 0);

    // Whether trying the same request again later could succeed without the user acting.
    bool isTransient() const;

    // For layers that speak Result<T>: code = kindName, message, detail = providerText.
    Error toError() const;
};

template<typename T> using ProviderResult = Result<T, ProviderError>;

} // namespace tuma
