// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tuma {

class Database;

struct GroupSummary
{
    qint64 id = 0;
    QString name;
    int members = 0;
};

// Groups of contacts.
class GroupStore final
{
    Q_DECLARE_TR_FUNCTIONS(GroupStore)

public:
    explicit GroupStore(const Database& database);

    // Every group with its member count, by name.
    Result<QList<GroupSummary>> list() const;

private:
    const Database& m_database;
};

} // namespace tuma
