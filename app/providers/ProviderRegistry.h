// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderTypes.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace tuma {

class ProviderAdapter;

// The one place that knows which adapter class serves which provider.
namespace ProviderRegistry {

std::unique_ptr<ProviderAdapter> createAdapter(const ProviderAccount& account,
                                               QObject* parent = nullptr);

// The base URL from the provider's document; empty for FlashSMS, which is white-label and
// has no fixed host.
QUrl defaultBaseUrl(ProviderKind provider);

} // namespace ProviderRegistry

} // namespace tuma
