// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptOutsPage.h"

#include "OptOutsModel.h"
#include "import/OptOutImport.h"
#include "import/SpreadsheetReader.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "ui_OptOutsPage.h"
#include "widgets/BackgroundJob.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

namespace tuma {

OptOutsPage::OptOutsPage(Database& database, AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OptOutsPage>())
    , m_database(database)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_model = new OptOutsModel(m_database, this);
    m_ui->optOutsTableView->setModel(m_model);
    m_ui->optOutsTableView->setColumnWidth(OptOutsModel::PhoneColumn,
                                           fontMetrics().horizontalAdvance(u'0') * 22);
    const int sourceWidth
        = std::max(fontMetrics().horizontalAdvance(OptOutsModel::tr("Added by hand")),
                   fontMetrics().horizontalAdvance(OptOutsModel::tr("Imported")));
    m_ui->optOutsTableView->setColumnWidth(OptOutsModel::SourceColumn,
                                           sourceWidth + fontMetrics().averageCharWidth() * 4);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_model, &OptOutsModel::setSearch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OptOutsPage::updateCount);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &OptOutsPage::addNumber);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &OptOutsPage::importFile);
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &OptOutsPage::removeSelected);
    connect(m_ui->optOutsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                m_ui->removePushButton->setEnabled(
                    m_ui->optOutsTableView->selectionModel()->hasSelection());
            });
    m_ui->removePushButton->setEnabled(false);
    updateCount();
}

OptOutsPage::~OptOutsPage() = default;

void OptOutsPage::showEvent(QShowEvent* event)
{
    m_model->setPhoneFormat(m_settings.phoneDisplayFormat());
    QWidget::showEvent(event);
}

void OptOutsPage::reload()
{
    m_model->reload();
}

void OptOutsPage::updateCount()
{
    m_ui->countLabel->setText(tr("%Ln number(s) opted out", nullptr, int(m_model->total())));
    m_ui->removePushButton->setEnabled(m_ui->optOutsTableView->selectionModel()->hasSelection());
}

void OptOutsPage::addNumber()
{
    const QString prompt
        = tr("Phone number that must never receive a campaign (for example %1):")
              .arg(PhoneNumber::exampleMobile(m_settings.region(), PhoneDisplayFormat::National));
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("optOutNumberDialog"));
    dialog.setWindowTitle(tr("Opt Out a Number"));
    dialog.setLabelText(prompt);
    Result<QString> phone = Error {};
    // A number that cannot be read keeps the dialog open, with what is wrong and the text.
    for (;;) {
        if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
            return;
        phone = PhoneNumber::normalize(dialog.textValue(), m_settings.region());
        if (phone)
            break;
        dialog.setLabelText(phone.error().message + QStringLiteral("\n\n") + prompt);
    }
    const Result<int> added
        = SuppressionList(m_database).add({phone.value()}, QStringLiteral("manual"));
    if (!added) {
        setStatus(added.error().message);
        return;
    }
    setStatus(added.value() > 0 ? tr("%1 will receive no campaigns.").arg(phone.value())
                                : tr("%1 was already opted out.").arg(phone.value()));
    reload();
    Q_EMIT optOutsChanged();
}

void OptOutsPage::importFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Opt-Outs"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString databasePath = m_database.path();
    const QString region = m_settings.region();
    BackgroundJob::runWithDialog<OptOutImportCounts>(
        this, tr("Importing opt-outs…"),
        [databasePath, path,
         region](const BackgroundJob::Progress& progress) -> Result<OptOutImportCounts> {
            Result<std::unique_ptr<Database>> database = Database::open(databasePath);
            if (!database)
                return database.error();
            Result<std::unique_ptr<SpreadsheetReader>> reader = SpreadsheetReader::open(path);
            if (!reader)
                return reader.error();
            std::atomic_bool cancel = false;
            return OptOutImport::run(
                *database.value(), *reader.value(), region,
                [&](double fraction) {
                    if (!progress(qint64(fraction * 1000), 1000))
                        cancel = true;
                },
                &cancel);
        },
        [this](Result<OptOutImportCounts> result) {
            if (!result) {
                if (result.error().code != QLatin1String("cancelled"))
                    QMessageBox::warning(this, tr("Import failed"),
                                         result.error().messageWithDetail());
                return;
            }
            const OptOutImportCounts& counts = result.value();
            const QLocale locale;
            setStatus(tr("%1 numbers added, %2 already listed, %3 rows without a valid number.")
                          .arg(locale.toString(counts.added), locale.toString(counts.alreadyListed),
                               locale.toString(counts.invalid))
                      + (counts.reasonColumn ? u' ' + tr("Reasons were read from the file.")
                                             : QString()));
            reload();
            Q_EMIT optOutsChanged();
            if (!counts.rejected.isEmpty())
                showRejected(counts);
        });
}

void OptOutsPage::removeSelected()
{
    QStringList phones;
    for (const QModelIndex& index : m_ui->optOutsTableView->selectionModel()->selectedRows())
        phones.append(m_model->data(index, OptOutsModel::PhoneRole).toString());
    if (phones.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Remove Opt-Outs"),
            tr("Let %Ln number(s) receive campaigns again?", nullptr, int(phones.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const Result<int> removed = SuppressionList(m_database).remove(phones);
    if (!removed) {
        setStatus(removed.error().message);
        return;
    }
    setStatus(tr("%Ln number(s) may receive campaigns again.", nullptr, removed.value()));
    reload();
    Q_EMIT optOutsChanged();
}

void OptOutsPage::showRejected(const OptOutImportCounts& counts)
{
    QStringList lines;
    for (const OptOutRejectedRow& row : counts.rejected)
        lines.append(
            tr("Line %1: \"%2\": %3").arg(QLocale().toString(row.line), row.cell, row.why));
    if (counts.invalid > counts.rejected.size())
        lines.append(tr("…and %Ln more.", nullptr, int(counts.invalid - counts.rejected.size())));
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Rows Not Imported"),
        tr("%Ln row(s) of the file held no number that can be opted out. Correct them in the "
           "file and import it again: the numbers already added are not added twice.",
           nullptr, int(std::min<qint64>(counts.invalid, INT_MAX))),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("rejectedRowsBox"));
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void OptOutsPage::setStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
}

} // namespace tuma
