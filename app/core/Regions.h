// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tuma {

// A region (ISO 3166-1 alpha-2) whose national phone numbers Tuma can resolve.
struct Region
{
    QString code; // "KE"
    QString name; // "Kenya", in the current UI language where Qt knows it
    int callingCode = 0; // 254
};

class Regions final
{
public:
    // Every region libphonenumber knows, the markets Tuma is built for first, then by name.
    static QList<Region> all();
    static bool isSupported(const QString& code);
    // The markets Tuma is made for ("KE", "GH", ...), in the order region lists show them.
    static QStringList markets();
    // The region's name ("Ghana"), its code when Qt knows none.
    static QString name(const QString& code);
    static QString defaultCode() { return QStringLiteral("KE"); }
    // The currency customers in that region pay providers in, e.g. "KES" for "KE".
    static QString currencyFor(const QString& code);
};

} // namespace tuma
