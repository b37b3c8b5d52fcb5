// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Pricing.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace tuma {

class Database;

// Provider accounts. Never holds a secret: an account names its keychain entry only.
class AccountStore final
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    explicit AccountStore(const Database& database);

    // What a part costs through the account called `name` (matched regardless of case).
    Result<Pricing> pricing(const QString& name) const;

private:
    const Database& m_database;
};

} // namespace tuma
