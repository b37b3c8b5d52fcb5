// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "CliCommand.h"
#include "CliContext.h"
#include "Version.h"
#include "settings/AppSettings.h"
#include "settings/Localization.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace tuma::cli {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QList<CliCommand> allCommands()
{
    QList<CliCommand> commands;
    commands += contactCommands();
    commands += messageCommands();
    commands += accountCommands();
    commands += remoteCommands();
    commands += campaignCommands();
    commands += databaseCommands();
    return commands;
}

QString programHelp(const QList<CliCommand>& commands)
{
    QString help;
    QTextStream out(&help);
    out << CliText::tr("Usage: tuma-cli [--db PATH] [--json] [--lang CODE] COMMAND [ARGS...]")
        << "\n\n"
        << CliText::tr("Tuma from the command line: contacts, templates, accounts and campaigns "
                       "for scripts and scheduled jobs.")
        << "\n\n"
        << CliText::tr("Global options (before the command):") << '\n'
        << "  --db PATH    "
        << CliText::tr("The database to use (default: $TUMA_DB, else Tuma's own).") << '\n'
        << "  --json       " << CliText::tr("Print results and errors as JSON on standard output.")
        << '\n'
        << "  --lang CODE  " << CliText::tr("Language of messages, e.g. en or sw.") << '\n'
        << "  --help       " << CliText::tr("Show this help; COMMAND --help shows a command's.")
        << '\n'
        << "  --version    " << CliText::tr("Show the version.") << "\n\n"
        << CliText::tr("Commands:") << '\n';
    for (const CliCommand& command : commands)
        out << "  " << command.name.leftJustified(12) << ' ' << command.summary << '\n';
    out << '\n' << CliText::tr("Exit status: 0 success, 1 the operation failed, 2 usage error.");
    return help;
}

QString commandHelp(const CliCommand& command, const QCommandLineParser& parser)
{
    // QCommandLineParser's help names the executable only; its first line gets the command.
    const QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    const QString firstLine = text.left(firstLineEnd);
    const qsizetype optionsAt = firstLine.indexOf(QLatin1String("[options]"));
    return CliText::tr("Usage: tuma-cli [global options] %1 %2")
               .arg(command.name, optionsAt < 0 ? QString() : firstLine.mid(optionsAt))
        + text.mid(firstLineEnd);
}

} // namespace

int run(const QStringList& arguments)
{
    const QList<CliCommand> commands = allCommands();

    // Global options end at the first word that is not one of them: the command.
    QString databasePath;
    QString language;
    bool json = false;
    bool wantHelp = false;
    bool wantVersion = false;
    int index = 1;
    QString usageProblem;
    for (; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            wantHelp = true;
        } else if (argument == QLatin1String("--version")) {
            wantVersion = true;
        } else if (argument == QLatin1String("--db") || argument == QLatin1String("--lang")) {
            if (index + 1 >= arguments.size()) {
                usageProblem = CliText::tr("The option %1 needs a value.").arg(argument);
                break;
            }
            (argument == QLatin1String("--db") ? databasePath : language) = arguments.at(++index);
        } else if (argument.startsWith(QLatin1String("--db="))) {
            databasePath = argument.mid(5);
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            language = argument.mid(7);
        } else if (argument.startsWith(u'-')) {
            usageProblem = CliText::tr("Unknown option %1. Global options come before the "
                                       "command; run tuma-cli --help to see them.")
                               .arg(argument);
            break;
        } else {
            break;
        }
    }

    Localization::install(*QCoreApplication::instance(), language, AppSettings().region());
    CliContext context(Database::resolvePath(databasePath), json);
    if (!usageProblem.isEmpty())
        return context.usageError(usageProblem);

    if (wantVersion) {
        return context.succeed({{QStringLiteral("version"), QStringLiteral(TUMA_VERSION_STRING)},
                                {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                {QStringLiteral("schema_version"), latestSchemaVersion()}},
                               QStringLiteral("tuma-cli " TUMA_VERSION_STRING));
    }
    if (index >= arguments.size()) {
        if (wantHelp) {
            context.printText(programHelp(commands));
            return Success;
        }
        return context.usageError(
            CliText::tr("No command given. Run tuma-cli --help to see the commands."));
    }

    const QString name = arguments.at(index);
    const auto command = std::find_if(commands.cbegin(), commands.cend(),
                                      [&name](const CliCommand& c) { return c.name == name; });
    if (command == commands.cend())
        return context.usageError(
            CliText::tr("Unknown command \"%1\". Run tuma-cli --help to see the commands.")
                .arg(name));

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption(QStringList {QStringLiteral("h"), QStringLiteral("help")},
                                        CliText::tr("Show this command's help."));
    parser.addOption(helpOption);
    command->configure(parser);

    // QCommandLineParser expects a program name first.
    const QStringList commandArguments = QStringList {arguments.first()} + arguments.mid(index + 1);
    if (!parser.parse(commandArguments))
        return context.usageError(
            parser.errorText() + u' '
            + CliText::tr("Run tuma-cli %1 --help for its options.").arg(command->name));
    if (wantHelp || parser.isSet(helpOption)) {
        context.printText(commandHelp(*command, parser));
        return Success;
    }
    const qsizetype positional = parser.positionalArguments().size();
    if (positional < command->minPositional || positional > command->maxPositional)
        return context.usageError(
            CliText::tr("Wrong number of arguments for %1. Run tuma-cli %1 --help.")
                .arg(command->name));
    return command->run(context, parser);
}

} // namespace tuma::cli
