// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderError.h"
#include "providers/ProviderTypes.h"
#include "storage/AccountStore.h"

#include <QDialog>
#include <QTimer>

#include <memory>

namespace Ui {
class TopUpDialog;
}

namespace tuma {

class AppSettings;
class ProviderSession;

// Buys credit with M-Pesa through the account's provider: the provider sends a payment request
// to the user's phone, the user approves it with their PIN, and the dialog watches the balance
// until the credit arrives (or gives up after a while, since M-Pesa never tells us a refusal).
// Callers that show it modeless set WA_DeleteOnClose and call open().
class TopUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopUpDialog)

public:
    TopUpDialog(ProviderSession& providers, const Account& account, AppSettings& settings,
                QWidget* parent = nullptr);
    ~TopUpDialog() override;

    // How often the balance is asked for while waiting, and for how long. Tests shorten them.
    void setPollInterval(int milliseconds);
    void setTimeout(int milliseconds);

    void done(int result) override;

Q_SIGNALS:
    void balanceChanged(double balance, const QString& unit);

private:
    enum class State { Request, Sending, Waiting, Paid, TimedOut, Failed, Unavailable };

    // The first problem that keeps Send disabled, or an empty string.
    QString problem() const;
    void validate();
    void setState(State state);
    void send();
    void poll();
    void paid(const Balance& now);
    void timedOut();
    void fail(const ProviderError& error);
    void stopWaiting();

    std::unique_ptr<Ui::TopUpDialog> m_ui;
    ProviderSession& m_providers;
    Account m_account;
    AppSettings& m_settings;
    bool m_canTopUp = false;
    State m_state = State::Request;
    // Answers of an abandoned attempt (cancelled, or tried again) are ignored.
    int m_attempt = 0;
    int m_amount = 0;
    QString m_mobile; // E.164
    Balance m_before;
    QTimer m_pollTimer;
    QTimer m_deadlineTimer;
    int m_pollIntervalMs = 3'000;
    int m_timeoutMs = 120'000;
};

} // namespace tuma
