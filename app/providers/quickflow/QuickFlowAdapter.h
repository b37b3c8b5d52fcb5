// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderAdapter.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace tuma {

// QuickFlow (docs/providers.md, "QuickFlow"): a Frappe app. Every call carries
// "Authorization: token key:secret"; answers come as {"message": {"status", "data"}}; most
// calls name one of the account's sender IDs. How the document is read where it is silent is
// in docs/providers.md.
class QuickFlowAdapter final : public ProviderAdapter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickFlowAdapter)

public:
    // The document gives no limit; docs/providers.md says why 500.
    static constexpr int kMaxRecipientsPerRequest = 500;

    explicit QuickFlowAdapter(ProviderAccount account, QObject* parent = nullptr);
    ~QuickFlowAdapter() override;

    ProviderKind kind() const override { return ProviderKind::QuickFlow; }
    Capabilities capabilities() const override;

    void send(const SendRequest& request, Reply<SendResult> done) override;
    void sendToRemote(const RemoteSendRequest& request, Reply<SendResult> done) override;
    void messageStatus(const QString& messageId, Reply<MessageStatus> done) override;
    void history(const HistoryQuery& query, Reply<HistoryPage> done) override;
    void balance(Reply<Balance> done) override;
    void topUp(const TopUpRequest& request, Reply<TopUpReceipt> done) override;

    void listContacts(const RemoteContactQuery& query, Reply<RemoteContactPage> done) override;
    void contact(const QString& groupId, const QString& contactId,
                 Reply<RemoteContact> done) override;
    void createContact(const RemoteContact& contact, Reply<RemoteContact> done) override;
    void updateContact(const RemoteContact& contact, Reply<RemoteContact> done) override;
    void deleteContact(const QString& groupId, const QString& contactId, Reply<void> done) override;
    void listGroups(Reply<QList<RemoteGroup>> done) override;
    void group(const QString& groupId, Reply<RemoteGroup> done) override;
    void createGroup(const QString& name, Reply<RemoteGroup> done) override;
    void renameGroup(const QString& groupId, const QString& name, Reply<void> done) override;
    void deleteGroup(const QString& groupId, Reply<void> done) override;

    // QuickFlow's refusal (an error status, or {"message": {"status": "error"}} in a 2xx) as a
    // ProviderError: exc_type, the provider's words and the HTTP status decide the kind.
    static ProviderError errorFromResponse(const HttpResponse& response,
                                           const QJsonDocument& document);
    // The provider's state words ("success", "failed", "pending"...) as Tuma's state.
    static MessageState stateFromStatus(const QString& status);
    // "YYYY-MM-DD HH:MM:SS" in East Africa Time, the form schedule_time is sent in.
    static QString scheduleTimeText(const QDateTime& at);
    // A send's or campaign's answer (the object inside {"message": ...}) read defensively:
    // per-recipient entries where given, ids under uid, id, message_id or messageId.
    static SendResult sendResult(const QJsonObject& answer, const QList<SendRecipient>& recipients,
                                 bool scheduled);

protected:
    QString providerWords(const HttpResponse& response) const override;

private:
    // The answer's object in {"message": {...}} (or the body itself), or the refusal.
    using Answer = std::function<void(ProviderResult<QJsonObject>)>;

    void get(const QString& method, const QUrlQuery& query, Answer done);
    void post(const QString& method, const QJsonObject& body, Purpose purpose, Answer done);
    void call(const HttpRequest& request, const QString& method, Purpose purpose, Answer done);
    HttpRequest request(const QByteArray& verb, const QString& method,
                        const QUrlQuery& query) const;
    // Checks the account's key before any request goes out.
    std::optional<ProviderError> credentialProblem() const;
    // The sender ID a call names: `wanted`, else the account's default, else its first one.
    ProviderResult<QString> senderFor(const QString& wanted) const;
    void submit(const QString& method, const QJsonObject& body,
                const QList<SendRecipient>& recipients, bool scheduled, Reply<SendResult> done);

    static RemoteContact contactFrom(const QJsonObject& object);
    static RemoteGroup groupFrom(const QJsonObject& object);
};

Q_DECLARE_LOGGING_CATEGORY(lcQuickFlow)

} // namespace tuma
