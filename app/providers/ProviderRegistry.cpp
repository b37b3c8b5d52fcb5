// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderRegistry.h"

#include "flashsms/FlashSmsAdapter.h"
#include "qsms/QsmsAdapter.h"
#include "quickflow/QuickFlowAdapter.h"
#include "sms254/Sms254Adapter.h"

namespace tuma::ProviderRegistry {

std::unique_ptr<ProviderAdapter> createAdapter(const ProviderAccount& account, QObject* parent)
{
    switch (account.provider) {
    case ProviderKind::QuickFlow:
        return std::make_unique<QuickFlowAdapter>(account, parent);
    case ProviderKind::Qsms:
        return std::make_unique<QsmsAdapter>(account, parent);
    case ProviderKind::Sms254:
        return std::make_unique<Sms254Adapter>(account, parent);
    case ProviderKind::FlashSms:
        return std::make_unique<FlashSmsAdapter>(account, parent);
    }
    return nullptr;
}

bool secretWellFormed(ProviderKind provider, const QString& secret)
{
    if (provider != ProviderKind::QuickFlow)
        return !secret.trimmed().isEmpty();
    const QStringList parts = secret.split(u':');
    return parts.size() == 2 && !parts.at(0).trimmed().isEmpty()
        && !parts.at(1).trimmed().isEmpty();
}

QUrl defaultBaseUrl(ProviderKind provider)
{
    switch (provider) {
    case ProviderKind::QuickFlow:
        return QUrl(QStringLiteral("https://api.quickflow.co.ke/api/method"));
    // The document's one full URL; its /v1 endpoints use the same host unless the account
    // names a second one (docs/providers.md).
    case ProviderKind::Qsms:
        return QUrl(QStringLiteral("https://sms.qorami.io"));
    case ProviderKind::Sms254:
        return QUrl(QStringLiteral("https://api.qserve.co.ke/version1"));
    case ProviderKind::FlashSms:
        return {};
    }
    return {};
}

} // namespace tuma::ProviderRegistry
