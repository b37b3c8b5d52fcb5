// SPDX-License-Identifier: GPL-3.0-or-later
#include "Regions.h"

#include <QLocale>

#include <algorithm>
#include <phonenumbers/phonenumberutil.h>
#include <set>
#include <string>

namespace tuma {

namespace {

// The markets Tuma is made for come first in every region list.
const QStringList kPreferredRegions
    = {QStringLiteral("KE"), QStringLiteral("GH"), QStringLiteral("UG"),
       QStringLiteral("TZ"), QStringLiteral("RW"), QStringLiteral("NG")};

QString regionName(const QString& code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QLocale::territoryToString(territory);
}

} // namespace

QList<Region> Regions::all()
{
    const auto* util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    std::set<std::string> supported;
    util->GetSupportedRegions(&supported);

    QList<Region> preferred;
    QList<Region> others;
    for (const std::string& raw : supported) {
        const QString code = QString::fromStdString(raw);
        Region region {code, regionName(code), util->GetCountryCodeForRegion(raw)};
        if (kPreferredRegions.contains(code))
            preferred.append(region);
        else
            others.append(region);
    }
    std::sort(preferred.begin(), preferred.end(), [](const Region& a, const Region& b) {
        return kPreferredRegions.indexOf(a.code) < kPreferredRegions.indexOf(b.code);
    });
    std::sort(others.begin(), others.end(), [](const Region& a, const Region& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return preferred + others;
}

QStringList Regions::markets()
{
    return kPreferredRegions;
}

QString Regions::name(const QString& code)
{
    return regionName(code);
}

bool Regions::isSupported(const QString& code)
{
    std::set<std::string> supported;
    i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&supported);
    return supported.count(code.toStdString()) > 0;
}

QString Regions::currencyFor(const QString& code)
{
    static const QHash<QString, QString> currencies = {
        {QStringLiteral("KE"), QStringLiteral("KES")},
        {QStringLiteral("GH"), QStringLiteral("GHS")},
        {QStringLiteral("UG"), QStringLiteral("UGX")},
        {QStringLiteral("TZ"), QStringLiteral("TZS")},
        {QStringLiteral("RW"), QStringLiteral("RWF")},
        {QStringLiteral("NG"), QStringLiteral("NGN")},
    };
    const QString known = currencies.value(code);
    if (!known.isEmpty())
        return known;
    const QLocale locale(QLocale::AnyLanguage, QLocale::codeToTerritory(code));
    const QString iso = locale.currencySymbol(QLocale::CurrencyIsoCode);
    return iso.isEmpty() ? QStringLiteral("USD") : iso;
}

} // namespace tuma
