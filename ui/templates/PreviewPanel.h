// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/AudienceFigures.h"
#include "core/Pricing.h"
#include "widgets/StaleAnswers.h"

#include <QGroupBox>
#include <QTimer>

#include <memory>

namespace Ui {
class PreviewPanel;
}

namespace tuma {

class AppSettings;
class BackgroundJob;
class Database;

// The message as real contacts of a group receive it (previous / next / random), with that
// contact's own parts, and the figures for the whole group: parts per message, total, cost
// and fields left empty. The group's figures are computed on a worker thread.
class PreviewPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPanel)

public:
    PreviewPanel(Database& database, AppSettings& settings, QWidget* parent = nullptr);
    ~PreviewPanel() override;

    void setMessage(const QString& body);
    // The prices the cost is counted at (the sending account's, as the template page says).
    void setPricing(const Pricing& pricing);
    void reloadGroups();

Q_SIGNALS:
    void figuresReady();

private:
    void showContact(int index);
    void startCounting();
    void showFigures(const Result<AudienceFigures>& figures);
    QString currentGroup() const;

    std::unique_ptr<Ui::PreviewPanel> m_ui;
    Database& m_database;
    AppSettings& m_settings;
    Pricing m_pricing;
    QString m_body;
    QStringList m_fields; // the order recipients' values come in
    int m_index = 0;
    int m_recipients = 0;
    QTimer m_debounce;
    // The audience's figures, counted off the GUI thread; a newer text or group cancels the
    // count in flight, and its answer, even one already on its way, is dropped (m_counts).
    BackgroundJob* m_counter = nullptr;
    StaleAnswers m_counts;
};

} // namespace tuma
