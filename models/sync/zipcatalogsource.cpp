#include "zipcatalogsource.h"

#include "catalogindexcache.h"
#include "codeloader.h"
#include "catalogtreescanner.h"
#include "workerpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QStringDecoder>
#include <QtConcurrent>

#include <map>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ZipCatalogSource", text, disambiguation, n);
}

// Where the spec folders are: top/plots/ when the archive has it, else the top folder itself.
QString plotsPrefix(const ZipArchiveIndex &index)
{
    const QString plots = index.topFolder() + u"plots/"_s;
    for (const ZipEntry &entry : index.entries()) {
        if (entry.name.startsWith(plots))
            return plots;
    }
    return index.topFolder();
}

CatalogTreeListing listing(const ZipArchiveIndex &index, const QString &prefix)
{
    CatalogTreeListing result;
    result.warnings = index.warnings();
    std::map<QString, SpecFolderListing> folders; // sorted by id
    for (const ZipEntry &entry : index.entries()) {
        if (!entry.name.startsWith(prefix))
            continue;
        const QString relative = entry.name.mid(prefix.size());
        const qsizetype slash = relative.indexOf(u'/');
        if (slash < 0) {
            if (!relative.startsWith(u'.'))
                result.warnings.append({relative, 0, CatalogWarning::Kind::UnexpectedFile, CatalogWarning::Severity::Warning,
                                        tr("file outside any spec folder ignored")});
            ++result.strayFiles;
            continue;
        }
        const QString specId = relative.left(slash);
        if (specId.startsWith(u'.'))
            continue;
        SpecFolderListing &folder = folders[specId];
        folder.specId = specId;
        // The CRC stands in for the modification time: the fingerprint changes with the content.
        folder.files.append({relative, entry.size, qint64(entry.crc)});
    }
    for (auto &[id, folder] : folders) {
        std::sort(folder.files.begin(), folder.files.end(),
                  [](const CatalogFileEntry &a, const CatalogFileEntry &b) { return a.relativePath < b.relativePath; });
        folder.fingerprint = CatalogTreeScanner::fingerprint(folder.files);
        result.specFolders.append(std::move(folder));
    }
    return result;
}

SpecFolderParser::FileReader entryReader(const std::shared_ptr<const ZipArchiveIndex> &index, const QString &prefix,
                                         ZipArchiveReader &reader)
{
    return [index, prefix, &reader](const QString &relativePath, QString *error) -> std::optional<QByteArray> {
        const ZipEntry *entry = index->find(prefix + relativePath);
        if (!entry) {
            *error = QCoreApplication::translate("ZipCatalogSource", "is not in the archive");
            return std::nullopt;
        }
        return reader.read(*entry, error);
    };
}

CatalogPtr refused(const CatalogOrigin &origin, const QString &message)
{
    CatalogBuilder builder(origin);
    builder.addWarning({{}, 0, CatalogWarning::Kind::Unreadable, CatalogWarning::Severity::Error, message});
    return std::move(builder).build();
}
} // namespace

ZipCatalogSource::ZipCatalogSource(QString zipPath)
    : ZipCatalogSource(std::move(zipPath), Options{})
{
}

ZipCatalogSource::ZipCatalogSource(QString zipPath, Options options)
    : m_path(QFileInfo(zipPath).absoluteFilePath())
    , m_options(std::move(options))
{
    registerCodeFetcher();
}

bool ZipCatalogSource::isZipPath(const QString &argument)
{
    return argument.endsWith(u".zip"_s, Qt::CaseInsensitive);
}

QString ZipCatalogSource::displayName() const
{
    return QDir::toNativeSeparators(m_path);
}

