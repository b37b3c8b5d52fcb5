// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Pricing.h"
#include "SmsText.h"

#include <QMap>
#include <QString>

namespace tuma {

struct CostEstimate
{
    int recipients = 0;
    qint64 segments = 0;
    double credits = 0;
    double cost = 0; // in `currency`, rounded to the cent
    QString currency;
    QMap<int, int> distribution; // parts per message -> recipients
    int ucs2Recipients = 0; // messages that need UCS-2 (and so cost more parts)
};

// Adds up what a campaign costs, one rendered message at a time: parts, credits (GSM-7 and
// UCS-2 parts may be priced differently) and money. Balance and a provider's own estimate
// are compared with it by the caller.
class CostEstimator final
{
public:
    explicit CostEstimator(Pricing pricing);

    void add(const SmsCount& message);
    CostEstimate result() const;

private:
    Pricing m_pricing;
    CostEstimate m_estimate;
};

} // namespace tuma
