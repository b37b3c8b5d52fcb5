// SPDX-License-Identifier: GPL-3.0-or-later
// One file because it is one wizard's pages (file, columns, checks, commit), which share the
// import job being prepared; the import itself lives in ContactImport.
#include "ImportWizard.h"

#include "core/PhoneNumber.h"
#include "core/Regions.h"
#include "import/SpreadsheetReader.h"
#include "settings/AppSettings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/MappingStore.h"
#include "ui_ImportWizard.h"
#include "widgets/BackgroundJob.h"
#include "widgets/Colors.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>

namespace tuma {

namespace {

constexpr int kPreviewRows = 21; // the header and twenty rows
constexpr int kShownRejects = 1000;
const QString kNewFieldChoice = QStringLiteral("\x01new");

// One step of the import on the worker thread: its own connection to the database, the
// job's progress in thousandths, and Cancel turned into the step's cancel flag.
Result<void>
runStep(const QString& databasePath, const BackgroundJob::Progress& progress,
        const std::function<Result<ImportReport>(const Database&, const ContactImport::Progress&,
                                                 const std::atomic_bool*)>& step)
{
    Result<std::unique_ptr<Database>> database = Database::open(databasePath);
    if (!database)
        return database.error();
    std::atomic_bool cancel = false;
    const Result<ImportReport> report = step(
        *database.value(),
        [&](double fraction) {
            if (!progress(qint64(fraction * 1000), 1000))
                cancel = true;
        },
        &cancel);
    if (!report)
        return report.error();
    return Result<void>();
}

QString encodingDisplayName(const QString& name)
{
    if (name == QLatin1String("utf-8-bom"))
        return ImportWizard::tr("UTF-8 (with BOM)");
    if (name == QLatin1String("utf-16le"))
        return QStringLiteral("UTF-16 LE");
    if (name == QLatin1String("utf-16be"))
        return QStringLiteral("UTF-16 BE");
    if (name == QLatin1String("windows-1252"))
        return QStringLiteral("Windows-1252");
    return QStringLiteral("UTF-8");
}

QString reasonName(const QString& code)
{
    if (code == QLatin1String("empty"))
        return ImportWizard::tr("no number");
    if (code == QLatin1String("not_a_number"))
        return ImportWizard::tr("not a number");
    if (code == QLatin1String("too_short"))
        return ImportWizard::tr("too short");
    if (code == QLatin1String("too_long"))
        return ImportWizard::tr("too long");
    if (code == QLatin1String("unknown_country"))
        return ImportWizard::tr("unknown country code");
    if (code == QLatin1String("not_mobile"))
        return ImportWizard::tr("fixed line or service number (no SMS)");
    if (code == QLatin1String("scientific_notation"))
        return ImportWizard::tr("digits lost to Excel's scientific notation");
    if (code == QLatin1String("duplicate"))
        return ImportWizard::tr("repeated in the file");
    if (code == QLatin1String("other_country"))
        return ImportWizard::tr("another country's number");
    return ImportWizard::tr("not a valid number");
}

} // namespace

ImportWizard::ImportWizard(Database& database, AppSettings& settings, QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::ImportWizard>())
    , m_database(database)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    // Qt's own wizard texts are not in Tuma's translations: name every button here.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    m_ui->checkPage->setCommitPage(true);
    m_job = new BackgroundJob(this);

