// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/TemplateStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tuma;

class TestTemplateStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Database::open(m_dir.filePath(
            QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction()))));
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
    }
    void cleanup() { m_database.reset(); }

    void addFindListUpdateDelete()
    {
        TemplateStore store(*m_database);
        QVERIFY(store.list().value().isEmpty());
        const auto added
            = store.add(QStringLiteral("  Reminder "), QStringLiteral("Habari <<first_name>>"));
        QVERIFY(added.ok());
        QCOMPARE(added.value().name, QStringLiteral("Reminder"));
        QVERIFY(added.value().createdAt.isValid());
        QVERIFY(!added.value().lastUsedAt.isValid());
        QVERIFY(store.add(QStringLiteral("Apology"), QStringLiteral("Samahani")).ok());

        QCOMPARE(store.find(QStringLiteral("reminder")).value().body,
                 QStringLiteral("Habari <<first_name>>"));
        const auto all = store.list();
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().at(0).name, QStringLiteral("Apology"));

        const auto updated
            = store.update(QStringLiteral("REMINDER"), QStringLiteral("Payment reminder"),
                           QStringLiteral("Lipa <<balance>>"));
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().id, added.value().id);
        QCOMPARE(updated.value().body, QStringLiteral("Lipa <<balance>>"));
        QVERIFY(!store.find(QStringLiteral("Reminder")).ok());

        const auto copy = store.duplicate(QStringLiteral("Payment reminder"),
                                          QStringLiteral("Payment reminder (copy)"));
        QVERIFY(copy.ok());
        QCOMPARE(copy.value().body, updated.value().body);
        QVERIFY(copy.value().id != updated.value().id);

        QVERIFY(store.markUsed(QStringLiteral("payment reminder")).ok());
        QVERIFY(store.find(QStringLiteral("Payment reminder")).value().lastUsedAt.isValid());

        QVERIFY(store.remove(QStringLiteral("Apology")).ok());
        QCOMPARE(store.list().value().size(), 2);
    }

    void namesAreUniqueAndNotBlank()
    {
        TemplateStore store(*m_database);
        QVERIFY(store.add(QStringLiteral("Promo"), QStringLiteral("a")).ok());
        auto clash = store.add(QStringLiteral("PROMO"), QStringLiteral("b"));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code, QStringLiteral("template_exists"));
        auto blank = store.add(QStringLiteral("   "), QStringLiteral("b"));
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().code, QStringLiteral("template_name_empty"));
        QVERIFY(store.add(QStringLiteral("Other"), QStringLiteral("c")).ok());
        auto renameClash
            = store.update(QStringLiteral("Other"), QStringLiteral("promo"), QStringLiteral("c"));
        QVERIFY(!renameClash.ok());
        QCOMPARE(renameClash.error().code, QStringLiteral("template_exists"));
        QCOMPARE(store.find(QStringLiteral("Other")).value().body, QStringLiteral("c"));
    }

    void missingTemplatesAreClearErrors()
    {
        TemplateStore store(*m_database);
        for (const auto& result :
             {store.find(QStringLiteral("nope")).ok(), store.remove(QStringLiteral("nope")).ok(),
              store.markUsed(QStringLiteral("nope")).ok(),
              store.duplicate(QStringLiteral("nope"), QStringLiteral("x")).ok()})
            QVERIFY(!result);
        QCOMPARE(store.find(QStringLiteral("nope")).error().code,
                 QStringLiteral("template_not_found"));
    }

    void availableFieldsIncludeCustomOnes()
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO contacts (phone, fields, created_at, updated_at) VALUES "
            "('+254712345678', '{\"Balance\":\"100\",\"branch\":\"Nairobi\"}', 0, 0), "
            "('+254712345679', '{\"due_date\":\"2026-12-01\",\"balance\":\"5\"}', 0, 0)")));
        // The import and the contact store register the field names they write.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO contact_fields (name, created_at) VALUES "
                                          "('Balance', 0), ('branch', 0), ('due_date', 0)")));
        const auto fields = TemplateStore(*m_database).availableFields();
        QVERIFY(fields.ok());
        QCOMPARE(fields.value(),
                 (QStringList {QStringLiteral("first_name"), QStringLiteral("last_name"),
                               QStringLiteral("phone"), QStringLiteral("email"),
                               QStringLiteral("balance"), QStringLiteral("branch"),
                               QStringLiteral("due_date")}));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
