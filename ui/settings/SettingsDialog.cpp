// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "core/PhoneNumber.h"
#include "core/Regions.h"
#include "settings/AppSettings.h"
#include "settings/Localization.h"
#include "ui_SettingsDialog.h"

#include <QPushButton>
#include <QRegularExpressionValidator>

namespace tuma {

namespace {

const QStringList kCommonCurrencies
    = {QStringLiteral("KES"), QStringLiteral("GHS"), QStringLiteral("UGX"), QStringLiteral("TZS"),
       QStringLiteral("RWF"), QStringLiteral("NGN"), QStringLiteral("USD")};

} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);

    for (const Region& region : Regions::all())
        m_ui->regionComboBox->addItem(tr("%1 (+%2)").arg(region.name).arg(region.callingCode),
                                      region.code);

    m_ui->phoneFormatComboBox->addItem(QString(), int(PhoneDisplayFormat::International));
    m_ui->phoneFormatComboBox->addItem(QString(), int(PhoneDisplayFormat::National));
    m_ui->phoneFormatComboBox->addItem(QString(), int(PhoneDisplayFormat::E164));

    m_ui->languageComboBox->addItem(tr("System language"), QString());
    for (const Language& language : Localization::available())
        m_ui->languageComboBox->addItem(language.nativeName, language.code);

    m_ui->colorSchemeComboBox->addItem(tr("Follow the system"), int(ColorScheme::System));
    m_ui->colorSchemeComboBox->addItem(tr("Light"), int(ColorScheme::Light));
    m_ui->colorSchemeComboBox->addItem(tr("Dark"), int(ColorScheme::Dark));

    m_ui->currencyComboBox->addItems(kCommonCurrencies);
    m_ui->currencyComboBox->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_ui->currencyComboBox));

    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: palette(link);"));

    load();

    connect(m_ui->regionComboBox, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updatePhoneFormatExamples);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->windowCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->windowStartTimeEdit->setEnabled(on);
        m_ui->windowEndTimeEdit->setEnabled(on);
        m_ui->skipSundaysCheckBox->setEnabled(on);
        validate();
    });
    connect(m_ui->windowStartTimeEdit, &QTimeEdit::timeChanged, this, &SettingsDialog::validate);
    connect(m_ui->windowEndTimeEdit, &QTimeEdit::timeChanged, this, &SettingsDialog::validate);
    connect(m_ui->currencyComboBox, &QComboBox::editTextChanged, this, [this] {
        m_ui->thresholdSpinBox->setSuffix(u' ' + m_ui->currencyComboBox->currentText().toUpper());
        validate();
    });
    m_ui->thresholdSpinBox->setSuffix(u' ' + m_ui->currencyComboBox->currentText());
    const bool windowOn = m_ui->windowCheckBox->isChecked();
    m_ui->windowStartTimeEdit->setEnabled(windowOn);
    m_ui->windowEndTimeEdit->setEnabled(windowOn);
    m_ui->skipSundaysCheckBox->setEnabled(windowOn);
    validate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const auto select = [](QComboBox* combo, const QVariant& value) {
        const int index = combo->findData(value);
        combo->setCurrentIndex(std::max(index, 0));
    };
    select(m_ui->regionComboBox, m_settings.region());
    select(m_ui->phoneFormatComboBox, int(m_settings.phoneDisplayFormat()));
    select(m_ui->languageComboBox, m_settings.language());
    select(m_ui->colorSchemeComboBox, int(m_settings.colorScheme()));
    updatePhoneFormatExamples();

    const Pricing pricing = m_settings.defaultPricing();
    m_ui->gsmCreditsSpinBox->setValue(pricing.creditsPerGsmPart);
    m_ui->ucs2CreditsSpinBox->setValue(pricing.creditsPerUcs2Part);
    m_ui->priceSpinBox->setValue(pricing.pricePerCredit);
    m_ui->currencyComboBox->setCurrentText(pricing.currency);

    m_ui->thresholdSpinBox->setValue(m_settings.launchConfirmationThreshold());
    const SendingWindow window = m_settings.defaultSendingWindow();
    m_ui->windowCheckBox->setChecked(window.enabled);
    m_ui->windowStartTimeEdit->setTime(window.start);
    m_ui->windowEndTimeEdit->setTime(window.end);
    m_ui->skipSundaysCheckBox->setChecked(window.skipSundays);
    m_ui->footerLineEdit->setText(m_settings.optOutFooter());
    m_ui->receiverCheckBox->setChecked(m_settings.deliveryReceiverEnabled());
    m_ui->receiverPortSpinBox->setValue(m_settings.deliveryReceiverPort());
    const auto showReceiverAddress = [this] {
        const bool enabled = m_ui->receiverCheckBox->isChecked();
        m_ui->receiverPortSpinBox->setEnabled(enabled);
        m_ui->receiverAddressLabel->setText(
            enabled ? tr("Give the provider this address, with your public address in place of "
                         "HOST: http://HOST:%1/dlr/qsms")
                          .arg(m_ui->receiverPortSpinBox->value())
                    : tr("Off: Tuma asks providers for the state of messages."));
    };
    connect(m_ui->receiverCheckBox, &QCheckBox::toggled, this, showReceiverAddress);
    connect(m_ui->receiverPortSpinBox, &QSpinBox::valueChanged, this, showReceiverAddress);
    showReceiverAddress();
}

