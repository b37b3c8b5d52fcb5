// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderError.h"
#include "providers/ProviderTypes.h"
#include "storage/AccountStore.h"

#include <functional>

class QObject;

namespace tuma {

class ProviderSession;

// Templates kept by the provider, for the Accounts page and tuma-cli alike. Texts are in
// Tuma's <<name>> form both ways: the adapter converts where the provider writes them
// otherwise (FlashSMS's {{name}}).
namespace RemoteTemplates {

// Sends a Tuma template: the provider's template of the same name (in any case) is replaced,
// else one is created. `done` runs on `context`'s thread while it lives.
void upload(ProviderSession& providers, const Account& account, QObject* context,
            const QString& name, const QString& text,
            std::function<void(ProviderResult<RemoteTemplate>)> done);

} // namespace RemoteTemplates
} // namespace tuma
