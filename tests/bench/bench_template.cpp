// SPDX-License-Identifier: GPL-3.0-or-later
// Render throughput of a two-variable template for a million recipients on one core, then
// render + count, the work a campaign plan does per recipient. Run with tools/bench.sh.
#include "core/SmsText.h"
#include "core/Template.h"

#include <QElapsedTimer>
#include <QList>
#include <QStringList>

#include <cstdio>

using namespace tuma;

int main()
{
    constexpr int kRecipients = 1'000'000;
    const QStringList fields = {QStringLiteral("first_name"), QStringLiteral("balance")};
    const QStringList names
        = {QStringLiteral("Amina"),  QStringLiteral("Kwame"), QStringLiteral("Wanjiku"),
           QStringLiteral("Otieno"), QStringLiteral(""),      QStringLiteral("Njeri")};
    QList<QStringList> contacts;
    contacts.reserve(kRecipients);
    for (int i = 0; i < kRecipients; ++i)
        contacts.append({names.at(i % names.size()), QString::number(100 + (i * 37) % 99900)});

    const Template::Bound bound
        = Template(
              QStringLiteral("Habari <<first_name|mteja>>, salio lako ni KES <<balance>>. Lipa "
                             "kabla ya mwisho wa mwezi. Asante!"))
              .bind(fields);

    QElapsedTimer timer;
    timer.start();
    qint64 characters = 0;
    for (const QStringList& values : contacts)
        characters += bound.render(values).size();
    const double renderSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    qint64 segments = 0;
    for (const QStringList& values : contacts)
        segments += SmsText::count(bound.render(values)).segments;
    const double planSeconds = double(timer.nsecsElapsed()) / 1e9;

    std::printf("Template render: %d recipients in %.3f s = %.0f renders/s (%lld characters)\n",
                kRecipients, renderSeconds, kRecipients / renderSeconds,
                static_cast<long long>(characters));
    std::printf("Render + count:  %d recipients in %.3f s = %.0f recipients/s (%lld parts)\n",
                kRecipients, planSeconds, kRecipients / planSeconds,
                static_cast<long long>(segments));
    return 0;
}
