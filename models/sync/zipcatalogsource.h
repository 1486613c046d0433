#pragma once

#include "catalogfileprovider.h"
#include "catalogsource.h"
#include "ziparchive.h"

// A zip of an anyplot checkout — a GitHub zipball (`owner-repo-sha/plots/…`), a zip of the
// repository or of its plots/ folder — indexed in place: entries are decompressed in memory, on
// both cores, through the same spec-folder parser as a folder on disk. The archive's commit SHA
// (zip comment or folder name) keys the index cache, so an archive seen before opens at once.
class ZipCatalogSource : public CatalogSource, public CatalogFileProvider
{
public:
    struct Options
    {
        bool useIndexCache = true;
        QString cacheDirectory; // empty: QStandardPaths::CacheLocation
        ZipArchiveLimits limits;
    };

    explicit ZipCatalogSource(QString zipPath);
    ZipCatalogSource(QString zipPath, Options options);

    QString displayName() const override;
    // A refused or unreadable archive: a catalog with no specs and one error saying why.
    CatalogPtr load(QPromise<CatalogPtr> &promise) const override;
    SpecFolderParser::FileReader fileReader() const override;

    static bool isZipPath(const QString &argument);

    // One file of a catalog this source loaded, by the catalog's origin location ("x.zip#prefix")
    // and the file's relative path: for code views (CodeLoader fetchers keyed by the "zip" kind).
    static std::optional<QByteArray> readFile(const QString &originLocation, const QString &relativePath,
                                              QString *error);
    // Lets CodeLoader show the code of a catalog opened from a zip (readFile() on its worker);
    // idempotent, called by the constructors.
    static void registerCodeFetcher();

private:
    QString m_path;
    Options m_options;
};
