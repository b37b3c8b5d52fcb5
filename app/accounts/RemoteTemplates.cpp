// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteTemplates.h"

#include "ProviderSession.h"

#include <QPointer>

namespace tuma::RemoteTemplates {

void upload(ProviderSession& providers, const Account& account, QObject* context,
            const QString& name, const QString& text,
            std::function<void(ProviderResult<RemoteTemplate>)> done)
{
    // The list first: the one to replace is found by name, as the user knows it.
    providers.run<QList<RemoteTemplate>>(
        account, context,
        [](ProviderAdapter& adapter, ProviderAdapter::Reply<QList<RemoteTemplate>> listed) {
            adapter.listTemplates(listed);
        },
        [&providers, account, context = QPointer<QObject>(context), name, text,
         done = std::move(done)](ProviderResult<QList<RemoteTemplate>> list) {
            if (!list) {
                done(list.error());
                return;
            }
            RemoteTemplate remote;
            remote.name = name;
            remote.content = text;
            for (const RemoteTemplate& existing : list.value()) {
                if (existing.name.compare(name, Qt::CaseInsensitive) == 0) {
                    remote.id = existing.id;
                    remote.name = existing.name;
                }
            }
            providers.run<RemoteTemplate>(
                account, context,
                [remote](ProviderAdapter& adapter, ProviderAdapter::Reply<RemoteTemplate> sent) {
                    if (remote.id.isEmpty())
                        adapter.createTemplate(remote, sent);
                    else
                        adapter.updateTemplate(remote, sent);
                },
                done);
        });
}

} // namespace tuma::RemoteTemplates
