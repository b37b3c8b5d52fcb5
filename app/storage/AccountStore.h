// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pricing.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace tuma {

class Database;

// One provider account as Tuma keeps it. Never holds a secret: `secretRef` names the
// account's keychain entry.
struct Account
{
    qint64 id = 0;
    QString name;
    QString provider; // quickflow, qsms, 254sms, flashsms
    QUrl baseUrl; // empty for sandbox accounts: the simulator's address is found at run time
    QUrl secondaryBaseUrl;
    QString username;
    QString serviceId;
    QStringList senderIds;
    QString defaultSender;
    QString region = QStringLiteral("KE");
    Pricing pricing;
    std::optional<double> lowBalanceThreshold;
    bool sandbox = false;
    QString secretRef;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The sender a send uses when none is chosen: the default, else the first one.
    QString senderOrDefault() const;
};

// Provider accounts: add, edit, remove, find. Names are unique regardless of case.
class AccountStore final
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    explicit AccountStore(const Database& database);

    Result<QList<Account>> list() const;
    Result<Account> find(const QString& name) const;
    Result<Account> findById(qint64 id) const;
    bool isEmpty() const;

    // Checks the account (name, provider, base URL: HTTPS unless loopback, region, pricing)
    // and saves it; a new account gets a fresh secretRef when it has none. Returns its id.
    Result<qint64> add(Account account);
    Result<void> update(const Account& account);
    // Refuses while campaigns use the account (they keep its history).
    Result<void> remove(qint64 id);

    // The account a new campaign starts with, and whose prices the template page shows: the
    // one called `activeName` (the active account), else the first; none without accounts.
    Result<std::optional<Account>> preferred(const QString& activeName) const;

    // The checks of add/update, for forms that want to say what is wrong before saving.
    static Result<void> validate(const Account& account);

private:
    Result<QList<Account>> select(const QString& where, const QVariant& value) const;

    const Database& m_database;
};

} // namespace tuma
