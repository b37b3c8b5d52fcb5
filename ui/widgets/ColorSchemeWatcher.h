// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/AppSettings.h"

#include <QObject>
#include <QPalette>

namespace tuma {

// Follows the desktop's light/dark preference. Qt 6.4 has no colour-scheme API, so the
// preference is read from the XDG desktop portal (org.freedesktop.appearance color-scheme,
// kept up to date through its SettingChanged signal) and, where there is no portal, from the
// platform palette itself. The user's choice in Settings (light or dark) wins over both.
class ColorSchemeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColorSchemeWatcher)

public:
    explicit ColorSchemeWatcher(ColorScheme preference, QObject* parent = nullptr);
    ~ColorSchemeWatcher() override;

    void setPreference(ColorScheme preference);
    bool isDark() const { return m_appliedDark; }

    static QPalette darkPalette();
    static QPalette lightPalette();

Q_SIGNALS:
    void schemeChanged(bool dark);

private:
    void queryPortal();
    void onPortalValue(const QVariant& value);
    void apply();

    ColorScheme m_preference;
    QPalette m_platformPalette;
    bool m_platformIsDark = false;
    int m_portalScheme = 0; // 0 no preference, 1 dark, 2 light (XDG portal values)
    bool m_appliedDark = false;
    bool m_overriding = false;
};

} // namespace tuma
