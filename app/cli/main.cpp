// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "Version.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("tuma"));
    QCoreApplication::setApplicationName(QStringLiteral("tuma"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TUMA_VERSION_STRING));
    return tuma::cli::run(QCoreApplication::arguments());
}
