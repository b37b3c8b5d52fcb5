// SPDX-License-Identifier: GPL-3.0-or-later
// Time of one keystroke in the composer (highlighting, counting, notes) with a 918-character
// message, six full parts: the target is well under one frame (16 ms). Run with
// tools/bench.sh (offscreen).
#include "templates/ComposerWidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>

#include <cstdio>

using namespace tuma;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ComposerWidget composer;
    composer.resize(900, 600);
    composer.show();
    QString message;
    while (message.size() < 917)
        message += QStringLiteral("Habari <<first_name|mteja>>, salio lako ni KES <<balance>>. ");
    message.truncate(917);
    composer.setBody(message);
    auto* editor = composer.findChild<QPlainTextEdit*>();
    editor->moveCursor(QTextCursor::End);
    QApplication::processEvents();

    constexpr int kKeystrokes = 500;
    QElapsedTimer timer;
    qint64 worst = 0;
    qint64 total = 0;
    for (int i = 0; i < kKeystrokes; ++i) {
        timer.start();
        editor->insertPlainText(i % 2 ? QStringLiteral("a") : QStringLiteral("’"));
        editor->textCursor().deletePreviousChar();
        QApplication::processEvents();
        const qint64 elapsed = timer.nsecsElapsed();
        total += elapsed;
        worst = std::max(worst, elapsed);
    }
    std::printf("Composer keystroke with %lld characters: %.3f ms on average, %.3f ms at worst "
                "(%d keystrokes, each typed and erased)\n",
                static_cast<long long>(composer.body().size() + 1),
                double(total) / kKeystrokes / 2e6, double(worst) / 2e6, kKeystrokes);
    return 0;
}
