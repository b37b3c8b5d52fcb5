// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include "core/Regions.h"

namespace tuma {

namespace {

namespace Key {
const QString Region = QStringLiteral("preferences/region");
const QString Language = QStringLiteral("preferences/language");
const QString PhoneFormat = QStringLiteral("preferences/phoneDisplayFormat");
const QString ColorScheme = QStringLiteral("preferences/colorScheme");
const QString CreditsPerGsmPart = QStringLiteral("pricing/creditsPerGsmPart");
const QString CreditsPerUcs2Part = QStringLiteral("pricing/creditsPerUcs2Part");
const QString PricePerCredit = QStringLiteral("pricing/pricePerCredit");
const QString Currency = QStringLiteral("pricing/currency");
const QString ConfirmationThreshold = QStringLiteral("campaigns/launchConfirmationThreshold");
const QString WindowEnabled = QStringLiteral("campaigns/sendingWindowEnabled");
const QString WindowStart = QStringLiteral("campaigns/sendingWindowStart");
const QString WindowEnd = QStringLiteral("campaigns/sendingWindowEnd");
const QString WindowSkipSundays = QStringLiteral("campaigns/sendingWindowSkipSundays");
const QString OptOutFooter = QStringLiteral("campaigns/optOutFooter");
const QString Geometry = QStringLiteral("ui/windowGeometry");
const QString LastPage = QStringLiteral("ui/lastPage");
const QString ActiveAccount = QStringLiteral("accounts/active");
const QString MpesaNumber = QStringLiteral("accounts/mpesaNumber");
const QString SandboxOffered = QStringLiteral("accounts/sandboxOffered");
const QString ReceiverEnabled = QStringLiteral("deliveryReports/receiverEnabled");
const QString ReceiverReach = QStringLiteral("deliveryReports/reach");
const QString ReceiverPort = QStringLiteral("deliveryReports/receiverPort");
} // namespace Key

const QString kTimeFormat = QStringLiteral("HH:mm");

template<typename Enum>
Enum enumValue(const QSettings& settings, const QString& key, const QStringList& names,
               Enum fallback)
{
    const int index = names.indexOf(settings.value(key).toString());
    return index < 0 ? fallback : static_cast<Enum>(index);
}

const QStringList kPhoneFormatNames
    = {QStringLiteral("international"), QStringLiteral("national"), QStringLiteral("e164")};
const QStringList kColorSchemeNames
    = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{ }

AppSettings::AppSettings(const QString& fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QString AppSettings::region() const
{
    const QString code = m_settings->value(Key::Region).toString();
    return Regions::isSupported(code) ? code : Regions::defaultCode();
}

void AppSettings::setRegion(const QString& code)
{
    m_settings->setValue(Key::Region, code);
}

QString AppSettings::language() const
{
    return m_settings->value(Key::Language).toString();
}

void AppSettings::setLanguage(const QString& code)
{
    m_settings->setValue(Key::Language, code);
}

PhoneDisplayFormat AppSettings::phoneDisplayFormat() const
{
    return enumValue(*m_settings, Key::PhoneFormat, kPhoneFormatNames,
                     PhoneDisplayFormat::International);
}

void AppSettings::setPhoneDisplayFormat(PhoneDisplayFormat format)
{
    m_settings->setValue(Key::PhoneFormat, kPhoneFormatNames.value(static_cast<int>(format)));
}

ColorScheme AppSettings::colorScheme() const
{
    return enumValue(*m_settings, Key::ColorScheme, kColorSchemeNames, ColorScheme::System);
}

void AppSettings::setColorScheme(ColorScheme scheme)
{
    m_settings->setValue(Key::ColorScheme, kColorSchemeNames.value(static_cast<int>(scheme)));
}

Pricing AppSettings::defaultPricing() const
{
    const Pricing defaults;
    Pricing pricing;
    pricing.creditsPerGsmPart
        = m_settings->value(Key::CreditsPerGsmPart, defaults.creditsPerGsmPart).toDouble();
    pricing.creditsPerUcs2Part
        = m_settings->value(Key::CreditsPerUcs2Part, defaults.creditsPerUcs2Part).toDouble();
    pricing.pricePerCredit
        = m_settings->value(Key::PricePerCredit, defaults.pricePerCredit).toDouble();
    pricing.currency = m_settings->value(Key::Currency, Regions::currencyFor(region())).toString();
    return pricing;
}

void AppSettings::setDefaultPricing(const Pricing& pricing)
{
    m_settings->setValue(Key::CreditsPerGsmPart, pricing.creditsPerGsmPart);
    m_settings->setValue(Key::CreditsPerUcs2Part, pricing.creditsPerUcs2Part);
    m_settings->setValue(Key::PricePerCredit, pricing.pricePerCredit);
    m_settings->setValue(Key::Currency, pricing.currency);
}

double AppSettings::launchConfirmationThreshold() const
{
    return m_settings->value(Key::ConfirmationThreshold, 5000.0).toDouble();
}

void AppSettings::setLaunchConfirmationThreshold(double amount)
{
    m_settings->setValue(Key::ConfirmationThreshold, amount);
}

SendingWindow AppSettings::defaultSendingWindow() const
{
    const SendingWindow defaults;
    SendingWindow window;
    window.enabled = m_settings->value(Key::WindowEnabled, defaults.enabled).toBool();
    const QTime start
        = QTime::fromString(m_settings->value(Key::WindowStart).toString(), kTimeFormat);
    const QTime end = QTime::fromString(m_settings->value(Key::WindowEnd).toString(), kTimeFormat);
    window.start = start.isValid() ? start : defaults.start;
    window.end = end.isValid() ? end : defaults.end;
    window.skipSundays = m_settings->value(Key::WindowSkipSundays, defaults.skipSundays).toBool();
    return window;
}

void AppSettings::setDefaultSendingWindow(const SendingWindow& window)
{
    m_settings->setValue(Key::WindowEnabled, window.enabled);
    m_settings->setValue(Key::WindowStart, window.start.toString(kTimeFormat));
    m_settings->setValue(Key::WindowEnd, window.end.toString(kTimeFormat));
    m_settings->setValue(Key::WindowSkipSundays, window.skipSundays);
}

QString AppSettings::optOutFooter() const
{
    return m_settings->value(Key::OptOutFooter).toString().trimmed();
}

void AppSettings::setOptOutFooter(const QString& footer)
{
    m_settings->setValue(Key::OptOutFooter, footer.trimmed());
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(Key::Geometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(Key::Geometry, geometry);
}

QString AppSettings::activeAccount() const
{
    return m_settings->value(Key::ActiveAccount).toString();
}

void AppSettings::setActiveAccount(const QString& name)
{
    m_settings->setValue(Key::ActiveAccount, name);
}

QString AppSettings::mpesaNumber() const
{
    return m_settings->value(Key::MpesaNumber).toString();
}

void AppSettings::setMpesaNumber(const QString& e164)
{
    m_settings->setValue(Key::MpesaNumber, e164);
}

bool AppSettings::sandboxOffered() const
{
    return m_settings->value(Key::SandboxOffered, false).toBool();
}

void AppSettings::setSandboxOffered(bool offered)
{
    m_settings->setValue(Key::SandboxOffered, offered);
}

QString AppSettings::deliveryReceiverReach() const
{
    const QString reach = m_settings->value(Key::ReceiverReach).toString();
    if (reach == QLatin1String("local") || reach == QLatin1String("network")
        || reach == QLatin1String("off"))
        return reach;
    // Earlier versions had one switch, which listened on the network.
    return m_settings->value(Key::ReceiverEnabled, false).toBool() ? QStringLiteral("network")
                                                                   : QStringLiteral("off");
}

void AppSettings::setDeliveryReceiverReach(const QString& reach)
{
    m_settings->setValue(Key::ReceiverReach, reach);
    m_settings->remove(Key::ReceiverEnabled);
}

quint16 AppSettings::deliveryReceiverPort() const
{
    const int port = m_settings->value(Key::ReceiverPort, 8780).toInt();
    return port >= 1024 && port <= 65535 ? static_cast<quint16>(port) : quint16(8780);
}

void AppSettings::setDeliveryReceiverPort(quint16 port)
{
    m_settings->setValue(Key::ReceiverPort, port);
}

QString AppSettings::lastPage() const
{
    return m_settings->value(Key::LastPage).toString();
}

void AppSettings::setLastPage(const QString& page)
{
    m_settings->setValue(Key::LastPage, page);
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace tuma
