// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AuditLogDialog.h"
#include "DatabaseMaintenance.h"
#include "DesktopNotifier.h"
#include "GettingStartedDialog.h"
#include "Version.h"
#include "accounts/AccountsPage.h"
#include "accounts/DeliveryReports.h"
#include "accounts/ProviderSession.h"
#include "accounts/ProviderStates.h"
#include "accounts/ProxyLoginDialog.h"
#include "campaigns/CampaignControl.h"
#include "campaigns/CampaignRunner.h"
#include "campaigns/CampaignsPage.h"
#include "contacts/ContactsPage.h"
#include "dashboard/DashboardPage.h"
#include "groups/GroupsPage.h"
#include "import/ImportWizard.h"
#include "optouts/OptOutsPage.h"
#include "providers/ProxyAuth.h"
#include "sandbox/Sandbox.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "storage/AccountStore.h"
#include "storage/AuditLog.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/WalCheckpointer.h"
#include "templates/TemplatesPage.h"
#include "ui_MainWindow.h"
#include "widgets/BalanceText.h"
#include "widgets/ColorSchemeWatcher.h"
#include "widgets/Colors.h"
#include "widgets/ThemedIcon.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSemaphore>
#include <QStatusBar>
#include <QThread>
#include <QTime>
#include <QTimer>

#include <cmath>

