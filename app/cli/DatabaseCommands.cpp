// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"
#include "CliContext.h"
#include "campaigns/CampaignControl.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace tuma::cli {

namespace {

struct DatabaseCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)
};

int backup(CliContext& context, const QCommandLineParser& parser)
{
    const QString target = parser.positionalArguments().value(0);
    Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    if (Result<void> done = database.value()->backupTo(target); !done)
        return context.fail(done.error());
    const QString absolute = QFileInfo(target).absoluteFilePath();
    (void)AuditLog(*database.value()).record(QStringLiteral("database.backup"), absolute);
    return context.succeed({{QStringLiteral("backup"), absolute}},
                           DatabaseCommandsText::tr("Backed up %1 to %2.")
                               .arg(QDir::toNativeSeparators(database.value()->path()),
                                    QDir::toNativeSeparators(absolute)));
}

int restore(CliContext& context, const QCommandLineParser& parser)
{
    const QString source = parser.positionalArguments().value(0);
    // Check the backup before opening (and possibly creating) the database it replaces.
    if (Result<int> inspected = Database::inspect(source); !inspected)
        return context.fail(inspected.error());
    Result<Database*> database = context.database();
    if (!database)
        return context.fail(database.error());
    if (Result<void> done = CampaignControl::restoreBackup(*database.value(), source); !done)
        return context.fail(done.error());
    const QString absolute = QFileInfo(source).absoluteFilePath();
    (void)AuditLog(*database.value()).record(QStringLiteral("database.restore"), absolute);
    return context.succeed({{QStringLiteral("restored"), absolute},
                            {QStringLiteral("schema_version"), database.value()->schemaVersion()}},
                           DatabaseCommandsText::tr("Restored %1 from %2.")
                               .arg(QDir::toNativeSeparators(database.value()->path()),
                                    QDir::toNativeSeparators(absolute)));
}

} // namespace

QList<CliCommand> databaseCommands()
{
    return {
        {QStringLiteral("backup"),
         DatabaseCommandsText::tr("Copy the database, consistently, to a backup file."),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(QStringLiteral("FILE"),
                                          DatabaseCommandsText::tr("The backup file to write."));
         },
         backup, 1, 1},
        {QStringLiteral("restore"),
         DatabaseCommandsText::tr("Replace the database's content with a backup."),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(QStringLiteral("FILE"),
                                          DatabaseCommandsText::tr("The backup file to read."));
         },
         restore, 1, 1},
    };
}

} // namespace tuma::cli
