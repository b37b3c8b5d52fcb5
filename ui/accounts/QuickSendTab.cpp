// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickSendTab.h"

#include "core/PhoneNumber.h"
#include "core/SmsText.h"
#include "ui_QuickSendTab.h"

namespace tuma {

namespace {

// The quick "send now" box is for a few numbers; campaigns are for audiences.
constexpr int maximumQuickRecipients = 50;

} // namespace

QuickSendTab::QuickSendTab(ProviderSession& providers, QWidget* parent)
    : AccountTab(providers, parent)
    , m_ui(std::make_unique<Ui::QuickSendTab>())
{
    m_ui->setupUi(this);
    m_ui->messagePlainTextEdit->setPlaceholderText(
        tr("A short test, for example: Hello from Tuma!"));
    connect(m_ui->sendPushButton, &QPushButton::clicked, this, &QuickSendTab::send);
    connect(m_ui->toLineEdit, &QLineEdit::textChanged, this, &QuickSendTab::updateSendButton);
    connect(m_ui->messagePlainTextEdit, &QPlainTextEdit::textChanged, this,
            &QuickSendTab::updateSendButton);
    updateSendButton();
}

QuickSendTab::~QuickSendTab() = default;

bool QuickSendTab::offeredBy(const Capabilities&) const
{
    return true;
}

void QuickSendTab::showAccount(const Account& account)
{
    // A send under way stays so until its answer: it went out, whichever account is shown.
    m_ui->senderComboBox->clear();
    m_ui->senderComboBox->addItems(account.senderIds);
    m_ui->senderComboBox->setCurrentText(account.senderOrDefault());
    updateSendButton();
}

void QuickSendTab::updateSendButton()
{
    const QString text = m_ui->messagePlainTextEdit->toPlainText();
    const QStringList numbers = m_ui->toLineEdit->text().split(u',', Qt::SkipEmptyParts);
    QString info;
    if (!text.isEmpty()) {
        const int segments = SmsText::count(text).segments;
        info = tr("%n part(s)", nullptr, segments);
        if (!numbers.isEmpty()) {
            info += tr(", %Ln message(s) in all", nullptr,
                       segments * static_cast<int>(numbers.size()));
        }
    }
    if (!m_sending)
        m_ui->sendInfoLabel->setText(info);
    m_ui->sendPushButton->setEnabled(account() && !m_sending && !text.trimmed().isEmpty()
                                     && !numbers.isEmpty());
}

void QuickSendTab::send()
{
    if (!account())
        return;
    QStringList numbers;
    for (const QString& raw : m_ui->toLineEdit->text().split(u',', Qt::SkipEmptyParts)) {
        const Result<QString> phone = PhoneNumber::normalize(raw, account()->region);
        if (!phone) {
            m_ui->sendInfoLabel->setText(
                tr("\"%1\" cannot receive SMS: %2").arg(raw.trimmed(), phone.error().message));
            return;
        }
        if (!numbers.contains(phone.value()))
            numbers.append(phone.value());
    }
    if (numbers.size() > maximumQuickRecipients) {
        m_ui->sendInfoLabel->setText(tr("Send to at most %1 numbers here. For more, create a "
                                        "campaign.")
                                         .arg(maximumQuickRecipients));
        return;
    }
    const Capabilities capabilities = ProviderSession::capabilities(*account());
    const QString sender = m_ui->senderComboBox->currentText().trimmed();
    if (capabilities.senderRequired && sender.isEmpty()) {
        m_ui->sendInfoLabel->setText(tr("Choose a sender ID: this provider needs one."));
        return;
    }
    SendRequest request;
    request.text = m_ui->messagePlainTextEdit->toPlainText();
    request.senderId = sender;
    for (const QString& phone : std::as_const(numbers))
        request.recipients.append({phone, request.text, {}});
    if (request.recipients.size() > std::max(1, capabilities.maxRecipientsPerRequest)) {
        m_ui->sendInfoLabel->setText(tr("This provider takes at most %Ln number(s) at once. "
                                        "Create a campaign to send to more.",
                                        nullptr, capabilities.maxRecipientsPerRequest));
        return;
    }
    m_sending = true;
    updateSendButton();
    m_ui->sendInfoLabel->setText(tr("Sending…"));
    // Not ask(): the answer to a message sent is shown even if another account is by then.
    providers().run<SendResult>(
        *account(), this,
        [request](ProviderAdapter& adapter, ProviderAdapter::Reply<SendResult> done) {
            adapter.send(request, done);
        },
        [this](ProviderResult<SendResult> result) {
            m_sending = false;
            if (!result) {
                updateSendButton();
                m_ui->sendInfoLabel->setText(errorText(result.error()));
                return;
            }
            int accepted = 0;
            QStringList refused;
            for (const RecipientOutcome& outcome : result.value().recipients) {
                if (outcome.accepted)
                    ++accepted;
                else
                    refused.append(tr("%1: %2").arg(outcome.phone, outcome.errorText));
            }
            QString summary = tr("The provider accepted %Ln message(s).", nullptr, accepted);
            if (!refused.isEmpty())
                summary += u' ' + tr("Refused: %1").arg(refused.join(QStringLiteral("; ")));
            updateSendButton();
            m_ui->sendInfoLabel->setText(summary);
            // What was sent shows in the balance and the history.
            Q_EMIT sent();
        });
}

} // namespace tuma
