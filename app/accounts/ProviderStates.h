// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderTypes.h"
#include "storage/CampaignStates.h"

namespace tuma {

// What a provider's word about a message means for its outbox row: delivered, failed, or
// accepted (on its way: pending, sent, a word Tuma does not know). One rule for status
// polling, pushed delivery reports and reconciliation alike.
OutboxState outboxStateFor(MessageState state);

} // namespace tuma
