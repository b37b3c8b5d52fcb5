// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceholderPage.h"

#include "ui_PlaceholderPage.h"

#include <QIcon>

namespace tuma {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& lead,
                                 const QStringList& features, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlaceholderPage>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->titleLabel->setText(title);
    m_ui->leadLabel->setText(lead);
    QFont leadFont = m_ui->leadLabel->font();
    leadFont.setPointSizeF(leadFont.pointSizeF() * 1.15);
    m_ui->leadLabel->setFont(leadFont);
    // Wide enough for a comfortable line in any language and at any font size.
    m_ui->cardWidget->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    QString list = QStringLiteral("<p><b>") + tr("Coming to this page:").toHtmlEscaped()
        + QStringLiteral("</b></p><ul>");
    for (const QString& feature : features)
        list += QStringLiteral("<li>") + feature.toHtmlEscaped() + QStringLiteral("</li>");
    list += QStringLiteral("</ul>");
    m_ui->featuresLabel->setText(list);
}

PlaceholderPage::~PlaceholderPage() = default;

void PlaceholderPage::setIcon(const QIcon& icon)
{
    m_ui->iconLabel->setPixmap(icon.pixmap(QSize(64, 64)));
}

} // namespace tuma
