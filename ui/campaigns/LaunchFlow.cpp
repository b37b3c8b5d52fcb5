// SPDX-License-Identifier: GPL-3.0-or-later
#include "LaunchFlow.h"

#include "CampaignTexts.h"
#include "campaigns/AudienceFigures.h"
#include "campaigns/Planner.h"
#include "core/Template.h"
#include "settings/AppSettings.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "widgets/BackgroundJob.h"

#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QWidget>

#include <cmath>

namespace tuma {

LaunchFlow::LaunchFlow(Database& database, AppSettings& settings, QWidget* window,
                       std::function<void(qint64)> finished)
    : QObject(window)
    , m_database(database)
    , m_settings(settings)
    , m_window(window)
    , m_finished(std::move(finished))
{ }

void LaunchFlow::start(Database& database, AppSettings& settings, const Campaign& campaign,
                       QWidget* window, std::function<void(qint64 id)> finished)
{
    auto* flow = new LaunchFlow(database, settings, window, std::move(finished));
    flow->estimateThenConfirm(campaign, std::nullopt);
}

void LaunchFlow::end(std::optional<qint64> id)
{
    if (id && m_finished)
        m_finished(*id);
    deleteLater();
}

void LaunchFlow::estimateThenConfirm(const Campaign& campaign, std::optional<CostEstimate> asked)
{
    // The draft's figures were counted when it was saved; contacts added since go out too,
    // so the amount asked is counted now, and the launch may cost no more than it.
    const Result<Account> account = AccountStore(m_database).findById(campaign.accountId);
    if (!account) {
        QMessageBox::warning(m_window, tr("Not launched"), account.error().messageWithDetail());
        return end(std::nullopt);
    }
    BackgroundJob::runWithDialog<AudienceFigures>(
        m_window, tr("Counting the recipients…"),
        [databasePath = m_database.path(), campaign, pricing = account.value().pricing](
            const BackgroundJob::Progress& progress) -> Result<AudienceFigures> {
            Result<std::unique_ptr<Database>> database = Database::open(databasePath);
            if (!database)
                return database.error();
            return campaignFigures(*database.value(), campaign, pricing,
                                   [&progress] { return !progress(0, 0); });
        },
        [this, id = campaign.id, asked](Result<AudienceFigures> figures) {
            if (!figures) {
                if (figures.error().code != QLatin1String("cancelled"))
                    QMessageBox::warning(m_window, tr("Not launched"),
                                         figures.error().messageWithDetail());
                return end(std::nullopt);
            }
            confirmAndLaunch(id, figures.value().estimate, asked);
        });
}

void LaunchFlow::confirmAndLaunch(qint64 id, const CostEstimate& estimate,
                                  const std::optional<CostEstimate>& asked)
{
    const Result<Campaign> found = CampaignStore(m_database).find(id);
    if (!found || found.value().state != CampaignState::Draft)
        return end(std::nullopt);
    const Campaign& campaign = found.value();
    const QString cost = CampaignTexts::moneyText(estimate.cost, estimate.currency);
    const RemoteAudience& remote = campaign.audience.remote;
    const bool unknownGroup = !remote.isEmpty() && remote.size < 0;
    if (estimate.recipients == 0 && !unknownGroup) {
        QMessageBox::information(m_window, tr("Not launched"),
                                 tr("No one would get \"%1\" now: its groups are empty or "
                                    "everyone in them has opted out.")
                                     .arg(campaign.name));
        return end(std::nullopt);
    }
    QString question
        = campaign.scheduledAt.isValid() && campaign.scheduledAt > QDateTime::currentDateTimeUtc()
        ? tr("Launch \"%1\"? %Ln message(s) will be sent at %2 for about %3.", nullptr,
             estimate.recipients)
              .arg(campaign.name, CampaignTexts::campaignTime(campaign), cost)
        : tr("Send \"%1\" now? %Ln message(s) go out for about %2.", nullptr, estimate.recipients)
              .arg(campaign.name, cost);
    if (asked) {
        // It grew between the question and the launch: both figures, and the choice again.
        question = tr("More people would get \"%1\" than when you confirmed it: %Ln message(s) "
                      "for about %2 now, instead of %3 for %4. Send it for the new amount?",
                      nullptr, estimate.recipients)
                       .arg(campaign.name, cost, QLocale().toString(asked->recipients),
                            CampaignTexts::moneyText(asked->cost, asked->currency));
    }
    if (unknownGroup) {
        // No count, no total: say what is known, a message's price for each member.
        const Result<Account> account = AccountStore(m_database).findById(campaign.accountId);
        const double perMessage = account
            ? remoteGroupFigures(Template(campaign.templateBody), 1, account.value().pricing)
                  .estimate.cost
            : 0;
        question = tr("Send \"%1\" to everyone in the provider's group \"%2\"? The provider did "
                      "not say how many they are: each costs about %3.")
                       .arg(campaign.name, remote.groupName,
                            CampaignTexts::moneyText(perMessage, campaign.currency));
    }
    if (QMessageBox::question(m_window, tr("Launch campaign"), question,
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return end(std::nullopt);
    const double threshold = m_settings.launchConfirmationThreshold();
    if (threshold > 0 && estimate.cost > threshold) {
        // A large amount is typed, not clicked: a slip of the mouse cannot spend it.
        const QString expected = QLocale().toString(estimate.cost, 'f', 2);
        bool ok = false;
        const QString typed = QInputDialog::getText(
            m_window, tr("Confirm the amount"),
            tr("This campaign costs %1, more than %2. Type the amount (%3) to launch it.")
                .arg(cost, CampaignTexts::moneyText(threshold, estimate.currency), expected),
            QLineEdit::Normal, {}, &ok);
        if (!ok)
            return end(std::nullopt);
        bool parsed = false;
        const double amount = QLocale().toDouble(typed.trimmed(), &parsed);
        if (!parsed || std::abs(amount - estimate.cost) >= 0.005) {
            QMessageBox::information(
                m_window, tr("Not launched"),
                tr("The amount typed is not %1; nothing was sent.").arg(expected));
            return end(std::nullopt);
        }
    }
    // The amount confirmed is the amount allowed, as `campaign run --max-cost` holds it.
    const std::optional<double> maxCost
        = unknownGroup ? std::nullopt : std::optional<double>(estimate.cost);
    const QString databasePath = m_database.path();
    BackgroundJob::runWithDialog(
        m_window, tr("Preparing %Ln message(s)…", nullptr, estimate.recipients),
        [databasePath, id, maxCost,
         total = estimate.recipients](const BackgroundJob::Progress& progress) -> Result<void> {
            Result<std::unique_ptr<Database>> database = Database::open(databasePath);
            if (!database)
                return database.error();
            const Result<LaunchSummary> launched
                = Planner(*database.value())
                      .launch(id, QDateTime::currentDateTimeUtc(), maxCost,
                              [&](int written) { return progress(written, total); });
            if (!launched)
                return launched.error();
            return Result<void>();
        },
        [this, id, campaign, estimate](Result<void> result) {
            if (!result && result.error().code == QLatin1String("over_budget")) {
                // Contacts were added between the count and the launch: ask again.
                estimateThenConfirm(campaign, estimate);
                return;
            }
            if (!result && result.error().code != QLatin1String("cancelled"))
                QMessageBox::warning(m_window, tr("Not launched"),
                                     result.error().messageWithDetail());
            end(id);
        });
}

} // namespace tuma
