// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns at scale, with the app's own classes on a real database file:
//  1. launching a 1,000,000-recipient personalised campaign (Planner: every message rendered,
//     counted, priced and written to the outbox in one transaction), with the peak memory;
//  2. dispatching launched campaigns through the real adapters, over HTTP on 127.0.0.1, to the
//     provider simulator (no rate limit), every state change committed to the outbox as the
//     app does it: identical texts (many recipients a request), personalised texts (one
//     recipient a request), personalised texts where the provider takes a text per recipient;
//  3. FlashSMS's documented limit (100 requests a minute, 1,000 recipients a request) against
//     the simulator that enforces it: requests a minute achieved and 429 answers.
// Usage:
//   bench_campaigns [--recipients N] [--bulk N] [--personal N] [--qsms N] [--run-limit S]
//                   [--flashsms-minutes M] [--work-dir DIR] [--sim-dir DIR]
// --flashsms-minutes 0 leaves part 3 out. Tuma's database goes to WORK_DIR (default: the
// temporary directory; it should be a disk, not tmpfs, for the commits to cost what they
// cost), the simulator's state file to SIM_DIR (default /dev/shm when it exists: a provider's
// own storage is not this machine's disk). Both are removed at the end.
#include "BenchSupport.h"
#include "accounts/ProviderSession.h"
#include "campaigns/Dispatcher.h"
#include "campaigns/Planner.h"
#include "campaigns/SendingLease.h"
#include "core/SmsText.h"
#include "core/Template.h"
#include "providers/ProviderAdapter.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"
#include "storage/AccountStore.h"
#include "storage/AudienceReader.h"
#include "storage/CampaignStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/Outbox.h"
#include "storage/TemplateStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <malloc.h>
#include <memory>
#include <optional>
#include <vector>

using namespace tuma;
using namespace tuma::bench;

