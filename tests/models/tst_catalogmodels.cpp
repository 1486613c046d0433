// Item models of the catalog browser, headless: exact match sets, faceted counts, sort orders,
// preview path resolution and QAbstractItemModelTester on every model while catalogs, text,
// facets and sort change.

#include "../common/syntheticcatalog.h"

#include "catalogfiltermodel.h"
#include "catalogmodel.h"
#include "catalogsearch.h"
#include "catalogwarningmodel.h"
#include "facetmodel.h"
#include "implementationmodel.h"
#include "previewimageloader.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// "key=value" strings → a query selection.
QHash<QString, QSet<QString>> selection(const QStringList &pairs)
{
    QHash<QString, QSet<QString>> selected;
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        selected[pair.left(eq)].insert(pair.mid(eq + 1));
    }
    return selected;
}

QStringList matchingIds(const Catalog &catalog, const CatalogSearchResult &result)
{
    QStringList ids;
    for (size_t i = 0; i < result.matches.size(); ++i)
        if (result.matches[i])
            ids << catalog.specs()[i].id;
    return ids;
}

// Spec ids in the order a model shows them.
QStringList rowIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(CatalogModel::SpecIdRole).toString();
    return ids;
}

// A catalog the size of the real one: 330 specs, up to nine libraries each, long descriptions.
CatalogPtr bigCatalog()
{
    static const QStringList libraries{u"altair"_s, u"bokeh"_s, u"highcharts"_s, u"letsplot"_s,
                                       u"matplotlib"_s, u"plotly"_s, u"plotnine"_s, u"pygal"_s, u"seaborn"_s};
    static const QStringList words{u"scatter"_s, u"line"_s, u"bar"_s, u"area"_s, u"heatmap"_s,
                                   u"violin"_s, u"box"_s, u"histogram"_s, u"network"_s, u"map"_s,
                                   u"tree"_s, u"pie"_s, u"radar"_s, u"sankey"_s, u"density"_s};
    QRandomGenerator random(42);
    CatalogBuilder builder(CatalogOrigin{u"folder"_s, u"/nonexistent"_s, u"Big"_s});
    for (int s = 0; s < 330; ++s) {
        const QString word = words[s % words.size()];
        const QString id = word % u"-variant-"_s % QString::number(s);
        QString description;
        while (description.size() < 700)
            description += words[random.bounded(words.size())] % u" plots show how values relate across "_s
                % words[random.bounded(words.size())] % u" groups. "_s;
        QStringList plotTypes{word};
        for (int i = 0; i < 3; ++i)
            plotTypes << u"type-"_s % QString::number(random.bounded(170));
        builder.addSpec(SyntheticCatalog::spec(id, word % u" chart number "_s % QString::number(s), description,
                                               plotTypes, {u"numeric"_s, u"categorical"_s},
                                               {u"domain-"_s % QString::number(random.bounded(40))},
                                               {u"feature-"_s % QString::number(random.bounded(60))},
                                               SyntheticCatalog::utc(2025, 1, 1), s));
        for (const QString &library : libraries)
            if (random.bounded(10) < 8)
                builder.addImplementation(SyntheticCatalog::implementation(
                    id, library, 50 + int(random.bounded(51)), SyntheticCatalog::utc(2025, 6, 1)));
    }
    return std::move(builder).build();
}
} // namespace

class TestCatalogModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void searchTerms();
    void searchMatches_data();
    void searchMatches();
    void facetCounts_data();
    void facetCounts();
    void facetValuesOrder();
    void realSizeCatalogEvaluates();

    void catalogModelRoles();
    void previewPathResolution_data();
    void previewPathResolution();

    void filterModelMatches();
    void filterModelSort_data();
    void filterModelSort();
    void filterModelSignalsOncePerChange();
    void modelsUnderTesterWhileEverythingChanges();

    void facetModelStructure();
    void facetModelToggleUpdatesCountsWithoutReset();
    void facetModelKeepsZeroCountValuesDisabled();

    void implementationModel();
    void warningModel();

    void previewImageLoaderLoadsOffThread();
    void previewImageLoaderRefusesRemote();

private:
    CatalogPtr m_catalog;
};

void TestCatalogModels::initTestCase()
{
    m_catalog = SyntheticCatalog::build();
    QCOMPARE(m_catalog->specs().size(), size_t(5));
    QCOMPARE(m_catalog->implementations().size(), size_t(7));
}

void TestCatalogModels::searchTerms()
{
    QCOMPARE(CatalogSearch::searchTerms(u"  Scatter\tLINE  \n"_s), (QStringList{u"scatter"_s, u"line"_s}));
    QVERIFY(CatalogSearch::searchTerms(u"   "_s).isEmpty());
    CatalogQuery query;
    query.text = u"  "_s;
    query.selected[u"plot_type"_s] = {};
    QVERIFY(query.isEmpty());
    query.selected[u"plot_type"_s] = {u"bar"_s};
    QVERIFY(!query.isEmpty());
}

