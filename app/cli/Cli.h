// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace tuma::cli {

// Runs tuma-cli with `arguments` (program name first) and returns its exit code.
int run(const QStringList& arguments);

} // namespace tuma::cli
