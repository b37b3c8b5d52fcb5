// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalanceText.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tuma {

QString balanceText(double amount, const QString& unit)
{
    const QLocale locale;
    const bool whole = std::abs(amount - std::round(amount)) < 0.005;
    const QString number = locale.toString(amount, 'f', whole ? 0 : 2);
    if (unit.isEmpty())
        return number;
    // Adapters name the unit "credits" or give an ISO currency code.
    if (unit == QLatin1String("credits"))
        return QCoreApplication::translate("BalanceText", "%1 credits").arg(number);
    return QCoreApplication::translate("BalanceText", "%1 %2", "currency code, amount")
        .arg(unit, number);
}

} // namespace tuma
