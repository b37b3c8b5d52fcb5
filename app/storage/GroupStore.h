// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tuma {

class Database;

struct GroupSummary
{
    qint64 id = 0;
    QString name;
    int members = 0;
};

// The provider group a Tuma group was pushed to, for one account.
struct RemoteGroupLink
{
    qint64 accountId = 0;
    qint64 groupId = 0;
    QString remoteGroupId; // the provider's id (QSMS, which lists no groups: its name)
    QString remoteName;
    QDateTime pushedAt;
};

// Groups of contacts.
class GroupStore final
{
    Q_DECLARE_TR_FUNCTIONS(GroupStore)

public:
    explicit GroupStore(const Database& database);

    // Every group with its member count, by name.
    Result<QList<GroupSummary>> list() const;
    Result<GroupSummary> find(const QString& name) const;

    // Names are unique without regard to case; "group_exists" when taken, "invalid_name"
    // when blank.
    Result<GroupSummary> create(const QString& name);
    // The group, or a new one when no group has that name.
    Result<GroupSummary> findOrCreate(const QString& name);
    Result<void> rename(qint64 id, const QString& newName);
    // Deletes the group; its contacts stay.
    Result<void> remove(qint64 id);

    // How many memberships were added or removed.
    Result<int> addMembers(qint64 groupId, const QList<qint64>& contactIds);
    Result<int> removeMembers(qint64 groupId, const QList<qint64>& contactIds);

    // Where `groupId` was last pushed through `accountId`, if anywhere.
    Result<std::optional<RemoteGroupLink>> remoteLink(qint64 accountId, qint64 groupId) const;
    // Records (or replaces) where a group was pushed.
    Result<void> setRemoteLink(const RemoteGroupLink& link);
    Result<void> removeRemoteLink(qint64 accountId, qint64 groupId);

private:
    Result<int> changeMembers(const QString& statement, qint64 groupId,
                              const QList<qint64>& contactIds);

    const Database& m_database;
};

} // namespace tuma
