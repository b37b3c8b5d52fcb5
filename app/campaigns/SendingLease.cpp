// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendingLease.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace tuma {

Q_LOGGING_CATEGORY(lcLease, "tuma.campaigns.lease", QtWarningMsg)

namespace {

// The start time of a process in clock ticks since boot (/proc/PID/stat, field 22), which
// tells a process from a later one given the same id; 0 where the system does not say.
qint64 processStartTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces and parentheses.
    const qsizetype end = line.lastIndexOf(')');
    if (end < 0)
        return 0;
    const QList<QByteArray> fields = line.mid(end + 2).split(' ');
    // fields[0] is field 3 (the state), so field 22 is fields[19].
    return fields.size() > 19 ? fields.at(19).toLongLong() : 0;
}

QString thisMachine()
{
    const QByteArray id = QSysInfo::machineUniqueId();
    return id.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(id);
}

} // namespace

SendingLease::Options SendingLease::Options::fromEnvironment()
{
    Options options;
    const QList<QByteArray> parts = qgetenv("TUMA_LEASE_MS").split(',');
    if (parts.size() == 2) {
        bool ttlOk = false;
        bool renewOk = false;
        const int ttl = parts.at(0).toInt(&ttlOk);
        const int renew = parts.at(1).toInt(&renewOk);
        if (ttlOk && renewOk && ttl > 0 && renew > 0 && renew < ttl) {
            options.ttlMs = ttl;
            options.renewMs = renew;
        }
    }
    return options;
}

SendingLease::SendingLease(const Database& database, qint64 accountId, const QString& program,
                           Options options, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_accountId(accountId)
    , m_options(options)
    , m_self(thisProcess(program))
{
    m_renewTimer.setInterval(m_options.renewMs);
    connect(&m_renewTimer, &QTimer::timeout, this, &SendingLease::renew);
}

SendingLease::~SendingLease()
{
    release();
}

LeaseHolder SendingLease::thisProcess(const QString& program)
{
    static const qint64 started = processStartTime(::getpid());
    LeaseHolder self;
    self.host = QSysInfo::machineHostName();
    self.machine = thisMachine();
    self.pid = ::getpid();
    self.processStarted = started;
    self.program = program;
    return self;
}

bool SendingLease::isAlive(const LeaseHolder& holder)
{
    if (holder.machine != thisMachine())
        return true; // elsewhere: running until its lease expires
    if (holder.pid <= 0)
        return false;
    if (::kill(static_cast<pid_t>(holder.pid), 0) != 0 && errno != EPERM)
        return false;
    // The same id may now be another process's.
    const qint64 started = processStartTime(holder.pid);
    return holder.processStarted == 0 || started == 0 || started == holder.processStarted;
}

QString SendingLease::describe(const LeaseHolder& holder)
{
    const QString program = holder.program == QLatin1String("tuma-cli") ? QStringLiteral("tuma-cli")
                                                                        : QStringLiteral("Tuma");
    if (holder.machine == thisMachine()) {
        return tr("%1 on this computer, process %2").arg(program).arg(holder.pid);
    }
    return tr("%1 on %2, process %3").arg(program, holder.host).arg(holder.pid);
}

Result<bool> SendingLease::acquire()
{
    if (m_held)
        return true;
    m_self.token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Result<LeaseClaim> claim
        = LeaseStore(m_database).acquire(m_accountId, m_self, m_options.ttlMs, &isAlive);
    if (!claim)
        return claim.error();
    m_other = claim.value().other;
    if (!claim.value().acquired) {
        qCDebug(lcLease) << "account" << m_accountId << "is being sent through by"
                         << describe(*m_other);
        return false;
    }
    m_held = true;
    m_interrupted = claim.value().interrupted;
    if (m_other) {
        qCInfo(lcLease) << "account" << m_accountId << "taken over from" << describe(*m_other)
                        << "; messages left in flight, now unknown:" << m_interrupted;
    }
    m_renewTimer.start();
    return true;
}

bool SendingLease::confirm()
{
    if (!m_held)
        return false;
    // A renewal that meets another writer is tried again at the next tick, without freezing
    // the window meanwhile.
    const Database::ShortWait shortWait(m_database, 200);
    const Result<bool> renewed
        = LeaseStore(m_database).renew(m_accountId, m_self.token, m_options.ttlMs);
    if (renewed && !renewed.value()) {
        loseIt();
        return false;
    }
    // A busy database says nothing about the lease: the claim checks it again anyway.
    return true;
}

void SendingLease::renew()
{
    (void)confirm();
}

void SendingLease::loseIt()
{
    qCInfo(lcLease) << "account" << m_accountId
                    << "lease lost: another process has taken it over, or the database "
                       "was restored";
    m_held = false;
    m_renewTimer.stop();
    Q_EMIT lost();
}

void SendingLease::release()
{
    m_renewTimer.stop();
    if (!m_held)
        return;
    m_held = false;
    const Result<void> released = LeaseStore(m_database).release(m_accountId, m_self.token);
    if (!released)
        qCWarning(lcLease) << "could not release the lease of account" << m_accountId << ":"
                           << released.error().detail;
}

} // namespace tuma
