// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditLog.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuditLogDialog;
}

namespace tuma {

class Database;
class TextTableModel;

// File → Activity Log: the audit trail (who launched, paused or cancelled a campaign, added or
// removed an account, imported, backed up or restored, and when), newest first, filtered as
// the user types.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    static constexpr int shownEntries = 1000;

    explicit AuditLogDialog(const Database& database, QWidget* parent = nullptr);
    ~AuditLogDialog() override;

    // An action as users read it: "campaign.launch" is "Campaign launched".
    static QString actionText(const QString& action);
    // An entry's details as a sentence: "Launched on Sandbox to 120 recipients, …".
    static QString sentence(const AuditEntry& entry);

private:
    void showEntries();

    std::unique_ptr<Ui::AuditLogDialog> m_ui;
    TextTableModel* m_model = nullptr;
    QList<AuditEntry> m_entries;
};

} // namespace tuma
