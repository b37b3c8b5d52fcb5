// SPDX-License-Identifier: GPL-3.0-or-later
// Phone number normalisation for a million-row import: one million Kenyan mobile numbers in
// the spellings of real spreadsheets, through PhoneNumber::normalize (libphonenumber, on a
// sample: it is slow) and through PhoneNormalizer, on one core and then on two threads
// sharing one normalizer. Run with tools/bench.sh; figures go to docs/PERFORMANCE.md.
#include "core/PhoneNormalizer.h"
#include "core/PhoneNumber.h"

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <cstdio>
#include <thread>

using namespace tuma;

namespace {

// Nanoseconds per number for `count` numbers starting at `first`.
template<typename Normalize>
double timePerNumber(const QList<QString>& numbers, qsizetype first, qsizetype count,
                     Normalize normalize, qsizetype* normalized)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype ok = 0;
    for (qsizetype i = first; i < first + count; ++i)
        ok += normalize(numbers.at(i)).ok() ? 1 : 0;
    const double ns = double(timer.nsecsElapsed()) / double(count);
    if (normalized)
        *normalized += ok;
    return ns;
}

} // namespace

int main()
{
    constexpr qsizetype kNumbers = 1'000'000;
    constexpr qsizetype kSlowSample = 20'000;
    const QString region = QStringLiteral("KE");

    QList<QString> numbers;
    numbers.reserve(kNumbers);
    QRandomGenerator random(2026);
    for (qsizetype i = 0; i < kNumbers; ++i) {
        const QString nsn = u'7' + QString::number(random.bounded(10'000'000, 100'000'000));
        const QString a = nsn.left(3);
        const QString b = nsn.mid(3, 3);
        const QString c = nsn.mid(6);
        switch (i % 5) {
        case 0:
            numbers.append(u'0' + a + u' ' + b + u' ' + c);
            break;
        case 1:
            numbers.append(QStringLiteral("+254") + nsn);
            break;
        case 2:
            numbers.append(QStringLiteral("254") + nsn);
            break;
        case 3:
            numbers.append(nsn);
            break;
        default:
            numbers.append(u'0' + a + u'-' + b + u'-' + c);
            break;
        }
    }

    QElapsedTimer setup;
    setup.start();
    const PhoneNormalizer normalizer(region);
    const double setupMs = double(setup.nsecsElapsed()) / 1e6;

    qsizetype slowOk = 0;
    const double slowNs = timePerNumber(
        numbers, 0, kSlowSample,
        [&](const QString& number) { return PhoneNumber::normalize(number, region); }, &slowOk);

    qsizetype mismatches = 0;
    for (qsizetype i = 0; i < kSlowSample; ++i) {
        const Result<QString> fast = normalizer.normalize(numbers.at(i));
        const Result<QString> slow = PhoneNumber::normalize(numbers.at(i), region);
        if (fast.ok() != slow.ok() || (fast.ok() && fast.value() != slow.value()))
            ++mismatches;
    }

    const PhoneNormalizer oneCore(region);
    qsizetype fastOk = 0;
    const double fastNs = timePerNumber(
        numbers, 0, kNumbers, [&](const QString& number) { return oneCore.normalize(number); },
        &fastOk);

    // Two threads, one normalizer: the import's worker threads share it.
    const PhoneNormalizer shared(region);
    QElapsedTimer wall;
    wall.start();
    std::thread second([&] {
        timePerNumber(
            numbers, kNumbers / 2, kNumbers / 2,
            [&](const QString& number) { return shared.normalize(number); }, nullptr);
    });
    timePerNumber(
        numbers, 0, kNumbers / 2, [&](const QString& number) { return shared.normalize(number); },
        nullptr);
    second.join();
    const double twoThreadsNs = double(wall.nsecsElapsed()) / double(kNumbers);

    std::printf("PhoneNormalizer setup (metadata + KE rules): %.1f ms\n", setupMs);
    std::printf("PhoneNumber::normalize: %lld numbers, %.0f ns/number (%lld valid)\n",
                static_cast<long long>(kSlowSample), slowNs, static_cast<long long>(slowOk));
    std::printf("PhoneNormalizer::normalize: %lld numbers, %.0f ns/number (%lld valid), "
                "fast path %.1f %%; %lld differences from PhoneNumber::normalize on the sample\n",
                static_cast<long long>(kNumbers), fastNs, static_cast<long long>(fastOk),
                100.0 * double(oneCore.fastPathCount()) / double(kNumbers),
                static_cast<long long>(mismatches));
    std::printf("PhoneNormalizer::normalize, 2 threads sharing it: %.0f ns/number wall clock\n",
                twoThreadsNs);
    return mismatches == 0 ? 0 : 1;
}