void TestCatalogModels::searchMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QStringList>("expected");

    const QStringList all{u"bar-grouped"_s, u"heatmap-empty"_s, u"line-basic"_s, u"scatter-basic"_s,
                          u"scatter-regression"_s};
    QTest::newRow("nothing") << QString() << QStringList() << all;
    QTest::newRow("whitespace only") << u"   "_s << QStringList() << all;
    QTest::newRow("one term in id and title") << u"scatter"_s << QStringList()
                                              << QStringList{u"scatter-basic"_s, u"scatter-regression"_s};
    QTest::newRow("case-insensitive, every term must match")
        << u"SCATTER Line"_s << QStringList() << QStringList{u"scatter-regression"_s};
    QTest::newRow("description") << u"grid of colored"_s << QStringList() << QStringList{u"heatmap-empty"_s};
    QTest::newRow("markdown in description") << u"numeric**"_s << QStringList() << QStringList{u"scatter-basic"_s};
    QTest::newRow("tag only") << u"business"_s << QStringList() << QStringList{u"bar-grouped"_s};
    QTest::newRow("id fragment with hyphen") << u"r-bas"_s << QStringList() << QStringList{u"scatter-basic"_s};
    QTest::newRow("no match") << u"sankey"_s << QStringList() << QStringList();
    QTest::newRow("one facet value") << QString() << QStringList{u"plot_type=scatter"_s}
                                     << QStringList{u"scatter-basic"_s, u"scatter-regression"_s};
    QTest::newRow("OR within a facet") << QString() << QStringList{u"plot_type=scatter"_s, u"plot_type=bar"_s}
                                       << QStringList{u"bar-grouped"_s, u"scatter-basic"_s, u"scatter-regression"_s};
    QTest::newRow("AND across facets") << QString() << QStringList{u"plot_type=line"_s, u"library=plotly"_s}
                                       << QStringList{u"line-basic"_s};
    QTest::newRow("AND across facets, empty") << QString() << QStringList{u"plot_type=scatter"_s, u"library=plotly"_s}
                                              << QStringList();
    QTest::newRow("library facet") << QString() << QStringList{u"library=matplotlib"_s}
                                   << QStringList{u"line-basic"_s, u"scatter-basic"_s, u"scatter-regression"_s};
    QTest::newRow("text and facet") << u"heat"_s << QStringList{u"domain=science"_s}
                                    << QStringList{u"heatmap-empty"_s};
    QTest::newRow("unknown value constrains to nothing") << QString() << QStringList{u"plot_type=pie"_s}
                                                         << QStringList();
    QTest::newRow("unknown value ORed with a known one")
        << QString() << QStringList{u"plot_type=pie"_s, u"plot_type=bar"_s} << QStringList{u"bar-grouped"_s};
}

void TestCatalogModels::searchMatches()
{
    QFETCH(QString, text);
    QFETCH(QStringList, selected);
    QFETCH(QStringList, expected);

    const CatalogSearch search(*m_catalog);
    const CatalogSearchResult result = search.evaluate({text, selection(selected)});
    QCOMPARE(matchingIds(*m_catalog, result), expected);
    QCOMPARE(result.matchCount, expected.size());
}

void TestCatalogModels::facetCounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("selected");
    QTest::addColumn<QStringList>("expectedCounts"); // "facet=value:count"

    QTest::newRow("no query: catalog-wide counts")
        << QString() << QStringList()
        << QStringList{u"plot_type=scatter:2"_s, u"plot_type=line:2"_s, u"plot_type=bar:1"_s,
                       u"plot_type=heatmap:1"_s, u"data_type=numeric:4"_s, u"domain=science:2"_s,
                       u"library=matplotlib:3"_s, u"library=plotly:2"_s, u"library=seaborn:2"_s};
    // Counts of plot_type ignore plot_type's own selection; the other facets see it.
    QTest::newRow("own facet excluded")
        << QString() << QStringList{u"plot_type=scatter"_s}
        << QStringList{u"plot_type=scatter:2"_s, u"plot_type=line:2"_s, u"plot_type=bar:1"_s,
                       u"plot_type=heatmap:1"_s, u"library=matplotlib:2"_s, u"library=seaborn:2"_s,
                       u"library=plotly:0"_s, u"domain=general:1"_s, u"domain=science:1"_s,
                       u"domain=finance:0"_s, u"domain=business:0"_s};
    QTest::newRow("two facets constrain each other")
        << QString() << QStringList{u"plot_type=scatter"_s, u"library=matplotlib"_s}
        << QStringList{u"plot_type=scatter:2"_s, u"plot_type=line:2"_s, u"plot_type=bar:0"_s,
                       u"plot_type=heatmap:0"_s, u"library=matplotlib:2"_s, u"library=seaborn:2"_s,
                       u"library=plotly:0"_s, u"features=basic:1"_s, u"features=regression:1"_s};
    QTest::newRow("text applies to every facet")
        << u"basic"_s << QStringList{u"plot_type=line"_s}
        << QStringList{u"plot_type=line:1"_s, u"plot_type=scatter:1"_s, u"plot_type=heatmap:1"_s,
                       u"plot_type=bar:0"_s, u"library=plotly:1"_s, u"library=matplotlib:1"_s,
                       u"library=seaborn:0"_s};
    QTest::newRow("OR selection within the facet: other facets count the union")
        << QString() << QStringList{u"plot_type=bar"_s, u"plot_type=heatmap"_s}
        << QStringList{u"domain=general:1"_s, u"domain=business:1"_s, u"domain=science:1"_s,
                       u"library=plotly:1"_s, u"library=matplotlib:0"_s};
}

