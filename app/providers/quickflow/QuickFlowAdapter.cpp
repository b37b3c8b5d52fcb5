// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickFlowAdapter.h"

namespace tuma {

QuickFlowAdapter::QuickFlowAdapter(ProviderAccount account, QObject* parent)
    : ProviderAdapter(std::move(account), parent)
{ }

QuickFlowAdapter::~QuickFlowAdapter() = default;

Capabilities QuickFlowAdapter::capabilities() const
{
    return {};
}

} // namespace tuma