namespace tuma {

MainWindow::MainWindow(Database& database, AppSettings& settings, ColorSchemeWatcher& colorScheme,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
    , m_settings(settings)
    , m_colorScheme(colorScheme)
    , m_secrets(std::make_unique<SecretStore>())
{
    ProviderSession::Options providerOptions;
    providerOptions.simulator = sandbox::simulatorFactory(
        sandbox::statePathFor(m_database.path()), sandbox::SandboxStore::Timing::fromEnvironment());
    m_providers = std::make_unique<ProviderSession>(*m_secrets, providerOptions);
    installProxyPrompt();
    // Commits on this thread (a campaign's, above all) must not wait for the disk.
    m_checkpointer = std::make_unique<WalCheckpointer>(m_database);
    m_runner = std::make_unique<CampaignRunner>(m_database, *m_providers);
    if (Result<bool> offered = sandbox::offerAccount(m_database, m_settings); !offered)
        qWarning("Could not add the Sandbox account: %s", qPrintable(offered.error().message));

    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/tuma.svg")));
    m_maintenance = new DatabaseMaintenance(m_database.path(), this);

    buildPages();
    setAcceptDrops(true);
    buildStatusBar();
    connectActions();
    applyIcons();

    if (!restoreGeometry(m_settings.windowGeometry())) {
        // First start: a comfortable size, centred, never larger than the screen.
        const QRect available = screen()->availableGeometry();
        resize(QSize(1100, 720).boundedTo(available.size() * 0.9));
        move(available.center() - rect().center());
    }
    if (!showPage(m_settings.lastPage()))
        showPage(pageIds().constFirst());
    refreshBalance();
    applyReceiverSettings();
    connectCampaigns();
    // After the window exists: an overdue campaign asks its question over it.
    QTimer::singleShot(0, m_runner.get(), &CampaignRunner::start);
}

void MainWindow::connectCampaigns()
{
    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::showRequested, this, &MainWindow::bringToFront);
    connect(m_notifier, &DesktopNotifier::quitRequested, this, &MainWindow::quit);
    connect(m_runner.get(), &CampaignRunner::overdueFound, this, &MainWindow::askAboutOverdue);
    connect(m_runner.get(), &CampaignRunner::waitingForDatabase, this, [this] {
        statusBar()->showMessage(tr("Sending waits a moment: another task is writing to the "
                                    "database (an import, a launch)…"),
                                 2000);
    });
    connect(m_runner.get(), &CampaignRunner::campaignStarted, this,
            [this](qint64, const QString& name) {
                const QString text = tr("Campaign \"%1\" started sending.").arg(name);
                statusBar()->showMessage(text, 10000);
                m_notifier->notify(tr("Campaign started"), text);
            });
    connect(m_runner.get(), &CampaignRunner::campaignStopped, this,
            [this](qint64, const QString& name, const Dispatcher::Summary& summary) {
                QString text;
                switch (summary.outcome) {
                case Dispatcher::Outcome::Completed:
                    text = tr("Campaign \"%1\" has gone out.").arg(name);
                    break;
                case Dispatcher::Outcome::Paused:
                case Dispatcher::Outcome::Failed:
                    text = tr("Campaign \"%1\" paused: %2").arg(name, summary.message);
                    break;
                case Dispatcher::Outcome::Busy:
                    // Another process took the account over: it sends the rest.
                    statusBar()->showMessage(summary.message, 30000);
                    return;
                case Dispatcher::Outcome::Cancelled:
                case Dispatcher::Outcome::Waiting:
                    return;
                }
                statusBar()->showMessage(text, 30000);
                m_notifier->notify(summary.outcome == Dispatcher::Outcome::Completed
                                       ? tr("Campaign sent")
                                       : tr("Campaign paused"),
                                   text);
                refreshBalance();
                // Kept running only to finish the campaigns: now it can close as asked.
                if (m_inBackground && !m_runner->hasPendingWork()) {
                    m_notifier->notify(tr("Tuma has closed"),
                                       tr("Every campaign has gone out. Open Tuma to follow "
                                          "their delivery."));
                    quit();
                }
            });
}

void MainWindow::bringToFront()
{
    m_inBackground = false;
    m_notifier->setTrayVisible(false);
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::quit()
{
    m_quitRequested = true;
    close();
    m_quitRequested = false;
}

void MainWindow::askAboutOverdue(const QList<qint64>& campaignIds)
{
    CampaignControl control(m_database);
    for (const qint64 id : campaignIds) {
        const Result<Campaign> campaign = CampaignStore(m_database).find(id);
        if (!campaign || campaign.value().state != CampaignState::Scheduled)
            continue;
        QMessageBox box(QMessageBox::Question, tr("Campaign time has passed"),
                        tr("\"%1\" was to go out at %2, while Tuma was closed. Send it now?")
                            .arg(campaign.value().name,
                                 QLocale().toString(campaign.value().scheduledAt.toLocalTime(),
                                                    QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        QPushButton* sendNow = box.addButton(tr("Send now"), QMessageBox::AcceptRole);
        QPushButton* cancel
            = box.addButton(tr("Cancel the campaign"), QMessageBox::DestructiveRole);
        box.addButton(tr("Pause it: I will decide later"), QMessageBox::RejectRole);
        box.exec();
        const CampaignControl::OverdueChoice choice = box.clickedButton() == sendNow
            ? CampaignControl::OverdueChoice::SendNow
            : box.clickedButton() == cancel ? CampaignControl::OverdueChoice::Cancel
                                            : CampaignControl::OverdueChoice::Pause;
        // Another window or process may have decided meanwhile: say what it is now.
        if (const Result<Campaign> decided = control.decideOverdue(id, choice); !decided)
            statusBar()->showMessage(decided.error().message, 15000);
    }
    m_runner->poke();
    if (m_campaignsPage)
        m_campaignsPage->reload();
}

void MainWindow::applyReceiverSettings()
{
    if (!m_reports) {
        m_reports = new DeliveryReports(m_database, *m_secrets, this);
        connect(m_reports, &DeliveryReports::failed, this,
                [this](const QString& message) { statusBar()->showMessage(message, 15000); });
        // A report refreshes an open campaign page, at most twice a second.
        auto* refresh = new QTimer(this);
        refresh->setSingleShot(true);
        refresh->setInterval(500);
        connect(refresh, &QTimer::timeout, this, [this] {
            if (m_campaignsPage && m_campaignsPage->isVisible())
                m_campaignsPage->reload();
        });
        connect(m_reports, &DeliveryReports::recorded, this, [refresh](qint64, int changed) {
            if (changed > 0 && !refresh->isActive())
                refresh->start();
        });
    }
    m_reports->start(DeliveryReports::reachFrom(m_settings.deliveryReceiverReach())
                         .value_or(DeliveryReports::Reach::Off),
                     m_settings.deliveryReceiverPort());
}

MainWindow::~MainWindow()
{
    // A prompt the network thread waits for is answered "no" from now on.
    m_proxyPromptClosing->store(true);
    ProxyAuth::setPrompt({});
}

// A proxy that asks for a password: Qt asks on the network thread and waits for the answer,
// so the dialog runs here on the GUI thread while the network thread waits. What the user
// types is kept in the keychain (docs/providers.md, "Proxies").
void MainWindow::installProxyPrompt()
{
    ProxyAuth::setPrompt([window = QPointer<MainWindow>(this), secrets = m_secrets.get(),
                          closing
                          = m_proxyPromptClosing](const QString& proxy,
                                                  bool refused) -> std::optional<ProxyCredentials> {
        if (closing->load())
            return std::nullopt;
        auto answer = std::make_shared<std::optional<ProxyCredentials>>();
        auto answered = std::make_shared<QSemaphore>();
        const auto ask = [window, secrets, closing, proxy, refused, answer, answered] {
            if (window && !closing->load()) {
                *answer = ProxyLoginDialog::ask(window, proxy, refused);
                if (*answer) {
                    secrets->write(ProxyAuth::keychainKey(), ProxyAuth::encode(**answer),
                                   [](Result<void> written) {
                                       if (!written)
                                           qWarning("Could not keep the proxy's password in the "
                                                    "keychain: %s",
                                                    qPrintable(written.error().message));
                                   });
                }
            }
            answered->release();
        };
        if (QThread::currentThread() == qApp->thread()) {
            ask();
            return *answer;
        }
        QMetaObject::invokeMethod(qApp, ask, Qt::QueuedConnection);
        while (!answered->tryAcquire(1, 100)) {
            if (closing->load())
                return std::nullopt;
        }
        return *answer;
    });
}

QList<MainWindow::PageSpec> MainWindow::pageSpecs()
{
    return {
        {QStringLiteral("dashboard"), QStringLiteral(":/icons/dashboard.svg"), tr("Dashboard")},
        {QStringLiteral("contacts"), QStringLiteral(":/icons/contacts.svg"), tr("Contacts")},
        {QStringLiteral("groups"), QStringLiteral(":/icons/groups.svg"), tr("Groups")},
        {QStringLiteral("optouts"), QStringLiteral(":/icons/optouts.svg"), tr("Opt-outs")},
        {QStringLiteral("templates"), QStringLiteral(":/icons/templates.svg"), tr("Templates")},
        {QStringLiteral("campaigns"), QStringLiteral(":/icons/campaigns.svg"), tr("Campaigns")},
        {QStringLiteral("accounts"), QStringLiteral(":/icons/accounts.svg"), tr("Accounts")},
    };
}

QStringList MainWindow::pageIds()
{
    QStringList ids;
    for (const PageSpec& spec : pageSpecs())
        ids.append(spec.id);
    return ids;
}

void MainWindow::buildPages()
{
    QListWidget* navigation = m_ui->navigationListWidget;
    navigation->setIconSize(QSize(20, 20));
    navigation->setSpacing(2);
    navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 10px; }"));

    int index = 0;
    for (const PageSpec& spec : pageSpecs()) {
        QWidget* page = nullptr;
        if (spec.id == QLatin1String("dashboard")) {
            m_dashboardPage = new DashboardPage(m_database, m_settings, *m_providers, *m_runner);
            connect(m_dashboardPage, &DashboardPage::pageRequested, this, &MainWindow::followLink);
            connect(m_dashboardPage, &DashboardPage::campaignRequested, this, [this](qint64 id) {
                showPage(QStringLiteral("campaigns"));
                m_campaignsPage->selectCampaign(id);
            });
            page = m_dashboardPage;
        } else if (spec.id == QLatin1String("templates")) {
            m_templatesPage = new TemplatesPage(m_database, m_settings);
            page = m_templatesPage;
        } else if (spec.id == QLatin1String("contacts")) {
            m_contactsPage = new ContactsPage(m_database, m_settings);
            connect(m_contactsPage, &ContactsPage::campaignRequested, this,
                    [this](const QStringList& phones) {
                        showPage(QStringLiteral("campaigns"));
                        m_campaignsPage->newCampaign(phones);
                    });
            page = m_contactsPage;
        } else if (spec.id == QLatin1String("groups")) {
            m_groupsPage = new GroupsPage(m_database, m_settings);
            page = m_groupsPage;
        } else if (spec.id == QLatin1String("optouts")) {
            m_optOutsPage = new OptOutsPage(m_database, m_settings);
            page = m_optOutsPage;
        } else if (spec.id == QLatin1String("campaigns")) {
            m_campaignsPage = new CampaignsPage(m_database, m_settings, *m_providers, *m_runner);
            page = m_campaignsPage;
        } else if (spec.id == QLatin1String("accounts")) {
            m_accountsPage = new AccountsPage(m_database, m_settings, *m_secrets, *m_providers);
            page = m_accountsPage;
        }
        Q_ASSERT(page);
        page->setObjectName(spec.id + QStringLiteral("Page"));
        m_ui->pageStackedWidget->addWidget(page);

        const QKeySequence shortcut(
            QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + index)));
        auto* item = new QListWidgetItem(spec.title, navigation);
        item->setData(Qt::UserRole, spec.id);
        item->setToolTip(
            tr("%1 (%2)").arg(spec.title, shortcut.toString(QKeySequence::NativeText)));

        auto* action = m_ui->goMenu->addAction(spec.title);
        action->setShortcut(shortcut);
        action->setData(spec.id);
        connect(action, &QAction::triggered, this, [this, id = spec.id] { showPage(id); });
        m_pageActions.append(action);
        ++index;
    }

    // Wide enough for the longest page name in the current language, at any font size.
    int widest = 0;
    for (int row = 0; row < navigation->count(); ++row)
        widest = std::max(
            widest, navigation->fontMetrics().horizontalAdvance(navigation->item(row)->text()));
    navigation->setFixedWidth(widest + navigation->iconSize().width() + 64);

    connect(navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_ui->pageStackedWidget->setCurrentIndex(row);
        const PageSpec spec = pageSpecs().value(row);
        setWindowTitle(tr("%1 — Tuma").arg(spec.title));
    });
}

void MainWindow::buildStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    const QString path = QDir::toNativeSeparators(m_database.path());
    m_databaseLabel->setText(tr("Database: %1").arg(path));
    m_databaseLabel->setToolTip(path);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databaseLabel, 1);

    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setTextFormat(Qt::RichText);
    connect(m_accountLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("refresh"))
            refreshBalance();
        else
            showPage(link);
    });
    statusBar()->addPermanentWidget(m_accountLabel);
    updateAccountLabel();
}

