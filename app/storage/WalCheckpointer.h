// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace tuma {

class Database;

// Moves SQLite's WAL checkpoints off the thread that commits. Left to itself, SQLite runs a
// checkpoint inside whichever commit finds the log past 1,000 pages, and with
// `synchronous = FULL` that commit then waits for the database file to reach the disk: on the
// GUI thread, while a campaign sends, that is a stall of 100 ms and more. With this, the
// connection given never checkpoints by itself; a pool thread with its own connection runs a
// passive checkpoint (which waits for no one) every few seconds instead.
class WalCheckpointer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalCheckpointer)

public:
    explicit WalCheckpointer(const Database& database, int intervalMs = 2000,
                             QObject* parent = nullptr);
    // Waits for a checkpoint under way; the connection checkpoints by itself again.
    ~WalCheckpointer() override;

    // Runs one now on the pool (for tests); false when one is already running.
    bool checkpoint();
    int completed() const { return m_completed->load(); }

private:
    const Database& m_database;
    QTimer m_timer;
    std::shared_ptr<std::atomic_bool> m_running;
    std::shared_ptr<std::atomic_int> m_completed;
};

} // namespace tuma
