// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "core/PhoneNumber.h"
#include "core/Regions.h"
#include "settings/AppSettings.h"
#include "settings/Localization.h"
#include "ui_SettingsDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QListWidgetItem>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace tuma {

namespace {

const QStringList kCommonCurrencies
    = {QStringLiteral("KES"), QStringLiteral("GHS"), QStringLiteral("UGX"), QStringLiteral("TZS"),
       QStringLiteral("RWF"), QStringLiteral("NGN"), QStringLiteral("USD")};

} // namespace

SettingsDialog::SettingsDialog(AppSettings& settings, const QMap<QString, QString>& reportUrls,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_reportUrls(reportUrls)
{
    m_ui->setupUi(this);

    m_ui->receiverComboBox->addItem(tr("Off"), QStringLiteral("off"));
    m_ui->receiverComboBox->addItem(tr("On this computer only (for a tunnel or a reverse proxy)"),
                                    QStringLiteral("local"));
    m_ui->receiverComboBox->addItem(tr("On the network"), QStringLiteral("network"));
    connect(m_ui->copyUrlPushButton, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_ui->receiverUrlsListWidget->currentItem())
            QGuiApplication::clipboard()->setText(item->data(Qt::UserRole).toString());
    });

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
    select(m_ui->receiverComboBox, m_settings.deliveryReceiverReach());
    m_ui->receiverPortSpinBox->setValue(m_settings.deliveryReceiverPort());
    const QString savedReach = m_settings.deliveryReceiverReach();
    const quint16 savedPort = m_settings.deliveryReceiverPort();
    for (auto it = m_reportUrls.cbegin(); it != m_reportUrls.cend(); ++it) {
        auto* item = new QListWidgetItem(tr("%1: %2").arg(it.key(), it.value()),
                                         m_ui->receiverUrlsListWidget);
        item->setData(Qt::UserRole, it.value());
    }
    if (m_ui->receiverUrlsListWidget->count() > 0)
        m_ui->receiverUrlsListWidget->setCurrentRow(0);
    const auto showReceiverAddress = [this, savedReach, savedPort] {
        const QString reach = m_ui->receiverComboBox->currentData().toString();
        const bool enabled = reach != QLatin1String("off");
        const bool asRunning = reach == savedReach
            && m_ui->receiverPortSpinBox->value() == int(savedPort) && !m_reportUrls.isEmpty();
        m_ui->receiverPortSpinBox->setEnabled(enabled);
        m_ui->receiverUrlsListWidget->setVisible(enabled && asRunning);
        m_ui->copyUrlPushButton->setVisible(enabled && asRunning);
        QString text;
        if (!enabled)
            text = tr("Off: Tuma asks providers for the state of messages.");
        else if (!asRunning)
            text = tr("Save, then open the settings again: each account that receives reports "
                      "gets its own address to give its provider.");
        else if (reach == QLatin1String("local"))
            text = tr("Give each provider its account's address below, with the public address "
                      "of your tunnel or proxy in place of 127.0.0.1:%1. A request without the "
                      "account's secret address changes nothing.")
                       .arg(savedPort);
        else
            text = tr("Give each provider its account's address below, with your public "
                      "address in place of this computer's if the port is forwarded. A request "
                      "without the account's secret address changes nothing.");
        m_ui->receiverAddressLabel->setText(text);
    };
    connect(m_ui->receiverComboBox, &QComboBox::currentIndexChanged, this, showReceiverAddress);
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
    m_settings.setDeliveryReceiverReach(m_ui->receiverComboBox->currentData().toString());
    m_settings.setDeliveryReceiverPort(static_cast<quint16>(m_ui->receiverPortSpinBox->value()));
    m_settings.sync();
    QDialog::accept();
}

} // namespace tuma
