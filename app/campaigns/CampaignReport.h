// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "storage/CampaignStore.h"

#include <QCoreApplication>

namespace tuma {

class Database;

// What a campaign did, for people: its per-recipient report and a second chance for the
// recipients it failed.
class CampaignReport final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignReport)

public:
    explicit CampaignReport(const Database& database);

    // One row per recipient (phone, state, parts, credits, provider id and status, error,
    // times in UTC, the message) as CSV for Excel: UTF-8 with BOM, formula-like cells
    // neutralised. Written whole or not at all. Returns the number of rows.
    Result<qint64> writeCsv(qint64 campaignId, const QString& path) const;

    // A new draft with the same message, account and sender for the recipients that failed,
    // priced like any draft. Once: a campaign whose failures were retried is refused
    // (`already_retried`, naming the draft).
    Result<qint64> retryFailed(qint64 campaignId) const;

private:
    Result<qint64> createPriced(Campaign retry, qint64 originalId) const;

    const Database& m_database;
};

} // namespace tuma
