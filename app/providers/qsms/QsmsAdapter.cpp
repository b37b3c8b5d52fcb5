// SPDX-License-Identifier: GPL-3.0-or-later
#include "QsmsAdapter.h"

namespace tuma {

QsmsAdapter::QsmsAdapter(ProviderAccount account, QObject* parent)
    : ProviderAdapter(std::move(account), parent)
{ }

QsmsAdapter::~QsmsAdapter() = default;

Capabilities QsmsAdapter::capabilities() const
{
    return {};
}

} // namespace tuma
