// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "settings/AppSettings.h"
#include "settings/Localization.h"
#include "settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace tuma;
using tuma::test::child;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsCurrentValues()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("tuma.ini")));
        settings.setRegion(QStringLiteral("GH"));
        settings.setColorScheme(ColorScheme::Dark);
        SettingsDialog dialog(settings);
        QCOMPARE(child<QComboBox>(dialog, "regionComboBox")->currentData().toString(),
                 QStringLiteral("GH"));
        QCOMPARE(child<QComboBox>(dialog, "colorSchemeComboBox")->currentData().toInt(),
                 int(ColorScheme::Dark));
        QCOMPARE(child<QComboBox>(dialog, "currencyComboBox")->currentText(),
                 QStringLiteral("GHS"));
        // Kenya and Ghana lead the region list; format examples are real numbers.
        auto* regions = child<QComboBox>(dialog, "regionComboBox");
        QCOMPARE(regions->itemData(0).toString(), QStringLiteral("KE"));
        QCOMPARE(regions->itemData(1).toString(), QStringLiteral("GH"));
        QVERIFY(regions->count() > 200);
        QVERIFY(child<QComboBox>(dialog, "phoneFormatComboBox")
                    ->itemText(0)
                    .contains(QLatin1String("+233")));
    }

    void okWritesEveryValue()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("tuma.ini")));
        SettingsDialog dialog(settings);
        auto* regions = child<QComboBox>(dialog, "regionComboBox");
        regions->setCurrentIndex(regions->findData(QStringLiteral("UG")));
        auto* formats = child<QComboBox>(dialog, "phoneFormatComboBox");
        formats->setCurrentIndex(formats->findData(int(PhoneDisplayFormat::National)));
        QVERIFY(formats->currentText().contains(QLatin1String("0")));
        auto* languages = child<QComboBox>(dialog, "languageComboBox");
        languages->setCurrentIndex(languages->findData(QStringLiteral("sw")));
        child<QDoubleSpinBox>(dialog, "gsmCreditsSpinBox")->setValue(1.5);
        child<QDoubleSpinBox>(dialog, "ucs2CreditsSpinBox")->setValue(3);
        child<QDoubleSpinBox>(dialog, "priceSpinBox")->setValue(0.35);
        child<QComboBox>(dialog, "currencyComboBox")->setCurrentText(QStringLiteral("ugx"));
        child<QDoubleSpinBox>(dialog, "thresholdSpinBox")->setValue(20000);
        child<QCheckBox>(dialog, "windowCheckBox")->setChecked(true);
        child<QTimeEdit>(dialog, "windowStartTimeEdit")->setTime(QTime(7, 30));
        child<QTimeEdit>(dialog, "windowEndTimeEdit")->setTime(QTime(19, 0));
        child<QCheckBox>(dialog, "skipSundaysCheckBox")->setChecked(false);
        child<QLineEdit>(dialog, "footerLineEdit")
            ->setText(QStringLiteral("  STOP? SMS STOP to 12345 "));

        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        AppSettings reread(dir.filePath(QStringLiteral("tuma.ini")));
        QCOMPARE(reread.region(), QStringLiteral("UG"));
        QCOMPARE(reread.phoneDisplayFormat(), PhoneDisplayFormat::National);
        QCOMPARE(reread.language(), QStringLiteral("sw"));
        QCOMPARE(reread.defaultPricing(), (Pricing {1.5, 3.0, 0.35, QStringLiteral("UGX")}));
        QCOMPARE(reread.launchConfirmationThreshold(), 20000.0);
        QCOMPARE(reread.defaultSendingWindow(),
                 (SendingWindow {true, QTime(7, 30), QTime(19, 0), false}));
        QCOMPARE(reread.optOutFooter(), QStringLiteral("STOP? SMS STOP to 12345"));
    }

    void qtsOwnFileDialogSpeaksSwahili()
    {
        // Debian has no Swahili catalogue of Qt: Tuma's carries the file dialog's texts.
        QCOMPARE(Localization::install(*qApp, QStringLiteral("sw")), QStringLiteral("sw"));
        QStringList texts;
        {
            QFileDialog dialog(nullptr, QStringLiteral("t"), QDir::tempPath());
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            for (const QLabel* label : dialog.findChildren<QLabel*>())
                texts.append(label->text());
            for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
                texts.append(button->text());
        }
        QCOMPARE(Localization::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY2(texts.contains(QStringLiteral("Tafuta ndani ya:")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("Mafaili ya aina:")), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QStringLiteral("&Fungua")), qPrintable(texts.join(u'|')));
    }

    void invalidInputKeepsOkDisabled()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("tuma.ini")));
        SettingsDialog dialog(settings);
        auto* ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        auto* problem = child<QLabel>(dialog, "problemLabel");
        QVERIFY(ok->isEnabled());

        child<QCheckBox>(dialog, "windowCheckBox")->setChecked(true);
        child<QTimeEdit>(dialog, "windowStartTimeEdit")->setTime(QTime(18, 0));
        child<QTimeEdit>(dialog, "windowEndTimeEdit")->setTime(QTime(8, 0));
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->text().contains(QLatin1String("start before")));
        child<QCheckBox>(dialog, "windowCheckBox")->setChecked(false);
        QVERIFY(ok->isEnabled());

        child<QComboBox>(dialog, "currencyComboBox")->setCurrentText(QStringLiteral("K"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->text().contains(QLatin1String("three-letter")));
        dialog.accept(); // refused while invalid
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        AppSettings reread(dir.filePath(QStringLiteral("tuma.ini")));
        QCOMPARE(reread.defaultPricing().currency, QStringLiteral("KES"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
