// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AccountStore.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QAreaSeries;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace Ui {
class DashboardPage;
}

namespace tuma {

class AppSettings;
class BackgroundJob;
class CampaignRunner;
class Database;
class ProviderSession;
class TextTableModel;
struct ActivitySummary;

// The first page: what went out in the last 30 days (messages, money, delivery rate, per
// day), the campaigns sending or waiting, the most recent campaigns and every account's
// balance. A new user sees the three steps to a first campaign instead.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    static constexpr int periodDays = 30;

    DashboardPage(Database& database, AppSettings& settings, ProviderSession& providers,
                  CampaignRunner& runner, QWidget* parent = nullptr);
    ~DashboardPage() override;

    void reload();
    // Asks the providers for balances read longer ago than this (0: all of them).
    void refreshBalances(qint64 olderThanMs);

Q_SIGNALS:
    void campaignRequested(qint64 campaignId);
    void pageRequested(const QString& pageId);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildChart();
    void showActivity(const ActivitySummary& summary);
    void showBalances();
    void applyChartPalette();

    std::unique_ptr<Ui::DashboardPage> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    ProviderSession& m_providers;
    TextTableModel* m_recentModel = nullptr;
    TextTableModel* m_balancesModel = nullptr;
    BackgroundJob* m_activityJob = nullptr;
    QList<qint64> m_recentIds;
    QList<Account> m_accounts;
    // By account id: "asking…" or why the balance is unknown; the balance itself is the
    // session's (ProviderSession::knownBalance).
    QHash<qint64, QString> m_balanceNotes;
    bool m_reloadPending = false;

    QChartView* m_chartView = nullptr;
    QLineSeries* m_messagesLine = nullptr;
    QAreaSeries* m_messagesArea = nullptr;
    QLineSeries* m_costLine = nullptr;
    QDateTimeAxis* m_dayAxis = nullptr;
    QValueAxis* m_messagesAxis = nullptr;
    QValueAxis* m_costAxis = nullptr;
};

} // namespace tuma
