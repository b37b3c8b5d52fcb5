// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopUpDialog.h"

#include "accounts/ProviderSession.h"
#include "core/PhoneNumber.h"
#include "settings/AppSettings.h"
#include "ui_TopUpDialog.h"
#include "widgets/BalanceText.h"

#include <QLocale>
#include <QPushButton>

#include <cmath>

namespace tuma {

namespace {

// What M-Pesa accepts in one payment.
constexpr int kMinimumKes = 10;
constexpr int kMaximumKes = 150'000;

QString providerLabel(const Account& account)
{
    const std::optional<ProviderKind> kind = providerFromName(account.provider);
    return kind ? providerDisplayName(*kind) : account.provider;
}

} // namespace

TopUpDialog::TopUpDialog(ProviderSession& providers, const Account& account, AppSettings& settings,
                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TopUpDialog>())
    , m_providers(providers)
    , m_account(account)
    , m_settings(settings)
    , m_canTopUp(ProviderSession::capabilities(account).topUp)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Top Up %1").arg(account.name));
    setMinimumWidth(460);

    m_ui->introLabel->setText(
        tr("%1 sends an M-Pesa payment request to your phone. Once you approve it with your "
           "M-Pesa PIN, the credit arrives on the account %2.")
            .arg(providerLabel(account), account.name));
    m_ui->amountSpinBox->setPrefix(tr("KES "));
    m_ui->amountSpinBox->setGroupSeparatorShown(true);
    const QString saved = settings.mpesaNumber();
    m_ui->mpesaNumberLineEdit->setText(
        saved.isEmpty() ? QString() : PhoneNumber::format(saved, PhoneDisplayFormat::National));
    m_ui->mpesaNumberLineEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_ui->unavailableLabel->setText(
        tr("The account %1 cannot be topped up from Tuma: its provider takes no M-Pesa payment "
           "requests. Buy credit the way your provider explains; the balance here follows once "
           "it arrives.")
            .arg(account.name));

    m_pollTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &TopUpDialog::poll);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &TopUpDialog::timedOut);

    connect(m_ui->amountSpinBox, &QSpinBox::textChanged, this, &TopUpDialog::validate);
    connect(m_ui->mpesaNumberLineEdit, &QLineEdit::textChanged, this, &TopUpDialog::validate);
    connect(m_ui->sendPushButton, &QPushButton::clicked, this, &TopUpDialog::send);
    connect(m_ui->tryAgainPushButton, &QPushButton::clicked, this,
            [this] { setState(State::Request); });
    connect(m_ui->cancelPushButton, &QPushButton::clicked, this, &TopUpDialog::reject);
    connect(m_ui->closePushButton, &QPushButton::clicked, this,
            [this] { done(m_state == State::Paid ? Accepted : Rejected); });

    setState(m_canTopUp ? State::Request : State::Unavailable);
}

TopUpDialog::~TopUpDialog() = default;

void TopUpDialog::setPollInterval(int milliseconds)
{
    m_pollIntervalMs = milliseconds;
}

void TopUpDialog::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

QString TopUpDialog::problem() const
{
    if (!m_ui->amountSpinBox->hasAcceptableInput() || m_ui->amountSpinBox->value() < kMinimumKes
        || m_ui->amountSpinBox->value() > kMaximumKes) {
        return tr("Enter an amount from KES %1 to KES %2: M-Pesa takes no more or less in one "
                  "payment.")
            .arg(QLocale().toString(kMinimumKes), QLocale().toString(kMaximumKes));
    }
    const QString typed = m_ui->mpesaNumberLineEdit->text().trimmed();
    if (typed.isEmpty())
        return tr("Enter the M-Pesa number that will approve the payment.");
    const Result<QString> mobile = PhoneNumber::normalize(typed, QStringLiteral("KE"));
    if (!mobile)
        return mobile.error().message;
    if (!mobile.value().startsWith(QLatin1String("+254")))
        return tr("%1 is not a Kenyan number. M-Pesa payments are approved on a Kenyan line, "
                  "such as 0712 345678.")
            .arg(typed);
    return {};
}

void TopUpDialog::validate()
{
    // The label lives on the request page, so it is seen only there.
    const QString text = problem();
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
    m_ui->sendPushButton->setEnabled(m_canTopUp && m_state == State::Request && text.isEmpty());
}

