#pragma once

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

// What both executables (the `plotbench` launcher and plotbench-app) set up first.
namespace ApplicationSetup {

inline void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Plotbench"_s);
    QCoreApplication::setOrganizationDomain(u"plotbench.github.io"_s);
    QCoreApplication::setApplicationName(u"Plotbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLOTBENCH_VERSION));
}

// The UI follows the system locale; a missing translation falls back to English silently.
// English is loaded first, under the locale's: it holds only plural forms ("1 library",
// "2 libraries"), which the source strings ("%n library(s)") cannot spell by themselves.
inline void installTranslations(QCoreApplication &app)
{
    auto *englishPlurals = new QTranslator(&app);
    if (englishPlurals->load(u"plotbench_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(englishPlurals);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), u"plotbench"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace ApplicationSetup
