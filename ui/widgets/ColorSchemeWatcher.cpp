// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColorSchemeWatcher.h"

#include "Colors.h"

#include <QApplication>
#include <QDBusAbstractInterface>
#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QFile>
#include <QLoggingCategory>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <memory>

Q_LOGGING_CATEGORY(lcColorScheme, "tuma.ui.colorscheme", QtInfoMsg)

namespace tuma {

namespace {

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kAppearanceNamespace = QStringLiteral("org.freedesktop.appearance");
const QString kColorSchemeKey = QStringLiteral("color-scheme");

// Fusion outlines check boxes and radio buttons in the window colour made darker, which on
// a dark palette is the colour of the box itself: an unticked box in a table vanished. On a
// dark palette they are drawn as if the window were light grey, so the outline shows.
class IndicatorContrastStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
        const bool indicator = element == PE_IndicatorCheckBox
            || element == PE_IndicatorItemViewItemCheck || element == PE_IndicatorRadioButton;
        if (!indicator || !option || option->palette.base().color().lightness() >= 128) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
        std::unique_ptr<QStyleOption> copy;
        if (const auto* item = qstyleoption_cast<const QStyleOptionViewItem*>(option))
            copy = std::make_unique<QStyleOptionViewItem>(*item);
        else if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option))
            copy = std::make_unique<QStyleOptionButton>(*button);
        else
            copy = std::make_unique<QStyleOption>(*option);
        copy->palette.setColor(QPalette::Window, QColor(0x9a, 0xa0, 0xa6));
        QProxyStyle::drawPrimitive(element, copy.get(), painter, widget);
    }
};

// The portal's value arrives wrapped once (SettingChanged) or twice (Read).
QVariant unwrap(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}

} // namespace

// The portal's Settings interface, declared so its signal connects without SIGNAL() strings.
class PortalSettingsInterface final : public QDBusAbstractInterface
{
    Q_OBJECT

public:
    explicit PortalSettingsInterface(QObject* parent)
        : QDBusAbstractInterface(kPortalService, kPortalPath, "org.freedesktop.portal.Settings",
                                 QDBusConnection::sessionBus(), parent)
    { }

Q_SIGNALS:
    void SettingChanged(const QString& ns, const QString& key, const QDBusVariant& value);
};

ColorSchemeWatcher::ColorSchemeWatcher(ColorScheme preference, QObject* parent)
    : QObject(parent)
    , m_preference(preference)
    , m_platformPalette(QApplication::palette())
    , m_platformIsDark(Colors::isDark(m_platformPalette))
{
    apply();
    queryPortal();
}

ColorSchemeWatcher::~ColorSchemeWatcher() = default;

void ColorSchemeWatcher::setPreference(ColorScheme preference)
{
    m_preference = preference;
    apply();
}

void ColorSchemeWatcher::queryPortal()
{
    // Without a session bus, asking for one would make libdbus try to launch one (and wait
    // for it); a desktop without a bus has no portal either.
    const QString runtimeBus = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/bus");
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && !QFile::exists(runtimeBus))
        return;
    if (!QDBusConnection::sessionBus().isConnected())
        return;
    auto* portal = new PortalSettingsInterface(this);
    connect(portal, &PortalSettingsInterface::SettingChanged, this,
            [this](const QString& ns, const QString& key, const QDBusVariant& value) {
                if (ns == kAppearanceNamespace && key == kColorSchemeKey)
                    onPortalValue(value.variant());
            });
    QDBusPendingCall call
        = portal->asyncCall(QStringLiteral("Read"), kAppearanceNamespace, kColorSchemeKey);
    auto* watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusPendingReply<QVariant> reply = *finished;
                if (reply.isError()) {
                    qCDebug(lcColorScheme)
                        << "no desktop portal colour scheme:" << reply.error().message();
                    return;
                }
                onPortalValue(reply.value());
            });
}

void ColorSchemeWatcher::onPortalValue(const QVariant& value)
{
    m_portalScheme = unwrap(value).toInt();
    qCDebug(lcColorScheme) << "desktop portal colour scheme:" << m_portalScheme;
    apply();
}

void ColorSchemeWatcher::apply()
{
    bool dark = m_platformIsDark;
    if (m_preference == ColorScheme::Dark)
        dark = true;
    else if (m_preference == ColorScheme::Light)
        dark = false;
    else if (m_portalScheme == 1)
        dark = true;
    else if (m_portalScheme == 2)
        dark = false;

    const bool override = dark != m_platformIsDark;
    qCDebug(lcColorScheme) << "preference" << int(m_preference) << "portal" << m_portalScheme
                           << "platform dark" << m_platformIsDark << "-> dark" << dark;
    if (override) {
        // Fusion draws entirely from the palette; native styles would ignore parts of it.
        if (!m_overriding)
            QApplication::setStyle(
                new IndicatorContrastStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
    } else if (m_overriding) {
        QApplication::setPalette(m_platformPalette);
    }
    m_overriding = override;
    if (dark != m_appliedDark) {
        m_appliedDark = dark;
        Q_EMIT schemeChanged(dark);
    }
}

QPalette ColorSchemeWatcher::darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x23);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor accent(0x2e, 0xb8, 0x8a);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, accent);
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, accent.lighter(120));
    palette.setColor(QPalette::LinkVisited, accent);
    const QColor disabled(0x80, 0x84, 0x88);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

QPalette ColorSchemeWatcher::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion->standardPalette();
    palette.setColor(QPalette::Highlight, QColor(0x14, 0x8a, 0x66));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

} // namespace tuma

#include "ColorSchemeWatcher.moc"
