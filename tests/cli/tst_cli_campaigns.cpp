// SPDX-License-Identifier: GPL-3.0-or-later
// `tuma-cli campaign` as scripts use it, against `tuma-cli sim` in another process: plan,
// run, follow, report; and runs killed with SIGKILL at random moments while the simulator
// misbehaves, after which no recipient has the message twice and none is lost.
#include "TestSupport.h"
#include "storage/Database.h"

#include <QElapsedTimer>
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

    void killedRunsNeverSendTwice()
    {
        // Personalised texts: one request per recipient, so a kill can land anywhere. Every
        // answer comes 20 ms late, so kills often land while a request is in flight, and the
        // 20 kills (at most 6 s of running) always come before the 600 requests' 12 s.
        constexpr int recipients = 600; // within the simulator's 1,000 credits
        startSim(
            QStringLiteral("send:server-error*3,send:drop*4,send:rate-limit=1*2,send:slow=20"));
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
            ::kill(static_cast<pid_t>(run.processId()), SIGKILL);
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
        // Reconciling settles the unknown ones from the history and queues the missing ones;
        // a run then sends those, and the journal still has everyone once.
        const test::ProcessResult reconciled
            = cli({QStringLiteral("campaign"), QStringLiteral("reconcile"), id});
        QCOMPARE(reconciled.exitCode, 0);
        const QJsonObject settled = json(reconciled.standardOutput);
        QCOMPARE(settled.value(QStringLiteral("resolved")).toInt()
                     + settled.value(QStringLiteral("requeued")).toInt()
                     + settled.value(QStringLiteral("still_unknown")).toInt(),
                 counts.value(QStringLiteral("unknown")).toInt());
        QVERIFY(settled.value(QStringLiteral("still_unknown")).toInt() <= unknownAndMissing);
    }

private:
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
    QString m_db;
    int m_counter = 0;
    int m_port = 0;
    QString m_baseUrl;
    std::unique_ptr<QProcess> m_sim;
};

QTEST_GUILESS_MAIN(TestCliCampaigns)
#include "tst_cli_campaigns.moc"
