// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTime>

namespace tuma {

// The hours in which a campaign may send; outside them, its messages wait.
struct SendingWindow
{
    bool enabled = false;
    QTime start = QTime(8, 0);
    QTime end = QTime(18, 0);
    bool skipSundays = true;

    friend bool operator==(const SendingWindow&, const SendingWindow&) = default;
};

} // namespace tuma
