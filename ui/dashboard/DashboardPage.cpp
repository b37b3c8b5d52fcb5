// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "accounts/ProviderSession.h"
#include "campaigns/CampaignRunner.h"
#include "campaigns/CampaignTexts.h"
#include "providers/ProviderAdapter.h"
#include "settings/AppSettings.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "ui_DashboardPage.h"
#include "widgets/BackgroundJob.h"
#include "widgets/BalanceText.h"
#include "widgets/ChartStyle.h"
#include "widgets/Colors.h"
#include "widgets/TableLook.h"
#include "widgets/TextTableModel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QHeaderView>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>

namespace tuma {

namespace {

constexpr int recentCampaigns = 8;
// Balances are asked again when the page is shown, at most this often (providers count
// requests, and some limit them).
constexpr qint64 balanceMaxAgeMs = 5 * 60 * 1000;

// What the worker reads for the page: the period's activity and the latest campaigns.
struct DashboardData
{
    ActivitySummary activity;
    QList<Campaign> recent;
    QList<OutboxCounts> counts;
};

} // namespace

DashboardPage::DashboardPage(Database& database, AppSettings& settings, ProviderSession& providers,
                             CampaignRunner& runner, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardPage>())
    , m_database(database)
    , m_settings(settings)
    , m_providers(providers)
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    QFont figure = font();
    figure.setPointSizeF(figure.pointSizeF() * 1.8);
    figure.setBold(true);
    for (QLabel* value : {m_ui->messagesValueLabel, m_ui->spendValueLabel, m_ui->deliveryValueLabel,
                          m_ui->campaignsValueLabel})
        value->setFont(figure);

    m_recentModel = new TextTableModel(this);
    m_recentModel->setHeaders(
        {tr("Campaign"), tr("State"), tr("Progress"), tr("Delivered"), tr("Date")});
    m_ui->recentTableView->setModel(m_recentModel);
    m_balancesModel = new TextTableModel(this);
    m_balancesModel->setHeaders({tr("Account"), tr("Provider"), tr("Balance")});
    m_ui->balancesTableView->setModel(m_balancesModel);
    for (QTableView* table : {m_ui->recentTableView, m_ui->balancesTableView}) {
        fitColumns(table, 0);
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height()
                                                       + fontMetrics().height() / 2);
    }
    buildChart();
    m_activityJob = new BackgroundJob(this);

    connect(m_ui->recentTableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.row() < m_recentIds.size())
            Q_EMIT campaignRequested(m_recentIds.at(index.row()));
    });
    connect(m_ui->refreshBalancesPushButton, &QPushButton::clicked, this,
            [this] { refreshBalances(0); });
    // A balance read on any screen (a top-up, a test, the status bar) is the one shown here.
    connect(&m_providers, &ProviderSession::balanceKnown, this, [this](qint64 accountId) {
        m_balanceNotes.remove(accountId);
        showBalances();
    });
    connect(m_ui->gettingStartedLabel, &QLabel::linkActivated, this, &DashboardPage::pageRequested);
    // Progress arrives often while a campaign sends: redraw at most every few seconds.
    connect(&runner, &CampaignRunner::campaignChanged, this, [this] {
        if (m_reloadPending || !isVisible())
            return;
        m_reloadPending = true;
        QTimer::singleShot(3000, this, [this] {
            m_reloadPending = false;
            reload();
        });
    });
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::buildChart()
{
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignTop);

    // Messages per day as a filled area, the money as a line on its own scale.
    m_messagesLine = new QLineSeries(chart);
    m_messagesArea = new QAreaSeries(m_messagesLine);
    m_messagesArea->setName(tr("Messages sent"));
    chart->addSeries(m_messagesArea);
    m_costLine = new QLineSeries(chart);
    chart->addSeries(m_costLine);

    m_dayAxis = new QDateTimeAxis(chart);
    m_dayAxis->setFormat(QStringLiteral("d MMM"));
    m_dayAxis->setTickCount(7);
    m_messagesAxis = new QValueAxis(chart);
    m_messagesAxis->setLabelFormat(QStringLiteral("%d"));
    m_costAxis = new QValueAxis(chart);
    m_costAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_dayAxis, Qt::AlignBottom);
    chart->addAxis(m_messagesAxis, Qt::AlignLeft);
    chart->addAxis(m_costAxis, Qt::AlignRight);
    m_messagesArea->attachAxis(m_dayAxis);
    m_messagesArea->attachAxis(m_messagesAxis);
    m_costLine->attachAxis(m_dayAxis);
    m_costLine->attachAxis(m_costAxis);

    m_chartView = new QChartView(chart, m_ui->chartContainer);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(fontMetrics().height() * 12);
    m_ui->chartContainerLayout->addWidget(m_chartView);
    applyChartPalette();
}

