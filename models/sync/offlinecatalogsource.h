#pragma once

#include "catalogsource.h"

// Opens an offline copy (OfflineCatalogStore) with no network: the catalog as it was last synced.
// Given a root instead of one copy's folder, it opens the most recently synced copy there, and
// when there is none, loads the fallback source instead (the window at start: the last sync, or
// the embedded sample catalog). The decision reads files, so it is made in load(), on the worker.
class OfflineCatalogSource : public CatalogSource
{
public:
    // One copy's folder.
    explicit OfflineCatalogSource(QString directory);
    // The latest copy under root (empty: OfflineCatalogStore::defaultRoot()), else fallback.
    static std::shared_ptr<OfflineCatalogSource> latestOr(CatalogSourcePtr fallback, QString root = {});

    QString displayName() const override;
    CatalogPtr load(QPromise<CatalogPtr> &promise) const override;

private:
    OfflineCatalogSource() = default;
    QString m_directory;
    QString m_root;
    CatalogSourcePtr m_fallback;
};
