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
    RecoloredSvgEngine(QByteArray svg, QByteArray selectedSvg)
        : m_svg(std::move(svg))
        , m_selectedSvg(std::move(selectedSvg))
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(mode == QIcon::Selected ? m_selectedSvg : m_svg);
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

    QIconEngine* clone() const override { return new RecoloredSvgEngine(m_svg, m_selectedSvg); }

private:
    QByteArray m_svg;
    QByteArray m_selectedSvg;
};

} // namespace

QIcon ThemedIcon::fromSvg(const QString& resourcePath, const QColor& color,
                          const QColor& selectedColor)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray original = file.readAll();
    const auto painted = [&original](const QColor& paint) {
        return QByteArray(original).replace("#000000", paint.name(QColor::HexRgb).toLatin1());
    };
    return QIcon(new RecoloredSvgEngine(painted(color),
                                        painted(selectedColor.isValid() ? selectedColor : color)));
}

} // namespace tuma
