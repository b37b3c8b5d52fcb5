// SPDX-License-Identifier: GPL-3.0-or-later
// `tuma-cli campaign` as scripts use it, against `tuma-cli sim` in another process: plan,
// run, follow, report; and runs killed with SIGKILL at random moments while the simulator
// misbehaves, after which no recipient has the message twice and none is lost.
#include "TestSupport.h"
#include "accounts/ProviderSession.h"
#include "campaigns/CampaignRunner.h"
#include "campaigns/Planner.h"
#include "secrets/SecretStore.h"
#include "storage/CampaignStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>

using namespace tuma;

namespace {

// Sends `signal` to the child alone. QProcess says 0 once the child has ended, and
// kill(0, ...) would signal this whole process group: the test, ctest and the shell.
bool signalChild(const QProcess& process, int signal)
{
    const qint64 pid = process.processId();
    return pid > 0 && ::kill(static_cast<pid_t>(pid), signal) == 0;
}

} // namespace
using test::json;

class TestCliCampaigns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli-%1/tuma.db").arg(++m_counter));
    }

    void cleanup()
    {
        if (m_sim) {
            m_sim->terminate();
            if (!m_sim->waitForFinished(5000))
                m_sim->kill();
            m_sim.reset();
        }
    }

    void plansRunsFollowsAndReports()
    {
        startSim({});
        addAccount();
        test::writeFile(m_dir.filePath(QStringLiteral("c.csv")),
                        "phone,first_name\n0712345001,Amina\n0712345002,\n0712345003,Chege\n");
        QCOMPARE(cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("c.csv")),
                      QStringLiteral("--group"), QStringLiteral("Wateja")})
                     .exitCode,
                 0);

        // Planning sends nothing and says what it will cost.
        const test::ProcessResult created = cli(
            {QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Promo"), QStringLiteral("--account"), QStringLiteral("QF"),
             QStringLiteral("--group"), QStringLiteral("Wateja"), QStringLiteral("--to"),
             QStringLiteral("0712345004,+254712345001,0712345999"), QStringLiteral("--template"),
             QStringLiteral("Habari <<first_name|mteja>>, bei nafuu leo.")});
        QCOMPARE(created.exitCode, 0);
        const QJsonObject plan = json(created.standardOutput);
        QCOMPARE(plan.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
        QCOMPARE(plan.value(QStringLiteral("recipients")).toInt(), 5);
        QCOMPARE(plan.value(QStringLiteral("segments")).toInt(), 5);
        QCOMPARE(plan.value(QStringLiteral("currency")).toString(), QStringLiteral("KES"));
        QVERIFY(plan.value(QStringLiteral("cost")).toDouble() > 0);
        const QString id = QString::number(plan.value(QStringLiteral("id")).toInt());
        QCOMPARE(journal().size(), 0);

        const QJsonArray list
            = json(cli({QStringLiteral("campaign"), QStringLiteral("list")}).standardOutput)
                  .value(QStringLiteral("campaigns"))
                  .toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("state")].toString(), QStringLiteral("draft"));
        QVERIFY(list.at(0)[QStringLiteral("scheduled_at")].isNull());

        // Over the budget: nothing launched.
        const test::ProcessResult refused
            = cli({QStringLiteral("campaign"), QStringLiteral("run"), id,
                   QStringLiteral("--max-cost"), QStringLiteral("0.5")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(json(refused.standardOutput)[QStringLiteral("error")][QStringLiteral("code")]
                     .toString(),
                 QStringLiteral("over_budget"));
        QCOMPARE(status(id).value(QStringLiteral("state")).toString(), QStringLiteral("draft"));

        const test::ProcessResult ran
            = cli({QStringLiteral("campaign"), QStringLiteral("run"), id});
        QCOMPARE(ran.exitCode, 0);
        const QJsonObject done = json(ran.standardOutput);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QCOMPARE(done[QStringLiteral("counts")][QStringLiteral("accepted")].toInt(), 5);
        QCOMPARE(done.value(QStringLiteral("credits_used")).toDouble(), 5.0);
        const QJsonArray sent = journal();
        QCOMPARE(sent.size(), 5);
        QStringList bodies;
        for (const QJsonValue& message : sent)
            bodies.append(message[QStringLiteral("body")].toString());
        bodies.sort();
        QCOMPARE(bodies,
                 (QStringList {QStringLiteral("Habari Amina, bei nafuu leo."),
                               QStringLiteral("Habari Chege, bei nafuu leo."),
                               QStringLiteral("Habari mteja, bei nafuu leo."),
                               QStringLiteral("Habari mteja, bei nafuu leo."),
                               QStringLiteral("Habari mteja, bei nafuu leo.")}));

        // The status asks the provider what became of them: the simulator delivers in half a
        // second, and fails numbers ending in 999. The report has every recipient.
        QTest::qWait(1000);
        const QJsonObject counts = status(id).value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.size(), 8);
        QCOMPARE(counts.value(QStringLiteral("delivered")).toInt(), 4);
        QCOMPARE(counts.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("accepted")).toInt(), 0);
        const QString csv = m_dir.filePath(QStringLiteral("report-%1.csv").arg(m_counter));
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("report"), id,
                      QStringLiteral("--csv"), csv})
                     .exitCode,
                 0);
        const QList<QByteArray> lines = test::readFile(csv).trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.at(0).contains("phone,state"));
        QVERIFY(lines.at(1).contains("delivered"));

        // Finished campaigns cannot be paused or cancelled; running again sends nothing.
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("pause"), id}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("cancel"), id}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("run"), id}).exitCode, 0);
        QCOMPARE(journal().size(), 5);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("status"), QStringLiteral("99")})
                     .exitCode,
                 1);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("status")}).exitCode, 2);
    }

    void aNairobiScheduleFiresOnTimeWhateverTheMachinesZone_data()
    {
        QTest::addColumn<QString>("machineZone");
        QTest::newRow("UTC+14") << QStringLiteral("Pacific/Kiritimati");
        QTest::newRow("UTC-8") << QStringLiteral("America/Los_Angeles");
        QTest::newRow("Nairobi") << QStringLiteral("Africa/Nairobi");
    }

    void aNairobiScheduleFiresOnTimeWhateverTheMachinesZone()
    {
        QFETCH(QString, machineZone);
        startSim({});
        addAccount();
        // Four seconds from now, written as a clock in Nairobi shows it.
        const QTimeZone nairobi("Africa/Nairobi");
        QDateTime due = QDateTime::currentDateTimeUtc().addSecs(4).toTimeZone(nairobi);
        due = due.addMSecs(-due.time().msec()); // the wall clock is read to the second
        const QString wallClock = due.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TZ"), machineZone);
        const auto cliIn = [&](const QStringList& arguments) {
            return test::runProcess(
                QStringLiteral(TUMA_CLI_PATH),
                QStringList {QStringLiteral("--db"), m_db, QStringLiteral("--json")} + arguments,
                {}, environment);
        };
        const test::ProcessResult created = cliIn(
            {QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Asubuhi"), QStringLiteral("--account"), QStringLiteral("QF"),
             QStringLiteral("--to"), QStringLiteral("0712345001"), QStringLiteral("--template"),
             QStringLiteral("Habari za asubuhi"), QStringLiteral("--at"), wallClock,
             QStringLiteral("--tz"), QStringLiteral("Africa/Nairobi")});
        QCOMPARE(created.exitCode, 0);
        const QString id
            = QString::number(json(created.standardOutput)[QStringLiteral("id")].toInt());
        const QJsonArray list
            = json(cliIn({QStringLiteral("campaign"), QStringLiteral("list")}).standardOutput)
                  .value(QStringLiteral("campaigns"))
                  .toArray();
        QCOMPARE(list.size(), 1);
        const QDateTime stored = QDateTime::fromString(
            list.at(0)[QStringLiteral("scheduled_at")].toString(), Qt::ISODate);
        QCOMPARE(stored.toUTC(), due.toUTC());

        // `run` waits for the instant, then sends; never before it, and not long after.
        QCOMPARE(cliIn({QStringLiteral("campaign"), QStringLiteral("run"), id}).exitCode, 0);
        QCOMPARE(journal().size(), 1);
        auto database = Database::open(m_db);
        QVERIFY(database.ok());
        QSqlQuery query(database.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT submitted_at FROM messages")));
        QVERIFY(query.next());
        const qint64 submitted = query.value(0).toLongLong();
        const qint64 instant = due.toMSecsSinceEpoch();
        QVERIFY2(
            submitted >= instant && submitted < instant + 3000,
            qPrintable(QStringLiteral("sent %1 ms after the instant").arg(submitted - instant)));
    }

    void badPlansAreRefusedWithAReason()
    {
        startSim({});
        addAccount();
        const auto create = [this](const QStringList& extra) {
            QStringList arguments {QStringLiteral("campaign"),  QStringLiteral("create"),
                                   QStringLiteral("--name"),    QStringLiteral("X"),
                                   QStringLiteral("--account"), QStringLiteral("QF")};
            return cli(arguments + extra);
        };
        const QString text = QStringLiteral("--template");
        QCOMPARE(create({text, QStringLiteral("Hi")}).exitCode, 2); // nobody
        QCOMPARE(create({QStringLiteral("--to"), QStringLiteral("0712345001")}).exitCode,
                 2); // no text
        QCOMPARE(create({text, QStringLiteral("Hi <<nope>>"), QStringLiteral("--to"),
                         QStringLiteral("0712345001")})
                     .exitCode,
                 2);
        QCOMPARE(create({text, QStringLiteral("Hi"), QStringLiteral("--to"),
                         QStringLiteral("0201234567")})
                     .exitCode,
                 2); // a fixed line
        QCOMPARE(create({text, QStringLiteral("Hi"), QStringLiteral("--to"),
                         QStringLiteral("0712345001"), QStringLiteral("--window"),
                         QStringLiteral("18:00-08:00")})
                     .exitCode,
                 2);
        QCOMPARE(create({text, QStringLiteral("Hi"), QStringLiteral("--to"),
                         QStringLiteral("0712345001"), QStringLiteral("--tz"),
                         QStringLiteral("Mars/Olympus")})
                     .exitCode,
                 2);
        // A provider's group mixed with numbers is refused before the provider is asked.
        const test::ProcessResult mixed = create(
            {text, QStringLiteral("Hi"), QStringLiteral("--to"), QStringLiteral("0712345001"),
             QStringLiteral("--remote-group"), QStringLiteral("no-such-group")});
        QCOMPARE(mixed.exitCode, 2);
        QVERIFY2(mixed.standardError.contains("alone"), mixed.standardError.constData());
        // The window's rule: a time already past is refused, in the same words.
        const test::ProcessResult past = create(
            {text, QStringLiteral("Hi"), QStringLiteral("--to"), QStringLiteral("0712345001"),
             QStringLiteral("--at"), QStringLiteral("2020-01-01T09:00")});
        QCOMPARE(past.exitCode, 2);
        QVERIFY2(past.standardError.contains("has passed"), past.standardError.constData());
        const test::ProcessResult noGroup = create(
            {text, QStringLiteral("Hi"), QStringLiteral("--group"), QStringLiteral("Nobody")});
        QCOMPARE(noGroup.exitCode, 1);
        QVERIFY(!noGroup.standardError.isEmpty());

        // A schedule in Nairobi time, stored in UTC; --no-wait leaves it waiting.
        const test::ProcessResult later = create(
            {text, QStringLiteral("Hi"), QStringLiteral("--to"), QStringLiteral("0712345001"),
             QStringLiteral("--at"), QStringLiteral("2099-12-24T09:00"), QStringLiteral("--tz"),
             QStringLiteral("Africa/Nairobi")});
        QCOMPARE(later.exitCode, 0);
        const QString id
            = QString::number(json(later.standardOutput).value(QStringLiteral("id")).toInt());
        QCOMPARE(status(id).value(QStringLiteral("scheduled_at")).toString(),
                 QStringLiteral("2099-12-24T06:00:00Z"));
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("run"), id,
                      QStringLiteral("--no-wait")})
                     .exitCode,
                 0);
        QCOMPARE(status(id).value(QStringLiteral("state")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(journal().size(), 0);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("pause"), id}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("resume"), id}).exitCode, 0);
        QCOMPARE(status(id).value(QStringLiteral("state")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("cancel"), id}).exitCode, 0);
        const QJsonObject cancelled = status(id);
        QCOMPARE(cancelled.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(cancelled[QStringLiteral("counts")][QStringLiteral("cancelled")].toInt(), 1);
    }

    // A campaign planned from a saved template marks it used, as `template show` tells.
    void aTemplateUsedByACampaignSaysWhen()
    {
        startSim({});
        addAccount();
        QCOMPARE(cli({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("Salio"),
                      QStringLiteral("Habari <<first_name|mteja>>, asante.")})
                     .exitCode,
                 0);
        const auto lastUsed = [this] {
            return json(cli({QStringLiteral("template"), QStringLiteral("show"),
                             QStringLiteral("Salio")})
                            .standardOutput)
                .value(QStringLiteral("last_used_at"));
        };
        QVERIFY2(lastUsed().isNull() || lastUsed().toString().isEmpty(),
                 qPrintable(lastUsed().toString()));
        const test::ProcessResult created
            = cli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("Salio Desemba"), QStringLiteral("--account"),
                   QStringLiteral("QF"), QStringLiteral("--to"), QStringLiteral("0712345678"),
                   QStringLiteral("--template-name"), QStringLiteral("salio")});
        QCOMPARE(created.exitCode, 0);
        const QDateTime used = QDateTime::fromString(lastUsed().toString(), Qt::ISODate);
        QVERIFY2(used.isValid(), qPrintable(lastUsed().toString()));
        QVERIFY(qAbs(used.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }

    void killedRunsNeverSendTwice()
    {
        // Personalised texts: one request per recipient, so a kill can land anywhere. Every
        // answer comes 40 ms late, so kills often land while requests are in flight (two at
        // a time), and the 20 kills (at most 6 s of running) always come before the 600
        // requests' 12 s. Some answers are reset halfway, and every other request's
        // keep-alive connection goes stale behind the client's back.
        constexpr int recipients = 600; // within the simulator's 1,000 credits
        startSim(QStringLiteral("send:server-error*3,send:drop*4,send:reset*3,"
                                "send:rate-limit=1*2,send:slow=40,*:stale=30"));
        addAccount();
        QStringList numbers;
        for (int i = 0; i < recipients; ++i)
            numbers.append(QStringLiteral("07%1").arg(20'000'000 + i));
        const test::ProcessResult created
            = cli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("Kill"), QStringLiteral("--account"), QStringLiteral("QF"),
                   QStringLiteral("--to"), numbers.join(u','), QStringLiteral("--template"),
                   QStringLiteral("Your number is <<phone>>.")});
        QCOMPARE(created.exitCode, 0);
        const QString id
            = QString::number(json(created.standardOutput).value(QStringLiteral("id")).toInt());

        QElapsedTimer elapsed;
        elapsed.start();
        int kills = 0;
        int finishedRuns = 0;
        for (int round = 0; round < 100 && kills < 20; ++round) {
            QProcess run;
            run.start(QStringLiteral(TUMA_CLI_PATH),
                      {QStringLiteral("--db"), m_db, QStringLiteral("campaign"),
                       QStringLiteral("run"), id});
            QVERIFY(run.waitForStarted(5000));
            const int after = QRandomGenerator::global()->bounded(30, 300);
            if (run.waitForFinished(after)) {
                ++finishedRuns;
                if (status(id).value(QStringLiteral("state")).toString() == QLatin1String("paused"))
                    QCOMPARE(
                        cli({QStringLiteral("campaign"), QStringLiteral("resume"), id}).exitCode,
                        0);
                if (status(id).value(QStringLiteral("state")).toString()
                    == QLatin1String("completed"))
                    break;
                continue;
            }
            if (!signalChild(run, SIGKILL)) {
                ++finishedRuns; // it ended by itself a moment ago
                continue;
            }
            run.waitForFinished(5000);
            ++kills;
        }
        QCOMPARE(kills, 20);
        // One last run without interruption finishes what is left.
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (status(id).value(QStringLiteral("state")).toString() == QLatin1String("paused"))
                QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("resume"), id}).exitCode,
                         0);
            if (cli({QStringLiteral("campaign"), QStringLiteral("run"), id}).exitCode == 0)
                break;
        }
        const QJsonObject final = status(id);
        QCOMPARE(final.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        const QJsonObject counts = final.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("queued")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("submitting")).toInt(), 0);
        // Status follows deliveries: accepted, delivered or failed all reached the provider.
        const int sent = counts.value(QStringLiteral("accepted")).toInt()
            + counts.value(QStringLiteral("delivered")).toInt()
            + counts.value(QStringLiteral("failed")).toInt();
        QCOMPARE(sent + counts.value(QStringLiteral("unknown")).toInt(), recipients);
        qInfo("%d kills, %d runs ended by themselves, %d reached the provider, %d unknown, %lld ms",
              kills, finishedRuns, sent, counts.value(QStringLiteral("unknown")).toInt(),
              elapsed.elapsed());

        // The simulator's journal: nobody twice; everyone accepted is there; whoever is not
        // there is unknown, never silently lost.
        QMap<QString, int> journaled;
        for (const QJsonValue& message : journal())
            ++journaled[digits(message[QStringLiteral("phone")].toString())];
        for (auto it = journaled.cbegin(); it != journaled.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        auto database = Database::open(m_db, QStringLiteral("check"));
        QVERIFY(database.ok());
        QSqlQuery query(database.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT phone, state FROM messages")));
        int unknownAndMissing = 0;
        while (query.next()) {
            const QString phone = digits(query.value(0).toString());
            const QString state = query.value(1).toString();
            if (state != QLatin1String("unknown"))
                QVERIFY2(journaled.value(phone) == 1, qPrintable(phone));
            else if (!journaled.contains(phone))
                ++unknownAndMissing;
        }
        // An hour later (past the grace period), while one history page in twenty fails:
        // one reconcile settles from the history every unknown message QuickFlow took and
        // proves the rest never reached it. It sends nothing: the campaign is paused.
        moveTimesBack(3600);
        setSimFaults(QStringLiteral("history:server-error%5"));
        const test::ProcessResult reconciled
            = cli({QStringLiteral("campaign"), QStringLiteral("reconcile"), id});
        QCOMPARE(reconciled.exitCode, 0);
        const QJsonObject settled = json(reconciled.standardOutput);
        const int unknown = counts.value(QStringLiteral("unknown")).toInt();
        QCOMPARE(settled.value(QStringLiteral("still_unknown")).toInt(), 0);
        QCOMPARE(settled.value(QStringLiteral("requeued")).toInt(), unknownAndMissing);
        QCOMPARE(settled.value(QStringLiteral("resolved")).toInt(), unknown - unknownAndMissing);
        const int before = static_cast<int>(journal().size());
        if (unknownAndMissing > 0) {
            QCOMPARE(status(id).value(QStringLiteral("state")).toString(),
                     QStringLiteral("paused"));
            cli({QStringLiteral("campaign"), QStringLiteral("run"), id});
            QCOMPARE(journal().size(), before);
            QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("resume"), id}).exitCode, 0);
        }
        setSimFaults({});
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("run"), id}).exitCode, 0);
        // Everyone has the message, once.
        QMap<QString, int> after;
        for (const QJsonValue& message : journal())
            ++after[digits(message[QStringLiteral("phone")].toString())];
        QCOMPARE(after.size(), recipients);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    void receiveRecordsReportsPostedToAnAccountsOwnAddress()
    {
        startSim({});
        QCOMPARE(
            cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("QS"),
                 QStringLiteral("--provider"), QStringLiteral("qsms"), QStringLiteral("--base-url"),
                 m_baseUrls.value(QStringLiteral("qsms")).toString(),
                 QStringLiteral("--service-id"), QStringLiteral("1"), QStringLiteral("--sender"),
                 QStringLiteral("TUMA")},
                "qsms_sandbox_key")
                .exitCode,
            0);
        const auto campaignTo = [this](const QString& name, const QString& number) {
            const test::ProcessResult created = cli(
                {QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                 name, QStringLiteral("--account"), QStringLiteral("QS"), QStringLiteral("--to"),
                 number, QStringLiteral("--template"), QStringLiteral("Habari, ofa ya leo.")});
            return QString::number(
                json(created.standardOutput).value(QStringLiteral("id")).toInt());
        };
        const QString first = campaignTo(QStringLiteral("Leo"), QStringLiteral("0712345001"));
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("run"), first}).exitCode, 0);

        // The receiver alone, on this computer only, with the address for the account.
        QProcess receiver;
        receiver.start(QStringLiteral(TUMA_CLI_PATH),
                       {QStringLiteral("--db"), m_db, QStringLiteral("receive"),
                        QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(receiver.waitForStarted(5000));
        QElapsedTimer waited;
        waited.start();
        while (!receiver.canReadLine() && waited.elapsed() < 15'000)
            receiver.waitForReadyRead(200);
        const QJsonObject ready = json(receiver.readLine());
        const int port = ready.value(QStringLiteral("port")).toInt();
        const QUrl url(ready[QStringLiteral("urls")][QStringLiteral("QS")].toString());
        QVERIFY2(port > 0 && url.isValid(), receiver.readAllStandardError().constData());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));

        // What QSMS would post once it delivered the message.
        QTest::qWait(1000);
        QString messageId;
        {
            auto database = Database::open(m_db, QStringLiteral("check"));
            QSqlQuery query(database.value()->connection());
            QVERIFY(query.exec(QStringLiteral("SELECT provider_message_id FROM messages")));
            QVERIFY(query.next());
            messageId = query.value(0).toString();
        }
        const QByteArray report = httpGet(QUrl(m_baseUrls.value(QStringLiteral("qsms")).toString()
                                               + QStringLiteral("/_sandbox/dlr/") + messageId));
        QVERIFY(report.contains("dlrStatus"));
        QUrl wrong = url;
        wrong.setPath(QStringLiteral("/dlr/qsms"));
        QCOMPARE(httpPost(wrong, report), 404);
        QCOMPARE(stateInDatabase(), QStringLiteral("accepted"));
        QCOMPARE(httpPost(url, report), 200);
        QTRY_COMPARE_WITH_TIMEOUT(stateInDatabase(), QStringLiteral("delivered"), 5000);

        // A second receiver on that port says why it cannot start; a run is not disturbed.
        const test::ProcessResult second
            = cli({QStringLiteral("receive"), QStringLiteral("--port"), QString::number(port)});
        QCOMPARE(second.exitCode, 1);
        QVERIFY(second.standardError.contains("port"));
        const QString next = campaignTo(QStringLiteral("Kesho"), QStringLiteral("0712345002"));
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("run"), next}).exitCode, 0);

        receiver.terminate();
        QVERIFY(receiver.waitForFinished(5000));
        QCOMPARE(receiver.exitCode(), 0);
    }

    void reconcileReadsTheSenderTheCampaignUsed()
    {
        // A campaign sent from the account's second sender ID, every answer lost: its
        // history is that sender's, not the default's. Then the same text to the same
        // numbers again, answers lost too: QuickFlow's history has no times, so it cannot say
        // which of two identical messages it holds. That stays unknown, with the reason.
        startSim(QStringLiteral("send:drop"));
        QCOMPARE(
            cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("QF"),
                 QStringLiteral("--provider"), QStringLiteral("quickflow"),
                 QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--sender"),
                 QStringLiteral("TUMA"), QStringLiteral("--sender"), QStringLiteral("TUMA-TEST")},
                "sandbox_key:sandbox_secret")
                .exitCode,
            0);
        const QStringList numbers = numbersFrom(40'000'000, 30);
        const auto createFrom = [&](const QString& name) {
            const test::ProcessResult created = cli(
                {QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                 name, QStringLiteral("--account"), QStringLiteral("QF"), QStringLiteral("--to"),
                 numbers.join(u','), QStringLiteral("--sender"), QStringLiteral("TUMA-TEST"),
                 QStringLiteral("--template"), QStringLiteral("Karibu tena, ofa ya wiki hii.")});
            if (created.exitCode != 0)
                qFatal("campaign create: %s", created.standardError.constData());
            return QString::number(
                json(created.standardOutput).value(QStringLiteral("id")).toInt());
        };
        const QString first = createFrom(QStringLiteral("Wiki 1"));
        cli({QStringLiteral("campaign"), QStringLiteral("run"), first});
        QCOMPARE(status(first)[QStringLiteral("counts")][QStringLiteral("unknown")].toInt(), 30);
        QCOMPARE(journal().size(), 30);
        moveTimesBack(3600);
        const QJsonObject settled = json(
            cli({QStringLiteral("campaign"), QStringLiteral("reconcile"), first}).standardOutput);
        QCOMPARE(settled.value(QStringLiteral("resolved")).toInt(), 30);
        QCOMPARE(settled.value(QStringLiteral("requeued")).toInt(), 0);
        QCOMPARE(status(first).value(QStringLiteral("state")).toString(),
                 QStringLiteral("completed"));

        const QString second = createFrom(QStringLiteral("Wiki 2"));
        cli({QStringLiteral("campaign"), QStringLiteral("run"), second});
        QCOMPARE(journal().size(), 60);
        moveTimesBack(3600);
        const test::ProcessResult again
            = cli({QStringLiteral("campaign"), QStringLiteral("reconcile"), second});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject ambiguous = json(again.standardOutput);
        QCOMPARE(ambiguous.value(QStringLiteral("resolved")).toInt(), 0);
        QCOMPARE(ambiguous.value(QStringLiteral("requeued")).toInt(), 0);
        QCOMPARE(ambiguous.value(QStringLiteral("still_unknown")).toInt(), 30);
        QVERIFY(ambiguous.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("cannot tell")));

        // The user decides: two are counted as sent, the rest go out again on resume.
        const test::ProcessResult counted
            = cli({QStringLiteral("campaign"), QStringLiteral("decide"), second,
                   QStringLiteral("--count-as-sent"), QStringLiteral("--phone"),
                   numbers.at(0) + u',' + numbers.at(1)});
        QCOMPARE(counted.exitCode, 0);
        QCOMPARE(json(counted.standardOutput).value(QStringLiteral("changed")).toInt(), 2);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("decide"), second}).exitCode, 2);
        const test::ProcessResult resend
            = cli({QStringLiteral("campaign"), QStringLiteral("decide"), second,
                   QStringLiteral("--send-again")});
        QCOMPARE(json(resend.standardOutput).value(QStringLiteral("changed")).toInt(), 28);
        QCOMPARE(status(second).value(QStringLiteral("state")).toString(),
                 QStringLiteral("paused"));
        QCOMPARE(journal().size(), 60);
        setSimFaults({});
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("resume"), second}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("run"), second}).exitCode, 0);
        QCOMPARE(journal().size(), 88);
        const QJsonObject done = status(second);
        QCOMPARE(done[QStringLiteral("counts")][QStringLiteral("unknown")].toInt(), 0);
        QCOMPARE(done.value(QStringLiteral("credits_used")).toDouble(), 30.0);
    }

    void twoRunsAtOnceSendEachRecipientOnce()
    {
        // A scheduled job and a second terminal start `run` on one campaign at the same
        // moment: one sends, the other says who does and sends nothing (or, with
        // --wait-turn, waits and finds nothing left). Personalised texts, one request each.
        startSim(QStringLiteral("send:slow=10"));
        addAccount();
        constexpr int rounds = 20;
        constexpr int recipients = 25;
        int busy = 0;
        int total = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString id
                = createPersonalised(QStringLiteral("Round %1").arg(round),
                                     numbersFrom(30'000'000 + round * 100, recipients));
            const bool waitTurn = round % 4 == 3;
            QStringList arguments {QStringLiteral("--db"),   m_db,
                                   QStringLiteral("--json"), QStringLiteral("campaign"),
                                   QStringLiteral("run"),    id};
            if (waitTurn)
                arguments.append(QStringLiteral("--wait-turn"));
            QProcess first;
            QProcess second;
            first.start(QStringLiteral(TUMA_CLI_PATH), arguments);
            second.start(QStringLiteral(TUMA_CLI_PATH), arguments);
            QVERIFY(ended(first, 60'000));
            QVERIFY(ended(second, 60'000));
            for (QProcess* run : {&first, &second}) {
                const QByteArray output = run->readAllStandardOutput();
                if (run->exitCode() == 0)
                    continue;
                QVERIFY2(!waitTurn, output.constData());
                QCOMPARE(run->exitCode(), 1);
                const QJsonObject error = json(output).value(QStringLiteral("error")).toObject();
                QCOMPARE(error.value(QStringLiteral("code")).toString(),
                         QStringLiteral("campaign_busy"));
                QVERIFY2(error.value(QStringLiteral("message"))
                             .toString()
                             .contains(QStringLiteral("process")),
                         output.constData());
                ++busy;
            }
            QCOMPARE(status(id).value(QStringLiteral("state")).toString(),
                     QStringLiteral("completed"));
            total += recipients;
        }
        // Every recipient once; and the second run was refused at least sometimes (the two
        // start within milliseconds, but which one gets the lease first is up to the system).
        const QMap<QString, int> journaled = journalPerPhone();
        QCOMPARE(journaled.size(), total);
        for (auto it = journaled.cbegin(); it != journaled.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QVERIFY(busy > 0);
        qInfo("%d of %d second runs were told the campaign is busy", busy, rounds);
    }

    void twoCampaignsOfOneAccountTakeTurns()
    {
        // The provider's rate limit belongs to the account: a second campaign of the same
        // account in another process waits for the first (--wait-turn) or stops.
        startSim(QStringLiteral("send:slow=60"));
        addAccount();
        const QString a = createPersonalised(QStringLiteral("A"), numbersFrom(40'000'000, 40));
        const QString b = createPersonalised(QStringLiteral("B"), numbersFrom(40'000'100, 40));
        QProcess first;
        first.start(
            QStringLiteral(TUMA_CLI_PATH),
            {QStringLiteral("--db"), m_db, QStringLiteral("campaign"), QStringLiteral("run"), a});
        QVERIFY(first.waitForStarted(5000));
        QVERIFY(waitForState(a, QStringLiteral("running")));
        QVERIFY(waitForJournal(1));
        const test::ProcessResult refused
            = cli({QStringLiteral("campaign"), QStringLiteral("run"), b});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(json(refused.standardOutput)[QStringLiteral("error")][QStringLiteral("code")]
                     .toString(),
                 QStringLiteral("campaign_busy"));
        // B was launched, not sent.
        QCOMPARE(status(b).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(status(b)[QStringLiteral("counts")][QStringLiteral("queued")].toInt(), 40);
        const test::ProcessResult waited = cli(
            {QStringLiteral("campaign"), QStringLiteral("run"), b, QStringLiteral("--wait-turn")});
        QCOMPARE(waited.exitCode, 0);
        QVERIFY(ended(first, 30'000));
        QCOMPARE(first.exitCode(), 0);
        // B went out after A's last message: never two senders at once.
        auto database = Database::open(m_db, QStringLiteral("turns"));
        QVERIFY(database.ok());
        QSqlQuery query(database.value()->connection());
        QVERIFY(query.exec(
            QStringLiteral(
                "SELECT (SELECT MAX(submitted_at) FROM messages WHERE campaign_id = %1), "
                "(SELECT MIN(submitted_at) FROM messages WHERE campaign_id = %2)")
                .arg(a, b)));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toLongLong() <= query.value(1).toLongLong());
        const QMap<QString, int> journaled = journalPerPhone();
        QCOMPARE(journaled.size(), 80);
        for (auto it = journaled.cbegin(); it != journaled.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    void aKilledSenderIsReplacedAtOnce()
    {
        // SIGKILL leaves the lease behind with 30 s to run; its process is gone, so the next
        // run on this computer takes over at once, with the faults a provider has.
        startSim(
            QStringLiteral("send:slow=20,send:drop*2,send:server-error*2,send:rate-limit=1*1"));
        addAccount();
        const QString id = createPersonalised(QStringLiteral("Kill"), numbersFrom(50'000'000, 120));
        for (int kill = 0; kill < 5; ++kill) {
            QProcess run;
            run.start(QStringLiteral(TUMA_CLI_PATH),
                      {QStringLiteral("--db"), m_db, QStringLiteral("campaign"),
                       QStringLiteral("run"), id});
            QVERIFY(run.waitForStarted(5000));
            QVERIFY(waitForState(id, QStringLiteral("running")));
            QTest::qWait(QRandomGenerator::global()->bounded(100, 400));
            signalChild(run, SIGKILL); // unless it has just finished by itself
            QVERIFY(ended(run, 5000));
        }
        QElapsedTimer elapsed;
        elapsed.start();
        test::ProcessResult last;
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (status(id).value(QStringLiteral("state")).toString() == QLatin1String("paused"))
                QCOMPARE(cli({QStringLiteral("campaign"), QStringLiteral("resume"), id}).exitCode,
                         0);
            last = cli({QStringLiteral("campaign"), QStringLiteral("run"), id});
            QVERIFY2(!last.standardOutput.contains("campaign_busy"),
                     last.standardOutput.constData());
            if (last.exitCode == 0)
                break;
        }
        QCOMPARE(last.exitCode, 0);
        QCOMPARE(status(id).value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        expectEachOnceOrUnknown(id);
    }

    void aSuspendedSenderNeverClaimsAgain()
    {
        // A laptop that sleeps mid-campaign: its lease runs out and another process takes the
        // account over; when it wakes it must not send another message.
        startSim(QStringLiteral("send:slow=20"));
        addAccount();
        const QString id
            = createPersonalised(QStringLiteral("Sleep"), numbersFrom(60'000'000, 120));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Six seconds: long enough for the second process to start on a loaded machine.
        environment.insert(QStringLiteral("TUMA_LEASE_MS"), QStringLiteral("6000,1000"));
        QProcess sleeper;
        sleeper.setProcessEnvironment(environment);
        sleeper.start(QStringLiteral(TUMA_CLI_PATH),
                      {QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                       QStringLiteral("campaign"), QStringLiteral("run"), id});
        QVERIFY(sleeper.waitForStarted(5000));
        QVERIFY(waitForJournal(5));
        // Alive but silent: the lease holds until it expires... Stopped in the middle of a
        // commit, it would hold the database's write lock, and every other process would wait
        // for it whatever Tuma did (SQLite's rule): then it is woken and stopped again a
        // moment later, between two commits, as a sleeping laptop almost always is.
        test::ProcessResult early;
        for (int attempt = 0; attempt < 20; ++attempt) {
            QVERIFY(signalChild(sleeper, SIGSTOP));
            early = cli({QStringLiteral("campaign"), QStringLiteral("run"), id});
            if (early.standardOutput.contains("campaign_busy"))
                break;
            QVERIFY(signalChild(sleeper, SIGCONT));
            QTest::qWait(QRandomGenerator::global()->bounded(5, 40));
        }
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.standardOutput.contains("campaign_busy"), early.standardOutput.constData());
        QTest::qWait(6500);
        // ...then another process takes over and finishes the campaign.
        const test::ProcessResult takeover
            = test::runProcess(QStringLiteral(TUMA_CLI_PATH),
                               {QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                                QStringLiteral("campaign"), QStringLiteral("run"), id},
                               {}, environment);
        QCOMPARE(takeover.exitCode, 0);
        const int journaled = int(journal().size());
        QVERIFY(signalChild(sleeper, SIGCONT));
        QVERIFY(ended(sleeper, 30'000));
        // It woke to find the lease gone (or the campaign finished): at most the request it
        // had claimed before it slept went out (its messages were left unknown, not sent by
        // the other), and no claim after that.
        QVERIFY(journal().size() <= journaled + 1);
        if (sleeper.exitCode() != 0)
            QVERIFY(sleeper.readAllStandardOutput().contains("campaign_busy"));
        expectEachOnceOrUnknown(id);
    }

    void aRestoredBackupSendsNothing()
    {
        startSim(QStringLiteral("send:slow=20"));
        addAccount();
        const QString id
            = createPersonalised(QStringLiteral("Backup"), numbersFrom(70'000'000, 60));
        QProcess run;
        run.start(
            QStringLiteral(TUMA_CLI_PATH),
            {QStringLiteral("--db"), m_db, QStringLiteral("campaign"), QStringLiteral("run"), id});
        QVERIFY(run.waitForStarted(5000));
        QVERIFY(waitForJournal(10));
        // Mid-campaign: running, most messages still queued.
        const QString backup = m_dir.filePath(QStringLiteral("mid-%1.db").arg(m_counter));
        QCOMPARE(cli({QStringLiteral("backup"), backup}).exitCode, 0);
        QVERIFY(ended(run, 30'000));
        QCOMPARE(run.exitCode(), 0);
        QCOMPARE(journal().size(), 60);

        QCOMPARE(cli({QStringLiteral("restore"), backup}).exitCode, 0);
        const QJsonObject restored = status(id);
        QCOMPARE(restored.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
        QVERIFY(restored[QStringLiteral("counts")][QStringLiteral("queued")].toInt() > 0);
        QCOMPARE(restored[QStringLiteral("counts")][QStringLiteral("submitting")].toInt(), 0);
        // A run sends nothing: the user has to look and resume it.
        const test::ProcessResult again
            = cli({QStringLiteral("campaign"), QStringLiteral("run"), id});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(journal().size(), 60);
    }

    void aSecondConnectionHereKeepsTheLogSafe()
    {
        // A writer in this process, a second connection opened and closed beside it (as every
        // worker of the window does), then another process that opens and closes the database.
        // Closing a descriptor of the file drops every POSIX lock of the process, after which
        // that other process took the database for unused, checkpointed it and deleted its log
        // while the writer still wrote into it: its commits vanished for everyone else, and
        // messages claimed there went out twice.
        auto writer = Database::open(m_db, QStringLiteral("writer"));
        QVERIFY(writer.ok());
        QVERIFY(GroupStore(*writer.value()).create(QStringLiteral("Before")).ok());
        {
            auto second = Database::open(m_db, QStringLiteral("second"));
            QVERIFY(second.ok());
        }
        QCOMPARE(cli({QStringLiteral("groups"), QStringLiteral("list")}).exitCode, 0);
        QVERIFY(GroupStore(*writer.value()).create(QStringLiteral("After")).ok());
        const QJsonArray groups
            = json(cli({QStringLiteral("groups"), QStringLiteral("list")}).standardOutput)
                  .value(QStringLiteral("groups"))
                  .toArray();
        QStringList names;
        for (const QJsonValue& group : groups)
            names.append(group[QStringLiteral("name")].toString());
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("After"), QStringLiteral("Before")}));
        QVERIFY(QFile::exists(m_db + QStringLiteral("-wal")));
    }

    void theWindowsRunnerAndACliRunSendOnce()
    {
        // Tuma's window (its CampaignRunner, here in this process) and a scheduled
        // `campaign run` on one campaign: one of them sends, each recipient once.
        startSim(QStringLiteral("send:slow=20"));
        addAccount();
        const QString id = createPersonalised(QStringLiteral("Both"), numbersFrom(80'000'000, 60));
        auto database = Database::open(m_db, QStringLiteral("window"));
        QVERIFY(database.ok());
        QVERIFY(Planner(*database.value())
                    .launch(id.toLongLong(), QDateTime::currentDateTimeUtc())
                    .ok());
        SecretStore secrets;
        ProviderSession providers(secrets, {});
        CampaignRunner runner(*database.value(), providers);
        QProcess scheduled;
        scheduled.start(QStringLiteral(TUMA_CLI_PATH),
                        {QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                         QStringLiteral("campaign"), QStringLiteral("run"), id});
        QVERIFY(scheduled.waitForStarted(5000));
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(
            CampaignStore(*database.value()).find(id.toLongLong()).value().state,
            CampaignState::Completed, 30'000);
        QVERIFY(ended(scheduled, 30'000));
        const QByteArray output = scheduled.readAllStandardOutput();
        QVERIFY2(scheduled.exitCode() == 0 || output.contains("campaign_busy"), output.constData());
        runner.stopAll();
        QCOMPARE(journal().size(), 60);
        expectEachOnceOrUnknown(id);
    }

    void anAccountWithCampaignsKeepsItsKey()
    {
        startSim({});
        addAccount();
        createPersonalised(QStringLiteral("Promo"), numbersFrom(81'000'000, 2));
        const test::ProcessResult removed
            = cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("QF")});
        QCOMPARE(removed.exitCode, 1);
        const QJsonObject error
            = json(removed.standardOutput).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("account_in_use"));
        QVERIFY2(
            error.value(QStringLiteral("message")).toString().contains(QLatin1String("\"Promo\"")),
            qPrintable(error.value(QStringLiteral("message")).toString()));
        // Refused before anything was deleted: the key still answers the provider.
        QCOMPARE(cli({QStringLiteral("balance"), QStringLiteral("QF")}).exitCode, 0);
    }

private:
    // Whether the process has ended within `ms`: one that ended while an event loop ran
    // (QProcess::waitForFinished is false for it) has.
    static bool ended(QProcess& process, int ms)
    {
        return process.state() == QProcess::NotRunning || process.waitForFinished(ms);
    }

    QString createPersonalised(const QString& name, const QStringList& numbers)
    {
        const test::ProcessResult created
            = cli({QStringLiteral("campaign"), QStringLiteral("create"), QStringLiteral("--name"),
                   name, QStringLiteral("--account"), QStringLiteral("QF"), QStringLiteral("--to"),
                   numbers.join(u','), QStringLiteral("--template"),
                   QStringLiteral("Your number is <<phone>>.")});
        if (created.exitCode != 0)
            qFatal("campaign create: %s", created.standardError.constData());
        return QString::number(json(created.standardOutput).value(QStringLiteral("id")).toInt());
    }

    static QStringList numbersFrom(int first, int count)
    {
        QStringList numbers;
        for (int i = 0; i < count; ++i)
            numbers.append(QStringLiteral("07%1").arg(first + i));
        return numbers;
    }

    bool waitForState(const QString& id, const QString& state)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20'000) {
            if (status(id).value(QStringLiteral("state")).toString() == state)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    bool waitForJournal(int size)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 20'000) {
            if (journal().size() >= size)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    QMap<QString, int> journalPerPhone()
    {
        QMap<QString, int> journaled;
        for (const QJsonValue& message : journal())
            ++journaled[digits(message[QStringLiteral("phone")].toString())];
        return journaled;
    }

    // The simulator's journal against the outbox: nobody twice; everyone accepted there once;
    // whoever is missing is honestly unknown.
    void expectEachOnceOrUnknown(const QString& id)
    {
        const QMap<QString, int> journaled = journalPerPhone();
        auto database = Database::open(m_db, QStringLiteral("check-%1").arg(id));
        QVERIFY(database.ok());
        QSqlQuery query(database.value()->connection());
        for (auto it = journaled.cbegin(); it != journaled.cend(); ++it) {
            if (it.value() == 1)
                continue;
            // What the outbox says of a number the provider got twice, to tell how.
            QVERIFY(query.exec(QStringLiteral("SELECT state, attempts, error_code, batch_id "
                                              "FROM messages WHERE phone LIKE '%%1'")
                                   .arg(it.key().right(9))));
            QStringList rows;
            while (query.next()) {
                rows.append(QStringLiteral("%1 attempts %2 %3 batch %4")
                                .arg(query.value(0).toString(), query.value(1).toString(),
                                     query.value(2).toString(), query.value(3).toString()));
            }
            QFAIL(qPrintable(QStringLiteral("%1 journaled %2 times: %3")
                                 .arg(it.key())
                                 .arg(it.value())
                                 .arg(rows.join(QStringLiteral("; ")))));
        }
        QVERIFY(query.exec(
            QStringLiteral("SELECT phone, state FROM messages WHERE campaign_id = %1").arg(id)));
        while (query.next()) {
            const QString phone = digits(query.value(0).toString());
            const QString state = query.value(1).toString();
            QVERIFY2(state != QLatin1String("queued") && state != QLatin1String("submitting"),
                     qPrintable(phone + u' ' + state));
            if (state != QLatin1String("unknown"))
                QVERIFY2(journaled.value(phone) == 1, qPrintable(phone + u' ' + state));
        }
    }

    test::ProcessResult cli(QStringList arguments, const QByteArray& input = {})
    {
        arguments.prepend(QStringLiteral("--json"));
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return test::runCli(arguments, input);
    }

    QJsonObject status(const QString& id)
    {
        return json(cli({QStringLiteral("campaign"), QStringLiteral("status"), id}).standardOutput);
    }

    static QString digits(const QString& phone)
    {
        QString result;
        for (const QChar c : phone) {
            if (c.isDigit())
                result.append(c);
        }
        return result;
    }

    void startSim(const QString& faults)
    {
        m_sim = std::make_unique<QProcess>();
        QStringList arguments {QStringLiteral("sim"), QStringLiteral("--state"),
                               m_dir.filePath(QStringLiteral("sim-%1").arg(m_counter))};
        if (!faults.isEmpty())
            arguments << QStringLiteral("--faults") << faults;
        // Messages delivered within a second, so a test can follow them to the end.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TUMA_SANDBOX_TIMING"), QStringLiteral("200,500,300"));
        m_sim->setProcessEnvironment(environment);
        m_sim->start(QStringLiteral(TUMA_CLI_PATH), arguments);
        QVERIFY(m_sim->waitForStarted(5000));
        QElapsedTimer waited;
        waited.start();
        while (!m_sim->canReadLine() && waited.elapsed() < 10000)
            m_sim->waitForReadyRead(200);
        const QJsonObject ready = json(m_sim->readLine());
        m_port = ready.value(QStringLiteral("port")).toInt();
        m_baseUrl = ready[QStringLiteral("base_urls")][QStringLiteral("quickflow")].toString();
        m_baseUrls = ready[QStringLiteral("base_urls")].toObject();
        QVERIFY(m_port > 0);
    }

    void addAccount()
    {
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("QF"),
                      QStringLiteral("--provider"), QStringLiteral("quickflow"),
                      QStringLiteral("--base-url"), m_baseUrl, QStringLiteral("--sender"),
                      QStringLiteral("TUMA")},
                     "sandbox_key:sandbox_secret")
                     .exitCode,
                 0);
    }

    void setSimFaults(const QString& spec)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/faults").arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
        QNetworkReply* reply = network.post(request, spec.toUtf8());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(5000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        reply->deleteLater();
    }

    // As if `seconds` had passed since every message left (the simulator's QuickFlow history
    // has no times; only Tuma's clock matters).
    void moveTimesBack(int seconds)
    {
        auto database = Database::open(m_db, QStringLiteral("clock"));
        QVERIFY(database.ok());
        QSqlQuery query(database.value()->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE messages SET submitted_at = submitted_at - %1 "
                                          "WHERE submitted_at IS NOT NULL")
                               .arg(qint64(seconds) * 1000)));
    }

    QByteArray httpGet(const QUrl& url)
    {
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(5000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }

    int httpPost(const QUrl& url, const QByteArray& body)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    QString stateInDatabase()
    {
        auto database = Database::open(m_db, QStringLiteral("check"));
        QSqlQuery query(database.value()->connection());
        if (!query.exec(QStringLiteral("SELECT state FROM messages ORDER BY id LIMIT 1"))
            || !query.next())
            return {};
        return query.value(0).toString();
    }

    QJsonArray journal()
    {
        QNetworkAccessManager network;
        QNetworkReply* reply = network.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/_sandbox/journal").arg(m_port))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(5000);
        const QJsonArray messages
            = json(reply->readAll()).value(QStringLiteral("messages")).toArray();
        reply->deleteLater();
        return messages;
    }

    QTemporaryDir m_dir;
    QJsonObject m_baseUrls;
    QString m_db;
    int m_counter = 0;
    int m_port = 0;
    QString m_baseUrl;
    std::unique_ptr<QProcess> m_sim;
};

QTEST_GUILESS_MAIN(TestCliCampaigns)
#include "tst_cli_campaigns.moc"