void TestCatalogModels::facetCounts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, selected);
    QFETCH(QStringList, expectedCounts);

    const CatalogSearch search(*m_catalog);
    const CatalogSearchResult result = search.evaluate({text, selection(selected)});
    for (const QString &expectation : std::as_const(expectedCounts)) {
        const qsizetype eq = expectation.indexOf(u'=');
        const qsizetype colon = expectation.lastIndexOf(u':');
        const QString facet = expectation.left(eq);
        const QString value = expectation.mid(eq + 1, colon - eq - 1);
        QVERIFY2(result.counts.value(facet).contains(value), qPrintable(expectation));
        QCOMPARE(result.counts.value(facet).value(value), expectation.mid(colon + 1).toInt());
    }
    // Every known value has a count, zero or not, so panels can show all of them.
    QCOMPARE(result.counts.value(u"plot_type"_s).size(), 4);
    QCOMPARE(result.counts.value(u"library"_s).size(), 3);
}

void TestCatalogModels::facetValuesOrder()
{
    const CatalogSearch search(*m_catalog);
    QCOMPARE(CatalogSearch::facetKeys(),
             (QStringList{u"plot_type"_s, u"data_type"_s, u"domain"_s, u"features"_s, u"library"_s}));
    // By catalog-wide count, ties by name.
    QCOMPARE(search.facetValues(u"plot_type"_s),
             (QStringList{u"line"_s, u"scatter"_s, u"bar"_s, u"heatmap"_s}));
    QCOMPARE(search.facetValues(u"library"_s), (QStringList{u"matplotlib"_s, u"plotly"_s, u"seaborn"_s}));
    QCOMPARE(search.totalCount(u"data_type"_s, u"numeric"_s), 4);
    QCOMPARE(search.totalCount(u"data_type"_s, u"nope"_s), 0);
    QVERIFY(search.facetValues(u"nope"_s).isEmpty());
}

void TestCatalogModels::realSizeCatalogEvaluates()
{
    // A real-size catalog evaluates completely for every kind of query (its speed is measured by
    // tests/bench/bench_search, not here: timed unit tests flake).
    const CatalogPtr catalog = bigCatalog();
    const CatalogSearch search(*catalog);
    const QList<CatalogQuery> queries{
        {u"s"_s, {}},
        {u"sc"_s, {}},
        {u"scatter relate"_s, {}},
        {u"groups"_s, {{u"library"_s, {u"matplotlib"_s, u"plotly"_s}}}},
        {QString(), {{u"plot_type"_s, {u"scatter"_s, u"line"_s}}, {u"library"_s, {u"seaborn"_s}}}},
        {u"zzz-no-match"_s, {{u"domain"_s, {u"domain-3"_s}}}},
    };
    for (const CatalogQuery &query : queries)
        QCOMPARE(int(search.evaluate(query).matches.size()), 330);
}

void TestCatalogModels::catalogModelRoles()
{
    CatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setCatalog(m_catalog);
    QCOMPARE(model.rowCount(), 5);

    const QModelIndex scatter = model.index(model.rowOf(u"scatter-basic"_s));
    QVERIFY(scatter.isValid());
    QCOMPARE(scatter.data(Qt::DisplayRole).toString(), u"Basic Scatter Plot"_s);
    QCOMPARE(scatter.data(CatalogModel::TitleRole).toString(), u"Basic Scatter Plot"_s);
    QCOMPARE(scatter.data(CatalogModel::SpecIdRole).toString(), u"scatter-basic"_s);
    QCOMPARE(scatter.data(CatalogModel::TagsRole).toStringList(),
             (QStringList{u"scatter"_s, u"numeric"_s, u"general"_s, u"basic"_s}));
    QCOMPARE(scatter.data(CatalogModel::LibraryCountRole).toInt(), 2);
    QCOMPARE(scatter.data(CatalogModel::LibrariesRole).toStringList(), (QStringList{u"matplotlib"_s, u"seaborn"_s}));
    QCOMPARE(scatter.data(CatalogModel::BestScoreRole).toInt(), 92);
    QCOMPARE(scatter.data(CatalogModel::UpdatedRole).toDateTime(), SyntheticCatalog::utc(2026, 3, 1));
    QCOMPARE(scatter.data(CatalogModel::CreatedRole).toDateTime(), SyntheticCatalog::utc(2025, 1, 1));
    QCOMPARE(scatter.data(CatalogModel::IssueRole).toInt(), 101);
    QVERIFY(scatter.data(Qt::ToolTipRole).toString().startsWith(u"scatter-basic\nPoints for two"_s));
    // matplotlib scores best but its picture is remote: the card uses seaborn's local one.
    QCOMPARE(scatter.data(CatalogModel::PreviewPathRole).toString(),
             u"/nonexistent/scatter-basic/previews/python/seaborn/plot-light.png"_s);

    const QModelIndex heatmap = model.index(model.rowOf(u"heatmap-empty"_s));
    QCOMPARE(heatmap.data(CatalogModel::BestScoreRole).toInt(), -1);
    QCOMPARE(heatmap.data(CatalogModel::LibraryCountRole).toInt(), 0);
    QVERIFY(heatmap.data(CatalogModel::PreviewPathRole).toString().isEmpty());
    const QModelIndex bar = model.index(model.rowOf(u"bar-grouped"_s));
    QVERIFY(bar.data(CatalogModel::PreviewPathRole).toString().isEmpty()); // no picture at all

    QCOMPARE(model.roleNames().value(CatalogModel::BestScoreRole), "bestScore"_ba);
    QCOMPARE(model.roleNames().value(Qt::DisplayRole), "display"_ba);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPreviewTheme(PreviewTheme::Dark); // light only: falls back to light
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{CatalogModel::PreviewPathRole});
    QCOMPARE(scatter.data(CatalogModel::PreviewPathRole).toString(),
             u"/nonexistent/scatter-basic/previews/python/seaborn/plot-light.png"_s);

    model.setCatalog(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(u"scatter-basic"_s), -1);
}

