// SPDX-License-Identifier: GPL-3.0-or-later
// One file because it is one command group (`tuma-cli campaign ...`, docs/CLI.md), as each
// group has its own; the rules live in the campaigns use cases it calls.
#include "CliCommand.h"
#include "CliContext.h"
#include "accounts/ProviderSession.h"
#include "campaigns/AudienceFigures.h"
#include "campaigns/CampaignControl.h"
#include "campaigns/CampaignDraft.h"
#include "campaigns/CampaignReport.h"
#include "campaigns/DeliveryTracker.h"
#include "campaigns/Dispatcher.h"
#include "campaigns/Planner.h"
#include "campaigns/Reconciler.h"
#include "campaigns/SendingLease.h"
#include "campaigns/SendingSchedule.h"
#include "core/PhoneNumber.h"
#include "core/Template.h"
#include "providers/ProviderAdapter.h"
#include "storage/AccountStore.h"
#include "storage/AuditLog.h"
#include "storage/CampaignStore.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/Outbox.h"
#include "storage/TemplateStore.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace tuma::cli {

namespace {

struct CampaignCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(CampaignCommands)
};

volatile std::sig_atomic_t interruptRequested = 0;

void requestInterrupt(int)
{
    interruptRequested = 1;
}

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonObject countsJson(const OutboxCounts& counts)
{
    QJsonObject object;
    for (const OutboxState state : kOutboxStates)
        object.insert(stateName(state), counts.value(state));
    return object;
}

QString accountNameOf(const Database& database, qint64 accountId)
{
    const Result<Account> account = AccountStore(database).findById(accountId);
    return account ? account.value().name : QString();
}

QJsonObject statusJson(const Database& database, const Campaign& campaign,
                       const OutboxCounts& counts)
{
    return {{QStringLiteral("id"), campaign.id},
            {QStringLiteral("name"), campaign.name},
            {QStringLiteral("state"), stateName(campaign.state)},
            {QStringLiteral("account"), accountNameOf(database, campaign.accountId)},
            {QStringLiteral("recipients"), campaign.recipients},
            {QStringLiteral("counts"), countsJson(counts)},
            {QStringLiteral("credits_estimated"), campaign.creditsEstimated},
            {QStringLiteral("credits_used"), campaign.creditsUsed},
            {QStringLiteral("cost_estimated"), campaign.costEstimated},
            {QStringLiteral("currency"), campaign.currency},
            {QStringLiteral("scheduled_at"), timeOrNull(campaign.scheduledAt)},
            {QStringLiteral("pause_reason"), campaign.pauseReason}};
}

QString statusText(const Campaign& campaign, const OutboxCounts& counts)
{
    QStringList parts;
    for (const OutboxState state : kOutboxStates) {
        if (counts.value(state) > 0)
            parts.append(QStringLiteral("%1 %2").arg(counts.value(state)).arg(stateName(state)));
    }
    QString text = CampaignCommandsText::tr("Campaign %1 \"%2\": %3, %Ln recipient(s)", nullptr,
                                            campaign.recipients)
                       .arg(campaign.id)
                       .arg(campaign.name, stateName(campaign.state));
    if (!parts.isEmpty())
        text += QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + u')';
    text += u'.';
    if (!campaign.pauseReason.isEmpty() && campaign.state == CampaignState::Paused)
        text += u'\n' + campaign.pauseReason;
    return text;
}

// The campaign named by the first argument after the action.
Result<Campaign> campaignArgument(CliContext& context, const QCommandLineParser& parser)
{
    const QStringList arguments = parser.positionalArguments();
    bool ok = false;
    const qint64 id = arguments.value(1).toLongLong(&ok);
    if (arguments.size() != 2 || !ok || id <= 0) {
        return Error {QStringLiteral("usage"),
                      CampaignCommandsText::tr("campaign %1 takes the campaign's ID (see "
                                               "`tuma-cli campaign list`).")
                          .arg(arguments.value(0)),
                      {}};
    }
    Result<Database*> database = context.database();
    if (!database)
        return database.error();
    return CampaignStore(*database.value()).find(id);
}

