// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace tuma {

class AppSettings;

// Edit the user's preferences; they are written to AppSettings only on OK.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `reportUrls`: the address to give each account's provider for delivery reports, by
    // account name, as the running receiver has them.
    explicit SettingsDialog(AppSettings& settings, const QMap<QString, QString>& reportUrls = {},
                            QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    void load();
    void updatePhoneFormatExamples();
    // The first problem that keeps OK disabled, or an empty string.
    QString problem() const;
    void validate();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    QMap<QString, QString> m_reportUrls;
};

} // namespace tuma
