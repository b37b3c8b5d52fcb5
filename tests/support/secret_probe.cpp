// SPDX-License-Identifier: GPL-3.0-or-later
// Stores and reads one secret through SecretStore in a process of its own, so a test can run
// it with a broken or missing D-Bus session. Prints {"ok":..,"code":..,"message":..}.
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tuma::SecretStore store(QStringLiteral("tuma-test-probe"));
    const tuma::Result<void> written
        = store.writeAndWait(QStringLiteral("probe"), QStringLiteral("probe-secret"));
    QJsonObject result {{QStringLiteral("ok"), written.ok()}};
    if (!written.ok()) {
        result.insert(QStringLiteral("code"), written.error().code);
        result.insert(QStringLiteral("message"), written.error().message);
    } else {
        (void)store.removeAndWait(QStringLiteral("probe"));
    }
    std::puts(QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return written.ok() ? 0 : 1;
}
