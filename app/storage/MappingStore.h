// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace tuma {

class Database;

// Import mappings the user saved by name, to reuse with next month's export of the same
// system.
class MappingStore final
{
    Q_DECLARE_TR_FUNCTIONS(MappingStore)

public:
    explicit MappingStore(const Database& database);

    Result<QStringList> names() const;
    Result<QJsonObject> find(const QString& name) const;
    // Saves or replaces the mapping called `name`.
    Result<void> save(const QString& name, const QJsonObject& mapping);
    Result<void> remove(const QString& name);

private:
    const Database& m_database;
};

} // namespace tuma
