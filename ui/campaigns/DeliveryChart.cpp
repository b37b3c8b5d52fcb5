// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeliveryChart.h"

#include "storage/CampaignStore.h"
#include "widgets/ChartStyle.h"
#include "widgets/Colors.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace tuma {

namespace {

QLineSeries* addSeries(QChart* chart, const QString& name)
{
    auto* series = new QLineSeries(chart);
    series->setName(name);
    chart->addSeries(series);
    return series;
}

} // namespace

DeliveryChart::DeliveryChart(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignTop);
    // Green, red, grey, from the palette (applyPalette).
    m_delivered = addSeries(chart, tr("Delivered"));
    m_failed = addSeries(chart, tr("Failed"));
    m_pending = addSeries(chart, tr("Pending"));

    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setTickCount(5);
    m_countAxis = new QValueAxis(chart);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    for (QLineSeries* series : {m_delivered, m_failed, m_pending}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_countAxis);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(fontMetrics().height() * 9);
    applyPalette();
}

DeliveryChart::~DeliveryChart() = default;

void DeliveryChart::setTimeline(const DeliveryTimeline& timeline)
{
    QList<QPointF> delivered;
    QList<QPointF> failed;
    QList<QPointF> pending;
    qint64 highest = 0;
    for (const DeliveryTimeline::Point& point : timeline.points) {
        const auto x = qreal(point.at.toMSecsSinceEpoch());
        delivered.append({x, qreal(point.delivered)});
        failed.append({x, qreal(point.failed)});
        pending.append({x, qreal(point.pending)});
        highest = std::max({highest, point.delivered, point.failed, point.pending});
    }
    m_delivered->replace(delivered);
    m_failed->replace(failed);
    m_pending->replace(pending);
    if (timeline.points.isEmpty()) {
        // Nothing yet: the last hour and round counts, rather than the axes' 1970 defaults.
        const QDateTime now = QDateTime::currentDateTime();
        m_timeAxis->setFormat(QLocale().timeFormat(QLocale::ShortFormat));
        m_timeAxis->setRange(now.addSecs(-3600), now);
        setRoundRange(m_countAxis, 0);
        return;
    }
    const QDateTime first = timeline.points.constFirst().at.toLocalTime();
    const QDateTime last = timeline.points.constLast().at.toLocalTime();
    // Seconds for a campaign that took minutes, minutes within a day, the date beyond.
    const qint64 span = first.secsTo(last);
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    if (span <= 600 && !format.contains(QLatin1String("ss")))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    else if (span > 86400 || first.date() != last.date())
        format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    m_timeAxis->setFormat(format);
    m_timeAxis->setRange(first, last);
    setRoundRange(m_countAxis, qreal(highest));
}

void DeliveryChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void DeliveryChart::applyPalette()
{
    applyWindowPalette(this, {m_timeAxis, m_countAxis});
    const auto paint = [](QLineSeries* series, const QColor& color) {
        QPen pen(color);
        pen.setWidthF(2);
        series->setPen(pen);
    };
    paint(m_delivered, Colors::success(palette()));
    paint(m_failed, Colors::error(palette()));
    paint(m_pending, Colors::muted(palette()));
}

} // namespace tuma
