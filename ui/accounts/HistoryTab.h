// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountTab.h"

#include <memory>

namespace Ui {
class HistoryTab;
}

namespace tuma {

class AppSettings;
class TextTableModel;

// The messages the provider has sent for the account, a page at a time, with Tuma's word for
// each status and the provider's own where it says something else.
class HistoryTab final : public AccountTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTab)

public:
    HistoryTab(ProviderSession& providers, AppSettings& settings, QWidget* parent = nullptr);
    ~HistoryTab() override;

    // The first page again: what was just sent is on it.
    void refresh() override;
    bool offeredBy(const Capabilities& capabilities) const override;

private:
    void showAccount(const Account& account) override;
    void load(int page);

    std::unique_ptr<Ui::HistoryTab> m_ui;
    AppSettings& m_settings;
    TextTableModel* m_model = nullptr;
    int m_page = 1;
};

} // namespace tuma
