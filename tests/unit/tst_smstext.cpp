// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SmsText.h"

#include <QTest>

using namespace tuma;

namespace {

QString repeat(const QString& piece, int times)
{
    return piece.repeated(times);
}

const QString kZh = QStringLiteral("ж"); // one UTF-16 unit, not GSM
const QString kGrin = QStringLiteral("😀"); // a surrogate pair
const QString kFamily = QStringLiteral("👨‍👩‍👧‍👦"); // 11 units, one grapheme
const QString kKenya = QStringLiteral("🇰🇪"); // 4 units, one grapheme

} // namespace

class TestSmsText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("units");
        QTest::addColumn<QList<int>>("parts");

        const int gsm = int(SmsEncoding::Gsm7);
        const int ucs2 = int(SmsEncoding::Ucs2);
        const QString a = QStringLiteral("a");
        QTest::newRow("empty") << QString() << gsm << 0 << QList<int> {0};
        QTest::newRow("gsm 159") << repeat(a, 159) << gsm << 159 << QList<int> {159};
        QTest::newRow("gsm 160") << repeat(a, 160) << gsm << 160 << QList<int> {160};
        QTest::newRow("gsm 161") << repeat(a, 161) << gsm << 161 << QList<int> {153, 8};
        QTest::newRow("gsm 305") << repeat(a, 305) << gsm << 305 << QList<int> {153, 152};
        QTest::newRow("gsm 306") << repeat(a, 306) << gsm << 306 << QList<int> {153, 153};
        QTest::newRow("gsm 307") << repeat(a, 307) << gsm << 307 << QList<int> {153, 153, 1};
        QTest::newRow("gsm 459") << repeat(a, 459) << gsm << 459 << QList<int> {153, 153, 153};
        QTest::newRow("gsm 460") << repeat(a, 460) << gsm << 460 << QList<int> {153, 153, 153, 1};
        QTest::newRow("gsm 918") << repeat(a, 918) << gsm << 918
                                 << QList<int> {153, 153, 153, 153, 153, 153};
        QTest::newRow("extension costs two") << QStringLiteral("{€}") << gsm << 6 << QList<int> {6};
        QTest::newRow("159 + extension = 161")
            << repeat(a, 159) + QStringLiteral("€") << gsm << 161 << QList<int> {153, 8};
        QTest::newRow("escape straddles a boundary") << repeat(a, 152) + QStringLiteral("{")
                + repeat(a, 10) << gsm << 164 << QList<int> {152, 12};
        QTest::newRow("only extension, 80")
            << repeat(QStringLiteral("€"), 80) << gsm << 160 << QList<int> {160};
        QTest::newRow("only extension, 81")
            << repeat(QStringLiteral("€"), 81) << gsm << 162 << QList<int> {152, 10};
        QTest::newRow("form feed is extension")
            << QStringLiteral("a\fb") << gsm << 4 << QList<int> {4};
        QTest::newRow("CRLF counts two") << QStringLiteral("a\r\nb") << gsm << 4 << QList<int> {4};
        QTest::newRow("CRLF stays together") << repeat(a, 152) + QStringLiteral("\r\n")
                + repeat(a, 10) << gsm << 164 << QList<int> {152, 12};
        QTest::newRow("C cedilla capital is GSM")
            << QStringLiteral("Ç") << gsm << 1 << QList<int> {1};
        QTest::newRow("c cedilla small is not")
            << QStringLiteral("ç") << ucs2 << 1 << QList<int> {1};
        QTest::newRow("tab is not GSM") << QStringLiteral("a\tb") << ucs2 << 3 << QList<int> {3};
        QTest::newRow("backtick is not GSM")
            << QStringLiteral("a`b") << ucs2 << 3 << QList<int> {3};
        QTest::newRow("greek capitals are GSM")
            << QStringLiteral("ΔΦΓΛΩΠΨΣΘΞ") << gsm << 10 << QList<int> {10};
        QTest::newRow("swahili is GSM")
            << QStringLiteral("Habari Amina! Salio lako ni KES 1,250. Lipa kabla ya 30/11.") << gsm
            << 59 << QList<int> {59};
        QTest::newRow("curly apostrophe forces UCS-2")
            << QStringLiteral("It’s") << ucs2 << 4 << QList<int> {4};
        QTest::newRow("ucs2 70") << repeat(kZh, 70) << ucs2 << 70 << QList<int> {70};
        QTest::newRow("ucs2 71") << repeat(kZh, 71) << ucs2 << 71 << QList<int> {67, 4};
        QTest::newRow("ucs2 133") << repeat(kZh, 133) << ucs2 << 133 << QList<int> {67, 66};
        QTest::newRow("ucs2 134") << repeat(kZh, 134) << ucs2 << 134 << QList<int> {67, 67};
        QTest::newRow("ucs2 135") << repeat(kZh, 135) << ucs2 << 135 << QList<int> {67, 67, 1};
        QTest::newRow("ucs2 201") << repeat(kZh, 201) << ucs2 << 201 << QList<int> {67, 67, 67};
        QTest::newRow("ucs2 202") << repeat(kZh, 202) << ucs2 << 202 << QList<int> {67, 67, 67, 1};
        QTest::newRow("emoji counts two units") << kGrin << ucs2 << 2 << QList<int> {2};
        QTest::newRow("surrogate pair straddles a boundary")
            << repeat(kZh, 66) + kGrin + repeat(kZh, 5) << ucs2 << 73 << QList<int> {66, 7};
        QTest::newRow("family emoji moves whole")
            << repeat(kZh, 60) + kFamily << ucs2 << 71 << QList<int> {60, 11};
        QTest::newRow("flag moves whole")
            << repeat(kZh, 65) + kKenya + repeat(kZh, 2) << ucs2 << 71 << QList<int> {65, 6};
        QTest::newRow("GSM text with one emoji")
            << repeat(a, 69) + kGrin << ucs2 << 71 << QList<int> {67, 4};
    }

    void counts()
    {
        QFETCH(QString, text);
        QFETCH(int, encoding);
        QFETCH(int, units);
        QFETCH(QList<int>, parts);

        const SmsCount count = SmsText::count(text);
        QCOMPARE(int(count.encoding), encoding);
        QCOMPARE(count.units, units);
        QCOMPARE(count.segments, parts.size());
        const bool single = parts.size() == 1;
        const int capacity = encoding == int(SmsEncoding::Gsm7)
            ? (single ? SmsText::kSinglePartSeptets : SmsText::kMultiPartSeptets)
            : (single ? SmsText::kSinglePartUnits : SmsText::kMultiPartUnits);
        QCOMPARE(count.unitsLeft, capacity - parts.constLast());

        const SmsAnalysis analysis = SmsText::analyze(text);
        QCOMPARE(analysis.count, count);
        QCOMPARE(analysis.unitsPerSegment, parts);
    }

    void culpritsNameWhatForcedUcs2()
    {
        const QString text = QStringLiteral("“Karibu” – it’s 50% off… ") + kGrin;
        const SmsAnalysis analysis = SmsText::analyze(text);
        QCOMPARE(analysis.count.encoding, SmsEncoding::Ucs2);
        QStringList characters;
        for (const SmsCulprit& culprit : analysis.culprits) {
            characters.append(culprit.character);
            QCOMPARE(text.mid(culprit.position, culprit.character.size()), culprit.character);
        }
        QCOMPARE(characters,
                 (QStringList {QStringLiteral("“"), QStringLiteral("”"), QStringLiteral("–"),
                               QStringLiteral("’"), QStringLiteral("…"), kGrin}));
        QCOMPARE(analysis.culprits.at(0).replacement, QStringLiteral("\""));
        QCOMPARE(analysis.culprits.at(2).replacement, QStringLiteral("-"));
        QCOMPARE(analysis.culprits.at(4).replacement, QStringLiteral("..."));
        QVERIFY(!analysis.culprits.constLast().hasReplacement);
        QVERIFY(SmsText::analyze(QStringLiteral("plain")).culprits.isEmpty());
    }

    void replacingMakesItGsm()
    {
        const QString pasted
            = QStringLiteral("Dear customer, it’s time – pay “now”…\u00A0Asante\u200B ç");
        const SmsReplacement replaced = SmsText::replaceWithGsm(pasted);
        QCOMPARE(replaced.text,
                 QStringLiteral("Dear customer, it's time - pay \"now\"... Asante Ç"));
        QCOMPARE(replaced.replaced, 8);
        QCOMPARE(replaced.remaining, 0);
        QCOMPARE(SmsText::count(replaced.text).encoding, SmsEncoding::Gsm7);

        const SmsReplacement withEmoji
            = SmsText::replaceWithGsm(QStringLiteral("Hi ") + kGrin + QStringLiteral("’"));
        QCOMPARE(withEmoji.text, QStringLiteral("Hi ") + kGrin + QStringLiteral("'"));
        QCOMPARE(withEmoji.replaced, 1);
        QCOMPARE(withEmoji.remaining, 1);
    }

    void everyGsmCharacterIsCountedRight()
    {
        // The whole default alphabet (minus ESC) and the extension table, from TS 23.038.
        const QString basic
            = QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                             "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
        QCOMPARE(basic.size(), 127);
        for (const QChar c : basic)
            QVERIFY2(SmsText::gsmSeptets(c.unicode()) == 1, qPrintable(QString(c)));
        for (const QChar c : QStringLiteral("\f^{}\\[~]|€"))
            QVERIFY2(SmsText::gsmSeptets(c.unicode()) == 2, qPrintable(QString(c)));
        for (const QChar c : QStringLiteral("`\t\u001Bçáâêíóú’–…\u00A0ЖΑ"))
            QVERIFY2(SmsText::gsmSeptets(c.unicode()) == 0, qPrintable(QString(c)));
    }
};

QTEST_GUILESS_MAIN(TestSmsText)
#include "tst_smstext.moc"
