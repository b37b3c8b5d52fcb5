// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComposerWidget.h"

#include "TemplateHighlighter.h"
#include "core/Template.h"
#include "ui_ComposerWidget.h"
#include "widgets/Colors.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QTextBoundaryFinder>
#include <QToolTip>

namespace tuma {

ComposerWidget::ComposerWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComposerWidget>())
    , m_fields(Template::standardFields())
{
    m_ui->setupUi(this);
    m_highlighter = new TemplateHighlighter(m_ui->messagePlainTextEdit->document());
    m_highlighter->setAvailableFields(m_fields);
    m_ui->insertFieldToolButton->setMenu(new QMenu(m_ui->insertFieldToolButton));
    rebuildFieldMenu();
    m_ui->messagePlainTextEdit->viewport()->installEventFilter(this);

    connect(m_ui->messagePlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        refresh();
        Q_EMIT bodyChanged();
    });
    connect(m_ui->replaceGsmPushButton, &QPushButton::clicked, this,
            &ComposerWidget::replaceWithGsm);
    connect(m_ui->footerCheckBox, &QCheckBox::toggled, this, [this] {
        refresh();
        Q_EMIT bodyChanged();
    });
    m_ui->footerCheckBox->hide(); // until a footer is set
    refresh();
}

ComposerWidget::~ComposerWidget() = default;

QString ComposerWidget::body() const
{
    return m_ui->messagePlainTextEdit->toPlainText();
}

void ComposerWidget::setBody(const QString& body)
{
    m_ui->messagePlainTextEdit->setPlainText(body);
}

void ComposerWidget::setMessage(const QString& message)
{
    const QString footer = u'\n' + m_footer;
    const bool hasFooter = !m_footer.isEmpty() && message.endsWith(footer);
    if (!m_footer.isEmpty())
        m_ui->footerCheckBox->setChecked(hasFooter);
    setBody(hasFooter ? message.chopped(footer.size()) : message);
}

void ComposerWidget::setFooter(const QString& footer)
{
    const bool wasEmpty = m_footer.isEmpty();
    m_footer = footer;
    m_ui->footerCheckBox->setVisible(!footer.isEmpty());
    m_ui->footerCheckBox->setText(tr("Add the opt-out footer: %1").arg(footer));
    if (wasEmpty && !footer.isEmpty())
        m_ui->footerCheckBox->setChecked(true);
    refresh();
    Q_EMIT bodyChanged();
}

QString ComposerWidget::message() const
{
    if (m_footer.isEmpty() || !m_ui->footerCheckBox->isChecked())
        return body();
    return body() + u'\n' + m_footer;
}

void ComposerWidget::setAvailableFields(const QStringList& fields)
{
    m_fields = fields;
    m_highlighter->setAvailableFields(fields);
    rebuildFieldMenu();
    refresh();
}

void ComposerWidget::setPricing(const Pricing& pricing, const QString& account)
{
    m_pricing = pricing;
    m_pricingAccount = account;
    refresh();
}

void ComposerWidget::rebuildFieldMenu()
{
    QMenu* menu = m_ui->insertFieldToolButton->menu();
    menu->clear();
    for (const QString& field : std::as_const(m_fields)) {
        menu->addAction(QStringLiteral("<<%1>>").arg(field), this, [this, field] {
            m_ui->messagePlainTextEdit->insertPlainText(QStringLiteral("<<%1>>").arg(field));
            m_ui->messagePlainTextEdit->setFocus();
        });
    }
}

QStringList ComposerWidget::problems() const
{
    QStringList sentences;
    for (const TemplateError& error : Template(body()).errors(m_fields))
        sentences.append(error.message);
    return sentences;
}