void DashboardPage::applyChartPalette()
{
    applyWindowPalette(m_chartView, {m_dayAxis, m_messagesAxis, m_costAxis});
    m_costAxis->setGridLineVisible(false);
    QColor fill = Colors::accent(palette());
    m_messagesArea->setPen(QPen(fill, 1.5));
    fill.setAlphaF(0.35);
    m_messagesArea->setBrush(fill);
    m_costLine->setPen(QPen(Colors::secondAccent(palette()), 2));
}

void DashboardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && m_chartView)
        applyChartPalette();
    QWidget::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
    refreshBalances(balanceMaxAgeMs);
}

void DashboardPage::reload()
{
    // A million messages take the database a moment to add up: on a worker.
    const QString databasePath = m_database.path();
    const QDate today = QDate::currentDate();
    m_activityJob->start<DashboardData>(
        [databasePath, today](const BackgroundJob::Progress&) -> Result<DashboardData> {
            Result<std::unique_ptr<Database>> database = Database::open(databasePath);
            if (!database)
                return database.error();
            const CampaignStore campaigns(*database.value());
            Result<ActivitySummary> activity
                = campaigns.activity(today.addDays(1 - periodDays), today);
            if (!activity)
                return activity.error();
            DashboardData read;
            read.activity = std::move(activity).value();
            Result<QList<Campaign>> all = campaigns.list();
            if (!all)
                return all.error();
            read.recent = all.value().mid(0, recentCampaigns);
            for (const Campaign& campaign : std::as_const(read.recent))
                read.counts.append(campaigns.counts(campaign.id).value_or({}));
            return read;
        },
        [this](Result<DashboardData> answer) {
            if (!answer)
                return;
            const DashboardData& read = answer.value();
            showActivity(read.activity);
            QList<TextTableModel::Row> rows;
            m_recentIds.clear();
            const QLocale locale;
            for (qsizetype i = 0; i < read.recent.size(); ++i) {
                const Campaign& campaign = read.recent.at(i);
                const OutboxCounts& counts = read.counts.at(i);
                const qint64 total = counts.total();
                const qint64 done = counts.done();
                const qint64 delivered = counts.value(OutboxState::Delivered);
                const qint64 final = counts.finished();
                const QDateTime when = campaign.launchedAt.isValid() ? campaign.launchedAt
                    : campaign.scheduledAt.isValid()                 ? campaign.scheduledAt
                                                                     : campaign.createdAt;
                rows.append(
                    {{campaign.name, campaign.name},
                     {CampaignTexts::stateText(campaign.state), int(campaign.state)},
                     {total > 0 ? tr("%1 %").arg(done * 100 / total) : QString(), done},
                     {final > 0 ? tr("%1 %").arg(
                          locale.toString(100.0 * double(delivered) / double(final), 'f', 1))
                                : QString(),
                      delivered},
                     {locale.toString(when.toLocalTime().date(), QLocale::ShortFormat), when}});
                m_recentIds.append(campaign.id);
            }
            m_recentModel->setRows(rows);
            const bool newUser = read.recent.isEmpty();
            m_ui->gettingStartedLabel->setVisible(newUser);
            m_ui->recentGroupBox->setVisible(!newUser);
            m_ui->chartContainer->setVisible(!newUser);
            if (newUser) {
                m_ui->gettingStartedLabel->setText(
                    tr("<h3>Your first campaign in three steps</h3>"
                       "<ol><li><a href=\"import\">Import your customers</a> from an Excel "
                       "or CSV file, into a group.</li>"
                       "<li><a href=\"templates\">Write a message</a> with fields such as "
                       "&lt;&lt;first_name&gt;&gt;, or write it in the campaign.</li>"
                       "<li><a href=\"new-campaign\">Create a campaign</a>: see what it costs, "
                       "send a test, then send it now or at the time you choose.</li></ol>"
                       "<p>The Sandbox account sends nothing for real: rehearse there "
                       "first.</p>"));
            }
        });
}