void TestCatalogModels::previewPathResolution_data()
{
    QTest::addColumn<QString>("localPreview");
    QTest::addColumn<QString>("light");
    QTest::addColumn<QString>("dark");
    QTest::addColumn<QString>("legacy");
    QTest::addColumn<int>("theme");
    QTest::addColumn<QString>("expected");

    const int light = int(PreviewTheme::Light);
    const int dark = int(PreviewTheme::Dark);
    QTest::newRow("relative to the spec folder")
        << QString() << u"previews/python/matplotlib/plot-light.png"_s << QString() << QString() << light
        << u"/root/plots/my-spec/previews/python/matplotlib/plot-light.png"_s;
    QTest::newRow("dark wanted and present")
        << QString() << u"previews/l.png"_s << u"previews/d.png"_s << QString() << dark
        << u"/root/plots/my-spec/previews/d.png"_s;
    QTest::newRow("legacy fallback") << QString() << QString() << QString() << u"plot.png"_s << dark
                                     << u"/root/plots/my-spec/plot.png"_s;
    QTest::newRow("https is not local")
        << QString() << u"https://storage.googleapis.com/anyplot-images/plots/x/python/matplotlib/plot-light.png"_s
        << QString() << QString() << light << QString();
    QTest::newRow("file URL") << QString() << u"file:///tmp/pic.png"_s << QString() << QString() << light
                              << u"/tmp/pic.png"_s;
    QTest::newRow("absolute path") << QString() << u"/srv/pic.png"_s << QString() << QString() << light
                                   << u"/srv/pic.png"_s;
    QTest::newRow("resource path") << QString() << u":/plotbench/plots/x/p.png"_s << QString() << QString()
                                   << light << u":/plotbench/plots/x/p.png"_s;
    QTest::newRow("picture shipped beside the code wins")
        << u"my-spec/implementations/cpp/qtcharts.png"_s << u"https://example.org/p.png"_s << QString()
        << QString() << light << u"/root/plots/my-spec/implementations/cpp/qtcharts.png"_s;
    QTest::newRow("nothing") << QString() << QString() << QString() << QString() << light << QString();
}

void TestCatalogModels::previewPathResolution()
{
    QFETCH(QString, localPreview);
    QFETCH(QString, light);
    QFETCH(QString, dark);
    QFETCH(QString, legacy);
    QFETCH(int, theme);
    QFETCH(QString, expected);

    CatalogBuilder builder(CatalogOrigin{u"folder"_s, u"/root/plots"_s, u"Root"_s});
    Spec spec;
    spec.id = u"my-spec"_s;
    spec.folderPath = u"my-spec"_s;
    builder.addSpec(spec);
    Implementation impl = SyntheticCatalog::implementation(u"my-spec"_s, u"matplotlib"_s, 90, {});
    impl.localPreviewPath = localPreview;
    impl.previews.light = light;
    impl.previews.dark = dark;
    impl.previews.legacy = legacy;
    builder.addImplementation(impl);
    const CatalogPtr catalog = std::move(builder).build();

    QCOMPARE(localPreviewPath(*catalog, catalog->implementations().front(), PreviewTheme(theme)), expected);
}

