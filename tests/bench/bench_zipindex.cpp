// Indexing a ~20 MB zipball of a real-size catalog in place (QuaZip, no unpacking), against
// indexing the same catalog as a folder in the same run. Prints figures; fails only on errors.
#include "realsizecatalog.h"

#include "../sync/testzipwriter.h"

#include "foldercatalogsource.h"
#include "offlinecatalogsource.h"
#include "offlinecopyingsource.h"
#include "zipcatalogsource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
template<typename F>
double medianMs(int runs, F &&work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const CatalogPtr catalog = work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!catalog || catalog->specs().size() < 300)
            qFatal("the catalog did not load");
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString plots = dir.filePath(u"plots"_s);
    RealSizeCatalog::write(QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample/plots"_s, plots);

    // A zipball like GitHub's: one top folder named after the commit, the SHA as the comment, and
    // the rest of the repository (frontend, images, docs) beside plots/ — here incompressible
    // filler, so the archive has the real zipball's size.
    const QString zip = dir.filePath(u"anyplot.zip"_s);
    {
        TestZipWriter writer(zip);
        writer.setComment(u"663e98812274fff444cc98f588a299818d70d8c9"_s);
        if (!writer.addFolder(plots, u"MarkusNeusinger-anyplot-663e988/plots/"_s))
            qFatal("cannot write the zip");
    }
    const qint64 catalogBytes = QFileInfo(zip).size();
    {
        TestZipWriter writer(zip);
        writer.setComment(u"663e98812274fff444cc98f588a299818d70d8c9"_s);
        QRandomGenerator random(42);
        const qint64 filler = std::max<qint64>(0, 20'000'000 - catalogBytes);
        for (qint64 written = 0, i = 0; written < filler; written += 512 * 1024, ++i) {
            QByteArray bytes(512 * 1024, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            writer.add(u"MarkusNeusinger-anyplot-663e988/app/public/images/filler-%1.png"_s.arg(i), bytes);
        }
        if (!writer.addFolder(plots, u"MarkusNeusinger-anyplot-663e988/plots/"_s))
            qFatal("cannot write the zip");
    }
    const qint64 zipBytes = QFileInfo(zip).size();

    const CatalogPtr probe = CatalogLoader::loadBlocking(ZipCatalogSource(zip, {false, {}, {}}));
    std::printf("zipball: %.1f MB (plots/ alone %.1f MB compressed), %zu specs, %zu implementations\n",
                double(zipBytes) / 1e6, double(catalogBytes) / 1e6, probe->specs().size(),
                probe->implementations().size());
    const double zipMs = medianMs(5, [&] { return CatalogLoader::loadBlocking(ZipCatalogSource(zip, {false, {}, {}})); });
    const double folderMs = medianMs(5, [&] {
        return CatalogLoader::loadBlocking(FolderCatalogSource(plots, FolderCatalogSource::Options{false, {}, false}));
    });
    const QString cache = dir.filePath(u"cache"_s);
    CatalogLoader::loadBlocking(ZipCatalogSource(zip, {true, cache, {}})); // fills the SHA-keyed cache
    const double cachedMs = medianMs(5, [&] { return CatalogLoader::loadBlocking(ZipCatalogSource(zip, {true, cache, {}})); });
    std::printf("index the zipball in place, no cache:      %.0f ms median of 5  [budget 1500 ms]\n", zipMs);
    std::printf("baseline: the same catalog as a folder:     %.0f ms median of 5 (warm page cache)\n", folderMs);
    std::printf("zipball again, same commit (SHA cache):    %.0f ms median of 5\n", cachedMs);
    std::printf("ratio zip / folder: %.2f\n", zipMs / folderMs);

    // Catalog → Sync… "GitHub archive": the same index plus the offline copy (catalog and every
    // implementation's code, written new then swapped in), and the next start opening it.
    OfflineCopyingSource::Options copy;
    copy.kind = u"archive"_s;
    copy.location = u"MarkusNeusinger/anyplot@main"_s;
    copy.offlineRoot = dir.filePath(u"offline"_s);
    const OfflineCopyingSource kept(std::make_shared<ZipCatalogSource>(zip, ZipCatalogSource::Options{false, {}, {}}), copy);
    const double keptMs = medianMs(5, [&] { return CatalogLoader::loadBlocking(kept); });
    const double reopenMs = medianMs(5, [&] { return CatalogLoader::loadBlocking(OfflineCatalogSource(kept.offlineDirectory())); });
    std::printf("zipball indexed and kept offline (%d code files): %.0f ms median of 5; ratio to the index alone %.2f\n",
                kept.lastReport().codeFiles, keptMs, keptMs / zipMs);
    {
        const ZipCatalogSource live(zip, ZipCatalogSource::Options{false, {}, {}});
        const CatalogPtr catalog = CatalogLoader::loadBlocking(live);
        const SpecFolderParser::FileReader read = live.fileReader();
        QElapsedTimer timer;
        timer.start();
        qint64 bytes = 0;
        for (const Implementation &impl : catalog->implementations()) {
            QString error;
            if (const auto code = read(impl.codePath, &error))
                bytes += code->size();
        }
        std::printf("of which reading every code entry in place: %lld ms (%.1f MB)\n", timer.elapsed(), double(bytes) / 1e6);
    }
    std::printf("open that offline copy (next start):       %.0f ms median of 5  [budget 150 ms]\n", reopenMs);
    return 0;
}
