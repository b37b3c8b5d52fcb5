// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDateTime;

namespace tuma {

// A moment as the user's locale writes it, in local time, short (Kenya and Ghana: day first);
// empty for an invalid one, which tables show as a blank cell.
QString dateTimeText(const QDateTime& when);

} // namespace tuma
