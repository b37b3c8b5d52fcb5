// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderTypes.h"
#include "storage/AccountStore.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace tuma {

class Database;
class ProviderSession;

// Moves a group between Tuma and what a provider keeps, for the Accounts page and tuma-cli
// alike (docs/providers.md, "Pushing a group").
//
// Push sends a Tuma group to the provider without its opted-out numbers. The provider group
// is the one this group was pushed to before through this account (remote_group_links), else
// one of the same name, else a new one. Where the provider lists a group's members, only the
// missing ones are added, and numbers no longer in the Tuma group (or opted out since) are
// taken out where the provider can take a contact out of one group (QuickFlow). Elsewhere
// they stay, counted in `notRemoved`: a contact is never deleted account-wide to fake it.
// Contacts go by import where the provider imports in bulk (a thousand a request), else one
// request each.
//
// Pull brings a provider group's contacts into a Tuma group (of the same name unless told),
// adding new numbers and filling empty names of known ones.
//
// Runs on the caller's thread, one request at a time, with progress and cancel; the network
// work happens on the provider session's thread. A request that creates something is sent
// once: when its answer is lost, the sync stops, and the next push reads the provider's side
// again before adding anything.
class RemoteSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteSync)

public:
    struct PushSummary
    {
        QString remoteGroupId;
        QString remoteName;
        int members = 0; // the provider group's members after the push, as far as Tuma knows
        int added = 0;
        int removed = 0;
        int optedOutSkipped = 0;
        // Not in the Tuma group (or opted out, or there twice), and the provider cannot take
        // a contact out of one group.
        int notRemoved = 0;
    };
    // As `tuma-cli import` counts: rows = imported + updated + existing + duplicates + invalid.
    struct PullSummary
    {
        qint64 groupId = 0;
        QString groupName;
        int rows = 0;
        int imported = 0;
        int updated = 0; // known numbers whose empty names were filled
        int existing = 0;
        int duplicates = 0;
        int invalid = 0;
    };

    RemoteSync(Database& database, ProviderSession& providers, Account account,
               QObject* parent = nullptr);
    ~RemoteSync() override;

    // `remoteName`: the provider group's name for a new one (default: the Tuma group's).
    void pushGroup(qint64 localGroupId, const QString& remoteName = {});
    // `intoGroup`: the Tuma group to fill (default: one named as the provider's).
    void pullGroup(const RemoteGroup& group, const QString& intoGroup = {});
    // Stops after the request in flight; what was already sent or saved stays.
    void cancel();

    const PushSummary& pushSummary() const { return m_push; }
    const PullSummary& pullSummary() const { return m_pull; }

    static constexpr int importBatchSize = 1'000;

Q_SIGNALS:
    void progress(int done, int total);
    // `summary` says what happened in a sentence for the user.
    void finished(bool ok, const QString& summary);

private:
    void findTarget();
    void useTarget(const QString& id, const QString& name);
    // Reads every member of the provider group, a page at a time, into m_read; then `then`,
    // unless cancelled (then `stopped` is the summary).
    void readGroup(int page, const QString& stopped, const std::function<void()>& then);
    void planChanges();
    void addNext();
    void removeNext();
    void finishPush();
    void savePulled();
    void fail(const QString& message);
    int stepsDone() const;

    Database& m_database;
    ProviderSession& m_providers;
    Account m_account;
    qint64 m_localGroupId = 0;
    QString m_groupName; // Tuma's
    QString m_wantedRemoteName;
    QString m_remoteGroup; // id where the provider has groups, else the name
    QList<RemoteContact> m_contacts; // the Tuma group's, to push
    QList<RemoteContact> m_read; // the provider group's
    QHash<QString, QString> m_remoteMembers; // E.164 → the provider's contact id
    QSet<QString> m_seen; // the provider's contacts read so far
    QStringList m_twice; // ids of numbers the provider's group holds more than once
    QList<RemoteContact> m_toAdd;
    QStringList m_toRemove; // the provider's contact ids
    qsizetype m_next = 0;
    PushSummary m_push;
    PullSummary m_pull;
    QString m_intoGroup;
    bool m_cancelled = false;
};

} // namespace tuma
