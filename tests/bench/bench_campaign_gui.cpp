// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI while a campaign sends: the Campaigns page open on a 100,000-recipient personalised
// campaign that the app's CampaignRunner dispatches (on the GUI thread, as in `tuma`) through
// the real adapter over HTTP on 127.0.0.1 to the provider simulator, the page redrawing its
// progress, counts and chart as it goes. A 5 ms timer on the GUI thread measures how late the
// event loop serves it: the longest stall, how many exceed 100 ms, and the percentiles.
// Usage:
//   bench_campaign_gui [--recipients N] [--limit SECONDS] [--no-page] [--auto-checkpoint]
//                      [--work-dir DIR]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise; stops when the campaign is sent or
// after the limit (default 300 s), and removes what it wrote.
#include "BenchSupport.h"
#include "accounts/ProviderSession.h"
#include "campaigns/CampaignRunner.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/Planner.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "storage/AccountStore.h"
#include "storage/CampaignStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/WalCheckpointer.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace tuma;
using namespace tuma::bench;

namespace {

// `count` Kenyan contacts in one group, with a first name and a balance each (not timed).
void populate(const Database& database, int count)
{
    execOrDie(database, QStringLiteral("BEGIN"));
    execOrDie(
        database,
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n "
                       "WHERE i < %1) INSERT INTO contacts (phone, first_name, fields, "
                       "created_at, updated_at) SELECT printf('+2547%08d', i * 37 + 1000), "
                       "CASE i % 3 WHEN 0 THEN 'Amina' WHEN 1 THEN 'Baraka' ELSE 'Chebet' END, "
                       "json_object('balance', CAST(500 + i AS TEXT)), 0, 0 FROM n")
            .arg(count - 1));
    execOrDie(database, QStringLiteral("COMMIT"));
    orDie(ContactStore(database).registerFields({QStringLiteral("balance")}), "fields");
    const qint64 group = orDie(GroupStore(database).create(QStringLiteral("Wateja")), "group").id;
    execOrDie(database,
              QStringLiteral("INSERT INTO group_members (group_id, contact_id) "
                             "SELECT %1, id FROM contacts")
                  .arg(group));
}

