// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxStore.h"
#include "core/Pricing.h"
#include "core/Result.h"
#include "providers/Simulator.h"

#include <QString>

namespace tuma {

class AppSettings;
class Database;
struct Account;

// The built-in provider simulator as the app and tuma-cli use it: its own library
// (tuma_sandbox), which tuma_core never links. Tests and `tuma-cli sim` drive the server
// itself (SandboxServer.h).
namespace sandbox {

// The simulator's state file for a database file: beside it, so that the app and tuma-cli
// working on one database share one sandbox.
QString statePathFor(const QString& databasePath);

// What ProviderSession is given to start the simulator, on its network thread, at a sandbox
// account's first request.
SimulatorFactory simulatorFactory(const QString& statePath, SandboxStore::Timing timing);

// A sandbox account as it is saved: no address of its own (the simulator's is found at run
// time), the simulator's test user name and service ID, and the simulator's sender IDs
// unless the account names its own. The dialog, tuma-cli and the first start's offer all
// go through here.
void prepareAccount(Account& account);

// What the simulator's messages cost (KES 0.50 a credit, one credit a part): a rehearsal
// shows a believable bill.
Pricing pricing();

// On the first start, a ready "Sandbox" account on the simulator (QuickFlow's API: send,
// status, history, balance and M-Pesa top-up), so a new user can try everything without a
// provider contract. Offered once: a user who removes it does not get it back. Returns
// whether it added the account.
Result<bool> offerAccount(Database& database, AppSettings& settings);

} // namespace sandbox
} // namespace tuma
