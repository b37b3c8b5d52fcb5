// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QLocalServer;

namespace tuma {

// One Tuma per database and user: two processes dispatching the same outbox could send a
// campaign twice. A second launch hands its request (show a page, quit) to the running one
// over a local socket and exits. The protocol is one JSON object per line each way.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    using Handler = std::function<QJsonObject(const QJsonObject& request)>;

    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The running instance's reply, or nothing when no instance answers.
    std::optional<QJsonObject> sendToRunning(const QJsonObject& request) const;
    // Starts answering requests with `handler`; false if the socket cannot be created.
    bool listen(Handler handler);

    QString serverName() const { return m_serverName; }

private:
    QString m_serverName;
    QLocalServer* m_server = nullptr;
    Handler m_handler;
};

} // namespace tuma
