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

// Whether `secret` has the shape the provider's key takes. QuickFlow's is its API key and its
// API secret written KEY:SECRET: both there, and one colon, so neither may hold one. The
// others' is any text that is not blank. The account dialog, tuma-cli and the adapter all
// ask here.
bool secretWellFormed(ProviderKind provider, const QString& secret);

} // namespace ProviderRegistry

} // namespace tuma
