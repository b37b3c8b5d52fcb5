// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderTypes.h"

namespace tuma {

QString providerName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::QuickFlow:
        return QStringLiteral("quickflow");
    case ProviderKind::Qsms:
        return QStringLiteral("qsms");
    case ProviderKind::Sms254:
        return QStringLiteral("254sms");
    case ProviderKind::FlashSms:
        return QStringLiteral("flashsms");
    }
    return {};
}

std::optional<ProviderKind> providerFromName(const QString& name)
{
    for (ProviderKind kind : {ProviderKind::QuickFlow, ProviderKind::Qsms, ProviderKind::Sms254,
                              ProviderKind::FlashSms}) {
        if (name.compare(providerName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString providerDisplayName(ProviderKind kind)
{
    // Brand names: not translated.
    switch (kind) {
    case ProviderKind::QuickFlow:
        return QStringLiteral("QuickFlow");
    case ProviderKind::Qsms:
        return QStringLiteral("QSMS");
    case ProviderKind::Sms254:
        return QStringLiteral("254sms");
    case ProviderKind::FlashSms:
        return QStringLiteral("FlashSMS");
    }
    return {};
}

QString messageStateName(MessageState state)
{
    switch (state) {
    case MessageState::Pending:
        return QStringLiteral("pending");
    case MessageState::Accepted:
        return QStringLiteral("accepted");
    case MessageState::Sent:
        return QStringLiteral("sent");
    case MessageState::Delivered:
        return QStringLiteral("delivered");
    case MessageState::Failed:
        return QStringLiteral("failed");
    case MessageState::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

} // namespace tuma
