#pragma once

#include "catalogwarning.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

struct CatalogFileEntry
{
    QString relativePath; // from the catalog root, '/'-separated: "scatter-basic/metadata/python/x.yaml"
    qint64 size = 0;
    qint64 modifiedMs = 0;
    friend bool operator==(const CatalogFileEntry &, const CatalogFileEntry &) = default;
};

// Every file below one spec folder, and a fingerprint of their names, sizes and times: when the
// fingerprint is unchanged the folder need not be parsed again.
struct SpecFolderListing
{
    QString specId;
    QList<CatalogFileEntry> files;
    QByteArray fingerprint;
};

struct CatalogTreeListing
{
    QList<SpecFolderListing> specFolders; // sorted by id
    CatalogWarnings warnings;             // symlinks, unreadable folders, stray files
    int strayFiles = 0;                   // files directly in the root, not in a spec folder
};

// Walks a `plots/` folder (on disk or in Qt resources) without following symbolic links, so link
// loops and links out of the tree cannot hang or escape the scan.
namespace CatalogTreeScanner {
CatalogTreeListing scan(const QString &root, const std::function<bool()> &isCanceled = {});
QByteArray fingerprint(const QList<CatalogFileEntry> &files);
}