void MainWindow::updateAccountLabel()
{
    QString active = m_settings.activeAccount();
    const AccountStore accounts(m_database);
    if (active.isEmpty() || !accounts.find(active)) {
        // The active one was removed, or the accounts came from elsewhere (the CLI, another
        // computer's database): the first account stands in rather than "no account yet".
        Result<QList<Account>> all = accounts.list();
        active = all && !all.value().isEmpty() ? all.value().constFirst().name : QString();
        m_settings.setActiveAccount(active);
    }
    if (active.isEmpty()) {
        m_accountLabel->setText(tr("No account yet: <a href=\"accounts\">add one</a>"));
        m_accountLabel->setToolTip({});
        return;
    }
    m_accountLabel->setText(tr("<a href=\"accounts\">%1</a>: balance not checked yet "
                               "(<a href=\"refresh\">check</a>)")
                                .arg(active.toHtmlEscaped()));
    if (const Result<Account> account = accounts.find(active))
        showBalance(account.value().id); // the balance another screen read already, if any
}

void MainWindow::refreshBalance()
{
    Result<Account> account = AccountStore(m_database).find(m_settings.activeAccount());
    if (!account) {
        updateAccountLabel();
        return;
    }
    m_accountLabel->setText(tr("<a href=\"accounts\">%1</a>: checking the balance…")
                                .arg(account.value().name.toHtmlEscaped()));
    // A balance read shows through balanceKnown, wherever it was asked for.
    m_providers->readBalance(
        account.value(), this, [this, account = account.value()](ProviderResult<Balance> result) {
            if (result)
                return;
            if (account.name.compare(m_settings.activeAccount(), Qt::CaseInsensitive) != 0)
                return;
            m_accountLabel->setText(tr("<a href=\"accounts\">%1</a>: balance unknown "
                                       "(<a href=\"refresh\">try again</a>)")
                                        .arg(account.name.toHtmlEscaped()));
            m_accountLabel->setToolTip(result.error().message);
        });
}

