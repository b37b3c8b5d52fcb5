// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/TextEncoding.h"

#include <QTest>

using namespace tuma;

class TestTextEncoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("bom");
        const int utf8 = int(TextEncoding::Utf8);
        const int cp1252 = int(TextEncoding::Windows1252);
        QTest::newRow("ascii") << QByteArray("name,phone\nAmina,0712345678\n") << true << utf8 << 0;
        QTest::newRow("empty") << QByteArray() << true << utf8 << 0;
        QTest::newRow("utf-8 accents and emoji")
            << QByteArray("Zo\xC3\xAB,\xF0\x9F\x8E\x89\n") << true << utf8 << 0;
        QTest::newRow("utf-8 bom")
            << QByteArray("\xEF\xBB\xBFname\n") << true << int(TextEncoding::Utf8Bom) << 3;
        QTest::newRow("utf-16le bom")
            << QByteArray("\xFF\xFEn\0a\0", 6) << true << int(TextEncoding::Utf16Le) << 2;
        QTest::newRow("utf-16be bom")
            << QByteArray("\xFE\xFF\0n\0a", 6) << true << int(TextEncoding::Utf16Be) << 2;
        QTest::newRow("short windows-1252") << QByteArray("Caf\xE9") << true << cp1252 << 0;
        QTest::newRow("windows-1252 quotes")
            << QByteArray("\x93Karibu\x94 \x96 Asante\n") << true << cp1252 << 0;
        QTest::newRow("cut sequence in a sample") << QByteArray("abc\xC3") << false << utf8 << 0;
        QTest::newRow("cut sequence at the end of the file")
            << QByteArray("abc\xC3") << true << cp1252 << 0;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << true << cp1252 << 0;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << true << cp1252 << 0;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << true << cp1252 << 0;
        QTest::newRow("long ascii then latin-1")
            << QByteArray(1000, 'a') + "\xE9" << true << cp1252 << 0;
    }

    void detects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, whole);
        QFETCH(int, encoding);
        QFETCH(int, bom);
        const DetectedEncoding detected = TextEncodings::detect(bytes, whole);
        QCOMPARE(int(detected.encoding), encoding);
        QCOMPARE(detected.bomLength, bom);
    }

    void namesFollowTheContract()
    {
        QCOMPARE(TextEncodings::name(TextEncoding::Utf8), QStringLiteral("utf-8"));
        QCOMPARE(TextEncodings::name(TextEncoding::Utf8Bom), QStringLiteral("utf-8-bom"));
        QCOMPARE(TextEncodings::name(TextEncoding::Utf16Le), QStringLiteral("utf-16le"));
        QCOMPARE(TextEncodings::name(TextEncoding::Utf16Be), QStringLiteral("utf-16be"));
        QCOMPARE(TextEncodings::name(TextEncoding::Windows1252), QStringLiteral("windows-1252"));
        for (const char* name : {"utf-8", "utf-16le", "utf-16be", "windows-1252"})
            QCOMPARE(TextEncodings::name(*TextEncodings::fromName(QLatin1String(name))),
                     QLatin1String(name));
        QVERIFY(TextEncodings::fromName(QStringLiteral("UTF-16")).has_value());
        QVERIFY(!TextEncodings::fromName(QStringLiteral("ebcdic")).has_value());
    }

    void decodersDecode()
    {
        QStringDecoder cp1252 = TextEncodings::decoder(TextEncoding::Windows1252);
        QVERIFY(cp1252.isValid());
        QCOMPARE(QString(cp1252.decode(QByteArray("\x80 \x93"
                                                  "Caf\xE9\x94"))),
                 QStringLiteral("€ “Café”"));
        QStringDecoder utf16 = TextEncodings::decoder(TextEncoding::Utf16Le);
        QCOMPARE(QString(utf16.decode(QByteArray("K\0E\0", 4))), QStringLiteral("KE"));
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
