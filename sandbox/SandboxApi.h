// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace tuma::sandbox {

class SandboxStore;

// One request as a simulated API sees it: the path below the API's base path.
struct SandboxRequest
{
    QByteArray method;
    QString path; // below basePath(), starting with '/'
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const;
};

struct SandboxReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxReply json(int status, const QJsonValue& value);
};

// One provider's API in the simulator, following its document as docs/providers.md reads it.
// Runs on the server's thread; all state goes through the SandboxStore so that separate
// processes sharing the state file see the same sandbox.
class SandboxApi
{
public:
    virtual ~SandboxApi();

    virtual QString name() const = 0; // "quickflow", "qsms", "254sms", "flashsms"
    virtual QString basePath() const = 0; // "/quickflow/api/method": the account's base URL path
    // The test credentials `tuma-cli sim` prints and sandbox accounts use.
    virtual QJsonObject credentials() const = 0;
    // Creates the default accounts (credentials, balance, sender IDs) when missing.
    virtual void seed(SandboxStore& store) const = 0;
    // The operation name of a request (send, balance, status, history, topup, ...), used to
    // match injected faults; empty when no such endpoint exists.
    virtual QString operation(const SandboxRequest& request) const = 0;
    virtual SandboxReply handle(const SandboxRequest& request, SandboxStore& store) = 0;
    // An injected error in this provider's own envelope (QuickFlow's {"message":...},
    // FlashSMS's {success:false,error}...). `code`: the provider's own error code to carry
    // instead of the usual one for the status (QSMS status_code, 254sms statusCode,
    // QuickFlow exc_type, FlashSMS's error text).
    virtual SandboxReply errorReply(int status, const QString& text,
                                    const QString& code = {}) const;
};

} // namespace tuma::sandbox
