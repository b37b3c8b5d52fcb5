// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tuma {

// A provider's balance as users read it: a currency code in front ("KES 1,200.50"), credits
// in words of the user's language ("1,200 credits"), whole amounts without decimals.
QString balanceText(double amount, const QString& unit);

} // namespace tuma
