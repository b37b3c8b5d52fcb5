// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateText.h"

#include <QDateTime>
#include <QLocale>

namespace tuma {

QString dateTimeText(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace tuma
