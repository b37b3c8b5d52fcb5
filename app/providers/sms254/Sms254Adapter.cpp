// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sms254Adapter.h"

namespace tuma {

Sms254Adapter::Sms254Adapter(ProviderAccount account, QObject* parent)
    : ProviderAdapter(std::move(account), parent)
{ }

Sms254Adapter::~Sms254Adapter() = default;

Capabilities Sms254Adapter::capabilities() const
{
    return {};
}

} // namespace tuma
