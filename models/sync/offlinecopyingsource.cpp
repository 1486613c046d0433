#include "offlinecopyingsource.h"

#include "catalogfileprovider.h"
#include "offlinecatalogstore.h"
#include "syncerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("OfflineCopyingSource", text, disambiguation, n);
}

// Code of the copy sits under code/ in its folder, by the live source's relative path.
const auto codeFolder = u"code"_s;

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
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
    Report report;
    QElapsedTimer timer;
    timer.start();
    const auto keepReport = [&] {
        report.elapsedMs = timer.elapsed();
        const QMutexLocker lock(&m_reportMutex);
        m_report = report;
    };
    try {
        CatalogPtr catalog = keep(promise, report);
        keepReport();
        return catalog;
    } catch (...) {
        keepReport();
        throw;
    }
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
    // entries in place for a zip) into a new code folder beside the current one.
    int total = 0;
    for (const ParsedSpecFolder &folder : copy.folders)
        total += int(folder.implementations.size());
    promise.setProgressRange(0, total);
    promise.setProgressValueAndText(0, tr("Keeping the offline copy: the code of %n implementation(s)…", nullptr, total));
    const QString staging = store.directory() + u"/code.new-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const auto discard = [&staging] { QDir(staging).removeRecursively(); };
    const SpecFolderParser::FileReader read = CatalogFiles::readerFor(*m_live, *live);
    QString writeError;
    int done = 0;
    for (ParsedSpecFolder &folder : copy.folders) {
        for (Implementation &impl : folder.implementations) {
            promise.setProgressValue(++done);
            if (promise.isCanceled()) {
                discard();
                return nullptr;
            }
            if (!impl.hasCode() || !isSafeRelative(impl.codePath))
                continue;
            QString readError;
            const std::optional<QByteArray> code = read(impl.codePath, &readError);
            const QString path = QDir::cleanPath(impl.codePath);
            impl.codePath = codeFolder + u'/' + path; // relative to the copy's folder
            if (!code) {
                folder.warnings.append({impl.codePath, 0, CatalogWarning::Kind::Unreadable,
                                        CatalogWarning::Severity::Warning, readError});
                continue;
            }
            if (writeError.isEmpty() && writeFile(staging + u'/' + path, *code, &writeError))
                ++report.codeFiles;
        }
    }
    if (promise.isCanceled()) {
        discard();
        return nullptr;
    }

    CatalogPtr catalog = store.catalog(copy, false);
    report.specs = int(catalog->specs().size());
    report.implementations = int(catalog->implementations().size());
    promise.setProgressValueAndText(total, tr("Saving the offline copy…"));
    QString saveError;
    if (!writeError.isEmpty()) {
        report.offlineCopyError = writeError;
    } else if (!store.save(copy, &saveError)) {
        report.offlineCopyError = saveError;
    } else {
        // catalog.bin is committed: the new code replaces the old (two renames, then the old goes).
        const QString current = store.directory() + u'/' + codeFolder;
        const QString old = store.directory() + u"/code.old-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QDir dir(store.directory());
        const bool hadCode = QFileInfo::exists(current);
        if (hadCode && !dir.rename(current, old)) {
            report.offlineCopyError = tr("cannot replace %1").arg(QDir::toNativeSeparators(current));
        } else if (QFileInfo::exists(staging) && !dir.rename(staging, current)) {
            report.offlineCopyError = tr("cannot move the code into %1").arg(QDir::toNativeSeparators(current));
            if (hadCode)
                dir.rename(old, current); // the previous code at least
        }
        QDir(old).removeRecursively();
    }
    discard(); // left only when something failed
    return catalog;
}
