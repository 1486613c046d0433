// The API sync and its offline copy, at real size. Prints figures and ratios against baselines
// measured in the same run; fails only on errors, never on time.
//  1. Opening the offline copy of a synced real-size catalog (330 specs × 9 libraries built from
//     the sample's real files by realsizecatalog), against re-parsing the same catalog's folder
//     and re-opening it through the folder index cache.
//  2. A full API sync and a no-change re-sync against the fake anyplot API on loopback (the
//     recorded 312 specs / 2,708 implementations), with request counts.
#include "realsizecatalog.h"

#include "apicatalogsource.h"
#include "fakeanyplotapi.h"
#include "foldercatalogsource.h"
#include "offlinecatalogsource.h"
#include "offlinecatalogstore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
template<typename F>
double medianMs(int runs, F &&work)
{
    std::vector<double> times;
    std::vector<decltype(work())> keep; // freeing a run's catalog is not timed
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        keep.push_back(work());
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Runs a sync on a worker while this thread serves the fake API, as in the app.
CatalogPtr syncOnWorker(const std::shared_ptr<ApiCatalogSource> &source)
{
    QFutureWatcher<CatalogPtr> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(CatalogLoader::loadAsync(source));
    if (!watcher.isFinished())
        loop.exec();
    return watcher.future().resultCount() > 0 ? watcher.future().results().constLast() : nullptr;
}

int fail(const char *what)
{
    std::fprintf(stderr, "bench_apisync: %s\n", what);
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the fake API draws nothing here, but links QtGui
    QTemporaryDir work;

    // 1. Offline copy of a real-size catalog.
    const QString plots = work.path() + u"/checkout/plots"_s;
    const RealSizeCatalogSize size = RealSizeCatalog::write(QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample/plots"_s, plots);
    FolderCatalogSource::Options folderOptions;
    folderOptions.cacheDirectory = work.path() + u"/index-cache"_s;
    const FolderCatalogSource folder(plots, folderOptions);
    const CatalogPtr parsed = CatalogLoader::loadBlocking(folder); // also fills the index cache
    if (!parsed)
        return fail("the real-size catalog did not load");
    OfflineCopy copy;
    copy.info = {u"api"_s, u"https://api.anyplot.ai"_s, u"anyplot API"_s, QDateTime::currentDateTimeUtc(), {}};
    copy.folders = OfflineCatalogStore::foldersOf(*parsed);
    const OfflineCatalogStore store(work.path() + u"/offline/api-bench"_s);
    QString error;
    if (!store.save(copy, &error))
        return fail("the offline copy could not be written");
    const qint64 copyBytes = QFileInfo(store.catalogFile()).size();
    const OfflineCatalogSource offline(store.directory());

    const double openMs = medianMs(7, [&] { return CatalogLoader::loadBlocking(offline); });
    const double decodeMs = medianMs(7, [&] { return store.load(); });
    const double cacheMs = medianMs(7, [&] { return CatalogLoader::loadBlocking(folder); });
    FolderCatalogSource::Options noCache;
    noCache.useIndexCache = false;
    const FolderCatalogSource uncached(plots, noCache);
    const double parseMs = medianMs(3, [&] { return CatalogLoader::loadBlocking(uncached); });
    const CatalogPtr reopened = CatalogLoader::loadBlocking(offline);
    if (!reopened || reopened->specs() != parsed->specs() || reopened->implementations() != parsed->implementations())
        return fail("the offline copy does not hold the catalog it was given");

    std::printf("real-size catalog: %d specs, %zu implementations, %d files, %.1f MB of YAML; offline copy %.1f MB\n",
                size.specs, parsed->implementations().size(), size.files, double(size.yamlBytes) / 1e6,
                double(copyBytes) / 1e6);
    std::printf("open the offline copy (budget 150 ms):        %7.1f ms (median of 7)\n", openMs);
    std::printf("  of which reading + decoding the file:        %7.1f ms\n", decodeMs);
    std::printf("  baseline: folder re-open via index cache:    %7.1f ms (%.2fx)\n", cacheMs, cacheMs / openMs);
    std::printf("  baseline: folder full parse, no cache:       %7.1f ms (%.2fx)\n", parseMs, parseMs / openMs);

    // 2. API sync against the fake server on loopback.
    FakeAnyplotApi server;
    ApiCatalogSource::Options options;
    options.baseUrl = server.baseUrl();
    options.offlineRoot = work.path() + u"/api-offline"_s;
    QElapsedTimer timer;
    timer.start();
    const auto full = std::make_shared<ApiCatalogSource>(options);
    const CatalogPtr synced = syncOnWorker(full);
    const double fullMs = double(timer.nsecsElapsed()) / 1e6;
    if (!synced)
        return fail("the full sync failed");
    const ApiCatalogSource::Report first = full->lastReport();

    timer.restart();
    const auto again = std::make_shared<ApiCatalogSource>(options);
    if (!syncOnWorker(again))
        return fail("the re-sync failed");
    const double resyncMs = double(timer.nsecsElapsed()) / 1e6;
    const ApiCatalogSource::Report second = again->lastReport();

    server.setSpecTitle(u"scatter-basic"_s, u"Scatter, renamed"_s);
    timer.restart();
    const auto oneChanged = std::make_shared<ApiCatalogSource>(options);
    if (!syncOnWorker(oneChanged))
        return fail("the one-change re-sync failed");
    const double oneMs = double(timer.nsecsElapsed()) / 1e6;
    const ApiCatalogSource::Report third = oneChanged->lastReport();

    std::printf("API full sync (fake API on loopback):         %7.1f ms, %d specs, %d implementations, %d requests, "
                "%.1f MB, peak %d in flight\n",
                fullMs, first.specs, first.implementations, first.requests, double(first.bytes) / 1e6, first.peakInFlight);
    std::printf("API re-sync, nothing changed (budget 4 req):  %7.1f ms, %d requests, %d changed, %.1f MB (%.1fx faster)\n",
                resyncMs, second.requests, second.changedSpecs, double(second.bytes) / 1e6, fullMs / resyncMs);
    std::printf("API re-sync, one spec changed:                %7.1f ms, %d requests, %d changed\n", oneMs,
                third.requests, third.changedSpecs);
    if (second.requests > 4 || third.requests != 5 || first.peakInFlight > 6)
        return fail("request counts are not what the contract says");
    return 0;
}