// "08:00-18:00" as a window; an error sentence when it is not one.
std::optional<SendingWindow> parseWindow(const QString& text, QString* problem)
{
    const QStringList ends = text.split(u'-');
    SendingWindow window;
    window.enabled = true;
    window.skipSundays = false;
    if (ends.size() == 2) {
        window.start = QTime::fromString(ends.at(0).trimmed(), QStringLiteral("H:mm"));
        window.end = QTime::fromString(ends.at(1).trimmed(), QStringLiteral("H:mm"));
        if (ends.at(1).trimmed() == QLatin1String("24:00"))
            window.end = QTime(23, 59, 59);
    }
    if (ends.size() != 2 || !window.start.isValid() || !window.end.isValid()) {
        *problem = CampaignCommandsText::tr("--window takes two times, such as 08:00-18:00.");
        return std::nullopt;
    }
    return window; // one that ends before it starts is CampaignDraft's to refuse
}

int campaignCreate(CliContext& context, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1)
        return context.usageError(CampaignCommandsText::tr("campaign create takes no ID."));
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    if (name.isEmpty())
        return context.usageError(CampaignCommandsText::tr("Give the campaign a --name."));
    if (!parser.isSet(QStringLiteral("account")))
        return context.usageError(
            CampaignCommandsText::tr("Choose the account to send through with --account."));
    const bool hasText = parser.isSet(QStringLiteral("template"));
    const bool hasName = parser.isSet(QStringLiteral("template-name"));
    if (hasText == hasName) {
        return context.usageError(CampaignCommandsText::tr(
            "Give the message with either --template TEXT or --template-name NAME."));
    }
    Result<Database*> opened = context.database();
    if (!opened)
        return context.fail(opened.error());
    const Database& database = *opened.value();
    const Result<Account> account
        = AccountStore(database).find(parser.value(QStringLiteral("account")));
    if (!account)
        return context.fail(account.error());

    QString body = parser.value(QStringLiteral("template"));
    if (hasName) {
        const Result<StoredTemplate> stored
            = TemplateStore(database).find(parser.value(QStringLiteral("template-name")));
        if (!stored)
            return context.fail(stored.error());
        body = stored.value().body;
    }
    // What was asked, as given; the rules are CampaignDraft's, as in the window.
    DraftRequest request;
    request.name = name;
    request.account = account.value();
    request.body = body;
    request.groups = parser.values(QStringLiteral("group"));
    request.numbers = parser.value(QStringLiteral("to")).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("sender")))
        request.senderId = parser.value(QStringLiteral("sender"));
    if (parser.isSet(QStringLiteral("where"))) {
        const QString where = parser.value(QStringLiteral("where"));
        const qsizetype equals = where.indexOf(u'=');
        const QStringList values = where.mid(equals + 1).split(u',', Qt::SkipEmptyParts);
        if (equals <= 0 || values.isEmpty()) {
            return context.usageError(CampaignCommandsText::tr(
                "--where takes a field and its values, such as branch=Thika,Nakuru."));
        }
        request.match = {ContactStore::fieldKey(where.left(equals)), values};
    }
    if (parser.isSet(QStringLiteral("remote-group"))) {
        const QString groupId = parser.value(QStringLiteral("remote-group")).trimmed();
        request.remote = {groupId, groupId, -1}; // its name and size once the rules allow it
    }
    request.timeZone = parser.value(QStringLiteral("tz"));
    if (parser.isSet(QStringLiteral("at"))) {
        const QString at = parser.value(QStringLiteral("at")).trimmed();
        request.scheduledAt = QDateTime::fromString(at, Qt::ISODate);
        if (request.scheduledAt.isValid() && request.scheduledAt.timeSpec() == Qt::LocalTime) {
            // No offset: a wall-clock time in --tz, read without the computer's own zone.
            request.scheduledAt = QDateTime::fromString(at + u'Z', Qt::ISODate);
            request.scheduleIsWallClock = true;
        }
        if (!request.scheduledAt.isValid()) {
            return context.usageError(CampaignCommandsText::tr(
                "--at takes a date and time such as 2026-12-24T09:00 (read in --tz)."));
        }
    }
    if (parser.isSet(QStringLiteral("window"))) {
        QString problem;
        const std::optional<SendingWindow> window
            = parseWindow(parser.value(QStringLiteral("window")), &problem);
        if (!window)
            return context.usageError(problem);
        request.window = *window;
    }
    request.skipSundays = parser.isSet(QStringLiteral("no-sunday"));
    request.providerSchedule = parser.isSet(QStringLiteral("provider-schedule"));
    // A broken rule is a usage error (exit 2); what went wrong while checking (the database,
    // a provider's empty group) is a failure (exit 1).
    const auto refused = [&context](const Error& error) {
        const bool failure = error.code == QLatin1String("storage_failed")
            || error.code == QLatin1String("database_busy")
            || error.code == QLatin1String("empty_audience");
        return context.fail(error, failure ? Failure : UsageError);
    };
    Result<Campaign> built = CampaignDraft::build(database, request);
    if (!built)
        return refused(built.error());
    if (!request.remote.isEmpty()) {
        // Only a draft the rules allow asks the provider for its group's name and size.
        const QString groupId = request.remote.groupId;
        Result<ProviderSession*> providers = context.providers();
        if (!providers)
            return context.fail(providers.error());
        const ProviderResult<RemoteGroup> group = providers.value()->wait<RemoteGroup>(
            account.value(),
            [groupId](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteGroup> done) {
                adapter.group(groupId, done);
            });
        if (!group) {
            return context.fail({QStringLiteral("remote_group_not_found"),
                                 CampaignCommandsText::tr("The provider has no group %1: %2")
                                     .arg(groupId, group.error().message),
                                 {}});
        }
        request.remote = {groupId, group.value().name, group.value().contactCount};
        built = CampaignDraft::build(database, request);
        if (!built)
            return refused(built.error());
    }
    Campaign campaign = built.value();

    const Result<AudienceFigures> figures
        = campaignFigures(database, campaign, account.value().pricing);
    if (!figures)
        return context.fail(figures.error());
    const CostEstimate& estimate = figures.value().estimate;
    // A provider's group whose size the provider did not give is estimated for no one.
    if (estimate.recipients == 0
        && (campaign.audience.remote.isEmpty() || campaign.audience.remote.size == 0)) {
        return context.fail({QStringLiteral("empty_audience"),
                             CampaignCommandsText::tr("No one would get this campaign: the groups "
                                                      "are empty or everyone has opted out."),
                             {}});
    }
    const Result<qint64> id = CampaignDraft::save(database, campaign, estimate, 0,
                                                  parser.value(QStringLiteral("template-name")));
    if (!id)
        return context.fail(id.error());
    const QJsonObject document {{QStringLiteral("id"), id.value()},
                                {QStringLiteral("state"), stateName(CampaignState::Draft)},
                                {QStringLiteral("recipients"), estimate.recipients},
                                {QStringLiteral("segments"), estimate.segments},
                                {QStringLiteral("credits"), estimate.credits},
                                {QStringLiteral("cost"), estimate.cost},
                                {QStringLiteral("currency"), estimate.currency}};
    return context.succeed(document,
                           CampaignCommandsText::tr(
                               "Campaign %1 planned: %Ln recipient(s), SMS parts: %2, cost: %3 %4. "
                               "Nothing is sent until `tuma-cli campaign run %1`.",
                               nullptr, estimate.recipients)
                               .arg(id.value())
                               .arg(QLocale().toString(estimate.segments))
                               .arg(estimate.cost, 0, 'f', 2)
                               .arg(estimate.currency));
}

