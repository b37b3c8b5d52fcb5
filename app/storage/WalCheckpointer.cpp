// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalCheckpointer.h"

#include "Database.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QUuid>

namespace tuma {

namespace {

Q_LOGGING_CATEGORY(lcCheckpoint, "tuma.storage.checkpoint")

void setAutoCheckpoint(const Database& database, int pages)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages)))
        qCWarning(lcCheckpoint, "wal_autocheckpoint: %s", qPrintable(query.lastError().text()));
}

} // namespace

WalCheckpointer::WalCheckpointer(const Database& database, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_running(std::make_shared<std::atomic_bool>(false))
    , m_completed(std::make_shared<std::atomic_int>(0))
{
    setAutoCheckpoint(m_database, 0);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WalCheckpointer::checkpoint);
    m_timer.start();
}

WalCheckpointer::~WalCheckpointer()
{
    m_timer.stop();
    while (m_running->load())
        QThread::msleep(5);
    setAutoCheckpoint(m_database, 1000); // SQLite's default
}

bool WalCheckpointer::checkpoint()
{
    if (m_running->exchange(true))
        return false;
    QThreadPool::globalInstance()->start(
        [path = m_database.path(), running = m_running, completed = m_completed] {
            const QString name
                = QStringLiteral("tuma-checkpoint-%1").arg(QUuid::createUuid().toString());
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                if (db.open()) {
                    QSqlQuery query(db);
                    // PASSIVE: copies what no reader still needs, and never waits.
                    if (query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
                        completed->fetch_add(1);
                    else
                        qCWarning(lcCheckpoint, "%s", qPrintable(query.lastError().text()));
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            running->store(false);
        });
    return true;
}

} // namespace tuma
