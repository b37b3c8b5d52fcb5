// SPDX-License-Identifier: GPL-3.0-or-later
// The Contacts page on a big database, offscreen: first screen, search keystrokes, scrolling
// to the end, sorting, memory. Usage (a database with a million contacts, e.g. made with
// `tuma-cli --db big.db import big.csv`):
//   QT_QPA_PLATFORM=offscreen bench_contacts DATABASE [SPREADSHEET]
// With SPREADSHEET, it then imports that file through the import wizard into a new database
// and reports the longest the GUI thread went without handling its events.
#include "BenchSupport.h"
#include "contacts/ContactsModel.h"
#include "contacts/ContactsPage.h"
#include "import/ImportWizard.h"
#include "settings/AppSettings.h"
#include "storage/ContactStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace tuma;
using namespace tuma::bench;

namespace {

// Paints what the view shows now, as a user would see it.
double settle(QWidget& widget)
{
    QElapsedTimer timer;
    timer.start();
    QApplication::processEvents();
    widget.repaint();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_contacts DATABASE\n");
        return 2;
    }
    QTemporaryDir profile;
    AppSettings settings(profile.filePath(QStringLiteral("tuma.ini")));

    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database)
        qFatal("%s", qPrintable(database.error().messageWithDetail()));
    ContactsPage page(*database.value(), settings);
    page.resize(1280, 800);
    page.show();
    settle(page);
    const double firstScreen = double(timer.nsecsElapsed()) / 1e6;
    auto* view = page.findChild<QTableView*>(QStringLiteral("contactsTableView"));
    ContactsModel* model = page.model();
    std::printf("bench_contacts: %lld contacts\n", model->totalContacts());
    std::printf("  first screen (open + count + first page + paint): %7.1f ms\n", firstScreen);

    double worstKey = 0;
    for (const char* search :
         {"w", "wa", "wan", "wanj", "0", "07", "071", "0712", "0712 3", "mary ka", ""}) {
        timer.restart();
        model->setSearch(QString::fromUtf8(search));
        settle(page);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        worstKey = std::max(worstKey, ms);
        std::printf("  search \"%s\": %lld found, %6.1f ms\n", search, model->totalShown(), ms);
    }
    std::printf("  worst search keystroke: %.1f ms\n", worstKey);

    const auto scrollTest = [&](const char* label) {
        timer.restart();
        view->scrollToBottom();
        const double toEnd = settle(page) + double(timer.nsecsElapsed()) / 1e6;
        double worstStep = 0;
        QScrollBar* bar = view->verticalScrollBar();
        for (int step = 0; step < 60; ++step) {
            timer.restart();
            bar->setValue(bar->value() - bar->pageStep());
            settle(page);
            worstStep = std::max(worstStep, double(timer.nsecsElapsed()) / 1e6);
        }
        double worstJump = 0;
        for (int step = 1; step <= 10; ++step) {
            timer.restart();
            bar->setValue(bar->maximum() / 10 * step);
            settle(page);
            worstJump = std::max(worstJump, double(timer.nsecsElapsed()) / 1e6);
        }
        std::printf("  %s: to the end %6.1f ms, worst page up %5.1f ms, worst jump %6.1f ms\n",
                    label, toEnd, worstStep, worstJump);
    };
    scrollTest("scroll (by creation)");
    timer.restart();
    view->sortByColumn(ContactsModel::LastNameColumn, Qt::AscendingOrder);
    settle(page);
    std::printf("  sort by last name: %6.1f ms\n", double(timer.nsecsElapsed()) / 1e6);
    scrollTest("scroll (by last name)");
    const QString field = model->customFields().value(0);
    timer.restart();
    (void)ContactStore(*database.value()).createSortIndex(ContactQuery::Sort::Field, field);
    std::printf("  index for sorting by \"%s\" (once, off the GUI thread): %6.1f ms\n",
                qPrintable(field), double(timer.nsecsElapsed()) / 1e6);
    timer.restart();
    view->sortByColumn(ContactsModel::FirstCustomColumn, Qt::DescendingOrder);
    settle(page);
    std::printf("  sort by %s: %6.1f ms\n", qPrintable(field), double(timer.nsecsElapsed()) / 1e6);
    scrollTest("scroll (by a custom field)");

    std::printf("  resident memory now %.1f MB, peak %.1f MB\n", statusKiB("VmRSS:") / 1024.0,
                statusKiB("VmHWM:") / 1024.0);
    if (argc < 3)
        return 0;

    // The import wizard on a big file: a 5 ms timer measures how long events wait.
    auto fresh = Database::open(profile.filePath(QStringLiteral("import.db")));
    ImportWizard wizard(*fresh.value(), settings);
    wizard.show();
    QElapsedTimer sinceTick;
    double worstGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        worstGap = std::max(worstGap, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    QElapsedTimer whole;
    whole.start();
    sinceTick.start();
    ticker.start();
    QSignalSpy loaded(&wizard, &ImportWizard::previewLoaded);
    QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    wizard.setFile(QString::fromLocal8Bit(argv[2]));
    loaded.wait(60000);
    wizard.next();
    wizard.next();
    checked.wait(600000);
    const double checkDone = double(whole.nsecsElapsed()) / 1e9;
    wizard.next();
    finished.wait(600000);
    ticker.stop();
    std::printf("  import wizard: checked in %.1f s, imported %lld contacts in %.1f s; longest "
                "the GUI thread was busy: %.1f ms\n",
                checkDone, wizard.report().counts.imported, double(whole.nsecsElapsed()) / 1e9,
                worstGap);
    return 0;
}
