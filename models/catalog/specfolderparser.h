#pragma once

#include "catalog.h"
#include "catalogtreescanner.h"

#include <functional>
#include <optional>
#include <vector>

// Everything read from one spec folder. Values only, so folders parse in parallel and parsed
// folders can be cached and reused as they are.
struct ParsedSpecFolder
{
    std::optional<Spec> spec;
    std::vector<Implementation> implementations;
    CatalogWarnings warnings;
    CatalogFileCounts fileCounts;
    friend bool operator==(const ParsedSpecFolder &, const ParsedSpecFolder &) = default;
};

namespace SpecFolderParser {
// Reads one file of the catalog by its relative path; on failure returns nullopt and sets *error.
using FileReader = std::function<std::optional<QByteArray>(const QString &relativePath, QString *error)>;

// Files larger than this are not read (nothing in a real spec folder comes close).
inline constexpr qint64 maxTextFileSize = 16 * 1024 * 1024;

ParsedSpecFolder parse(const SpecFolderListing &listing, const FileReader &read);
}
