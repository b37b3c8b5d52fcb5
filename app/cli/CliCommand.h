// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tuma::cli {

class CliContext;

// One command of tuma-cli. `configure` declares its options and arguments on a parser (used
// for both parsing and --help); `run` gets the parsed result.
struct CliCommand
{
    QString name;
    QString summary;
    std::function<void(QCommandLineParser&)> configure;
    std::function<int(CliContext&, const QCommandLineParser&)> run;
    // How many positional arguments the command takes.
    int minPositional = 0;
    int maxPositional = 0;
};

// Each command group (one .cpp file per group) contributes its commands here.
QList<CliCommand> accountCommands();
QList<CliCommand> campaignCommands();
QList<CliCommand> contactCommands();
QList<CliCommand> databaseCommands();
QList<CliCommand> messageCommands();
QList<CliCommand> remoteCommands();

} // namespace tuma::cli
