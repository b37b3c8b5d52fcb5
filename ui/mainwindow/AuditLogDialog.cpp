// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogDialog.h"

#include "ui_AuditLogDialog.h"
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
    m_ui->entriesTableView->setWordWrap(false);
    m_ui->entriesTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
        {QStringLiteral("contacts.import"), QT_TR_NOOP("Contacts imported")},
        {QStringLiteral("database.backup"), QT_TR_NOOP("Database backed up")},
        {QStringLiteral("database.restore"), QT_TR_NOOP("Database restored")},
    };
    const char* text = texts.value(action);
    return text ? tr(text) : action;
}

void AuditLogDialog::showEntries()
{
    const QString filter = m_ui->filterLineEdit->text().trimmed();
    const QLocale locale;
    QList<TextTableModel::Row> rows;
    for (const AuditEntry& entry : std::as_const(m_entries)) {
        QStringList details;
        for (auto it = entry.detail.constBegin(); it != entry.detail.constEnd(); ++it) {
            const QJsonValue value = it.value();
            details.append(
                it.key() + u'='
                + (value.isString()
                       ? value.toString()
                       : QString::fromUtf8(
                             QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1)));
        }
        const TextTableModel::Row row {
            {locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat), entry.at},
            {entry.osUser, entry.osUser},
            {actionText(entry.action), entry.action},
            {entry.subject, entry.subject},
            {details.join(QStringLiteral(", ")), {}}};
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
