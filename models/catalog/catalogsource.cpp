#include "catalogsource.h"

#include <QtConcurrent>

namespace CatalogLoader {

QFuture<CatalogPtr> loadAsync(CatalogSourcePtr source)
{
    return QtConcurrent::run([source](QPromise<CatalogPtr> &promise) {
        CatalogPtr catalog = source->load(promise);
        if (catalog && !promise.isCanceled())
            promise.addResult(std::move(catalog));
    });
}

CatalogPtr loadBlocking(const CatalogSource &source)
{
    QPromise<CatalogPtr> promise;
    promise.start();
    CatalogPtr catalog = source.load(promise);
    promise.finish();
    return catalog;
}

} // namespace CatalogLoader
