// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

class QAuthenticator;
class QNetworkProxy;

namespace tuma {

struct ProxyCredentials
{
    QString user;
    QString password;

    bool operator==(const ProxyCredentials&) const = default;
};

// The user name and password for a proxy that asks for them (HTTP 407), for every
// NetworkClient of the process. They live in the keychain under keychainKey(): the
// ProviderSession loads them before the first request, `tuma-cli proxy login` and the GUI's
// prompt store them. Never in settings, logs or the database.
//
// Qt asks on the network thread and needs the answer at once: answer() waits for the
// keychain's answer if it has not come yet (at most a few seconds), gives the stored
// credentials, and when they are missing or were refused, asks the prompt (the GUI's dialog,
// reached through a blocking call to the GUI thread; tuma-cli has none).
namespace ProxyAuth {

QString keychainKey();
QString encode(const ProxyCredentials& credentials);
std::optional<ProxyCredentials> decode(const QString& secret);

// The keychain is being read: answer() waits (a few seconds at most) for finishLoading().
void beginLoading();
void finishLoading(std::optional<ProxyCredentials> credentials);
// What the user gave (tuma-cli proxy login, the GUI's prompt): wins over the keychain's
// answer should that come later. A user who declined the prompt is not asked again for ten
// minutes, unless credentials are set.
void setCredentials(std::optional<ProxyCredentials> credentials);
std::optional<ProxyCredentials> credentials();

// Asks the user for a proxy's credentials, blocking; `refused` says the last ones failed.
// Runs on the thread that asks (the network thread). Empty when the user declines.
using Prompt = std::function<std::optional<ProxyCredentials>(const QString& proxy, bool refused)>;
void setPrompt(Prompt prompt);

// What one network client has given a proxy so far, to tell a refusal from a first ask.
struct Attempts
{
    std::optional<ProxyCredentials> given;
};

// Fills `authenticator` for `proxy`; false when there is nothing to give (Qt then fails the
// request with ProxyAuthenticationRequiredError).
bool answer(const QNetworkProxy& proxy, QAuthenticator* authenticator, Attempts& attempts);

} // namespace ProxyAuth

} // namespace tuma
