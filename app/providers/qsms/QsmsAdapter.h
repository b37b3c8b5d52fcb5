// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderAdapter.h"

namespace tuma {

class QsmsAdapter final : public ProviderAdapter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QsmsAdapter)

public:
    explicit QsmsAdapter(ProviderAccount account, QObject* parent = nullptr);
    ~QsmsAdapter() override;

    ProviderKind kind() const override { return ProviderKind::Qsms; }
    Capabilities capabilities() const override;
};

} // namespace tuma
