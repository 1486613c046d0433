// Similar-spec ranking per keystroke on a catalog the size of the real one (330 specs): what the
// spec editor does on every change — parse the draft, validate it, rank the catalog. Budget
// (issue 5): ≤ 20 ms per keystroke. Baseline in the same run: the same ranking without an index
// (every spec tokenised and weighed again per keystroke), as a naive implementation would.
#include "realsizecatalog.h"

#include "foldercatalogsource.h"
#include "similarspecfinder.h"
#include "specdraftvalidator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
struct Timings
{
    std::vector<double> ms;
    void add(const QElapsedTimer &timer) { ms.push_back(double(timer.nsecsElapsed()) / 1e6); }
    double median()
    {
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    }
    double max() const { return *std::max_element(ms.begin(), ms.end()); }
    double p99()
    {
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
    }
};

// The baseline: TF-IDF cosine computed from scratch over every spec for one query.
double naiveBestScore(const Catalog &catalog, const Spec &draft)
{
    std::vector<QHash<QString, int>> docs;
    QHash<QString, int> df;
    for (const Spec &spec : catalog.specs()) {
        QHash<QString, int> tf;
        for (const QString &t : SimilarSpecFinder::tokens(SimilarSpecFinder::indexedText(spec)))
            if (tf[t]++ == 0)
                ++df[t];
        docs.push_back(std::move(tf));
    }
    const double n = double(docs.size());
    auto weigh = [&](const QHash<QString, int> &tf) {
        QHash<QString, double> w;
        double norm = 0;
        for (auto it = tf.cbegin(); it != tf.cend(); ++it) {
            const double v = (1 + std::log(double(it.value()))) * (std::log((n + 1) / (df.value(it.key()) + 1.0)) + 1);
            w.insert(it.key(), v);
            norm += v * v;
        }
        for (double &v : w)
            v /= std::sqrt(norm);
        return w;
    };
    QHash<QString, int> queryTf;
    for (const QString &t : SimilarSpecFinder::tokens(SimilarSpecFinder::indexedText(draft)))
        ++queryTf[t];
    const QHash<QString, double> query = weigh(queryTf);
    const QStringList draftTagList = SimilarSpecFinder::tagKeys(draft);
    const QSet<QString> draftTags(draftTagList.cbegin(), draftTagList.cend());
    double best = 0;
    for (size_t d = 0; d < docs.size(); ++d) {
        const QHash<QString, double> doc = weigh(docs[d]);
        double dot = 0;
        for (auto it = query.cbegin(); it != query.cend(); ++it)
            dot += it.value() * doc.value(it.key());
        const QStringList tagList = SimilarSpecFinder::tagKeys(catalog.specs()[d]);
        const QSet<QString> tags(tagList.cbegin(), tagList.cend());
        const double jaccard = double((tags & draftTags).size()) / std::max<qsizetype>(1, (tags | draftTags).size());
        best = std::max(best, 0.5 * dot + 0.5 * jaccard);
    }
    return best;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir work;
    const QString fixture = QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample/plots"_s;
    RealSizeCatalog::write(fixture, work.path() + u"/plots"_s);
    QTemporaryDir cache;
    const CatalogPtr catalog = CatalogLoader::loadBlocking(FolderCatalogSource(work.path(), {false, cache.path()}));
    std::printf("catalog: %zu specs\n", catalog->specs().size());

    QElapsedTimer timer;
    timer.start();
    const auto finder = SimilarSpecFinder::build(*catalog);
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const SpecDraftValidator validator = SpecDraftValidator::forCatalog(catalog.get());
    const double validatorMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("index build (once per catalog, on a worker): %.2f ms, %d terms; validator setup %.2f ms\n", indexMs,
                finder->termCount(), validatorMs);

    // Type a whole real spec, key by key, into a draft whose YAML is already filled in.
    SpecDraft draft = SpecDraft::fromTemplate();
    draft.yaml = readFile(fixture + u"/violin-basic/specification.yaml"_s).replace(u"violin-basic"_s, u"violin-new"_s);
    const QString typed = readFile(fixture + u"/violin-basic/specification.md"_s).replace(u"violin-basic"_s, u"violin-new"_s);
    Timings rankOnly, keystroke, baseline;
    (void)validator.validate(draft); // first use builds the validator's static tables
    int lastRankSize = 0;
    for (qsizetype i = 1; i <= typed.size(); ++i) {
        draft.markdown = typed.left(i);
        timer.restart();
        const ParsedSpecDraft parsed = ParsedSpecDraft::parse(draft);
        const SpecDraftProblems problems = validator.validate(draft, parsed);
        const QList<SimilarSpec> similar = finder->rank(parsed.spec);
        keystroke.add(timer);
        timer.restart();
        (void)finder->rank(parsed.spec);
        rankOnly.add(timer);
        lastRankSize = int(similar.size());
        if (i % 40 == 0) { // the baseline is slow: sample it
            timer.restart();
            (void)naiveBestScore(*catalog, parsed.spec);
            baseline.add(timer);
        }
        Q_UNUSED(problems);
    }
    const double keyMedian = keystroke.median(), rankMedian = rankOnly.median(), baseMedian = baseline.median();
    std::printf("keystrokes: %zu (typing violin-basic's specification.md, %lld characters)\n", keystroke.ms.size(),
                qlonglong(typed.size()));
    std::printf("per keystroke, parse + validate + rank: median %.3f ms, p99 %.3f ms, max %.3f ms (budget 20 ms)\n",
                keyMedian, keystroke.p99(), keystroke.max());
    std::printf("rank alone:                              median %.3f ms, p99 %.3f ms, max %.3f ms\n", rankMedian,
                rankOnly.p99(), rankOnly.max());
    std::printf("baseline, ranking without an index:      median %.3f ms, max %.3f ms (%zu samples)\n", baseMedian,
                baseline.max(), baseline.ms.size());
    std::printf("ratio baseline / indexed rank: %.0fx; last ranking listed %d specs\n", baseMedian / rankMedian,
                lastRankSize);
    return 0;
}
