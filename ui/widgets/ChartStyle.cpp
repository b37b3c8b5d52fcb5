// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tuma {

void applyWindowPalette(QChartView* view, const QList<QAbstractAxis*>& axes)
{
    const QColor text = view->palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.15);
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    view->chart()->legend()->setLabelColor(text);
    view->setBackgroundBrush(view->palette().brush(QPalette::Window));
}

void setRoundRange(QValueAxis* axis, double highest)
{
    constexpr int steps = 5;
    const double rough = std::max(highest, 1.0) / steps;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * power;
        if (step >= rough)
            break;
    }
    step = std::max(step, 1.0);
    axis->setRange(0, step * steps);
    axis->setTickCount(steps + 1);
}

} // namespace tuma
