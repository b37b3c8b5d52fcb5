// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tuma {

class Database;

struct OptOut
{
    QString phone; // E.164
    QString reason;
    QString source; // "manual", "import", "reply"…
    qint64 createdAt = 0;
};

// The numbers that must never receive a campaign, whether or not they are contacts.
class SuppressionList final
{
    Q_DECLARE_TR_FUNCTIONS(SuppressionList)

public:
    explicit SuppressionList(const Database& database);

    // Numbers must be E.164. Adding a number already listed changes nothing; the result says
    // how many were new.
    Result<int> add(const QStringList& phones, const QString& source, const QString& reason = {});
    // The same, each number with its own reason (an imported list's Reason column).
    struct Entry
    {
        QString phone; // E.164
        QString reason;
    };
    Result<int> add(const QList<Entry>& entries, const QString& source);
    Result<int> remove(const QStringList& phones);
    Result<bool> contains(const QString& phone) const;

    // By number; `search` is a digit prefix of the E.164 form without the plus, or empty.
    Result<qint64> count(const QString& search = {}) const;
    Result<QList<OptOut>> list(const QString& search, int limit, qint64 offset) const;

private:
    const Database& m_database;
};

} // namespace tuma
