// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderAdapter.h"

namespace tuma {

class FlashSmsAdapter final : public ProviderAdapter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlashSmsAdapter)

public:
    explicit FlashSmsAdapter(ProviderAccount account, QObject* parent = nullptr);
    ~FlashSmsAdapter() override;

    ProviderKind kind() const override { return ProviderKind::FlashSms; }
    Capabilities capabilities() const override;
};

} // namespace tuma
