// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderAdapter.h"

namespace tuma {

class Sms254Adapter final : public ProviderAdapter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sms254Adapter)

public:
    explicit Sms254Adapter(ProviderAccount account, QObject* parent = nullptr);
    ~Sms254Adapter() override;

    ProviderKind kind() const override { return ProviderKind::Sms254; }
    Capabilities capabilities() const override;
};

} // namespace tuma
