// plotbench-app: the window and every command but `import`, which the `plotbench` launcher
// (launcher.cpp) runs itself and execs this for the rest.
#include "applicationsetup.h"
#include "catalogsources.h"
#include "commandline.h"
#include "dataimportcontroller.h"
#include "githubsession.h"
#include "mainwindow.h"
#include "offlinecatalogsource.h"
#include "startupprobe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
using ApplicationSetup::installTranslations;
using ApplicationSetup::setApplicationInfo;

int runCommand(int argc, char **argv)
{
    // Drawing (render) needs fonts and Qt Charts' QGraphicsWidget style: a QApplication, and,
    // as it shows no window, no display (unless the caller chose a platform).
    if (qstrcmp(argv[1], "render") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setApplicationInfo();
        installTranslations(app);
        return CommandLine::run(QCoreApplication::arguments());
    }
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
    const QCommandLineOption importOption(
        u"import"_s, QCoreApplication::translate("main", "Open the import dialog for the data FILE (CSV, xlsx, ods, JSON)."),
        u"FILE"_s);
    parser.addOption(importOption);
    const QCommandLineOption apiUrlOption(
        u"api-url"_s, QCoreApplication::translate("main", "Use this GitHub API (GitHub Enterprise, a test server) for this run."),
        u"URL"_s);
    parser.addOption(apiUrlOption);
    parser.process(app);

    QString error;
    CatalogSourcePtr source = CatalogSources::fromArgument(parser.value(catalogOption), {true, true}, &error);
    // Without --catalog the window opens the last synced offline copy (no network), else the sample.
    if (source && !parser.isSet(catalogOption))
        source = OfflineCatalogSource::latestOr(source);
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
    if (parser.isSet(importOption))
        QTimer::singleShot(0, &window, [&window, path = parser.value(importOption)] { window.dataImport()->openFile(path); });
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
