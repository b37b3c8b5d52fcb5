// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopUpDialog.h"

#include "accounts/ProviderSession.h"
#include "accounts/TopUp.h"
#include "core/PhoneNumber.h"
#include "settings/AppSettings.h"
#include "ui_TopUpDialog.h"
#include "widgets/BalanceText.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace tuma {

namespace {

QString providerLabel(const Account& account)
{
    const std::optional<ProviderKind> kind = providerFromName(account.provider);
    return kind ? providerDisplayName(*kind) : account.provider;
}

} // namespace

TopUpDialog::TopUpDialog(Database& database, ProviderSession& providers, const Account& account,
                         AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TopUpDialog>())
    , m_database(database)
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

    m_deadlineTimer.setSingleShot(true);
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

void TopUpDialog::setWatchFor(int milliseconds)
{
    m_watchForMs = milliseconds;
}

QString TopUpDialog::problem() const
{
    if (!m_ui->amountSpinBox->hasAcceptableInput())
        return TopUpRules::amountProblem(0);
    if (const QString amount = TopUpRules::amountProblem(m_ui->amountSpinBox->value());
        !amount.isEmpty())
        return amount;
    const Result<QString> mobile = TopUpRules::mpesaNumber(m_ui->mpesaNumberLineEdit->text());
    return mobile ? QString() : mobile.error().message;
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
    // Once the request has left, nothing here can take it back: the note says so and the
    // button only closes the window.
    const bool requestOut = working || state == State::TimedOut;
    m_ui->cancelNoteLabel->setVisible(requestOut);
    m_ui->waitingProgressBar->setVisible(working);
    m_ui->sendPushButton->setVisible(state == State::Request);
    m_ui->cancelPushButton->setVisible(state == State::Request);
    m_ui->tryAgainPushButton->setVisible(state == State::Failed);
    m_ui->closePushButton->setVisible(state != State::Request);
    if (state == State::Request) {
        m_ui->sendPushButton->setDefault(true);
        m_ui->amountSpinBox->setFocus();
    } else if (state == State::Failed) {
        m_ui->tryAgainPushButton->setDefault(true);
    } else {
        m_ui->closePushButton->setDefault(true);
    }
    validate();
}

void TopUpDialog::send()
{
    if (m_state != State::Request || !m_canTopUp || !problem().isEmpty())
        return;
    const int amount = m_ui->amountSpinBox->value();
    const QString mobile = TopUpRules::mpesaNumber(m_ui->mpesaNumberLineEdit->text()).value();
    m_settings.setMpesaNumber(mobile);
    m_settings.sync();

    if (m_watch)
        m_watch->deleteLater(); // a failed attempt before this one
    m_watch = new TopUpWatch(m_database, m_providers, m_account, this);
    m_watch->setPollInterval(m_pollIntervalMs);
    m_watch->setWatchFor(m_watchForMs);
    TopUpWatch* watch = m_watch;
    connect(watch, &TopUpWatch::requested, this, [this, watch] {
        if (watch != m_watch)
            return;
        m_ui->waitingLabel->setText(
            tr("Approve the payment of KES %1 on your phone %2: enter your M-Pesa PIN when asked.")
                .arg(QLocale().toString(watch->amountKes()),
                     PhoneNumber::format(watch->mobile(), PhoneDisplayFormat::National)));
        setState(State::Waiting);
        m_deadlineTimer.start(m_timeoutMs);
    });
    connect(watch, &TopUpWatch::paid, this,
            [this, watch](const Balance& before, const Balance& now) {
                if (watch == m_watch)
                    paid(before, now);
            });
    connect(watch, &TopUpWatch::failed, this, [this, watch](const ProviderError& error) {
        if (watch == m_watch)
            fail(error);
    });
    connect(watch, &TopUpWatch::unconfirmed, this, [this, watch] {
        if (watch == m_watch)
            timedOut();
    });

    const int minutes = std::max(1, m_watchForMs / 60'000);
    m_ui->cancelNoteLabel->setText(
        tr("The request cannot be taken back from here: if you do not want to pay, decline it "
           "on the phone. If you approve it, the credit arrives even after you close this "
           "window; Tuma keeps watching for %n minute(s) and notes the payment in the "
           "Activity Log.",
           nullptr, minutes));
    m_ui->waitingLabel->setText(tr("Sending the payment request…"));
    setState(State::Sending);
    watch->start(amount, mobile);
}

void TopUpDialog::paid(const Balance& before, const Balance& now)
{
    m_deadlineTimer.stop();
    m_ui->waitingLabel->setText(
        tr("Paid: your balance rose from %1 to %2.")
            .arg(balanceText(before.amount, before.unit), balanceText(now.amount, now.unit)));
    setState(State::Paid);
    Q_EMIT balanceChanged(now.amount, now.unit);
}

void TopUpDialog::timedOut()
{
    m_deadlineTimer.stop();
    if (m_watch && m_watch->isActive()) {
        // The dialog stops waiting; the watch does not.
        m_ui->waitingLabel->setText(
            tr("No payment has arrived yet. If you approve it, the balance rises by itself: "
               "Tuma keeps watching until %1, also after you close this window.")
                .arg(QLocale().toString(m_watch->watchingUntil().toLocalTime().time(),
                                        QLocale::ShortFormat)));
    } else {
        m_ui->waitingLabel->setText(
            tr("No payment has arrived. If you approved it, refresh the balance on the "
               "Accounts page in a while; otherwise try again."));
    }
    setState(State::TimedOut);
}

void TopUpDialog::fail(const ProviderError& error)
{
    m_deadlineTimer.stop();
    m_ui->errorLabel->setText(error.message);
    setState(State::Failed);
}

void TopUpDialog::done(int result)
{
    m_deadlineTimer.stop();
    if (m_watch && m_watch->isActive()) {
        // The request is on the phone and may still be approved: hand the watch on, once.
        TopUpWatch* watch = m_watch;
        m_watch = nullptr;
        Q_EMIT keptWatching(watch);
        if (watch->parent() == this)
            delete watch;
    }
    QDialog::done(result);
}

TopUpDialog* TopUpDialog::openFor(Database& database, ProviderSession& providers,
                                  const Account& account, AppSettings& settings, QWidget* page)
{
    auto* dialog = new TopUpDialog(database, providers, account, settings, page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TopUpDialog::keptWatching, page, [page](TopUpWatch* watch) {
        watch->setParent(page);
        connect(watch, &TopUpWatch::paid, page,
                [page, watch](const Balance& before, const Balance& now) {
                    auto* box = new QMessageBox(
                        QMessageBox::Information, tr("Payment received"),
                        tr("The M-Pesa payment of KES %1 for %2 has arrived: the balance rose "
                           "from %3 to %4.")
                            .arg(QLocale().toString(watch->amountKes()), watch->account().name,
                                 balanceText(before.amount, before.unit),
                                 balanceText(now.amount, now.unit)),
                        QMessageBox::Ok, page->window());
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                });
        connect(watch, &TopUpWatch::unconfirmed, watch, &QObject::deleteLater);
        connect(watch, &TopUpWatch::paid, watch, &QObject::deleteLater);
        connect(watch, &TopUpWatch::failed, watch, &QObject::deleteLater);
    });
    dialog->open();
    return dialog;
}

} // namespace tuma
