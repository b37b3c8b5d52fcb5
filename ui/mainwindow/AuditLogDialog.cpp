// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogDialog.h"

#include "core/PhoneNumber.h"
#include "ui_AuditLogDialog.h"
#include "widgets/BalanceText.h"
#include "widgets/TableLook.h"
#include "widgets/TextTableModel.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPushButton>

namespace tuma {

AuditLogDialog::AuditLogDialog(const Database& database, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditLogDialog>())
{
    m_ui->setupUi(this);
    m_model = new TextTableModel(this);
    m_model->setHeaders({tr("When"), tr("User"), tr("What"), tr("Subject"), tr("Details")});
    m_ui->entriesTableView->setModel(m_model);
    fitColumns(m_ui->entriesTableView, -1, 60);
    m_ui->entriesTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height()
                                                                    + fontMetrics().height() / 2);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 32);

    const Result<QList<AuditEntry>> entries = AuditLog(database).latest(shownEntries);
    if (entries)
        m_entries = entries.value();
    else
        m_ui->introLabel->setText(entries.error().messageWithDetail());
    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, &AuditLogDialog::showEntries);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showEntries();
}

AuditLogDialog::~AuditLogDialog() = default;

QString AuditLogDialog::actionText(const QString& action)
{
    static const QHash<QString, const char*> texts {
        {QStringLiteral("account.add"), QT_TR_NOOP("Account added")},
        {QStringLiteral("account.update"), QT_TR_NOOP("Account changed")},
        {QStringLiteral("account.remove"), QT_TR_NOOP("Account removed")},
        {QStringLiteral("campaign.launch"), QT_TR_NOOP("Campaign launched")},
        {QStringLiteral("campaign.pause"), QT_TR_NOOP("Campaign paused")},
        {QStringLiteral("campaign.resume"), QT_TR_NOOP("Campaign resumed")},
        {QStringLiteral("campaign.cancel"), QT_TR_NOOP("Campaign cancelled")},
        {QStringLiteral("campaign.complete"), QT_TR_NOOP("Campaign sent")},
        {QStringLiteral("campaign.reconcile"), QT_TR_NOOP("Checked with the provider")},
        {QStringLiteral("campaign.send_again"), QT_TR_NOOP("Unknown messages to send again")},
        {QStringLiteral("campaign.count_as_sent"), QT_TR_NOOP("Unknown messages counted as sent")},
        {QStringLiteral("topup.request"), QT_TR_NOOP("Top-up requested")},
        {QStringLiteral("topup.paid"), QT_TR_NOOP("Top-up paid")},
        {QStringLiteral("topup.failed"), QT_TR_NOOP("Top-up failed")},
        {QStringLiteral("topup.unconfirmed"), QT_TR_NOOP("Top-up not seen")},
        {QStringLiteral("contacts.import"), QT_TR_NOOP("Contacts imported")},
        {QStringLiteral("database.backup"), QT_TR_NOOP("Database backed up")},
        {QStringLiteral("database.restore"), QT_TR_NOOP("Database restored")},
    };
    const char* text = texts.value(action);
    return text ? tr(text) : action;
}

