#pragma once

#include "catalogsource.h"
#include "specfolderparser.h"

// The files of a catalog (code above all) for sources that are not plain folders on disk: a zip
// read in place, a database. The reader may be called from several threads at once.
class CatalogFileProvider
{
public:
    virtual ~CatalogFileProvider() = default;
    virtual SpecFolderParser::FileReader fileReader() const = 0;
};

namespace CatalogFiles {
// A reader of `catalog`'s files by their relative paths (Implementation::codePath, …): the source's
// own when it is a CatalogFileProvider, else files below the catalog's folder (folders, sample).
SpecFolderParser::FileReader readerFor(const CatalogSource &source, const Catalog &catalog);
}
