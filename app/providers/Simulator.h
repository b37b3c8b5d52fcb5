// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "providers/ProviderTypes.h"

#include <functional>
#include <memory>

namespace tuma {

// The built-in provider simulator as the rest of Tuma sees it. tuma_core never links the
// simulator (sandbox/, the tuma_sandbox library): the app and tuma-cli hand ProviderSession
// a factory (sandbox::simulatorFactory), and a session without one refuses sandbox accounts.
class Simulator
{
public:
    Simulator() = default;
    virtual ~Simulator() = default;
    Q_DISABLE_COPY_MOVE(Simulator)

    // Listens on 127.0.0.1; called on the network thread before its first request.
    virtual Result<void> start() = 0;
    // How a sandbox account reaches the simulator: its address and test credentials, with
    // the sender IDs the account chose (else the simulator's).
    virtual ProviderAccount connection(const ProviderAccount& account) const = 0;
};

using SimulatorFactory = std::function<std::unique_ptr<Simulator>()>;

} // namespace tuma
