// SPDX-License-Identifier: GPL-3.0-or-later
#include "Version.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/SingleInstance.h"
#include "settings/AppSettings.h"
#include "settings/Localization.h"
#include "storage/Database.h"
#include "widgets/ColorSchemeWatcher.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageBox>

#include <cstdio>

namespace {

void printLine(std::FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Tuma's own debug lines are for developers (QT_LOGGING_RULES turns them back on).
    QLoggingCategory::setFilterRules(QStringLiteral("tuma.*.debug=false"));
    QApplication::setOrganizationName(QStringLiteral("tuma"));
    QApplication::setApplicationName(QStringLiteral("tuma"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tuma"));
    QApplication::setApplicationVersion(QStringLiteral(TUMA_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.tuma.Tuma"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tuma.svg")));

    // Options are read before translations load, so their help is in English.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tuma: SMS campaigns for marketing teams."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("db"),
        QStringLiteral("Use the database at PATH (default: $TUMA_DB, else Tuma's own)."),
        QStringLiteral("PATH"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Show Tuma in language CODE (en, sw)."),
                                            QStringLiteral("CODE"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QStringLiteral("Open on page NAME (%1); in a running Tuma, switch to it.")
            .arg(tuma::MainWindow::pageIds().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    const QCommandLineOption quitOption(QStringLiteral("quit"),
                                        QStringLiteral("Ask the running Tuma to quit."));
    parser.addOptions({databaseOption, languageOption, pageOption, quitOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A spreadsheet to import (opens the import "
                                                "wizard, in a running Tuma too)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    tuma::AppSettings settings;
    tuma::Localization::install(
        app, parser.isSet(languageOption) ? parser.value(languageOption) : settings.language(),
        settings.region());

    const QString page = parser.value(pageOption);
    if (!page.isEmpty() && !tuma::MainWindow::pageIds().contains(page)) {
        printLine(stderr,
                  QCoreApplication::translate(
                      "main", "tuma: there is no page called \"%1\". The pages are: %2.")
                      .arg(page, tuma::MainWindow::pageIds().join(QStringLiteral(", "))));
        return 2;
    }

    const QString databasePath = tuma::Database::resolvePath(parser.value(databaseOption));
    tuma::SingleInstance instance(databasePath);
    const QString importPath = parser.positionalArguments().isEmpty()
        ? QString()
        : QFileInfo(parser.positionalArguments().constFirst()).absoluteFilePath();
    QJsonObject request {{QStringLiteral("page"), page},
                         {QStringLiteral("quit"), parser.isSet(quitOption)},
                         {QStringLiteral("import"), importPath}};
    const tuma::SingleInstance::Claim claim = instance.forwardOrClaim(request);
    if (claim.outcome == tuma::SingleInstance::Outcome::Forwarded) {
        if (claim.reply.value(QStringLiteral("quitting")).toBool())
            printLine(stdout, QCoreApplication::translate("main", "The running Tuma is quitting."));
        else
            printLine(stdout,
                      QCoreApplication::translate("main",
                                                  "Tuma is already running with this "
                                                  "database; it now shows the page \"%1\".")
                          .arg(claim.reply.value(QStringLiteral("page")).toString()));
        return 0;
    }
    if (claim.outcome == tuma::SingleInstance::Outcome::Stuck) {
        printLine(
            stderr,
            QCoreApplication::translate("main",
                                        "tuma: another Tuma is using the database %1 but does not "
                                        "answer. Close it, or end it with your task manager, and "
                                        "try again.")
                .arg(databasePath));
        return 1;
    }
    if (parser.isSet(quitOption)) {
        printLine(stderr,
                  QCoreApplication::translate("main", "tuma: no running Tuma uses the database %1.")
                      .arg(databasePath));
        return 1;
    }

    tuma::Result<std::unique_ptr<tuma::Database>> database
        = tuma::Database::open(databasePath, QStringLiteral("tuma-gui"));
    if (!database) {
        const tuma::Error& error = database.error();
        printLine(stderr, QStringLiteral("tuma: ") + error.messageWithDetail());
        QMessageBox box(QMessageBox::Critical,
                        QCoreApplication::translate("main", "Tuma cannot start"), error.message);
        box.setDetailedText(error.detail);
        box.exec();
        return 1;
    }

    tuma::ColorSchemeWatcher colorScheme(settings.colorScheme());
    tuma::MainWindow window(*database.value(), settings, colorScheme);
    if (!page.isEmpty())
        window.showPage(page);
    QObject::connect(&window, &tuma::MainWindow::backgroundWorkDone, &app, &QCoreApplication::quit);
    window.show();
    if (!importPath.isEmpty())
        window.openImportWizard(importPath);
    instance.listen(
        [&window](const QJsonObject& incoming) { return window.handleInstanceRequest(incoming); });
    return app.exec();
}
