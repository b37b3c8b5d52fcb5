// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace tuma {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumberUtil::PhoneNumberFormat libraryFormat(PhoneDisplayFormat format)
{
    switch (format) {
    case PhoneDisplayFormat::National:
        return PhoneNumberUtil::NATIONAL;
    case PhoneDisplayFormat::E164:
        return PhoneNumberUtil::E164;
    case PhoneDisplayFormat::International:
        break;
    }
    return PhoneNumberUtil::INTERNATIONAL;
}

bool canReceiveSms(const PhoneNumberUtil& util, const i18n::phonenumbers::PhoneNumber& number)
{
    const PhoneNumberUtil::PhoneNumberType type = util.GetNumberType(number);
    return type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
}

} // namespace

Result<QString> PhoneNumber::normalize(const QString& input, const QString& region)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return Error {QStringLiteral("empty"), tr("The phone number is empty."), {}};
    static const QRegularExpression scientific(
        QStringLiteral("^[0-9]([.,][0-9]+)?[eE][+]?[0-9]+$"));
    if (scientific.match(trimmed).hasMatch())
        return Error {QStringLiteral("scientific_notation"),
                      tr("\"%1\" is a number Excel turned into scientific notation: its digits are "
                         "lost. Format the column as text in Excel and export it again.")
                          .arg(trimmed),
                      {}};

    // Compiled once: compiling it on every call was a third of the cost.
    static const QRegularExpression separators(QStringLiteral("[\\s\\-.()]"));
    QString digitsOnly = trimmed;
    digitsOnly.remove(separators);
    const bool allDigits = !digitsOnly.isEmpty()
        && std::all_of(digitsOnly.cbegin(), digitsOnly.cend(), [](QChar c) { return c.isDigit(); });
    if (!allDigits
        && !(digitsOnly.startsWith(u'+') && digitsOnly.size() > 1
             && std::all_of(digitsOnly.cbegin() + 1, digitsOnly.cend(),
                            [](QChar c) { return c.isDigit(); })))
        return Error {
            QStringLiteral("not_a_number"), tr("\"%1\" is not a phone number.").arg(trimmed), {}};

    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const auto parsed = util.Parse(digitsOnly.toStdString(), region.toStdString(), &number);
    bool valid = parsed == PhoneNumberUtil::NO_PARSING_ERROR && util.IsValidNumber(number);
    if (!valid && allDigits) {
        i18n::phonenumbers::PhoneNumber international;
        if (util.Parse("+" + digitsOnly.toStdString(), "ZZ", &international)
                == PhoneNumberUtil::NO_PARSING_ERROR
            && util.IsValidNumber(international)) {
            number = international;
            valid = true;
        }
    }
    if (!valid) {
        if (parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR)
            return Error {QStringLiteral("unknown_country"),
                          tr("\"%1\" starts with a country code that does not exist.").arg(trimmed),
                          {}};
        switch (parsed == PhoneNumberUtil::NO_PARSING_ERROR
                    ? util.IsPossibleNumberWithReason(number)
                    : PhoneNumberUtil::INVALID_LENGTH) {
        case PhoneNumberUtil::TOO_SHORT:
            return Error {QStringLiteral("too_short"),
                          tr("\"%1\" is too short for a phone number in %2.").arg(trimmed, region),
                          {}};
        case PhoneNumberUtil::TOO_LONG:
            return Error {QStringLiteral("too_long"),
                          tr("\"%1\" is too long for a phone number in %2.").arg(trimmed, region),
                          {}};
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            return Error {QStringLiteral("unknown_country"),
                          tr("\"%1\" starts with a country code that does not exist.").arg(trimmed),
                          {}};
        default:
            return Error {QStringLiteral("invalid"),
                          tr("\"%1\" is not a valid phone number in %2.").arg(trimmed, region),
                          {}};
        }
    }
    if (!canReceiveSms(util, number))
        return Error {
            QStringLiteral("not_mobile"),
            tr("\"%1\" is a fixed line or a service number: it cannot receive SMS.").arg(trimmed),
            {}};
    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QString PhoneNumber::exampleMobile(const QString& region, PhoneDisplayFormat format)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber example;
    if (!util->GetExampleNumberForType(region.toStdString(), PhoneNumberUtil::MOBILE, &example))
        return {};
    std::string formatted;
    util->Format(example, libraryFormat(format), &formatted);
    return QString::fromStdString(formatted);
}

QString PhoneNumber::format(const QString& e164, PhoneDisplayFormat format)
{
    if (format == PhoneDisplayFormat::E164)
        return e164;
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string formatted;
    util->Format(number, libraryFormat(format), &formatted);
    return QString::fromStdString(formatted);
}

int PhoneNumber::countryCode(const QString& region)
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toStdString());
}

QString PhoneNumber::nationalPrefix(const QString& region)
{
    std::string prefix;
    PhoneNumberUtil::GetInstance()->GetNddPrefixForRegion(region.toStdString(), true, &prefix);
    return QString::fromStdString(prefix);
}

bool PhoneNumber::isForceable(const QString& code)
{
    return code == QLatin1String("invalid") || code == QLatin1String("too_short")
        || code == QLatin1String("too_long") || code == QLatin1String("unknown_country");
}

QString PhoneNumber::fromCell(const QString& cell)
{
    return cell.startsWith(u'\'') ? cell.mid(1) : cell;
}

Result<QString> PhoneNumber::forced(const QString& input, const QString& region)
{
    QString digits;
    for (const QChar c : input) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    const bool international = input.trimmed().startsWith(u'+');
    if (!international) {
        const QString callingCode = QString::number(countryCode(region));
        const QString prefix = nationalPrefix(region);
        if (!prefix.isEmpty() && digits.startsWith(prefix))
            digits = callingCode + digits.mid(prefix.size());
        else if (!digits.startsWith(callingCode))
            digits.prepend(callingCode);
    }
    // No calling code starts with 0: "+0712…" is a national number with a stray plus.
    if (digits.size() < 7 || digits.size() > 15 || digits.startsWith(u'0'))
        return Error {QStringLiteral("invalid"),
                      tr("\"%1\" cannot be an international number: it needs 7 to 15 digits.")
                          .arg(input.trimmed()),
                      {}};
    return u'+' + digits;
}

} // namespace tuma