namespace {

struct Settings
{
    int recipients = 1'000'000;
    int bulk = 100'000;
    int personal = 20'000;
    int qsms = 20'000;
    int runLimitSeconds = 90;
    int flashSmsMinutes = 2;
    QString workDir = QDir::tempPath();
    QString simDir
        = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
};

// Linux: "5" resets the peak resident size (VmHWM) to the current one.
bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

qint64 scalar(const Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.value(0).toLongLong();
}

// Contacts straight in SQL, in one transaction (not timed): Kenyan numbers +2547xxxxxxxx with
// ids 1..kenyan, then Ghanaian numbers +23324xxxxxxx (FlashSMS serves Ghana only), the numbers
// in no particular order (as an import leaves them: a phone index is not written in id order).
// First names with one in six empty (the template's default is used), a balance that differs
// for every contact (so personalised texts never repeat) and a branch as custom fields.
void populate(const Database& database, int kenyan, int ghanaian)
{
    execOrDie(database, QStringLiteral("PRAGMA cache_size = -262144")); // this connection only
    execOrDie(database, QStringLiteral("BEGIN"));
    const QString insert = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO contacts (phone, first_name, last_name, email, fields, created_at, "
        "updated_at) SELECT %2, "
        "CASE i % 6 WHEN 0 THEN '' WHEN 1 THEN 'Wanjiku' WHEN 2 THEN 'Otieno' "
        "WHEN 3 THEN 'Akinyi' WHEN 4 THEN 'Kamau' ELSE 'Njeri' END, "
        "CASE i % 4 WHEN 0 THEN 'Mwangi' WHEN 1 THEN 'Achieng' WHEN 2 THEN 'Kiprop' "
        "ELSE 'Baraka' END, 'c' || i || '@mail.co', "
        "json_object('Balance', CAST(100 + i AS TEXT), 'Branch', CASE i % 5 "
        "WHEN 0 THEN 'Nairobi' WHEN 1 THEN 'Mombasa' WHEN 2 THEN 'Kisumu' WHEN 3 THEN 'Nakuru' "
        "ELSE 'Eldoret' END), 1767225600000, 1767225600000 FROM n");
    if (kenyan > 0) {
        execOrDie(
            database,
            QString(insert)
                .arg(kenyan - 1)
                .arg(QStringLiteral("printf('+2547%08d', (i * 48271 + 1234567) % 100000000)")));
    }
    if (ghanaian > 0) {
        execOrDie(database,
                  QString(insert)
                      .arg(ghanaian - 1)
                      .arg(QStringLiteral("printf('+23324%07d', (i * 7919 + 12345) % 10000000)")));
    }
    execOrDie(database, QStringLiteral("COMMIT"));
    orDie(ContactStore(database).registerFields(
              {QStringLiteral("Balance"), QStringLiteral("Branch")}),
          "fields");
}

// A group of the contacts whose ids are in [first, last].
void addGroup(const Database& database, const QString& name, qint64 first, qint64 last)
{
    const qint64 id = orDie(GroupStore(database).create(name), "group").id;
    execOrDie(database,
              QStringLiteral("INSERT INTO group_members (group_id, contact_id) SELECT %1, id "
                             "FROM contacts WHERE id BETWEEN %2 AND %3")
                  .arg(id)
                  .arg(first)
                  .arg(last));
}

qint64 addSandboxAccount(const Database& database, ProviderKind provider)
{
    Account account;
    account.name = QStringLiteral("Bench ") + providerName(provider);
    account.provider = providerName(provider);
    account.sandbox = true;
    account.senderIds = sandbox::SandboxServer::accountSetup(provider).senders;
    account.region
        = provider == ProviderKind::FlashSms ? QStringLiteral("GH") : QStringLiteral("KE");
    account.pricing.pricePerCredit = 0.5;
    return orDie(AccountStore(database).add(account), "account");
}

qint64 createCampaign(const Database& database, qint64 account, const QString& name,
                      const QString& body, const QString& group)
{
    Campaign draft;
    draft.name = name;
    draft.accountId = account;
    draft.templateBody = body;
    draft.audience.groups = {group};
    draft.timeZone = QStringLiteral("Africa/Nairobi");
    return orDie(CampaignStore(database).create(draft), "campaign");
}

const QString kPersonalised = QStringLiteral(
    "Habari <<first_name|mteja>>, salio lako ni KES <<balance>>. Tafadhali lipa kabla ya "
    "mwisho wa mwezi katika tawi la <<branch>>. Asante!");
const QString kIdentical
    = QStringLiteral("Ofa ya wiki hii: punguzo la 20% kwa bidhaa zote hadi Ijumaa. Karibu!");

// ---- part 1 --------------------------------------------------------------------------------

void benchLaunch(const QString& databasePath)
{
    auto database = orDie(Database::open(databasePath), "open");
    const qint64 account
        = orDie(AccountStore(*database).find(QStringLiteral("Bench quickflow")), "account").id;
    const qint64 id = createCampaign(*database, account, QStringLiteral("Million"), kPersonalised,
                                     QStringLiteral("Wateja"));
    const long rssBefore = statusKiB("VmRSS:");
    const bool peakReset = resetPeakRss();

    QElapsedTimer timer;
    QElapsedTimer sinceLast;
    double firstProgress = 0;
    timer.start();
    sinceLast.start();
    const LaunchSummary launched
        = orDie(Planner(*database).launch(id, QDateTime::currentDateTimeUtc(), {},
                                          [&](int done) {
                                              if (done == 4096)
                                                  firstProgress = seconds(timer);
                                              sinceLast.start();
                                              return true;
                                          }),
                "launch");
    const double total = seconds(timer);
    const double afterLast = seconds(sinceLast);
    const long peak = statusKiB("VmHWM:");

    std::printf("1. Launch: %lld recipients (%lld opted out left out), %lld parts, %.0f credits, "
                "KES %.0f\n",
                static_cast<long long>(launched.estimate.recipients),
                scalar(*database, QStringLiteral("SELECT COUNT(*) FROM suppression_list")),
                static_cast<long long>(launched.estimate.segments), launched.estimate.credits,
                launched.estimate.cost);
    std::printf("   launch (read, render, count, price, insert, commit): %6.2f s = %.0f "
                "recipients/s\n",
                total, launched.estimate.recipients / total);
    std::printf("     first 4,096 rows written after:        %6.3f s\n", firstProgress);
    std::printf("     after the last row: update, audit, commit (WAL checkpoint): %6.2f s\n",
                afterLast);
    std::printf("   resident before the launch %.1f MB; peak during it (VmHWM) %.1f MB%s\n",
                rssBefore / 1024.0, peak / 1024.0,
                peakReset ? "" : " (could not reset VmHWM: peak of the whole process)");

    // Where the time goes: the same audience read alone, then read + render + count.
    timer.restart();
    const QStringList fields = orDie(TemplateStore(*database).availableFields(), "fields");
    const Template::Bound bound = Template(kPersonalised).bind(fields);
    qint64 seen = 0;
    (void)orDie(AudienceReader(*database).visit({QStringLiteral("Wateja")}, {},
                                                [&](const Recipient& recipient) {
                                                    seen += recipient.values.size();
                                                    return true;
                                                }),
                "audience");
    const double readOnly = seconds(timer);
    timer.restart();
    qint64 parts = 0;
    (void)orDie(AudienceReader(*database).visit(
                    {QStringLiteral("Wateja")}, {},
                    [&](const Recipient& recipient) {
                        parts += SmsText::count(bound.render(recipient.values)).segments;
                        return true;
                    }),
                "audience");
    const double readRender = seconds(timer);
    std::printf("   alone: audience read (SQL + contact JSON): %6.2f s; + render + count: %6.2f s "
                "(%lld parts); so insert + commit about %.2f s\n",
                readOnly, readRender, static_cast<long long>(parts), total - readRender);
    std::printf("   database file %.0f MB, %lld outbox rows\n",
                double(QFileInfo(databasePath).size()) / 1e6,
                scalar(*database, QStringLiteral("SELECT COUNT(*) FROM messages")));
}

// ---- parts 2 and 3 -------------------------------------------------------------------------

// HTTP answers seen in the log of the HTTP client (enabled for part 3 only): status and time.
struct AnswerLog
{
    QMutex mutex;
    std::vector<std::pair<qint64, int>> answers;
    QtMessageHandler previous = nullptr;
};
AnswerLog* answerLog = nullptr;

void logHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (answerLog && qstrcmp(context.category, "tuma.providers.http") == 0) {
        static const QRegularExpression answered(QStringLiteral(" answered (\\d+) after "));
        const QRegularExpressionMatch match = answered.match(message);
        if (match.hasMatch()) {
            const QMutexLocker lock(&answerLog->mutex);
            answerLog->answers.emplace_back(QDateTime::currentMSecsSinceEpoch(),
                                            match.captured(1).toInt());
        }
        if (type == QtDebugMsg)
            return;
    }
    if (answerLog && answerLog->previous)
        answerLog->previous(type, context, message);
}

