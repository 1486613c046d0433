#pragma once

#include "catalog.h"

// `plotbench catalog lint`: the problems met while loading, each given a severity, plus the
// structure rules of CONTRACTS.md §1 that loading does not enforce. Errors make the command fail.
namespace CatalogLint {

// Reserved words that can never be spec ids (they are routes of the anyplot site).
const QStringList &reservedIds();
bool isValidSpecId(const QString &id);

CatalogWarnings run(const Catalog &catalog);
int errorCount(const CatalogWarnings &findings);

} // namespace CatalogLint