void SettingsDialog::updatePhoneFormatExamples()
{
    const QString region = m_ui->regionComboBox->currentData().toString();
    const QStringList names = {tr("International"), tr("National"), tr("E.164 (no spaces)")};
    for (int row = 0; row < m_ui->phoneFormatComboBox->count(); ++row) {
        const auto format = PhoneDisplayFormat(m_ui->phoneFormatComboBox->itemData(row).toInt());
        const QString example = PhoneNumber::exampleMobile(region, format);
        m_ui->phoneFormatComboBox->setItemText(
            row,
            example.isEmpty() ? names.value(row) : tr("%1: %2").arg(names.value(row), example));
    }
}

QString SettingsDialog::problem() const
{
    if (m_ui->currencyComboBox->currentText().trimmed().size() != 3)
        return tr("The currency needs its three-letter code, such as KES.");
    if (m_ui->windowCheckBox->isChecked()
        && m_ui->windowStartTimeEdit->time() >= m_ui->windowEndTimeEdit->time())
        return tr("The sending hours must start before they end.");
    return {};
}

void SettingsDialog::validate()
{
    const QString text = problem();
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

void SettingsDialog::accept()
{
    if (!problem().isEmpty())
        return;
    m_settings.setRegion(m_ui->regionComboBox->currentData().toString());
    m_settings.setPhoneDisplayFormat(
        PhoneDisplayFormat(m_ui->phoneFormatComboBox->currentData().toInt()));
    m_settings.setLanguage(m_ui->languageComboBox->currentData().toString());
    m_settings.setColorScheme(ColorScheme(m_ui->colorSchemeComboBox->currentData().toInt()));

    Pricing pricing;
    pricing.creditsPerGsmPart = m_ui->gsmCreditsSpinBox->value();
    pricing.creditsPerUcs2Part = m_ui->ucs2CreditsSpinBox->value();
    pricing.pricePerCredit = m_ui->priceSpinBox->value();
    pricing.currency = m_ui->currencyComboBox->currentText().trimmed().toUpper();
    m_settings.setDefaultPricing(pricing);

    m_settings.setLaunchConfirmationThreshold(m_ui->thresholdSpinBox->value());
    SendingWindow window;
    window.enabled = m_ui->windowCheckBox->isChecked();
    window.start = m_ui->windowStartTimeEdit->time();
    window.end = m_ui->windowEndTimeEdit->time();
    window.skipSundays = m_ui->skipSundaysCheckBox->isChecked();
    m_settings.setDefaultSendingWindow(window);
    m_settings.setOptOutFooter(m_ui->footerLineEdit->text());
    m_settings.setDeliveryReceiverEnabled(m_ui->receiverCheckBox->isChecked());
    m_settings.setDeliveryReceiverPort(static_cast<quint16>(m_ui->receiverPortSpinBox->value()));
    m_settings.sync();
    QDialog::accept();
}

} // namespace tuma
