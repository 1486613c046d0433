#include "commands.h"
#include "commandsupport.h"

#include "apicatalogsource.h"
#include "syncerror.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLocale>

#include <exception>

using namespace Qt::StringLiterals;

namespace CommandLine {

// `plotbench sync api [--url URL] [--json] [--full] [--offline-dir DIR]`: syncs the catalog from
// the REST API into the offline copy. Progress goes to stderr, the summary to stdout.
int syncApi(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Usage: %1 [options]").arg(arguments.first()) + u"\n"_s
                                     + tr("Syncs the catalog from the anyplot REST API into the offline copy; a "
                                          "re-sync fetches only the specs whose index entry changed."));
    parser.addHelpOption();
    const QCommandLineOption url(u"url"_s, tr("The API's base URL (default %1).").arg(QLatin1StringView(ApiCatalogSource::defaultBaseUrl)),
                                 u"URL"_s, QString::fromLatin1(ApiCatalogSource::defaultBaseUrl));
    const QCommandLineOption json(u"json"_s, tr("Print the summary as machine-readable JSON."));
    const QCommandLineOption full(u"full"_s, tr("Fetch every spec's details, changed or not."));
    const QCommandLineOption offlineDir(u"offline-dir"_s, tr("Keep offline copies under DIR instead of the user's data folder."),
                                        u"DIR"_s);
    parser.addOptions({url, json, full, offlineDir});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << helpText(parser);
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'; see --help").arg(parser.positionalArguments().first()));

    QString error;
    const std::optional<QUrl> baseUrl = ApiCatalogSource::normalizedBaseUrl(parser.value(url), &error);
    if (!baseUrl)
        return fail(error);
    ApiCatalogSource::Options options;
    options.baseUrl = *baseUrl;
    options.fullSync = parser.isSet(full);
    options.offlineRoot = parser.value(offlineDir);
    const auto source = std::make_shared<ApiCatalogSource>(options);

    // The sync runs on a worker; this thread prints its progress as it comes.
    QTextStream err(stderr);
    QFutureWatcher<CatalogPtr> watcher;
    QString lastText;
    QObject::connect(&watcher, &QFutureWatcherBase::progressTextChanged, &watcher, [&](const QString &text) {
        if (text != lastText && !text.isEmpty()) {
            err << text << u'\n';
            err.flush();
            lastText = text;
        }
    });
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(CatalogLoader::loadAsync(source));
    if (!watcher.isFinished())
        loop.exec();

    CatalogPtr catalog;
    try {
        QFuture<CatalogPtr> future = watcher.future();
        future.waitForFinished();
        if (future.resultCount() > 0)
            catalog = future.resultAt(future.resultCount() - 1);
    } catch (const SyncError &e) {
        return fail(e.message());
    } catch (const std::exception &e) {
        return fail(QString::fromUtf8(e.what()));
    }
    if (!catalog)
        return fail(tr("the sync did not finish"));

    const ApiCatalogSource::Report report = source->lastReport();
    if (parser.isSet(json)) {
        out() << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    } else {
        const QLocale locale;
        out() << tr("Synced %1 and %2 from %3.\n")
                     .arg(tr("%n spec(s)", nullptr, report.specs), tr("%n implementation(s)", nullptr, report.implementations),
                          source->displayName())
              << tr("%1 fetched, %2 kept, %3 removed; %4, %5 in %6 s.\n")
                     .arg(tr("%n changed spec(s)", nullptr, report.changedSpecs))
                     .arg(report.keptSpecs)
                     .arg(report.removedSpecs)
                     .arg(tr("%n request(s)", nullptr, report.requests), locale.formattedDataSize(report.bytes),
                          locale.toString(double(report.elapsedMs) / 1000.0, 'f', 1))
              << tr("Offline copy: %1\n").arg(report.offlineDirectory);
        if (report.resumedSpecs > 0)
            out() << tr("Resumed: %1 of %2 already fetched by an interrupted sync.\n")
                         .arg(report.resumedSpecs)
                         .arg(report.changedSpecs);
    }
    if (!report.offlineCopyError.isEmpty())
        return fail(tr("synced, but the offline copy could not be written: %1").arg(report.offlineCopyError));
    return Success;
}

} // namespace CommandLine
