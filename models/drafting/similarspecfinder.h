#pragma once

#include "catalog.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// One existing spec that resembles a draft, and why.
struct SimilarSpec
{
    QString specId;
    QString title;
    double score = 0;      // 0…1: the mean of the two below
    double tagScore = 0;   // Jaccard overlap of the four tag lists
    double textScore = 0;  // TF-IDF cosine of title, description and applications
    QStringList sharedTags; // "plot_type: scatter", …
};

// Ranks the specs of a catalog by how much a draft resembles them, so duplicates are caught
// before submitting. The index (term postings with TF-IDF weights, tag sets) is built once per
// catalog, off the GUI thread (buildAsync); ranking a draft then costs well under a millisecond
// for 330 specs, so it runs on every keystroke.
class SimilarSpecFinder
{
public:
    static std::shared_ptr<const SimilarSpecFinder> build(const Catalog &catalog);
    // On a worker; the index of a catalog that already has one (still in use) is reused.
    static QFuture<std::shared_ptr<const SimilarSpecFinder>> buildAsync(CatalogPtr catalog);

    // The best `limit` matches scoring at least minScore, best first; the draft's own id skipped.
    QList<SimilarSpec> rank(const Spec &draft, int limit = 8, double minScore = 0.08) const;
    int specCount() const { return int(m_docs.size()); }
    int termCount() const { return int(m_postings.size()); }

    // Lower-case word stems of a text, stop words dropped: the unit both index and query use.
    static QStringList tokens(const QString &text);
    static QString indexedText(const Spec &spec); // title (twice: it weighs most), description, applications
    static QStringList tagKeys(const Spec &spec);  // "plot_type: scatter", …

private:
    struct Doc
    {
        QString specId;
        QString title;
        std::vector<int> tags; // sorted tag ids
    };
    struct Posting
    {
        int doc;
        float weight; // normalised TF-IDF of the term in the doc
    };
    double idf(int df) const;

    std::vector<Doc> m_docs;
    QHash<QString, int> m_termIds;
    std::vector<std::vector<Posting>> m_postings; // by term id
    std::vector<int> m_documentFrequency;         // by term id
    QHash<QString, int> m_tagIds;
    QStringList m_tagNames;                       // by tag id
};
