// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteSync.h"

#include "ProviderSession.h"
#include "core/PhoneNumber.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"
#include "storage/SuppressionList.h"

#include <QSet>

namespace tuma {

namespace {

// A provider group's members read a page at a time.
constexpr int membersPerPage = 200;

QString providerName(const Account& account)
{
    const std::optional<ProviderKind> kind = providerFromName(account.provider);
    return kind ? providerDisplayName(*kind) : account.provider;
}

} // namespace

RemoteSync::RemoteSync(Database& database, ProviderSession& providers, Account account,
                       QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_providers(providers)
    , m_account(std::move(account))
{ }

RemoteSync::~RemoteSync() = default;

void RemoteSync::cancel()
{
    m_cancelled = true;
}

void RemoteSync::fail(const QString& message)
{
    Q_EMIT finished(false, message);
}

int RemoteSync::stepsDone() const
{
    return m_push.added + m_push.removed;
}

// ---- Push -----------------------------------------------------------------------------------

void RemoteSync::pushGroup(qint64 localGroupId, const QString& remoteName)
{
    const Capabilities capabilities = ProviderSession::capabilities(m_account);
    if (!capabilities.remoteContactImport && !capabilities.remoteContacts) {
        fail(tr("This provider keeps no contacts: send to a Tuma group with a campaign instead."));
        return;
    }
    m_localGroupId = localGroupId;
    Result<QList<GroupSummary>> groups = GroupStore(m_database).list();
    if (!groups) {
        fail(groups.error().message);
        return;
    }
    for (const GroupSummary& group : groups.value()) {
        if (group.id == localGroupId)
            m_groupName = group.name;
    }
    if (m_groupName.isEmpty()) {
        fail(tr("The group no longer exists."));
        return;
    }
    m_wantedRemoteName = remoteName.trimmed().isEmpty() ? m_groupName : remoteName.trimmed();
    // Opted-out numbers never reach a provider's group: a campaign to it would text them.
    const SuppressionList optOuts(m_database);
    ContactQuery query;
    query.groupId = localGroupId;
    QString problem;
    const Result<void> read = ContactStore(m_database).visit(query, [&](const Contact& contact) {
        const Result<bool> optedOut = optOuts.contains(contact.phone);
        if (!optedOut) {
            problem = optedOut.error().message;
            return false;
        }
        if (optedOut.value()) {
            ++m_push.optedOutSkipped;
            return true;
        }
        RemoteContact remote;
        remote.phone = contact.phone;
        remote.firstName = contact.firstName;
        remote.lastName = contact.lastName;
        remote.email = contact.email;
        remote.fields = contact.fields;
        m_contacts.append(remote);
        return true;
    });
    if (!read || !problem.isEmpty()) {
        fail(read ? problem : read.error().message);
        return;
    }
    if (m_contacts.isEmpty()) {
        fail(m_push.optedOutSkipped > 0
                 ? tr("Everyone in \"%1\" has opted out: nothing was sent.").arg(m_groupName)
                 : tr("The group \"%1\" has no contacts to send.").arg(m_groupName));
        return;
    }
    findTarget();
}

void RemoteSync::findTarget()
{
    if (!ProviderSession::capabilities(m_account).remoteGroups) {
        // Groups are named in each import (QSMS), and never listed.
        useTarget(m_wantedRemoteName, m_wantedRemoteName);
        return;
    }
    const Result<std::optional<RemoteGroupLink>> link
        = GroupStore(m_database).remoteLink(m_account.id, m_localGroupId);
    if (!link) {
        fail(link.error().message);
        return;
    }
    // The provider's list first: the group pushed before may be gone, or one of this name
    // may be there already (made by the user, or by a push whose answer was lost).
    m_providers.run<QList<RemoteGroup>>(
        m_account, this,
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<QList<RemoteGroup>> done) {
            adapter.listGroups(done);
        },
        [this, linked = link.value()](ProviderResult<QList<RemoteGroup>> groups) {
            if (!groups) {
                fail(groups.error().message);
                return;
            }
            for (const RemoteGroup& group : groups.value()) {
                if (linked && group.id == linked->remoteGroupId) {
                    useTarget(group.id, group.name);
                    return;
                }
            }
            for (const RemoteGroup& group : groups.value()) {
                if (group.name.compare(m_wantedRemoteName, Qt::CaseInsensitive) == 0) {
                    useTarget(group.id, group.name);
                    return;
                }
            }
            m_providers.run<RemoteGroup>(
                m_account, this,
                [name = m_wantedRemoteName](ProviderAdapter& adapter,
                                            ProviderAdapter::Reply<RemoteGroup> done) {
                    adapter.createGroup(name, done);
                },
                [this](ProviderResult<RemoteGroup> created) {
                    if (!created) {
                        QString message = created.error().message;
                        if (created.error().kind == ProviderError::Kind::AmbiguousSubmission)
                            message += u' '
                                + tr("Push the group again: Tuma looks for the provider's group "
                                     "by its name before making another.");
                        fail(message);
                        return;
                    }
                    useTarget(created.value().id,
                              created.value().name.isEmpty() ? m_wantedRemoteName
                                                             : created.value().name);
                });
        });
}

void RemoteSync::useTarget(const QString& id, const QString& name)
{
    m_remoteGroup = id;
    m_push.remoteGroupId = id;
    m_push.remoteName = name;
    RemoteGroupLink link;
    link.accountId = m_account.id;
    link.groupId = m_localGroupId;
    link.remoteGroupId = id;
    link.remoteName = name;
    link.pushedAt = QDateTime::currentDateTimeUtc();
    if (Result<void> saved = GroupStore(m_database).setRemoteLink(link); !saved) {
        fail(saved.error().message);
        return;
    }
    const Capabilities capabilities = ProviderSession::capabilities(m_account);
    if (capabilities.remoteGroups && capabilities.remoteContacts) {
        readGroup(1, tr("Stopped: nothing was sent."), [this] { planChanges(); });
        return;
    }
    // Members cannot be listed: every contact is sent again (the provider keeps one entry
    // per number in an import).
    m_toAdd = m_contacts;
    Q_EMIT progress(0, int(m_toAdd.size()));
    m_next = 0;
    addNext();
}

void RemoteSync::readGroup(int page, const QString& stopped, const std::function<void()>& then)
{
    if (m_cancelled) {
        Q_EMIT finished(false, stopped);
        return;
    }
    RemoteContactQuery query;
    query.groupId = m_remoteGroup;
    query.page = page;
    query.limit = membersPerPage;
    m_providers.run<RemoteContactPage>(
        m_account, this,
        [query](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteContactPage> done) {
            adapter.listContacts(query, done);
        },
        [this, page, stopped, then](ProviderResult<RemoteContactPage> result) {
            if (!result) {
                fail(result.error().message);
                return;
            }
            bool fresh = false;
            for (const RemoteContact& contact : result.value().contacts) {
                // Known by its id, or by its number where the provider gives no id.
                const QString key
                    = contact.id.isEmpty() ? QStringLiteral("phone:") + contact.phone : contact.id;
                if (!m_seen.contains(key)) {
                    fresh = true;
                    m_seen.insert(key);
                    m_read.append(contact);
                }
            }
            Q_EMIT progress(int(m_read.size()), std::max(result.value().total, int(m_read.size())));
            // Stop on the last page, and on a page that brought nothing new (a provider
            // that ignores paging answers every page with the same whole list).
            if (page >= result.value().lastPage || !fresh)
                then();
            else
                readGroup(page + 1, stopped, then);
        });
}

void RemoteSync::planChanges()
{
    for (const RemoteContact& contact : std::as_const(m_read)) {
        const Result<QString> phone = PhoneNumber::normalize(contact.phone, m_account.region);
        const QString key = phone ? phone.value() : contact.phone;
        // A number the group holds twice (an earlier push whose answer was lost) is one
        // member too many.
        if (m_remoteMembers.contains(key))
            m_twice.append(contact.id);
        else
            m_remoteMembers.insert(key, contact.id);
    }
    QSet<QString> wanted;
    for (const RemoteContact& contact : std::as_const(m_contacts)) {
        wanted.insert(contact.phone);
        if (!m_remoteMembers.contains(contact.phone))
            m_toAdd.append(contact);
    }
    for (auto it = m_remoteMembers.cbegin(); it != m_remoteMembers.cend(); ++it) {
        if (!wanted.contains(it.key()))
            m_toRemove.append(it.value());
    }
    m_toRemove += m_twice;
    if (!ProviderSession::capabilities(m_account).remoteGroupMemberRemoval) {
        // Deleting a contact there deletes it from every group (FlashSMS): never done here.
        m_push.notRemoved = int(m_toRemove.size());
        m_toRemove.clear();
    }
    Q_EMIT progress(0, int(m_toAdd.size() + m_toRemove.size()));
    m_next = 0;
    addNext();
}

void RemoteSync::addNext()
{
    const int total = int(m_toAdd.size() + m_toRemove.size());
    if (m_next >= m_toAdd.size()) {
        m_next = 0;
        removeNext();
        return;
    }
    if (m_cancelled) {
        Q_EMIT finished(false,
                        tr("Stopped after %Ln contact(s) were added.", nullptr, m_push.added));
        return;
    }
    const Capabilities capabilities = ProviderSession::capabilities(m_account);
    if (capabilities.remoteContactImport) {
        const QList<RemoteContact> batch = m_toAdd.mid(m_next, importBatchSize);
        m_providers.run<RemoteImportSummary>(
            m_account, this,
            [group = m_remoteGroup, batch](ProviderAdapter& adapter,
                                           ProviderAdapter::Reply<RemoteImportSummary> done) {
                adapter.importContacts(group, batch, done);
            },
            [this, size = int(batch.size()), total](ProviderResult<RemoteImportSummary> imported) {
                if (!imported) {
                    fail(imported.error().message);
                    return;
                }
                m_next += size;
                m_push.added += size;
                Q_EMIT progress(stepsDone(), total);
                addNext();
            });
        return;
    }
    RemoteContact contact = m_toAdd.at(m_next);
    contact.groupId = m_remoteGroup;
    m_providers.run<RemoteContact>(
        m_account, this,
        [contact](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteContact> done) {
            adapter.createContact(contact, done);
        },
        [this, total](ProviderResult<RemoteContact> created) {
            if (!created) {
                fail(created.error().message);
                return;
            }
            ++m_next;
            ++m_push.added;
            Q_EMIT progress(stepsDone(), total);
            addNext();
        });
}

void RemoteSync::removeNext()
{
    const int total = int(m_toAdd.size() + m_toRemove.size());
    if (m_next >= m_toRemove.size()) {
        finishPush();
        return;
    }
    if (m_cancelled) {
        Q_EMIT finished(
            false,
            tr("Stopped after %Ln contact(s) were added and %1 taken out.", nullptr, m_push.added)
                .arg(m_push.removed));
        return;
    }
    m_providers.run<void>(
        m_account, this,
        [group = m_remoteGroup, id = m_toRemove.at(m_next)](ProviderAdapter& adapter,
                                                            ProviderAdapter::Reply<void> done) {
            adapter.deleteContact(group, id, done);
        },
        [this, total](ProviderResult<void> removed) {
            if (!removed) {
                fail(removed.error().message);
                return;
            }
            ++m_next;
            ++m_push.removed;
            Q_EMIT progress(stepsDone(), total);
            removeNext();
        });
}

void RemoteSync::finishPush()
{
    const Capabilities capabilities = ProviderSession::capabilities(m_account);
    const bool listed = capabilities.remoteGroups && capabilities.remoteContacts;
    // Everyone in the Tuma group is there now, and whoever could not be taken out.
    m_push.members = int(m_contacts.size()) + m_push.notRemoved;
    QString summary = tr("The provider's group \"%1\" has the Tuma group \"%2\": %Ln contact(s) "
                         "added",
                         nullptr, m_push.added)
                          .arg(m_push.remoteName, m_groupName);
    if (listed)
        summary += tr(", %Ln taken out", nullptr, m_push.removed);
    summary += u'.';
    if (m_push.optedOutSkipped > 0)
        summary
            += u' ' + tr("%Ln opted-out number(s) were left out.", nullptr, m_push.optedOutSkipped);
    if (m_push.notRemoved > 0) {
        summary += u' '
            + tr("%Ln number(s) in the provider's group are no longer in the Tuma group, have "
                 "opted out or are there twice; %1 cannot take a contact out of one group, so "
                 "remove them on its website.",
                 nullptr, m_push.notRemoved)
                  .arg(providerName(m_account));
    }
    if (!listed) {
        summary += u' '
            + tr("%1 does not list a group's members: numbers taken out of the Tuma group since "
                 "an earlier push stay in the provider's group.")
                  .arg(providerName(m_account));
    }
    Q_EMIT finished(true, summary);
}

// ---- Pull -----------------------------------------------------------------------------------

void RemoteSync::pullGroup(const RemoteGroup& group, const QString& intoGroup)
{
    m_remoteGroup = group.id;
    m_intoGroup = intoGroup.trimmed().isEmpty() ? group.name : intoGroup.trimmed();
    readGroup(1, tr("Stopped: nothing was saved."), [this] { savePulled(); });
}

void RemoteSync::savePulled()
{
    ContactStore contacts(m_database);
    GroupStore groups(m_database);
    Result<GroupSummary> group = groups.findOrCreate(m_intoGroup);
    if (!group) {
        fail(group.error().message);
        return;
    }
    m_pull.groupId = group.value().id;
    m_pull.groupName = group.value().name;
    m_pull.rows = int(m_read.size());
    QList<qint64> members;
    QSet<QString> seen;
    for (const RemoteContact& remote : std::as_const(m_read)) {
        const Result<QString> phone = PhoneNumber::normalize(remote.phone, m_account.region);
        if (!phone) {
            ++m_pull.invalid;
            continue;
        }
        if (seen.contains(phone.value())) {
            ++m_pull.duplicates;
            continue;
        }
        seen.insert(phone.value());
        Result<Contact> existing = contacts.findByPhone(phone.value());
        if (existing) {
            Contact contact = existing.value();
            const Contact before = contact;
            if (contact.firstName.isEmpty())
                contact.firstName = remote.firstName;
            if (contact.lastName.isEmpty())
                contact.lastName = remote.lastName;
            if (contact.email.isEmpty())
                contact.email = remote.email;
            const bool changed = contact.firstName != before.firstName
                || contact.lastName != before.lastName || contact.email != before.email;
            if (changed) {
                if (Result<void> updated = contacts.update(contact); !updated) {
                    fail(updated.error().message);
                    return;
                }
                ++m_pull.updated;
            } else {
                ++m_pull.existing;
            }
            members.append(contact.id);
            continue;
        }
        Contact contact;
        contact.phone = phone.value();
        contact.firstName = remote.firstName;
        contact.lastName = remote.lastName;
        contact.email = remote.email;
        contact.fields = remote.fields;
        Result<Contact> saved = contacts.add(contact);
        if (!saved) {
            fail(saved.error().message);
            return;
        }
        members.append(saved.value().id);
        ++m_pull.imported;
    }
    if (Result<int> joined = groups.addMembers(group.value().id, members); !joined) {
        fail(joined.error().message);
        return;
    }
    QString summary = tr("Brought %Ln contact(s) into the group \"%1\"", nullptr,
                         static_cast<int>(members.size()))
                          .arg(m_pull.groupName);
    summary += tr(" (%Ln new)", nullptr, m_pull.imported);
    if (m_pull.invalid > 0)
        summary += tr("; %Ln number(s) could not receive SMS and were left out", nullptr,
                      m_pull.invalid);
    Q_EMIT finished(true, summary + u'.');
}

} // namespace tuma