QString AuditLogDialog::sentence(const AuditEntry& entry)
{
    const QLocale locale;
    const QJsonObject& d = entry.detail;
    const auto count = [&d](const char* key) { return d.value(QLatin1String(key)).toInt(); };
    const auto number = [&](const char* key) {
        return locale.toString(d.value(QLatin1String(key)).toDouble(), 'f', 2);
    };
    const auto balance = [&](const char* key) {
        return balanceText(d.value(QLatin1String(key)).toDouble(),
                           d.value(QLatin1String("unit")).toString());
    };
    const QString& action = entry.action;
    const QString kes = locale.toString(count("amount"));
    if (action == QLatin1String("campaign.launch")) {
        return tr("Launched on %1 to %Ln recipient(s), %2 credits (%3 %4).", nullptr,
                  count("recipients"))
            .arg(d.value(QLatin1String("account")).toString(), number("credits"),
                 d.value(QLatin1String("currency")).toString(), number("cost"));
    }
    if (action == QLatin1String("campaign.pause") && d.contains(QLatin1String("reason"))) {
        const QString message = d.value(QLatin1String("message")).toString();
        return message.isEmpty()
            ? tr("Paused by Tuma (%1).").arg(d.value(QLatin1String("reason")).toString())
            : tr("Paused by Tuma: %1").arg(message);
    }
    if (action == QLatin1String("campaign.reconcile")) {
        return tr("%1 settled from the provider's records, %2 to be sent again, %3 still "
                  "unknown.")
            .arg(locale.toString(count("resolved")), locale.toString(count("requeued")),
                 locale.toString(count("still_unknown")));
    }
    if (action == QLatin1String("campaign.send_again"))
        return tr("%Ln message(s) of unknown fate will be sent again on resuming.", nullptr,
                  count("messages"));
    if (action == QLatin1String("campaign.count_as_sent"))
        return tr("%Ln message(s) of unknown fate counted as sent.", nullptr, count("messages"));
    if (action == QLatin1String("contacts.import")) {
        return tr("%Ln row(s) read: %1 new, %2 updated, %3 already there, %4 repeated in the "
                  "file, %5 invalid.",
                  nullptr, count("rows"))
            .arg(locale.toString(count("imported")), locale.toString(count("updated")),
                 locale.toString(count("existing")), locale.toString(count("duplicates")),
                 locale.toString(count("invalid")));
    }
    if (action == QLatin1String("topup.request")) {
        return tr("Asked for KES %1 by M-Pesa, to be approved on %2; the balance was %3.")
            .arg(kes,
                 PhoneNumber::format(d.value(QLatin1String("mpesa")).toString(),
                                     PhoneDisplayFormat::National),
                 balance("balance_before"));
    }
    if (action == QLatin1String("topup.paid"))
        return tr("The payment of KES %1 arrived: the balance rose from %2 to %3.")
            .arg(kes, balance("balance_before"), balance("balance_after"));
    if (action == QLatin1String("topup.failed"))
        return tr("The request for KES %1 failed: %2")
            .arg(kes, d.value(QLatin1String("reason")).toString());
    if (action == QLatin1String("topup.unconfirmed"))
        return tr("No payment of KES %1 was seen within %n minute(s); if it was approved "
                  "later, the balance shows it.",
                  nullptr, count("minutes"))
            .arg(kes);
    // Anything else: its details as they were written, for actions of a newer version.
    QStringList details;
    for (auto it = d.constBegin(); it != d.constEnd(); ++it) {
        if (it.key() == QLatin1String("campaign_id"))
            continue;
        const QJsonValue value = it.value();
        details.append(it.key() + u'='
                       + (value.isString() ? value.toString()
                                           : QString::fromUtf8(QJsonDocument(QJsonArray {value})
                                                                   .toJson(QJsonDocument::Compact))
                                                 .mid(1)
                                                 .chopped(1)));
    }
    return details.join(QStringLiteral(", "));
}

void AuditLogDialog::showEntries()
{
    const QString filter = m_ui->filterLineEdit->text().trimmed();
    const QLocale locale;
    QList<TextTableModel::Row> rows;
    for (const AuditEntry& entry : std::as_const(m_entries)) {
        const TextTableModel::Row row {
            {locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat), entry.at},
            {entry.osUser, entry.osUser},
            {actionText(entry.action), entry.action},
            {entry.subject, entry.subject},
            {sentence(entry), {}}};
        const bool matches
            = filter.isEmpty() || std::any_of(row.cbegin(), row.cend(), [&](const auto& cell) {
                  return cell.text.contains(filter, Qt::CaseInsensitive);
              });
        if (matches)
            rows.append(row);
    }
    m_model->setRows(rows);
}

} // namespace tuma