int campaignRun(CliContext& context, const QCommandLineParser& parser)
{
    Result<Campaign> campaign = campaignArgument(context, parser);
    if (!campaign)
        return context.fail(campaign.error(),
                            campaign.error().code == QLatin1String("usage") ? UsageError : Failure);
    const Database& database = *context.database().value();
    std::optional<double> maxCost;
    if (parser.isSet(QStringLiteral("max-cost"))) {
        bool ok = false;
        maxCost = parser.value(QStringLiteral("max-cost")).toDouble(&ok);
        if (!ok || *maxCost < 0)
            return context.usageError(
                CampaignCommandsText::tr("--max-cost takes an amount such as 5000."));
    }
    if (campaign.value().state == CampaignState::Draft) {
        const Result<LaunchSummary> launched = Planner(database).launch(
            campaign.value().id, QDateTime::currentDateTimeUtc(), maxCost);
        // Launched meanwhile by another process (a second `run`, a window): go on with it.
        if (!launched && launched.error().code != QLatin1String("not_a_draft"))
            return context.fail(launched.error());
        campaign = CampaignStore(database).find(campaign.value().id);
        if (!campaign)
            return context.fail(campaign.error());
    }
    if (campaign.value().isFinished()) {
        const Result<OutboxCounts> counts = CampaignStore(database).counts(campaign.value().id);
        if (!counts)
            return context.fail(counts.error());
        return context.succeed(statusJson(database, campaign.value(), counts.value()),
                               statusText(campaign.value(), counts.value()));
    }
    Result<ProviderSession*> providers = context.providers();
    if (!providers)
        return context.fail(providers.error());

    // Ctrl+C or a service manager's stop: finish the request in flight, then stop cleanly.
    interruptRequested = 0;
    std::signal(SIGINT, requestInterrupt);
    std::signal(SIGTERM, requestInterrupt);
    const auto restoreSignals = qScopeGuard([] {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    });

    // One process at a time sends through an account (docs/CAMPAIGNS.md).
    SendingLease lease(database, campaign.value().accountId, QStringLiteral("tuma-cli"));
    const bool waitTurn = parser.isSet(QStringLiteral("wait-turn"));
    bool toldWaiting = false;
    for (;;) {
        const Result<bool> acquired = lease.acquire();
        if (!acquired)
            return context.fail(acquired.error());
        if (acquired.value())
            break;
        const QString holder = SendingLease::describe(*lease.otherHolder());
        if (!waitTurn) {
            return context.fail(
                {QStringLiteral("campaign_busy"),
                 CampaignCommandsText::tr("Campaign %1 is being sent by %2, which will send it. "
                                          "Nothing was sent from here; --wait-turn waits for it.")
                     .arg(campaign.value().id)
                     .arg(holder),
                 {}});
        }
        if (!toldWaiting) {
            context.printError(CampaignCommandsText::tr("%1 is sending through this account; "
                                                        "waiting for its turn…")
                                   .arg(holder));
            toldWaiting = true;
        }
        QEventLoop pause;
        QTimer::singleShot(500, &pause, &QEventLoop::quit);
        pause.exec();
        if (interruptRequested) {
            return context.fail({QStringLiteral("stopped"),
                                 CampaignCommandsText::tr("Stopped while waiting; nothing was "
                                                          "sent from here."),
                                 {}});
        }
        // The other process may have finished it meanwhile.
        const Result<Campaign> again = CampaignStore(database).find(campaign.value().id);
        if (again && again.value().isFinished())
            break;
    }

    Dispatcher::Options options;
    options.waitForSchedule = !parser.isSet(QStringLiteral("no-wait"));
    std::optional<Dispatcher::Summary> summary;
    if (lease.isHeld()) {
        Dispatcher dispatcher(database, *providers.value(), lease, campaign.value().id, options);
        QEventLoop loop;
        QObject::connect(&dispatcher, &Dispatcher::finished, &loop,
                         [&summary, &loop](const Dispatcher::Summary& result) {
                             summary = result;
                             loop.quit();
                         });
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, &dispatcher, [&dispatcher]() {
            if (interruptRequested)
                dispatcher.stop();
        });
        watch.start(100);
        QTimer::singleShot(0, &dispatcher, &Dispatcher::start);
        loop.exec();
        watch.stop();
        lease.release();
    } else {
        // Waited for the turn, and the other process finished the campaign.
        summary.emplace();
        summary->outcome = Dispatcher::Outcome::Completed;
        if (const Result<OutboxCounts> counts = CampaignStore(database).counts(campaign.value().id))
            summary->counts = counts.value();
    }

    const Result<Campaign> now = CampaignStore(database).find(campaign.value().id);
    if (!now)
        return context.fail(now.error());
    const qint64 unknown = summary->counts.value(OutboxState::Unknown);
    if (lease.interrupted() > 0) {
        context.printError(
            CampaignCommandsText::tr(
                "%Ln message(s) were being submitted when the last run stopped; they are unknown "
                "until `tuma-cli campaign reconcile %1` or you decide.",
                nullptr, lease.interrupted())
                .arg(campaign.value().id));
    }
    if (unknown > 0) {
        context.printError(
            CampaignCommandsText::tr(
                "%Ln message(s) may or may not have been accepted: the provider did not answer. "
                "They are not sent again; `tuma-cli campaign reconcile %1` asks the provider.",
                nullptr, static_cast<int>(unknown))
                .arg(campaign.value().id));
    }
    const QJsonObject document = statusJson(database, now.value(), summary->counts);
    switch (summary->outcome) {
    case Dispatcher::Outcome::Completed:
    case Dispatcher::Outcome::Cancelled:
        return context.succeed(document, statusText(now.value(), summary->counts));
    case Dispatcher::Outcome::Waiting:
        return context.succeed(
            document,
            CampaignCommandsText::tr("Campaign %1 waits until %2; run it again then.")
                .arg(campaign.value().id)
                .arg(summary->resumeAt.toLocalTime().toString(Qt::ISODate)));
    case Dispatcher::Outcome::Paused:
    case Dispatcher::Outcome::Failed:
    case Dispatcher::Outcome::Busy:
        break;
    }
    return context.fail(
        {summary->errorCode.isEmpty() ? QStringLiteral("paused") : summary->errorCode,
         summary->message.isEmpty()
             ? CampaignCommandsText::tr("Campaign %1 is paused.").arg(campaign.value().id)
             : summary->message,
         {}});
}

