#pragma once

#include "catalog.h"

#include <QString>

// The local file of an implementation's preview for a theme, with CONTRACTS.md §2's fallback:
// the wanted theme, then the other theme, then the legacy single image. Empty when the picture
// lives only on a server (the preview cache maps those once synced).
namespace ComparisonPreviews {
QString localPath(const Catalog &catalog, const Implementation &implementation, PreviewTheme theme);
}
