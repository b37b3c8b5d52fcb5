// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderAdapter.h"

#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

#include <deque>

namespace tuma {

// FlashSMS (docs/providers.md, "FlashSMS"): Bearer key, {success, data|error}
// envelopes, one messageId per send. The adapter keeps to the provider's 100 requests per
// minute itself: requests wait in a queue for a free slot instead of meeting 429s.
class FlashSmsAdapter final : public ProviderAdapter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlashSmsAdapter)

public:
    static constexpr int kMaxRecipients = 1000;
    static constexpr int kMaxImport = 10'000;
    static constexpr int kMaxMessageChars = 918;
    static constexpr int kRequestsPerMinute = 100;

    explicit FlashSmsAdapter(ProviderAccount account, QObject* parent = nullptr);
    ~FlashSmsAdapter() override;

    ProviderKind kind() const override { return ProviderKind::FlashSms; }
    Capabilities capabilities() const override;

    // The request window: at most `requests` per `windowMs` (tests shorten it).
    void setRateLimit(int requests, int windowMs);
    // Requests waiting for a slot.
    int queuedRequests() const { return static_cast<int>(m_queue.size()); }

    void send(const SendRequest& request, Reply<SendResult> done) override;
    void sendToRemote(const RemoteSendRequest& request, Reply<SendResult> done) override;
    void estimate(const QString& text, int recipientCount, Reply<ProviderEstimate> done) override;
    void messageStatus(const QString& messageId, Reply<MessageStatus> done) override;
    void deliveryReport(const QString& messageId, Reply<DeliveryReport> done) override;
    void history(const HistoryQuery& query, Reply<HistoryPage> done) override;
    void balance(Reply<Balance> done) override;
    void transactions(const TransactionQuery& query, Reply<TransactionPage> done) override;
    void senderIds(Reply<QStringList> done) override;
    void listContacts(const RemoteContactQuery& query, Reply<RemoteContactPage> done) override;
    void contact(const QString& groupId, const QString& contactId,
                 Reply<RemoteContact> done) override;
    void createContact(const RemoteContact& contact, Reply<RemoteContact> done) override;
    void updateContact(const RemoteContact& contact, Reply<RemoteContact> done) override;
    void deleteContact(const QString& groupId, const QString& contactId, Reply<void> done) override;
    void importContacts(const QString& group, const QList<RemoteContact>& contacts,
                        Reply<RemoteImportSummary> done) override;
    void listGroups(Reply<QList<RemoteGroup>> done) override;
    void group(const QString& groupId, Reply<RemoteGroup> done) override;
    void createGroup(const QString& name, Reply<RemoteGroup> done) override;
    void deleteGroup(const QString& groupId, Reply<void> done) override;
    void listTemplates(Reply<QList<RemoteTemplate>> done) override;
    void createTemplate(const RemoteTemplate& templ, Reply<RemoteTemplate> done) override;
    void updateTemplate(const RemoteTemplate& templ, Reply<RemoteTemplate> done) override;
    void deleteTemplate(const QString& templateId, Reply<void> done) override;

    // Placeholders: Tuma's <<name>> and FlashSMS's {{name}}. A Tuma default
    // (<<name|Customer>>) has no FlashSMS form and is dropped; Tuma's escaped \<< becomes a
    // plain << and back.
    static QString toFlashSmsTemplate(const QString& tumaText);
    static QString fromFlashSmsTemplate(const QString& flashText);

    // The document's Ghanaian form of an E.164 number: digits without the plus.
    static QString providerPhone(const QString& e164);
    // A number as FlashSMS writes it (233..., 0...) as E.164.
    static QString e164FromProvider(const QString& phone);
    static MessageState stateFromProvider(const QString& status);
    // The error a FlashSMS answer means: its HTTP status and {success:false, error}.
    static ProviderError errorFor(const HttpResponse& response);

protected:
    // {"success": false, "error": ...}, as the document's "Error Handling" shows.
    bool isErrorEnvelope(const HttpResponse& response) const override;
    QString providerWords(const HttpResponse& response) const override;

private:
    using Handler = std::function<void(ProviderResult<QJsonValue>)>;

    // One request through the rate-limit queue; `handler` gets the envelope's data (or the
    // whole object when there is no data member) or the mapped error.
    void call(const QByteArray& method, const QString& path, const QUrlQuery& query,
              const QJsonObject& body, Purpose purpose, Handler handler);
    void pump();
    HttpRequest makeRequest(const QByteArray& method, const QString& path, const QUrlQuery& query,
                            const QJsonObject& body) const;
    static ProviderResult<QJsonValue> readEnvelope(const ProviderResult<HttpResponse>& result,
                                                   Purpose purpose);
    void submit(const QJsonObject& body, QList<RecipientOutcome> outcomes, Reply<SendResult> done);
    void importChunk(const QString& group, QList<RemoteContact> rest, RemoteImportSummary sum,
                     Reply<RemoteImportSummary> done);
    void deleteItem(const QString& path, Reply<void> done);

    struct Pending
    {
        HttpRequest request;
        Purpose purpose = Purpose::Query;
        Handler handler;
    };
    std::deque<Pending> m_queue;
    // When answered requests leave the window: a slot frees one window after the answer,
    // so the provider, counting at arrival, never sees more than the limit in a window.
    std::deque<qint64> m_answeredAt;
    int m_inFlight = 0;
    int m_limit = kRequestsPerMinute;
    int m_windowMs = 60'000;
    QTimer m_timer;
};

} // namespace tuma