// Asks the provider what became of accepted messages whose check is due (one bounded pass),
// so that status and report show deliveries. A provider that cannot be reached leaves the
// outbox as it is, with a sentence on stderr.
void refreshDeliveries(CliContext& context, const Database& database, const Campaign& campaign)
{
    if (campaign.state == CampaignState::Draft)
        return;
    const Result<Account> account = AccountStore(database).findById(campaign.accountId);
    if (!account || !DeliveryTracker::canTrack(ProviderSession::capabilities(account.value())))
        return;
    const Result<QList<TrackedMessage>> due
        = Outbox(database).dueForTracking(campaign.id, 1, QDateTime::currentDateTimeUtc());
    if (!due || due.value().isEmpty())
        return;
    Result<ProviderSession*> providers = context.providers();
    if (!providers)
        return;
    DeliveryTracker tracker(database, *providers.value(), campaign.id, {});
    std::optional<DeliveryTracker::Summary> summary;
    QEventLoop loop;
    QObject::connect(&tracker, &DeliveryTracker::finished, &loop,
                     [&summary, &loop](const DeliveryTracker::Summary& result) {
                         summary = result;
                         loop.quit();
                     });
    QTimer::singleShot(0, &tracker, &DeliveryTracker::start);
    loop.exec();
    if (summary && summary->error) {
        context.printError(CampaignCommandsText::tr("Could not ask the provider about deliveries: "
                                                    "%1 The counts are those Tuma knew before.")
                               .arg(summary->error->message));
    }
}

