// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "Version.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Tuma's own debug lines are for developers (QT_LOGGING_RULES turns them back on).
    QLoggingCategory::setFilterRules(QStringLiteral("tuma.*.debug=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("tuma"));
    QCoreApplication::setApplicationName(QStringLiteral("tuma"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TUMA_VERSION_STRING));
    return tuma::cli::run(QCoreApplication::arguments());
}
