// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tuma {

// Provider keys in the operating system's keychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows) through QtKeychain, under the service "tuma" and one
// key per account. There is no plaintext fallback: without a usable keychain every call
// fails with a sentence that says what to install or unlock.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    explicit SecretStore(QObject* parent = nullptr);
    // Tests use their own service name so they never meet a real account's entry.
    explicit SecretStore(const QString& service, QObject* parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }

    using Done = std::function<void(Result<void>)>;
    using SecretRead = std::function<void(Result<QString>)>;

    // Asynchronous; `done` runs on this object's thread when the keychain answers.
    void write(const QString& key, const QString& secret, Done done);
    void read(const QString& key, SecretRead done);
    // Deleting a key that is not there succeeds: the end state is what was asked for.
    void remove(const QString& key, Done done);

    // Blocking forms for tuma-cli and tests: they spin a local event loop until the answer
    // comes. Never call them from the GUI thread.
    Result<void> writeAndWait(const QString& key, const QString& secret);
    Result<QString> readAndWait(const QString& key);
    Result<void> removeAndWait(const QString& key);

private:
    QString m_service;
};

} // namespace tuma