double percentile(std::vector<qint64> values, double share)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(double(values.size()) * share));
    return double(values.at(index));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QLoggingCategory::setFilterRules(QStringLiteral("tuma.*.debug=false"));
    int recipients = 100'000;
    int limitSeconds = 300;
    bool showPage = true;
    bool keepAutoCheckpoint = false;
    QString workDir = QDir::tempPath();
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--recipients"))
            recipients = arguments.value(++i).toInt();
        else if (arguments.at(i) == QLatin1String("--limit"))
            limitSeconds = arguments.value(++i).toInt();
        else if (arguments.at(i) == QLatin1String("--no-page"))
            showPage = false; // the dispatcher alone: what the page's redrawing costs
        else if (arguments.at(i) == QLatin1String("--auto-checkpoint"))
            keepAutoCheckpoint = true; // SQLite checkpointing inside the GUI thread's commits
        else if (arguments.at(i) == QLatin1String("--work-dir"))
            workDir = arguments.value(++i);
        else {
            std::fprintf(stderr,
                         "usage: bench_campaign_gui [--recipients N] [--limit SECONDS] "
                         "[--no-page] [--auto-checkpoint] [--work-dir DIR]\n");
            return 2;
        }
    }
    if (recipients <= 0 || limitSeconds <= 0)
        return 2;

    QTemporaryDir work(workDir + QStringLiteral("/bench-campaign-gui-XXXXXX"));
    if (!work.isValid())
        qFatal("cannot make the temporary directory");
    const QString databasePath = work.filePath(QStringLiteral("tuma.db"));
    const QString simulatorState = work.filePath(QStringLiteral("sandbox.sqlite"));
    auto database = orDie(Database::open(databasePath), "open");
    populate(*database, recipients);

    // QSMS: personalised texts travel a body per recipient, many recipients a request.
    Account account;
    account.name = QStringLiteral("Bench");
    account.provider = providerName(ProviderKind::Qsms);
    account.sandbox = true;
    account.senderIds = sandbox::SandboxServer::accountSetup(ProviderKind::Qsms).senders;
    account.pricing.pricePerCredit = 0.5;
    const qint64 accountId = orDie(AccountStore(*database).add(account), "account");
    {
        sandbox::SandboxServer seed({simulatorState, {}});
        orDie(seed.start(), "simulator");
        seed.store().addToBalance(providerName(ProviderKind::Qsms),
                                  sandbox::SandboxServer::accountSetup(ProviderKind::Qsms).secret,
                                  1e9);
    }
    Campaign draft;
    draft.name = QStringLiteral("Bench");
    draft.accountId = accountId;
    draft.templateBody = QStringLiteral("Habari <<first_name>>, salio lako ni KES <<balance>>.");
    draft.audience.groups = {QStringLiteral("Wateja")};
    draft.timeZone = QStringLiteral("Africa/Nairobi");
    const qint64 id = orDie(CampaignStore(*database).create(draft), "campaign");
    orDie(Planner(*database).launch(id, QDateTime::currentDateTimeUtc()), "launch");

    AppSettings settings(work.filePath(QStringLiteral("tuma.ini")));
    SecretStore secrets(QStringLiteral("tuma-bench")); // a sandbox account needs no key
    ProviderSession::Options options;
    options.simulator = sandbox::simulatorFactory(simulatorState, {});
    ProviderSession providers(secrets, options);
    // As MainWindow: the GUI thread's connection leaves checkpoints to a pool thread.
    std::optional<WalCheckpointer> checkpointer;
    if (!keepAutoCheckpoint)
        checkpointer.emplace(*database);
    CampaignRunner runner(*database, providers);
    CampaignsPage page(*database, settings, providers, runner);
    page.resize(1280, 800);
    if (showPage)
        page.show();
    page.selectCampaign(id);

    // The probe: every 5 ms, how late is the event loop?
    constexpr qint64 intervalMs = 5;
    std::vector<qint64> lateness;
    lateness.reserve(size_t(limitSeconds) * 1000 / intervalMs);
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(int(intervalMs));
    QObject::connect(&probe, &QTimer::timeout, [&] {
        lateness.push_back(std::max<qint64>(0, sinceTick.restart() - intervalMs));
    });

    QElapsedTimer elapsed;
    bool done = false;
    QObject::connect(&runner, &CampaignRunner::campaignStopped, [&](qint64 stopped) {
        if (stopped == id) {
            done = true;
            app.quit();
        }
    });
    QTimer::singleShot(limitSeconds * 1000, &app, &QCoreApplication::quit);
    QTimer::singleShot(0, &app, [&] {
        elapsed.start();
        sinceTick.start();
        probe.start();
        runner.start();
    });
    app.exec();
    probe.stop();
    runner.stopAll();

    const double seconds = double(elapsed.elapsed()) / 1000.0;
    const OutboxCounts counts = orDie(CampaignStore(*database).counts(id), "counts");
    const qint64 sent = counts.value(OutboxState::Accepted) + counts.value(OutboxState::Delivered)
        + counts.value(OutboxState::Failed);
    const auto over
        = std::count_if(lateness.cbegin(), lateness.cend(), [](qint64 late) { return late > 100; });
    std::printf("campaign of %d personalised messages through the QSMS simulator, %s: %s in "
                "%.1f s (%.0f recipients/s)\n",
                recipients, showPage ? "the Campaigns page open" : "no page shown",
                done ? "sent" : "NOT finished", seconds, double(sent) / seconds);
    std::printf("event loop, %zu probes every %lld ms: longest stall %.0f ms, p99 %.0f ms, "
                "p99.9 %.0f ms, %lld stalls over 100 ms\n",
                lateness.size(), intervalMs,
                lateness.empty() ? 0.0
                                 : double(*std::max_element(lateness.cbegin(), lateness.cend())),
                percentile(lateness, 0.99), percentile(lateness, 0.999), qint64(over));
    return done ? 0 : 1;
}
