// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProxyAuth.h"

#include <QAuthenticator>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkProxy>
#include <QWaitCondition>

namespace tuma {

Q_LOGGING_CATEGORY(lcProxy, "tuma.providers.proxy", QtInfoMsg)

namespace {

constexpr int kKeychainWaitMs = 5000;
constexpr int kQuietAfterDeclineMs = 10 * 60 * 1000;

struct State
{
    QMutex mutex;
    QWaitCondition loaded;
    bool loading = false;
    bool chosen = false; // credentials set by the user since loading began
    std::optional<ProxyCredentials> credentials;
    ProxyAuth::Prompt prompt;
    // The user declined to sign in: not asked again for a while (requests are retried).
    QDeadlineTimer quietUntil;
};

State& state()
{
    static State instance;
    return instance;
}

} // namespace

QString ProxyAuth::keychainKey()
{
    return QStringLiteral("proxy");
}

QString ProxyAuth::encode(const ProxyCredentials& credentials)
{
    const QJsonObject object {{QStringLiteral("user"), credentials.user},
                              {QStringLiteral("password"), credentials.password}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<ProxyCredentials> ProxyAuth::decode(const QString& secret)
{
    const QJsonObject object = QJsonDocument::fromJson(secret.toUtf8()).object();
    ProxyCredentials credentials {object.value(QStringLiteral("user")).toString(),
                                  object.value(QStringLiteral("password")).toString()};
    if (credentials.user.isEmpty())
        return std::nullopt;
    return credentials;
}

void ProxyAuth::beginLoading()
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    s.loading = true;
    s.chosen = false;
}

void ProxyAuth::finishLoading(std::optional<ProxyCredentials> credentials)
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    // A late answer never replaces what the user has typed since.
    if (!s.chosen)
        s.credentials = std::move(credentials);
    s.loading = false;
    s.loaded.wakeAll();
}

void ProxyAuth::setCredentials(std::optional<ProxyCredentials> credentials)
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    s.credentials = std::move(credentials);
    s.chosen = true;
    s.quietUntil = QDeadlineTimer();
    s.loading = false;
    s.loaded.wakeAll();
}

std::optional<ProxyCredentials> ProxyAuth::credentials()
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    return s.credentials;
}

void ProxyAuth::setPrompt(Prompt prompt)
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    s.prompt = std::move(prompt);
}

bool ProxyAuth::answer(const QNetworkProxy& proxy, QAuthenticator* authenticator,
                       Attempts& attempts)
{
    State& s = state();
    std::optional<ProxyCredentials> stored;
    Prompt prompt;
    {
        QMutexLocker lock(&s.mutex);
        const QDeadlineTimer deadline(kKeychainWaitMs);
        while (s.loading) {
            if (!s.loaded.wait(&s.mutex, deadline)) {
                // Not again for every request; a late answer still counts (finishLoading).
                qCWarning(lcProxy) << "the keychain did not answer in time";
                s.loading = false;
                break;
            }
        }
        stored = s.credentials;
        if (s.quietUntil.hasExpired())
            prompt = s.prompt;
    }
    const QString where = QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port());

    // Qt asks again only when what it was given was refused.
    const bool refused = attempts.given.has_value();
    std::optional<ProxyCredentials> give;
    if (stored && (!refused || *attempts.given != *stored))
        give = stored;
    else if (prompt)
        give = prompt(where, refused);

    if (!give && prompt) {
        // Declined: requests are retried, and asking at each retry would nag.
        State& st = state();
        const QMutexLocker lock(&st.mutex);
        st.quietUntil = QDeadlineTimer(kQuietAfterDeclineMs);
    }
    if (!give) {
        qCInfo(lcProxy).noquote() << "no user name and password for the proxy" << where
                                  << (refused ? "(the last ones were refused)" : "");
        return false;
    }
    if (prompt && give != stored)
        setCredentials(give);
    qCDebug(lcProxy).noquote() << "answering the proxy" << where;
    attempts.given = give;
    authenticator->setUser(give->user);
    authenticator->setPassword(give->password);
    return true;
}

} // namespace tuma
