// SPDX-License-Identifier: GPL-3.0-or-later
// PhoneNormalizer must answer exactly as PhoneNumber::normalize, for every input. These tests
// compare the two on a large generated corpus (libphonenumber's example numbers of every
// type with digits changed, random digit strings, numbers of other regions) in every spelling
// people and spreadsheets produce, and check that the fast path is really taken.
#include "core/PhoneNormalizer.h"
#include "core/PhoneNumber.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <numeric>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <thread>
#include <vector>

using namespace tuma;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// Where Tuma is used, and regions whose rules differ: calling codes shared by several regions
// (US, GB, IT), Italian leading zeros, national numbers that start with 0 and no national
// prefix (CI), long and short German numbers, an IDD prefix that looks like a trunk prefix
// (KE's 000).
const QStringList kRegions
    = {QStringLiteral("KE"), QStringLiteral("GH"), QStringLiteral("NG"), QStringLiteral("UG"),
       QStringLiteral("TZ"), QStringLiteral("RW"), QStringLiteral("ZA"), QStringLiteral("US"),
       QStringLiteral("GB"), QStringLiteral("IN"), QStringLiteral("DE"), QStringLiteral("IT"),
       QStringLiteral("CI")};

constexpr int kInputsPerRegion = 15'400;

struct Region
{
    QString code;
    QString callingCode;
    QString nationalPrefix;
    QStringList examples; // national significant numbers, every type the region has
    QStringList mobiles;
};

Region describe(const QString& code)
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    Region region;
    region.code = code;
    region.callingCode = QString::number(util.GetCountryCodeForRegion(code.toStdString()));
    std::string prefix;
    util.GetNddPrefixForRegion(code.toStdString(), true, &prefix);
    region.nationalPrefix = QString::fromStdString(prefix);
    for (const PhoneNumberUtil::PhoneNumberType type :
         {PhoneNumberUtil::MOBILE, PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::TOLL_FREE,
          PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::SHARED_COST, PhoneNumberUtil::VOIP,
          PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER, PhoneNumberUtil::UAN,
          PhoneNumberUtil::VOICEMAIL}) {
        i18n::phonenumbers::PhoneNumber example;
        if (!util.GetExampleNumberForType(code.toStdString(), type, &example))
            continue;
        std::string nsn;
        util.GetNationalSignificantNumber(example, &nsn);
        region.examples.append(QString::fromStdString(nsn));
        if (type == PhoneNumberUtil::MOBILE)
            region.mobiles.append(QString::fromStdString(nsn));
    }
    return region;
}

QString randomDigits(QRandomGenerator& random, int count)
{
    QString digits;
    for (int i = 0; i < count; ++i)
        digits += QChar(u'0' + random.bounded(10));
    return digits;
}

// An example number with a few digits changed, sometimes one added or dropped: valid and
// invalid numbers close to real ones, of every type.
QString mutated(QRandomGenerator& random, QString number)
{
    const int changes = random.bounded(3);
    for (int i = 0; i < changes && !number.isEmpty(); ++i)
        number[random.bounded(number.size())] = QChar(u'0' + random.bounded(10));
    const int edit = random.bounded(10);
    if (edit == 0)
        number.insert(random.bounded(number.size() + 1), QChar(u'0' + random.bounded(10)));
    else if (edit == 1 && !number.isEmpty())
        number.remove(random.bounded(number.size()), 1);
    return number;
}

// How the digits are written down: national, international, with or without the national
// prefix, the country code with or without +, after an IDD prefix.
QString spelled(QRandomGenerator& random, const Region& of, const QString& nsn)
{
    static const QStringList idds
        = {QStringLiteral("00"), QStringLiteral("000"), QStringLiteral("011"),
           QStringLiteral("009"), QStringLiteral("001")};
    switch (random.bounded(10)) {
    case 0:
    case 1:
        return of.nationalPrefix + nsn;
    case 2:
        return nsn;
    case 3:
    case 4:
        return u'+' + of.callingCode + nsn;
    case 5:
        return of.callingCode + nsn;
    case 6:
        return u'+' + of.callingCode + of.nationalPrefix + nsn;
    case 7:
        return of.callingCode + of.nationalPrefix + nsn;
    case 8:
        return idds.at(random.bounded(idds.size())) + of.callingCode + nsn;
    default:
        return u'0' + nsn;
    }
}

