// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderTypes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RemoteContactDialog;
}

namespace tuma {

// Edits the name, number and email of a contact the provider keeps. The number is checked
// as Tuma checks every number, in the account's region.
class RemoteContactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteContactDialog)

public:
    RemoteContactDialog(const RemoteContact& contact, QString region, QWidget* parent = nullptr);
    ~RemoteContactDialog() override;

    // The contact as edited; the phone in E.164.
    RemoteContact contact() const;

private:
    void validate();

    std::unique_ptr<Ui::RemoteContactDialog> m_ui;
    RemoteContact m_contact;
    QString m_region;
};

} // namespace tuma