void MainWindow::showBalance(qint64 accountId)
{
    Result<Account> account = AccountStore(m_database).findById(accountId);
    const std::optional<ProviderSession::KnownBalance> known = m_providers->knownBalance(accountId);
    if (!account || !known
        || account.value().name.compare(m_settings.activeAccount(), Qt::CaseInsensitive) != 0)
        return;
    const double amount = known->balance.amount;
    const QString balance = balanceText(amount, known->balance.unit).toHtmlEscaped();
    const bool low
        = account.value().lowBalanceThreshold && amount < *account.value().lowBalanceThreshold;
    const QString name = account.value().name.toHtmlEscaped();
    m_accountLabel->setText(tr("<a href=\"accounts\">%1</a>: %2 (<a href=\"refresh\">refresh</a>)")
                                .arg(name,
                                     low ? Colors::span(Colors::error(palette()),
                                                        tr("%1, low: top up").arg(balance), true)
                                         : balance));
    m_accountLabel->setToolTip(
        tr("Balance of %1 at %2")
            .arg(account.value().name,
                 QLocale().toString(known->readAt.toLocalTime().time(), QLocale::ShortFormat)));
}

void MainWindow::connectActions()
{
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::quit);
    connect(m_ui->importAction, &QAction::triggered, this, [this] { openImportWizard({}); });
    connect(m_contactsPage, &ContactsPage::importRequested, this, [this] { openImportWizard({}); });
    connect(m_contactsPage, &ContactsPage::contactsChanged, this, [this] {
        m_groupsPage->reload();
        m_templatesPage->reload();
    });
    connect(m_groupsPage, &GroupsPage::groupsChanged, this, [this] {
        m_contactsPage->reload();
        m_templatesPage->reload();
    });
    connect(m_optOutsPage, &OptOutsPage::optOutsChanged, m_contactsPage, &ContactsPage::reload);
    connect(m_accountsPage, &AccountsPage::accountsChanged, this, &MainWindow::refreshBalance);
    connect(m_providers.get(), &ProviderSession::balanceKnown, this, &MainWindow::showBalance);
    // "Paused: out of credit" is no longer true once the user resumed or cancelled it.
    connect(m_campaignsPage, &CampaignsPage::campaignChangedByUser, this, [this] {
        statusBar()->clearMessage();
        refreshBalance();
    });
    connect(m_accountsPage, &AccountsPage::contactsChanged, this, [this] {
        m_contactsPage->reload();
        m_groupsPage->reload();
    });
    connect(m_accountsPage, &AccountsPage::templatesChanged, m_templatesPage,
            &TemplatesPage::reload);
    connect(m_ui->backupAction, &QAction::triggered, m_maintenance, &DatabaseMaintenance::backUp);
    connect(m_ui->restoreAction, &QAction::triggered, m_maintenance, &DatabaseMaintenance::restore);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->auditLogAction, &QAction::triggered, this, [this] {
        auto* dialog = new AuditLogDialog(m_database, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->gettingStartedAction, &QAction::triggered, this, [this] {
        auto* dialog = new GettingStartedDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &GettingStartedDialog::linkActivated, this, &MainWindow::followLink);
        dialog->open();
    });
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    // A restore replaces what the runner reads: it sends nothing until the restore is over
    // (and the restored campaigns come back paused).
    connect(m_maintenance, &DatabaseMaintenance::restoreStarting, m_runner.get(),
            &CampaignRunner::suspend);
    connect(m_maintenance, &DatabaseMaintenance::restoreEnded, m_runner.get(),
            &CampaignRunner::resumeAll);
    connect(m_maintenance, &DatabaseMaintenance::restored, this, [this] {
        reloadPages();
        statusBar()->showMessage(tr("The backup has been restored."), 8000);
    });
}

