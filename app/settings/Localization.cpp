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

QLocale Localization::localeFor(const QString& code, const QString& region)
{
    const QLocale::Language language
        = code.isEmpty() ? QLocale::system().language() : QLocale(code).language();
    const QLocale::Territory territory
        = region.isEmpty() ? QLocale::system().territory() : QLocale::codeToTerritory(region);
    const QLocale exact(language, territory);
    if (exact.language() == language && exact.territory() == territory)
        return exact;
    if (language == QLocale::English)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(language);
}

QString Localization::install(QCoreApplication& app, const QString& code, const QString& region)
{
    const QLocale wanted = localeFor(code, region);
    const auto load = [](QTranslator& translator, const QLocale& locale) {
        return translator.load(locale, QStringLiteral("tuma"), QStringLiteral("_"),
                               QStringLiteral(":/i18n"));
    };
    // A second call (a test, a language chosen again) replaces what the first installed.
    const QString ours = QStringLiteral("tuma-translator");
    for (QTranslator* installed :
         app.findChildren<QTranslator*>(ours, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    auto* translator = new QTranslator(&app);
    translator->setObjectName(ours);
    QString language = wanted.name().section(u'_', 0, 0);
    if (load(*translator, wanted)) {
        QLocale::setDefault(wanted);
    } else {
        // English is the fallback, and it has a catalogue too: it carries the plural forms.
        language = QStringLiteral("en");
        QLocale::setDefault(localeFor(language, region));
        if (!load(*translator, QLocale(QLocale::English))) {
            delete translator;
            return language;
        }
    }
    QCoreApplication::installTranslator(translator);
    // Qt's own texts where Debian ships a translation of them.
    auto* qtTranslator = new QTranslator(&app);
    qtTranslator->setObjectName(ours);
    if (qtTranslator->load(wanted, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return language;
}

} // namespace tuma
