// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tuma {

// What one message part costs: providers bill in credits per part (GSM-7 and UCS-2 parts may
// differ), and the customer buys credits at a price in a currency (e.g. KES 0.40 a credit).
struct Pricing
{
    double creditsPerGsmPart = 1.0;
    double creditsPerUcs2Part = 1.0;
    double pricePerCredit = 0.40;
    QString currency = QStringLiteral("KES");

    friend bool operator==(const Pricing&, const Pricing&) = default;
};

} // namespace tuma
