#include "similarspecfinder.h"

#include <QSet>
#include <QtConcurrent>

#include <mutex>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QSet<QString> &stopWords()
{
    static const QSet<QString> words{
        u"a"_s, u"an"_s, u"and"_s, u"are"_s, u"as"_s, u"at"_s, u"be"_s, u"by"_s, u"can"_s, u"each"_s, u"for"_s,
        u"from"_s, u"how"_s, u"in"_s, u"into"_s, u"is"_s, u"it"_s, u"its"_s, u"of"_s, u"on"_s, u"or"_s, u"that"_s,
        u"the"_s, u"their"_s, u"this"_s, u"to"_s, u"use"_s, u"used"_s, u"using"_s, u"where"_s, u"which"_s,
        u"while"_s, u"with"_s, u"when"_s, u"what"_s, u"between"_s, u"such"_s, u"these"_s, u"than"_s, u"plot"_s,
        u"plots"_s, u"chart"_s, u"charts"_s, u"visualization"_s, u"data"_s, u"show"_s, u"shows"_s, u"display"_s,
        u"displays"_s};
    return words;
}

// A light stemmer: enough to match "distributions" with "distribution", "bars" with "bar".
QString stem(QString word)
{
    if (word.size() > 4 && word.endsWith(u"ies"_s))
        return word.chopped(3) + u'y';
    if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(u"ss"_s))
        word.chop(1);
    return word;
}
} // namespace

QStringList SimilarSpecFinder::tokens(const QString &text)
{
    QStringList result;
    QString word;
    const auto flush = [&] {
        if (word.size() >= 2 && !stopWords().contains(word))
            result.append(stem(word));
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word.append(c.toLower());
        else
            flush();
    }
    flush();
    return result;
}

QString SimilarSpecFinder::indexedText(const Spec &spec)
{
    return spec.title + u'\n' + spec.title + u'\n' + spec.description + u'\n' + spec.applications.join(u'\n');
}

QStringList SimilarSpecFinder::tagKeys(const Spec &spec)
{
    QStringList keys;
    for (int c = 0; c < specTagCategoryCount; ++c)
        for (const QString &value : spec.tags.lists[c])
            keys.append(QString::fromLatin1(specTagCategoryKeys[c]) + u": "_s + value.trimmed().toLower());
    keys.removeDuplicates();
    return keys;
}

double SimilarSpecFinder::idf(int df) const
{
    return std::log((double(m_docs.size()) + 1.0) / (double(df) + 1.0)) + 1.0;
}

std::shared_ptr<const SimilarSpecFinder> SimilarSpecFinder::build(const Catalog &catalog)
{
    auto finder = std::make_shared<SimilarSpecFinder>();
    std::vector<QHash<int, int>> frequencies; // per doc: term id → count
    for (const Spec &spec : catalog.specs()) {
        Doc doc{spec.id, spec.title, {}};
        for (const QString &key : tagKeys(spec)) {
            auto it = finder->m_tagIds.constFind(key);
            if (it == finder->m_tagIds.cend()) {
                it = finder->m_tagIds.insert(key, int(finder->m_tagNames.size()));
                finder->m_tagNames.append(key);
            }
            doc.tags.push_back(it.value());
        }
        std::sort(doc.tags.begin(), doc.tags.end());
        QHash<int, int> tf;
        for (const QString &token : tokens(indexedText(spec))) {
            auto it = finder->m_termIds.constFind(token);
            if (it == finder->m_termIds.cend()) {
                it = finder->m_termIds.insert(token, int(finder->m_documentFrequency.size()));
                finder->m_documentFrequency.push_back(0);
            }
            if (tf[it.value()]++ == 0)
                ++finder->m_documentFrequency[it.value()];
        }
        frequencies.push_back(std::move(tf));
        finder->m_docs.push_back(std::move(doc));
    }
    finder->m_postings.resize(finder->m_documentFrequency.size());
    for (int d = 0; d < int(frequencies.size()); ++d) {
        double norm = 0;
        std::vector<std::pair<int, double>> weights;
        for (auto it = frequencies[d].cbegin(); it != frequencies[d].cend(); ++it) {
            const double w = (1.0 + std::log(double(it.value()))) * finder->idf(finder->m_documentFrequency[it.key()]);
            weights.emplace_back(it.key(), w);
            norm += w * w;
        }
        norm = std::sqrt(norm);
        for (const auto &[term, w] : weights)
            finder->m_postings[term].push_back({d, float(norm > 0 ? w / norm : 0)});
    }
    return finder;
}

