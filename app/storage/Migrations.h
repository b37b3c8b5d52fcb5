// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace tuma {

// One step of the schema's history: the statements that take a database from version - 1
// to version. Steps are only ever appended; a released step is never edited.
struct Migration
{
    int version = 0;
    QStringList statements;
};

const QList<Migration>& migrations();
int latestSchemaVersion();

// 'TUMA' in PRAGMA application_id: lets `file` and Tuma itself recognise its databases.
inline constexpr int kApplicationId = 0x54554D41;

} // namespace tuma
