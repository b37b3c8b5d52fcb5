// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlashSmsAdapter.h"

namespace tuma {

FlashSmsAdapter::FlashSmsAdapter(ProviderAccount account, QObject* parent)
    : ProviderAdapter(std::move(account), parent)
{ }

FlashSmsAdapter::~FlashSmsAdapter() = default;

Capabilities FlashSmsAdapter::capabilities() const
{
    return {};
}

} // namespace tuma
