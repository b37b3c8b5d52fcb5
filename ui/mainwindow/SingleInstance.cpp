// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include "storage/AuditLog.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcInstance, "tuma.ui.instance", QtInfoMsg)

namespace tuma {

namespace {

constexpr int kTimeoutMs = 3000;
constexpr int kStartupWaitMs = 15000;
constexpr qint64 kMaxRequestBytes = 64 * 1024;

QByteArray encode(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

namespace {

QString serverNameFor(const QString& databasePath)
{
    const QString canonical = QFileInfo(databasePath).absoluteFilePath();
    const QByteArray identity = (AuditLog::currentOsUser() + u'\n' + canonical).toUtf8();
    return QStringLiteral("tuma-")
        + QString::fromLatin1(
               QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(24));
}

} // namespace

SingleInstance::SingleInstance(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_serverName(serverNameFor(databasePath))
    , m_lock(QDir::tempPath() + u'/' + m_serverName + QStringLiteral(".lock"))
{
    m_lock.setStaleLockTime(0); // stale only when the process that took it is gone
}

SingleInstance::Claim SingleInstance::forwardOrClaim(const QJsonObject& request)
{
    QDeadlineTimer deadline(kStartupWaitMs);
    do {
        if (std::optional<QJsonObject> reply = sendToRunning(request))
            return {Outcome::Forwarded, *reply};
        if (m_lock.tryLock(0))
            return {Outcome::Claimed, {}};
        if (m_lock.error() != QLockFile::LockFailedError) {
            qCWarning(lcInstance) << "cannot use the instance lock" << m_lock.error();
            return {Outcome::Claimed, {}};
        }
        // Another Tuma holds the lock and is still starting: ask again shortly.
        QThread::msleep(100);
    } while (!deadline.hasExpired());
    return {Outcome::Stuck, {}};
}

SingleInstance::~SingleInstance() = default;

std::optional<QJsonObject> SingleInstance::sendToRunning(const QJsonObject& request) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(kTimeoutMs))
        return std::nullopt;
    socket.write(encode(request));
    if (!socket.waitForBytesWritten(kTimeoutMs))
        return std::nullopt;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(kTimeoutMs))
            return std::nullopt;
    }
    return QJsonDocument::fromJson(socket.readLine()).object();
}

bool SingleInstance::listen(Handler handler)
{
    m_handler = std::move(handler);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // A socket left by a Tuma that crashed: nobody answered on it, so it is stale.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName)) {
            qCWarning(lcInstance) << "cannot listen on" << m_serverName << m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->bytesAvailable() > kMaxRequestBytes) {
                    socket->abort();
                    return;
                }
                if (!socket->canReadLine())
                    return;
                const QJsonObject request = QJsonDocument::fromJson(socket->readLine()).object();
                socket->write(encode(m_handler(request)));
                socket->flush();
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

} // namespace tuma