void MainWindow::applyIcons()
{
    const QColor color = palette().color(QPalette::WindowText);
    const QList<PageSpec> specs = pageSpecs();
    for (int row = 0; row < specs.size(); ++row) {
        const QIcon icon = ThemedIcon::fromSvg(specs.at(row).iconPath, color,
                                               palette().color(QPalette::HighlightedText));
        m_ui->navigationListWidget->item(row)->setIcon(icon);
        m_pageActions.at(row)->setIcon(icon);
    }
    QPalette sidebar = m_ui->navigationListWidget->palette();
    sidebar.setColor(QPalette::Base, palette().color(QPalette::AlternateBase));
    m_ui->navigationListWidget->setPalette(sidebar);
}

void MainWindow::reloadPages()
{
    m_contactsPage->reload();
    m_groupsPage->reload();
    m_optOutsPage->reload();
    m_templatesPage->reload();
    m_accountsPage->reload();
    refreshBalance();
}

ImportWizard* MainWindow::openImportWizard(const QString& path)
{
    if (m_importWizard) {
        m_importWizard->raise();
        m_importWizard->activateWindow();
        if (!path.isEmpty() && !m_importWizard->isBusy()
            && m_importWizard->currentId() == ImportWizard::FilePage)
            m_importWizard->setFile(path);
        return m_importWizard;
    }
    m_importWizard = new ImportWizard(m_database, m_settings, this);
    m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importWizard, &ImportWizard::imported, this, [this] {
        reloadPages();
        showPage(QStringLiteral("contacts"));
    });
    if (!path.isEmpty())
        m_importWizard->setFile(path);
    m_importWizard->open();
    return m_importWizard;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openImportWizard(urls.first().toLocalFile());
}

