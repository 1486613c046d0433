#include "foldercatalogsource.h"

#include "catalogindexcache.h"
#include "catalogtreescanner.h"
#include "specfolderparser.h"
#include "workerpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtConcurrent>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
// lupdate files a tr() call under the class or namespace the code is in. The texts of functions
// outside FolderCatalogSource's members name their context explicitly, with QCoreApplication::translate().
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("FolderCatalogSource", text, disambiguation, n);
}

SpecFolderParser::FileReader fileReader(const QString &root)
{
    return [root](const QString &relativePath, QString *error) -> std::optional<QByteArray> {
        QFile file(root + u'/' + relativePath);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("FolderCatalogSource", "cannot be read: %1").arg(file.errorString());
            return std::nullopt;
        }
        if (file.size() > SpecFolderParser::maxTextFileSize) {
            *error = QCoreApplication::translate("FolderCatalogSource",
                                                 "is %1 MB, larger than any catalog file should be; not read")
                         .arg(file.size() >> 20);
            return std::nullopt;
        }
        QByteArray content = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            *error = QCoreApplication::translate("FolderCatalogSource", "cannot be read: %1").arg(file.errorString());
            return std::nullopt;
        }
        return content;
    };
}
void addFolder(CatalogBuilder &builder, ParsedSpecFolder folder)
{
    builder.addWarnings(folder.warnings);
    builder.addFileCounts(folder.fileCounts);
    if (folder.spec)
        builder.addSpec(std::move(*folder.spec));
    for (Implementation &impl : folder.implementations)
        builder.addImplementation(std::move(impl));
}
} // namespace

FolderCatalogSource::FolderCatalogSource(QString path)
    : FolderCatalogSource(std::move(path), Options{})
{
}

FolderCatalogSource::FolderCatalogSource(QString path, Options options)
    : m_path(std::move(path))
    , m_options(std::move(options))
{
}

QString FolderCatalogSource::displayName() const
{
    return QDir::toNativeSeparators(m_path);
}

CatalogOrigin FolderCatalogSource::origin() const
{
    return {u"folder"_s, resolvePlotsFolder(m_path), displayName()};
}

QString FolderCatalogSource::resolvePlotsFolder(const QString &path)
{
    const QString cleaned = QDir::cleanPath(path);
    const QString plots = cleaned + u"/plots"_s;
    if (QFileInfo(plots).isDir())
        return plots;
    return cleaned;
}

CatalogPtr FolderCatalogSource::load(QPromise<CatalogPtr> &promise) const
{
    const CatalogOrigin catalogOrigin = origin();
    const QString &root = catalogOrigin.location;
    const auto isCanceled = [&promise] { return promise.isCanceled(); };
    const CatalogIndexCache cache(root, m_options.cacheDirectory);
    promise.setProgressRange(0, 0);

    CatalogIndexCache::Entries cached;
    CatalogPtr provisional;
    if (m_options.useIndexCache && m_options.presentCachedFirst) {
        cached = cache.load();
        if (!cached.isEmpty()) {
            provisional = catalogFromCache(catalogOrigin, cached);
            promise.addResult(provisional);
        }
    }
    promise.setProgressValueAndText(0, tr("Scanning %1…").arg(displayName()));
    CatalogTreeListing listing;
    if (m_options.useIndexCache && !m_options.presentCachedFirst) {
        // The cache is read while the tree is scanned: both are needed before anything is reused.
        QFuture<CatalogIndexCache::Entries> cacheRead = QtConcurrent::run([&cache] { return cache.load(); });
        listing = CatalogTreeScanner::scan(root, isCanceled);
        cached = cacheRead.takeResult();
    } else {
        listing = CatalogTreeScanner::scan(root, isCanceled);
    }
    if (promise.isCanceled())
        return nullptr;

    // Folders whose fingerprint matches the cache are taken as they are; the rest are parsed.
    const qsizetype folderCount = listing.specFolders.size();
    std::vector<ParsedSpecFolder> parsed(static_cast<std::size_t>(folderCount));
    std::vector<int> toParse;
    for (int i = 0; i < folderCount; ++i) {
        const SpecFolderListing &folder = listing.specFolders[i];
        const auto hit = cached.find(folder.specId);
        if (hit != cached.end() && hit->fingerprint == folder.fingerprint)
            parsed[i] = provisional ? hit->folder : std::move(hit->folder);
        else
            toParse.push_back(i);
    }
    const bool changed = !toParse.empty() || folderCount != cached.size() || !listing.warnings.isEmpty()
        || listing.strayFiles > 0;
    if (provisional && !changed)
        return provisional; // the files are as the cache says: nothing new to show

    promise.setProgressRange(0, int(toParse.size()));
    promise.setProgressValueAndText(0, tr("Reading %n spec folder(s)…", nullptr, int(toParse.size())));
    std::atomic<int> done = 0;
    const SpecFolderParser::FileReader read = fileReader(root);
    QtConcurrent::blockingMap(catalogWorkerPool(), toParse, [&](int index) {
        if (promise.isCanceled())
            return;
        parsed[index] = SpecFolderParser::parse(listing.specFolders[index], read);
        promise.setProgressValue(++done);
    });
    if (promise.isCanceled())
        return nullptr;

    if (m_options.useIndexCache && changed) {
        CatalogIndexCache::Entries fresh;
        for (int i = 0; i < folderCount; ++i)
            fresh.insert(listing.specFolders[i].specId, {listing.specFolders[i].fingerprint, parsed[i]});
        cache.save(fresh);
    }
    CatalogBuilder builder(catalogOrigin);
    builder.addWarnings(listing.warnings);
    CatalogFileCounts strays;
    strays.unexpectedFiles = listing.strayFiles;
    builder.addFileCounts(strays);
    for (ParsedSpecFolder &folder : parsed)
        addFolder(builder, std::move(folder));
    return std::move(builder).build();
}

CatalogPtr FolderCatalogSource::catalogFromCache(const CatalogOrigin &origin, const CatalogIndexCache::Entries &cached)
{
    CatalogBuilder builder(origin);
    for (const CatalogIndexCache::Entry &entry : cached)
        addFolder(builder, entry.folder);
    return std::move(builder).build();
}

SampleCatalogSource::SampleCatalogSource()
    : FolderCatalogSource(QString::fromLatin1(resourceRoot), Options{false, {}})
{
}

QString SampleCatalogSource::displayName() const
{
    return QCoreApplication::translate("FolderCatalogSource", "Sample catalog");
}

CatalogOrigin SampleCatalogSource::origin() const
{
    return {u"sample"_s, QString::fromLatin1(resourceRoot), displayName()};
}
