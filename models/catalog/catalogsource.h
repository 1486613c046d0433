#pragma once

#include "catalog.h"

#include <QFuture>
#include <QPromise>
#include <QString>

#include <memory>

// Where a catalog comes from. Every source returns a complete Catalog (plus the warnings it met),
// reports progress through the promise and stops early when the promise is canceled. Sources are
// called on a worker thread, never on the GUI thread.
class CatalogSource
{
public:
    virtual ~CatalogSource() = default;

    virtual QString displayName() const = 0;
    // Reads the whole catalog. On cancellation it may return nullptr. A source may first publish a
    // provisional catalog with promise.addResult() (an offline copy, say); the catalog it returns is
    // the final one, and the last result of the future.
    virtual CatalogPtr load(QPromise<CatalogPtr> &promise) const = 0;
};

using CatalogSourcePtr = std::shared_ptr<const CatalogSource>;

namespace CatalogLoader {
// Runs source->load() on catalogLoadPool() (not the global pool: see workerpool.h); the future carries progress and one or more
// results, the last of which is final.
QFuture<CatalogPtr> loadAsync(CatalogSourcePtr source);
// For the command line and tests: the same work, waited for.
CatalogPtr loadBlocking(const CatalogSource &source);
}