bool MainWindow::showPage(const QString& id)
{
    const int row = pageIds().indexOf(id);
    if (row < 0)
        return false;
    m_ui->navigationListWidget->setCurrentRow(row);
    return true;
}

QString MainWindow::currentPageId() const
{
    return pageIds().value(m_ui->pageStackedWidget->currentIndex());
}

QJsonObject MainWindow::handleInstanceRequest(const QJsonObject& request)
{
    QJsonObject reply;
    const QString page = request.value(QStringLiteral("page")).toString();
    if (const QString file = request.value(QStringLiteral("import")).toString(); !file.isEmpty())
        openImportWizard(file);
    if (!page.isEmpty() && !showPage(page))
        reply.insert(QStringLiteral("error"), tr("There is no page called \"%1\".").arg(page));
    bringToFront();
    if (m_importWizard) {
        // The wizard, not the window behind it, is what the user asked for.
        m_importWizard->raise();
        m_importWizard->activateWindow();
    }
    reply.insert(QStringLiteral("page"), currentPageId());
    reply.insert(QStringLiteral("title"), windowTitle());
    if (request.value(QStringLiteral("quit")).toBool()) {
        reply.insert(QStringLiteral("quitting"), true);
        QMetaObject::invokeMethod(this, &MainWindow::quit, Qt::QueuedConnection);
    }
    return reply;
}

