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
    // Reads the whole catalog. On cancellation it may return nullptr.
    virtual CatalogPtr load(QPromise<CatalogPtr> &promise) const = 0;
};

using CatalogSourcePtr = std::shared_ptr<const CatalogSource>;

namespace CatalogLoader {
// Runs source->load() on the global thread pool; the future carries progress and the result.
QFuture<CatalogPtr> loadAsync(CatalogSourcePtr source);
// For the command line and tests: the same work, waited for.
CatalogPtr loadBlocking(const CatalogSource &source);
}
