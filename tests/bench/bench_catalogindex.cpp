// Index speed on a catalog the size of the real one. Prints figures and ratios against baselines
// measured in the same run (reading the same bytes without parsing; libyaml's bare event scan),
// so the numbers mean something on any machine. Not a pass/fail test: it fails only on errors.
#include "realsizecatalog.h"

#include "catalogindexcache.h"
#include "catalogtreescanner.h"
#include "foldercatalogsource.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QTemporaryDir>

#include <yaml.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QStringList allFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// Drops the files from the page cache so the next read comes from disk: a cold start.
void evictFromPageCache(const QStringList &files)
{
    for (const QString &path : files) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        if (fd >= 0) {
            ::fdatasync(fd);
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
}

// Results are kept until all runs are done so that freeing one run's catalog is not timed.
template<typename F>
double medianMs(int runs, F &&work)
{
    std::vector<double> times;
    std::vector<decltype(work())> results;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        results.push_back(work());
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

qint64 readEverything(const QStringList &files)
{
    qint64 bytes = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll().size();
    }
    return bytes;
}

// libyaml's parser alone, no tree, no fields: the floor for any libyaml-based reader.
int scanYamlEvents(const QStringList &files)
{
    for (const QString &path : files) {
        if (!path.endsWith(u".yaml"_s))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        yaml_parser_t parser;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                     std::size_t(bytes.size()));
        yaml_event_t event;
        bool done = false;
        while (!done && yaml_parser_parse(&parser, &event)) {
            done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
        }
        yaml_parser_delete(&parser);
    }
    return 0;
}

void figure(const char *name, double ms, const char *budget, double baselineMs = 0, const char *baseline = nullptr)
{
    if (baseline)
        std::printf("bench: %-34s %8.1f ms   (budget %s; %.2f× %s)\n", name, ms, budget, ms / baselineMs, baseline);
    else
        std::printf("bench: %-34s %8.1f ms   (budget %s)\n", name, ms, budget);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString fixturePlots = QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample/plots"_s;
    if (arguments.value(1) == u"--write-catalog"_s) { // for the start-up benchmark
        const RealSizeCatalogSize written = RealSizeCatalog::write(fixturePlots, arguments.value(2) + u"/plots"_s);
        std::printf("wrote %d specs, %d files\n", written.specs, written.files);
        return 0;
    }
    const int specCount = 330;
    QTemporaryDir work;
    const QString plots = work.path() + u"/plots"_s;
    const RealSizeCatalogSize size = RealSizeCatalog::write(fixturePlots, plots, specCount);
    const QStringList files = allFiles(plots);
    std::printf("bench: synthetic catalog: %d specs, %lld files, %.1f MB of YAML, %d cores\n", size.specs,
                qlonglong(files.size()), double(size.yamlBytes) / 1e6, QThread::idealThreadCount());

    const QString cacheDir = work.path() + u"/cache"_s;
    const FolderCatalogSource noCache(plots, {false, {}});
    const FolderCatalogSource withCache(plots, {true, cacheDir});

    evictFromPageCache(files);
    QElapsedTimer timer;
    timer.start();
    const CatalogPtr cold = CatalogLoader::loadBlocking(noCache);
    const double coldMs = double(timer.nsecsElapsed()) / 1e6;
    if (!cold || int(cold->specs().size()) != size.specs || cold->fileCounts().total() != files.size()) {
        std::fprintf(stderr, "bench: wrong catalog: %d specs, %d files accounted for\n",
                     cold ? int(cold->specs().size()) : -1, cold ? cold->fileCounts().total() : -1);
        return 1;
    }
    evictFromPageCache(files);
    timer.restart();
    readEverything(files);
    const double coldReadMs = double(timer.nsecsElapsed()) / 1e6;

    const double scanMs = medianMs(5, [&] { return CatalogTreeScanner::scan(plots).specFolders.size(); });
    figure("tree scan (stat of every file)", scanMs, "-");
    if (qEnvironmentVariableIsSet("PLOTBENCH_BENCH_PROFILE_CACHE")) { // a loop to attach a profiler to
        CatalogLoader::loadBlocking(withCache);
        for (int i = 0; i < 40; ++i)
            CatalogLoader::loadBlocking(withCache);
        return 0;
    }
    if (qEnvironmentVariableIsSet("PLOTBENCH_BENCH_PROFILE")) { // a loop to attach a profiler to
        for (int threads : {1, 2}) {
            QThreadPool::globalInstance()->setMaxThreadCount(threads);
            figure(threads == 1 ? "full index, warm, 1 thread" : "full index, warm, 2 threads",
                   medianMs(5, [&] { return CatalogLoader::loadBlocking(noCache); }), "-");
        }
        return 0;
    }
    const double readMs = medianMs(5, [&] { return readEverything(files); });
    const double eventsMs = medianMs(3, [&] { return scanYamlEvents(files); });
    const double warmMs = medianMs(5, [&] { return CatalogLoader::loadBlocking(noCache); });
    CatalogLoader::loadBlocking(withCache); // fills the index cache
    const double cachedMs = medianMs(7, [&] { return CatalogLoader::loadBlocking(withCache); });
    const CatalogIndexCache indexCache(plots, cacheDir);
    figure("index cache read alone", medianMs(5, [&] { return indexCache.load(); }), "-");
    const auto presenting = std::make_shared<FolderCatalogSource>(plots, FolderCatalogSource::Options{true, cacheDir, true});
    std::vector<double> shownTimes;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer shownTimer;
        shownTimer.start();
        QFuture<CatalogPtr> future = CatalogLoader::loadAsync(presenting);
        // As the window does: a watcher signals each result as it is published.
        QFutureWatcher<CatalogPtr> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::resultReadyAt, &loop, [&] {
            if (shownTimes.size() == std::size_t(i))
                shownTimes.push_back(double(shownTimer.nsecsElapsed()) / 1e6);
            loop.quit();
        });
        watcher.setFuture(future);
        loop.exec();
        future.waitForFinished(); // the check goes on in the background; not part of this figure
    }
    std::sort(shownTimes.begin(), shownTimes.end());
    const double firstResultMs = shownTimes[shownTimes.size() / 2];
    const double validatedMs = medianMs(5, [&] {
        QFuture<CatalogPtr> future = CatalogLoader::loadAsync(presenting);
        future.waitForFinished();
        return future.results().size();
    });
    const double cacheSizeMb = double(QFileInfo(CatalogIndexCache(plots, cacheDir).filePath()).size()) / 1e6;

    std::printf("bench: %d implementations, %lld warnings, index cache %.1f MB\n",
                int(cold->implementations().size()), qlonglong(cold->warnings().size()), cacheSizeMb);
    figure("full index, cold", coldMs, "1500 ms", coldReadMs, "cold read of the same files");
    figure("full index, warm", warmMs, "400 ms", readMs, "warm read of the same files");
    figure("libyaml event scan (single thread)", eventsMs, "-", warmMs, "of our full index");
    figure("re-open with index cache, shown", firstResultMs, "60 ms", warmMs, "of the full index");
    figure("re-open, files checked too", validatedMs, "-", cachedMs, "of validate-then-show");
    figure("re-open, validate then show (CLI)", cachedMs, "-", warmMs, "of the full index");
    return 0;
}
