// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace tuma {

// Customers' data is readable by its owner only (docs/ARCHITECTURE.md, "Privacy"): the
// database, its -wal and -shm files (SQLite gives them the database's mode), backups and the
// simulator's state are 0600, the folders Tuma makes for them 0700. Exports are left to the
// user's own settings: offices share them.
namespace PrivateFiles {

// Makes `folder` (and its missing parents) if it does not exist; a folder made here is
// 0700. An existing folder keeps its mode unless `repair` (Tuma's own data folder).
Result<void> makeFolder(const QString& folder, bool repair = false);
// Creates `path` empty with mode 0600 if it does not exist, without a moment of a wider
// mode; an existing file (and its -wal, -shm and -journal beside it) is set to 0600.
Result<void> makeFile(const QString& path);
// Sets an existing file's mode to 0600.
Result<void> restrict(const QString& path);

} // namespace PrivateFiles

} // namespace tuma
