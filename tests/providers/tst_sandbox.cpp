// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"
#include "providers/NetworkClient.h"
#include "sandbox/SandboxFaults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace tuma;
using namespace tuma::sandbox;

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultSpecsParse();
    void faultSpecErrorsSayWhatIsWrong_data();
    void faultSpecErrorsSayWhatIsWrong();
    void stateMovesWithTime();
    void paymentsAreCreditedAfterTheirDelay();
    void stateIsSharedThroughTheFile();
};

void TestSandbox::faultSpecsParse()
{
    const Result<QList<Fault>> faults
        = parseFaults(QStringLiteral("send:rate-limit=5*1, balance:server-error,*:html,"
                                     "history:slow,send:drop*2,status:malformed"));
    QVERIFY(faults);
    const QList<Fault>& list = faults.value();
    QCOMPARE(list.size(), 6);
    QCOMPARE(list[0].operation, QStringLiteral("send"));
    QCOMPARE(list[0].kind, Fault::Kind::RateLimit);
    QCOMPARE(list[0].argument, 5);
    QCOMPARE(list[0].remaining, 1);
    QCOMPARE(list[1].kind, Fault::Kind::ServerError);
    QCOMPARE(list[1].remaining, -1);
    QCOMPARE(list[2].operation, QStringLiteral("*"));
    QCOMPARE(list[3].kind, Fault::Kind::Slow);
    QCOMPARE(list[3].argument, 30'000);
    QCOMPARE(list[4].kind, Fault::Kind::Drop);
    QCOMPARE(list[4].remaining, 2);
    QCOMPARE(list[5].kind, Fault::Kind::Malformed);
    QVERIFY(parseFaults(QString()).value().isEmpty());
}

void TestSandbox::faultSpecErrorsSayWhatIsWrong_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("no operation") << QStringLiteral("drop");
    QTest::newRow("unknown fault") << QStringLiteral("send:explode");
    QTest::newRow("bad count") << QStringLiteral("send:drop*0");
    QTest::newRow("bad argument") << QStringLiteral("send:slow=soon");
}

void TestSandbox::faultSpecErrorsSayWhatIsWrong()
{
    QFETCH(QString, spec);
    const Result<QList<Fault>> faults = parseFaults(spec);
    QVERIFY(!faults);
    QVERIFY2(faults.error().message.contains(spec.trimmed()), qPrintable(faults.error().message));
}

void TestSandbox::stateMovesWithTime()
{
    test::SandboxFixture fixture;
    SandboxStore& store = fixture.server().store();
    const qint64 now = SandboxStore::nowMs();
    QCOMPARE(store.stateOf(now, 0, QStringLiteral("+254712345678")), SandboxStore::State::Pending);
    QCOMPARE(store.stateOf(now - 300, 0, QStringLiteral("+254712345678")),
             SandboxStore::State::Sent);
    QCOMPARE(store.stateOf(now - 600, 0, QStringLiteral("+254712345678")),
             SandboxStore::State::Delivered);
    QCOMPARE(store.stateOf(now - 600, 0, QStringLiteral("+254712345999")),
             SandboxStore::State::Failed);
    // Scheduled in the future: pending whatever its age.
    QCOMPARE(store.stateOf(now - 60'000, now + 60'000, QStringLiteral("+254712345678")),
             SandboxStore::State::Pending);
}

void TestSandbox::paymentsAreCreditedAfterTheirDelay()
{
    test::SandboxFixture fixture;
    SandboxStore& store = fixture.server().store();
    store.ensureAccount(QStringLiteral("test"), QStringLiteral("key"), 10, {});
    (void)store.startPayment(QStringLiteral("test"), QStringLiteral("key"), 100,
                             QStringLiteral("254712345678"), 200);
    QCOMPARE(store.balance(QStringLiteral("test"), QStringLiteral("key")), 10.0);
    QTRY_COMPARE_WITH_TIMEOUT(store.balance(QStringLiteral("test"), QStringLiteral("key")), 210.0,
                              5000);
    // Credited once only.
    QTest::qWait(100);
    QCOMPARE(store.balance(QStringLiteral("test"), QStringLiteral("key")), 210.0);
}

void TestSandbox::stateIsSharedThroughTheFile()
{
    test::SandboxFixture fixture;
    SandboxStore& store = fixture.server().store();
    SandboxStore::Accepted message;
    message.provider = QStringLiteral("quickflow");
    message.credential = QStringLiteral("k");
    message.phone = QStringLiteral("+254712345678");
    message.body = QStringLiteral("Habari");
    const QString uid = store.journal(message);
    QVERIFY(!uid.isEmpty());

    SandboxStore other(fixture.statePath(), {});
    QVERIFY(other.open());
    QCOMPARE(other.journalCount(QStringLiteral("quickflow")), 1);
    QCOMPARE(other.journalCount(), 1);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
