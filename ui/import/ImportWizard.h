// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ContactImport.h"
#include "import/ImportMapping.h"
#include "import/SheetRow.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace Ui {
class ImportWizard;
}

namespace tuma {

class AppSettings;
class BackgroundJob;
class Database;

// File → Import…: choose the file (encoding, delimiter, sheet and region detected, all
// changeable), match the columns, check every row (nothing written yet; reasons for each
// rejected row, force-add of numbers the metadata does not know), then import all or nothing.
// Reading, checking and writing run on worker threads with their own database connection.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePage, MappingPage, CheckPage, ImportPage };

    ImportWizard(Database& database, AppSettings& settings, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Starts on `path` (a file dropped on the window, say).
    void setFile(const QString& path);
    bool isBusy() const;
    const ImportReport& report() const { return m_report; }

    void initializePage(int id) override;
    void cleanupPage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

Q_SIGNALS:
    // The contacts changed: a successful import was committed.
    void imported();
    // Each background step ended (for tests and for the busy cursor).
    void previewLoaded();
    void checkFinished();
    void importFinished();

private:
    void browse();
    void loadPreview();
    void showPreview();
    void buildMappingTable();
    void mappingChanged(int column, int choice);
    void applySavedMapping(const QString& name);
    void saveMapping();
    void startCheck();
    void showReport();
    void saveRejects();
    void forceTicked();
    void startImport();
    void showFileStatus(const QString& text, bool isError);
    // Whether the preview has a row below the header (if any): someone to import.
    bool hasRowsToImport() const;
    QStringList header() const;
    ImportOptions currentOptions() const;

    std::unique_ptr<Ui::ImportWizard> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    BackgroundJob* m_job = nullptr;

    // What the file page read: the first rows as Tuma reads them.
    QList<SheetRow> m_previewRows;
    QString m_encodingName;
    std::optional<QChar> m_delimiter;
    QStringList m_sheets;
    bool m_previewOk = false;
    QString m_previewKey; // the file and options the preview and mapping belong to
    QString m_previewRequest; // the file and options last asked for

    ImportMapping m_mapping;
    QString m_mappingKey; // the preview and header choice m_mapping was guessed for
    QSet<qint64> m_forcedRows;
    QStringList m_otherRegions; // markets whose numbers the user chose to import as theirs
    std::shared_ptr<ContactImport> m_import;
    ImportReport m_report;
    bool m_checked = false;
    bool m_done = false;
    bool m_closeWhenIdle = false;
};

} // namespace tuma