struct RunFigures
{
    Dispatcher::Summary summary;
    double seconds = 0;
    qint64 accepted = 0;
    qint64 requests = 0;
};

// Runs the Dispatcher on a launched campaign until it finishes, or stops it after `limitMs`.
RunFigures dispatch(const Database& database, ProviderSession& providers, qint64 id, int limitMs)
{
    SendingLease lease(database, orDie(CampaignStore(database).find(id), "campaign").accountId,
                       QStringLiteral("tuma"));
    if (!orDie(lease.acquire(), "lease"))
        qFatal("the account's sending lease is held by another process");
    Dispatcher dispatcher(database, providers, lease, id, Dispatcher::Options {});
    std::optional<Dispatcher::Summary> result;
    QEventLoop loop;
    QObject::connect(&dispatcher, &Dispatcher::finished, &loop,
                     [&](const Dispatcher::Summary& summary) {
                         result = summary;
                         loop.quit();
                     });
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &dispatcher, [&dispatcher] { dispatcher.stop(); });
    // A stopped run ends when the request in flight is answered: the HTTP client gives up on
    // an answer after 60 s.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop,
                     [] { qFatal("the dispatcher did not stop"); });
    QElapsedTimer timer;
    timer.start();
    limit.start(limitMs);
    deadline.start(limitMs + 120'000);
    dispatcher.start();
    if (!result)
        loop.exec();
    RunFigures figures;
    figures.seconds = seconds(timer);
    figures.summary = *result;
    figures.accepted = result->counts.value(OutboxState::Accepted);
    figures.requests = scalar(database,
                              QStringLiteral("SELECT COUNT(DISTINCT batch_id) FROM "
                                             "messages WHERE campaign_id = %1 AND "
                                             "state = 'accepted'")
                                  .arg(id));
    return figures;
}

