#pragma once

#include <QString>

// Writes a catalog the size of the real one (CONTRACTS.md §1: ~330 specs × 9 libraries, ~6,000
// files, ~20 MB of YAML) in the real layout, using the sample fixture's own files as templates so
// the YAML has the real shape: long reviews, three rubric versions, both metadata schemas.
struct RealSizeCatalogSize
{
    int specs = 0;
    int files = 0;
    qint64 yamlBytes = 0;
};

namespace RealSizeCatalog {
RealSizeCatalogSize write(const QString &fixturePlots, const QString &targetPlots, int specCount = 330);
}
