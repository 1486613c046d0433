#pragma once

#include "catalogindexcache.h"
#include "catalogsource.h"

// A checkout of the anyplot repository on disk: its root or its `plots/` folder.
class FolderCatalogSource : public CatalogSource
{
public:
    struct Options
    {
        bool useIndexCache = true; // re-parse only spec folders whose files changed
        QString cacheDirectory;    // empty: QStandardPaths::CacheLocation
        // Publish the cached catalog as a first result before checking the files, then the checked
        // one only if something changed: the window shows a re-opened catalog at once.
        bool presentCachedFirst = false;
    };

    explicit FolderCatalogSource(QString path);
    FolderCatalogSource(QString path, Options options);

    QString displayName() const override;
    CatalogPtr load(QPromise<CatalogPtr> &promise) const override;

    // The folder that holds the spec folders: PATH/plots when it exists, else PATH itself.
    static QString resolvePlotsFolder(const QString &path);

protected:
    virtual CatalogOrigin origin() const;
    const QString &path() const { return m_path; }

private:
    static CatalogPtr catalogFromCache(const CatalogOrigin &origin, const CatalogIndexCache::Entries &cached);
    QString m_path;
    Options m_options;
};

// The sample catalog embedded in the binary (the project's own plots/ folder, compiled in as Qt
// resources by plotbench_plots). Works with no network and no files on disk.
class SampleCatalogSource : public FolderCatalogSource
{
public:
    static constexpr auto resourceRoot = ":/plotbench/plots";
    SampleCatalogSource();
    QString displayName() const override;

protected:
    CatalogOrigin origin() const override;
};
