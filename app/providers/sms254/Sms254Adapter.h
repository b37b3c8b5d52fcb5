// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderAdapter.h"

namespace tuma {

// 254sms (docs/providers.md, "254sms"): POST /sendsms and /credits with username and
// api_key in the JSON body; every answer is an array around one object. docs/providers.md
// records how the document is read.
class Sms254Adapter final : public ProviderAdapter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sms254Adapter)

public:
    // The document gives no limit; see docs/providers.md.
    static constexpr int kMaxRecipients = 100;

    explicit Sms254Adapter(ProviderAccount account, QObject* parent = nullptr);
    ~Sms254Adapter() override;

    ProviderKind kind() const override { return ProviderKind::Sms254; }
    Capabilities capabilities() const override;

    void send(const SendRequest& request, Reply<SendResult> done) override;
    void balance(Reply<Balance> done) override;

    // What a 254sms statusCode (X000..X003, or another) means, whatever HTTP status it came
    // with. Public for the mapping's table test.
    static ProviderError errorFor(const QString& code, const QString& statusMessage,
                                  const HttpResponse& response);

protected:
    // A statusCode among the document's error codes (X000..X003).
    bool isErrorEnvelope(const HttpResponse& response) const override;
    QString providerWords(const HttpResponse& response) const override;

private:
    HttpRequest post(const QString& path, const QJsonObject& body) const;
    // The answer's object (the first of the array), or the error it means. A 2xx that cannot
    // be read is AmbiguousSubmission for a submission.
    static ProviderResult<QJsonObject> readAnswer(const ProviderResult<HttpResponse>& result,
                                                  Purpose purpose);
};

} // namespace tuma
