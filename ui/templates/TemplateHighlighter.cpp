// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateHighlighter.h"

#include "core/SmsText.h"
#include "core/Template.h"
#include "widgets/Colors.h"

#include <QGuiApplication>
#include <QPalette>

namespace tuma {

TemplateHighlighter::TemplateHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{ }

void TemplateHighlighter::setAvailableFields(const QStringList& fields)
{
    m_fields = fields;
    rehighlight();
}

void TemplateHighlighter::highlightBlock(const QString& text)
{
    QTextCharFormat ucs2;
    ucs2.setBackground(QColor(0xff, 0xb3, 0x00, 110));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (SmsText::gsmSeptets(text.at(i).unicode()) == 0)
            setFormat(int(i), 1, ucs2);
    }

    // A placeholder lives on one line; each block is parsed on its own.
    const Template parsed(text);
    QTextCharFormat placeholder;
    placeholder.setForeground(QGuiApplication::palette().color(QPalette::Link));
    placeholder.setFontWeight(QFont::DemiBold);
    for (const TemplatePlaceholder& found : parsed.placeholders())
        setFormat(found.position, found.length, placeholder);

    QTextCharFormat problem;
    problem.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    const QColor red = Colors::error(QGuiApplication::palette());
    problem.setUnderlineColor(red);
    problem.setForeground(red);
    for (const TemplateError& error : parsed.errors(m_fields))
        setFormat(error.position, error.length, problem);
}

} // namespace tuma
