#include "offlinecatalogsource.h"

#include "apicatalogsource.h"
#include "offlinecatalogstore.h"
#include "offlinecopyingsource.h"
#include "syncerror.h"

#include <QCoreApplication>
#include <QDir>

OfflineCatalogSource::OfflineCatalogSource(QString directory)
    : m_directory(std::move(directory))
{
    ApiCatalogSource::registerCodeFetcher(); // code not fetched yet is fetched when shown
    OfflineCopyingSource::registerCodeFetchers(); // code of archive and database copies
}

std::shared_ptr<OfflineCatalogSource> OfflineCatalogSource::latestOr(CatalogSourcePtr fallback, QString root)
{
    std::shared_ptr<OfflineCatalogSource> source(new OfflineCatalogSource);
    source->m_root = root.isEmpty() ? OfflineCatalogStore::defaultRoot() : std::move(root);
    source->m_fallback = std::move(fallback);
    ApiCatalogSource::registerCodeFetcher();
    OfflineCopyingSource::registerCodeFetchers();
    return source;
}

QString OfflineCatalogSource::displayName() const
{
    if (!m_directory.isEmpty())
        return QCoreApplication::translate("OfflineCatalogSource", "offline copy in %1").arg(QDir::toNativeSeparators(m_directory));
    return QCoreApplication::translate("OfflineCatalogSource", "the last offline copy");
}

CatalogPtr OfflineCatalogSource::load(QPromise<CatalogPtr> &promise) const
{
    QString directory = m_directory;
    if (directory.isEmpty())
        directory = OfflineCatalogStore::latest(m_root);
    if (directory.isEmpty()) {
        if (m_fallback)
            return m_fallback->load(promise);
        throw SyncError(QCoreApplication::translate("OfflineCatalogSource", "there is no offline copy yet; sync first"));
    }
    promise.setProgressRange(0, 0);
    const OfflineCatalogStore store(directory);
    QString error;
    std::optional<OfflineCopy> copy = store.load(&error);
    if (!copy) {
        if (m_fallback && m_directory.isEmpty())
            return m_fallback->load(promise); // a damaged copy must not keep the app from starting
        throw SyncError(error);
    }
    return store.catalog(std::move(*copy), true);
}