// Separators, surrounding blanks, and now and then something a fast path must not take:
// letters, extensions, other scripts' digits and spaces, a second plus.
QString decorated(QRandomGenerator& random, QString number)
{
    static const QStringList separators
        = {QStringLiteral(" "),  QStringLiteral("-"),   QStringLiteral("."),
           QStringLiteral("  "), QStringLiteral(" - "), QStringLiteral("\t")};
    const int style = random.bounded(20);
    if (style < 6) {
        // Groups of two to four digits.
        QString grouped;
        int sinceSeparator = 0;
        const QString& separator = separators.at(random.bounded(separators.size()));
        for (const QChar c : std::as_const(number)) {
            if (c.isDigit() && sinceSeparator >= 2 + random.bounded(3)) {
                grouped += separator;
                sinceSeparator = 0;
            }
            grouped += c;
            if (c.isDigit())
                ++sinceSeparator;
        }
        number = grouped;
    } else if (style < 8) {
        const qsizetype start = number.startsWith(u'+') ? 1 : 0;
        const qsizetype length = qMin<qsizetype>(number.size() - start, 2 + random.bounded(3));
        number.insert(start + length, u')');
        number.insert(start, u'(');
        if (random.bounded(2))
            number.insert(start + length + 2, u' ');
    }
    switch (random.bounded(48)) {
    case 0:
        number = QStringLiteral("  ") + number + QStringLiteral(" ");
        break;
    case 1:
        number = u'\t' + number + u'\n';
        break;
    case 2:
        number = QChar(0x00a0) + number; // no-break space, trimmed by normalize
        break;
    case 3:
        number.insert(random.bounded(number.size() + 1), QChar(0x00a0));
        break;
    case 4:
        number += QStringLiteral(" ext 12");
        break;
    case 5:
        number += QStringLiteral("x7");
        break;
    case 6:
        number.insert(random.bounded(number.size() + 1), QChar(u'a' + random.bounded(26)));
        break;
    case 7:
        number.insert(random.bounded(number.size() + 1), u'+');
        break;
    case 8:
        number.replace(u'7', QChar(0x0667)); // Arabic-Indic seven
        break;
    case 9:
        number.replace(u'1', QChar(0xff11)); // fullwidth one
        break;
    case 10:
        number.insert(random.bounded(number.size() + 1), u'/');
        break;
    case 11:
        number = QStringLiteral("tel:") + number;
        break;
    case 12:
        number.insert(random.bounded(number.size() + 1), u'\r');
        break;
    default:
        break;
    }
    return number;
}

QString describeResult(const Result<QString>& result)
{
    return result.ok()
        ? result.value()
        : QStringLiteral("error %1: %2").arg(result.error().code, result.error().message);
}

bool sameResult(const Result<QString>& a, const Result<QString>& b)
{
    if (a.ok() != b.ok())
        return false;
    if (a.ok())
        return a.value() == b.value();
    return a.error().code == b.error().code && a.error().message == b.error().message;
}

// Fails the test with the first few inputs on which the two disagree.
void compareAll(const QString& region, const QStringList& inputs, qint64* fastPathCount = nullptr)
{
    const PhoneNormalizer normalizer(region);
    QStringList mismatches;
    for (const QString& input : inputs) {
        const Result<QString> fast = normalizer.normalize(input);
        const Result<QString> slow = PhoneNumber::normalize(input, region);
        if (!sameResult(fast, slow) && mismatches.size() < 20)
            mismatches.append(QStringLiteral("\"%1\" in %2: fast %3, slow %4")
                                  .arg(input, region, describeResult(fast), describeResult(slow)));
    }
    if (fastPathCount)
        *fastPathCount = normalizer.fastPathCount();
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
}

} // namespace

class TestPhoneNormalizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsNormalize_data()
    {
        QTest::addColumn<QString>("region");
        for (const QString& region : kRegions)
            QTest::newRow(qPrintable(region)) << region;
    }

    void sameAsNormalize()
    {
        QFETCH(QString, region);
        QList<Region> regions;
        for (const QString& code : kRegions)
            regions.append(describe(code));
        const Region home = describe(region);
        QVERIFY(!home.mobiles.isEmpty());

        // One seed per region: the corpus is the same on every run.
        QRandomGenerator random(20261124u + uint(kRegions.indexOf(region)));
        QStringList inputs = {QString(),
                              QStringLiteral("   "),
                              QStringLiteral("2.54712E+11"),
                              QStringLiteral("2,54712e11"),
                              QStringLiteral("+"),
                              QStringLiteral("++254712345678"),
                              QStringLiteral("0"),
                              QStringLiteral("00"),
                              QStringLiteral("+1"),
                              QStringLiteral("+12"),
                              QStringLiteral("+123"),
                              QStringLiteral("+0712345678"),
                              QStringLiteral("(+254) 712 345 678"),
                              QStringLiteral("254 (0) 712 345 678"),
                              QStringLiteral("+254 0712 345 678"),
                              QStringLiteral("2540712345678"),
                              QStringLiteral("000254712345678"),
                              QStringLiteral("00233241234567"),
                              QStringLiteral("233241234567"),
                              QStringLiteral("+2547123456789"),
                              QStringLiteral("712345678 "),
                              QStringLiteral("+999 712 345 678"),
                              QStringLiteral("12345678901234567890123")};
        while (inputs.size() < kInputsPerRegion) {
            const int kind = random.bounded(10);
            QString nsn;
            const Region* of = &home;
            if (kind < 5) {
                nsn = mutated(random, home.mobiles.at(random.bounded(home.mobiles.size())));
            } else if (kind < 7) {
                nsn = mutated(random, home.examples.at(random.bounded(home.examples.size())));
            } else if (kind < 8) {
                nsn = randomDigits(random, 1 + random.bounded(17));
            } else {
                // A number of another region, in that region's spellings.
                of = &regions.at(random.bounded(regions.size()));
                nsn = mutated(random, of->examples.at(random.bounded(of->examples.size())));
            }
            inputs.append(decorated(random, spelled(random, *of, nsn)));
        }
        qint64 fast = 0;
        compareAll(region, inputs, &fast);
        qInfo("%s: %lld inputs, %lld on the fast path", qPrintable(region),
              static_cast<long long>(inputs.size()), static_cast<long long>(fast));
    }

    // The spellings of a Kenyan or Ghanaian spreadsheet must not reach libphonenumber.
    void typicalSpellingsTakeTheFastPath_data()
    {
        QTest::addColumn<QString>("region");
        QTest::newRow("KE") << QStringLiteral("KE");
        QTest::newRow("GH") << QStringLiteral("GH");
    }

    void typicalSpellingsTakeTheFastPath()
    {
        QFETCH(QString, region);
        const Region home = describe(region);
        QRandomGenerator random(7);
        QStringList inputs;
        while (inputs.size() < 7 * 500) {
            const QString nsn = mutated(random, home.mobiles.constFirst());
            const Result<QString> slow = PhoneNumber::normalize(nsn, region);
            if (!slow.ok() || slow.value() != u'+' + home.callingCode + nsn)
                continue;
            const QString p = home.nationalPrefix;
            const QString cc = home.callingCode;
            const QString a = nsn.left(3);
            const QString b = nsn.mid(3, 3);
            const QString c = nsn.mid(6);
            inputs << p + a + u' ' + b + u' ' + c << u'+' + cc + nsn << cc + nsn << nsn
                   << p + a + u'-' + b + u'-' + c
                   << u'(' + p + a + QStringLiteral(") ") + b + u'-' + c
                   << u'+' + cc + u' ' + a + u' ' + b + u' ' + c;
        }
        qint64 fast = 0;
        compareAll(region, inputs, &fast);
        QCOMPARE(fast, qint64(inputs.size()));
    }

    // Digits that are no number of the region but a mobile number elsewhere.
    void otherCountriesDigitsTakeTheFastPath()
    {
        const PhoneNormalizer kenya(QStringLiteral("KE"));
        const Result<QString> ghana = kenya.normalize(u"233241234567");
        QVERIFY(ghana.ok());
        QCOMPARE(ghana.value(), QStringLiteral("+233241234567"));
        QCOMPARE(kenya.fastPathCount(), qint64(1));
    }

    void unknownRegionsAgree_data()
    {
        QTest::addColumn<QString>("region");
        QTest::newRow("empty") << QString();
        QTest::newRow("ZZ") << QStringLiteral("ZZ");
        QTest::newRow("lower case") << QStringLiteral("ke");
        QTest::newRow("non-geographic") << QStringLiteral("001");
    }

    void nationalMobilesOfAnotherRegion()
    {
        // What PhoneNumber::normalize says for the region, on the fast path only.
        const PhoneNormalizer ghana(QStringLiteral("GH"));
        for (const QString& input :
             {QStringLiteral("024 412 3456"), QStringLiteral("0201234567"),
              QStringLiteral("(055) 123-4567"), QStringLiteral("244123456")}) {
            const std::optional<QString> read = ghana.nationalMobile(input);
            QVERIFY2(read, qPrintable(input));
            QCOMPARE(*read, PhoneNumber::normalize(input, QStringLiteral("GH")).value());
        }
        // International forms, other countries' numbers, landlines and words are not.
        for (const QString& input :
             {QStringLiteral("+233244123456"), QStringLiteral("0712345678"),
              QStringLiteral("0302123456"), QStringLiteral("n/a"), QStringLiteral("024")})
            QVERIFY2(!ghana.nationalMobile(input), qPrintable(input));
        QVERIFY(
            !PhoneNormalizer(QStringLiteral("ZZ")).nationalMobile(QStringLiteral("0244123456")));
    }

    void unknownRegionsAgree()
    {
        QFETCH(QString, region);
        compareAll(region,
                   {QStringLiteral("0712 345 678"), QStringLiteral("+254712345678"),
                    QStringLiteral("254712345678"), QStringLiteral("233241234567"),
                    QStringLiteral("+233 24 123 4567"), QStringLiteral("+1 202 555 0123"),
                    QStringLiteral("+800 1234 5678"), QStringLiteral("")});
    }

    // One normalizer shared by several import threads at once.
    void threadsShareANormalizer()
    {
        const PhoneNormalizer normalizer(QStringLiteral("KE"));
        QRandomGenerator random(11);
        QStringList inputs;
        QList<Result<QString>> expected;
        const QStringList starts
            = {QStringLiteral("07"), QStringLiteral("+2547"), QStringLiteral("2547"),
               QStringLiteral("+23324"), QStringLiteral("020")};
        for (int i = 0; i < 4000; ++i) {
            inputs.append(starts.at(i % starts.size()) + randomDigits(random, 7 + i % 3));
            expected.append(PhoneNumber::normalize(inputs.constLast(), QStringLiteral("KE")));
        }
        std::vector<int> mismatches(4, 0); // one counter per thread
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (qsizetype i = 0; i < inputs.size(); ++i) {
                    if (!sameResult(normalizer.normalize(inputs.at(i)), expected.at(i)))
                        ++mismatches[std::size_t(t)];
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(std::accumulate(mismatches.begin(), mismatches.end(), 0), 0);
        QVERIFY(normalizer.fastPathCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNormalizer)
#include "tst_phonenormalizer.moc"
