// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"

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

} // namespace

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

} // namespace tuma
