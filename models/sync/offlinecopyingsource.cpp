#include "offlinecopyingsource.h"

#include "catalogfileprovider.h"
#include "codeloader.h"
#include "keptreport.h"
#include "offlinecatalogstore.h"
#include "syncerror.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStringDecoder>
#include <QUuid>

#include <mutex>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("OfflineCopyingSource", text, disambiguation, n);
}

// The code of a copy: one pack file beside catalog.bin, "PBCP" + version, an index of
// (path, offset, size) and the bytes. One file, written through QSaveFile under a new name that
// catalog.bin then points at: the swap stays atomic, and 2,800 code files cost one write, not
// 2,800 (a file each took 3 ms here; with an fsync each, 10).
constexpr quint32 packMagic = 0x50424350;
constexpr quint32 packVersion = 1;
const auto packKey = u"code_pack"_s;

struct PackEntry
{
    QString path;
    QByteArray bytes;
};

bool writePack(const QString &path, const std::vector<PackEntry> &entries, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QDataStream out(&file);
    out << packMagic << packVersion << qint32(entries.size());
    qint64 offset = 0;
    for (const PackEntry &entry : entries) {
        out << entry.path << offset << qint64(entry.bytes.size());
        offset += entry.bytes.size();
    }
    for (const PackEntry &entry : entries)
        out.writeRawData(entry.bytes.constData(), int(entry.bytes.size()));
    if (out.status() != QDataStream::Ok || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<QByteArray> readPack(const QString &path, const QString &codePath, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the code of the offline copy cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    QDataStream in(&file);
    quint32 magic = 0, version = 0;
    qint32 count = 0;
    in >> magic >> version >> count;
    if (magic != packMagic || version != packVersion || count < 0 || count > 1'000'000) {
        *error = tr("the code of the offline copy is damaged; sync again");
        return std::nullopt;
    }
    qint64 found = -1, size = 0;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString entry;
        qint64 offset = 0, length = 0;
        in >> entry >> offset >> length;
        if (entry == codePath) {
            found = offset;
            size = length;
        }
    }
    const qint64 dataStart = file.pos();
    if (in.status() != QDataStream::Ok || found < 0 || size < 0 || dataStart + found + size > file.size()) {
        *error = in.status() == QDataStream::Ok ? tr("%1 is not in the offline copy").arg(codePath)
                                                : tr("the code of the offline copy is damaged; sync again");
        return std::nullopt;
    }
    file.seek(dataStart + found);
    return file.read(size);
}

// A relative path that stays inside the copy's folder.
bool isSafeRelative(const QString &path)
{
    const QString cleaned = QDir::cleanPath(path);
    return !cleaned.isEmpty() && !QDir::isAbsolutePath(cleaned) && cleaned != u".."_s && !cleaned.startsWith(u"../"_s);
}
} // namespace

QJsonObject OfflineCopyingSource::Report::toJson() const
{
    return {{u"offline_copy"_s, QDir::toNativeSeparators(offlineDirectory)},
            {u"offline_name"_s, displayName},
            {u"code_files"_s, codeFiles},
            {u"offline_copy_error"_s, offlineCopyError.isEmpty() ? QJsonValue() : QJsonValue(offlineCopyError)}};
}

OfflineCopyingSource::OfflineCopyingSource(CatalogSourcePtr live, Options options)
    : m_live(std::move(live))
    , m_options(std::move(options))
{
    registerCodeFetchers();
}

QString OfflineCopyingSource::displayName() const
{
    return m_live->displayName();
}

QString OfflineCopyingSource::offlineDirectory() const
{
    return OfflineCatalogStore::directoryFor(m_options.kind, m_options.location, m_options.offlineRoot);
}

OfflineCopyingSource::Report OfflineCopyingSource::lastReport() const
{
    const QMutexLocker lock(&m_reportMutex);
    return m_report;
}

QString OfflineCopyingSource::archiveName(const QString &repository, const QString &commitSha)
{
    return tr("GitHub archive %1").arg(commitSha.isEmpty() ? repository : repository + u'@' + commitSha.left(7));
}

QString OfflineCopyingSource::databaseName(const QString &database)
{
    return tr("PostgreSQL %1").arg(database);
}

CatalogPtr OfflineCopyingSource::load(QPromise<CatalogPtr> &promise) const
{
    return runKeepingReport(m_report, m_reportMutex, [&](Report &report) { return keep(promise, report); });
}

