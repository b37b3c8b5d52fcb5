// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "providers/ProviderError.h"
#include "providers/ProviderTypes.h"
#include "storage/AccountStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace tuma {

class Database;
class ProviderSession;

// What an M-Pesa top-up accepts: the window and tuma-cli check the same.
struct TopUpRules
{
    Q_DECLARE_TR_FUNCTIONS(TopUpRules)

public:
    // What M-Pesa takes in one payment.
    static constexpr int minimumKes = 10;
    static constexpr int maximumKes = 150'000;

    // Why `amount` (KES) cannot be asked for, or an empty string.
    static QString amountProblem(double amount);
    // The Kenyan number that approves the payment, in E.164; or what is wrong with `typed`.
    static Result<QString> mpesaNumber(const QString& typed);
};

// One M-Pesa top-up, from the request to the payment. The provider pushes a payment request
// to the phone; M-Pesa never says whether it was approved, so the only sign of a payment is
// that the balance rises. The watch reads the balance before asking, then every
// pollInterval until it rises (paid) or watchFor has passed (unconfirmed). Closing the
// window that started it does not end it: the request stays on the phone and can still be
// approved, so the window hands the watch on and it goes on watching.
//
// Every step is written to the activity log: "topup.request" once the provider took the
// request, then "topup.paid", "topup.failed" or "topup.unconfirmed".
class TopUpWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopUpWatch)

public:
    enum class Stage { Idle, Requesting, Waiting, Paid, Failed, Unconfirmed };

    TopUpWatch(Database& database, ProviderSession& providers, Account account,
               QObject* parent = nullptr);
    ~TopUpWatch() override;

    // Tests shorten them; the defaults suit a person approving on a phone.
    void setPollInterval(int milliseconds) { m_pollIntervalMs = milliseconds; }
    void setWatchFor(int milliseconds) { m_watchForMs = milliseconds; }

    // Asks for a payment of `amountKes` approved on `mobile` (E.164, as TopUpRules gives it).
    void start(int amountKes, const QString& mobile);

    // True until the payment arrived, failed or stopped being watched.
    bool isActive() const { return m_stage == Stage::Requesting || m_stage == Stage::Waiting; }
    const Account& account() const { return m_account; }
    int amountKes() const { return m_amount; }
    const QString& mobile() const { return m_mobile; }
    const Balance& before() const { return m_before; }
    // When the watch stops asking (valid once the request was taken).
    QDateTime watchingUntil() const { return m_until; }

Q_SIGNALS:
    // The provider took the request: it is on the phone, waiting for the PIN.
    void requested(const TopUpReceipt& receipt);
    void paid(const Balance& before, const Balance& now);
    void failed(const ProviderError& error);
    // watchFor passed without the balance rising.
    void unconfirmed();

private:
    void poll();
    void fail(const ProviderError& error);
    void finish(Stage stage, const QString& action, QJsonObject detail);

    Database& m_database;
    ProviderSession& m_providers;
    Account m_account;
    Stage m_stage = Stage::Idle;
    int m_amount = 0;
    QString m_mobile;
    Balance m_before;
    bool m_beforeKnown = false;
    QDateTime m_until;
    QTimer m_pollTimer;
    int m_pollIntervalMs = 5'000;
    int m_watchForMs = 15 * 60'000;
};

} // namespace tuma
