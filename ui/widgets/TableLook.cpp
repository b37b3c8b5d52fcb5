// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableLook.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>

namespace tuma {

namespace {

// Shows a cell's text in a tooltip when the cell is too narrow for it and the model gives none.
class ElidedToolTipDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override
    {
        // A tooltip of the model's own (not just the cell's text again) is shown as it is.
        const QVariant own = index.data(Qt::ToolTipRole);
        if (event->type() != QEvent::ToolTip || !index.isValid()
            || (own.isValid() && own.toString() != index.data().toString()))
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QStyle* style = item.widget ? item.widget->style() : QApplication::style();
        const QRect textRect
            = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget);
        const QString text = item.text;
        const bool cut = text.contains(u'\n')
            || item.fontMetrics.horizontalAdvance(text) > textRect.width()
                    - 2
                        * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget)
                           + 1);
        if (!text.isEmpty() && cut) {
            QToolTip::showText(event->globalPos(),
                               text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")),
                               view->viewport(), option.rect);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
};

} // namespace

void showElidedTextInToolTips(QAbstractItemView* view)
{
    view->setItemDelegate(new ElidedToolTipDelegate(view));
    view->setTextElideMode(Qt::ElideRight);
}

void fitColumns(QTableView* view, int stretchColumn, int maxChars)
{
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setMaximumSectionSize(view->fontMetrics().averageCharWidth() * maxChars);
    if (stretchColumn >= 0)
        header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    else
        header->setStretchLastSection(true);
    view->setWordWrap(false);
    showElidedTextInToolTips(view);
}

} // namespace tuma
