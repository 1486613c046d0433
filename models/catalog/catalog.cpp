#include "catalog.h"

#include <QSet>

#include <tuple>

#include <algorithm>

const Spec *Catalog::spec(const QString &id) const
{
    const int index = specIndex(id);
    return index < 0 ? nullptr : &m_specs[index];
}

int Catalog::specIndex(const QString &id) const
{
    return m_specIndex.value(id, -1);
}

std::vector<const Implementation *> Catalog::implementationsOf(const QString &specId) const
{
    std::vector<const Implementation *> result;
    const int index = specIndex(specId);
    if (index < 0)
        return result;
    const auto [first, last] = m_implRanges[index];
    for (int i = first; i < last; ++i)
        result.push_back(&m_implementations[i]);
    return result;
}

const Implementation *Catalog::implementation(const QString &specId, const QString &libraryId) const
{
    for (const Implementation *impl : implementationsOf(specId)) {
        if (impl->libraryId == libraryId)
            return impl;
    }
    return nullptr;
}

QStringList Catalog::libraryIds() const
{
    QSet<QString> ids;
    for (const Implementation &impl : m_implementations)
        ids.insert(impl.libraryId);
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    return sorted;
}

QStringList Catalog::languages() const
{
    QSet<QString> ids;
    for (const Implementation &impl : m_implementations)
        ids.insert(impl.language);
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    return sorted;
}

int Catalog::libraryCount(int specIndex) const
{
    return int(m_librariesPerSpec[specIndex].size());
}

int Catalog::bestScore(int specIndex) const
{
    return m_bestScores[specIndex];
}

QStringList Catalog::librariesOf(int specIndex) const
{
    return m_librariesPerSpec[specIndex];
}

QDateTime Catalog::lastUpdated(int specIndex) const
{
    const Spec &spec = m_specs[specIndex];
    QDateTime latest = spec.updated.isValid() ? spec.updated : spec.created;
    const auto [first, last] = m_implRanges[specIndex];
    for (int i = first; i < last; ++i) {
        const Implementation &impl = m_implementations[i];
        const QDateTime stamp = impl.updated.isValid() ? impl.updated : impl.created;
        if (stamp.isValid() && (!latest.isValid() || stamp > latest))
            latest = stamp;
    }
    return latest;
}

QString Catalog::absolutePath(const QString &relativePath) const
{
    if (relativePath.isEmpty())
        return {};
    return m_origin.location + u'/' + relativePath;
}

void Catalog::buildIndexes()
{
    std::sort(m_specs.begin(), m_specs.end(), [](const Spec &a, const Spec &b) { return a.id < b.id; });
    std::stable_sort(m_implementations.begin(), m_implementations.end(),
                     [](const Implementation &a, const Implementation &b) {
                         return std::tie(a.specId, a.language, a.libraryId)
                             < std::tie(b.specId, b.language, b.libraryId);
                     });

    m_specIndex.clear();
    m_specIndex.reserve(qsizetype(m_specs.size()));
    for (int i = 0; i < int(m_specs.size()); ++i)
        m_specIndex.insert(m_specs[i].id, i);

    m_implRanges.assign(m_specs.size(), {0, 0});
    m_bestScores.assign(m_specs.size(), -1);
    m_librariesPerSpec.assign(m_specs.size(), {});
    // Implementations are sorted by spec id like the specs, so each spec's range is contiguous.
    int i = 0;
    const int count = int(m_implementations.size());
    while (i < count) {
        const QString &specId = m_implementations[i].specId;
        int j = i;
        while (j < count && m_implementations[j].specId == specId)
            ++j;
        const int index = specIndex(specId);
        if (index >= 0) {
            m_implRanges[index] = {i, j};
            QStringList libraries;
            int best = -1;
            for (int k = i; k < j; ++k) {
                const Implementation &impl = m_implementations[k];
                if (!libraries.contains(impl.libraryId))
                    libraries.append(impl.libraryId);
                if (impl.qualityScore)
                    best = std::max(best, *impl.qualityScore);
            }
            m_librariesPerSpec[index] = libraries;
            m_bestScores[index] = best;
        }
        i = j;
    }
}

CatalogFileCounts &CatalogFileCounts::operator+=(const CatalogFileCounts &other)
{
    specFiles += other.specFiles;
    metadataFiles += other.metadataFiles;
    codeFiles += other.codeFiles;
    previewFiles += other.previewFiles;
    ignoredFiles += other.ignoredFiles;
    unexpectedFiles += other.unexpectedFiles;
    return *this;
}

CatalogBuilder::CatalogBuilder(CatalogOrigin origin)
    : m_catalog(new Catalog)
{
    m_catalog->m_origin = std::move(origin);
}

void CatalogBuilder::addSpec(Spec spec)
{
    m_catalog->m_specs.push_back(std::move(spec));
}

void CatalogBuilder::addImplementation(Implementation implementation)
{
    m_catalog->m_implementations.push_back(std::move(implementation));
}

void CatalogBuilder::addWarning(CatalogWarning warning)
{
    m_catalog->m_warnings.append(std::move(warning));
}

void CatalogBuilder::addWarnings(const CatalogWarnings &warnings)
{
    m_catalog->m_warnings.append(warnings);
}

void CatalogBuilder::addFileCounts(const CatalogFileCounts &counts)
{
    m_catalog->m_fileCounts += counts;
}

CatalogPtr CatalogBuilder::build() &&
{
    m_catalog->buildIndexes();
    return CatalogPtr(m_catalog.release());
}
