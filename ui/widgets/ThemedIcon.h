// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace tuma {

// Tuma's line icons are drawn in black in resources/icons; this paints them in a palette
// colour so they stay legible in light and dark schemes at any device pixel ratio.
class ThemedIcon final
{
public:
    // `selectedColor` paints the icon of a selected item (on the highlight colour).
    static QIcon fromSvg(const QString& resourcePath, const QColor& color,
                         const QColor& selectedColor = {});
};

} // namespace tuma
