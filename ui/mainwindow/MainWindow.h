// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <atomic>
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
class DesktopNotifier;
class WalCheckpointer;
class DeliveryReports;
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

Q_SIGNALS:
    // The window closed while hidden in the background: nothing else will end Tuma.
    void backgroundWorkDone();

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
    void installProxyPrompt();
    void reloadPages();
    void buildStatusBar();
    void connectActions();
    void applyIcons();
    // A link of the Dashboard or of Getting Started: "import", "new-campaign" or a page id.
    void followLink(const QString& id);
    // The active account's balance in the status bar: asked on start and after sends.
    void refreshBalance();
    void showBalance(qint64 accountId); // as the session last knew it
    void updateAccountLabel();
    // Starts, moves or stops the delivery report receiver as the settings say.
    void applyReceiverSettings();
    void showSettings();
    // Campaigns whose time passed while Tuma was closed: the user decides, never silence.
    void askAboutOverdue(const QList<qint64>& campaignIds);
    void connectCampaigns();
    void bringToFront();
    // Closes the window and quits, after the questions closing asks.
    void quit();
    // The window goes, Tuma stays until its campaigns have gone out.
    void keepRunningInBackground();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    ColorSchemeWatcher& m_colorScheme;
    std::unique_ptr<SecretStore> m_secrets;
    std::shared_ptr<std::atomic<bool>> m_proxyPromptClosing
        = std::make_shared<std::atomic<bool>>(false);
    std::unique_ptr<WalCheckpointer> m_checkpointer;
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
    DeliveryReports* m_reports = nullptr;
    DesktopNotifier* m_notifier = nullptr;
    bool m_quitRequested = false; // File → Quit, the tray's Quit, `tuma --quit`
    bool m_inBackground = false; // closed while campaigns were pending
    QPointer<ImportWizard> m_importWizard;
};

} // namespace tuma
