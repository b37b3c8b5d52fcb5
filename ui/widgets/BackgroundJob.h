// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QWidget;

namespace tuma {

// Long work off the GUI thread: the job runs on a pool thread (it opens its own database
// connection when it needs one), reports progress through a queued signal, and stops when
// cancelled; `done` runs back on the GUI thread.
class BackgroundJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundJob)

public:
    // Called by the job as it advances; false once the user cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Job = std::function<Result<void>(const Progress& progress)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    bool isRunning() const { return m_running; }
    void start(Job job, std::function<void(Result<void>)> done);
    void cancel();
    // Blocks until the job has returned; after cancel() that is soon.
    void wait();

    // start() with a window-modal progress dialog and its Cancel button, gone before `done`.
    void startWithDialog(QWidget* window, const QString& label, Job job,
                         std::function<void(Result<void>)> done);
    // The same on a job of its own, deleted when done.
    static void runWithDialog(QWidget* window, const QString& label, Job job,
                              std::function<void(Result<void>)> done);

    // The same for a job with a result: `done` gets the job's value, or its error.
    template<typename T> using JobFor = std::function<Result<T>(const Progress& progress)>;
    template<typename T> void start(JobFor<T> job, std::function<void(Result<T>)> done)
    {
        auto [plain, finish] = adapt<T>(std::move(job), std::move(done));
        start(std::move(plain), std::move(finish));
    }
    template<typename T>
    static void runWithDialog(QWidget* window, const QString& label, JobFor<T> job,
                              std::function<void(Result<T>)> done)
    {
        auto [plain, finish] = adapt<T>(std::move(job), std::move(done));
        runWithDialog(window, label, std::move(plain), std::move(finish));
    }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);

private:
    // A job with a result as a plain one: the value waits beside it for `done`.
    template<typename T>
    static std::pair<Job, std::function<void(Result<void>)>>
    adapt(JobFor<T> job, std::function<void(Result<T>)> done)
    {
        auto value = std::make_shared<std::optional<T>>();
        Job plain = [job = std::move(job), value](const Progress& progress) -> Result<void> {
            Result<T> result = job(progress);
            if (!result)
                return result.error();
            value->emplace(std::move(result).value());
            return Result<void>();
        };
        auto finish = [done = std::move(done), value](Result<void> result) {
            if (!result)
                done(result.error());
            else
                done(std::move(**value));
        };
        return {std::move(plain), std::move(finish)};
    }

    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<Result<void>> m_future;
    bool m_running = false;
};

} // namespace tuma
