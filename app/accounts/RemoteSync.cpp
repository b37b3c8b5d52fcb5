// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteSync.h"

#include "ProviderSession.h"
#include "core/PhoneNumber.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"
#include "storage/GroupStore.h"

namespace tuma {

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

void RemoteSync::pushGroup(qint64 localGroupId)
{
    const Capabilities capabilities = ProviderSession::capabilities(m_account);
    if (!capabilities.remoteContactImport && !capabilities.remoteContacts) {
        fail(tr("This provider keeps no contacts: send to a Tuma group with a campaign instead."));
        return;
    }
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
    ContactQuery query;
    query.groupId = localGroupId;
    const Result<void> read = ContactStore(m_database).visit(query, [this](const Contact& contact) {
        RemoteContact remote;
        remote.phone = contact.phone;
        remote.firstName = contact.firstName;
        remote.lastName = contact.lastName;
        remote.email = contact.email;
        remote.fields = contact.fields;
        m_contacts.append(remote);
        return true;
    });
    if (!read) {
        fail(read.error().message);
        return;
    }
    if (m_contacts.isEmpty()) {
        fail(tr("The group \"%1\" has no contacts to send.").arg(m_groupName));
        return;
    }
    Q_EMIT progress(0, static_cast<int>(m_contacts.size()));
    if (!capabilities.remoteGroups) {
        // Groups are named in each import (QSMS).
        m_remoteGroup = m_groupName;
        pushNext();
        return;
    }
    m_providers.run<RemoteGroup>(
        m_account, this,
        [name = m_groupName](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteGroup> done) {
            adapter.createGroup(name, done);
        },
        [this](ProviderResult<RemoteGroup> created) {
            if (!created) {
                fail(created.error().message);
                return;
            }
            m_remoteGroup = created.value().id;
            pushNext();
        });
}

void RemoteSync::pushNext()
{
    const int total = static_cast<int>(m_contacts.size());
    if (m_next >= m_contacts.size()) {
        Q_EMIT finished(
            true,
            tr("Sent the group \"%1\" with %Ln contact(s) to the provider.", nullptr, total)
                .arg(m_groupName));
        return;
    }
    if (m_cancelled) {
        Q_EMIT finished(false,
                        tr("Stopped after %Ln of the group's contacts were sent.", nullptr,
                           static_cast<int>(m_next)));
        return;
    }
    const Capabilities capabilities = ProviderSession::capabilities(m_account);
    if (capabilities.remoteContactImport) {
        const QList<RemoteContact> batch = m_contacts.mid(m_next, importBatchSize);
        m_providers.run<RemoteImportSummary>(
            m_account, this,
            [group = m_remoteGroup, batch](ProviderAdapter& adapter,
                                           ProviderAdapter::Reply<RemoteImportSummary> done) {
                adapter.importContacts(group, batch, done);
            },
            [this, size = batch.size(), total](ProviderResult<RemoteImportSummary> imported) {
                if (!imported) {
                    fail(imported.error().message);
                    return;
                }
                m_next += size;
                Q_EMIT progress(static_cast<int>(m_next), total);
                pushNext();
            });
        return;
    }
    RemoteContact contact = m_contacts.at(m_next);
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
            Q_EMIT progress(static_cast<int>(m_next), total);
            pushNext();
        });
}

void RemoteSync::pullGroup(const RemoteGroup& group)
{
    m_groupName = group.name;
    m_remoteGroup = group.id;
    m_contacts.clear();
    pullPage(1);
}

void RemoteSync::pullPage(int page)
{
    if (m_cancelled) {
        Q_EMIT finished(false, tr("Stopped: nothing was saved."));
        return;
    }
    RemoteContactQuery query;
    query.groupId = m_remoteGroup;
    query.page = page;
    query.limit = 200;
    m_providers.run<RemoteContactPage>(
        m_account, this,
        [query](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteContactPage> done) {
            adapter.listContacts(query, done);
        },
        [this, page](ProviderResult<RemoteContactPage> result) {
            if (!result) {
                fail(result.error().message);
                return;
            }
            m_contacts += result.value().contacts;
            Q_EMIT progress(static_cast<int>(m_contacts.size()),
                            std::max(result.value().total, static_cast<int>(m_contacts.size())));
            // Stop on the last page, and on a page that brought nothing new (a provider
            // that ignores paging answers every page with the same whole list).
            if (page >= result.value().lastPage || result.value().contacts.isEmpty())
                savePulled();
            else
                pullPage(page + 1);
        });
}

void RemoteSync::savePulled()
{
    ContactStore contacts(m_database);
    GroupStore groups(m_database);
    Result<GroupSummary> group = groups.findOrCreate(m_groupName);
    if (!group) {
        fail(group.error().message);
        return;
    }
    QList<qint64> members;
    int added = 0;
    int skipped = 0;
    for (const RemoteContact& remote : std::as_const(m_contacts)) {
        const Result<QString> phone = PhoneNumber::normalize(remote.phone, m_account.region);
        if (!phone) {
            ++skipped;
            continue;
        }
        Result<Contact> existing = contacts.findByPhone(phone.value());
        if (existing) {
            Contact contact = existing.value();
            if (contact.firstName.isEmpty())
                contact.firstName = remote.firstName;
            if (contact.lastName.isEmpty())
                contact.lastName = remote.lastName;
            if (contact.email.isEmpty())
                contact.email = remote.email;
            if (Result<void> updated = contacts.update(contact); !updated) {
                fail(updated.error().message);
                return;
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
        ++added;
    }
    if (Result<int> joined = groups.addMembers(group.value().id, members); !joined) {
        fail(joined.error().message);
        return;
    }
    QString summary = tr("Brought %Ln contact(s) into the group \"%1\"", nullptr,
                         static_cast<int>(members.size()))
                          .arg(m_groupName);
    summary += tr(" (%Ln new)", nullptr, added);
    if (skipped > 0)
        summary += tr("; %Ln number(s) could not receive SMS and were left out", nullptr, skipped);
    Q_EMIT finished(true, summary + u'.');
}

} // namespace tuma
