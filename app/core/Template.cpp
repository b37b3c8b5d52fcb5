// SPDX-License-Identifier: GPL-3.0-or-later
#include "Template.h"

namespace tuma {

namespace {

bool isNameCharacter(QChar c)
{
    return c == u'_' || (c.unicode() < 0x80 && c.isLetterOrNumber());
}

bool isValidName(const QString& name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    return std::all_of(name.cbegin(), name.cend(), isNameCharacter);
}

} // namespace

bool Template::isBlank(QStringView value)
{
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) { return c.isSpace(); });
}

QStringList Template::standardFields()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("phone"),
            QStringLiteral("email")};
}

Template::Template(const QString& body)
    : m_body(body)
{
    parse();
}

void Template::parse()
{
    const QString open = QStringLiteral("<<");
    const QString close = QStringLiteral(">>");
    QString literal;
    qsizetype i = 0;
    const qsizetype size = m_body.size();
    while (i < size) {
        if (m_body.at(i) == u'\\' && QStringView(m_body).mid(i + 1).startsWith(open)) {
            literal += open;
            i += 3;
            continue;
        }
        if (!QStringView(m_body).mid(i).startsWith(open)) {
            literal += m_body.at(i);
            ++i;
            continue;
        }
        const qsizetype end = m_body.indexOf(close, i + 2);
        if (end < 0) {
            m_syntaxErrors.append({TemplateError::Kind::Unclosed, int(i), int(size - i),
                                   tr("The placeholder at character %1 has no closing >>. Close "
                                      "it, or write \\<< for a literal <<.")
                                       .arg(i + 1)});
            literal += m_body.mid(i);
            break;
        }
        const QString inside = m_body.mid(i + 2, end - i - 2);
        const qsizetype bar = inside.indexOf(u'|');
        TemplatePlaceholder placeholder;
        placeholder.name = (bar < 0 ? inside : inside.left(bar)).trimmed().toLower();
        placeholder.hasDefault = bar >= 0;
        placeholder.defaultValue = bar < 0 ? QString() : inside.mid(bar + 1);
        placeholder.position = int(i);
        placeholder.length = int(end + 2 - i);
        if (placeholder.name.isEmpty()) {
            m_syntaxErrors.append({TemplateError::Kind::EmptyName, placeholder.position,
                                   placeholder.length,
                                   tr("The placeholder at character %1 has no field name. Write "
                                      "one, such as <<first_name>>.")
                                       .arg(i + 1)});
        } else if (!isValidName(placeholder.name)) {
            m_syntaxErrors.append({TemplateError::Kind::InvalidName, placeholder.position,
                                   placeholder.length,
                                   tr("\"%1\" at character %2 is not a field name: names use "
                                      "letters, digits and _ only.")
                                       .arg(placeholder.name)
                                       .arg(i + 1)});
        }
        m_literals.append(literal);
        literal.clear();
        m_placeholders.append(placeholder);
        i = end + 2;
    }
    m_literals.append(literal);
}

QStringList Template::fieldNames() const
{
    QStringList names;
    for (const TemplatePlaceholder& placeholder : m_placeholders) {
        if (!names.contains(placeholder.name))
            names.append(placeholder.name);
    }
    return names;
}

QList<TemplateError> Template::errors(const QStringList& availableFields) const
{
    QStringList known;
    for (const QString& field : availableFields)
        known.append(field.trimmed().toLower());
    QList<TemplateError> all = m_syntaxErrors;
    // A name problem is easier to mend with the names at hand.
    for (TemplateError& error : all) {
        if (error.kind != TemplateError::Kind::Unclosed && !known.isEmpty())
            error.message += u' ' + tr("The fields are: %1.").arg(known.join(QStringLiteral(", ")));
    }
    for (const TemplatePlaceholder& placeholder : m_placeholders) {
        if (placeholder.name.isEmpty() || !isValidName(placeholder.name)
            || known.contains(placeholder.name))
            continue;
        all.append({TemplateError::Kind::UnknownField, placeholder.position, placeholder.length,
                    tr("There is no field \"%1\" (character %2). The fields are: %3.")
                        .arg(placeholder.name)
                        .arg(placeholder.position + 1)
                        .arg(known.join(QStringLiteral(", ")))});
    }
    std::sort(all.begin(), all.end(), [](const TemplateError& a, const TemplateError& b) {
        return a.position < b.position;
    });
    return all;
}

Template::Bound Template::bind(const QStringList& fieldNames) const
{
    QStringList lowered;
    for (const QString& field : fieldNames)
        lowered.append(field.trimmed().toLower());
    Bound bound;
    for (qsizetype i = 0; i < m_placeholders.size(); ++i) {
        const TemplatePlaceholder& placeholder = m_placeholders.at(i);
        Bound::Piece piece;
        piece.literal = m_literals.at(i);
        piece.fieldIndex = int(lowered.indexOf(placeholder.name));
        piece.hasDefault = placeholder.hasDefault;
        piece.defaultValue = placeholder.defaultValue;
        bound.m_literalSize += piece.literal.size();
        bound.m_pieces.append(piece);
    }
    bound.m_tail = m_literals.constLast();
    bound.m_literalSize += bound.m_tail.size();
    return bound;
}

QString Template::Bound::render(const QStringList& values) const
{
    qsizetype size = m_literalSize;
    for (const Piece& piece : m_pieces) {
        if (piece.fieldIndex >= 0 && piece.fieldIndex < values.size())
            size += values.at(piece.fieldIndex).size();
        size += piece.defaultValue.size();
    }
    QString text;
    text.reserve(size);
    for (const Piece& piece : m_pieces) {
        text += piece.literal;
        const QStringView value = piece.fieldIndex >= 0 && piece.fieldIndex < values.size()
            ? QStringView(values.at(piece.fieldIndex))
            : QStringView();
        text += isBlank(value) && piece.hasDefault ? QStringView(piece.defaultValue) : value;
    }
    text += m_tail;
    return text;
}

} // namespace tuma
