// SPDX-License-Identifier: GPL-3.0-or-later
#include "Colors.h"

#include <QString>

namespace tuma::Colors {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

namespace {

QColor pick(const QPalette& palette, QRgb onLight, QRgb onDark)
{
    return QColor::fromRgb(isDark(palette) ? onDark : onLight);
}

} // namespace

QColor error(const QPalette& palette)
{
    return pick(palette, qRgb(0xb3, 0x26, 0x1e), qRgb(0xf2, 0x8b, 0x82));
}

QColor warning(const QPalette& palette)
{
    return pick(palette, qRgb(0x9a, 0x5b, 0x00), qRgb(0xf6, 0xc0, 0x5c));
}

QColor success(const QPalette& palette)
{
    return pick(palette, qRgb(0x1e, 0x7e, 0x3e), qRgb(0x81, 0xc9, 0x95));
}

QColor muted(const QPalette& palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QColor accent(const QPalette& palette)
{
    return pick(palette, qRgb(0x2f, 0x80, 0xc8), qRgb(0x6c, 0xb4, 0xf0));
}

QColor secondAccent(const QPalette& palette)
{
    return pick(palette, qRgb(0xc0, 0x6a, 0x10), qRgb(0xf0, 0xa4, 0x50));
}

QString span(const QColor& color, const QString& html, bool bold)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(color.name(), bold ? QStringLiteral("<b>%1</b>").arg(html) : html);
}

} // namespace tuma::Colors
