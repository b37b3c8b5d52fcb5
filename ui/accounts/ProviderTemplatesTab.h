// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountTab.h"
#include "providers/ProviderAdapter.h"

#include <memory>

namespace Ui {
class ProviderTemplatesTab;
}

namespace tuma {

class Database;
class TextTableModel;

// The templates the provider keeps for the account: copied into Tuma, a Tuma template sent
// there, or deleted. The adapter speaks Tuma's <<field>> form both ways.
class ProviderTemplatesTab final : public AccountTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderTemplatesTab)

public:
    ProviderTemplatesTab(Database& database, ProviderSession& providers, QWidget* parent = nullptr);
    ~ProviderTemplatesTab() override;

    // The provider's templates again.
    void refresh() override;
    bool offeredBy(const Capabilities& capabilities) const override;

Q_SIGNALS:
    // A template was copied into Tuma.
    void templatesChanged();

private:
    void showAccount(const Account& account) override;
    std::optional<RemoteTemplate> currentTemplate() const;
    void updateButtons();
    void copyTemplate();
    void pushTemplate();
    void deleteTemplate();

    std::unique_ptr<Ui::ProviderTemplatesTab> m_ui;
    Database& m_database;
    TextTableModel* m_model = nullptr;
    QList<RemoteTemplate> m_templates;
};

} // namespace tuma