QFuture<std::shared_ptr<const SimilarSpecFinder>> SimilarSpecFinder::buildAsync(CatalogPtr catalog)
{
    // One index per catalog snapshot: every editor opened on the same catalog shares it, and it
    // goes away with the last user (weak references only).
    struct Cached
    {
        std::weak_ptr<const Catalog> catalog;
        std::weak_ptr<const SimilarSpecFinder> finder;
    };
    static std::mutex mutex;
    static std::vector<Cached> cache;
    return QtConcurrent::run([catalog = std::move(catalog)]() -> std::shared_ptr<const SimilarSpecFinder> {
        if (!catalog)
            return std::make_shared<SimilarSpecFinder>();
        std::lock_guard lock(mutex); // a second editor waits for the first build instead of repeating it
        std::erase_if(cache, [](const Cached &c) { return c.catalog.expired() || c.finder.expired(); });
        for (const Cached &c : cache)
            if (c.catalog.lock() == catalog)
                if (auto finder = c.finder.lock())
                    return finder;
        auto finder = build(*catalog);
        cache.push_back({catalog, finder});
        return finder;
    });
}

QList<SimilarSpec> SimilarSpecFinder::rank(const Spec &draft, int limit, double minScore) const
{
    const int n = int(m_docs.size());
    if (n == 0)
        return {};
    // Query vector: TF-IDF of the draft's words; words no spec has still count in its norm.
    QHash<QString, int> tf;
    for (const QString &token : tokens(indexedText(draft)))
        ++tf[token];
    std::vector<double> text(n, 0.0);
    double queryNorm = 0;
    for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
        const int term = m_termIds.value(it.key(), -1);
        const double w = (1.0 + std::log(double(it.value()))) * idf(term >= 0 ? m_documentFrequency[term] : 0);
        queryNorm += w * w;
        if (term >= 0)
            for (const Posting &p : m_postings[term])
                text[p.doc] += w * p.weight;
    }
    queryNorm = std::sqrt(queryNorm);

    std::vector<int> draftTags;
    for (const QString &key : tagKeys(draft))
        if (const int id = m_tagIds.value(key, -1); id >= 0)
            draftTags.push_back(id);
    std::sort(draftTags.begin(), draftTags.end());
    const int draftTagCount = int(tagKeys(draft).size());

    struct Scored
    {
        int doc;
        double tag, text, total;
    };
    std::vector<Scored> scored;
    scored.reserve(n);
    std::vector<int> shared;
    for (int d = 0; d < n; ++d) {
        const Doc &doc = m_docs[size_t(d)];
        if (doc.specId == draft.id)
            continue;
        shared.clear();
        std::set_intersection(draftTags.begin(), draftTags.end(), doc.tags.begin(), doc.tags.end(),
                              std::back_inserter(shared));
        const int unionSize = draftTagCount + int(doc.tags.size()) - int(shared.size());
        const double tag = unionSize > 0 ? double(shared.size()) / unionSize : 0.0;
        const double cosine = queryNorm > 0 ? std::min(1.0, text[size_t(d)] / queryNorm) : 0.0;
        const double total = 0.5 * tag + 0.5 * cosine;
        if (total >= minScore)
            scored.push_back({d, tag, cosine, total});
    }
    const size_t keep = std::min(scored.size(), size_t(std::max(limit, 0)));
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(keep), scored.end(),
                      [this](const Scored &a, const Scored &b) {
                          return a.total != b.total ? a.total > b.total : m_docs[a.doc].specId < m_docs[b.doc].specId;
                      });
    QList<SimilarSpec> result;
    for (size_t i = 0; i < keep; ++i) {
        const Scored &s = scored[i];
        const Doc &doc = m_docs[size_t(s.doc)];
        SimilarSpec similar{doc.specId, doc.title, s.total, s.tag, s.text, {}};
        shared.clear();
        std::set_intersection(draftTags.begin(), draftTags.end(), doc.tags.begin(), doc.tags.end(),
                              std::back_inserter(shared));
        for (int t : shared)
            similar.sharedTags.append(m_tagNames[t]);
        result.append(std::move(similar));
    }
    return result;
}
