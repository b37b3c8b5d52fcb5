// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProxyAuth.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtGlobal>

namespace tuma::test {

// An office proxy on 127.0.0.1 that wants a user name and password (Basic) before it opens a
// tunnel. It records the Proxy-Authorization of every CONNECT; given the right one it says
// 200 and closes (there is no provider behind it: the TLS handshake then fails).
class PasswordProxy final : public QObject
{
public:
    // Its attempts and tunnels are read once its thread, if it has one, has finished.
    PasswordProxy(QByteArray user, QByteArray password)
        : m_expected("Basic " + (user + ':' + password).toBase64())
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QByteArray url() const
    {
        return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort());
    }
    // Each CONNECT's Proxy-Authorization ("" when it had none).
    const QList<QByteArray>& attempts() const { return m_attempts; }
    int tunnels() const { return m_tunnels; }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0;
             end = buffer.indexOf("\r\n\r\n")) {
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            buffer.remove(0, end + 4);
            if (!lines.first().startsWith("CONNECT ")) {
                socket->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            QByteArray authorization;
            for (const QByteArray& line : lines) {
                if (line.toLower().startsWith("proxy-authorization:"))
                    authorization = line.mid(line.indexOf(':') + 1).trimmed();
            }
            m_attempts.append(authorization);
            if (authorization == m_expected) {
                ++m_tunnels;
                socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                          "Proxy-Authenticate: Basic realm=\"ofisi\"\r\n"
                          "Content-Length: 0\r\n\r\n");
        }
    }

    QTcpServer m_server {this};
    const QByteArray m_expected;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QByteArray> m_attempts;
    int m_tunnels = 0;
};

// The system's proxy for https, as an office sets it, for one test.
class ProxyEnvironment final
{
public:
    explicit ProxyEnvironment(const QByteArray& url)
    {
        for (const char* name : {"https_proxy", "HTTPS_PROXY", "no_proxy", "NO_PROXY"})
            m_saved.append({name, qgetenv(name)});
        qputenv("https_proxy", url);
        qputenv("HTTPS_PROXY", url);
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
    }
    ~ProxyEnvironment()
    {
        for (const auto& [name, value] : m_saved) {
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value);
        }
        ProxyAuth::setCredentials(std::nullopt);
        ProxyAuth::setPrompt({});
    }
    Q_DISABLE_COPY_MOVE(ProxyEnvironment)

private:
    QList<QPair<const char*, QByteArray>> m_saved;
};

} // namespace tuma::test
