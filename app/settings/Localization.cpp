// SPDX-License-Identifier: GPL-3.0-or-later
#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace tuma {

QList<Language> Localization::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("sw"), QStringLiteral("Kiswahili")}};
}

QString Localization::install(QCoreApplication& app, const QString& code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("tuma"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        // Qt's own dialogs (buttons, file dialogs) where Debian ships their translation.
        auto* qtTranslator = new QTranslator(&app);
        if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
        QLocale::setDefault(locale);
        return locale.name().section(u'_', 0, 0);
    }
    delete translator;
    return QStringLiteral("en");
}

} // namespace tuma
