// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>

// Reading providers' JSON leniently, the same way in every adapter: their documents show
// ids, amounts and counts sometimes as strings ("1000", "75") and sometimes as numbers.
namespace tuma::JsonFields {

// A string as it is; a number as its digits when whole (ids of any length), else its
// shortest decimal form; anything else empty.
QString text(const QJsonValue& value);
QString text(const QJsonObject& object, const QString& key);
// The first of `keys` whose text is not empty.
QString firstText(const QJsonObject& object, std::initializer_list<const char*> keys);

// A number, or a string that is one (spaces around it allowed).
std::optional<double> number(const QJsonValue& value);
std::optional<double> number(const QJsonObject& object, const QString& key);
std::optional<double> firstNumber(const QJsonObject& object,
                                  std::initializer_list<const char*> keys);
// A number cut to an int, or `fallback`.
int integer(const QJsonValue& value, int fallback);

} // namespace tuma::JsonFields
