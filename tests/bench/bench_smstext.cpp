// SPDX-License-Identifier: GPL-3.0-or-later
// Encode + count throughput of SmsText::count on one core, for a million realistic short
// messages (personalised GSM-7 reminders, some with a pasted curly apostrophe or an emoji
// that force UCS-2, some long enough for two parts). Not a test: run it with
// tools/bench.sh and write the figures in docs/PERFORMANCE.md.
#include "core/SmsText.h"

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <cstdio>

using namespace tuma;

int main()
{
    constexpr int kMessages = 1'000'000;
    const QStringList names
        = {QStringLiteral("Amina"),  QStringLiteral("Kwame"),  QStringLiteral("Wanjiku"),
           QStringLiteral("Otieno"), QStringLiteral("Akosua"), QStringLiteral("Njeri")};
    QList<QString> messages;
    messages.reserve(kMessages);
    QRandomGenerator random(2026);
    for (int i = 0; i < kMessages; ++i) {
        QString text = QStringLiteral("Habari %1, salio lako ni KES %2. Lipa kabla ya %3/12 ili "
                                      "kuepuka adhabu. Asante!")
                           .arg(names.at(i % names.size()))
                           .arg(random.bounded(100, 99999))
                           .arg(random.bounded(1, 28));
        switch (i % 20) {
        case 0:
            text.replace(QStringLiteral("Asante"), QStringLiteral("Asante’"));
            break;
        case 1:
            text += QStringLiteral(" 🎉");
            break;
        case 2:
            text += QStringLiteral(" Piga simu 0712 345 678 kwa maswali yoyote kuhusu akaunti yako "
                                   "au tembelea tawi lililo karibu nawe.");
            break;
        default:
            break;
        }
        messages.append(text);
    }

    qint64 totalSegments = 0;
    qint64 totalCharacters = 0;
    for (const QString& message : messages)
        totalCharacters += message.size();
    QElapsedTimer timer;
    timer.start();
    for (const QString& message : messages)
        totalSegments += SmsText::count(message).segments;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    std::printf("SmsText::count: %d messages (%.1f characters on average) in %.3f s = %.0f "
                "messages/s; %lld parts\n",
                kMessages, double(totalCharacters) / kMessages, seconds, kMessages / seconds,
                static_cast<long long>(totalSegments));
    return 0;
}
