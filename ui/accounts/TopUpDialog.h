// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderError.h"
#include "providers/ProviderTypes.h"
#include "storage/AccountStore.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace Ui {
class TopUpDialog;
}

namespace tuma {

class AppSettings;
class Database;
class ProviderSession;
class TopUpWatch;

// Buys credit with M-Pesa through the account's provider: the provider sends a payment request
// to the user's phone, the user approves it with their PIN, and a TopUpWatch follows the
// balance until the credit arrives. The request cannot be taken back once it is on the phone,
// and the dialog says so: closing it while the payment is awaited hands the watch on
// (keptWatching) so that a late payment is still seen and logged.
// Callers that show it modeless set WA_DeleteOnClose and call open().
class TopUpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopUpDialog)

public:
    TopUpDialog(Database& database, ProviderSession& providers, const Account& account,
                AppSettings& settings, QWidget* parent = nullptr);
    ~TopUpDialog() override;

    // How often the balance is asked for while waiting, how long the dialog waits before it
    // says the payment has not come yet, and how long the watch goes on. Tests shorten them.
    void setPollInterval(int milliseconds);
    void setTimeout(int milliseconds);
    void setWatchFor(int milliseconds);

    void done(int result) override;

    // Opens the dialog modeless over `page`, deleted on close. The new balance reaches every
    // screen through the session (TopUpWatch records it); a payment seen after the dialog was
    // closed, by the watch it hands to `page`, is also told in a message.
    static TopUpDialog* openFor(Database& database, ProviderSession& providers,
                                const Account& account, AppSettings& settings, QWidget* page);

Q_SIGNALS:
    void balanceChanged(double balance, const QString& unit);
    // The dialog closes while the payment is still awaited: whoever takes `watch` (by giving it
    // a parent) keeps it going; otherwise it ends with the dialog.
    void keptWatching(tuma::TopUpWatch* watch);

private:
    enum class State { Request, Sending, Waiting, Paid, TimedOut, Failed, Unavailable };

    // The first problem that keeps Send disabled, or an empty string.
    QString problem() const;
    void validate();
    void setState(State state);
    void send();
    void paid(const Balance& before, const Balance& now);
    void timedOut();
    void fail(const ProviderError& error);

    std::unique_ptr<Ui::TopUpDialog> m_ui;
    Database& m_database;
    ProviderSession& m_providers;
    Account m_account;
    AppSettings& m_settings;
    bool m_canTopUp = false;
    State m_state = State::Request;
    QPointer<TopUpWatch> m_watch;
    QTimer m_deadlineTimer;
    int m_pollIntervalMs = 3'000;
    int m_timeoutMs = 120'000;
    int m_watchForMs = 15 * 60'000;
};

} // namespace tuma
