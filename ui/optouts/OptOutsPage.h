// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/OptOutImport.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OptOutsPage;
}

namespace tuma {

class AppSettings;
class Database;
class OptOutsModel;

// The suppression list: add numbers by hand or from a file, search, remove.
class OptOutsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutsPage)

public:
    OptOutsPage(Database& database, AppSettings& settings, QWidget* parent = nullptr);
    ~OptOutsPage() override;

    void reload();

Q_SIGNALS:
    void optOutsChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addNumber();
    void importFile();
    void removeSelected();
    void updateCount();
    void showRejected(const OptOutImportCounts& counts);
    void setStatus(const QString& text);

    std::unique_ptr<Ui::OptOutsPage> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    OptOutsModel* m_model = nullptr;
};

} // namespace tuma
