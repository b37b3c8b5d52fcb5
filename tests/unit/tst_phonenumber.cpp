// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/PhoneNumber.h"

#include <QTest>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using namespace tuma;

class TestPhoneNumber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        const QString amina = QStringLiteral("+254712345678");
        QTest::newRow("national with spaces")
            << QStringLiteral("0712 345 678") << QStringLiteral("KE") << amina;
        QTest::newRow("international")
            << QStringLiteral("+254712345678") << QStringLiteral("KE") << amina;
        QTest::newRow("without plus")
            << QStringLiteral("254712345678") << QStringLiteral("KE") << amina;
        QTest::newRow("without trunk zero")
            << QStringLiteral("712345678") << QStringLiteral("KE") << amina;
        QTest::newRow("dashes and brackets")
            << QStringLiteral("(0712) 345-678") << QStringLiteral("KE") << amina;
        QTest::newRow("dots") << QStringLiteral("0712.345.678") << QStringLiteral("KE") << amina;
        QTest::newRow("another country's digits")
            << QStringLiteral("233241234567") << QStringLiteral("KE")
            << QStringLiteral("+233241234567");
        QTest::newRow("ghana national") << QStringLiteral("024 123 4567") << QStringLiteral("GH")
                                        << QStringLiteral("+233241234567");
        QTest::newRow("kenya from ghana")
            << QStringLiteral("+254 712 345 678") << QStringLiteral("GH") << amina;
        QTest::newRow("airtel kenya") << QStringLiteral("0733 123456") << QStringLiteral("KE")
                                      << QStringLiteral("+254733123456");
    }

    void normalizes()
    {
        QFETCH(QString, input);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        const Result<QString> normalized = PhoneNumber::normalize(input, region);
        QVERIFY2(normalized.ok(),
                 qPrintable(normalized.ok() ? QString() : normalized.error().message));
        QCOMPARE(normalized.value(), expected);
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("empty");
        QTest::newRow("letters") << QStringLiteral("call me") << QStringLiteral("not_a_number");
        QTest::newRow("excel scientific")
            << QStringLiteral("2.54712E+11") << QStringLiteral("scientific_notation");
        QTest::newRow("too short") << QStringLiteral("0712") << QStringLiteral("too_short");
        QTest::newRow("too long") << QStringLiteral("0712345678901234")
                                  << QStringLiteral("too_long");
        QTest::newRow("unknown country")
            << QStringLiteral("+999 712 345 678") << QStringLiteral("unknown_country");
    }

    void refusesWithAReason()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        const Result<QString> normalized = PhoneNumber::normalize(input, QStringLiteral("KE"));
        QVERIFY2(!normalized.ok(), qPrintable(normalized.ok() ? normalized.value() : QString()));
        QCOMPARE(normalized.error().code, code);
        QVERIFY(!normalized.error().message.isEmpty());
    }

    void refusesFixedLines()
    {
        using i18n::phonenumbers::PhoneNumberUtil;
        const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
        i18n::phonenumbers::PhoneNumber fixed;
        QVERIFY(util->GetExampleNumberForType("KE", PhoneNumberUtil::FIXED_LINE, &fixed));
        std::string national;
        util->Format(fixed, PhoneNumberUtil::NATIONAL, &national);
        const Result<QString> normalized
            = PhoneNumber::normalize(QString::fromStdString(national), QStringLiteral("KE"));
        QVERIFY(!normalized.ok());
        QCOMPARE(normalized.error().code, QStringLiteral("not_mobile"));
    }

    void examplesFollowTheFormat()
    {
        QCOMPARE(PhoneNumber::exampleMobile(QStringLiteral("KE"), PhoneDisplayFormat::E164),
                 QStringLiteral("+254712123456"));
        QVERIFY(PhoneNumber::exampleMobile(QStringLiteral("KE"), PhoneDisplayFormat::National)
                    .startsWith(u'0'));
        QVERIFY(PhoneNumber::exampleMobile(QStringLiteral("XX"), PhoneDisplayFormat::National)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
