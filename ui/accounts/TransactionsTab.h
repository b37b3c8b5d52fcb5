// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountTab.h"

#include <memory>

namespace Ui {
class TransactionsTab;
}

namespace tuma {

class TextTableModel;

// The provider's record of credit bought and used, a page at a time.
class TransactionsTab final : public AccountTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionsTab)

public:
    explicit TransactionsTab(ProviderSession& providers, QWidget* parent = nullptr);
    ~TransactionsTab() override;

    // The page in view again.
    void refresh() override;
    bool offeredBy(const Capabilities& capabilities) const override;

private:
    void showAccount(const Account& account) override;
    void load(int page);

    std::unique_ptr<Ui::TransactionsTab> m_ui;
    TextTableModel* m_model = nullptr;
    int m_page = 1;
};

} // namespace tuma