void MainWindow::changeEvent(QEvent* event)
{
    // Palette changes (light/dark) reach widgets after the application's own change.
    if (event->type() == QEvent::PaletteChange)
        applyIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_maintenance->isBusy()) {
        QMessageBox::information(this, tr("Please wait"),
                                 tr("Tuma is copying the database. Wait for it to finish, or "
                                    "cancel it, before you quit."));
        event->ignore();
        return;
    }
    if (m_runner->hasPendingWork() && !m_inBackground) {
        // Without Tuma nothing sends: the window may close, Tuma must not stop silently.
        if (!m_quitRequested && m_notifier->hasTray()) {
            keepRunningInBackground();
            event->ignore();
            return;
        }
        QMessageBox box(QMessageBox::Question, tr("Campaigns are still going"),
                        tr("A campaign is sending or waiting for its time, and only a running "
                           "Tuma sends it. Keep Tuma running in the background until every "
                           "campaign has gone out? Opening Tuma again brings this window back."),
                        QMessageBox::NoButton, this);
        QPushButton* keep
            = box.addButton(tr("&Keep running in the background"), QMessageBox::AcceptRole);
        QPushButton* quitNow = box.addButton(tr("&Quit: campaigns wait until Tuma is opened"),
                                             QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == keep) {
            keepRunningInBackground();
            event->ignore();
            return;
        }
        if (box.clickedButton() != quitNow) {
            event->ignore();
            return;
        }
        m_runner->stopAll();
    } else if (m_runner->hasPendingWork() && m_inBackground && !m_quitRequested) {
        event->ignore();
        return;
    } else if (m_inBackground) {
        // The window is already hidden, so closing it is not the last window closing:
        // Tuma ends here.
        m_runner->stopAll();
        QMetaObject::invokeMethod(this, &MainWindow::backgroundWorkDone, Qt::QueuedConnection);
    }
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setLastPage(currentPageId());
    m_settings.sync();
    event->accept();
}

void MainWindow::keepRunningInBackground()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setLastPage(currentPageId());
    m_inBackground = true;
    m_notifier->setTrayVisible(true);
    hide();
    // Read while the window is hidden, so it shows as a notification.
    m_notifier->notify(tr("Tuma is still sending"),
                       m_notifier->hasTray()
                           ? tr("Campaigns go on in the background. The Tuma icon brings the "
                                "window back.")
                           : tr("Campaigns go on in the background. Open Tuma to bring the "
                                "window back; it closes by itself when they have gone out."));
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(
        m_settings, m_reports ? m_reports->urls() : QMap<QString, QString>(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_colorScheme.setPreference(m_settings.colorScheme());
        applyReceiverSettings();
    });
    dialog->open();
}

void MainWindow::followLink(const QString& id)
{
    if (id == QLatin1String("import")) {
        openImportWizard({});
    } else if (id == QLatin1String("new-campaign")) {
        showPage(QStringLiteral("campaigns"));
        m_campaignsPage->newCampaign();
    } else {
        showPage(id);
    }
}

void MainWindow::showAbout()
{
    const QString text
        = tr("<h3>Tuma %1</h3>"
             "<p>SMS campaigns for marketing teams: import customers, personalise messages, see "
             "the cost before sending and follow delivery.</p>"
             "<p>Built with Qt %2 (running on Qt %3).</p>"
             "<p>Database: %4</p>"
             "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
              .arg(QStringLiteral(TUMA_VERSION_STRING), QStringLiteral(QT_VERSION_STR),
                   QString::fromLatin1(qVersion()),
                   QDir::toNativeSeparators(m_database.path()).toHtmlEscaped());
    QMessageBox::about(this, tr("About Tuma"), text);
}

} // namespace tuma