void DashboardPage::showActivity(const ActivitySummary& summary)
{
    const QLocale locale;
    m_ui->messagesValueLabel->setText(locale.toString(summary.messages));
    QStringList spent;
    if (!summary.currency.isEmpty()) {
        spent.append(tr("%1 %2").arg(
            summary.currency,
            locale.toString(summary.costByCurrency.value(summary.currency), 'f', 2)));
    }
    for (auto it = summary.costByCurrency.cbegin(); it != summary.costByCurrency.cend(); ++it) {
        if (it.key() != summary.currency)
            spent.append(tr("%1 %2").arg(it.key(), locale.toString(it.value(), 'f', 2)));
    }
    m_ui->spendValueLabel->setText(
        spent.isEmpty() ? tr("%1 %2").arg(QStringLiteral("KES"), locale.toString(0.0, 'f', 2))
                        : spent.join(QStringLiteral(" + ")));
    const qint64 final = summary.delivered + summary.failed;
    m_ui->deliveryValueLabel->setText(
        final > 0 ? tr("%1 %").arg(
            locale.toString(100.0 * double(summary.delivered) / double(final), 'f', 1))
                  : tr("—"));
    m_ui->deliveryValueLabel->setToolTip(
        tr("%1 delivered, %2 failed or expired")
            .arg(locale.toString(summary.delivered), locale.toString(summary.failed)));
    m_ui->campaignsValueLabel->setText(
        tr("%1 / %2").arg(locale.toString(summary.sending), locale.toString(summary.scheduled)));
    m_ui->campaignsCaptionLabel->setText(tr("campaigns sending now / scheduled"));

    QList<QPointF> messages;
    QList<QPointF> cost;
    double mostMessages = 0;
    double mostCost = 0;
    for (const ActivitySummary::Day& day : summary.days) {
        const auto x = qreal(day.date.startOfDay().toMSecsSinceEpoch());
        messages.append({x, qreal(day.messages)});
        cost.append({x, day.cost});
        mostMessages = std::max(mostMessages, qreal(day.messages));
        mostCost = std::max(mostCost, day.cost);
    }
    m_messagesLine->replace(messages);
    m_costLine->replace(cost);
    m_costLine->setName(
        tr("Spent (%1)")
            .arg(summary.currency.isEmpty() ? QStringLiteral("KES") : summary.currency));
    if (!summary.days.isEmpty()) {
        m_dayAxis->setRange(summary.days.constFirst().date.startOfDay(),
                            summary.days.constLast().date.startOfDay());
    }
    setRoundRange(m_messagesAxis, mostMessages);
    setRoundRange(m_costAxis, mostCost);
}

void DashboardPage::refreshBalances(qint64 olderThanMs)
{
    m_accounts = AccountStore(m_database).list().value_or({});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Account& account : std::as_const(m_accounts)) {
        const auto known = m_providers.knownBalance(account.id);
        if (known && known->readAt.msecsTo(now) <= olderThanMs)
            continue;
        m_balanceNotes.insert(account.id, tr("asking…"));
        m_providers.readBalance(
            account, this, [this, id = account.id](ProviderResult<Balance> result) {
                // A balance read shows through balanceKnown; here only what went wrong, where
                // no balance is known (one read on another screen still holds).
                if (result || m_providers.knownBalance(id))
                    m_balanceNotes.remove(id);
                else
                    m_balanceNotes.insert(id, tr("unknown: %1").arg(result.error().message));
                showBalances();
            });
    }
    showBalances();
}

void DashboardPage::showBalances()
{
    QList<TextTableModel::Row> rows;
    for (const Account& account : std::as_const(m_accounts)) {
        const QString provider = providerDisplayName(
            providerFromName(account.provider).value_or(ProviderKind::QuickFlow));
        const auto known = m_providers.knownBalance(account.id);
        QString balance = m_balanceNotes.value(account.id);
        if (balance.isEmpty() && known)
            balance = balanceText(known->balance.amount, known->balance.unit);
        rows.append({{account.name, account.name},
                     {account.sandbox ? tr("%1 (sandbox)").arg(provider) : provider, provider},
                     {balance, balance}});
    }
    m_balancesModel->setRows(rows);
    m_ui->balancesGroupBox->setVisible(!m_accounts.isEmpty());
}

} // namespace tuma
