// Similar specs: tag overlap (Jaccard) and TF-IDF cosine, so duplicates show before submitting.
#include "similarspecfinder.h"

#include "catalogsource.h"
#include "foldercatalogsource.h"

#include <QTemporaryDir>
#include <QTest>

#include "draftingtestsupport.h"

using namespace Qt::StringLiterals;

class TestSimilarSpecFinder : public QObject
{
    Q_OBJECT

    CatalogPtr m_catalog;
    std::shared_ptr<const SimilarSpecFinder> m_finder;

    static Spec specWith(const QString &id, const QString &title, const QString &description,
                         const QStringList &plotTypes, const QStringList &features)
    {
        Spec spec;
        spec.id = id;
        spec.title = title;
        spec.description = description;
        spec.tags[SpecTagCategory::PlotType] = plotTypes;
        spec.tags[SpecTagCategory::Features] = features;
        return spec;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = DraftingTest::loadSampleCatalog();
        QVERIFY(m_catalog);
        auto future = SimilarSpecFinder::buildAsync(m_catalog); // off the calling thread
        m_finder = future.result();
        QCOMPARE(m_finder->specCount(), 42);
        QVERIFY(m_finder->termCount() > 500);
    }

    void tokensAreStemmedWordsWithoutStopWords()
    {
        QCOMPARE(SimilarSpecFinder::tokens(u"The Distributions of Bars, and 2D categories!"_s),
                 (QStringList{u"distribution"_s, u"bar"_s, u"2d"_s, u"category"_s}));
        QVERIFY(SimilarSpecFinder::tokens(u"a of the ,,, !"_s).isEmpty());
    }

    void copyOfASpecRanksItFirst_data()
    {
        QTest::addColumn<QString>("specId");
        for (const char *id : {"scatter-basic", "violin-basic", "candlestick-basic", "sudoku-basic", "waffle-basic"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void copyOfASpecRanksItFirst()
    {
        QFETCH(QString, specId);
        Spec draft = *m_catalog->spec(specId);
        draft.id = specId + u"-copy"_s;
        const QList<SimilarSpec> similar = m_finder->rank(draft);
        QVERIFY(!similar.isEmpty());
        QCOMPARE(similar.first().specId, specId);
        QCOMPARE(similar.first().tagScore, 1.0);
        QVERIFY2(similar.first().textScore > 0.99, qPrintable(QString::number(similar.first().textScore)));
        QVERIFY(similar.first().score > 0.99);
        for (qsizetype i = 1; i < similar.size(); ++i)
            QVERIFY(similar[i - 1].score >= similar[i].score);
    }

    void ownIdIsSkipped()
    {
        const Spec &spec = *m_catalog->spec(u"scatter-basic"_s);
        const QList<SimilarSpec> similar = m_finder->rank(spec);
        for (const SimilarSpec &s : similar)
            QVERIFY(s.specId != u"scatter-basic"_s);
    }

    void jaccardIsExact()
    {
        // scatter-basic: plot_type {scatter, point}, features {basic, 2d, correlation}, plus 5 more.
        const Spec &target = *m_catalog->spec(u"scatter-basic"_s);
        const int targetTags = int(SimilarSpecFinder::tagKeys(target).size());
        QCOMPARE(targetTags, 10);
        const Spec draft = specWith(u"new"_s, QString(), QString(), {u"scatter"_s, u"bubble"_s}, {u"basic"_s});
        const QList<SimilarSpec> similar = m_finder->rank(draft, 50, 0.0);
        const auto it = std::find_if(similar.cbegin(), similar.cend(),
                                     [](const SimilarSpec &s) { return s.specId == u"scatter-basic"_s; });
        QVERIFY(it != similar.cend());
        // shared {plot_type: scatter, features: basic} = 2; union = 3 + 10 - 2 = 11
        QCOMPARE(it->tagScore, 2.0 / 11.0);
        QCOMPARE(it->sharedTags.size(), 2);
        QVERIFY(it->sharedTags.contains(u"plot_type: scatter"_s));
        QVERIFY(it->sharedTags.contains(u"features: basic"_s));
        QCOMPARE(it->textScore, 0.0);
    }

    void textAloneFindsTheRightSpec()
    {
        const Spec draft = specWith(u"new"_s, u"Candles for stock prices"_s,
                                    u"Open, high, low and close prices of a stock per trading day."_s, {}, {});
        const QList<SimilarSpec> similar = m_finder->rank(draft);
        QVERIFY(!similar.isEmpty());
        QCOMPARE(similar.first().specId, u"candlestick-basic"_s);
        QCOMPARE(similar.first().tagScore, 0.0);
    }

    void unrelatedDraftFindsNothing()
    {
        const Spec draft = specWith(u"new"_s, u"Zymurgy xylophones"_s, u"Quixotic jabberwocky."_s, {u"gantt"_s}, {});
        QVERIFY(m_finder->rank(draft).isEmpty());
        QVERIFY(m_finder->rank(Spec()).isEmpty()); // an empty draft
    }

    void indexIsBuiltOncePerCatalog()
    {
        const auto again = SimilarSpecFinder::buildAsync(m_catalog).result();
        QCOMPARE(again.get(), m_finder.get());
        const CatalogPtr other = DraftingTest::loadSampleCatalog();
        const auto otherIndex = SimilarSpecFinder::buildAsync(other).result();
        QVERIFY(otherIndex.get() != m_finder.get());
        QCOMPARE(otherIndex->specCount(), m_finder->specCount());
    }

    void emptyCatalog()
    {
        const auto finder = SimilarSpecFinder::buildAsync(nullptr).result();
        QCOMPARE(finder->specCount(), 0);
        QVERIFY(finder->rank(*m_catalog->spec(u"scatter-basic"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimilarSpecFinder)
#include "tst_similarspecfinder.moc"
