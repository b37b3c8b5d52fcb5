// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace tuma {

enum class ProviderKind { QuickFlow, Qsms, Sms254, FlashSms };

// The provider names used in the database, the CLI and the simulator's paths.
QString providerName(ProviderKind kind);
std::optional<ProviderKind> providerFromName(const QString& name);
// The name users see ("QuickFlow", "QSMS", "254sms", "FlashSMS").
QString providerDisplayName(ProviderKind kind);

// What an adapter needs to talk to one account: never stored with the secret.
struct ProviderAccount
{
    ProviderKind provider = ProviderKind::QuickFlow;
    QUrl baseUrl;
    // QSMS documents a second host for its /v1 endpoints; empty means baseUrl.
    QUrl secondaryBaseUrl;
    QString username; // 254sms
    QString serviceId; // QSMS
    QStringList senderIds;
    QString defaultSender;
    // From the keychain: QuickFlow "key:secret", the others their API key.
    QString secret;
};

// One recipient of a send. `text` is used when the provider takes a body per recipient;
// otherwise the request's text is. `clientRef` is our own id for the message, echoed by
// providers that support it.
struct SendRecipient
{
    QString phone; // E.164 with the plus
    QString text;
    QString clientRef;
};

struct SendRequest
{
    QList<SendRecipient> recipients;
    QString text;
    QString senderId;
    QDateTime scheduleAt; // invalid: now
    QString campaignName; // FlashSMS's campaignName, where supported
};

// A send to what the provider keeps: a group (QuickFlow campaign, FlashSMS groupId(s)),
// some of its contacts, or everyone.
struct RemoteSendRequest
{
    QStringList groupIds;
    QStringList contactIds;
    bool allContacts = false;
    QString text;
    QString senderId;
    QDateTime scheduleAt;
    QString campaignName;
};

// Message states as Tuma speaks of them (the provider's own word is kept beside).
enum class MessageState { Pending, Accepted, Sent, Delivered, Failed, Unknown };
QString messageStateName(MessageState state);

struct RecipientOutcome
{
    QString phone;
    QString messageId; // empty when the provider gives none
    bool accepted = false;
    QString providerStatus;
    QString errorText; // why it was refused, when it was
};

struct SendResult
{
    QList<RecipientOutcome> recipients;
    QString batchId; // an id for the whole request, where the provider gives one
    std::optional<double> creditsUsed;
    std::optional<double> balanceAfter;
    bool scheduled = false;
};

struct Balance
{
    double amount = 0;
    QString unit; // "credits" or a currency such as "KES"
    std::optional<double> smsRemaining; // QSMS reports both money and messages
};

struct MessageStatus
{
    QString messageId;
    MessageState state = MessageState::Unknown;
    QString providerStatus;
    QString phone;
    QDateTime sentAt;
};

struct DeliveryReport
{
    QString messageId;
    QString providerStatus;
    QList<MessageStatus> recipients;
};

struct HistoryQuery
{
    int page = 1;
    int limit = 25;
    QString senderId; // QuickFlow filters by sender ID
    QString status; // FlashSMS: PENDING, SENT, DELIVERED, FAILED
    QDateTime from, to; // FlashSMS startDate/endDate
};

struct HistoryEntry
{
    QString messageId;
    QString phone; // empty when the entry covers many recipients
    int recipientCount = 1;
    QString sender;
    QString text;
    MessageState state = MessageState::Unknown;
    QString providerStatus;
    std::optional<double> cost;
    QDateTime createdAt;
};

struct HistoryPage
{
    int page = 1;
    int lastPage = 1;
    // Whether the provider said how many pages there are (or that none follows): without
    // it, a page proves nothing about what comes after.
    bool lastPageKnown = false;
    int total = 0;
    QList<HistoryEntry> entries;
};

struct TopUpRequest
{
    double amountKes = 0;
    QString mobile; // E.164 Kenyan mobile
};

struct TopUpReceipt
{
    QString requestId; // empty when the provider gives none
    QString providerStatus;
};

struct ProviderEstimate
{
    int parts = 0;
    QString encoding;
    double creditsRequired = 0;
    std::optional<double> currentBalance;
    std::optional<bool> canAfford;
};

struct RemoteContact
{
    QString id;
    QString groupId;
    QString phone;
    QString firstName;
    QString lastName;
    QString email;
    QMap<QString, QString> fields; // QSMS custom fields
};

struct RemoteContactQuery
{
    QString groupId;
    QString search;
    int page = 1;
    int limit = 50;
};

struct RemoteContactPage
{
    int page = 1;
    int lastPage = 1;
    int total = 0;
    QList<RemoteContact> contacts;
};

struct RemoteImportSummary
{
    int imported = 0;
    int created = 0;
    int skipped = 0;
    int invalid = 0;
    int total = 0;
};

struct RemoteGroup
{
    QString id;
    QString name;
    int contactCount = -1; // -1: not reported
    QDateTime createdAt;
};

struct RemoteTemplate
{
    QString id;
    QString name;
    QString content; // in Tuma's placeholder syntax (<<name>>): the adapter converts
};

struct TransactionQuery
{
    int page = 1;
    int limit = 20;
    QString type; // PURCHASE, USAGE, REFUND, BONUS, ADJUSTMENT
    QDateTime from, to;
};

struct Transaction
{
    QString id;
    QString type;
    double amount = 0;
    double balance = 0;
    QString description;
    QString reference;
    QDateTime createdAt;
};

struct TransactionPage
{
    int page = 1;
    int lastPage = 1;
    int total = 0;
    QList<Transaction> transactions;
};

// A delivery report the provider posted to us (QSMS DLR).
struct DeliveryReceipt
{
    QString messageId;
    QString phone;
    MessageState state = MessageState::Unknown;
    QString providerStatus;
    QDateTime at;
};

} // namespace tuma

// Carried by queued signals (the delivery report receiver).
Q_DECLARE_METATYPE(tuma::ProviderKind)
Q_DECLARE_METATYPE(tuma::DeliveryReceipt)
