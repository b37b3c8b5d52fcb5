// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

namespace tuma {

QByteArray HttpResponse::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

HttpClient::HttpClient(QObject* parent)
    : HttpClient(Options {}, parent)
{ }

HttpClient::HttpClient(Options options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{ }

HttpClient::~HttpClient() = default;

void HttpClient::send(const HttpRequest&, Done done)
{
    done(HttpError {HttpError::Kind::Configuration, QStringLiteral("not implemented yet")});
}

bool HttpClient::isLoopback(const QUrl&)
{
    return false;
}

} // namespace tuma
