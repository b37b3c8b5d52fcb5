// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tuma {

// One placeholder of a template: <<first_name>> or <<first_name|Customer>>.
struct TemplatePlaceholder
{
    QString name; // as the contact field is known: lower case, spaces trimmed
    QString defaultValue; // used when the contact's field is empty
    bool hasDefault = false;
    int position = 0; // UTF-16 index of the opening <<
    int length = 0; // up to and including the closing >>
};

struct TemplateError
{
    enum class Kind { Unclosed, EmptyName, InvalidName, UnknownField };
    Kind kind = Kind::Unclosed;
    int position = 0; // UTF-16 index in the body
    int length = 0;
    QString message; // a sentence for the user, naming the position and what to do
};

// A message body with <<field>> placeholders. Names are case-insensitive and spaces around
// them are ignored; `<<name|default>>` falls back to the default when the field is empty;
// `\<<` writes a literal "<<". Parsing never fails: problems are listed with their
// positions, and a template with problems cannot be used in a campaign.
class Template final
{
    Q_DECLARE_TR_FUNCTIONS(Template)

public:
    // The fields every contact has; custom fields come on top.
    static QStringList standardFields();
    // A field holding only spaces is as good as empty: its default applies.
    static bool isBlank(QStringView value);

    explicit Template(const QString& body = {});

    const QString& body() const { return m_body; }
    const QList<TemplatePlaceholder>& placeholders() const { return m_placeholders; }
    // The distinct field names used, in order of first use.
    QStringList fieldNames() const;

    // Syntax problems, and placeholders that name none of `availableFields` (the message
    // lists those fields).
    QList<TemplateError> errors(const QStringList& availableFields) const;
    bool hasSyntaxErrors() const { return !m_syntaxErrors.isEmpty(); }

    // A template bound to a list of field names renders from values in the same order:
    // one pass, no lookups by name, one allocation for the result.
    class Bound
    {
    public:
        QString render(const QStringList& values) const;

    private:
        friend class Template;
        struct Piece
        {
            QString literal; // text before the placeholder
            int fieldIndex = -1; // into the values; -1 when the field is not bound
            QString defaultValue;
            bool hasDefault = false;
        };
        QList<Piece> m_pieces;
        QString m_tail; // text after the last placeholder
        qsizetype m_literalSize = 0;
    };
    // Fields not in `fieldNames` render as empty (or their default).
    Bound bind(const QStringList& fieldNames) const;

private:
    void parse();

    QString m_body;
    QList<TemplatePlaceholder> m_placeholders;
    QList<TemplateError> m_syntaxErrors;
    QStringList m_literals; // text before each placeholder, then the tail
};

} // namespace tuma
