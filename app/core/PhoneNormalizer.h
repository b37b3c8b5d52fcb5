// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

#include <atomic>

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

    // For tests and benchmarks: how many inputs took the fast path.
    qint64 fastPathCount() const;

private:
    QString m_region;
    // The region's rules, or null when its national spellings must take the slow path.
    const CallingCodeRules* m_home = nullptr;
    mutable std::atomic<qint64> m_fastPathCount {0};
};

} // namespace tuma