int campaignStatus(CliContext& context, const QCommandLineParser& parser)
{
    Result<Campaign> campaign = campaignArgument(context, parser);
    if (!campaign)
        return context.fail(campaign.error(),
                            campaign.error().code == QLatin1String("usage") ? UsageError : Failure);
    const Database& database = *context.database().value();
    refreshDeliveries(context, database, campaign.value());
    const Result<OutboxCounts> counts = CampaignStore(database).counts(campaign.value().id);
    if (!counts)
        return context.fail(counts.error());
    return context.succeed(statusJson(database, campaign.value(), counts.value()),
                           statusText(campaign.value(), counts.value()));
}

int campaignList(CliContext& context)
{
    Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    const Result<QList<Campaign>> campaigns = CampaignStore(*database.value()).list();
    if (!campaigns)
        return context.fail(campaigns.error());
    QJsonArray list;
    QStringList lines;
    for (const Campaign& campaign : campaigns.value()) {
        list.append(
            QJsonObject {{QStringLiteral("id"), campaign.id},
                         {QStringLiteral("name"), campaign.name},
                         {QStringLiteral("state"), stateName(campaign.state)},
                         {QStringLiteral("recipients"), campaign.recipients},
                         {QStringLiteral("scheduled_at"), timeOrNull(campaign.scheduledAt)}});
        lines.append(QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(campaign.id)
                         .arg(stateName(campaign.state), campaign.name)
                         .arg(campaign.recipients));
    }
    return context.succeed({{QStringLiteral("campaigns"), list}},
                           lines.isEmpty() ? CampaignCommandsText::tr("No campaigns yet.")
                                           : lines.join(u'\n'));
}

