// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pricing.h"
#include "core/SmsText.h"

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class ComposerWidget;
}

namespace tuma {

class TemplateHighlighter;

// The message editor of the Templates page (and later of the campaign wizard): live
// figures under the text (characters, encoding, parts, room left in this part, cost of one
// message), placeholders and UCS-2 characters highlighted, a field picker and a one-click
// replacement of characters that would make the message Unicode.
class ComposerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerWidget)

public:
    explicit ComposerWidget(QWidget* parent = nullptr);
    ~ComposerWidget() override;

    QString body() const;
    void setBody(const QString& body);
    // A whole message as message() gave it: the opt-out footer at its end ticks the footer
    // box rather than staying in the text.
    void setMessage(const QString& message);
    // The opt-out footer from the settings; when it is on, it is appended and counted.
    void setFooter(const QString& footer);
    // The message as it goes out: the body and, when on, the footer on a line of its own.
    QString message() const;
    void setAvailableFields(const QStringList& fields);
    // `account` names whose prices they are; empty for the Settings' default.
    void setPricing(const Pricing& pricing, const QString& account);

    // Problems that keep the message from being used in a campaign, as sentences.
    QStringList problems() const;
    const SmsAnalysis& analysis() const { return m_analysis; }

Q_SIGNALS:
    void bodyChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void replaceWithGsm();
    void rebuildFieldMenu();

    std::unique_ptr<Ui::ComposerWidget> m_ui;
    TemplateHighlighter* m_highlighter = nullptr;
    QStringList m_fields;
    QString m_footer;
    Pricing m_pricing;
    QString m_pricingAccount;
    SmsAnalysis m_analysis;
};

} // namespace tuma