qint64 launchGroup(const Database& database, qint64 account, const QString& name,
                   const QString& body, const QString& group)
{
    const qint64 id = createCampaign(database, account, name, body, group);
    QElapsedTimer timer;
    timer.start();
    const LaunchSummary launched
        = orDie(Planner(database).launch(id, QDateTime::currentDateTimeUtc()), "launch");
    std::printf("   (launched %lld recipients in %.2f s)\n",
                static_cast<long long>(launched.estimate.recipients), seconds(timer));
    return id;
}

void report(const char* label, const RunFigures& run, int wanted)
{
    // A run stopped by its time limit is the benchmark's doing, not a pause.
    const bool timeUp = run.summary.errorCode == QLatin1String("stopped");
    const QString outcome = timeUp ? QStringLiteral("stopped at the time limit")
                                   : Dispatcher::outcomeName(run.summary.outcome);
    const QString detail = timeUp ? QString() : run.summary.message;
    std::printf("   %s: %lld of %d accepted (%lld refused) in %.2f s = %.0f recipients/s, %lld "
                "requests = %.1f requests/s (%s%s%s)\n",
                label, static_cast<long long>(run.accepted), wanted,
                static_cast<long long>(run.summary.counts.value(OutboxState::Failed)), run.seconds,
                run.accepted / run.seconds, static_cast<long long>(run.requests),
                run.requests / run.seconds, qPrintable(outcome), detail.isEmpty() ? "" : ": ",
                qPrintable(detail));
}

// Where a request's time goes, each part on its own: the outbox work the Dispatcher does for
// one request (read the campaign, the next queued messages, claim them as submitting, commit
// their outcome with the credits), a durable commit, and a send through the adapter to the
// simulator with its answer.
void benchPieces(const Database& database, ProviderSession& providers, const Account& account,
                 const QString& group)
{
    const qint64 id
        = launchGroup(database, account.id, QStringLiteral("Pieces"), kPersonalised, group);
    SendingLease lease(database, account.id, QStringLiteral("tuma"));
    if (!orDie(lease.acquire(), "lease"))
        qFatal("the account's sending lease is held by another process");
    const auto outboxWork = [&](int batch, int requests) {
        QElapsedTimer elapsed;
        elapsed.start();
        for (int r = 0; r < requests; ++r) {
            (void)orDie(CampaignStore(database).find(id), "find");
            const QList<OutboxMessage> queued
                = orDie(Outbox(database).nextQueued(id, std::max(8, batch),
                                                    QDateTime::currentDateTimeUtc()),
                        "queued");
            QList<qint64> ids;
            QList<MessageOutcome> outcomes;
            double credits = 0;
            for (const OutboxMessage& message : queued.mid(0, batch)) {
                ids.append(message.id);
                outcomes.append({message.id,
                                 OutboxState::Accepted,
                                 QStringLiteral("bench-%1").arg(message.id),
                                 QStringLiteral("queued"),
                                 {},
                                 {}});
                credits += message.credits;
            }
            (void)orDie(Outbox(database).claim(id, ids, account.id, lease.token()), "claim");
            orDie(Outbox(database).recordAnswer(id, outcomes, credits), "record");
        }
        return seconds(elapsed) * 1000 / requests;
    };
    const double outboxOneMs = outboxWork(1, 2000);
    const double outboxBulkMs = outboxWork(500, 20);

    QElapsedTimer timer;
    constexpr int kCommits = 500;
    timer.start();
    for (int i = 0; i < kCommits; ++i)
        orDie(CampaignStore(database).addCreditsUsed(id, 0.001), "commit");
    const double commitMs = seconds(timer) * 1000 / kCommits;

    const auto sendMany = [&](int recipientsPerRequest, int requests) {
        QElapsedTimer elapsed;
        elapsed.start();
        for (int r = 0; r < requests; ++r) {
            SendRequest request;
            request.text = kIdentical;
            request.senderId = account.senderOrDefault();
            for (int i = 0; i < recipientsPerRequest; ++i) {
                const QString phone = QStringLiteral("+2547%1").arg(
                    90'000'000 + r * recipientsPerRequest + i, 8, 10, QLatin1Char('0'));
                request.recipients.append({phone, kIdentical, {}});
            }
            const ProviderResult<SendResult> sent = providers.wait<SendResult>(
                account,
                [request](ProviderAdapter& adapter, ProviderAdapter::Reply<SendResult> done) {
                    adapter.send(request, done);
                });
            if (!sent)
                qFatal("send: %s", qPrintable(sent.error().message));
        }
        return seconds(elapsed) * 1000 / requests;
    };
    const double sendOneMs = sendMany(1, 1000);
    const double sendBulkMs = sendMany(500, 20);
    std::printf("   d. each part alone, per request of 1 / 500 recipients:\n");
    std::printf("      outbox work (find campaign, next queued, commit submitting, commit "
                "outcome and credits): %.2f ms / %.1f ms\n",
                outboxOneMs, outboxBulkMs);
    std::printf("      a send through the QuickFlow adapter to the simulator and its answer: "
                "%.2f ms / %.1f ms\n",
                sendOneMs, sendBulkMs);
    std::printf("      one durable commit (an UPDATE, WAL, synchronous = FULL): %.3f ms\n",
                commitMs);
}

