// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderAdapter.h"

#include <QJsonObject>

namespace tuma {

// QSMS (docs/providers.md, "QSMS"): /api/sms/sendsms and /api/sms/sendmultiple on the
// account's base URL, /v1/contacts and /v1/balance on its second host when it has one, and
// the DLR JSON it posts to our receiver. docs/providers.md records how the document is read.
class QsmsAdapter final : public ProviderAdapter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QsmsAdapter)

public:
    // The document gives no limit; see docs/providers.md.
    static constexpr int kMaxRecipients = 100;

    explicit QsmsAdapter(ProviderAccount account, QObject* parent = nullptr);
    ~QsmsAdapter() override;

    ProviderKind kind() const override { return ProviderKind::Qsms; }
    Capabilities capabilities() const override;

    void send(const SendRequest& request, Reply<SendResult> done) override;
    ProviderResult<DeliveryReceipt> parseDeliveryReceipt(const QByteArray& body) const override;
    void balance(Reply<Balance> done) override;
    void importContacts(const QString& group, const QList<RemoteContact>& contacts,
                        Reply<RemoteImportSummary> done) override;

    // What a QSMS status_code (and the HTTP status it came with) means. Public for the
    // mapping's table test.
    static ProviderError errorFor(const QString& code, const QString& description,
                                  const HttpResponse& response);
    // The delivery state a DLR's dlrStatus/dlrDesc pair means.
    static MessageState dlrState(const QString& dlrStatus, const QString& dlrDesc);

protected:
    QString providerWords(const HttpResponse& response) const override;

private:
    void sendSingle(const SendRequest& request, const QString& sender, Reply<SendResult> done);
    void sendMultiple(const SendRequest& request, const QString& sender, Reply<SendResult> done);

    // The account's service ID; 0, as in the document's examples, where it has none.
    QString serviceId() const;
    QUrl apiUrl(const QString& path) const;
    QUrl v1Url(const QString& path) const;
    HttpRequest post(const QUrl& url, const QJsonObject& body) const;
    QByteArray bearer() const;
    // The answer's JSON (object or array), or the error it means. A 2xx that cannot be read
    // is AmbiguousSubmission for a submission: QSMS may have accepted it.
    static ProviderResult<QJsonDocument> readAnswer(const ProviderResult<HttpResponse>& result,
                                                    Purpose purpose);
};

} // namespace tuma