    m_ui->encodingComboBox->addItem(tr("Detect automatically"), QString());
    m_ui->encodingComboBox->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_ui->encodingComboBox->addItem(QStringLiteral("UTF-16 LE"), QStringLiteral("utf-16le"));
    m_ui->encodingComboBox->addItem(QStringLiteral("UTF-16 BE"), QStringLiteral("utf-16be"));
    m_ui->encodingComboBox->addItem(tr("Windows-1252 (Western)"), QStringLiteral("windows-1252"));
    m_ui->delimiterComboBox->addItem(tr("Detect automatically"), QString());
    m_ui->delimiterComboBox->addItem(tr("Comma ,"), QStringLiteral(","));
    m_ui->delimiterComboBox->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_ui->delimiterComboBox->addItem(tr("Tab"), QStringLiteral("\t"));
    m_ui->delimiterComboBox->addItem(tr("Vertical bar |"), QStringLiteral("|"));
    for (const Region& region : Regions::all())
        m_ui->regionComboBox->addItem(
            QStringLiteral("%1 (+%2)").arg(region.name).arg(region.callingCode), region.code);
    m_ui->regionComboBox->setCurrentIndex(
        std::max(0, m_ui->regionComboBox->findData(m_settings.region())));
    m_ui->sheetComboBox->setEnabled(false);

    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_ui->pathLineEdit, &QLineEdit::editingFinished, this, &ImportWizard::loadPreview);
    for (QComboBox* combo : {m_ui->encodingComboBox, m_ui->delimiterComboBox, m_ui->sheetComboBox})
        connect(combo, &QComboBox::activated, this, &ImportWizard::loadPreview);
    connect(m_ui->headerCheckBox, &QCheckBox::toggled, this, &ImportWizard::showPreview);
    connect(m_ui->savedMappingComboBox, &QComboBox::activated, this,
            [this] { applySavedMapping(m_ui->savedMappingComboBox->currentData().toString()); });
    connect(m_ui->saveMappingPushButton, &QPushButton::clicked, this, &ImportWizard::saveMapping);
    connect(m_ui->checkCancelPushButton, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    connect(m_ui->importCancelPushButton, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    connect(m_ui->saveRejectsPushButton, &QPushButton::clicked, this, &ImportWizard::saveRejects);
    connect(m_ui->forcePushButton, &QPushButton::clicked, this, &ImportWizard::forceTicked);
    // "Import them as numbers of Ghana": the numbers of another market, checked again as such.
    connect(m_ui->summaryLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        if (!link.startsWith(QLatin1String("region:")) || m_job->isRunning())
            return;
        const QString region = link.mid(7);
        if (!m_otherRegions.contains(region))
            m_otherRegions.append(region);
        startCheck();
    });
    connect(m_ui->skipRadioButton, &QRadioButton::toggled, this, [this] {
        if (m_import && m_checked) {
            m_import->setCommitChoices(m_ui->updateRadioButton->isChecked()
                                           ? ImportOptions::OnExisting::Update
                                           : ImportOptions::OnExisting::Skip,
                                       m_ui->groupComboBox->currentText().trimmed());
            m_report = m_import->report();
            showReport();
        }
    });
    connect(m_job, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        QProgressBar* bar
            = currentId() == ImportPage ? m_ui->importProgressBar : m_ui->checkProgressBar;
        bar->setMaximum(int(total));
        bar->setValue(int(done));
    });
    // QWizard sizes itself from its pages: room for a preview of real spreadsheets.
    const QSize pageSize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 30);
    for (QWizardPage* page : {m_ui->filePage, m_ui->mappingPage, m_ui->checkPage, m_ui->importPage})
        page->setMinimumSize(pageSize);
}

ImportWizard::~ImportWizard()
{
    // QDialog's destructor hides the wizard, which moves the focus; a line edit that loses
    // it says it was edited, and must not call back into a wizard half destroyed.
    m_ui->pathLineEdit->disconnect(this);
}

bool ImportWizard::isBusy() const
{
    return m_job->isRunning();
}

void ImportWizard::setFile(const QString& path)
{
    m_ui->pathLineEdit->setText(QDir::toNativeSeparators(path));
    loadPreview();
}

