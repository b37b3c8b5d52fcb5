// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Template.h"

#include <QTest>

using namespace tuma;

namespace {

const QStringList kFields
    = {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("phone"),
       QStringLiteral("email"),      QStringLiteral("balance"),   QStringLiteral("due_date")};

QString render(const QString& body, const QStringList& values)
{
    return Template(body).bind(kFields).render(values);
}

} // namespace

class TestTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersFields_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("expected");

        const QStringList amina = {QStringLiteral("Amina"),         QStringLiteral("Odhiambo"),
                                   QStringLiteral("+254712345678"), QString(),
                                   QStringLiteral("1,250"),         QStringLiteral("2026-12-01")};
        QTest::newRow("no placeholder")
            << QStringLiteral("Hello all") << amina << QStringLiteral("Hello all");
        QTest::newRow("empty body") << QString() << amina << QString();
        QTest::newRow("two fields")
            << QStringLiteral("Habari <<first_name>>, salio: KES <<balance>>.") << amina
            << QStringLiteral("Habari Amina, salio: KES 1,250.");
        QTest::newRow("case and spaces ignored")
            << QStringLiteral("Hi << First_Name >> <<LAST_NAME>>") << amina
            << QStringLiteral("Hi Amina Odhiambo");
        QTest::newRow("placeholders side by side") << QStringLiteral("<<first_name>><<last_name>>")
                                                   << amina << QStringLiteral("AminaOdhiambo");
        QTest::newRow("default not needed") << QStringLiteral("Dear <<first_name|Customer>>")
                                            << amina << QStringLiteral("Dear Amina");
        QTest::newRow("default used for empty")
            << QStringLiteral("Mail: <<email|none>>") << amina << QStringLiteral("Mail: none");
        QTest::newRow("empty without default")
            << QStringLiteral("Mail: <<email>>.") << amina << QStringLiteral("Mail: .");
        QTest::newRow("blank counts as empty")
            << QStringLiteral("Dear <<first_name|Customer>>")
            << QStringList {QStringLiteral("  "), {}, {}, {}, {}, {}}
            << QStringLiteral("Dear Customer");
        QTest::newRow("default keeps its spaces and bars")
            << QStringLiteral("<<email| a|b >>") << amina << QStringLiteral(" a|b ");
        QTest::newRow("unicode values")
            << QStringLiteral("Karibu <<first_name>> 🎉")
            << QStringList {QStringLiteral("Zoë 👩🏾"), {}, {}, {}, {}, {}}
            << QStringLiteral("Karibu Zoë 👩🏾 🎉");
        QTest::newRow("literal <<") << QStringLiteral("Use \\<<code>> and <<first_name>>") << amina
                                    << QStringLiteral("Use <<code>> and Amina");
        QTest::newRow("lone > and < stay")
            << QStringLiteral("1 < 2 > 0 >> <") << amina << QStringLiteral("1 < 2 > 0 >> <");
        QTest::newRow("missing value in list")
            << QStringLiteral("<<due_date|soon>>") << QStringList {} << QStringLiteral("soon");
    }

    void rendersFields()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, values);
        QFETCH(QString, expected);
        const Template parsed(body);
        QVERIFY(!parsed.hasSyntaxErrors());
        QVERIFY(parsed.errors(kFields).isEmpty());
        QCOMPARE(render(body, values), expected);
    }

    void listsPlaceholdersAndFields()
    {
        const Template parsed(QStringLiteral("<<First_Name>> <<balance|0>> <<first_name>>"));
        QCOMPARE(parsed.fieldNames(),
                 (QStringList {QStringLiteral("first_name"), QStringLiteral("balance")}));
        QCOMPARE(parsed.placeholders().size(), 3);
        const TemplatePlaceholder& second = parsed.placeholders().at(1);
        QCOMPARE(second.position, 15);
        QCOMPARE(second.length, 13);
        QVERIFY(second.hasDefault);
        QCOMPARE(second.defaultValue, QStringLiteral("0"));
    }

    void errorsPointAtThePosition_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("unclosed") << QStringLiteral("Hi <<first_name, pay now")
                                  << int(TemplateError::Kind::Unclosed) << 3
                                  << QStringLiteral("character 4");
        QTest::newRow("unclosed at end")
            << QStringLiteral("Hi <<") << int(TemplateError::Kind::Unclosed) << 3
            << QStringLiteral("\\<<");
        QTest::newRow("empty name")
            << QStringLiteral("Hi <<>>") << int(TemplateError::Kind::EmptyName) << 3
            << QStringLiteral("character 4");
        QTest::newRow("only a default")
            << QStringLiteral("<< |x>>") << int(TemplateError::Kind::EmptyName) << 0
            << QStringLiteral("first_name, last_name, phone, email, balance, due_date");
        QTest::newRow("invalid name")
            << QStringLiteral("Hi <<first name>>") << int(TemplateError::Kind::InvalidName) << 3
            << QStringLiteral("first name");
        QTest::newRow("nested") << QStringLiteral("<<a<<b>>")
                                << int(TemplateError::Kind::InvalidName) << 0
                                << QStringLiteral("a<<b");
        QTest::newRow("unknown field")
            << QStringLiteral("Dear <<frist_name>>") << int(TemplateError::Kind::UnknownField) << 5
            << QStringLiteral("first_name, last_name, phone, email, balance, due_date");
    }

    void errorsPointAtThePosition()
    {
        QFETCH(QString, body);
        QFETCH(int, kind);
        QFETCH(int, position);
        QFETCH(QString, mentions);
        const QList<TemplateError> errors = Template(body).errors(kFields);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(int(errors.constFirst().kind), kind);
        QCOMPARE(errors.constFirst().position, position);
        QVERIFY2(errors.constFirst().message.contains(mentions),
                 qPrintable(errors.constFirst().message));
    }

    void unknownFieldsAreNotSyntaxErrors()
    {
        const Template parsed(QStringLiteral("<<branch>>"));
        QVERIFY(!parsed.hasSyntaxErrors());
        QCOMPARE(parsed.errors(Template::standardFields()).size(), 1);
        QVERIFY(parsed.errors(Template::standardFields() + QStringList {QStringLiteral("Branch")})
                    .isEmpty());
        // An unbound field renders as empty, or its default.
        QCOMPARE(Template(QStringLiteral("[<<branch>>|<<branch|HQ>>]")).bind({}).render({}),
                 QStringLiteral("[|HQ]"));
    }

    void severalErrorsComeInOrder()
    {
        const QList<TemplateError> errors
            = Template(QStringLiteral("<<nope>> <<>> <<first_name>> <<")).errors(kFields);
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).kind, TemplateError::Kind::UnknownField);
        QCOMPARE(errors.at(1).kind, TemplateError::Kind::EmptyName);
        QCOMPARE(errors.at(2).kind, TemplateError::Kind::Unclosed);
        QVERIFY(errors.at(0).position < errors.at(1).position);
        QVERIFY(errors.at(1).position < errors.at(2).position);
    }
};

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
