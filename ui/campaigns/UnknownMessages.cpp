// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnknownMessages.h"

#include "accounts/ProviderSession.h"
#include "campaigns/CampaignControl.h"
#include "campaigns/Reconciler.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace tuma {

void UnknownMessages::checkWithProvider(Database& database, ProviderSession& providers,
                                        const Campaign& campaign, QWidget* window,
                                        std::function<void()> done)
{
    // The reading is asynchronous (the provider session's thread); the window stays live.
    auto* reconciler = new Reconciler(database, providers, campaign.id, {}, window);
    auto* progress
        = new QProgressDialog(tr("Reading the provider's records…"), tr("Cancel"), 0, 0, window);
    progress->setWindowTitle(tr("Check with the provider"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(progress, &QProgressDialog::canceled, reconciler, &Reconciler::cancel);
    QObject::connect(reconciler, &Reconciler::progressed, progress,
                     [progress](int read, int total) {
                         progress->setMaximum(total);
                         progress->setValue(std::min(read, total));
                     });
    QObject::connect(
        reconciler, &Reconciler::finished, window,
        [window, reconciler, progress, name = campaign.name,
         done = std::move(done)](const ReconcileSummary& summary) {
            reconciler->deleteLater();
            progress->close();
            if (done)
                done();
            QStringList lines;
            lines.append(tr("Settled from the provider's records: %1")
                             .arg(QLocale().toString(summary.resolved)));
            lines.append(tr("Never reached the provider, sent when you resume the "
                            "campaign: %1")
                             .arg(QLocale().toString(summary.requeued)));
            lines.append(tr("Still unknown: %1").arg(QLocale().toString(summary.stillUnknown)));
            if (!summary.note.isEmpty())
                lines.append(summary.note);
            if (!summary.error.code.isEmpty())
                lines.append(summary.error.messageWithDetail());
            if (summary.paused)
                lines.append(tr("\"%1\" is paused: resume it to send them.").arg(name));
            if (summary.stillUnknown > 0)
                lines.append(tr("For those still unknown, look at the provider's website, "
                                "then use Decide about unknown…"));
            QMessageBox::information(window, tr("Check with the provider"), lines.join(u'\n'));
        });
    progress->show();
    reconciler->start();
}

bool UnknownMessages::decide(Database& database, const Campaign& campaign,
                             const std::optional<Account>& account, const QStringList& phones,
                             QWidget* window)
{
    const qint64 count = phones.isEmpty()
        ? CampaignStore(database).counts(campaign.id).value_or({}).value(OutboxState::Unknown)
        : phones.size();
    if (count == 0)
        return false;
    QMessageBox box(QMessageBox::Question, tr("Decide about unknown messages"),
                    tr("The provider may or may not have %Ln message(s) of \"%1\". Look at its "
                       "website or ask its support first.\n\nSend again: they go back to the "
                       "queue and the campaign pauses; Resume sends them, and a customer who "
                       "already had one gets it twice.\nCount as sent: they are taken as "
                       "accepted and their credits as used.",
                       nullptr, int(count))
                        .arg(campaign.name),
                    QMessageBox::Cancel, window);
    if (account)
        box.setInformativeText(Reconciler::whatCanBeKnown(ProviderSession::capabilities(*account)));
    QPushButton* again = box.addButton(tr("Send again"), QMessageBox::AcceptRole);
    QPushButton* counted = box.addButton(tr("Count as sent"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != again && box.clickedButton() != counted)
        return false;
    const Result<int> changed = CampaignControl(database).decideUnknown(
        campaign.id,
        box.clickedButton() == again ? CampaignControl::UnknownDecision::SendAgain
                                     : CampaignControl::UnknownDecision::CountAsSent,
        phones, AuditLog::currentOsUser());
    if (!changed)
        QMessageBox::warning(window, tr("Decide about unknown messages"),
                             changed.error().messageWithDetail());
    return true;
}

} // namespace tuma
