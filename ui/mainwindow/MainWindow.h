// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace tuma {

class AccountsPage;
class AppSettings;
class CampaignRunner;
class CampaignsPage;
class ColorSchemeWatcher;
class ContactsPage;
class DashboardPage;
class DeliveryReceiver;
class Database;
class DatabaseMaintenance;
class GroupsPage;
class ImportWizard;
class OptOutsPage;
class ProviderSession;
class SecretStore;
class TemplatesPage;

// The shell: a sidebar of pages, the page stack, the menus and the status bar. Pages are
// addressed by stable ids ("contacts"), used in settings, the command line and tests.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Database& database, AppSettings& settings, ColorSchemeWatcher& colorScheme,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    static QStringList pageIds();
    bool showPage(const QString& id);
    QString currentPageId() const;
    // File → Import…, the Contacts page's Import… and a file dropped on the window; raises
    // the open wizard instead of opening a second one.
    ImportWizard* openImportWizard(const QString& path);

    // A request from a second launch of Tuma (see SingleInstance).
    QJsonObject handleInstanceRequest(const QJsonObject& request);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct PageSpec
    {
        QString id;
        QString iconPath;
        QString title;
    };
    static QList<PageSpec> pageSpecs();

    void buildPages();
    void reloadPages();
    void buildStatusBar();
    void connectActions();
    void applyIcons();
    // The active account's balance in the status bar: asked on start and after sends.
    void refreshBalance();
    void showBalance(const QString& accountName, double amount, const QString& unit);
    void updateAccountLabel();
    // Starts, moves or stops the delivery report receiver as the settings say.
    void applyReceiverSettings();
    void showSettings();
    // Campaigns whose time passed while Tuma was closed: the user decides, never silence.
    void askAboutOverdue(const QList<qint64>& campaignIds);
    void connectCampaigns();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    ColorSchemeWatcher& m_colorScheme;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProviderSession> m_providers;
    // After the session: campaigns stop before their way to the providers goes.
    std::unique_ptr<CampaignRunner> m_runner;
    DatabaseMaintenance* m_maintenance = nullptr;
    QList<QAction*> m_pageActions;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_accountLabel = nullptr;
    DashboardPage* m_dashboardPage = nullptr;
    ContactsPage* m_contactsPage = nullptr;
    GroupsPage* m_groupsPage = nullptr;
    OptOutsPage* m_optOutsPage = nullptr;
    TemplatesPage* m_templatesPage = nullptr;
    AccountsPage* m_accountsPage = nullptr;
    CampaignsPage* m_campaignsPage = nullptr;
    DeliveryReceiver* m_receiver = nullptr;
    QPointer<ImportWizard> m_importWizard;
};

} // namespace tuma
