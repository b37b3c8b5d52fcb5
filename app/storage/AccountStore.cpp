// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStore.h"

#include "Database.h"
#include "core/Regions.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tuma {

namespace {

const QStringList providerNames {QStringLiteral("quickflow"), QStringLiteral("qsms"),
                                 QStringLiteral("254sms"), QStringLiteral("flashsms")};

QString text(const QString& value)
{
    // Qt binds a null QString as NULL; the columns are NOT NULL.
    return value.isNull() ? QStringLiteral("") : value;
}

QString urlText(const QUrl& url)
{
    return url.isEmpty() ? QStringLiteral("") : url.toString();
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Error storageError(const QSqlQuery& query)
{
    return Error {QStringLiteral("storage_failed"),
                  AccountStore::tr("Could not read or save the accounts."),
                  query.lastError().text()};
}

const QString columns = QStringLiteral(
    "id, name, provider, base_url, secondary_base_url, username, service_id, sender_ids, "
    "default_sender, region, credits_per_gsm_part, credits_per_ucs2_part, price_per_credit, "
    "currency, low_balance_threshold, sandbox, secret_ref, created_at, updated_at");

Account fromRow(const QSqlQuery& query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.name = query.value(1).toString();
    account.provider = query.value(2).toString();
    account.baseUrl = QUrl(query.value(3).toString());
    account.secondaryBaseUrl = QUrl(query.value(4).toString());
    account.username = query.value(5).toString();
    account.serviceId = query.value(6).toString();
    for (const QJsonValue& sender :
         QJsonDocument::fromJson(query.value(7).toString().toUtf8()).array())
        account.senderIds.append(sender.toString());
    account.defaultSender = query.value(8).toString();
    account.region = query.value(9).toString();
    account.pricing = Pricing {query.value(10).toDouble(), query.value(11).toDouble(),
                               query.value(12).toDouble(), query.value(13).toString()};
    if (!query.value(14).isNull())
        account.lowBalanceThreshold = query.value(14).toDouble();
    account.sandbox = query.value(15).toBool();
    account.secretRef = query.value(16).toString();
    account.createdAt = QDateTime::fromSecsSinceEpoch(query.value(17).toLongLong());
    account.updatedAt = QDateTime::fromSecsSinceEpoch(query.value(18).toLongLong());
    return account;
}

void bindFields(QSqlQuery& query, const Account& account)
{
    query.addBindValue(account.name.trimmed());
    query.addBindValue(account.provider);
    query.addBindValue(urlText(account.baseUrl));
    query.addBindValue(urlText(account.secondaryBaseUrl));
    query.addBindValue(text(account.username.trimmed()));
    query.addBindValue(text(account.serviceId.trimmed()));
    QStringList senders;
    for (const QString& sender : account.senderIds) {
        if (!sender.trimmed().isEmpty() && !senders.contains(sender.trimmed()))
            senders.append(sender.trimmed());
    }
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(senders)).toJson(QJsonDocument::Compact)));
    query.addBindValue(text(account.defaultSender.trimmed()));
    query.addBindValue(account.region.toUpper());
    query.addBindValue(account.pricing.creditsPerGsmPart);
    query.addBindValue(account.pricing.creditsPerUcs2Part);
    query.addBindValue(account.pricing.pricePerCredit);
    query.addBindValue(account.pricing.currency.toUpper());
    query.addBindValue(account.lowBalanceThreshold ? QVariant(*account.lowBalanceThreshold)
                                                   : QVariant(QMetaType(QMetaType::Double)));
    query.addBindValue(account.sandbox ? 1 : 0);
}

} // namespace

QString Account::senderOrDefault() const
{
    return defaultSender.isEmpty() ? senderIds.value(0) : defaultSender;
}

AccountStore::AccountStore(const Database& database)
    : m_database(database)
{ }

Result<void> AccountStore::validate(const Account& account)
{
    const auto invalid = [](const QString& message) {
        return Error {QStringLiteral("invalid_account"), message, {}};
    };
    if (account.name.trimmed().isEmpty())
        return invalid(tr("Give the account a name."));
    if (!providerNames.contains(account.provider))
        return invalid(tr("Choose the provider: QuickFlow, QSMS, 254sms or FlashSMS."));
    if (!account.sandbox) {
        if (account.baseUrl.isEmpty()) {
            return invalid(tr("Enter the provider's API address (base URL). It is on the "
                              "provider's API page, for example https://api.example.com/v1."));
        }
        QList<QUrl> urls {account.baseUrl};
        if (!account.secondaryBaseUrl.isEmpty())
            urls.append(account.secondaryBaseUrl);
        for (const QUrl& url : urls) {
            if (!url.isValid() || url.host().isEmpty()) {
                return invalid(tr("The address \"%1\" is not a web address. Copy it from the "
                                  "provider's API page, for example https://api.example.com/v1.")
                                   .arg(url.toString()));
            }
            const bool https = url.scheme() == QLatin1String("https");
            const bool loopbackHttp
                = url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
            if (!https && !loopbackHttp) {
                return invalid(tr("The address \"%1\" must start with https://: Tuma sends keys "
                                  "and messages only over an encrypted connection.")
                                   .arg(url.toString()));
            }
        }
    }
    // What each provider needs besides its key (the sandbox knows its own).
    if (!account.sandbox && account.provider == QLatin1String("254sms")
        && account.username.trimmed().isEmpty())
        return invalid(tr("254sms needs your 254sms user name as well as the API key."));
    if (!Regions::isSupported(account.region))
        return invalid(tr("\"%1\" is not a region Tuma knows. Use a two-letter country code "
                          "such as KE or GH.")
                           .arg(account.region));
    if (account.pricing.creditsPerGsmPart < 0 || account.pricing.creditsPerUcs2Part < 0
        || account.pricing.pricePerCredit < 0)
        return invalid(tr("Prices and credits per part cannot be negative."));
    if (account.pricing.currency.trimmed().size() != 3)
        return invalid(tr("The currency must be a three-letter code such as KES or GHS."));
    if (account.lowBalanceThreshold && *account.lowBalanceThreshold < 0)
        return invalid(tr("The low-balance warning cannot be below zero."));
    return {};
}

