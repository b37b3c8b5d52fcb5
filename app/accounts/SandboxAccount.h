// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace tuma {

class AppSettings;
class Database;

// On the first start, a ready "Sandbox" account on the built-in simulator (QuickFlow's API:
// send, status, history, balance and M-Pesa top-up), so a new user can try everything
// without a provider contract. Offered once: a user who removes it does not get it back.
// Returns whether it added the account.
Result<bool> offerSandboxAccount(Database& database, AppSettings& settings);

} // namespace tuma
