// SPDX-License-Identifier: GPL-3.0-or-later
#include "CostEstimator.h"

#include <cmath>

namespace tuma {

CostEstimator::CostEstimator(Pricing pricing)
    : m_pricing(std::move(pricing))
{
    m_estimate.currency = m_pricing.currency;
}

void CostEstimator::add(const SmsCount& message)
{
    ++m_estimate.recipients;
    m_estimate.segments += message.segments;
    const bool ucs2 = message.encoding == SmsEncoding::Ucs2;
    m_estimate.credits
        += message.segments * (ucs2 ? m_pricing.creditsPerUcs2Part : m_pricing.creditsPerGsmPart);
    m_estimate.ucs2Recipients += ucs2 ? 1 : 0;
    ++m_estimate.distribution[message.segments];
}

CostEstimate CostEstimator::result() const
{
    CostEstimate estimate = m_estimate;
    estimate.cost = std::round(estimate.credits * m_pricing.pricePerCredit * 100.0) / 100.0;
    return estimate;
}

} // namespace tuma
