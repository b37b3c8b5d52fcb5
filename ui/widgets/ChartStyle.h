// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QAbstractAxis;
class QChartView;
class QValueAxis;

namespace tuma {

// Qt Charts draws with its own theme: these give a chart the window's colours (so it follows
// dark mode) and round numbers on its value axes.
void applyWindowPalette(QChartView* view, const QList<QAbstractAxis*>& axes);

// From 0 to a round number at or above `highest`, in five round steps (1, 2 or 5 times a
// power of ten, at least 1), so the labels read 0, 20, 40… rather than 0, 33, 66….
void setRoundRange(QValueAxis* axis, double highest);

} // namespace tuma