// pause, resume and cancel: a state change the running dispatcher (here or in Tuma) sees
// before its next request.
int campaignChangeState(CliContext& context, const QCommandLineParser& parser)
{
    Result<Campaign> campaign = campaignArgument(context, parser);
    if (!campaign)
        return context.fail(campaign.error(),
                            campaign.error().code == QLatin1String("usage") ? UsageError : Failure);
    const Database& database = *context.database().value();
    const QString action = parser.positionalArguments().constFirst();
    CampaignControl control(database);
    const qint64 id = campaign.value().id;
    const Result<Campaign> now = action == QLatin1String("pause")
        ? control.pause(id, AuditLog::currentOsUser())
        : action == QLatin1String("resume") ? control.resume(id, QDateTime::currentDateTimeUtc())
                                            : control.cancel(id);
    if (!now)
        return context.fail(now.error());
    const Result<OutboxCounts> counts = CampaignStore(database).counts(id);
    if (!counts)
        return context.fail(counts.error());
    QString text = statusText(now.value(), counts.value());
    if (action == QLatin1String("resume")) {
        text += u'\n'
            + CampaignCommandsText::tr(
                  "Run `tuma-cli campaign run %1` (or keep Tuma open) to go on.")
                  .arg(id);
    }
    return context.succeed(statusJson(database, now.value(), counts.value()), text);
}

int campaignReconcile(CliContext& context, const QCommandLineParser& parser)
{
    Result<Campaign> campaign = campaignArgument(context, parser);
    if (!campaign)
        return context.fail(campaign.error(),
                            campaign.error().code == QLatin1String("usage") ? UsageError : Failure);
    const Database& database = *context.database().value();
    const Result<Account> account = AccountStore(database).findById(campaign.value().accountId);
    if (!account)
        return context.fail(account.error());
    Result<ProviderSession*> providers = context.providers();
    if (!providers)
        return context.fail(providers.error());

    // Ctrl+C stops reading the provider's records; what was proven so far is kept.
    interruptRequested = 0;
    std::signal(SIGINT, requestInterrupt);
    const auto restoreSignal = qScopeGuard([] { std::signal(SIGINT, SIG_DFL); });
    Reconciler reconciler(database, *providers.value(), campaign.value().id, {});
    std::optional<ReconcileSummary> summary;
    QEventLoop loop;
    QObject::connect(&reconciler, &Reconciler::finished, &loop,
                     [&summary, &loop](const ReconcileSummary& result) {
                         summary = result;
                         loop.quit();
                     });
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &reconciler, [&reconciler] {
        if (interruptRequested)
            reconciler.cancel();
    });
    watch.start(100);
    // Progress for a person at a terminal, on stderr, at most twice a second.
    const bool terminal = ::isatty(STDERR_FILENO) != 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    bool progressShown = false;
    QObject::connect(&reconciler, &Reconciler::progressed, &loop,
                     [terminal, &sinceProgress, &progressShown](int done, int total) {
                         if (!terminal || sinceProgress.elapsed() < 500)
                             return;
                         sinceProgress.restart();
                         progressShown = true;
                         std::fprintf(stderr, "\r%s",
                                      qPrintable(CampaignCommandsText::tr(
                                                     "Reading the provider's records: %1 of %2…")
                                                     .arg(done)
                                                     .arg(total)));
                         std::fflush(stderr);
                     });
    QTimer::singleShot(0, &reconciler, &Reconciler::start);
    loop.exec();
    watch.stop();
    if (progressShown)
        std::fprintf(stderr, "\n");

    const ReconcileSummary& result = *summary;
    if (!result.error.code.isEmpty() && result.resolved == 0 && result.requeued == 0
        && result.stillUnknown == 0)
        return context.fail(result.error);
    QString text = CampaignCommandsText::tr("%Ln settled from the provider's records", nullptr,
                                            result.resolved)
        + QStringLiteral(", ")
        + CampaignCommandsText::tr("%Ln never received (sent again when you resume the campaign)",
                                   nullptr, result.requeued)
        + QStringLiteral(", ")
        + CampaignCommandsText::tr("%Ln still unknown", nullptr, result.stillUnknown) + u'.';
    if (result.paused) {
        text += u'\n'
            + CampaignCommandsText::tr("The campaign is paused: `tuma-cli campaign resume %1`, "
                                       "then `tuma-cli campaign run %1`, sends them.")
                  .arg(campaign.value().id);
    }
    if (result.stillUnknown > 0) {
        if (!result.note.isEmpty())
            text += u'\n' + result.note;
        text += u'\n'
            + CampaignCommandsText::tr("Decide for them with `tuma-cli campaign decide %1 "
                                       "--send-again` or `--count-as-sent`.")
                  .arg(campaign.value().id);
    }
    QJsonObject document {{QStringLiteral("resolved"), result.resolved},
                          {QStringLiteral("requeued"), result.requeued},
                          {QStringLiteral("still_unknown"), result.stillUnknown}};
    if (!result.note.isEmpty())
        document.insert(QStringLiteral("reason"), result.note);
    if (!result.error.code.isEmpty()) {
        document.insert(QStringLiteral("error"),
                        QJsonObject {{QStringLiteral("code"), result.error.code},
                                     {QStringLiteral("message"), result.error.message}});
    }
    return context.succeed(document, text);
}

