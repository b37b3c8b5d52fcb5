// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AppSettings.h"
#include "settings/Localization.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tuma;

class TestAppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datesAreWrittenAsTheRegionWritesThem_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("locale");
        QTest::newRow("English in Kenya") << "en"
                                          << "KE"
                                          << "en_KE";
        QTest::newRow("English in Ghana") << "en"
                                          << "GH"
                                          << "en_GH";
        QTest::newRow("Swahili in Kenya") << "sw"
                                          << "KE"
                                          << "sw_KE";
        QTest::newRow("Swahili in Ghana") << "sw"
                                          << "GH"
                                          << "sw_TZ";
        QTest::newRow("English where Qt has none") << "en"
                                                   << "CD"
                                                   << "en_GB";
    }

    void datesAreWrittenAsTheRegionWritesThem()
    {
        QFETCH(QString, language);
        QFETCH(QString, region);
        QFETCH(QString, locale);
        const QLocale chosen = Localization::localeFor(language, region);
        QCOMPARE(chosen.name(), locale);
        // 10 December: the day first, never "12/10".
        const QString date = chosen.toString(QDate(2026, 12, 10), QLocale::ShortFormat);
        QVERIFY2(date.startsWith(QLatin1String("10")), qPrintable(date));
    }

    void defaultsSuitKenya()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("tuma.ini")));
        QCOMPARE(settings.region(), QStringLiteral("KE"));
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.phoneDisplayFormat(), PhoneDisplayFormat::International);
        QCOMPARE(settings.colorScheme(), ColorScheme::System);
        QCOMPARE(settings.defaultPricing().currency, QStringLiteral("KES"));
        QCOMPARE(settings.defaultPricing().creditsPerGsmPart, 1.0);
        QVERIFY(settings.launchConfirmationThreshold() > 0);
        QCOMPARE(settings.defaultSendingWindow(), SendingWindow {});
    }

    void defaultCurrencyFollowsRegion()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("tuma.ini")));
        settings.setRegion(QStringLiteral("GH"));
        QCOMPARE(settings.defaultPricing().currency, QStringLiteral("GHS"));
    }

    void valuesSurviveARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("tuma.ini"));
        const Pricing pricing {1.0, 2.0, 0.35, QStringLiteral("GHS")};
        const SendingWindow window {true, QTime(9, 30), QTime(17, 0), false};
        {
            AppSettings settings(file);
            settings.setRegion(QStringLiteral("GH"));
            settings.setLanguage(QStringLiteral("sw"));
            settings.setPhoneDisplayFormat(PhoneDisplayFormat::National);
            settings.setColorScheme(ColorScheme::Dark);
            settings.setDefaultPricing(pricing);
            settings.setLaunchConfirmationThreshold(12500.5);
            settings.setDefaultSendingWindow(window);
            settings.setLastPage(QStringLiteral("groups"));
            settings.sync();
        }
        AppSettings settings(file);
        QCOMPARE(settings.region(), QStringLiteral("GH"));
        QCOMPARE(settings.language(), QStringLiteral("sw"));
        QCOMPARE(settings.phoneDisplayFormat(), PhoneDisplayFormat::National);
        QCOMPARE(settings.colorScheme(), ColorScheme::Dark);
        QCOMPARE(settings.defaultPricing(), pricing);
        QCOMPARE(settings.launchConfirmationThreshold(), 12500.5);
        QCOMPARE(settings.defaultSendingWindow(), window);
        QCOMPARE(settings.lastPage(), QStringLiteral("groups"));
    }

    void nonsenseFallsBackToDefaults()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("tuma.ini"));
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(QStringLiteral("preferences/region"), QStringLiteral("XX"));
            raw.setValue(QStringLiteral("preferences/phoneDisplayFormat"),
                         QStringLiteral("sideways"));
            raw.setValue(QStringLiteral("campaigns/sendingWindowStart"), QStringLiteral("25:99"));
        }
        AppSettings settings(file);
        QCOMPARE(settings.region(), QStringLiteral("KE"));
        QCOMPARE(settings.phoneDisplayFormat(), PhoneDisplayFormat::International);
        QCOMPARE(settings.defaultSendingWindow().start, QTime(8, 0));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
