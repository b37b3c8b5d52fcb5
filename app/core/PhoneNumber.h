// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tuma {

// How phone numbers are shown to the user; storage is always E.164.
enum class PhoneDisplayFormat { International, National, E164 };

class PhoneNumber final
{
public:
    // libphonenumber's example mobile number for `region`, in `format`: shown next to the
    // format choice so the user sees what they pick. Empty for an unknown region.
    static QString exampleMobile(const QString& region, PhoneDisplayFormat format);
};

} // namespace tuma
