// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountTab.h"
#include "providers/ProviderAdapter.h"

#include <functional>
#include <memory>

namespace Ui {
class ProviderGroupsTab;
}

namespace tuma {

class Database;
class RemoteSync;
class TextTableModel;

// The groups and contacts the provider keeps for the account: a Tuma group sent there, one
// of its groups brought into Tuma, and its groups and contacts renamed, edited or deleted.
// A provider that only takes contacts (QSMS) shows the sending alone.
class ProviderGroupsTab final : public AccountTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderGroupsTab)

public:
    ProviderGroupsTab(Database& database, ProviderSession& providers, QWidget* parent = nullptr);
    ~ProviderGroupsTab() override;

    // The provider's groups again.
    void refresh() override;
    bool offeredBy(const Capabilities& capabilities) const override;

Q_SIGNALS:
    // A group was brought into Tuma.
    void contactsChanged();

private:
    void showAccount(const Account& account) override;
    void showContacts();
    void updateButtons();
    std::optional<RemoteGroup> currentGroup() const;
    std::optional<RemoteContact> currentContact() const;
    void pushGroup();
    void pullGroup();
    void renameGroup();
    void deleteGroup();
    void editContact();
    void deleteContact();
    void runSync(const std::function<void(RemoteSync&)>& start, const QString& title);

    std::unique_ptr<Ui::ProviderGroupsTab> m_ui;
    Database& m_database;
    TextTableModel* m_groupsModel = nullptr;
    TextTableModel* m_contactsModel = nullptr;
    QList<RemoteGroup> m_groups;
    QList<RemoteContact> m_contacts;
    // The contacts listed are the selected group's.
    StaleAnswers m_contactAnswers;
};

} // namespace tuma