void ImportWizard::browse()
{
    const QString start = m_ui->pathLineEdit->text().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_ui->pathLineEdit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Contacts"), start,
        tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportWizard::hasRowsToImport() const
{
    return m_previewRows.size() > (m_ui->headerCheckBox->isChecked() ? 1 : 0);
}

QStringList ImportWizard::header() const
{
    if (!m_ui->headerCheckBox->isChecked() || m_previewRows.isEmpty())
        return {};
    return m_previewRows.first().cells;
}

void ImportWizard::loadPreview()
{
    const QString path = QDir::fromNativeSeparators(m_ui->pathLineEdit->text().trimmed());
    if (path.isEmpty() || m_job->isRunning())
        return;
    SpreadsheetOptions options;
    options.encoding = TextEncodings::fromName(m_ui->encodingComboBox->currentData().toString());
    const QString delimiter = m_ui->delimiterComboBox->currentData().toString();
    if (!delimiter.isEmpty())
        options.delimiter = delimiter.front();
    options.sheet = m_ui->sheetComboBox->isEnabled()
        ? QString::number(m_ui->sheetComboBox->currentIndex() + 1)
        : QString();

    // Return in the path field finishes editing and presses Next: nothing to read again.
    const QString request = path + u'|' + m_ui->encodingComboBox->currentData().toString() + u'|'
        + delimiter + u'|' + options.sheet;
    if (request == m_previewRequest && m_previewOk)
        return;
    m_previewRequest = request;

    struct Loaded
    {
        QList<SheetRow> rows;
        QString encoding;
        std::optional<QChar> delimiter;
        QStringList sheets;
    };
    m_previewOk = false;
    showFileStatus(tr("Reading %1…").arg(QFileInfo(path).fileName()), false);
    setCursor(Qt::BusyCursor);
    m_job->start<Loaded>(
        [path, options](const BackgroundJob::Progress&) -> Result<Loaded> {
            Result<std::unique_ptr<SpreadsheetReader>> reader
                = SpreadsheetReader::open(path, options);
            if (!reader)
                return reader.error();
            Result<QList<SheetRow>> rows = reader.value()->firstRows(kPreviewRows);
            if (!rows)
                return rows.error();
            Loaded loaded;
            loaded.rows = rows.value();
            loaded.encoding = reader.value()->encodingName();
            loaded.delimiter = reader.value()->delimiter();
            loaded.sheets = reader.value()->sheetNames();
            return loaded;
        },
        [this, path, options](Result<Loaded> result) {
            unsetCursor();
            if (!result) {
                m_previewRows.clear();
                m_ui->rawPreviewTableWidget->clear();
                m_ui->rawPreviewTableWidget->setRowCount(0);
                showFileStatus(result.error().messageWithDetail(), true);
                Q_EMIT previewLoaded();
                return;
            }
            const Loaded& loaded = result.value();
            m_previewRows = loaded.rows;
            m_encodingName = loaded.encoding;
            m_delimiter = loaded.delimiter;
            if (loaded.sheets != m_sheets) {
                m_sheets = loaded.sheets;
                const QSignalBlocker blocker(m_ui->sheetComboBox);
                m_ui->sheetComboBox->clear();
                m_ui->sheetComboBox->addItems(m_sheets);
            }
            m_ui->sheetComboBox->setEnabled(!m_sheets.isEmpty());
            m_ui->encodingComboBox->setEnabled(m_sheets.isEmpty());
            m_ui->delimiterComboBox->setEnabled(m_sheets.isEmpty());
            m_previewOk = !m_previewRows.isEmpty();
            m_previewKey = path + u'|' + options.sheet + u'|' + m_encodingName + u'|'
                + (m_delimiter ? QString(*m_delimiter) : QString());
            showPreview();
            Q_EMIT previewLoaded();
        });
}

void ImportWizard::showPreview()
{
    QTableWidget* table = m_ui->rawPreviewTableWidget;
    table->clear();
    int columns = 0;
    for (const SheetRow& row : std::as_const(m_previewRows))
        columns = std::max(columns, int(row.cells.size()));
    table->setColumnCount(columns);
    table->setRowCount(int(m_previewRows.size()));
    QStringList lines;
    for (int row = 0; row < m_previewRows.size(); ++row) {
        const SheetRow& sheetRow = m_previewRows.at(row);
        lines.append(QString::number(sheetRow.rowNumber));
        for (int column = 0; column < sheetRow.cells.size(); ++column) {
            auto* item = new QTableWidgetItem(sheetRow.cells.at(column));
            if (row == 0 && m_ui->headerCheckBox->isChecked()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(row, column, item);
        }
    }
    table->setVerticalHeaderLabels(lines);
    table->resizeColumnsToContents();

    if (m_previewRows.isEmpty()) {
        showFileStatus(tr("The file has no rows to import."), true);
        return;
    }
    if (!hasRowsToImport()) {
        showFileStatus(tr("The file has only its header row: there is no one in it to import. "
                          "Check that this is the right file or sheet, or untick \"The first "
                          "row holds the column names\"."),
                       true);
        return;
    }
    QString what;
    if (!m_sheets.isEmpty()) {
        what = tr("Excel workbook, sheet \"%1\".")
                   .arg(m_sheets.value(m_ui->sheetComboBox->currentIndex()));
    } else {
        const QString delimiter = !m_delimiter ? QString()
            : *m_delimiter == u'\t'            ? tr("tabs")
            : *m_delimiter == u';'             ? tr("semicolons")
            : *m_delimiter == u'|'             ? tr("vertical bars")
                                               : tr("commas");
        what = tr("Text in %1, columns separated by %2.")
                   .arg(encodingDisplayName(m_encodingName), delimiter);
    }
    showFileStatus(what + u' ' + tr("The first rows, exactly as Tuma reads them:"), false);
}

void ImportWizard::showFileStatus(const QString& text, bool isError)
{
    m_ui->fileStatusLabel->setText(text);
    QPalette palette = m_ui->fileStatusLabel->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? Colors::error(this->palette())
                             : this->palette().color(QPalette::WindowText));
    m_ui->fileStatusLabel->setPalette(palette);
}

void ImportWizard::initializePage(int id)
{
    switch (id) {
    case MappingPage: {
        const QString key = m_previewKey + (m_ui->headerCheckBox->isChecked() ? u'h' : u'n');
        if (m_mapping.columns.isEmpty() || m_mappingKey != key) {
            QList<QStringList> sample;
            for (const SheetRow& row : std::as_const(m_previewRows))
                sample.append(row.cells);
            if (m_ui->headerCheckBox->isChecked() && !sample.isEmpty())
                sample.removeFirst();
            m_mapping = ImportMapping::guess(header(), m_ui->headerCheckBox->isChecked(), sample,
                                             m_ui->regionComboBox->currentData().toString());
            m_mappingKey = key;
        }
        const QSignalBlocker blocker(m_ui->savedMappingComboBox);
        m_ui->savedMappingComboBox->clear();
        m_ui->savedMappingComboBox->addItem(tr("(none)"), QString());
        const Result<QStringList> names = MappingStore(m_database).names();
        for (const QString& name : names ? names.value() : QStringList())
            m_ui->savedMappingComboBox->addItem(name, name);
        buildMappingTable();
        break;
    }
    case CheckPage: {
        const QSignalBlocker blocker(m_ui->groupComboBox);
        const QString typed = m_ui->groupComboBox->currentText();
        m_ui->groupComboBox->clear();
        m_ui->groupComboBox->addItem(QString());
        const Result<QList<GroupSummary>> groups = GroupStore(m_database).list();
        for (const GroupSummary& group : groups ? groups.value() : QList<GroupSummary>())
            m_ui->groupComboBox->addItem(group.name);
        m_ui->groupComboBox->setEditText(typed);
        m_ui->groupComboBox->lineEdit()->setPlaceholderText(
            tr("No group, or type a new group's name"));
        m_forcedRows.clear();
        m_otherRegions.clear();
        startCheck();
        break;
    }
    case ImportPage:
        startImport();
        break;
    default:
        break;
    }
}

void ImportWizard::cleanupPage(int id)
{
    // Back from a check in progress: stop it before the page can start another.
    if (id == CheckPage && m_job->isRunning()) {
        m_job->cancel();
        m_job->wait();
    }
    QWizard::cleanupPage(id);
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        if (m_job->isRunning())
            return false;
        if (!m_previewOk) {
            if (m_previewRows.isEmpty() && m_ui->fileStatusLabel->text().isEmpty())
                showFileStatus(tr("Choose the file to import first."), true);
            return false;
        }
        // A header and nothing else: nothing to map, nothing to import (showPreview said so).
        return hasRowsToImport();
    case MappingPage: {
        QString problem;
        if (!m_mapping.isValid(&problem)) {
            m_ui->mappingStatusLabel->setText(problem);
            return false;
        }
        return true;
    }
    case CheckPage:
        if (m_job->isRunning() || !m_checked)
            return false;
        if (m_report.counts.imported + m_report.counts.updated == 0
            && m_ui->groupComboBox->currentText().trimmed().isEmpty()) {
            QMessageBox::information(this, windowTitle(),
                                     tr("There is nothing to import: every number of the file "
                                        "is saved already. Choose \"Update from the file\" or a "
                                        "group to put them in, or press Cancel."));
            return false;
        }
        m_import->setCommitChoices(m_ui->updateRadioButton->isChecked()
                                       ? ImportOptions::OnExisting::Update
                                       : ImportOptions::OnExisting::Skip,
                                   m_ui->groupComboBox->currentText().trimmed());
        return true;
    default:
        return !m_job->isRunning();
    }
}