CatalogPtr OfflineCopyingSource::keep(QPromise<CatalogPtr> &promise, Report &report) const
{
    const OfflineCatalogStore store(offlineDirectory());
    report.offlineDirectory = store.directory();
    std::optional<OfflineCopyInfo> previous = store.exists() ? store.readInfo() : std::nullopt;
    if (previous && m_options.presentOfflineFirst) {
        if (std::optional<OfflineCopy> copy = store.load())
            promise.addResult(store.catalog(std::move(*copy), true));
    }
    const QString keptNote = previous
        ? tr("the offline copy from %1 is kept").arg(QLocale().toString(previous->syncedAt.toLocalTime(), QLocale::ShortFormat))
        : QString();

    const CatalogPtr live = m_live->load(promise);
    if (!live || promise.isCanceled())
        return nullptr;
    // A refused archive or an unreachable database reads as an empty catalog with one error:
    // that is a failed sync, not a catalog to keep.
    if (live->specs().empty()) {
        for (const CatalogWarning &warning : live->warnings()) {
            if (warning.severity == CatalogWarning::Severity::Error)
                throw SyncError(keptNote.isEmpty() ? warning.message : warning.message + u"; "_s + keptNote);
        }
    }

    OfflineCopy copy;
    copy.info.kind = m_options.kind;
    copy.info.location = m_options.location;
    copy.info.displayName = m_options.displayName ? m_options.displayName(*live) : live->origin().displayName;
    copy.info.syncedAt = QDateTime::currentDateTimeUtc();
    copy.info.extra = QJsonObject{{u"source"_s, live->origin().displayName}};
    copy.folders = OfflineCatalogStore::foldersOf(*live);
    report.displayName = copy.info.displayName;

    // Every implementation's code, read through the live source (one query for a database, the
    // entries in place for a zip) into a new pack that catalog.bin will point at.
    int total = 0;
    for (const ParsedSpecFolder &folder : copy.folders)
        total += int(folder.implementations.size());
    promise.setProgressRange(0, total);
    promise.setProgressValueAndText(0, tr("Keeping the offline copy: the code of %n implementation(s)…", nullptr, total));
    const SpecFolderParser::FileReader read = CatalogFiles::readerFor(*m_live, *live);
    std::vector<PackEntry> code;
    int done = 0;
    for (ParsedSpecFolder &folder : copy.folders) {
        for (Implementation &impl : folder.implementations) {
            promise.setProgressValue(++done);
            if (promise.isCanceled())
                return nullptr;
            if (!impl.hasCode() || !isSafeRelative(impl.codePath))
                continue;
            QString readError;
            std::optional<QByteArray> bytes = read(impl.codePath, &readError);
            if (!bytes) {
                folder.warnings.append({impl.codePath, 0, CatalogWarning::Kind::Unreadable,
                                        CatalogWarning::Severity::Warning, readError});
                continue;
            }
            code.push_back({impl.codePath, std::move(*bytes)});
        }
    }
    if (promise.isCanceled())
        return nullptr;
    const QString packName = u"code-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12) + u".bin"_s;
    QJsonObject extra = copy.info.extra;
    extra.insert(packKey, packName);
    copy.info.extra = extra;

    CatalogPtr catalog = store.catalog(copy, false);
    report.specs = int(catalog->specs().size());
    report.implementations = int(catalog->implementations().size());
    promise.setProgressValueAndText(total, tr("Saving the offline copy…"));
    QString saveError;
    QDir().mkpath(store.directory());
    if (!writePack(store.directory() + u'/' + packName, code, &saveError)) {
        report.offlineCopyError = saveError;
    } else if (!store.save(copy, &saveError)) {
        report.offlineCopyError = saveError;
        QFile::remove(store.directory() + u'/' + packName);
    } else {
        report.codeFiles = int(code.size());
        // catalog.bin points at the new pack now: the older ones go.
        const QDir dir(store.directory());
        for (const QString &name : dir.entryList({u"code-*.bin"_s}, QDir::Files)) {
            if (name != packName)
                QFile::remove(dir.filePath(name));
        }
    }
    return catalog;
}

void OfflineCopyingSource::registerCodeFetchers()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const CodeLoader::Fetcher fetcher = [](const Catalog &catalog, const QString &codePath) -> QString {
            // catalog.bin names the pack its code is in.
            const OfflineCatalogStore store(catalog.origin().location);
            const std::optional<OfflineCopyInfo> info = store.readInfo();
            const QString pack = info ? info->extra.value(packKey).toString() : QString();
            if (pack.isEmpty() || pack.contains(u'/'))
                throw CodeLoader::LoadError(tr("The offline copy holds no code; sync again."));
            QString error;
            const std::optional<QByteArray> bytes = readPack(store.directory() + u'/' + pack, codePath, &error);
            if (!bytes)
                throw CodeLoader::LoadError(error);
            QStringDecoder decoder(QStringDecoder::Utf8);
            return decoder(*bytes);
        };
        CodeLoader::registerFetcher(u"archive"_s, fetcher);
        CodeLoader::registerFetcher(u"database"_s, fetcher);
    });
}
