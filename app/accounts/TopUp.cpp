// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopUp.h"

#include "accounts/ProviderSession.h"
#include "core/PhoneNumber.h"
#include "storage/AuditLog.h"

#include <QJsonObject>
#include <QLocale>

namespace tuma {

QString TopUpRules::amountProblem(double amount)
{
    if (amount >= minimumKes && amount <= maximumKes)
        return {};
    return tr("Enter an amount from KES %1 to KES %2: M-Pesa takes no more or less in one "
              "payment.")
        .arg(QLocale().toString(minimumKes), QLocale().toString(maximumKes));
}

Result<QString> TopUpRules::mpesaNumber(const QString& typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty())
        return Error {QStringLiteral("invalid_mpesa_number"),
                      tr("Enter the M-Pesa number that will approve the payment."),
                      {}};
    Result<QString> mobile = PhoneNumber::normalize(trimmed, QStringLiteral("KE"));
    if (!mobile)
        return mobile.error();
    if (!mobile.value().startsWith(QLatin1String("+254")))
        return Error {QStringLiteral("invalid_mpesa_number"),
                      tr("%1 is not a Kenyan number. M-Pesa payments are approved on a Kenyan "
                         "line, such as 0712 345678.")
                          .arg(trimmed),
                      {}};
    return mobile;
}

TopUpWatch::TopUpWatch(Database& database, ProviderSession& providers, Account account,
                       QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_providers(providers)
    , m_account(std::move(account))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &TopUpWatch::poll);
}

TopUpWatch::~TopUpWatch() = default;

void TopUpWatch::start(int amountKes, const QString& mobile)
{
    if (m_stage != Stage::Idle)
        return;
    m_stage = Stage::Requesting;
    m_amount = amountKes;
    m_mobile = mobile;
    // The balance before the payment: the only sign of a completed payment is that it rises.
    m_providers.run<Balance>(
        m_account, this,
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<Balance> reply) {
            adapter.balance(reply);
        },
        [this](ProviderResult<Balance> before) {
            if (!before) {
                return fail(before.error());
            }
            m_before = before.value();
            m_beforeKnown = true;
            const TopUpRequest request {double(m_amount), m_mobile};
            m_providers.run<TopUpReceipt>(
                m_account, this,
                [request](ProviderAdapter& adapter, ProviderAdapter::Reply<TopUpReceipt> reply) {
                    adapter.topUp(request, reply);
                },
                [this](ProviderResult<TopUpReceipt> receipt) {
                    if (!receipt) {
                        return fail(receipt.error());
                    }
                    m_stage = Stage::Waiting;
                    m_until = QDateTime::currentDateTimeUtc().addMSecs(m_watchForMs);
                    (void)AuditLog(m_database)
                        .record(QStringLiteral("topup.request"), m_account.name,
                                {{QStringLiteral("amount"), m_amount},
                                 {QStringLiteral("mpesa"), m_mobile},
                                 {QStringLiteral("request_id"), receipt.value().requestId},
                                 {QStringLiteral("balance_before"), m_before.amount},
                                 {QStringLiteral("unit"), m_before.unit}});
                    m_pollTimer.start(m_pollIntervalMs);
                    Q_EMIT requested(receipt.value());
                });
        });
}

void TopUpWatch::poll()
{
    m_providers.run<Balance>(
        m_account, this,
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<Balance> reply) {
            adapter.balance(reply);
        },
        [this](ProviderResult<Balance> now) {
            if (m_stage != Stage::Waiting)
                return;
            if (now && now.value().amount > m_before.amount) {
                finish(Stage::Paid, QStringLiteral("topup.paid"),
                       {{QStringLiteral("balance_after"), now.value().amount}});
                // The balance every screen shows, wherever the payment was seen.
                m_providers.noteBalance(m_account.id, now.value());
                Q_EMIT paid(m_before, now.value());
                return;
            }
            // A failed reading is asked again at the next tick: the payment may still come.
            if (QDateTime::currentDateTimeUtc() >= m_until) {
                finish(Stage::Unconfirmed, QStringLiteral("topup.unconfirmed"),
                       {{QStringLiteral("minutes"), std::max(1, m_watchForMs / 60'000)}});
                Q_EMIT unconfirmed();
                return;
            }
            m_pollTimer.start(m_pollIntervalMs);
        });
}

void TopUpWatch::fail(const ProviderError& error)
{
    finish(Stage::Failed, QStringLiteral("topup.failed"),
           {{QStringLiteral("reason"), error.message}});
    Q_EMIT failed(error);
}

void TopUpWatch::finish(Stage stage, const QString& action, QJsonObject detail)
{
    m_pollTimer.stop();
    m_stage = stage;
    detail.insert(QStringLiteral("amount"), m_amount);
    if (m_beforeKnown) {
        detail.insert(QStringLiteral("balance_before"), m_before.amount);
        detail.insert(QStringLiteral("unit"), m_before.unit);
    }
    (void)AuditLog(m_database).record(action, m_account.name, detail);
}

} // namespace tuma
