// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderAdapter.h"

namespace tuma {

class QuickFlowAdapter final : public ProviderAdapter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickFlowAdapter)

public:
    explicit QuickFlowAdapter(ProviderAccount account, QObject* parent = nullptr);
    ~QuickFlowAdapter() override;

    ProviderKind kind() const override { return ProviderKind::QuickFlow; }
    Capabilities capabilities() const override;
};

} // namespace tuma
