// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

namespace tuma {

class BackgroundJob;

// File → Back Up Database… and Restore from Backup…: asks for the file, copies on a worker
// thread with its own database connection (SQLite's online backup), shows progress with
// Cancel and says how it went.
class DatabaseMaintenance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseMaintenance)

public:
    DatabaseMaintenance(QString databasePath, QWidget* window);
    ~DatabaseMaintenance() override;

    bool isBusy() const { return m_busy; }

    void backUp();
    void restore();

    // The same work without dialogs, for tests and scripted use; `done` runs on this thread.
    void startBackup(const QString& target, std::function<void(Result<void>)> done);
    void startRestore(const QString& source, std::function<void(Result<void>)> done);

Q_SIGNALS:
    void progressed(int done, int total);
    // Around a restore, whether it succeeds or not: nothing may send meanwhile.
    void restoreStarting();
    void restoreEnded();
    void restored();

private:
    using Job = std::function<Result<void>(const std::function<bool(int, int)>& progress)>;
    void run(Job job, std::function<void(Result<void>)> done);
    void runWithDialog(const QString& label, Job job, std::function<void(Result<void>)> done);
    // Asks where, backs up, then runs `next` (or says it is done).
    void backUpThen(std::function<void()> next);
    void restoreFrom(const QString& source);

    QString m_databasePath;
    QWidget* m_window;
    bool m_busy = false;
    BackgroundJob* m_job = nullptr;
};

} // namespace tuma
