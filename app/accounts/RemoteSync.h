// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderTypes.h"
#include "storage/AccountStore.h"

#include <QObject>

namespace tuma {

class Database;
class ProviderSession;

// Moves a group between Tuma and what a provider keeps: push sends a Tuma group and its
// members to the provider (one import request per thousand contacts where the provider
// imports in bulk, one request per contact otherwise); pull brings a provider's group and
// its contacts into a Tuma group of the same name, adding new numbers and filling empty
// names of known ones (each contact saved on its own, so a failure keeps what came before). Runs on
// the caller's thread, one request at a time, with progress and cancel; the network work happens on
// the provider session's thread.
class RemoteSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteSync)

public:
    RemoteSync(Database& database, ProviderSession& providers, Account account,
               QObject* parent = nullptr);
    ~RemoteSync() override;

    void pushGroup(qint64 localGroupId);
    void pullGroup(const RemoteGroup& group);
    // Stops after the request in flight; what was already sent or saved stays.
    void cancel();

    static constexpr int importBatchSize = 1'000;

Q_SIGNALS:
    void progress(int done, int total);
    // `summary` says what happened in a sentence for the user.
    void finished(bool ok, const QString& summary);

private:
    void pushNext();
    void pullPage(int page);
    void savePulled();
    void fail(const QString& message);

    Database& m_database;
    ProviderSession& m_providers;
    Account m_account;
    QString m_groupName;
    QString m_remoteGroup; // id where the provider has groups, else the name
    qint64 m_localGroupId = 0;
    QList<RemoteContact> m_contacts;
    qsizetype m_next = 0;
    bool m_cancelled = false;
};

} // namespace tuma
