// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace tuma {

// How phone numbers are shown to the user; storage is always E.164.
enum class PhoneDisplayFormat { International, National, E164 };

class PhoneNumber final
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    // Any spelling of a number that can receive SMS, as E.164 with the plus
    // ("0712 345 678" in KE -> "+254712345678"). `region` resolves national forms; a number
    // of digits only that is not valid there is read as international when that makes a
    // valid number ("233241234567" in KE -> "+233241234567"). Fixed lines are refused with
    // their own reason (code "not_mobile"), as is Excel's scientific notation
    // ("2.54712E+11": the digits are lost).
    static Result<QString> normalize(const QString& input, const QString& region);

    // libphonenumber's example mobile number for `region`, in `format`: shown next to the
    // format choice so the user sees what they pick. Empty for an unknown region.
    static QString exampleMobile(const QString& region, PhoneDisplayFormat format);

    // An E.164 number as the user chose to see it; the input itself when it does not parse.
    static QString format(const QString& e164, PhoneDisplayFormat format);

    // The calling code of `region` (254 for KE), 0 for an unknown region.
    static int countryCode(const QString& region);
    // The digits dialled before a national number inside `region` ("0" in KE), or empty.
    static QString nationalPrefix(const QString& region);

    // A number libphonenumber's metadata does not know yet, taken as the user typed it: the
    // digits as E.164, national forms completed with `region`'s calling code. For numbers
    // the user force-adds from an import report; fails only when no digits remain or the
    // result cannot be E.164 (more than 15 digits, fewer than 7).
    static Result<QString> forced(const QString& input, const QString& region);
    // Whether a number refused with `code` may be real but unknown to the metadata, and so
    // may be forced: invalid, too_short, too_long, unknown_country.
    static bool isForceable(const QString& code);
    // A phone cell as a spreadsheet holds it, ready for normalize(): a leading apostrophe
    // (Excel's text marker, and the guard of Tuma's CSV export) comes off.
    static QString fromCell(const QString& cell);
};

} // namespace tuma
