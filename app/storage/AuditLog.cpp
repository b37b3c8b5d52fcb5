// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace tuma {

AuditLog::AuditLog(const Database& database)
    : m_database(database)
{ }

Result<void> AuditLog::record(const QString& action, const QString& subject,
                              const QJsonObject& detail)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, os_user, action, subject, detail) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(currentOsUser());
    query.addBindValue(action);
    query.addBindValue(subject.isNull() ? QStringLiteral("")
                                        : subject); // a null QString binds NULL
    query.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Error {QStringLiteral("audit_failed"), tr("Could not write to the audit log."),
                      query.lastError().text()};
    return {};
}

Result<QList<AuditEntry>> AuditLog::latest(int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT at, os_user, action, subject, detail FROM audit_log "
                                 "ORDER BY at DESC, id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return Error {QStringLiteral("audit_failed"), tr("Could not read the audit log."),
                      query.lastError().text()};
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append({QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC),
                        query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(),
                        QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object()});
    }
    return entries;
}

QString AuditLog::currentOsUser()
{
#ifdef Q_OS_UNIX
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace tuma