void TestCatalogModels::filterModelMatches()
{
    CatalogModel source;
    source.setCatalog(m_catalog);
    CatalogFilterModel filter;
    filter.setSourceModel(&source);
    QCOMPARE(filter.rowCount(), 5);
    QCOMPARE(filter.totalCount(), 5);

    filter.setSearchText(u"scatter"_s);
    QCOMPARE(rowIds(filter), (QStringList{u"scatter-basic"_s, u"scatter-regression"_s}));
    QCOMPARE(filter.matchCount(), 2);

    filter.toggleFacetValue(u"library"_s, u"seaborn"_s);
    filter.toggleFacetValue(u"features"_s, u"regression"_s);
    QCOMPARE(rowIds(filter), QStringList{u"scatter-regression"_s});
    QVERIFY(filter.isFacetValueSelected(u"library"_s, u"seaborn"_s));

    filter.toggleFacetValue(u"features"_s, u"regression"_s); // off again
    QVERIFY(!filter.isFacetValueSelected(u"features"_s, u"regression"_s));
    QVERIFY(!filter.query().selected.contains(u"features"_s)); // empty selections are dropped
    QCOMPARE(rowIds(filter), (QStringList{u"scatter-basic"_s, u"scatter-regression"_s}));

    filter.setFacetSelection(u"plot_type"_s, {u"line"_s});
    QCOMPARE(rowIds(filter), QStringList{u"scatter-regression"_s});

    filter.clearFilters();
    QVERIFY(filter.query().isEmpty());
    QCOMPARE(filter.rowCount(), 5);

    // A source that is not a CatalogModel is refused.
    QTest::ignoreMessage(QtWarningMsg, "CatalogFilterModel: the source model must be a CatalogModel");
    CatalogWarningModel wrong;
    filter.setSourceModel(&wrong);
    QCOMPARE(filter.sourceModel(), &source);
}

void TestCatalogModels::filterModelSort_data()
{
    QTest::addColumn<int>("sortKey");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("title") << int(CatalogFilterModel::SortKey::Title)
                           << QStringList{u"line-basic"_s, u"scatter-basic"_s, u"bar-grouped"_s,
                                          u"heatmap-empty"_s, u"scatter-regression"_s};
    // bar-grouped and scatter-basic tie at 92: by id. No score sorts last.
    QTest::newRow("best score, descending") << int(CatalogFilterModel::SortKey::BestScore)
                                            << QStringList{u"line-basic"_s, u"bar-grouped"_s, u"scatter-basic"_s,
                                                           u"scatter-regression"_s, u"heatmap-empty"_s};
    QTest::newRow("updated, newest first") << int(CatalogFilterModel::SortKey::Updated)
                                           << QStringList{u"bar-grouped"_s, u"scatter-basic"_s, u"heatmap-empty"_s,
                                                          u"line-basic"_s, u"scatter-regression"_s};
}

