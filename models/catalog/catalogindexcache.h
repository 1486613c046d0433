#pragma once

#include "specfolderparser.h"

#include <QHash>

// Parsed spec folders kept on disk between runs, keyed by each folder's fingerprint (file names,
// sizes and times). Re-opening a catalog parses only the folders that changed. A cache file that is
// missing, of another version or damaged is treated as empty: the cache can only speed things up.
class CatalogIndexCache
{
public:
    struct Entry
    {
        QByteArray fingerprint;
        ParsedSpecFolder folder;
    };
    using Entries = QHash<QString, Entry>; // spec id → entry

    // cacheDirectory empty: QStandardPaths::CacheLocation/catalog-index.
    CatalogIndexCache(const QString &catalogRoot, const QString &cacheDirectory = {});

    QString filePath() const { return m_filePath; }
    Entries load() const;
    // Written atomically (QSaveFile): a crash mid-write leaves the previous cache intact.
    bool save(const Entries &entries) const;

private:
    QString m_catalogRoot;
    QString m_filePath;
};