void benchDispatch(const Database& database, ProviderSession& providers, const Settings& settings)
{
    std::printf("2. Dispatch to the simulator on 127.0.0.1, no rate limit (each run stops "
                "after %d s at most)\n",
                settings.runLimitSeconds);
    const qint64 quickFlow
        = orDie(AccountStore(database).find(QStringLiteral("Bench quickflow")), "account").id;
    const qint64 qsms
        = orDie(AccountStore(database).find(QStringLiteral("Bench qsms")), "account").id;
    const int limitMs = settings.runLimitSeconds * 1000;

    if (settings.bulk > 0) {
        std::printf("   a. identical text, QuickFlow (500 recipients a request):\n");
        const qint64 id = launchGroup(database, quickFlow, QStringLiteral("Bulk"), kIdentical,
                                      QStringLiteral("Bulk"));
        report("bulk", dispatch(database, providers, id, limitMs), settings.bulk);
    }
    if (settings.personal > 0) {
        std::printf("   b. personalised text, QuickFlow (one recipient a request):\n");
        const qint64 id = launchGroup(database, quickFlow, QStringLiteral("Personal"),
                                      kPersonalised, QStringLiteral("Personal"));
        report("per recipient", dispatch(database, providers, id, limitMs), settings.personal);
    }
    if (settings.qsms > 0) {
        std::printf("   c. personalised text, QSMS sendmultiple (a text per recipient, 100 "
                    "recipients a request):\n");
        const qint64 id = launchGroup(database, qsms, QStringLiteral("Qsms"), kPersonalised,
                                      QStringLiteral("Qsms"));
        report("text per recipient", dispatch(database, providers, id, limitMs), settings.qsms);
    }
    if (settings.bulk >= 40'000) {
        benchPieces(database, providers,
                    orDie(AccountStore(database).findById(quickFlow), "account"),
                    QStringLiteral("Bulk"));
    }
}

