// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/ProviderSession.h"
#include "storage/AccountStore.h"
#include "widgets/StaleAnswers.h"

#include <QWidget>

class QComboBox;
class QDateTime;
class QPushButton;

#include <optional>
#include <utility>

namespace tuma {

struct Capabilities;
struct ProviderError;

// One tab of the Accounts page: what the provider keeps for the account shown (its history,
// transactions, groups and contacts, templates) or does for it (a message sent now), in the
// manner of KeePassXC's database settings pages. The page hands every tab the account; a tab
// loads when it is first seen and reports through statusChanged, which the page shows under
// the balance.
class AccountTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTab)

public:
    ~AccountTab() override;

    // Shows `account`: what was shown goes, and answers still coming for it are dropped.
    void setAccount(const Account& account);
    // The tab came into view: it loads what it shows, once for each account.
    void activate();
    // Asks the provider again.
    virtual void refresh() = 0;
    // Whether the provider gives what this tab shows.
    virtual bool offeredBy(const Capabilities& capabilities) const = 0;

    // Tuma's sentence, then the provider's own words where it said something.
    static QString errorText(const ProviderError& error);

Q_SIGNALS:
    void statusChanged(const QString& text, bool error);

protected:
    AccountTab(ProviderSession& providers, QWidget* parent);

    // Called by setAccount once the account has changed: show nothing of the one before.
    virtual void showAccount(const Account& account) = 0;

    const std::optional<Account>& account() const { return m_account; }
    ProviderSession& providers() { return m_providers; }

    // `answer` wrapped to run only while the account it was asked for is still shown.
    template<typename Answer> auto whileShown(Answer answer) const
    {
        return m_answers.guard(std::move(answer));
    }
    // Runs `call` for the account shown; `done` runs only while that account is still shown.
    template<typename T> void ask(ProviderSession::Call<T> call, ProviderSession::Done<T> done)
    {
        if (m_account)
            m_providers.run<T>(*m_account, this, std::move(call), whileShown(std::move(done)));
    }
    // The periods a provider's records are read for: all of them, today, the last 7 and 30
    // days, this month, last month. `periodRange` gives the first and last moment of the one
    // chosen (invalid where open).
    static void fillPeriods(QComboBox* box);
    static std::pair<QDateTime, QDateTime> periodRange(const QComboBox* box);
    // `button` asks the provider again; F5 presses it while the tab is in view (a hidden
    // button's shortcut does not fire).
    static void useAsRefreshButton(QPushButton* button);
    void report(const QString& text) { Q_EMIT statusChanged(text, false); }
    void reportError(const QString& text) { Q_EMIT statusChanged(text, true); }
    void reportError(const ProviderError& error) { reportError(errorText(error)); }

private:
    ProviderSession& m_providers;
    std::optional<Account> m_account;
    StaleAnswers m_answers;
    bool m_loaded = false;
};

} // namespace tuma
