#pragma once

#include "catalog.h"
#include "specfolderparser.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

// What an offline copy says about itself: where it was synced from and when.
struct OfflineCopyInfo
{
    QString kind;        // "api" (the archive and database sources use their own)
    QString location;    // what was synced: the API base URL, …
    QString displayName; // "anyplot API"
    QDateTime syncedAt;  // UTC
    QJsonObject extra;   // the source's own bookkeeping: index fingerprints, libraries, stats …
};

// A synced catalog as it is kept on disk: one folder per parsed spec (plus, possibly, one without
// a spec that carries catalog-wide warnings).
struct OfflineCopy
{
    OfflineCopyInfo info;
    std::vector<ParsedSpecFolder> folders;
};

// The offline copy of one synced source, in its own folder under
// QStandardPaths::AppDataLocation/offline (the root is overridable for tests):
//   catalog.bin   the whole catalog in the index cache's flat format (CatalogSerialization),
//                 with an offset table so that it decodes on every core: opens in tens of ms
//   code/…        code fetched on demand, one file per implementation
// catalog.bin is only ever replaced whole (QSaveFile: written beside, then renamed over): a sync
// that fails or is canceled leaves the previous copy exactly as it was.
class OfflineCatalogStore
{
public:
    explicit OfflineCatalogStore(QString directory);

    // QStandardPaths::AppDataLocation/offline.
    static QString defaultRoot();
    // The folder of the copy of `location` (a URL …) of a kind, under root (empty: defaultRoot()).
    static QString directoryFor(const QString &kind, const QString &location, const QString &root = {});
    // The folder of the most recently synced copy under root, or empty when there is none.
    static QString latest(const QString &root = {});

    const QString &directory() const { return m_directory; }
    QString catalogFile() const;
    bool exists() const;

    // Reads only the header: cheap enough for a status line or a start-up decision.
    std::optional<OfflineCopyInfo> readInfo() const;
    std::optional<OfflineCopy> load(QString *error = nullptr) const;
    bool save(const OfflineCopy &copy, QString *error = nullptr) const;

    // The catalog a copy holds, with an origin that points at this folder (for code files).
    CatalogPtr catalog(const OfflineCopy &copy, bool openedOffline) const;
    CatalogPtr catalog(OfflineCopy &&copy, bool openedOffline) const; // moves the folders in
    // The reverse: a catalog as folders, for sources that build a Catalog first.
    static std::vector<ParsedSpecFolder> foldersOf(const Catalog &catalog);

    // Code files fetched on demand, by Implementation::codePath.
    QString codeFile(const QString &codePath) const;
    bool saveCode(const QString &codePath, const QString &code, QString *error = nullptr) const;
    void removeCode(const QString &codePath) const;

private:
    QString m_directory;
};