Result<QList<Account>> AccountStore::select(const QString& where, const QVariant& value) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM accounts %2 ORDER BY name COLLATE NOCASE")
                      .arg(columns, where));
    if (!where.isEmpty())
        query.addBindValue(value);
    if (!query.exec())
        return storageError(query);
    QList<Account> accounts;
    while (query.next())
        accounts.append(fromRow(query));
    return accounts;
}

Result<QList<Account>> AccountStore::list() const
{
    return select({}, {});
}

Result<Account> AccountStore::find(const QString& name) const
{
    Result<QList<Account>> found
        = select(QStringLiteral("WHERE name = ? COLLATE NOCASE"), name.trimmed());
    if (!found)
        return found.error();
    if (found.value().isEmpty()) {
        return Error {
            QStringLiteral("account_not_found"),
            tr("There is no account called \"%1\". Add it on the Accounts page first.").arg(name),
            {}};
    }
    return found.value().first();
}

Result<Account> AccountStore::findById(qint64 id) const
{
    Result<QList<Account>> found = select(QStringLiteral("WHERE id = ?"), id);
    if (!found)
        return found.error();
    if (found.value().isEmpty()) {
        return Error {QStringLiteral("account_not_found"),
                      tr("The account no longer exists. It may have been removed."),
                      {}};
    }
    return found.value().first();
}

bool AccountStore::isEmpty() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(QStringLiteral("SELECT 1 FROM accounts LIMIT 1")) && !query.next();
}

Result<qint64> AccountStore::add(Account account)
{
    if (Result<void> valid = validate(account); !valid)
        return valid.error();
    if (find(account.name).ok()) {
        return Error {QStringLiteral("account_exists"),
                      tr("An account called \"%1\" already exists. Choose another name.")
                          .arg(account.name.trimmed()),
                      {}};
    }
    if (account.secretRef.isEmpty())
        account.secretRef
            = QStringLiteral("account-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO accounts (name, provider, base_url, secondary_base_url, username, "
        "service_id, sender_ids, default_sender, region, credits_per_gsm_part, "
        "credits_per_ucs2_part, price_per_credit, currency, low_balance_threshold, sandbox, "
        "secret_ref, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?)"));
    bindFields(query, account);
    query.addBindValue(account.secretRef);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return storageError(query);
    return query.lastInsertId().toLongLong();
}

Result<void> AccountStore::update(const Account& account)
{
    if (Result<void> valid = validate(account); !valid)
        return valid;
    if (Result<Account> sameName = find(account.name);
        sameName && sameName.value().id != account.id) {
        return Error {QStringLiteral("account_exists"),
                      tr("An account called \"%1\" already exists. Choose another name.")
                          .arg(account.name.trimmed()),
                      {}};
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE accounts SET name = ?, provider = ?, base_url = ?, secondary_base_url = ?, "
        "username = ?, service_id = ?, sender_ids = ?, default_sender = ?, region = ?, "
        "credits_per_gsm_part = ?, credits_per_ucs2_part = ?, price_per_credit = ?, "
        "currency = ?, low_balance_threshold = ?, sandbox = ?, updated_at = ? WHERE id = ?"));
    bindFields(query, account);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    query.addBindValue(account.id);
    if (!query.exec())
        return storageError(query);
    if (query.numRowsAffected() == 0) {
        return Error {QStringLiteral("account_not_found"),
                      tr("The account no longer exists. It may have been removed."),
                      {}};
    }
    return {};
}

Result<void> AccountStore::remove(qint64 id)
{
    QSqlQuery campaigns(m_database.connection());
    campaigns.prepare(
        QStringLiteral("SELECT name FROM campaigns WHERE account_id = ? ORDER BY id"));
    campaigns.addBindValue(id);
    if (!campaigns.exec())
        return storageError(campaigns);
    QStringList names;
    while (campaigns.next())
        names.append(QStringLiteral("\"%1\"").arg(campaigns.value(0).toString()));
    if (const int count = int(names.size()); count > 0) {
        constexpr int shown = 5;
        QString list = QStringList(names.mid(0, shown)).join(QStringLiteral(", "));
        if (count > shown)
            list += u' ' + tr("and %Ln more", nullptr, count - shown);
        return Error {QStringLiteral("account_in_use"),
                      tr("%Ln campaign(s) use this account and keep its history: %1. Delete them "
                         "first, or keep the account.",
                         nullptr, count)
                          .arg(list),
                      {}};
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(query);
    return {};
}

Result<std::optional<Account>> AccountStore::preferred(const QString& activeName) const
{
    const Result<QList<Account>> accounts = list();
    if (!accounts)
        return accounts.error();
    for (const Account& account : accounts.value()) {
        if (account.name.compare(activeName, Qt::CaseInsensitive) == 0)
            return std::optional<Account>(account);
    }
    if (accounts.value().isEmpty())
        return std::optional<Account>();
    return std::optional<Account>(accounts.value().first());
}

} // namespace tuma
