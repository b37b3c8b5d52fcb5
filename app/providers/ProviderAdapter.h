// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Capabilities.h"
#include "NetworkClient.h"
#include "ProviderError.h"
#include "ProviderTypes.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QObject>

#include <functional>

namespace tuma {

// One provider's API behind one asynchronous interface. Every call answers exactly once
// through its callback, on the adapter's thread (the network thread in the app). What an
// adapter cannot do answers Unsupported, and its capabilities() say so beforehand: callers
// read capabilities, never the provider's name.
class ProviderAdapter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderAdapter)

public:
    template<typename T> using Reply = std::function<void(ProviderResult<T>)>;

    ~ProviderAdapter() override;

    virtual ProviderKind kind() const = 0;
    virtual Capabilities capabilities() const = 0;
    const ProviderAccount& account() const { return m_account; }
    NetworkClient& http() { return m_http; }

    // Sending. A send is one request: callers split by capabilities().maxRecipientsPerRequest.
    virtual void send(const SendRequest& request, Reply<SendResult> done);
    virtual void sendToRemote(const RemoteSendRequest& request, Reply<SendResult> done);
    virtual void estimate(const QString& text, int recipientCount, Reply<ProviderEstimate> done);

    // Following up.
    virtual void messageStatus(const QString& messageId, Reply<MessageStatus> done);
    virtual void deliveryReport(const QString& messageId, Reply<DeliveryReport> done);
    virtual void history(const HistoryQuery& query, Reply<HistoryPage> done);
    // A delivery report the provider posted to our receiver (QSMS DLR JSON).
    virtual ProviderResult<DeliveryReceipt> parseDeliveryReceipt(const QByteArray& body) const;

    // Money.
    virtual void balance(Reply<Balance> done);
    virtual void topUp(const TopUpRequest& request, Reply<TopUpReceipt> done);
    virtual void transactions(const TransactionQuery& query, Reply<TransactionPage> done);
    virtual void senderIds(Reply<QStringList> done);

    // What the provider keeps: contacts, groups, templates.
    virtual void listContacts(const RemoteContactQuery& query, Reply<RemoteContactPage> done);
    virtual void contact(const QString& groupId, const QString& contactId,
                         Reply<RemoteContact> done);
    virtual void createContact(const RemoteContact& contact, Reply<RemoteContact> done);
    virtual void updateContact(const RemoteContact& contact, Reply<RemoteContact> done);
    virtual void deleteContact(const QString& groupId, const QString& contactId, Reply<void> done);
    // `group` is an id (FlashSMS) or a name (QSMS); empty for none.
    virtual void importContacts(const QString& group, const QList<RemoteContact>& contacts,
                                Reply<RemoteImportSummary> done);
    virtual void listGroups(Reply<QList<RemoteGroup>> done);
    virtual void group(const QString& groupId, Reply<RemoteGroup> done);
    virtual void createGroup(const QString& name, Reply<RemoteGroup> done);
    virtual void renameGroup(const QString& groupId, const QString& name, Reply<void> done);
    virtual void deleteGroup(const QString& groupId, Reply<void> done);
    virtual void listTemplates(Reply<QList<RemoteTemplate>> done);
    virtual void createTemplate(const RemoteTemplate& templ, Reply<RemoteTemplate> done);
    virtual void updateTemplate(const RemoteTemplate& templ, Reply<RemoteTemplate> done);
    virtual void deleteTemplate(const QString& templateId, Reply<void> done);

protected:
    ProviderAdapter(ProviderAccount account, QObject* parent);

    template<typename T> static void unsupported(const Reply<T>& done)
    {
        done(ProviderError::make(ProviderError::Kind::Unsupported));
    }

    // What a request means. A Submission (messages, a payment) that may have arrived without
    // an answer is AmbiguousSubmission; a Creation (a contact, group or template at the
    // provider) is, like a Submission, sent at most once (a second one would be a duplicate),
    // but its failures read like a Query's: Timeout or Network.
    enum class Purpose { Query, Submission, Creation };

    // Sends through the account's NetworkClient (a Submission goes out at most once) and maps
    // transport failures to ProviderError.
    // HTTP statuses are the adapter's to judge: `done` gets every response that arrived.
    void exchange(const HttpRequest& request, Purpose purpose,
                  std::function<void(ProviderResult<HttpResponse>)> done);

    // Whether a response is the provider's own documented error envelope (docs/providers.md,
    // "Errors"). Only then is a server error (5xx) to a submission a refusal; otherwise it is
    // ambiguous. Where the provider's document shows no error envelope, there is none.
    virtual bool isErrorEnvelope(const HttpResponse& response) const;
    // The provider's own words in an error response, for ProviderError::providerText: a body
    // excerpt unless the adapter knows its envelope.
    virtual QString providerWords(const HttpResponse& response) const;

    // A JSON document from a response body, or a Server error that says what came instead
    // (an HTML page, nothing, cut-off or malformed JSON).
    static ProviderResult<QJsonDocument> parseJson(const HttpResponse& response);
    // The common meaning of an HTTP error status: 401, 402, 403, 404, 429 (with Retry-After),
    // 400/422, 5xx. `providerText` is the provider's own error words, if it gave any.
    static ProviderError errorForStatus(const HttpResponse& response, const QString& providerText);
    // A short, printable excerpt of a body for ProviderError::providerText.
    static QString excerpt(const QByteArray& body);

    ProviderAccount m_account;
    NetworkClient m_http;
};

Q_DECLARE_LOGGING_CATEGORY(lcProviders)

} // namespace tuma
