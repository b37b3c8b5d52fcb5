// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class TemplatesPage;
}

namespace tuma {

class AppSettings;
class ComposerWidget;
class Database;
class PreviewPanel;

// Saved templates on the left, the composer on the right: write, save, rename, duplicate
// and delete message templates.
class TemplatesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesPage)

public:
    TemplatesPage(Database& database, AppSettings& settings, QWidget* parent = nullptr);
    ~TemplatesPage() override;

    ComposerWidget* composer() const { return m_composer; }
    PreviewPanel* preview() const { return m_preview; }
    // Reads templates, fields and pricing again (after a restore or a settings change).
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyPricing();
    void showTemplate(const QString& name);
    bool hasUnsavedChanges() const;
    // Asks to save unsaved changes; false when the user chose to stay.
    bool confirmLeaving();
    void startNew();
    void save();
    void duplicateCurrent();
    void deleteCurrent();
    void updateButtons();
    void setStatus(const QString& text, bool isError = false);

    std::unique_ptr<Ui::TemplatesPage> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    ComposerWidget* m_composer = nullptr;
    PreviewPanel* m_preview = nullptr;
    QString m_currentName; // the saved template being edited; empty for a new one
    QString m_savedName; // name and body as last loaded or saved, to notice changes
    QString m_savedBody;
};

} // namespace tuma
