// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tuma {

class Database;

struct AuditEntry
{
    QDateTime at;
    QString osUser;
    QString action;
    QString subject;
    QJsonObject detail;
};

// Who did what and when: launches, pauses, cancels, account changes, restores. Never holds
// a secret.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(const Database& database);

    Result<void> record(const QString& action, const QString& subject = {},
                        const QJsonObject& detail = {});
    Result<QList<AuditEntry>> latest(int limit) const;

    // The operating-system account running Tuma, as the audit trail names it.
    static QString currentOsUser();

private:
    const Database& m_database;
};

} // namespace tuma
