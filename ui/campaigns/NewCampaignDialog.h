// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/AudienceFigures.h"
#include "providers/ProviderTypes.h"
#include "storage/AccountStore.h"
#include "storage/CampaignStore.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class NewCampaignDialog;
}

namespace tuma {

class AppSettings;
class BackgroundJob;
class TextTableModel;
class ComposerWidget;
class Database;
class ProviderSession;

// Plans a campaign in two steps. Compose: name, account and sender ID, who gets it (groups
// and typed numbers), the message (a saved template or new text, with the composer's live
// counts), when (now or a time in a time zone, a sending window, no Sundays, or held by the
// provider). Review, before anything is saved: recipients after duplicates and opt-outs,
// parts, credits and money, the live balance and whether it is enough, how long sending will
// take under the provider's limits, and warnings; a test to the user's own phone. Then it is
// saved as a draft, or saved and handed back to be launched.
class NewCampaignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCampaignDialog)

public:
    NewCampaignDialog(Database& database, AppSettings& settings, ProviderSession& providers,
                      QWidget* parent = nullptr);
    ~NewCampaignDialog() override;

    // The draft saved, 0 when none was.
    qint64 savedCampaign() const { return m_saved; }
    // The user chose "Launch…": the caller launches savedCampaign() (with its confirmation).
    bool launchRequested() const { return m_launchRequested; }

    // Numbers chosen elsewhere (the Contacts page's selection), as if typed.
    void setNumbers(const QStringList& phones);
    // Opens a saved draft to change it: the form shows it, Save and Launch replace it
    // (CampaignStore::updateDraft) rather than adding another.
    void editDraft(const Campaign& campaign);

    // Esc, Cancel and the window's close button: a form with something in it asks first.
    void reject() override;

private:
    // Whether the user has entered anything a discard would lose.
    bool hasInput() const;
    void accountChanged();
    void templateChanged();
    void updateAudienceLabel();
    void loadRemoteGroups();
    // The provider-side group chosen instead of Tuma's contacts; empty for none.
    RemoteAudience remoteAudience() const;
    FieldMatch fieldMatch() const;
    // The campaign as the form describes it, or a sentence that says what is missing.
    std::optional<Campaign> draftFromForm(QString* problem) const;
    void review();
    void startAudienceFigures();
    void showReview();
    void sendTest();
    void save(bool launch);
    std::optional<Account> currentAccount() const;

    std::unique_ptr<Ui::NewCampaignDialog> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    ProviderSession& m_providers;
    ComposerWidget* m_composer = nullptr;
    qint64 m_editing = 0; // the draft being changed; 0: a new campaign
    RemoteAudience m_pendingRemote; // the edited draft's provider group, until listed
    BackgroundJob* m_job = nullptr;
    TextTableModel* m_samplesModel = nullptr;
    QList<Account> m_accounts;
    std::optional<Campaign> m_draft;
    std::optional<AudienceFigures> m_figures;
    std::optional<Balance> m_balance;
    QString m_balanceProblem;
    std::optional<ProviderEstimate> m_providerEstimate; // where the provider makes one
    void askProviderEstimate();
    int m_remoteGroupsRequest = 0; // the latest listing of the provider's groups
    int m_reviewGeneration = 0; // the latest press of Review: older figures are dropped
    qint64 m_saved = 0;
    bool m_launchRequested = false;
};

} // namespace tuma