void ImportWizard::buildMappingTable()
{
    QTableWidget* table = m_ui->mappingTableWidget;
    table->clear();
    const QStringList names = header();
    const bool hasHeader = m_ui->headerCheckBox->isChecked();
    const int columns = int(m_mapping.columns.size());
    table->setColumnCount(columns);
    const int dataRows = int(m_previewRows.size()) - (hasHeader ? 1 : 0);
    table->setRowCount(1 + std::max(0, dataRows));
    QStringList headers;
    for (int column = 0; column < columns; ++column)
        headers.append(hasHeader && column < names.size() && !names.at(column).isEmpty()
                           ? names.at(column)
                           : tr("Column %1").arg(column + 1));
    table->setHorizontalHeaderLabels(headers);
    QStringList rowLabels {tr("Holds")};
    for (int row = hasHeader ? 1 : 0; row < m_previewRows.size(); ++row)
        rowLabels.append(QString::number(m_previewRows.at(row).rowNumber));
    table->setVerticalHeaderLabels(rowLabels);

    const Result<QStringList> existingFields = ContactStore(m_database).customFields();
    for (int column = 0; column < columns; ++column) {
        auto* combo = new QComboBox(table);
        combo->setAccessibleName(tr("What column %1 holds").arg(headers.at(column)));
        for (const ImportField field :
             {ImportField::Ignore, ImportField::Phone, ImportField::FirstName,
              ImportField::LastName, ImportField::FullName, ImportField::Email, ImportField::Group})
            combo->addItem(ImportMapping::displayName(field), ImportMapping::fieldName(field));
        combo->insertSeparator(combo->count());
        // Custom fields: the one this column's header suggests, those contacts already have.
        QStringList keys;
        const QString suggested = ContactStore::fieldKey(headers.at(column));
        if (!suggested.isEmpty())
            keys.append(suggested);
        for (const QString& key : existingFields ? existingFields.value() : QStringList()) {
            if (!keys.contains(key))
                keys.append(key);
        }
        const ColumnMapping& mapping = m_mapping.columns.at(column);
        if (mapping.field == ImportField::Custom && !keys.contains(mapping.customKey))
            keys.prepend(mapping.customKey);
        for (const QString& key : std::as_const(keys))
            combo->addItem(tr("Field <<%1>>").arg(key), QStringLiteral("custom:") + key);
        combo->addItem(tr("New field…"), kNewFieldChoice);

        const QString current = mapping.field == ImportField::Custom
            ? QStringLiteral("custom:") + mapping.customKey
            : ImportMapping::fieldName(mapping.field);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
        connect(combo, &QComboBox::activated, this,
                [this, column](int choice) { mappingChanged(column, choice); });
        table->setCellWidget(0, column, combo);
        for (int row = hasHeader ? 1 : 0, tableRow = 1; row < m_previewRows.size();
             ++row, ++tableRow) {
            auto* item = new QTableWidgetItem(m_previewRows.at(row).cells.value(column));
            if (mapping.field == ImportField::Ignore)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            table->setItem(tableRow, column, item);
        }
    }
    table->resizeColumnsToContents();
    for (int column = 0; column < columns; ++column)
        table->setColumnWidth(
            column,
            std::max(table->columnWidth(column), table->cellWidget(0, column)->sizeHint().width()));
    QString problem;
    m_ui->mappingStatusLabel->setText(m_mapping.isValid(&problem) ? QString() : problem);
}

