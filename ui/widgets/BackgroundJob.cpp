// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundJob.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace tuma {

BackgroundJob::BackgroundJob(QObject* parent)
    : QObject(parent)
{ }

BackgroundJob::~BackgroundJob()
{
    // The job may use what its owner owns: it ends before the owner does.
    cancel();
    m_future.waitForFinished();
}

void BackgroundJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackgroundJob::wait()
{
    m_future.waitForFinished();
}

void BackgroundJob::start(Job job, std::function<void(Result<void>)> done)
{
    // One job at a time: a new one first stops the last (its `done` still runs, later).
    cancel();
    wait();
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<BackgroundJob> self(this);
    // At most one queued progress report at a time, so a fast job cannot flood the GUI.
    auto pending = std::make_shared<std::atomic_bool>(false);
    const Progress progress = [self, cancel = m_cancel, pending](qint64 advanced, qint64 total) {
        if (!pending->exchange(true)) {
            QMetaObject::invokeMethod(
                self,
                [self, advanced, total, pending] {
                    pending->store(false);
                    if (self)
                        Q_EMIT self->progressed(advanced, total);
                },
                Qt::QueuedConnection);
        }
        return !cancel->load();
    };
    auto* watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcher<Result<void>>::finished, this,
            [this, watcher, done = std::move(done)] {
                watcher->deleteLater();
                m_running = false;
                done(watcher->result());
            });
    m_future = QtConcurrent::run([job = std::move(job), progress] { return job(progress); });
    watcher->setFuture(m_future);
}

void BackgroundJob::startWithDialog(QWidget* window, const QString& label, Job job,
                                    std::function<void(Result<void>)> done)
{
    auto* dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, window);
    dialog->setWindowTitle(tr("Tuma"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, this, &BackgroundJob::cancel);
    const QMetaObject::Connection progress = connect(
        this, &BackgroundJob::progressed, dialog, [dialog](qint64 advanced, qint64 total) {
            // QProgressDialog counts in int: scale large totals down.
            const int scale = total > 1000000 ? int(total / 1000000 + 1) : 1;
            dialog->setMaximum(int(total / scale));
            dialog->setValue(int(advanced / scale));
        });
    start(std::move(job), [dialog, progress, done = std::move(done)](Result<void> result) {
        QObject::disconnect(progress);
        // Hidden now: `done` may open a message box, whose event loop would not delete it.
        dialog->hide();
        dialog->deleteLater();
        done(std::move(result));
    });
}

void BackgroundJob::runWithDialog(QWidget* window, const QString& label, Job job,
                                  std::function<void(Result<void>)> done)
{
    auto* runner = new BackgroundJob(window);
    runner->startWithDialog(window, label, std::move(job),
                            [runner, done = std::move(done)](Result<void> result) {
                                runner->deleteLater();
                                done(std::move(result));
                            });
}

} // namespace tuma