int campaignDecide(CliContext& context, const QCommandLineParser& parser)
{
    Result<Campaign> campaign = campaignArgument(context, parser);
    if (!campaign)
        return context.fail(campaign.error(),
                            campaign.error().code == QLatin1String("usage") ? UsageError : Failure);
    const bool again = parser.isSet(QStringLiteral("send-again"));
    const bool counted = parser.isSet(QStringLiteral("count-as-sent"));
    if (again == counted) {
        return context.usageError(CampaignCommandsText::tr(
            "Say what becomes of the unknown messages: --send-again or --count-as-sent."));
    }
    const Database& database = *context.database().value();
    const Result<Account> account = AccountStore(database).findById(campaign.value().accountId);
    if (!account)
        return context.fail(account.error());
    QStringList phones;
    for (const QString& given : parser.values(QStringLiteral("phone"))) {
        for (const QString& raw : given.split(u',', Qt::SkipEmptyParts)) {
            const Result<QString> phone
                = PhoneNumber::normalize(raw.trimmed(), account.value().region);
            if (!phone)
                return context.usageError(phone.error().message);
            phones.append(phone.value());
        }
    }
    const Result<int> changed = CampaignControl(database).decideUnknown(
        campaign.value().id,
        again ? CampaignControl::UnknownDecision::SendAgain
              : CampaignControl::UnknownDecision::CountAsSent,
        phones, AuditLog::currentOsUser());
    if (!changed)
        return context.fail(changed.error());
    QString text = again
        ? CampaignCommandsText::tr("%Ln unknown message(s) queued again.", nullptr, changed.value())
        : CampaignCommandsText::tr("%Ln unknown message(s) counted as sent.", nullptr,
                                   changed.value());
    if (again && changed.value() > 0) {
        text += u'\n'
            + CampaignCommandsText::tr("The campaign is paused: `tuma-cli campaign resume %1`, "
                                       "then `tuma-cli campaign run %1`, sends them.")
                  .arg(campaign.value().id);
    }
    return context.succeed({{QStringLiteral("changed"), changed.value()}}, text);
}

int campaignReport(CliContext& context, const QCommandLineParser& parser)
{
    Result<Campaign> campaign = campaignArgument(context, parser);
    if (!campaign)
        return context.fail(campaign.error(),
                            campaign.error().code == QLatin1String("usage") ? UsageError : Failure);
    const QString path = parser.value(QStringLiteral("csv"));
    if (path.isEmpty())
        return context.usageError(
            CampaignCommandsText::tr("Give the file to write with --csv FILE."));
    const Database& database = *context.database().value();
    refreshDeliveries(context, database, campaign.value());
    const Result<qint64> written = CampaignReport(database).writeCsv(campaign.value().id, path);
    if (!written)
        return context.fail(written.error());
    const int rows = static_cast<int>(written.value());
    return context.succeed(
        {{QStringLiteral("rows"), rows}, {QStringLiteral("file"), path}},
        CampaignCommandsText::tr("%Ln message(s) written to %1.", nullptr, rows).arg(path));
}

int campaignCommand(CliContext& context, const QCommandLineParser& parser)
{
    const QString action = parser.positionalArguments().value(0);
    if (action == QLatin1String("create"))
        return campaignCreate(context, parser);
    if (action == QLatin1String("run"))
        return campaignRun(context, parser);
    if (action == QLatin1String("status"))
        return campaignStatus(context, parser);
    if (action == QLatin1String("list"))
        return campaignList(context);
    if (action == QLatin1String("pause") || action == QLatin1String("resume")
        || action == QLatin1String("cancel"))
        return campaignChangeState(context, parser);
    if (action == QLatin1String("reconcile"))
        return campaignReconcile(context, parser);
    if (action == QLatin1String("decide"))
        return campaignDecide(context, parser);
    if (action == QLatin1String("report"))
        return campaignReport(context, parser);
    return context.usageError(
        CampaignCommandsText::tr("Unknown action \"%1\": use create, run, status, list, pause, "
                                 "resume, cancel, reconcile, decide or report.")
            .arg(action));
}

} // namespace

