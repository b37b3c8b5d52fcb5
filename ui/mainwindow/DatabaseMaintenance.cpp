// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseMaintenance.h"

#include "campaigns/CampaignControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "widgets/BackgroundJob.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace tuma {

namespace {

const QString kBackupFilter = QStringLiteral("%1 (*.db *.sqlite *.tuma-backup)");

// The worker's own connection to the live database: Qt SQL connections belong to one thread.
Result<void> withWorkerDatabase(const QString& path,
                                const std::function<Result<void>(Database&)>& work)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened)
        return opened.error();
    return work(*opened.value());
}

using Progress = std::function<bool(int, int)>;

// Where the file dialogs open: the Documents folder, or home where there is none.
QString startFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

auto backupJob(const QString& path, const QString& target)
{
    return [path, target](const Progress& progress) {
        return withWorkerDatabase(path, [&](Database& database) -> Result<void> {
            if (Result<void> copied = database.backupTo(target, progress); !copied)
                return copied;
            (void)AuditLog(database).record(QStringLiteral("database.backup"),
                                            QFileInfo(target).absoluteFilePath());
            return {};
        });
    };
}

auto restoreJob(const QString& path, const QString& source)
{
    return [path, source](const Progress& progress) {
        return withWorkerDatabase(path, [&](Database& database) -> Result<void> {
            if (Result<void> replaced = CampaignControl::restoreBackup(database, source, progress);
                !replaced)
                return replaced;
            (void)AuditLog(database).record(QStringLiteral("database.restore"),
                                            QFileInfo(source).absoluteFilePath());
            return {};
        });
    };
}

} // namespace

DatabaseMaintenance::DatabaseMaintenance(QString databasePath, QWidget* window)
    : QObject(window)
    , m_databasePath(std::move(databasePath))
    , m_window(window)
    , m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::progressed, this,
            [this](qint64 copied, qint64 total) { Q_EMIT progressed(int(copied), int(total)); });
}

DatabaseMaintenance::~DatabaseMaintenance() = default;

void DatabaseMaintenance::run(Job job, std::function<void(Result<void>)> done)
{
    m_busy = true;
    m_job->start(
        [job = std::move(job)](const BackgroundJob::Progress& progress) {
            return job([&progress](int copied, int total) { return progress(copied, total); });
        },
        [this, done = std::move(done)](Result<void> result) {
            m_busy = false;
            done(std::move(result));
        });
}

void DatabaseMaintenance::startBackup(const QString& target, std::function<void(Result<void>)> done)
{
    run(backupJob(m_databasePath, target), std::move(done));
}

void DatabaseMaintenance::startRestore(const QString& source,
                                       std::function<void(Result<void>)> done)
{
    Q_EMIT restoreStarting();
    run(restoreJob(m_databasePath, source), [this, done = std::move(done)](Result<void> result) {
        Q_EMIT restoreEnded();
        if (result)
            Q_EMIT restored();
        done(std::move(result));
    });
}

void DatabaseMaintenance::runWithDialog(const QString& label, Job job,
                                        std::function<void(Result<void>)> done)
{
    m_busy = true;
    m_job->startWithDialog(
        m_window, label,
        [job = std::move(job)](const BackgroundJob::Progress& progress) {
            return job([&progress](int copied, int total) { return progress(copied, total); });
        },
        [this, done = std::move(done)](Result<void> result) {
            m_busy = false;
            done(std::move(result));
        });
}

void DatabaseMaintenance::backUp()
{
    backUpThen({});
}

void DatabaseMaintenance::backUpThen(std::function<void()> next)
{
    if (m_busy)
        return;
    const QString suggested = startFolder()
        + QStringLiteral("/tuma-backup-%1.db").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Back Up Database"), suggested,
                                                        kBackupFilter.arg(tr("Tuma backups")));
    if (target.isEmpty())
        return;
    runWithDialog(
        tr("Backing up the database…"), backupJob(m_databasePath, target),
        [this, target, next = std::move(next)](Result<void> result) {
            if (!result) {
                if (result.error().code != QLatin1String("cancelled"))
                    QMessageBox::warning(m_window, tr("Backup failed"),
                                         result.error().messageWithDetail());
                return;
            }
            if (next) {
                next();
                return;
            }
            QMessageBox::information(
                m_window, tr("Backup complete"),
                tr("The database was backed up to %1.").arg(QDir::toNativeSeparators(target)));
        });
}

void DatabaseMaintenance::restore()
{
    if (m_busy)
        return;
    const QString source = QFileDialog::getOpenFileName(
        m_window, tr("Restore from Backup"), startFolder(),
        kBackupFilter.arg(tr("Tuma backups")) + QStringLiteral(";;") + tr("All files (*)"));
    if (source.isEmpty())
        return;
    // Check the file before asking the user to confirm replacing everything with it.
    if (Result<int> inspected = Database::inspect(source); !inspected) {
        QMessageBox::warning(m_window, tr("Cannot restore"), inspected.error().messageWithDetail());
        return;
    }
    QMessageBox question(QMessageBox::Warning, tr("Restore from Backup"),
                         tr("Replace all contacts, groups, templates, accounts and campaigns with "
                            "the content of %1?\n\nEverything added since that backup was made "
                            "will be lost. Back up the current database first if you may need it.")
                             .arg(QDir::toNativeSeparators(source)),
                         QMessageBox::Cancel, m_window);
    QPushButton* backUpFirst = question.addButton(tr("&Back Up First…"), QMessageBox::AcceptRole);
    QPushButton* replace = question.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    question.setDefaultButton(backUpFirst);
    question.exec();
    if (question.clickedButton() == backUpFirst)
        backUpThen([this, source] { restoreFrom(source); });
    else if (question.clickedButton() == replace)
        restoreFrom(source);
}

void DatabaseMaintenance::restoreFrom(const QString& source)
{
    Q_EMIT restoreStarting();
    runWithDialog(tr("Restoring the database…"), restoreJob(m_databasePath, source),
                  [this](Result<void> result) {
                      Q_EMIT restoreEnded();
                      if (!result) {
                          if (result.error().code != QLatin1String("cancelled"))
                              QMessageBox::warning(m_window, tr("Restore failed"),
                                                   result.error().messageWithDetail());
                          return;
                      }
                      Q_EMIT restored();
                  });
}

} // namespace tuma
