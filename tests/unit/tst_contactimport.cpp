// SPDX-License-Identifier: GPL-3.0-or-later
// Import end to end on a real database: validation reasons, duplicates, existing numbers,
// groups, custom fields, all-or-nothing on cancel, and the stores it writes through.
#include "TestSupport.h"
#include "core/PhoneNumber.h"
#include "import/ContactExport.h"
#include "import/ContactImport.h"
#include "import/OptOutImport.h"
#include "import/SpreadsheetReader.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/SuppressionList.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tuma;
using tuma::test::readFile;
using tuma::test::writeFile;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(TUMA_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

ImportOptions optionsFor(SpreadsheetReader& reader, const QString& region = QStringLiteral("KE"))
{
    ImportOptions options;
    options.region = region;
    const QList<SheetRow> rows = reader.firstRows(51).value();
    QList<QStringList> sample;
    for (const SheetRow& row : rows)
        sample.append(row.cells);
    const QStringList header = sample.takeFirst();
    options.mapping = ImportMapping::guess(header, true, sample, region);
    return options;
}

qint64 countOf(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Every index of contacts as the schema defines it, by name.
QString indexesOfContacts(const Database& database)
{
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("SELECT group_concat(name || ': ' || sql, '; ') FROM "
                                     "(SELECT name, sql FROM sqlite_master WHERE type = "
                                     "'index' AND tbl_name = 'contacts' ORDER BY name)"))
            && query.next()
        ? query.value(0).toString()
        : QString();
}

} // namespace

class TestContactImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tuma-%1.db").arg(++m_counter));
        auto opened = Database::open(m_path);
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
    }
    void cleanup() { m_database.reset(); }

    void mappingIsGuessedFromHeaders()
    {
        const ImportMapping mapping = ImportMapping::guess(
            {QStringLiteral("MSISDN"), QStringLiteral("Customer Name"), QStringLiteral("E-mail"),
             QStringLiteral("Due Date"), QStringLiteral(""), QStringLiteral("Mobile")},
            true, {}, QStringLiteral("KE"));
        QCOMPARE(mapping.columns.size(), 6);
        QCOMPARE(mapping.columns.at(0).field, ImportField::Phone);
        QCOMPARE(mapping.columns.at(1).field, ImportField::FullName);
        QCOMPARE(mapping.columns.at(2).field, ImportField::Email);
        QCOMPARE(mapping.columns.at(3).field, ImportField::Custom);
        QCOMPARE(mapping.columns.at(3).customKey, QStringLiteral("due_date"));
        QCOMPARE(mapping.columns.at(4).field, ImportField::Ignore);
        // A second phone-like column is a custom field, not a second phone.
        QCOMPARE(mapping.columns.at(5).field, ImportField::Custom);

        const ImportMapping headerless
            = ImportMapping::guess({}, false,
                                   {{QStringLiteral("Jane"), QStringLiteral("0712345678")},
                                    {QStringLiteral("John"), QStringLiteral("0723456789")}},
                                   QStringLiteral("KE"));
        QCOMPARE(headerless.columnOf(ImportField::Phone), 1);
    }

    void mappingOverridesAndRoundTrip()
    {
        const QStringList header {QStringLiteral("Tel"), QStringLiteral("Other"),
                                  QStringLiteral("Amount")};
        ImportMapping mapping = ImportMapping::guess(header, true, {}, QStringLiteral("KE"));
        QVERIFY(mapping.apply(QStringLiteral("phone=other"), header).ok());
        QVERIFY(mapping.apply(QStringLiteral("balance=3"), header).ok());
        QCOMPARE(mapping.columnOf(ImportField::Phone), 1);
        QCOMPARE(mapping.columns.at(0).field, ImportField::Ignore);
        QCOMPARE(mapping.columns.at(2).customKey, QStringLiteral("balance"));
        QCOMPARE(mapping.apply(QStringLiteral("phone=Nope"), header).error().code,
                 QStringLiteral("unknown_column"));
        QCOMPARE(mapping.apply(QStringLiteral("phone"), header).error().code,
                 QStringLiteral("usage"));

        // Saved by header text, so a file with the columns moved maps the same way.
        const QJsonObject saved = mapping.toJson(header);
        const QStringList moved {QStringLiteral("Amount"), QStringLiteral("Other"),
                                 QStringLiteral("Tel")};
        const ImportMapping reused = ImportMapping::fromJson(saved, moved);
        QCOMPARE(reused.columnOf(ImportField::Phone), 1);
        QCOMPARE(reused.columns.at(0).customKey, QStringLiteral("balance"));
        QCOMPARE(reused.columns.at(2).field, ImportField::Ignore);
    }

    void validationGivesEveryRowAReason()
    {
        auto reader = SpreadsheetReader::open(fixture("contacts-quirks.csv"));
        QVERIFY(reader.ok());
        ContactImport job(optionsFor(*reader.value()));
        const Result<ImportReport> report = job.validate(*m_database, *reader.value());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        const ImportCounts& counts = report.value().counts;
        QCOMPARE(counts.rows, 11);
        QCOMPARE(counts.imported, 5);
        QCOMPARE(counts.duplicates, 1);
        QCOMPARE(counts.invalid, 5);
        QCOMPARE(counts.imported + counts.updated + counts.existing + counts.duplicates
                     + counts.invalid,
                 counts.rows);

        QHash<qint64, QString> codeByLine;
        for (const RejectedRow& row : report.value().rejected)
            codeByLine.insert(row.rowNumber, row.code);
        QCOMPARE(codeByLine.value(3), QStringLiteral("duplicate"));
        QCOMPARE(codeByLine.value(6), QStringLiteral("scientific_notation"));
        QCOMPARE(codeByLine.value(7), QStringLiteral("empty"));
        QCOMPARE(codeByLine.value(8), QStringLiteral("not_a_number"));
        QCOMPARE(codeByLine.value(9), QStringLiteral("too_short"));
        QCOMPARE(codeByLine.value(10), QStringLiteral("not_mobile"));
        // Validation writes nothing.
        QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contacts")), 0);

        QTemporaryDir dir;
        const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
        QVERIFY(ContactImport::writeRejects(report.value(), rejects).ok());
        const QByteArray bytes = readFile(rejects);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY2(text.startsWith(QStringLiteral("line,reason,Phone,Name")),
                 qPrintable(text.left(40)));
        QVERIFY2(text.contains(QLatin1String("6,")) && text.contains(QLatin1String("scientific")),
                 qPrintable(text));
        QCOMPARE(text.count(QLatin1String("\r\n")), 7);
    }

    void importWritesContactsGroupsAndFields()
    {
        auto reader = SpreadsheetReader::open(fixture("contacts-quirks.csv"));
        QVERIFY(reader.ok());
        ImportOptions options = optionsFor(*reader.value());
        options.groupName = QStringLiteral("October list");
        ContactImport job(options);
        QVERIFY(job.validate(*m_database, *reader.value()).ok());
        const Result<ImportReport> report = job.commit(*m_database);
        QVERIFY2(report.ok(),
                 qPrintable(report.ok() ? QString() : report.error().messageWithDetail()));
        QVERIFY(report.value().committed);

        ContactStore store(*m_database);
        QCOMPARE(store.count({}).value(), 5);
        const Contact jane = store.findByPhone(QStringLiteral("+254712345678")).value();
        QCOMPARE(jane.firstName, QStringLiteral("Jane"));
        QCOMPARE(jane.lastName, QStringLiteral("Wanjiku"));
        QCOMPARE(jane.email, QStringLiteral("jane@example.com"));
        QCOMPARE(jane.fields.value(QStringLiteral("balance")), QStringLiteral("1200"));
        QCOMPARE(jane.fields.value(QStringLiteral("branch")), QStringLiteral("Nairobi"));
        QCOMPARE(jane.groups, QStringList {QStringLiteral("October list")});
        QVERIFY(store.findByPhone(QStringLiteral("+233241234567")).ok());
        QCOMPARE(store.findByPhone(QStringLiteral("+254733111222")).value().firstName,
                 QStringLiteral("Padded"));
        QCOMPARE(store.customFields().value(),
                 (QStringList {QStringLiteral("balance"), QStringLiteral("branch")}));
        QCOMPARE(GroupStore(*m_database).find(QStringLiteral("october LIST")).value().members, 5);

        // Again, now every number is there: skipped by default, updated on request.
        auto again = SpreadsheetReader::open(fixture("contacts-quirks.csv"));
        ImportOptions skip = optionsFor(*again.value());
        ContactImport second(skip);
        const ImportCounts skipped = second.validate(*m_database, *again.value()).value().counts;
        QCOMPARE(skipped.existing, 5);
        QCOMPARE(skipped.imported, 0);

        QVERIFY(writeFileIn(QStringLiteral("update.csv"), "Phone,Balance,Name\n0712345678,99,\n"));
        auto update = SpreadsheetReader::open(m_dir.filePath(QStringLiteral("update.csv")));
        ImportOptions updateOptions = optionsFor(*update.value());
        updateOptions.onExisting = ImportOptions::OnExisting::Update;
        ContactImport third(updateOptions);
        QCOMPARE(third.validate(*m_database, *update.value()).value().counts.updated, 1);
        const Result<ImportReport> thirdCommit = third.commit(*m_database);
        QVERIFY2(
            thirdCommit.ok(),
            qPrintable(thirdCommit.ok() ? QString() : thirdCommit.error().messageWithDetail()));
        const Contact updated = store.findByPhone(QStringLiteral("+254712345678")).value();
        QCOMPARE(updated.fields.value(QStringLiteral("balance")), QStringLiteral("99"));
        // Empty cells leave what was there.
        QCOMPARE(updated.firstName, QStringLiteral("Jane"));
        QCOMPARE(updated.fields.value(QStringLiteral("branch")), QStringLiteral("Nairobi"));
    }

    void forcedNumbersAreTakenAsTyped()
    {
        // 0799 is a range the 2022 metadata may not know: the user can force it in.
        QVERIFY(writeFileIn(QStringLiteral("forced.csv"), "Phone\n0109999999\n"));
        auto reader = SpreadsheetReader::open(m_dir.filePath(QStringLiteral("forced.csv")));
        ImportOptions options = optionsFor(*reader.value());
        ContactImport first(options);
        QCOMPARE(first.validate(*m_database, *reader.value()).value().counts.invalid, 1);
        options.forcedRows.insert(2);
        ContactImport forced(options);
        QCOMPARE(forced.validate(*m_database, *reader.value()).value().counts.imported, 1);
        QVERIFY(forced.commit(*m_database).ok());
        QVERIFY(ContactStore(*m_database).findByPhone(QStringLiteral("+254109999999")).ok());
    }

    void valuesSayTheirKind_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("kind"); // -1: none
        const int text = int(FieldKind::Text);
        const int number = int(FieldKind::Number);
        const int date = int(FieldKind::Date);
        QTest::newRow("integer") << QStringLiteral("1200") << number;
        QTest::newRow("decimal") << QStringLiteral("99933.66") << number;
        QTest::newRow("negative") << QStringLiteral("-3.5") << number;
        QTest::newRow("thousands") << QStringLiteral("1,200,000.50") << number;
        QTest::newRow("bad grouping") << QStringLiteral("12,00") << text;
        QTest::newRow("trailing point") << QStringLiteral("12.") << text;
        QTest::newRow("currency") << QStringLiteral("KES 1,200") << text;
        QTest::newRow("phone-like") << QStringLiteral("0712 345 678") << text;
        QTest::newRow("iso") << QStringLiteral("2026-12-10") << date;
        QTest::newRow("iso with time") << QStringLiteral("2026-12-10T09:30:00") << date;
        QTest::newRow("day first") << QStringLiteral("10/12/2026") << date;
        QTest::newRow("short day first") << QStringLiteral("1/2/2027") << date;
        QTest::newRow("no such day") << QStringLiteral("31/02/2026") << text;
        QTest::newRow("two-digit year") << QStringLiteral("10/12/26") << text;
        QTest::newRow("word") << QStringLiteral("Thika") << text;
        QTest::newRow("n/a") << QStringLiteral("n/a") << text;
        QTest::newRow("empty") << QStringLiteral("  ") << -1;
    }

    void valuesSayTheirKind()
    {
        QFETCH(QString, value);
        QFETCH(int, kind);
        const std::optional<FieldKind> read = ContactStore::valueKind(value);
        QCOMPARE(read ? int(*read) : -1, kind);
    }

    void numbersAndDatesSortAsSuch()
    {
        QVERIFY(writeFileIn(QStringLiteral("kinds.csv"),
                            "Phone,Balance,Due,Branch\n"
                            "0712000001,99933.66,10/12/2026,Thika\n"
                            "0712000002,9993.71,2/1/2027,Nakuru\n"
                            "0712000003,999.68,2026-12-24,Accra\n"
                            "0712000004,\"1,200.50\",1/12/2026,Embu\n"
                            "0712000005,,,\n"));
        auto reader = SpreadsheetReader::open(m_dir.filePath(QStringLiteral("kinds.csv")));
        ContactImport job(optionsFor(*reader.value()));
        QVERIFY(job.run(*m_database, *reader.value()).ok());
        ContactStore store(*m_database);
        const auto sorted = [&](const QString& field, Qt::SortOrder order) {
            ContactQuery query;
            query.sort = ContactQuery::Sort::Field;
            query.sortField = field;
            query.order = order;
            QStringList values;
            for (const Contact& contact : store.list(query, 10, 0).value()) {
                const QString value = contact.fields.value(field);
                if (!value.isEmpty())
                    values.append(value);
            }
            return values;
        };
        // Each new field has the kind of its imported values; the index for it comes with the
        // first sort.
        QCOMPARE(store.fieldKind(QStringLiteral("balance")).value(), FieldKind::Number);
        QCOMPARE(store.fieldKind(QStringLiteral("due")).value(), FieldKind::Date);
        QCOMPARE(store.fieldKind(QStringLiteral("branch")).value(), FieldKind::Text);
        QVERIFY(!store.hasSortIndex(ContactQuery::Sort::Field, QStringLiteral("balance")).value());
        QVERIFY(store.createSortIndex(ContactQuery::Sort::Field, QStringLiteral("balance")).ok());
        QVERIFY(store.createSortIndex(ContactQuery::Sort::Field, QStringLiteral("due")).ok());
        QVERIFY(store.createSortIndex(ContactQuery::Sort::Field, QStringLiteral("branch")).ok());
        QVERIFY(store.hasSortIndex(ContactQuery::Sort::Field, QStringLiteral("balance")).value());
        QCOMPARE(sorted(QStringLiteral("balance"), Qt::DescendingOrder),
                 (QStringList {QStringLiteral("99933.66"), QStringLiteral("9993.71"),
                               QStringLiteral("1,200.50"), QStringLiteral("999.68")}));
        QCOMPARE(sorted(QStringLiteral("due"), Qt::AscendingOrder),
                 (QStringList {QStringLiteral("1/12/2026"), QStringLiteral("10/12/2026"),
                               QStringLiteral("2026-12-24"), QStringLiteral("2/1/2027")}));
        QCOMPARE(sorted(QStringLiteral("branch"), Qt::AscendingOrder),
                 (QStringList {QStringLiteral("Accra"), QStringLiteral("Embu"),
                               QStringLiteral("Nakuru"), QStringLiteral("Thika")}));
        // The planner sorts a million by the index, not in memory.
        QSqlQuery plan(m_database->connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM contacts c ORDER BY ")
                          + ContactStore::fieldSortExpression(QStringLiteral("balance"),
                                                              QStringLiteral("c.fields"),
                                                              FieldKind::Number)));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + u'\n';
        QVERIFY2(!steps.contains(QLatin1String("TEMP B-TREE")), qPrintable(steps));

        // A value of another kind typed by hand: the kind is decided again from every value,
        // now text.
        Contact odd = store.findByPhone(QStringLiteral("+254712000005")).value();
        odd.fields.insert(QStringLiteral("balance"), QStringLiteral("n/a"));
        QVERIFY(store.update(odd).ok());
        QVERIFY(!store.fieldKind(QStringLiteral("balance")).value());
        QVERIFY(!store.hasSortIndex(ContactQuery::Sort::Field, QStringLiteral("balance")).value());
        QVERIFY(store.createSortIndex(ContactQuery::Sort::Field, QStringLiteral("balance")).ok());
        QCOMPARE(store.fieldKind(QStringLiteral("balance")).value(), FieldKind::Text);
        // Text takes any value: a number written later keeps the kind and its index.
        Contact numeric = store.findByPhone(QStringLiteral("+254712000002")).value();
        numeric.fields.insert(QStringLiteral("balance"), QStringLiteral("12"));
        QVERIFY(store.update(numeric).ok());
        QCOMPARE(store.fieldKind(QStringLiteral("balance")).value(), FieldKind::Text);
        QVERIFY(store.hasSortIndex(ContactQuery::Sort::Field, QStringLiteral("balance")).value());
        // A value of the field's own kind keeps it and its index.
        Contact same = store.findByPhone(QStringLiteral("+254712000001")).value();
        same.fields.insert(QStringLiteral("due"), QStringLiteral("25/12/2026"));
        QVERIFY(store.update(same).ok());
        QCOMPARE(store.fieldKind(QStringLiteral("due")).value(), FieldKind::Date);
        QVERIFY(store.hasSortIndex(ContactQuery::Sort::Field, QStringLiteral("due")).value());
        // An import whose dates are not all dates makes the field text again.
        QVERIFY(writeFileIn(QStringLiteral("more.csv"), "Phone,Due\n0712000006,soon\n"));
        auto more = SpreadsheetReader::open(m_dir.filePath(QStringLiteral("more.csv")));
        ContactImport second(optionsFor(*more.value()));
        QVERIFY(second.run(*m_database, *more.value()).ok());
        QVERIFY(!store.fieldKind(QStringLiteral("due")).value());
    }

    // Another window or process writing: the sort index is not made, and the error says the
    // database was busy (try again), not that it is broken.
    void aSortIndexAskedWhileAnotherWritesSaysBusy()
    {
        QVERIFY(writeFileIn(QStringLiteral("busy.csv"), "Phone,Town\n0712000001,Embu\n"));
        auto reader = SpreadsheetReader::open(m_dir.filePath(QStringLiteral("busy.csv")));
        QVERIFY(ContactImport(optionsFor(*reader.value())).run(*m_database, *reader.value()).ok());
        auto other = Database::open(m_database->path(), QStringLiteral("other"));
        QVERIFY(other.ok());
        QSqlQuery hold(other.value()->connection());
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        ContactStore store(*m_database);
        {
            const Database::ShortWait shortWait(*m_database, 50);
            const Result<void> made
                = store.createSortIndex(ContactQuery::Sort::Field, QStringLiteral("town"));
            QVERIFY(!made);
            QCOMPARE(made.error().code, QStringLiteral("database_busy"));
            QVERIFY2(made.error().message.contains(QLatin1String("town")),
                     qPrintable(made.error().message));
        }
        QVERIFY(other.value()->connection().rollback());
        QVERIFY(!store.hasSortIndex(ContactQuery::Sort::Field, QStringLiteral("town")).value());
        QVERIFY(store.createSortIndex(ContactQuery::Sort::Field, QStringLiteral("town")).ok());
        QVERIFY(store.hasSortIndex(ContactQuery::Sort::Field, QStringLiteral("town")).value());
    }

    void anotherCountrysNumbersAreOfferedNeverMadeKenyan()
    {
        // A Kenyan file with Ghanaians written the Ghanaian way: 024 is no Kenyan number, 020
        // is a Nairobi landline as well as a Ghanaian mobile; 0712 is simply too short.
        QVERIFY(writeFileIn(QStringLiteral("mixed.csv"),
                            "Phone,Name\n0712345678,Wanjiru\n024 412 3456,Kofi\n"
                            "0201234567,Ama\n0712,Short\n+233 24 412 3457,Esi\n"));
        auto reader = SpreadsheetReader::open(m_dir.filePath(QStringLiteral("mixed.csv")));
        ImportOptions options = optionsFor(*reader.value());
        // Ticking every rejected row to add it "anyway" must not make them Kenyan.
        options.forcedRows = {3, 4, 5};
        ContactImport offered(options);
        const ImportReport report = offered.validate(*m_database, *reader.value()).value();
        QCOMPARE(report.counts.imported, 2);
        QCOMPARE(report.counts.invalid, 3);
        QCOMPARE(report.otherCountries.value(QStringLiteral("GH")), 2);
        QCOMPARE(report.otherCountries.size(), 1);
        QCOMPARE(report.reasonCounts.value(QStringLiteral("other_country")), 1);
        QCOMPARE(report.reasonCounts.value(QStringLiteral("not_mobile")), 1);
        const RejectedRow& kofi = report.rejected.at(0);
        QCOMPARE(kofi.rowNumber, 3);
        QCOMPARE(kofi.code, QStringLiteral("other_country"));
        QCOMPARE(kofi.otherRegion, QStringLiteral("GH"));
        QVERIFY2(kofi.reason.contains(QLatin1String("Ghana"))
                     && kofi.reason.contains(QLatin1String("+233244123456")),
                 qPrintable(kofi.reason));
        QCOMPARE(report.rejected.at(1).otherRegion, QStringLiteral("GH"));
        QVERIFY2(report.rejected.at(1).reason.contains(QLatin1String("landline"))
                     && report.rejected.at(1).reason.contains(QLatin1String("+233201234567")),
                 qPrintable(report.rejected.at(1).reason));
        QCOMPARE(report.rejected.at(2).rowNumber, 5); // too short even when forced
        QVERIFY(offered.commit(*m_database).ok());
        ContactStore store(*m_database);
        QVERIFY(!store.findByPhone(QStringLiteral("+254244123456")).ok());
        QVERIFY(!store.findByPhone(QStringLiteral("+254201234567")).ok());

        // Accepted as Ghana's, they are Ghanaian.
        options.forcedRows.clear();
        options.otherRegions = {QStringLiteral("GH")};
        ContactImport accepted(options);
        const ImportReport second = accepted.validate(*m_database, *reader.value()).value();
        QCOMPARE(second.counts.imported, 2);
        QCOMPARE(second.counts.existing, 2);
        QCOMPARE(second.counts.invalid, 1);
        QCOMPARE(second.otherCountries.value(QStringLiteral("GH")), 2);
        QVERIFY(accepted.commit(*m_database).ok());
        QCOMPARE(store.findByPhone(QStringLiteral("+233244123456")).value().firstName,
                 QStringLiteral("Kofi"));
        QCOMPARE(store.findByPhone(QStringLiteral("+233201234567")).value().firstName,
                 QStringLiteral("Ama"));
    }

    void aNumberSeveralCountriesWriteAlikeIsNeverGuessed()
    {
        // In a Ghanaian file, 0772 123 456 is a Kenyan and a Ugandan mobile alike.
        QVERIFY(writeFileIn(QStringLiteral("eastern.csv"), "Phone\n0772 123 456\n"));
        auto reader = SpreadsheetReader::open(m_dir.filePath(QStringLiteral("eastern.csv")));
        ImportOptions options = optionsFor(*reader.value(), QStringLiteral("GH"));
        options.forcedRows = {2};
        options.otherRegions = {QStringLiteral("KE")};
        ContactImport job(options);
        const ImportReport report = job.validate(*m_database, *reader.value()).value();
        QCOMPARE(report.counts.invalid, 1);
        QVERIFY(report.otherCountries.isEmpty()); // nothing to offer
        const RejectedRow& row = report.rejected.constFirst();
        QCOMPARE(row.code, QStringLiteral("other_country"));
        QVERIFY(row.otherRegion.isEmpty());
        QVERIFY2(row.reason.contains(QLatin1String("Kenya"))
                     && row.reason.contains(QLatin1String("Uganda"))
                     && row.reason.contains(QLatin1String("country code")),
                 qPrintable(row.reason));
    }

    void changesBetweenCheckAndWriteKeepTheCountsTrue()
    {
        QVERIFY(writeFileIn(QStringLiteral("race.csv"), "Phone\n0712345678\n0723456789\n"));
        auto reader = SpreadsheetReader::open(m_dir.filePath(QStringLiteral("race.csv")));
        ImportOptions options = optionsFor(*reader.value());
        options.groupName = QStringLiteral("Race");
        ContactImport job(options);
        QCOMPARE(job.validate(*m_database, *reader.value()).value().counts.imported, 2);
        // Someone saves one of the numbers by hand before Import is pressed.
        Contact meanwhile;
        meanwhile.phone = QStringLiteral("+254712345678");
        QVERIFY(ContactStore(*m_database).add(meanwhile).ok());
        const ImportCounts counts = job.commit(*m_database).value().counts;
        QCOMPARE(counts.imported, 1);
        QCOMPARE(counts.existing, 1);
        QCOMPARE(counts.imported + counts.updated + counts.existing + counts.duplicates
                     + counts.invalid,
                 counts.rows);
        QCOMPARE(GroupStore(*m_database).find(QStringLiteral("Race")).value().members, 2);
    }

    void optOutsImportTumasOwnCsvExport()
    {
        Contact contact;
        contact.phone = QStringLiteral("+254712345678");
        QVERIFY(ContactStore(*m_database).add(contact).ok());
        const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
        QCOMPARE(ContactExport::write(*m_database, {}, csv).value(), 1);
        auto reader = SpreadsheetReader::open(csv);
        const OptOutImportCounts counts
            = OptOutImport::run(*m_database, *reader.value(), QStringLiteral("KE")).value();
        QCOMPARE(counts.rows, 1);
        QCOMPARE(counts.added, 1);
        QCOMPARE(counts.invalid, 0);
        QVERIFY(SuppressionList(*m_database).contains(QStringLiteral("+254712345678")).value());
        // A number "+0…" is not forced into another country's range.
        QCOMPARE(
            PhoneNumber::forced(QStringLiteral("+0712345678"), QStringLiteral("KE")).error().code,
            QStringLiteral("invalid"));
    }

    void optOutsImportKeepReasonsAndListRowsNotRead()
    {
        const QString csv = m_dir.filePath(QStringLiteral("optouts-with-reasons.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Phone,Name,Reason\n"
                   "0712 345 678,Wanjiku,\"Replied STOP, 3 Dec\"\n"
                   "12,Otieno,asked by phone\n"
                   ",Akinyi,\n"
                   "+233 24 123 4567,Ama,Sababu: hataki\n"
                   "0712345678,Wanjiku,second row\n");
        file.close();
        auto reader = SpreadsheetReader::open(csv);
        QVERIFY(reader.ok());
        const OptOutImportCounts counts
            = OptOutImport::run(*m_database, *reader.value(), QStringLiteral("KE")).value();
        QCOMPARE(counts.rows, 5);
        QCOMPARE(counts.added, 2);
        QCOMPARE(counts.alreadyListed, 1);
        QCOMPARE(counts.invalid, 2);
        QVERIFY(counts.reasonColumn);
        // The rows not read, by their line in the file (the header is line 1).
        QCOMPARE(counts.rejected.size(), 2);
        QCOMPARE(counts.rejected.at(0).line, 3);
        QCOMPARE(counts.rejected.at(0).cell, QStringLiteral("12"));
        QVERIFY(!counts.rejected.at(0).why.isEmpty());
        QCOMPARE(counts.rejected.at(1).line, 4);
        QCOMPARE(counts.rejected.at(1).why, QStringLiteral("no number"));
        // Each number keeps the reason of its first row.
        QHash<QString, QString> reasons;
        for (const OptOut& optOut : SuppressionList(*m_database).list({}, 10, 0).value())
            reasons.insert(optOut.phone, optOut.reason);
        QCOMPARE(reasons.value(QStringLiteral("+254712345678")),
                 QStringLiteral("Replied STOP, 3 Dec"));
        QCOMPARE(reasons.value(QStringLiteral("+233241234567")), QStringLiteral("Sababu: hataki"));
    }

    void cancelledImportChangesNothing()
    {
        QByteArray text = "Phone,Name,Balance\n";
        for (int i = 0; i < 30000; ++i)
            text += QByteArray("07") + QByteArray::number(10000000 + i) + ",Name "
                + QByteArray::number(i) + ",5\n";
        QVERIFY(writeFileIn(QStringLiteral("many.csv"), text));
        auto reader = SpreadsheetReader::open(m_dir.filePath(QStringLiteral("many.csv")));
        ImportOptions options = optionsFor(*reader.value());
        options.groupName = QStringLiteral("Never");
        ContactImport job(options);
        QCOMPARE(job.validate(*m_database, *reader.value()).value().counts.imported, 30000);
        std::atomic_bool cancel = false;
        const Result<ImportReport> cancelled = job.commit(
            *m_database,
            [&](double fraction) {
                if (fraction > 0.5)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
        QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contacts")), 0);
        QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contact_groups")), 0);
        QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contact_fields")), 0);

        // The same job, not cancelled, then writes everything.
        QVERIFY(job.commit(*m_database).ok());
        QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contacts")), 30000);
    }

    // A large import into a small table drops every index of contacts, the phone index too,
    // and builds them again: the same indexes come back, a number stays unique, contacts
    // saved before keep their groups, and a Cancel while the indexes build changes nothing.
    void aLargeImportRebuildsEveryIndex()
    {
        ContactStore store(*m_database);
        Contact known;
        known.phone = QStringLiteral("+254710000000");
        known.firstName = QStringLiteral("Known");
        const qint64 knownId = store.add(known).value().id;
        Contact other;
        other.phone = QStringLiteral("+254799999999");
        QVERIFY(store.add(other).ok());
        const qint64 oldGroup = GroupStore(*m_database).create(QStringLiteral("Old")).value().id;
        QCOMPARE(GroupStore(*m_database).addMembers(oldGroup, {knownId}).value(), 1);
        QVERIFY(store.createSortIndex(ContactQuery::Sort::Field, QStringLiteral("balance")).ok());
        const auto indexes = [this] { return indexesOfContacts(*m_database); };
        const QString indexesBefore = indexes();
        QVERIFY(indexesBefore.contains(QStringLiteral("contacts_phone")));
        QVERIFY(indexesBefore.contains(QStringLiteral("contacts_field_balance")));

        constexpr int kRows = 60000;
        QByteArray text = "Phone,Name,Balance\n";
        for (int i = 0; i < kRows; ++i)
            text += "07" + QByteArray::number(10000000 + i) + ",Name " + QByteArray::number(i) + ","
                + QByteArray::number(i) + "\n";
        text += "0710000001,Again,1\n";
        QVERIFY(writeFileIn(QStringLiteral("large.csv"), text));
        auto reader = SpreadsheetReader::open(m_dir.filePath(QStringLiteral("large.csv")));
        ImportOptions options = optionsFor(*reader.value());
        options.onExisting = ImportOptions::OnExisting::Update;
        options.groupName = QStringLiteral("Large");
        ContactImport job(options);
        const ImportCounts checked = job.validate(*m_database, *reader.value()).value().counts;
        QCOMPARE(checked.rows, kRows + 1);
        QCOMPARE(checked.imported, kRows - 1);
        QCOMPARE(checked.updated, 1);
        QCOMPARE(checked.duplicates, 1);
        // Saved by hand between the check and Import: found without the phone index.
        Contact meanwhile;
        meanwhile.phone = QStringLiteral("+254710000005");
        QVERIFY(store.add(meanwhile).ok());

        std::atomic_bool cancel = false;
        const Result<ImportReport> cancelled = job.commit(
            *m_database,
            [&](double fraction) {
                if (fraction > 0.6) // the first index is built: stop during the next
                    cancel = true;
            },
            &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
        QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contacts")), 3);
        QCOMPARE(indexes(), indexesBefore);

        const Result<ImportReport> written = job.commit(*m_database);
        QVERIFY2(written.ok(),
                 qPrintable(written.ok() ? QString() : written.error().messageWithDetail()));
        const ImportCounts counts = written.value().counts;
        QCOMPARE(counts.imported, kRows - 2);
        QCOMPARE(counts.updated, 2);
        QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contacts")), kRows + 1);
        QCOMPARE(indexes(), indexesBefore);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO contacts (phone, created_at, "
                                           "updated_at) VALUES ('+254710000009', 0, 0)")));
        // Updated in place: the id and the old group stay, the file's values and group join.
        const Contact updated = store.findByPhone(QStringLiteral("+254710000000")).value();
        QCOMPARE(updated.id, knownId);
        QCOMPARE(updated.firstName, QStringLiteral("Name"));
        QCOMPARE(updated.fields.value(QStringLiteral("balance")), QStringLiteral("0"));
        QCOMPARE(updated.groups, (QStringList {QStringLiteral("Large"), QStringLiteral("Old")}));
        QCOMPARE(GroupStore(*m_database).find(QStringLiteral("Large")).value().members, kRows);
        // New contacts in the file's order.
        QCOMPARE(store.findByPhone(QStringLiteral("+254710000002")).value().id + 1,
                 store.findByPhone(QStringLiteral("+254710000003")).value().id);
        // The connection's own settings are back.
        QCOMPARE(countOf(*m_database, QStringLiteral("PRAGMA wal_autocheckpoint")), 1000);
    }

    // tuma-cli's one pass (checking on a second thread while this one writes) gives what the
    // wizard's two steps give; past 50,000 new rows it switches to rebuilding the indexes
    // mid-way; a Cancel or an empty file changes nothing.
    void aOnePassImportIsTheTwoStepsAtOnce()
    {
        ContactStore store(*m_database);
        Contact known;
        known.phone = QStringLiteral("+254710000007");
        known.lastName = QStringLiteral("Kept");
        const qint64 knownId = store.add(known).value().id;
        const auto indexes = [this] { return indexesOfContacts(*m_database); };
        const QString indexesBefore = indexes();

        constexpr int kRows = 55000;
        QByteArray text = "Phone,First Name,Balance,Group\n";
        for (int i = 0; i < kRows; ++i)
            text += "07" + QByteArray::number(10000000 + i) + ",N" + QByteArray::number(i) + ","
                + QByteArray::number(i) + "," + (i % 2 ? "Odd" : "Even") + "\n";
        text += "0710000001,Again,1,Odd\n";
        text += "not a number,Bad,1,Odd\n";
        QVERIFY(writeFileIn(QStringLiteral("one-pass.csv"), text));
        const QString path = m_dir.filePath(QStringLiteral("one-pass.csv"));

        {
            auto reader = SpreadsheetReader::open(path);
            ContactImport job(optionsFor(*reader.value()));
            std::atomic_bool cancel = false;
            const Result<ImportReport> cancelled = job.run(
                *m_database, *reader.value(),
                [&](double fraction) {
                    if (fraction > 0.3)
                        cancel = true;
                },
                &cancel);
            QVERIFY(!cancelled.ok());
            QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
            QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contacts")), 1);
            QCOMPARE(indexes(), indexesBefore);
        }

        {
            // A file that goes bad past the 50,000th row (a NUL byte): the rows written
            // before it, and the dropped indexes, are all rolled back.
            QByteArray broken = text;
            broken.insert(broken.indexOf("\n07" + QByteArray::number(10052000)), '\0');
            QVERIFY(writeFileIn(QStringLiteral("broken.csv"), broken));
            auto reader = SpreadsheetReader::open(m_dir.filePath(QStringLiteral("broken.csv")));
            ContactImport job(optionsFor(*reader.value()));
            const Result<ImportReport> failed = job.run(*m_database, *reader.value());
            QVERIFY(!failed.ok());
            QVERIFY2(failed.error().message.contains(QLatin1String("52001")),
                     qPrintable(failed.error().message));
            QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contacts")), 1);
            QCOMPARE(indexes(), indexesBefore);
        }

        auto reader = SpreadsheetReader::open(path);
        ImportOptions options = optionsFor(*reader.value());
        options.groupName = QStringLiteral("All");
        ContactImport job(options);
        const Result<ImportReport> written = job.run(*m_database, *reader.value());
        QVERIFY2(written.ok(),
                 qPrintable(written.ok() ? QString() : written.error().messageWithDetail()));
        const ImportCounts counts = written.value().counts;
        QCOMPARE(counts.rows, kRows + 2);
        QCOMPARE(counts.imported, kRows - 1);
        QCOMPARE(counts.existing, 1);
        QCOMPARE(counts.duplicates, 1);
        QCOMPARE(counts.invalid, 1);
        QCOMPARE(written.value().rejected.size(), 2);
        QCOMPARE(written.value().rejected.first().rowNumber, kRows + 2);
        QCOMPARE(countOf(*m_database, QStringLiteral("SELECT count(*) FROM contacts")), kRows);
        QCOMPARE(indexes(), indexesBefore);
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        // Skipped, not changed, yet in the file's group; the others in the file's order.
        const Contact kept = store.findByPhone(QStringLiteral("+254710000007")).value();
        QCOMPARE(kept.id, knownId);
        QCOMPARE(kept.firstName, QString());
        QCOMPARE(kept.groups, (QStringList {QStringLiteral("All"), QStringLiteral("Odd")}));
        const Contact last = store.findByPhone(QStringLiteral("+254710054999")).value();
        QCOMPARE(last.firstName, QStringLiteral("N54999"));
        QCOMPARE(last.fields.value(QStringLiteral("balance")), QStringLiteral("54999"));
        QCOMPARE(store.findByPhone(QStringLiteral("+254710000002")).value().id + 1,
                 store.findByPhone(QStringLiteral("+254710000003")).value().id);
        QCOMPARE(GroupStore(*m_database).find(QStringLiteral("All")).value().members, kRows);
        QCOMPARE(GroupStore(*m_database).find(QStringLiteral("Odd")).value().members, kRows / 2);

        // The same file the wizard's way, into a fresh database: the same outcome.
        auto other = Database::open(m_dir.filePath(QStringLiteral("two-steps.db")));
        QVERIFY(other.ok());
        Contact knownThere;
        knownThere.phone = known.phone;
        QVERIFY(ContactStore(*other.value()).add(knownThere).ok());
        auto again = SpreadsheetReader::open(path);
        ContactImport twoSteps(options);
        QVERIFY(twoSteps.validate(*other.value(), *again.value()).ok());
        const ImportCounts twoStepCounts = twoSteps.commit(*other.value()).value().counts;
        QCOMPARE(twoStepCounts.imported, counts.imported);
        QCOMPARE(twoStepCounts.existing, counts.existing);
        QCOMPARE(twoStepCounts.duplicates, counts.duplicates);
        QCOMPARE(twoStepCounts.invalid, counts.invalid);

        QVERIFY(writeFileIn(QStringLiteral("header-only.csv"), "Phone,Name\n"));
        auto empty = SpreadsheetReader::open(m_dir.filePath(QStringLiteral("header-only.csv")));
        ImportOptions emptyOptions;
        emptyOptions.mapping = ImportMapping::guess(
            {QStringLiteral("Phone"), QStringLiteral("Name")}, true, {}, QStringLiteral("KE"));
        emptyOptions.groupName = QStringLiteral("Nobody");
        ContactImport nothing(emptyOptions);
        const Result<ImportReport> refused = nothing.run(*m_database, *empty.value());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("empty_file"));
        QVERIFY(!GroupStore(*m_database).find(QStringLiteral("Nobody")).ok());
    }

    void storeSearchSortAndGroups()
    {
        ContactStore store(*m_database);
        const auto add = [&](const char* phone, const char* first, const char* last) {
            Contact contact;
            contact.phone = QLatin1String(phone);
            contact.firstName = QLatin1String(first);
            contact.lastName = QLatin1String(last);
            return store.add(contact).value().id;
        };
        const qint64 jane = add("+254712345678", "Jane", "Wanjiku");
        const qint64 john = add("+254723456789", "John", "Otieno");
        add("+233241234567", "Kofi", "Mensah");
        Contact duplicate;
        duplicate.phone = QStringLiteral("+254712345678");
        QCOMPARE(store.add(duplicate).error().code, QStringLiteral("contact_exists"));
        Contact renumbered = store.find(john).value();
        renumbered.phone = QStringLiteral("+254712345678");
        QCOMPARE(store.update(renumbered).error().code, QStringLiteral("contact_exists"));

        ContactQuery query;
        query.region = QStringLiteral("KE");
        const auto phonesFor = [&](const QString& search) {
            query.search = search;
            QStringList phones;
            for (const Contact& contact : store.list(query, 100, 0).value())
                phones.append(contact.phone);
            // The count answers the same question as the list.
            if (store.count(query).value() != phones.size())
                phones.append(QStringLiteral("count differs"));
            return phones;
        };
        QCOMPARE(phonesFor(QStringLiteral("ja")), QStringList {QStringLiteral("+254712345678")});
        QCOMPARE(phonesFor(QStringLiteral("OTI")), QStringList {QStringLiteral("+254723456789")});
        QCOMPARE(phonesFor(QStringLiteral("0712")), QStringList {QStringLiteral("+254712345678")});
        QCOMPARE(phonesFor(QStringLiteral("0712 345")),
                 QStringList {QStringLiteral("+254712345678")});
        QCOMPARE(phonesFor(QStringLiteral("+233")), QStringList {QStringLiteral("+233241234567")});
        QCOMPARE(phonesFor(QStringLiteral("jane wan")),
                 QStringList {QStringLiteral("+254712345678")});
        QCOMPARE(phonesFor(QStringLiteral("jane otieno")), QStringList());
        QCOMPARE(phonesFor(QString()).size(), 3);

        query.search.clear();
        query.sort = ContactQuery::Sort::LastName;
        query.order = Qt::DescendingOrder;
        QCOMPARE(store.list(query, 1, 0).value().first().lastName, QStringLiteral("Wanjiku"));

        GroupStore groups(*m_database);
        const GroupSummary vip = groups.create(QStringLiteral("VIP")).value();
        QCOMPARE(groups.create(QStringLiteral("vip")).error().code, QStringLiteral("group_exists"));
        QCOMPARE(groups.addMembers(vip.id, {jane, john, jane}).value(), 2);
        QCOMPARE(groups.removeMembers(vip.id, {john}).value(), 1);
        query = {};
        query.groupId = vip.id;
        QCOMPARE(store.count(query).value(), 1);
        QVERIFY(groups.rename(vip.id, QStringLiteral("Gold")).ok());
        QVERIFY(groups.remove(vip.id).ok());
        QCOMPARE(store.count({}).value(), 3); // contacts stay

        SuppressionList optOuts(*m_database);
        QCOMPARE(optOuts.add({QStringLiteral("+254712345678")}, QStringLiteral("manual")).value(),
                 1);
        QCOMPARE(optOuts.add({QStringLiteral("+254712345678")}, QStringLiteral("manual")).value(),
                 0);
        QVERIFY(store.find(jane).value().optedOut);
        QVERIFY(!store.find(john).value().optedOut);
        QCOMPARE(optOuts.count(QStringLiteral("2547")).value(), 1);
        QCOMPARE(optOuts.remove({QStringLiteral("+254712345678")}).value(), 1);
        QVERIFY(!store.find(jane).value().optedOut);

        QCOMPARE(store.remove({jane}).value(), 1);
        QCOMPARE(store.count({}).value(), 2);

        // "Select all" works on the query: one statement, whatever the count.
        const GroupSummary bulk = groups.create(QStringLiteral("Bulk")).value();
        ContactQuery kenya;
        kenya.search = QStringLiteral("+254");
        QCOMPARE(store.addMatchingToGroup(kenya, bulk.id).value(), 1);
        QCOMPARE(store.addMatchingToGroup({}, bulk.id).value(), 1);
        QCOMPARE(groups.find(QStringLiteral("Bulk")).value().members, 2);
        QCOMPARE(store.removeMatchingFromGroup(kenya, bulk.id).value(), 1);
        QCOMPARE(groups.find(QStringLiteral("Bulk")).value().members, 1);
        QCOMPARE(store.removeMatching(kenya).value(), 1);
        QCOMPARE(store.count({}).value(), 1);
    }

    void exportRoundTripsThroughImport_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("xlsx") << QStringLiteral("contacts.xlsx");
        QTest::newRow("csv") << QStringLiteral("contacts.csv");
    }
    void exportRoundTripsThroughImport()
    {
        QFETCH(QString, name);
        ContactStore store(*m_database);
        Contact contact;
        contact.phone = QStringLiteral("+254712345678");
        contact.firstName = QStringLiteral("=HYPERLINK(\"x\")");
        contact.lastName = QStringLiteral("Wanjikũ 😀");
        contact.fields.insert(QStringLiteral("balance"), QStringLiteral("-5"));
        QVERIFY(store.add(contact).ok());
        const QString path = m_dir.filePath(name);
        QCOMPARE(ContactExport::write(*m_database, {}, path).value(), 1);

        auto reader = SpreadsheetReader::open(path);
        QVERIFY(reader.ok());
        const QList<SheetRow> rows = reader.value()->firstRows(5).value();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).cells.mid(0, 5),
                 (QStringList {QStringLiteral("phone"), QStringLiteral("first_name"),
                               QStringLiteral("last_name"), QStringLiteral("email"),
                               QStringLiteral("groups")}));
        if (name.endsWith(QLatin1String(".csv"))) {
            // CSV: formula-like cells carry an apostrophe; the number too (hence .xlsx).
            QCOMPARE(rows.at(1).cells.at(0), QStringLiteral("'+254712345678"));
            QCOMPARE(rows.at(1).cells.at(1), QStringLiteral("'=HYPERLINK(\"x\")"));
            QCOMPARE(rows.at(1).cells.at(5), QStringLiteral("'-5"));
        } else {
            QCOMPARE(rows.at(1).cells.at(0), QStringLiteral("+254712345678"));
            QCOMPARE(rows.at(1).cells.at(1), QStringLiteral("=HYPERLINK(\"x\")"));
        }
        QCOMPARE(rows.at(1).cells.at(2), QStringLiteral("Wanjikũ 😀"));

        // Tuma reads its own export back into an empty database.
        m_database.reset();
        QVERIFY(QFile::remove(m_path));
        m_database = Database::open(m_path).value();
        auto again = SpreadsheetReader::open(path);
        ContactImport job(optionsFor(*again.value()));
        QCOMPARE(job.validate(*m_database, *again.value()).value().counts.imported, 1);
        QVERIFY(job.commit(*m_database).ok());
        QCOMPARE(
            ContactStore(*m_database).findByPhone(QStringLiteral("+254712345678")).value().lastName,
            QStringLiteral("Wanjikũ 😀"));
    }

private:
    bool writeFileIn(const QString& name, const QByteArray& content)
    {
        writeFile(m_dir.filePath(name), content);
        return true;
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestContactImport)
#include "tst_contactimport.moc"
