// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QSyntaxHighlighter>

namespace tuma {

// Colours a message as the composer shows it: placeholders in the link colour, placeholders
// with a problem underlined in red, characters that force UCS-2 on an amber background.
class TemplateHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateHighlighter)

public:
    explicit TemplateHighlighter(QTextDocument* document);

    void setAvailableFields(const QStringList& fields);

protected:
    void highlightBlock(const QString& text) override;

private:
    QStringList m_fields;
};

} // namespace tuma
