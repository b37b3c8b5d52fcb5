// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderStates.h"

namespace tuma {

OutboxState outboxStateFor(MessageState state)
{
    switch (state) {
    case MessageState::Delivered:
        return OutboxState::Delivered;
    case MessageState::Failed:
        return OutboxState::Failed;
    case MessageState::Pending:
    case MessageState::Accepted:
    case MessageState::Sent:
    case MessageState::Unknown:
        break;
    }
    return OutboxState::Accepted;
}

} // namespace tuma