void ImportWizard::mappingChanged(int column, int choice)
{
    auto* combo = qobject_cast<QComboBox*>(m_ui->mappingTableWidget->cellWidget(0, column));
    if (!combo)
        return;
    QString value = combo->itemData(choice).toString();
    if (value == kNewFieldChoice) {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("New Field"),
            tr("Name of the field, as messages will use it (for example balance or due_date):"),
            QLineEdit::Normal, {}, &ok);
        const QString key = ContactStore::fieldKey(name);
        if (!ok || key.isEmpty()) {
            buildMappingTable();
            return;
        }
        value = QStringLiteral("custom:") + key;
    }
    if (value.startsWith(QLatin1String("custom:"))) {
        // Set directly: a field may be called "name" or "phone" without becoming one.
        const QString key = value.mid(7);
        for (ColumnMapping& other : m_mapping.columns) {
            if (other.field == ImportField::Custom && other.customKey == key)
                other = {};
        }
        m_mapping.columns[column] = {ImportField::Custom, key};
    } else if (value == QLatin1String("ignore")) {
        m_mapping.columns[column] = {};
    } else if (Result<void> applied
               = m_mapping.apply(value + u'=' + QString::number(column + 1), {});
               !applied) {
        m_ui->mappingStatusLabel->setText(applied.error().message);
    }
    buildMappingTable();
}

