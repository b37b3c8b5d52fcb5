// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace tuma {

struct DeliveryTimeline;

// A campaign's messages over time: delivered, failed and still pending, as lines over the
// hours (or minutes) since its first submission.
class DeliveryChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryChart)

public:
    explicit DeliveryChart(QWidget* parent = nullptr);
    ~DeliveryChart() override;

    void setTimeline(const DeliveryTimeline& timeline);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QLineSeries* m_delivered = nullptr;
    QLineSeries* m_failed = nullptr;
    QLineSeries* m_pending = nullptr;
    QDateTimeAxis* m_timeAxis = nullptr;
    QValueAxis* m_countAxis = nullptr;
};

} // namespace tuma
