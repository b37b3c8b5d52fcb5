// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

#include <cmath>

namespace tuma {

QString JsonFields::text(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Whole numbers up to 2^53 are exact in a double: written as integers, never 1e+12.
        if (std::trunc(number) == number && std::fabs(number) < 9007199254740992.0)
            return QString::number(static_cast<qint64>(number));
        return QString::number(number, 'g', 15);
    }
    return {};
}

QString JsonFields::text(const QJsonObject& object, const QString& key)
{
    return text(object.value(key));
}

QString JsonFields::firstText(const QJsonObject& object, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        QString value = text(object.value(QLatin1String(key)));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

std::optional<double> JsonFields::number(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

std::optional<double> JsonFields::number(const QJsonObject& object, const QString& key)
{
    return number(object.value(key));
}

std::optional<double> JsonFields::firstNumber(const QJsonObject& object,
                                              std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        if (const std::optional<double> parsed = number(object.value(QLatin1String(key))))
            return parsed;
    }
    return std::nullopt;
}

int JsonFields::integer(const QJsonValue& value, int fallback)
{
    const std::optional<double> parsed = number(value);
    return parsed ? static_cast<int>(*parsed) : fallback;
}

} // namespace tuma
