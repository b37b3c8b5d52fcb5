// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AccountStore.h"
#include "storage/CampaignStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace tuma {

class Database;
class ProviderSession;

// A campaign's unknown messages (the provider may or may not have them), settled from the
// window: by the provider's records where it keeps any, else by the user, who knows what the
// provider's website or support said. The rules are Reconciler's and CampaignControl's,
// which `tuma-cli campaign reconcile` and `campaign decide` use too.
class UnknownMessages final
{
    Q_DECLARE_TR_FUNCTIONS(UnknownMessages)

public:
    // Reads the provider's records for `campaign` (with progress and Cancel), then says what
    // was settled, what goes out when the campaign resumes and what is still unknown. `done`
    // runs once the records are read, while `window` lives.
    static void checkWithProvider(Database& database, ProviderSession& providers,
                                  const Campaign& campaign, QWidget* window,
                                  std::function<void()> done);
    // Asks the user about `phones` (E.164; empty: all of the campaign's unknown messages):
    // send again, or count as sent. `account` (the campaign's) says what can be known of
    // them. Returns whether anything was decided, or tried.
    static bool decide(Database& database, const Campaign& campaign,
                       const std::optional<Account>& account, const QStringList& phones,
                       QWidget* window);
};

} // namespace tuma
