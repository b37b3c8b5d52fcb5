// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PhoneNumber.h"
#include "core/Pricing.h"
#include "core/SendingWindow.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace tuma {

enum class ColorScheme { System, Light, Dark };

// The user's preferences, in QSettings (never a secret: keys live in the keychain). Typed
// accessors with the product's defaults, so no caller spells a settings key.
class AppSettings final
{
public:
    AppSettings();
    explicit AppSettings(const QString& fileName); // an INI file, for tests and --settings
    ~AppSettings();
    Q_DISABLE_COPY_MOVE(AppSettings)

    QString region() const;
    void setRegion(const QString& code);

    // "" follows the system; otherwise a language code such as "en" or "sw".
    QString language() const;
    void setLanguage(const QString& code);

    PhoneDisplayFormat phoneDisplayFormat() const;
    void setPhoneDisplayFormat(PhoneDisplayFormat format);

    ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme scheme);

    Pricing defaultPricing() const;
    void setDefaultPricing(const Pricing& pricing);

    // A launch that costs more than this (in the pricing's currency) needs the amount typed.
    double launchConfirmationThreshold() const;
    void setLaunchConfirmationThreshold(double amount);

    SendingWindow defaultSendingWindow() const;
    void setDefaultSendingWindow(const SendingWindow& window);

    // A line appended to campaign messages, such as how to stop them; empty for none.
    QString optOutFooter() const;
    void setOptOutFooter(const QString& footer);

    // The account whose balance the status bar shows and campaigns use by default.
    QString activeAccount() const;
    void setActiveAccount(const QString& name);
    // The M-Pesa number a top-up is approved on (E.164), prefilled in the top-up dialog.
    QString mpesaNumber() const;
    void setMpesaNumber(const QString& e164);
    // Whether the ready-made Sandbox account was offered: once only, so a removed one stays
    // removed.
    bool sandboxOffered() const;
    void setSandboxOffered(bool offered);

    // Who may reach the receiver of delivery reports providers post: "off" (the default),
    // "local" (127.0.0.1, behind a tunnel or a reverse proxy) or "network".
    QString deliveryReceiverReach() const;
    void setDeliveryReceiverReach(const QString& reach);
    quint16 deliveryReceiverPort() const;
    void setDeliveryReceiverPort(quint16 port);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QString lastPage() const;
    void setLastPage(const QString& page);

    QString fileName() const;
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tuma