void benchFlashSms(const Database& database, ProviderSession& providers, int minutes,
                   int recipients)
{
    std::printf("3. FlashSMS's limit (100 requests/min, 1,000 recipients a request), enforced "
                "by the simulator, for %d min:\n",
                minutes);
    const qint64 account
        = orDie(AccountStore(database).find(QStringLiteral("Bench flashsms")), "account").id;
    const qint64 id = launchGroup(database, account, QStringLiteral("Ghana"), kIdentical,
                                  QStringLiteral("Ghana"));
    AnswerLog log;
    answerLog = &log;
    log.previous = qInstallMessageHandler(logHandler);
    QLoggingCategory::setFilterRules(
        QStringLiteral("tuma.*.debug=false\ntuma.providers.http.debug=true"));
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const RunFigures run = dispatch(database, providers, id, minutes * 60'000);
    QLoggingCategory::setFilterRules(QStringLiteral("tuma.*.debug=false"));
    qInstallMessageHandler(log.previous);
    answerLog = nullptr;

    int ok = 0;
    int limited = 0;
    int other = 0;
    std::vector<qint64> okTimes;
    for (const auto& [at, status] : log.answers) {
        if (status >= 200 && status < 300) {
            ++ok;
            okTimes.push_back(at);
        } else if (status == 429) {
            ++limited;
        } else {
            ++other;
        }
    }
    const double windowMinutes = minutes;
    std::printf("   %d requests answered 2xx in %d min = %.1f requests/min = %.1f %% of 100; "
                "429 answers: %d; other statuses: %d\n",
                ok, minutes, ok / windowMinutes, ok / windowMinutes, limited, other);
    if (okTimes.size() > 1) {
        const double spanMs = double(okTimes.back() - okTimes.front());
        std::printf("   first answer after %lld ms; steady interval %.1f ms = %.1f requests/min\n",
                    static_cast<long long>(okTimes.front() - started),
                    spanMs / double(okTimes.size() - 1),
                    60'000.0 * double(okTimes.size() - 1) / spanMs);
    }
    const qint64 resubmitted = scalar(
        database,
        QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = %1 AND attempts > 1")
            .arg(id));
    const bool timeUp = run.summary.errorCode == QLatin1String("stopped");
    std::printf("   outbox: %lld accepted (%lld refused as invalid) in %lld requests (%.0f "
                "recipients/s), %lld queued of %d, %lld submitted more than once; run %s after "
                "%.1f s\n",
                static_cast<long long>(run.accepted),
                static_cast<long long>(run.summary.counts.value(OutboxState::Failed)),
                static_cast<long long>(run.requests), run.accepted / run.seconds,
                static_cast<long long>(run.summary.counts.value(OutboxState::Queued)), recipients,
                static_cast<long long>(resubmitted),
                timeUp ? "stopped at the time limit"
                       : qPrintable(Dispatcher::outcomeName(run.summary.outcome)),
                run.seconds);
}

int intArgument(const QStringList& arguments, qsizetype& i)
{
    bool ok = false;
    const int value = arguments.value(++i).toInt(&ok);
    if (!ok || value < 0)
        qFatal("%s needs a whole number", qPrintable(arguments.at(i - 1)));
    return value;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    // As the app and tuma-cli: Tuma's debug lines off.
    QLoggingCategory::setFilterRules(QStringLiteral("tuma.*.debug=false"));
    Settings settings;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--recipients"))
            settings.recipients = intArgument(arguments, i);
        else if (argument == QLatin1String("--bulk"))
            settings.bulk = intArgument(arguments, i);
        else if (argument == QLatin1String("--personal"))
            settings.personal = intArgument(arguments, i);
        else if (argument == QLatin1String("--qsms"))
            settings.qsms = intArgument(arguments, i);
        else if (argument == QLatin1String("--run-limit"))
            settings.runLimitSeconds = std::max(1, intArgument(arguments, i));
        else if (argument == QLatin1String("--flashsms-minutes"))
            settings.flashSmsMinutes = intArgument(arguments, i);
        else if (argument == QLatin1String("--work-dir"))
            settings.workDir = arguments.value(++i);
        else if (argument == QLatin1String("--sim-dir"))
            settings.simDir = arguments.value(++i);
        else {
            std::fprintf(stderr,
                         "usage: bench_campaigns [--recipients N] [--bulk N] [--personal N] "
                         "[--qsms N] [--run-limit SECONDS] [--flashsms-minutes M] "
                         "[--work-dir DIR] [--sim-dir DIR]\n");
            return 2;
        }
    }

    QTemporaryDir work(settings.workDir + QStringLiteral("/bench-campaigns-XXXXXX"));
    QTemporaryDir simulator(settings.simDir + QStringLiteral("/bench-campaigns-sim-XXXXXX"));
    if (!work.isValid() || !simulator.isValid())
        qFatal("cannot make the temporary directories");
    const QString databasePath = work.filePath(QStringLiteral("tuma.db"));
    const QString simulatorState = simulator.filePath(QStringLiteral("sandbox.sqlite"));

    // The launch's audience: `recipients` plus 1,000 opted-out members. The dispatch groups
    // are other contacts, Kenyan for QuickFlow and QSMS, Ghanaian for FlashSMS (enough that
    // the queue never runs dry within the time).
    constexpr int kOptedOut = 1'000;
    const int launchMembers = settings.recipients > 0 ? settings.recipients + kOptedOut : 0;
    const int kenyan = launchMembers + settings.bulk + settings.personal + settings.qsms;
    const int ghanaian = settings.flashSmsMinutes * 100 * 1000 * 11 / 10;
    {
        QElapsedTimer timer;
        timer.start();
        auto database = orDie(Database::open(databasePath), "open");
        populate(*database, kenyan, ghanaian);
        qint64 next = 1;
        const auto group = [&](const QString& name, int size) {
            if (size > 0)
                addGroup(*database, name, next, next + size - 1);
            next += size;
        };
        group(QStringLiteral("Wateja"), launchMembers);
        if (launchMembers > 0) {
            execOrDie(*database,
                      QStringLiteral("INSERT INTO suppression_list (phone, reason, source, "
                                     "created_at) SELECT phone, 'STOP', 'manual', 0 FROM "
                                     "contacts WHERE id % %1 = 0 AND id <= %2 LIMIT %3")
                          .arg(std::max(1, launchMembers / kOptedOut))
                          .arg(launchMembers)
                          .arg(kOptedOut));
        }
        group(QStringLiteral("Bulk"), settings.bulk);
        group(QStringLiteral("Personal"), settings.personal);
        group(QStringLiteral("Qsms"), settings.qsms);
        group(QStringLiteral("Ghana"), ghanaian);
        for (const ProviderKind provider :
             {ProviderKind::QuickFlow, ProviderKind::Qsms, ProviderKind::FlashSms})
            addSandboxAccount(*database, provider);
        execOrDie(*database, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        database.reset();
        malloc_trim(0); // the population's page cache is not the launch's memory
        std::printf("bench_campaigns: %d + %d contacts written in %.1f s (not part of any "
                    "figure); database in %s, simulator state in %s\n",
                    kenyan, ghanaian, seconds(timer), qPrintable(work.path()),
                    qPrintable(simulator.path()));
    }

    // Part 1 on a freshly opened database, as the app would launch.
    if (settings.recipients > 0)
        benchLaunch(databasePath);

    if (settings.bulk + settings.personal + settings.qsms == 0 && settings.flashSmsMinutes == 0)
        return 0;

    // The simulator's accounts get enough credit: its state file is shared with the
    // simulator the provider session starts on its network thread.
    {
        sandbox::SandboxServer seed({simulatorState, {}});
        orDie(seed.start(), "simulator");
        for (const ProviderKind provider :
             {ProviderKind::QuickFlow, ProviderKind::Qsms, ProviderKind::FlashSms}) {
            seed.store().addToBalance(providerName(provider),
                                      sandbox::SandboxServer::accountSetup(provider).secret, 1e9);
        }
    }

    auto database = orDie(Database::open(databasePath), "open");
    SecretStore secrets(QStringLiteral("tuma-bench")); // sandbox accounts need no key
    ProviderSession::Options options;
    // The app's timing: FlashSMS's window is 60 s.
    options.simulator = sandbox::simulatorFactory(simulatorState, {});
    {
        ProviderSession providers(secrets, options);
        if (settings.bulk + settings.personal + settings.qsms > 0)
            benchDispatch(*database, providers, settings);
        if (settings.flashSmsMinutes > 0)
            benchFlashSms(*database, providers, settings.flashSmsMinutes, ghanaian);
    }
    return 0;
}