void ImportWizard::applySavedMapping(const QString& name)
{
    if (name.isEmpty())
        return;
    const Result<QJsonObject> saved = MappingStore(m_database).find(name);
    if (!saved) {
        m_ui->mappingStatusLabel->setText(saved.error().message);
        return;
    }
    ImportMapping mapping = ImportMapping::fromJson(saved.value(), header());
    mapping.columns.resize(m_mapping.columns.size());
    if (mapping.hasHeader != m_ui->headerCheckBox->isChecked())
        mapping.hasHeader = m_ui->headerCheckBox->isChecked();
    m_mapping = mapping;
    buildMappingTable();
}

void ImportWizard::saveMapping()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save Mapping"), tr("Name for this mapping (for example Loan system export):"),
        QLineEdit::Normal, m_ui->savedMappingComboBox->currentData().toString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (Result<void> saved = MappingStore(m_database).save(name, m_mapping.toJson(header()));
        !saved) {
        m_ui->mappingStatusLabel->setText(saved.error().message);
        return;
    }
    initializePage(MappingPage);
    m_ui->savedMappingComboBox->setCurrentIndex(
        m_ui->savedMappingComboBox->findData(name.trimmed()));
    m_ui->mappingStatusLabel->setText(tr("Saved the mapping \"%1\".").arg(name.trimmed()));
}

ImportOptions ImportWizard::currentOptions() const
{
    ImportOptions options;
    options.region = m_ui->regionComboBox->currentData().toString();
    options.mapping = m_mapping;
    options.mapping.hasHeader = m_ui->headerCheckBox->isChecked();
    options.forcedRows = m_forcedRows;
    options.otherRegions = m_otherRegions;
    options.onExisting = m_ui->updateRadioButton->isChecked() ? ImportOptions::OnExisting::Update
                                                              : ImportOptions::OnExisting::Skip;
    options.groupName = m_ui->groupComboBox->currentText().trimmed();
    return options;
}

void ImportWizard::startCheck()
{
    m_checked = false;
    m_ui->summaryLabel->setText(tr("Checking every row…"));
    m_ui->rejectsTableWidget->clear();
    m_ui->rejectsTableWidget->setRowCount(0);
    m_ui->checkProgressBar->setValue(0);
    m_ui->checkProgressBar->show();
    m_ui->checkCancelPushButton->show();
    m_ui->saveRejectsPushButton->setEnabled(false);
    m_ui->forcePushButton->setEnabled(false);

    const QString path = QDir::fromNativeSeparators(m_ui->pathLineEdit->text().trimmed());
    SpreadsheetOptions readerOptions;
    readerOptions.encoding = TextEncodings::fromName(
        m_encodingName == QLatin1String("utf-8-bom") ? QStringLiteral("utf-8") : m_encodingName);
    readerOptions.delimiter = m_delimiter;
    readerOptions.sheet
        = m_sheets.isEmpty() ? QString() : QString::number(m_ui->sheetComboBox->currentIndex() + 1);
    auto import = std::make_shared<ContactImport>(currentOptions());
    m_import = import;
    const QString databasePath = m_database.path();
    m_job->start(
        [path, readerOptions, import,
         databasePath](const BackgroundJob::Progress& progress) -> Result<void> {
            Result<std::unique_ptr<SpreadsheetReader>> reader
                = SpreadsheetReader::open(path, readerOptions);
            if (!reader)
                return reader.error();
            return runStep(databasePath, progress,
                           [&](const Database& database, const ContactImport::Progress& advance,
                               const std::atomic_bool* cancel) {
                               return import->validate(database, *reader.value(), advance, cancel);
                           });
        },
        [this, import](Result<void> result) {
            if (import != m_import)
                return; // a check that was stopped and replaced
            m_ui->checkProgressBar->hide();
            m_ui->checkCancelPushButton->hide();
            Q_EMIT checkFinished();
            if (m_closeWhenIdle) {
                QWizard::reject();
                return;
            }
            if (!result) {
                m_ui->summaryLabel->setText(
                    result.error().code == QLatin1String("cancelled")
                        ? tr("Stopped before every row was checked. Press "
                             "Back, then Next, to check again.")
                        : result.error().messageWithDetail().toHtmlEscaped());
                return;
            }
            m_report = import->report();
            m_checked = true;
            showReport();
        });
}

