// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace tuma {

struct Language
{
    QString code; // "sw"
    QString nativeName; // "Kiswahili"
};

// Loads Tuma's translations (embedded in the binaries) for the chosen language.
class Localization final
{
public:
    // The languages Tuma's interface is translated into, English first.
    static QList<Language> available();

    // `code` is the --lang option or the setting; empty follows the system. Returns the code
    // of the language now in use ("en" when nothing matched).
    static QString install(QCoreApplication& app, const QString& code);
};

} // namespace tuma
