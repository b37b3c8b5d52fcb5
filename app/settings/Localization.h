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

    // `code` is the --lang option or the setting; empty follows the system. `region` (the
    // settings' "KE", "GH"...) gives dates, times and numbers as that country writes them in
    // that language. Returns the code of the language now in use ("en" when nothing matched).
    static QString install(QCoreApplication& app, const QString& code, const QString& region = {});

    // The locale for a language ("en", "sw"; empty: the system's) in a region: en_KE,
    // en_GH, sw_KE. Where the language has no locale for that country, English is written
    // as in Britain (day before month) and another language as in its own main country;
    // never the United States' month-first dates unless the region is the US.
    static QLocale localeFor(const QString& code, const QString& region);
};

} // namespace tuma