void ImportWizard::showReport()
{
    const QLocale locale;
    const ImportCounts& counts = m_report.counts;
    QStringList parts;
    parts.append(tr("<b>%1</b> rows read.").arg(locale.toString(counts.rows)));
    parts.append(tr("<b>%1</b> new contacts will be added.").arg(locale.toString(counts.imported)));
    if (counts.updated > 0)
        parts.append(tr("%1 saved contacts will be updated.").arg(locale.toString(counts.updated)));
    if (counts.existing > 0)
        parts.append(tr("%1 numbers are already saved and stay as they are.")
                         .arg(locale.toString(counts.existing)));
    if (counts.duplicates > 0)
        parts.append(tr("%Ln row(s) repeat a number from an earlier row (the first one is kept).",
                        nullptr, int(counts.duplicates)));
    QStringList reasons;
    for (auto it = m_report.reasonCounts.cbegin(); it != m_report.reasonCounts.cend(); ++it) {
        if (it.key() != QLatin1String("duplicate"))
            reasons.append(tr("%1 (%2)").arg(reasonName(it.key()), locale.toString(it.value())));
    }
    reasons.sort();
    if (counts.invalid > 0)
        parts.append(tr("<b>%1</b> rows have no usable number: %2.")
                         .arg(locale.toString(counts.invalid), reasons.join(QStringLiteral(", "))));
    if (counts.warnings > 0)
        parts.append(tr("%Ln row(s) tidied: names split into first and last, spaces trimmed.",
                        nullptr, int(counts.warnings)));
    // Another market's numbers, written its way: offered, never turned into this region's.
    QList<std::pair<QString, qint64>> others;
    for (auto it = m_report.otherCountries.cbegin(); it != m_report.otherCountries.cend(); ++it)
        others.append({it.key(), it.value()});
    std::sort(others.begin(), others.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    for (const auto& [region, count] : std::as_const(others)) {
        const QString name = Regions::name(region).toHtmlEscaped();
        if (m_otherRegions.contains(region))
            parts.append(tr("%Ln number(s) of %1 written its way are imported as numbers of %1.",
                            nullptr, int(count))
                             .arg(name));
        else
            parts.append(tr("<b>%Ln</b> of the rejected numbers are mobile numbers of %1 written "
                            "its way: <a href=\"region:%2\">import them as numbers of %1</a>.",
                            nullptr, int(count))
                             .arg(name, region));
    }
    m_ui->summaryLabel->setText(parts.join(u' '));

    QTableWidget* table = m_ui->rejectsTableWidget;
    table->clear();
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Number in the file"), tr("Why it is left out")});
    const int shown = int(std::min<qsizetype>(m_report.rejected.size(), kShownRejects));
    table->setRowCount(shown);
    const int phoneColumn = m_mapping.columnOf(ImportField::Phone);
    bool anyForceable = false;
    for (int row = 0; row < shown; ++row) {
        const RejectedRow& rejected = m_report.rejected.at(row);
        auto* line = new QTableWidgetItem(locale.toString(rejected.rowNumber));
        line->setData(Qt::UserRole, rejected.rowNumber);
        if (PhoneNumber::isForceable(rejected.code)) {
            line->setFlags(line->flags() | Qt::ItemIsUserCheckable);
            line->setCheckState(m_forcedRows.contains(rejected.rowNumber) ? Qt::Checked
                                                                          : Qt::Unchecked);
            line->setToolTip(tr("Tick to add this number as it is written."));
            anyForceable = true;
        }
        table->setItem(row, 0, line);
        table->setItem(row, 1, new QTableWidgetItem(rejected.cells.value(phoneColumn)));
        table->setItem(row, 2, new QTableWidgetItem(rejected.reason));
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    table->setVisible(shown > 0);
    m_ui->saveRejectsPushButton->setEnabled(!m_report.rejected.isEmpty());
    m_ui->forcePushButton->setEnabled(anyForceable);
    m_ui->forcePushButton->setVisible(anyForceable);
    if (m_report.rejected.size() > shown)
        m_ui->summaryLabel->setText(
            m_ui->summaryLabel->text() + u' '
            + tr("The first %1 rejected rows are listed; save them to see all.")
                  .arg(locale.toString(shown)));
}

void ImportWizard::saveRejects()
{
    const QString suggested = QFileInfo(m_ui->pathLineEdit->text()).absolutePath() + u'/'
        + QFileInfo(m_ui->pathLineEdit->text()).completeBaseName() + tr("-rejected")
        + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Rejected Rows"), suggested,
                                                      tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (Result<void> written = ContactImport::writeRejects(m_report, path); !written)
        QMessageBox::warning(this, tr("Save Rejected Rows"), written.error().messageWithDetail());
}

void ImportWizard::forceTicked()
{
    QTableWidget* table = m_ui->rejectsTableWidget;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* line = table->item(row, 0);
        const qint64 rowNumber = line->data(Qt::UserRole).toLongLong();
        if (line->checkState() == Qt::Checked)
            m_forcedRows.insert(rowNumber);
        else
            m_forcedRows.remove(rowNumber);
    }
    startCheck();
}

void ImportWizard::startImport()
{
    m_done = false;
    m_ui->importProgressBar->setValue(0);
    m_ui->importProgressBar->show();
    m_ui->importCancelPushButton->show();
    m_ui->resultLabel->setText(tr("Writing the contacts…"));
    button(QWizard::FinishButton)->setEnabled(false);
    const std::shared_ptr<ContactImport> import = m_import;
    const QString databasePath = m_database.path();
    m_job->start(
        [import, databasePath](const BackgroundJob::Progress& progress) -> Result<void> {
            return runStep(databasePath, progress,
                           [&](const Database& database, const ContactImport::Progress& advance,
                               const std::atomic_bool* cancel) {
                               return import->commit(database, advance, cancel);
                           });
        },
        [this, import](Result<void> result) {
            m_ui->importProgressBar->hide();
            m_ui->importCancelPushButton->hide();
            button(QWizard::FinishButton)->setEnabled(true);
            m_done = true;
            if (!result) {
                m_ui->resultLabel->setText(
                    result.error().code == QLatin1String("cancelled")
                        ? tr("The import was stopped. Nothing was "
                             "changed: the contacts are exactly as before.")
                        : tr("The import failed and nothing was changed: "
                             "%1")
                              .arg(result.error().messageWithDetail().toHtmlEscaped()));
                Q_EMIT importFinished();
                if (m_closeWhenIdle)
                    QWizard::reject();
                return;
            }
            m_report = import->report();
            const QLocale locale;
            const ImportCounts& counts = m_report.counts;
            QString text
                = tr("<b>Done.</b> %1 contacts added, %2 updated, %3 already saved, "
                     "%4 left out.")
                      .arg(locale.toString(counts.imported), locale.toString(counts.updated),
                           locale.toString(counts.existing),
                           locale.toString(counts.duplicates + counts.invalid));
            const QString group = m_ui->groupComboBox->currentText().trimmed();
            if (!group.isEmpty())
                text += u' '
                    + tr("Everyone in the file is in the group \"%1\".").arg(group.toHtmlEscaped());
            m_ui->resultLabel->setText(text);
            Q_EMIT imported();
            Q_EMIT importFinished();
            if (m_closeWhenIdle)
                QWizard::reject();
        });
}

void ImportWizard::reject()
{
    if (m_job->isRunning()) {
        // Stop first; the wizard closes when the job has rolled back.
        m_closeWhenIdle = true;
        m_job->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace tuma