CatalogPtr ZipCatalogSource::load(QPromise<CatalogPtr> &promise) const
{
    promise.setProgressRange(0, 0);
    promise.setProgressValueAndText(0, tr("Reading the table of contents of %1…").arg(displayName()));
    QString error;
    const std::shared_ptr<const ZipArchiveIndex> index = ZipArchiveIndex::open(m_path, m_options.limits, &error);
    CatalogOrigin origin{u"zip"_s, m_path, QFileInfo(m_path).fileName()};
    if (!index)
        return refused(origin, error);
    if (!index->commitSha().isEmpty())
        origin.displayName += u" @ "_s + index->commitSha().left(7);
    const QString prefix = plotsPrefix(*index);
    CatalogTreeListing tree = listing(*index, prefix);
    if (promise.isCanceled())
        return nullptr;

    // The SHA versions the cache: the same commit is the same catalog, wherever the zip lies.
    const QString cacheKey = u"zip:"_s + (index->commitSha().isEmpty() ? m_path : index->commitSha()) + u'/' + prefix;
    const CatalogIndexCache cache(cacheKey, m_options.cacheDirectory);
    CatalogIndexCache::Entries cached;
    if (m_options.useIndexCache)
        cached = cache.load();

    const qsizetype folderCount = tree.specFolders.size();
    std::vector<ParsedSpecFolder> parsed(static_cast<std::size_t>(folderCount));
    std::vector<int> toParse;
    for (int i = 0; i < folderCount; ++i) {
        const SpecFolderListing &folder = tree.specFolders[i];
        const auto hit = cached.find(folder.specId);
        if (hit != cached.end() && hit->fingerprint == folder.fingerprint)
            parsed[i] = std::move(hit->folder);
        else
            toParse.push_back(i);
    }

    promise.setProgressRange(0, int(toParse.size()));
    promise.setProgressValueAndText(0, tr("Reading %n spec folder(s)…", nullptr, int(toParse.size())));
    // One archive handle per chunk: a zip handle has one read position.
    const int chunkCount = std::max(1, std::min(int(toParse.size()), catalogWorkerPool()->maxThreadCount() * 4));
    std::vector<int> chunks(static_cast<std::size_t>(chunkCount));
    std::iota(chunks.begin(), chunks.end(), 0);
    std::atomic<int> done = 0;
    QtConcurrent::blockingMap(catalogWorkerPool(), chunks, [&](int chunk) {
        ZipArchiveReader reader(index);
        const SpecFolderParser::FileReader read = entryReader(index, prefix, reader);
        for (std::size_t i = std::size_t(chunk); i < toParse.size(); i += std::size_t(chunkCount)) {
            if (promise.isCanceled())
                return;
            parsed[std::size_t(toParse[i])] = SpecFolderParser::parse(tree.specFolders[toParse[i]], read);
            promise.setProgressValue(++done);
        }
    });
    if (promise.isCanceled())
        return nullptr;

    if (m_options.useIndexCache && (!toParse.empty() || cached.size() != folderCount)) {
        CatalogIndexCache::Entries fresh;
        for (int i = 0; i < folderCount; ++i)
            fresh.insert(tree.specFolders[i].specId, {tree.specFolders[i].fingerprint, parsed[i]});
        cache.save(fresh);
    }
    // Paths inside the catalog are relative to the plots folder of the archive.
    origin.location = m_path + u'#' + prefix;
    CatalogBuilder builder(origin);
    builder.addWarnings(tree.warnings);
    CatalogFileCounts strays;
    strays.unexpectedFiles = tree.strayFiles;
    builder.addFileCounts(strays);
    for (ParsedSpecFolder &folder : parsed) {
        builder.addWarnings(folder.warnings);
        builder.addFileCounts(folder.fileCounts);
        if (folder.spec)
            builder.addSpec(std::move(*folder.spec));
        for (Implementation &impl : folder.implementations)
            builder.addImplementation(std::move(impl));
    }
    return std::move(builder).build();
}

SpecFolderParser::FileReader ZipCatalogSource::fileReader() const
{
    // Opened on first use and shared by the copies of the reader; one read at a time per handle.
    struct Shared
    {
        QMutex mutex;
        std::shared_ptr<const ZipArchiveIndex> index;
        std::unique_ptr<ZipArchiveReader> reader;
        QString prefix;
        QString error;
        bool opened = false;
    };
    auto shared = std::make_shared<Shared>();
    return [shared, path = m_path, limits = m_options.limits](const QString &relativePath,
                                                               QString *error) -> std::optional<QByteArray> {
        const QMutexLocker lock(&shared->mutex);
        if (!shared->opened) {
            shared->opened = true;
            ZipArchiveLimits unbounded = limits;
            unbounded.maxTotalRead = std::numeric_limits<qint64>::max() / 2; // code is read on demand, file by file
            shared->index = ZipArchiveIndex::open(path, unbounded, &shared->error);
            if (shared->index) {
                shared->prefix = plotsPrefix(*shared->index);
                shared->reader = std::make_unique<ZipArchiveReader>(shared->index);
            }
        }
        if (!shared->index) {
            *error = shared->error;
            return std::nullopt;
        }
        const ZipEntry *entry = shared->index->find(shared->prefix + relativePath);
        if (!entry) {
            *error = tr("%1 is not in the archive").arg(relativePath);
            return std::nullopt;
        }
        QString readError;
        std::optional<QByteArray> data = shared->reader->read(*entry, &readError);
        if (!data)
            *error = relativePath + u": "_s + readError;
        return data;
    };
}

std::optional<QByteArray> ZipCatalogSource::readFile(const QString &originLocation, const QString &relativePath,
                                                     QString *error)
{
    const qsizetype hash = originLocation.lastIndexOf(u'#');
    const QString path = hash < 0 ? originLocation : originLocation.left(hash);
    const QString prefix = hash < 0 ? QString() : originLocation.mid(hash + 1);
    const std::shared_ptr<const ZipArchiveIndex> index = ZipArchiveIndex::open(path, {}, error);
    if (!index)
        return std::nullopt;
    const ZipEntry *entry = index->find(prefix + relativePath);
    if (!entry) {
        *error = tr("%1 is not in the archive").arg(relativePath);
        return std::nullopt;
    }
    ZipArchiveReader reader(index);
    QString readError;
    std::optional<QByteArray> data = reader.read(*entry, &readError);
    if (!data)
        *error = relativePath + u": "_s + readError;
    return data;
}

void ZipCatalogSource::registerCodeFetcher()
{
    static std::once_flag once;
    std::call_once(once, [] {
        CodeLoader::registerFetcher(u"zip"_s, [](const Catalog &catalog, const QString &codePath) -> QString {
            QString error;
            const std::optional<QByteArray> bytes = readFile(catalog.origin().location, codePath, &error);
            if (!bytes)
                throw CodeLoader::LoadError(tr("The code could not be read from the archive: %1").arg(error));
            QStringDecoder decoder(QStringDecoder::Utf8);
            return decoder(*bytes);
        });
    });
}