void TopUpDialog::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Request:
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->requestPage);
        break;
    case State::Sending:
    case State::Waiting:
    case State::Paid:
    case State::TimedOut:
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->waitingPage);
        break;
    case State::Failed:
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->errorPage);
        break;
    case State::Unavailable:
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->unavailablePage);
        break;
    }
    const bool working = state == State::Sending || state == State::Waiting;
    m_ui->waitingProgressBar->setVisible(working);
    m_ui->sendPushButton->setVisible(state == State::Request);
    m_ui->cancelPushButton->setVisible(state == State::Request || working);
    m_ui->tryAgainPushButton->setVisible(state == State::Failed);
    m_ui->closePushButton->setVisible(!working && state != State::Request);
    if (state == State::Request) {
        m_ui->sendPushButton->setDefault(true);
        m_ui->amountSpinBox->setFocus();
    } else if (state == State::Failed) {
        m_ui->tryAgainPushButton->setDefault(true);
    } else if (!working) {
        m_ui->closePushButton->setDefault(true);
    }
    validate();
}

void TopUpDialog::send()
{
    if (m_state != State::Request || !m_canTopUp || !problem().isEmpty())
        return;
    m_amount = m_ui->amountSpinBox->value();
    m_mobile
        = PhoneNumber::normalize(m_ui->mpesaNumberLineEdit->text().trimmed(), QStringLiteral("KE"))
              .value();
    m_settings.setMpesaNumber(m_mobile);
    m_settings.sync();

    const int attempt = ++m_attempt;
    m_ui->waitingLabel->setText(tr("Sending the payment request…"));
    setState(State::Sending);
    // The balance before the payment: the only sign of a completed payment is that it rises.
    m_providers.run<Balance>(
        m_account, this,
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<Balance> reply) {
            adapter.balance(reply);
        },
        [this, attempt](ProviderResult<Balance> before) {
            if (attempt != m_attempt || m_state != State::Sending)
                return;
            if (!before)
                return fail(before.error());
            m_before = before.value();
            const TopUpRequest request {double(m_amount), m_mobile};
            m_providers.run<TopUpReceipt>(
                m_account, this,
                [request](ProviderAdapter& adapter, ProviderAdapter::Reply<TopUpReceipt> reply) {
                    adapter.topUp(request, reply);
                },
                [this, attempt](ProviderResult<TopUpReceipt> receipt) {
                    if (attempt != m_attempt || m_state != State::Sending)
                        return;
                    if (!receipt)
                        return fail(receipt.error());
                    m_ui->waitingLabel->setText(
                        tr("Approve the payment of KES %1 on your phone %2: enter your M-Pesa "
                           "PIN when asked.")
                            .arg(QLocale().toString(m_amount),
                                 PhoneNumber::format(m_mobile, PhoneDisplayFormat::National)));
                    setState(State::Waiting);
                    m_deadlineTimer.start(m_timeoutMs);
                    m_pollTimer.start(m_pollIntervalMs);
                });
        });
}

void TopUpDialog::poll()
{
    const int attempt = m_attempt;
    m_providers.run<Balance>(
        m_account, this,
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<Balance> reply) {
            adapter.balance(reply);
        },
        [this, attempt](ProviderResult<Balance> now) {
            // A late answer still counts after the time ran out: the payment did arrive.
            if (attempt != m_attempt || (m_state != State::Waiting && m_state != State::TimedOut))
                return;
            if (now && now.value().amount > m_before.amount)
                return paid(now.value());
            // A passing failure is asked again at the next tick; others end the wait.
            if (!now && !now.error().isTransient() && m_state == State::Waiting)
                return fail(now.error());
            if (m_state == State::Waiting)
                m_pollTimer.start(m_pollIntervalMs);
        });
}

void TopUpDialog::paid(const Balance& now)
{
    stopWaiting();
    m_ui->waitingLabel->setText(
        tr("Paid: your balance rose from %1 to %2.")
            .arg(balanceText(m_before.amount, m_before.unit), balanceText(now.amount, now.unit)));
    setState(State::Paid);
    Q_EMIT balanceChanged(now.amount, now.unit);
}

void TopUpDialog::timedOut()
{
    m_pollTimer.stop();
    const int seconds = m_timeoutMs / 1000;
    const QString waited = seconds >= 60 && seconds % 60 == 0
        ? tr("%n minute(s)", nullptr, seconds / 60)
        : tr("%n second(s)", nullptr, seconds);
    m_ui->waitingLabel->setText(tr("No payment has arrived after %1. If you approved it, the "
                                   "balance will update shortly; otherwise try again.")
                                    .arg(waited));
    setState(State::TimedOut);
}

void TopUpDialog::fail(const ProviderError& error)
{
    stopWaiting();
    m_ui->errorLabel->setText(error.message);
    setState(State::Failed);
}

void TopUpDialog::stopWaiting()
{
    m_pollTimer.stop();
    m_deadlineTimer.stop();
}

void TopUpDialog::done(int result)
{
    // Closing abandons the wait: answers still on their way are ignored.
    stopWaiting();
    ++m_attempt;
    QDialog::done(result);
}

} // namespace tuma
