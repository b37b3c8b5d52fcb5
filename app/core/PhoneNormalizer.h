// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

#include <atomic>
#include <optional>

namespace tuma {

class CallingCodeRules;

// PhoneNumber::normalize for a whole spreadsheet: the same answer for every input, over a
// hundred times cheaper for the spellings people type. Those are read here with
// libphonenumber's own metadata, its patterns compiled once with PCRE2's JIT; every other
// input, and every refusal, is handed to PhoneNumber::normalize.
class PhoneNormalizer final
{
public:
    explicit PhoneNormalizer(const QString& defaultRegion);

    // Same result as PhoneNumber::normalize(input, region) for every input; typical inputs
    // (digits with spaces/dashes/dots/parentheses, optional leading +, the region's national
    // prefix, the country code without +) take a fast path; anything else falls back to it.
    // Thread-safe: may be called from several threads at once.
    Result<QString> normalize(QStringView input) const;

    // The input as a mobile number of this region written the way its people write it
    // ("024 123 4567" for GH), on the fast path only: nothing when it is not one, or when only
    // PhoneNumber::normalize could tell. Cheap enough to ask of every row another region
    // refused (ContactImport's offer to import another country's numbers).
    std::optional<QString> nationalMobile(QStringView input) const;

    // For tests and benchmarks: how many inputs took the fast path.
    qint64 fastPathCount() const;

private:
    QString m_region;
    // The region's rules, or null when its national spellings must take the slow path.
    const CallingCodeRules* m_home = nullptr;
    mutable std::atomic<qint64> m_fastPathCount {0};
};

} // namespace tuma
