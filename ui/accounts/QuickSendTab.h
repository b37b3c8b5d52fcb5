// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountTab.h"

#include <memory>

namespace Ui {
class QuickSendTab;
}

namespace tuma {

// A message sent now to a few numbers, straight through the provider: a test before a
// campaign, or a word to a colleague. Campaigns are for audiences.
class QuickSendTab final : public AccountTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSendTab)

public:
    explicit QuickSendTab(ProviderSession& providers, QWidget* parent = nullptr);
    ~QuickSendTab() override;

    // Nothing to load: the form is filled by the user.
    void refresh() override { }
    bool offeredBy(const Capabilities& capabilities) const override;

Q_SIGNALS:
    // The provider accepted at least one message: the balance and the history have changed.
    void sent();

private:
    void showAccount(const Account& account) override;
    void updateSendButton();
    void send();

    std::unique_ptr<Ui::QuickSendTab> m_ui;
    bool m_sending = false;
};

} // namespace tuma
