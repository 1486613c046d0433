#include "catalogtreescanner.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CatalogTreeScanner {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogTreeScanner", text);
}

void warn(CatalogWarnings &warnings, const QString &path, CatalogWarning::Kind kind, const QString &message)
{
    warnings.append({path, 0, kind, CatalogWarning::Severity::Warning, message});
}

// Files of one spec folder, depth-first; directories that cannot be listed are reported.
void listFolder(const QString &root, const QString &relativeDir, SpecFolderListing &listing,
                CatalogWarnings &warnings, const std::function<bool()> &isCanceled)
{
    QDirIterator it(root + u'/' + relativeDir,
                    QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories); // no FollowSymlinks: loops cannot trap us
    const qsizetype rootLength = root.size() + 1;
    while (it.hasNext()) {
        if (isCanceled && isCanceled())
            return;
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = info.filePath().mid(rootLength);
        if (info.isSymLink()) {
            warn(warnings, relative, CatalogWarning::Kind::UnexpectedFile,
                 tr("symbolic link not followed (it could loop or lead outside the catalog)"));
            continue;
        }
        if (info.isDir()) {
            if (!info.isReadable())
                warn(warnings, relative, CatalogWarning::Kind::Unreadable, tr("folder cannot be read"));
            continue;
        }
        if (!info.isFile()) {
            warn(warnings, relative, CatalogWarning::Kind::UnexpectedFile, tr("not a regular file"));
            continue;
        }
        listing.files.append({relative, info.size(), info.lastModified().toMSecsSinceEpoch()});
    }
}
} // namespace

CatalogTreeListing scan(const QString &root, const std::function<bool()> &isCanceled)
{
    CatalogTreeListing result;
    const QDir rootDir(root);
    if (!rootDir.exists()) {
        warn(result.warnings, {}, CatalogWarning::Kind::Unreadable, tr("the catalog folder %1 does not exist").arg(root));
        return result;
    }
    const QFileInfoList entries = rootDir.entryInfoList(
        QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    if (entries.isEmpty() && !QFileInfo(root).isReadable())
        warn(result.warnings, {}, CatalogWarning::Kind::Unreadable, tr("the catalog folder cannot be read"));
    for (const QFileInfo &entry : entries) {
        if (isCanceled && isCanceled())
            break;
        const QString name = entry.fileName();
        if (entry.isSymLink()) {
            warn(result.warnings, name, CatalogWarning::Kind::UnexpectedFile,
                 tr("symbolic link not followed (it could loop or lead outside the catalog)"));
            continue;
        }
        if (!entry.isDir()) {
            if (!name.startsWith(u'.'))
                warn(result.warnings, name, CatalogWarning::Kind::UnexpectedFile,
                     tr("file outside any spec folder ignored"));
            ++result.strayFiles;
            continue;
        }
        if (name.startsWith(u'.')) // .git, .cache: not spec folders
            continue;
        SpecFolderListing listing;
        listing.specId = name;
        listFolder(root, name, listing, result.warnings, isCanceled);
        std::sort(listing.files.begin(), listing.files.end(),
                  [](const CatalogFileEntry &a, const CatalogFileEntry &b) { return a.relativePath < b.relativePath; });
        listing.fingerprint = fingerprint(listing.files);
        result.specFolders.append(std::move(listing));
    }
    return result;
}

QByteArray fingerprint(const QList<CatalogFileEntry> &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const CatalogFileEntry &file : files) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(file.relativePath.constData()),
                                    file.relativePath.size() * qsizetype(sizeof(QChar))));
        const qint64 stamp[2] = {file.size, file.modifiedMs};
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(stamp), sizeof(stamp)));
    }
    return hash.result();
}

} // namespace CatalogTreeScanner
