#pragma once

#include "catalogsource.h"

// Turns what a user typed (`--catalog X`, `catalog stats X`) into a source: `sample` for the
// embedded catalog, an http(s):// anyplot REST API base URL, or a folder (an anyplot checkout or
// its plots/ folder).
namespace CatalogSources {
struct Options
{
    bool useIndexCache = true;
    bool presentCachedFirst = false; // the window: show the offline index first, then check it
};
CatalogSourcePtr fromArgument(const QString &argument, Options options, QString *error);
}