void ComposerWidget::refresh()
{
    const QString text = message();
    m_analysis = SmsText::analyze(text);
    const SmsCount& count = m_analysis.count;
    const bool gsm = count.encoding == SmsEncoding::Gsm7;
    const double credits
        = count.segments * (gsm ? m_pricing.creditsPerGsmPart : m_pricing.creditsPerUcs2Part);
    const QLocale locale;
    m_ui->countersLabel->setText(
        tr("%1 characters · %2 · <b>%n part(s)</b> · %3 left in this part · %4 %5 a message "
           "(%6)",
           nullptr, count.segments)
            .arg(locale.toString(text.size()),
                 gsm ? tr("standard (GSM-7)")
                     : Colors::span(Colors::warning(palette()), tr("Unicode (UCS-2)")),
                 locale.toString(count.unitsLeft), m_pricing.currency,
                 locale.toString(credits * m_pricing.pricePerCredit, 'f', 2),
                 m_pricingAccount.isEmpty()
                     ? tr("default prices from Settings")
                     : tr("prices of %1").arg(m_pricingAccount.toHtmlEscaped())));

    QStringList notes;
    // The replacement works on what the user writes here, not on the footer from Settings.
    const QString written = body();
    int replaceable = 0;
    for (const SmsCulprit& culprit : m_analysis.culprits)
        replaceable += culprit.hasReplacement && culprit.position < written.size() ? 1 : 0;
    // Named as the reader sees them: a flag or an emoji with its modifiers is one character.
    QStringList culprits;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype start = 0, end = graphemes.toNextBoundary(); end > 0;
         start = end, end = graphemes.toNextBoundary()) {
        const QString cluster = text.mid(start, end - start);
        const bool forcesUcs2 = std::any_of(cluster.cbegin(), cluster.cend(), [](QChar c) {
            return SmsText::gsmSeptets(c.unicode()) == 0;
        });
        if (forcesUcs2 && !culprits.contains(cluster))
            culprits.append(cluster);
    }
    if (!gsm)
        notes.append(
            tr("These characters make it a Unicode message, with fewer characters a part: %1")
                .arg(culprits.join(QStringLiteral(" ")).toHtmlEscaped()));
    const Template parsed(written);
    for (const TemplateError& error : parsed.errors(m_fields))
        notes.append(Colors::span(Colors::error(palette()), error.message.toHtmlEscaped()));
    if (!parsed.placeholders().isEmpty())
        notes.append(
            tr("Counted as written: each contact's own message may be longer or shorter."));
    m_ui->notesLabel->setText(notes.join(QStringLiteral("<br>")));
    m_ui->notesLabel->setVisible(!notes.isEmpty());
    m_ui->replaceGsmPushButton->setEnabled(replaceable > 0);
}

void ComposerWidget::replaceWithGsm()
{
    const QString before = body();
    const SmsReplacement replaced = SmsText::replaceWithGsm(before);
    if (replaced.replaced == 0)
        return;
    QStringList changes;
    for (const SmsCulprit& culprit : m_analysis.culprits) {
        const QString change = culprit.replacement.isEmpty()
            ? tr("%1 removed").arg(culprit.character)
            : QStringLiteral("%1 → %2").arg(culprit.character, culprit.replacement);
        if (culprit.hasReplacement && culprit.position < before.size() && !changes.contains(change))
            changes.append(change);
    }
    // One undo step restores the original text.
    QTextCursor cursor(m_ui->messagePlainTextEdit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(replaced.text);
    m_ui->notesLabel->setText(
        m_ui->notesLabel->text()
        + (m_ui->notesLabel->text().isEmpty() ? QString() : QStringLiteral("<br>"))
        + tr("Replaced %n character(s): %1. Ctrl+Z brings them back.", nullptr, replaced.replaced)
              .arg(changes.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_ui->notesLabel->setVisible(true);
}

bool ComposerWidget::eventFilter(QObject* watched, QEvent* event)
{
    // The highlighter marks problems; the tooltip says what they are.
    if (watched == m_ui->messagePlainTextEdit->viewport() && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor cursor = m_ui->messagePlainTextEdit->cursorForPosition(help->pos());
        const int position = cursor.position();
        for (const TemplateError& error : Template(body()).errors(m_fields)) {
            if (position >= error.position && position <= error.position + error.length) {
                QToolTip::showText(help->globalPos(), error.message, m_ui->messagePlainTextEdit);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tuma
