// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendingSchedule.h"

#include <QLocale>

namespace tuma {

QDateTime nextSendingTime(const QDateTime& now, const SendingWindow& window, const QTimeZone& zone)
{
    if (!window.enabled)
        return now;
    const QDate today = now.toTimeZone(zone).date();
    // A week and a day always holds an opening, whatever days are skipped.
    for (int day = 0; day <= 8; ++day) {
        const QDate date = today.addDays(day);
        if (window.skipSundays && date.dayOfWeek() == Qt::Sunday)
            continue;
        const QDateTime opens(date, window.start, zone);
        const QDateTime closes(date, window.end, zone);
        if (now < opens)
            return opens.toUTC();
        if (now < closes)
            return now;
    }
    return now;
}

QTimeZone campaignTimeZone(const QString& name)
{
    const QTimeZone zone(name.toUtf8());
    return name.isEmpty() || !zone.isValid() ? QTimeZone::systemTimeZone() : zone;
}

QString defaultTimeZoneFor(const QString& regionCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
    if (territory != QLocale::AnyTerritory) {
        const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds(territory);
        if (!zones.isEmpty())
            return QString::fromUtf8(zones.constFirst());
    }
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

} // namespace tuma
