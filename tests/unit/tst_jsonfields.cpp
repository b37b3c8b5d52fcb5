// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/JsonFields.h"

#include <QJsonDocument>
#include <QtTest>

using namespace tuma;

class TestJsonFields final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("string") << QByteArray(R"({"v":"msg_1"})") << QStringLiteral("msg_1");
        QTest::newRow("digits as a string")
            << QByteArray(R"({"v":"1000"})") << QStringLiteral("1000");
        QTest::newRow("whole number") << QByteArray(R"({"v":1000})") << QStringLiteral("1000");
        // A phone number or an id: never 2.54712345678e+11.
        QTest::newRow("long id") << QByteArray(R"({"v":254712345678})")
                                 << QStringLiteral("254712345678");
        QTest::newRow("sixteen digits")
            << QByteArray(R"({"v":1234567890123456})") << QStringLiteral("1234567890123456");
        QTest::newRow("fraction") << QByteArray(R"({"v":12.5})") << QStringLiteral("12.5");
        QTest::newRow("negative") << QByteArray(R"({"v":-3})") << QStringLiteral("-3");
        QTest::newRow("null") << QByteArray(R"({"v":null})") << QString();
        QTest::newRow("missing") << QByteArray(R"({})") << QString();
        QTest::newRow("object") << QByteArray(R"({"v":{"a":1}})") << QString();
        QTest::newRow("true") << QByteArray(R"({"v":true})") << QString();
    }

    void text()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(JsonFields::text(object, QStringLiteral("v")), expected);
        QCOMPARE(JsonFields::text(object.value(QStringLiteral("v"))), expected);
    }

    void numbers()
    {
        const QJsonObject object
            = QJsonDocument::fromJson(R"({"a":" 12.5 ","b":75,"c":"n/a","d":"","e":"1,000"})")
                  .object();
        QCOMPARE(JsonFields::number(object, QStringLiteral("a")), std::optional<double>(12.5));
        QCOMPARE(JsonFields::number(object, QStringLiteral("b")), std::optional<double>(75));
        QVERIFY(!JsonFields::number(object, QStringLiteral("c")));
        QVERIFY(!JsonFields::number(object, QStringLiteral("d")));
        QVERIFY(!JsonFields::number(object, QStringLiteral("e")));
        QVERIFY(!JsonFields::number(object, QStringLiteral("missing")));
        QCOMPARE(JsonFields::integer(object.value(QStringLiteral("a")), -1), 12);
        QCOMPARE(JsonFields::integer(object.value(QStringLiteral("c")), -1), -1);
        QCOMPARE(JsonFields::firstNumber(object, {"c", "d", "b", "a"}), std::optional<double>(75));
        QVERIFY(!JsonFields::firstNumber(object, {"c", "d"}));
    }

    void firstText()
    {
        const QJsonObject object
            = QJsonDocument::fromJson(R"({"uid":"","id":42,"message_id":"m-9"})").object();
        QCOMPARE(JsonFields::firstText(object, {"uid", "id", "message_id"}), QStringLiteral("42"));
        QCOMPARE(JsonFields::firstText(object, {"uid", "message_id"}), QStringLiteral("m-9"));
        QCOMPARE(JsonFields::firstText(object, {"uid", "nothing"}), QString());
    }
};

QTEST_GUILESS_MAIN(TestJsonFields)
#include "tst_jsonfields.moc"
