// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QLockFile>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QLocalServer;

namespace tuma {

// One Tuma per database and user: two processes dispatching the same outbox could send a
// campaign twice. The first launch takes a lock file and answers on a local socket; a later
// launch hands its request (show a page, quit) to it and exits. The protocol is one JSON
// object per line each way.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    using Handler = std::function<QJsonObject(const QJsonObject& request)>;

    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    enum class Outcome {
        Forwarded, // the running Tuma took the request; `reply` holds its answer
        Claimed, // no Tuma ran for this database: this process now holds the lock
        Stuck, // a Tuma holds the lock but does not answer
    };
    struct Claim
    {
        Outcome outcome = Outcome::Stuck;
        QJsonObject reply;
    };
    // Forwards `request` to the Tuma running for this database, or makes this process that
    // Tuma. Waits a few seconds for one that is still starting.
    Claim forwardOrClaim(const QJsonObject& request);

    // The running instance's reply, or nothing when no instance answers.
    std::optional<QJsonObject> sendToRunning(const QJsonObject& request) const;
    // Starts answering requests with `handler`; false if the socket cannot be created.
    bool listen(Handler handler);

private:
    QString m_serverName;
    QLockFile m_lock;
    QLocalServer* m_server = nullptr;
    Handler m_handler;
};

} // namespace tuma
