// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SendingWindow.h"

#include <QDateTime>
#include <QTimeZone>

namespace tuma {

// The first instant at or after `now` at which a campaign may send under `window`, read in
// the campaign's time zone (so 08:00 in Africa/Nairobi whatever the machine's zone). `now`
// itself when the window is off or open.
QDateTime nextSendingTime(const QDateTime& now, const SendingWindow& window, const QTimeZone& zone);

// The time zone of a campaign: its IANA name, or the machine's zone when the name is empty
// or unknown.
QTimeZone campaignTimeZone(const QString& name);

// The time zone a region's campaigns are scheduled in by default (Africa/Nairobi for KE,
// Africa/Accra for GH; the first of several for a region that has many).
QString defaultTimeZoneFor(const QString& regionCode);

} // namespace tuma
