// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemedIcon.h"

#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace tuma {

namespace {

// Renders the SVG afresh at whatever size and scale Qt asks for: crisp at 200 %.
class RecoloredSvgEngine final : public QIconEngine
{
public:
    explicit RecoloredSvgEngine(QByteArray svg)
        : m_svg(std::move(svg))
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(m_svg);
        painter->save();
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.4);
        renderer.render(painter, rect);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), pixmap.size()), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine* clone() const override { return new RecoloredSvgEngine(m_svg); }

private:
    QByteArray m_svg;
};

} // namespace

QIcon ThemedIcon::fromSvg(const QString& resourcePath, const QColor& color)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace("#000000", color.name(QColor::HexRgb).toLatin1());
    return QIcon(new RecoloredSvgEngine(svg));
}

} // namespace tuma
