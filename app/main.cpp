#include "catalogsources.h"
#include "commandline.h"
#include "githubsession.h"
#include "mainwindow.h"
#include "startupprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {
void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Plotbench"_s);
    QCoreApplication::setOrganizationDomain(u"plotbench.github.io"_s);
    QCoreApplication::setApplicationName(u"Plotbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PLOTBENCH_VERSION));
}

// The UI follows the system locale; a missing translation falls back to English silently.
// English is loaded first, under the locale's: it holds only plural forms ("1 library",
// "2 libraries"), which the source strings ("%n library(s)") cannot spell by themselves.
void installTranslations(QCoreApplication &app)
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

int runCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    installTranslations(app);
    return CommandLine::run(QCoreApplication::arguments());
}

int runGui(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    setApplicationInfo();
    QApplication::setDesktopFileName(u"io.github.plotbench.Plotbench"_s);
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Workbench for the anyplot plot catalog."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogOption(
        u"catalog"_s, QCoreApplication::translate("main", "Open SOURCE: an anyplot checkout, its plots/ folder, or 'sample'."),
        u"SOURCE"_s, u"sample"_s);
    parser.addOption(catalogOption);
    const QCommandLineOption specOption(
        u"spec"_s, QCoreApplication::translate("main", "Open the page of spec ID once the catalog is loaded."), u"ID"_s);
    parser.addOption(specOption);
    const QCommandLineOption apiUrlOption(
        u"api-url"_s, QCoreApplication::translate("main", "Use this GitHub API (GitHub Enterprise, a test server) for this run."),
        u"URL"_s);
    parser.addOption(apiUrlOption);
    parser.process(app);

    QString error;
    const CatalogSourcePtr source = CatalogSources::fromArgument(parser.value(catalogOption), {true, true}, &error);
    if (!source) {
        QTextStream(stderr) << u"plotbench: "_s << error << u'\n';
        return 2;
    }

    MainWindow window;
    if (parser.isSet(apiUrlOption))
        window.githubSession()->setApiUrlOverride(QUrl(parser.value(apiUrlOption), QUrl::StrictMode));
    if (StartupProbe::isRequested())
        new StartupProbe(&window, sinceStart);
    if (parser.isSet(specOption)) {
        const QString specId = parser.value(specOption);
        QObject::connect(&window, &MainWindow::loadingFinished, &window, [&window, specId](bool loaded) {
            if (loaded && window.catalog() && window.catalog()->spec(specId))
                window.showSpec(specId);
        }, Qt::SingleShotConnection);
    }
    window.show();
    // The catalog loads after the first paint; the window shows progress meanwhile.
    QTimer::singleShot(0, &window, [&window, source] { window.openCatalog(source); });
    return app.exec();
}
} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (CommandLine::isCommand(arguments))
        return runCommand(argc, argv);
    return runGui(argc, argv);
}
