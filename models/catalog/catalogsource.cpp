#include "catalogsource.h"

#include "workerpool.h"

#include <QtConcurrent>

namespace CatalogLoader {

QFuture<CatalogPtr> loadAsync(CatalogSourcePtr source)
{
    return QtConcurrent::run(catalogLoadPool(), [source](QPromise<CatalogPtr> &promise) {
        CatalogPtr catalog = source->load(promise);
        // A source may publish a provisional catalog first; the last result is the final one.
        const QFuture<CatalogPtr> published = promise.future();
        const bool alreadyPublished = published.resultCount() > 0
            && published.resultAt(published.resultCount() - 1) == catalog;
        if (catalog && !promise.isCanceled() && !alreadyPublished)
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
