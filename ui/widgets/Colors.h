// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace tuma {

// The colours that carry meaning (an error, a warning, success, a quiet note), each readable on
// the palette it is asked with: darker on a light window, lighter on a dark one. Every colour a
// widget paints or writes into rich text comes from the palette or from here.
namespace Colors {

bool isDark(const QPalette& palette);
QColor error(const QPalette& palette);
QColor warning(const QPalette& palette);
QColor success(const QPalette& palette);
// Secondary text and "still waiting" figures.
QColor muted(const QPalette& palette);
// The chart's accents (cost line, bars): readable on the palette's base.
QColor accent(const QPalette& palette);
QColor secondAccent(const QPalette& palette);

// Rich text `html` (already escaped) in `color`.
QString span(const QColor& color, const QString& html, bool bold = false);

} // namespace Colors

} // namespace tuma