void TestCatalogModels::filterModelSort()
{
    QFETCH(int, sortKey);
    QFETCH(QStringList, expected);

    CatalogModel source;
    source.setCatalog(m_catalog);
    CatalogFilterModel filter;
    filter.setSourceModel(&source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // From another key to the one under test, so the change itself is exercised.
    filter.setSortKey(sortKey == int(CatalogFilterModel::SortKey::Updated) ? CatalogFilterModel::SortKey::Title
                                                                          : CatalogFilterModel::SortKey::Updated);
    filter.setSortKey(CatalogFilterModel::SortKey(sortKey));
    QCOMPARE(rowIds(filter), expected);

    // The order holds under filtering, and survives a new catalog.
    filter.setSearchText(u"a"_s);
    QStringList filtered = expected;
    filtered.removeIf([this](const QString &id) {
        const CatalogSearch search(*m_catalog);
        return !matchingIds(*m_catalog, search.evaluate({u"a"_s, {}})).contains(id);
    });
    QCOMPARE(rowIds(filter), filtered);
    source.setCatalog(SyntheticCatalog::build());
    QCOMPARE(rowIds(filter), filtered);
}

void TestCatalogModels::filterModelSignalsOncePerChange()
{
    CatalogModel source;
    source.setCatalog(m_catalog);
    CatalogFilterModel filter;
    filter.setSourceModel(&source);
    QSignalSpy queries(&filter, &CatalogFilterModel::queryChanged);
    QSignalSpy results(&filter, &CatalogFilterModel::resultsChanged);
    QSignalSpy catalogs(&filter, &CatalogFilterModel::catalogChanged);

    filter.setSearchText(u"bar"_s);
    QCOMPARE(queries.size(), 1);
    QCOMPARE(results.size(), 1);
    QCOMPARE(queries.first().first().value<CatalogQuery>().text, u"bar"_s);
    filter.setSearchText(u"bar"_s); // no change, no work
    filter.setFacetSelection(u"domain"_s, {});
    QCOMPARE(queries.size(), 1);
    QCOMPARE(results.size(), 1);

    source.setCatalog(SyntheticCatalog::build());
    QCOMPARE(catalogs.size(), 1);
    QCOMPARE(results.size(), 2);
    QCOMPARE(filter.query().text, u"bar"_s); // the query survives a reload
    QCOMPARE(rowIds(filter), QStringList{u"bar-grouped"_s});
}

void TestCatalogModels::modelsUnderTesterWhileEverythingChanges()
{
    CatalogModel source;
    CatalogFilterModel filter;
    filter.setSourceModel(&source);
    FacetModel facets;
    facets.setFilterModel(&filter);
    ImplementationModel implementations;
    CatalogWarningModel warnings;

    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester sourceTester(&source, mode);
    QAbstractItemModelTester filterTester(&filter, mode);
    QAbstractItemModelTester facetTester(&facets, mode);
    QAbstractItemModelTester implementationTester(&implementations, mode);
    QAbstractItemModelTester warningTester(&warnings, mode);

    const CatalogPtr big = bigCatalog();
    for (const CatalogPtr &catalog : {m_catalog, big, CatalogPtr(), m_catalog}) {
        source.setCatalog(catalog);
        warnings.setWarnings(catalog ? catalog->warnings() : CatalogWarnings());
        for (const QString &text : {u"s"_s, u"sc"_s, u"scatter"_s, u"scatter zzz"_s, QString()}) {
            filter.setSearchText(text);
            QCOMPARE(filter.rowCount(), filter.matchCount());
        }
        for (const QString &key : CatalogSearch::facetKeys()) {
            const QStringList values = filter.search().facetValues(key).mid(0, 2);
            for (const QString &value : values) {
                const QModelIndex index = facets.valueIndex(key, value);
                QVERIFY(index.isValid());
                QVERIFY(facets.setData(index, Qt::Checked, Qt::CheckStateRole));
                QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
                QCOMPARE(filter.rowCount(), filter.matchCount());
            }
        }
        for (auto key : {CatalogFilterModel::SortKey::BestScore, CatalogFilterModel::SortKey::Updated,
                         CatalogFilterModel::SortKey::Title})
            filter.setSortKey(key);
        if (catalog && !catalog->specs().empty())
            implementations.setSpec(catalog, catalog->specs().front().id);
        else
            implementations.setSpec(catalog, u"none"_s);
        filter.clearFilters();
        QCOMPARE(filter.rowCount(), catalog ? int(catalog->specs().size()) : 0);
    }
}

void TestCatalogModels::facetModelStructure()
{
    CatalogModel source;
    source.setCatalog(m_catalog);
    CatalogFilterModel filter;
    filter.setSourceModel(&source);
    FacetModel facets;
    QAbstractItemModelTester tester(&facets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    facets.setFilterModel(&filter);

    QCOMPARE(facets.rowCount(), 5);
    QStringList names;
    for (int row = 0; row < facets.rowCount(); ++row)
        names << facets.index(row, 0).data().toString();
    QCOMPARE(names, (QStringList{u"Plot type"_s, u"Data type"_s, u"Domain"_s, u"Features"_s, u"Library"_s}));
    QVERIFY(!(facets.flags(facets.index(0, 0)) & Qt::ItemIsUserCheckable));

    const QModelIndex plotType = facets.categoryIndex(u"plot_type"_s);
    QCOMPARE(facets.rowCount(plotType), 4);
    QStringList values;
    for (int row = 0; row < facets.rowCount(plotType); ++row)
        values << facets.index(row, 0, plotType).data().toString();
    QCOMPARE(values, (QStringList{u"line (2)"_s, u"scatter (2)"_s, u"bar (1)"_s, u"heatmap (1)"_s}));

    const QModelIndex scatter = facets.valueIndex(u"plot_type"_s, u"scatter"_s);
    QCOMPARE(scatter.parent(), plotType);
    QCOMPARE(scatter.data(FacetModel::CountRole).toInt(), 2);
    QCOMPARE(scatter.data(FacetModel::ValueRole).toString(), u"scatter"_s);
    QCOMPARE(scatter.data(FacetModel::FacetKeyRole).toString(), u"plot_type"_s);
    QCOMPARE(scatter.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(facets.flags(scatter) & Qt::ItemIsUserCheckable);
    QVERIFY(facets.flags(scatter) & Qt::ItemIsEnabled);
}

void TestCatalogModels::facetModelToggleUpdatesCountsWithoutReset()
{
    CatalogModel source;
    source.setCatalog(m_catalog);
    CatalogFilterModel filter;
    filter.setSourceModel(&source);
    FacetModel facets;
    facets.setFilterModel(&filter);
    QAbstractItemModelTester tester(&facets, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy resets(&facets, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&facets, &QAbstractItemModel::dataChanged);

    const QModelIndex scatter = facets.valueIndex(u"plot_type"_s, u"scatter"_s);
    QVERIFY(facets.setData(scatter, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(filter.isFacetValueSelected(u"plot_type"_s, u"scatter"_s));
    QCOMPARE(filter.matchCount(), 2);
    QCOMPARE(scatter.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(facets.categoryIndex(u"plot_type"_s).data(FacetModel::CountRole).toInt(), 1);
    QCOMPARE(facets.valueIndex(u"library"_s, u"plotly"_s).data().toString(), u"plotly (0)"_s);
    QCOMPARE(facets.valueIndex(u"library"_s, u"matplotlib"_s).data().toString(), u"matplotlib (2)"_s);
    QCOMPARE(resets.size(), 0);
    QVERIFY(changes.size() > 0);

    // Typing changes counts the same way.
    changes.clear();
    filter.setSearchText(u"regression"_s);
    QCOMPARE(facets.valueIndex(u"library"_s, u"matplotlib"_s).data(FacetModel::CountRole).toInt(), 1);
    QCOMPARE(resets.size(), 0);
    QVERIFY(changes.size() > 0);

    // Unchecking through the model again.
    QVERIFY(facets.setData(scatter, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!filter.isFacetValueSelected(u"plot_type"_s, u"scatter"_s));
    // Setting the state it already has is accepted and changes nothing.
    QVERIFY(facets.setData(scatter, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!filter.isFacetValueSelected(u"plot_type"_s, u"scatter"_s));
    QVERIFY(!facets.setData(scatter, u"x"_s, Qt::DisplayRole));
    QCOMPARE(resets.size(), 0);

    // A new catalog may bring other values: that one is a reset.
    source.setCatalog(SyntheticCatalog::build());
    QCOMPARE(resets.size(), 1);
}

void TestCatalogModels::facetModelKeepsZeroCountValuesDisabled()
{
    CatalogModel source;
    source.setCatalog(m_catalog);
    CatalogFilterModel filter;
    filter.setSourceModel(&source);
    FacetModel facets;
    facets.setFilterModel(&filter);

    QVERIFY(facets.setData(facets.valueIndex(u"plot_type"_s, u"scatter"_s), Qt::Checked, Qt::CheckStateRole));
    filter.setSearchText(u"grouped"_s); // only bar-grouped: scatter's count drops to 0

    const QModelIndex scatter = facets.valueIndex(u"plot_type"_s, u"scatter"_s);
    const QModelIndex heatmap = facets.valueIndex(u"plot_type"_s, u"heatmap"_s);
    QCOMPARE(scatter.data(FacetModel::CountRole).toInt(), 0);
    QCOMPARE(heatmap.data(FacetModel::CountRole).toInt(), 0);
    QVERIFY(facets.flags(scatter) & Qt::ItemIsEnabled);  // selected: stays usable to uncheck
    QVERIFY(!(facets.flags(heatmap) & Qt::ItemIsEnabled));
    // Still listed, in the same place.
    QCOMPARE(facets.index(3, 0, facets.categoryIndex(u"plot_type"_s)), heatmap);
    QCOMPARE(facets.index(1, 0, facets.categoryIndex(u"plot_type"_s)), scatter);

    // A value selected from outside the panel that the catalog does not know is listed too.
    CatalogQuery query = filter.query();
    query.selected[u"domain"_s] = {u"astronomy"_s};
    filter.setQuery(query);
    const QModelIndex astronomy = facets.valueIndex(u"domain"_s, u"astronomy"_s);
    QVERIFY(astronomy.isValid());
    QCOMPARE(astronomy.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(facets.flags(astronomy) & Qt::ItemIsEnabled);
}

void TestCatalogModels::implementationModel()
{
    ImplementationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpec(m_catalog, u"line-basic"_s);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ImplementationModel::ColumnCount));
    QCOMPARE(model.headerData(ImplementationModel::QualityScoreColumn, Qt::Horizontal).toString(),
             u"Quality score"_s);

    const int plotly = model.rowOf(u"plotly"_s);
    QVERIFY(plotly >= 0);
    const auto cell = [&model, plotly](int column, int role = Qt::DisplayRole) {
        return model.index(plotly, column).data(role);
    };
    QCOMPARE(cell(ImplementationModel::LibraryColumn).toString(), u"plotly"_s);
    QCOMPARE(cell(ImplementationModel::LanguageColumn).toString(), u"python"_s);
    QCOMPARE(cell(ImplementationModel::LibraryVersionColumn).toString(), u"3.9.0"_s);
    QCOMPARE(cell(ImplementationModel::PythonVersionColumn).toString(), u"3.13"_s);
    QCOMPARE(cell(ImplementationModel::QualityScoreColumn).toString(), u"95"_s);
    QCOMPARE(cell(ImplementationModel::QualityScoreColumn, ImplementationModel::SortRole).toInt(), 95);
    QCOMPARE(cell(ImplementationModel::VerdictColumn).toString(), Review::verdictText(Verdict::Approved));
    QCOMPARE(cell(ImplementationModel::UpdatedColumn, ImplementationModel::SortRole).toDateTime(),
             SyntheticCatalog::utc(2026, 1, 10));
    QVERIFY(!cell(ImplementationModel::UpdatedColumn).toString().isEmpty());
    QCOMPARE(cell(0, ImplementationModel::LibraryIdRole).toString(), u"plotly"_s);
    QCOMPARE(cell(0, ImplementationModel::SpecIdRole).toString(), u"line-basic"_s);
    QCOMPARE(cell(0, ImplementationModel::CodePathRole).toString(), u"line-basic/implementations/python/plotly.py"_s);
    QCOMPARE(cell(0, ImplementationModel::ImplementationRole).value<const Implementation *>(),
             m_catalog->implementation(u"line-basic"_s, u"plotly"_s));
    QCOMPARE(model.implementation(plotly), m_catalog->implementation(u"line-basic"_s, u"plotly"_s));
    QCOMPARE(model.implementation(99), nullptr);

    // Display names come from Library::byId.
    CatalogBuilder builder(CatalogOrigin{u"folder"_s, u"/x"_s, u"X"_s});
    Spec spec;
    spec.id = u"s"_s;
    builder.addSpec(spec);
    Implementation letsplot = SyntheticCatalog::implementation(u"s"_s, u"letsplot"_s, 80, {});
    letsplot.qualityScore.reset();
    builder.addImplementation(letsplot);
    model.setSpec(std::move(builder).build(), u"s"_s);
    QCOMPARE(model.index(0, ImplementationModel::LibraryColumn).data().toString(), u"lets-plot"_s);
    QVERIFY(model.index(0, ImplementationModel::QualityScoreColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, 0).data(ImplementationModel::QualityScoreRole).toInt(), -1);

    model.setSpec(m_catalog, u"heatmap-empty"_s);
    QCOMPARE(model.rowCount(), 0);
    model.setSpec(nullptr, u"line-basic"_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestCatalogModels::warningModel()
{
    CatalogWarningModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWarnings(m_catalog->warnings());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 2);

    int errorRow = -1;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(CatalogWarningModel::SeverityRole).toInt() == int(CatalogWarning::Severity::Error))
            errorRow = row;
    QVERIFY(errorRow >= 0);
    QCOMPARE(model.index(errorRow, CatalogWarningModel::SeverityColumn).data().toString(), u"Error"_s);
    QCOMPARE(model.index(errorRow, CatalogWarningModel::KindColumn).data().toString(),
             CatalogWarning::kindText(CatalogWarning::Kind::MissingFile));
    QCOMPARE(model.index(errorRow, CatalogWarningModel::PathColumn).data().toString(),
             u"broken-spec/specification.yaml"_s);
    QVERIFY(model.index(errorRow, CatalogWarningModel::LineColumn).data().toString().isEmpty()); // line 0
    QCOMPARE(model.index(errorRow, CatalogWarningModel::MessageColumn).data().toString(),
             u"specification.yaml is missing"_s);
    QCOMPARE(model.index(0, CatalogWarningModel::LineColumn).data().toString(), u"12"_s);
    QCOMPARE(model.index(0, CatalogWarningModel::LineColumn).data(CatalogWarningModel::SortRole).toInt(), 12);
    QCOMPARE(model.headerData(CatalogWarningModel::KindColumn, Qt::Horizontal).toString(), u"Kind"_s);

    model.setWarnings({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCatalogModels::previewImageLoaderLoadsOffThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plot.png"_s);
    QImage big(1600, 900, QImage::Format_RGB32);
    big.fill(Qt::darkGreen);
    QVERIFY(big.save(path));

    PreviewImageLoader loader;
    QSignalSpy ready(&loader, &PreviewImageLoader::thumbnailReady);
    const QSize size(240, 240);
    QVERIFY(loader.thumbnail(path, size).isNull()); // never blocks: null now, ready later
    QVERIFY(loader.isLoading(path, size));
    QVERIFY(loader.thumbnail(path, size).isNull()); // a second request does not start a second load
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(ready.first().first().toString(), path);

    const QImage thumbnail = loader.thumbnail(path, size);
    QCOMPARE(thumbnail.size(), QSize(240, 135)); // aspect ratio kept
    QCOMPARE(thumbnail.pixelColor(120, 60), QColor(Qt::darkGreen));
    QVERIFY(!loader.isLoading(path, size));

    // Unreadable files fail once and are not retried.
    const QString missing = dir.filePath(u"missing.png"_s);
    QVERIFY(loader.thumbnail(missing, size).isNull());
    QVERIFY(ready.wait(5000));
    QVERIFY(loader.isUnavailable(missing, size));
    QVERIFY(loader.thumbnail(missing, size).isNull());
    QVERIFY(!loader.isLoading(missing, size));
    loader.clear();
    QVERIFY(!loader.isUnavailable(missing, size));
}

void TestCatalogModels::previewImageLoaderRefusesRemote()
{
    PreviewImageLoader loader;
    const QString url = u"https://storage.googleapis.com/anyplot-images/plots/a/python/matplotlib/plot-light.png"_s;
    QVERIFY(loader.thumbnail(url, {100, 100}).isNull());
    QVERIFY(!loader.isLoading(url, {100, 100}));
    QVERIFY(loader.isUnavailable(url, {100, 100}));
    QVERIFY(loader.thumbnail(QString(), {100, 100}).isNull());
    QVERIFY(!PreviewImageLoader::isLocalPath(url));
    QVERIFY(PreviewImageLoader::isLocalPath(u":/x.png"_s));
    QVERIFY(PreviewImageLoader::isLocalPath(u"/tmp/x.png"_s));
    QVERIFY(PreviewImageLoader::isLocalPath(u"file:///tmp/x.png"_s));
}

QTEST_GUILESS_MAIN(TestCatalogModels)
#include "tst_catalogmodels.moc"
