#pragma once

#include "catalogsource.h"

// Turns what a user typed (`--catalog X`, `catalog stats X`) into a source: `sample` for the
// embedded catalog, or a folder (an anyplot checkout or its plots/ folder).
namespace CatalogSources {
CatalogSourcePtr fromArgument(const QString &argument, bool useIndexCache, QString *error);
}