QList<CliCommand> campaignCommands()
{
    return {
        {QStringLiteral("campaign"), CampaignCommandsText::tr("Plan, run and follow campaigns."),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(
                 QStringLiteral("ACTION"),
                 CampaignCommandsText::tr("create, run, status, list, pause, resume, cancel, "
                                          "reconcile, decide or report."),
                 QStringLiteral("create | list | run|status|pause|resume|cancel|reconcile|"
                                "decide|report ID"));
             parser.addOption({QStringLiteral("name"),
                               CampaignCommandsText::tr("create: the campaign's name."),
                               QStringLiteral("NAME")});
             parser.addOption({QStringLiteral("account"),
                               CampaignCommandsText::tr("create: the account to send through."),
                               QStringLiteral("ACCOUNT")});
             parser.addOption({QStringLiteral("group"),
                               CampaignCommandsText::tr("create: a group to send to; repeatable."),
                               QStringLiteral("GROUP")});
             parser.addOption(
                 {QStringLiteral("where"),
                  CampaignCommandsText::tr("create: also the contacts whose field holds one of "
                                           "the values, such as branch=Thika,Nakuru."),
                  QStringLiteral("FIELD=VALUE,...")});
             parser.addOption(
                 {QStringLiteral("remote-group"),
                  CampaignCommandsText::tr("create: instead, a group the provider keeps (its id "
                                           "as the Accounts page lists them); one text for "
                                           "all."),
                  QStringLiteral("ID")});
             parser.addOption(
                 {QStringLiteral("to"),
                  CampaignCommandsText::tr("create: numbers to send to, comma-separated."),
                  QStringLiteral("PHONE,...")});
             parser.addOption(
                 {QStringLiteral("template"),
                  CampaignCommandsText::tr("create: the message, with <<placeholders>>."),
                  QStringLiteral("TEXT")});
             parser.addOption({QStringLiteral("template-name"),
                               CampaignCommandsText::tr("create: a saved template's name."),
                               QStringLiteral("NAME")});
             parser.addOption(
                 {QStringLiteral("sender"),
                  CampaignCommandsText::tr("create: the sender ID (default: the account's)."),
                  QStringLiteral("ID")});
             parser.addOption(
                 {QStringLiteral("at"),
                  CampaignCommandsText::tr("create: when to send, e.g. 2026-12-24T09:00."),
                  QStringLiteral("ISO-8601")});
             parser.addOption(
                 {QStringLiteral("tz"),
                  CampaignCommandsText::tr("create: the time zone of --at and --window "
                                           "(default: the account's region's)."),
                  QStringLiteral("ZONE")});
             parser.addOption({QStringLiteral("window"),
                               CampaignCommandsText::tr("create: send only between these hours."),
                               QStringLiteral("HH:MM-HH:MM")});
             parser.addOption({QStringLiteral("no-sunday"),
                               CampaignCommandsText::tr("create: send nothing on Sundays.")});
             parser.addOption(
                 {QStringLiteral("provider-schedule"),
                  CampaignCommandsText::tr("create: let the provider hold the messages "
                                           "until --at.")});
             parser.addOption({QStringLiteral("max-cost"),
                               CampaignCommandsText::tr("run: refuse to launch above this cost."),
                               QStringLiteral("AMOUNT")});
             parser.addOption(
                 {QStringLiteral("no-wait"),
                  CampaignCommandsText::tr("run: do not wait for a future schedule.")});
             parser.addOption(
                 {QStringLiteral("wait-turn"),
                  CampaignCommandsText::tr("run: while another process sends through the "
                                           "account, wait for it instead of stopping.")});
             parser.addOption(
                 {QStringLiteral("send-again"),
                  CampaignCommandsText::tr("decide: queue the unknown messages again (sent "
                                           "when the campaign is resumed).")});
             parser.addOption(
                 {QStringLiteral("count-as-sent"),
                  CampaignCommandsText::tr("decide: count the unknown messages as sent.")});
             parser.addOption(
                 {QStringLiteral("phone"),
                  CampaignCommandsText::tr("decide: only the unknown message to this number; "
                                           "repeatable."),
                  QStringLiteral("PHONE")});
             parser.addOption({QStringLiteral("csv"),
                               CampaignCommandsText::tr("report: the CSV file to write."),
                               QStringLiteral("FILE")});
         },
         campaignCommand, 1, 2},
    };
}

} // namespace tuma::cli
