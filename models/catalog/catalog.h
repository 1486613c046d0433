#pragma once

#include "catalogwarning.h"
#include "implementation.h"
#include "library.h"
#include "spec.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

class Catalog;
using CatalogPtr = std::shared_ptr<const Catalog>;

// Where a catalog came from, for the status line and for reading code lazily.
struct CatalogOrigin
{
    QString kind;        // "sample", "folder", …
    QString location;    // the root folder (or URL) the relative paths hang off
    QString displayName; // "Sample catalog", "~/src/anyplot"
    // Synced sources (REST API, archive, database) are kept as an offline copy: location is then
    // the copy's folder, remote what it was synced from, syncedAt when.
    QString remote{};
    QDateTime syncedAt{};     // invalid for sources read live
    bool offlineCopy = false; // opened from the offline copy, not synced in this session
};

// How the files of a catalog were accounted for: every file found is in exactly one bucket.
struct CatalogFileCounts
{
    int specFiles = 0;       // specification.md / .yaml
    int metadataFiles = 0;
    int codeFiles = 0;
    int previewFiles = 0;    // images shipped beside the code (embedded catalog)
    int ignoredFiles = 0;    // .gitkeep and the like
    int unexpectedFiles = 0; // reported as warnings

    int total() const
    {
        return specFiles + metadataFiles + codeFiles + previewFiles + ignoredFiles + unexpectedFiles;
    }
    CatalogFileCounts &operator+=(const CatalogFileCounts &other);
    friend bool operator==(const CatalogFileCounts &, const CatalogFileCounts &) = default;
};

// An immutable, indexed snapshot of a whole catalog. Built once by CatalogBuilder on a worker and
// shared read-only (std::shared_ptr<const Catalog>) with models and views: nobody ever sees a
// half-loaded catalog.
class Catalog
{
public:
    const CatalogOrigin &origin() const { return m_origin; }
    const std::vector<Spec> &specs() const { return m_specs; }
    const std::vector<Implementation> &implementations() const { return m_implementations; }
    const CatalogWarnings &warnings() const { return m_warnings; }
    const CatalogFileCounts &fileCounts() const { return m_fileCounts; }

    const Spec *spec(const QString &id) const;
    int specIndex(const QString &id) const; // -1 when absent
    // Implementations of one spec, ordered by language then library.
    std::vector<const Implementation *> implementationsOf(const QString &specId) const;
    const Implementation *implementation(const QString &specId, const QString &libraryId) const;

    // Sorted ids of every library / language with at least one implementation.
    QStringList libraryIds() const;
    QStringList languages() const;

    // Per spec: distinct libraries and best quality score (-1 when none has one).
    int libraryCount(int specIndex) const;
    int bestScore(int specIndex) const;
    QStringList librariesOf(int specIndex) const;
    // The most recent of the spec's and its implementations' updated/created stamps.
    QDateTime lastUpdated(int specIndex) const;

    // Resolves a path inside the catalog (Implementation::codePath, …) to something QFile opens.
    QString absolutePath(const QString &relativePath) const;

private:
    friend class CatalogBuilder;
    Catalog() = default;
    void buildIndexes();

    CatalogOrigin m_origin;
    std::vector<Spec> m_specs;                   // sorted by id
    std::vector<Implementation> m_implementations; // sorted by spec, language, library
    CatalogWarnings m_warnings;
    CatalogFileCounts m_fileCounts;
    QHash<QString, int> m_specIndex;
    std::vector<std::pair<int, int>> m_implRanges; // per spec: [first, last) into m_implementations
    std::vector<int> m_bestScores;
    std::vector<QStringList> m_librariesPerSpec;
};

// Assembles a Catalog from parsed parts; the only way to make one.
class CatalogBuilder
{
public:
    explicit CatalogBuilder(CatalogOrigin origin);
    void addSpec(Spec spec);
    void addImplementation(Implementation implementation);
    void addWarning(CatalogWarning warning);
    void addWarnings(const CatalogWarnings &warnings);
    void addFileCounts(const CatalogFileCounts &counts);
    CatalogPtr build() &&;

private:
    std::unique_ptr<Catalog> m_catalog;
};
