// Search and facets as the browser drives them, on the real-size catalog: every keystroke of a
// typed query and every facet click goes through CatalogFilterModel (evaluate, re-filter, re-sort)
// and FacetModel (live counts). Baseline in the same run: CatalogSearch::evaluate alone.
#include "realsizecatalog.h"

#include "catalogfiltermodel.h"
#include "catalogmodel.h"
#include "catalogsearch.h"
#include "facetmodel.h"
#include "foldercatalogsource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
struct Timings
{
    std::vector<double> ms;
    void add(const QElapsedTimer &timer) { ms.push_back(double(timer.nsecsElapsed()) / 1e6); }
    double median() { std::sort(ms.begin(), ms.end()); return ms[ms.size() / 2]; }
    double max() const { return *std::max_element(ms.begin(), ms.end()); }
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir work;
    RealSizeCatalog::write(QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample/plots"_s,
                           work.path() + u"/plots"_s);
    const CatalogPtr catalog = CatalogLoader::loadBlocking(FolderCatalogSource(work.path(), {false, {}}));

    CatalogModel source;
    source.setCatalog(catalog);
    CatalogFilterModel filter;
    filter.setSourceModel(&source);
    FacetModel facets;
    facets.setFilterModel(&filter);
    filter.sort(0);

    const QString typed = u"scatter regression line"_s;
    const QString facetKeys[] = {u"plot_type"_s, u"library"_s, u"domain"_s};
    Timings keystrokes;
    Timings evaluateOnly;
    const CatalogSearch search(*catalog);
    for (int round = 0; round < 10; ++round) {
        for (qsizetype i = 1; i <= typed.size(); ++i) {
            QElapsedTimer timer;
            timer.start();
            filter.setSearchText(typed.left(i));
            keystrokes.add(timer);
            timer.restart();
            search.evaluate({typed.left(i), {}});
            evaluateOnly.add(timer);
        }
        for (const QString &key : facetKeys) { // click the top value of each facet, then unclick
            const QString value = search.facetValues(key).value(round % 3);
            for (int click = 0; click < 2; ++click) {
                QElapsedTimer timer;
                timer.start();
                filter.toggleFacetValue(key, value);
                keystrokes.add(timer);
            }
        }
        filter.setSearchText({});
    }
    std::printf("bench: %d specs, %d implementations, %zu updates through the filter and facet models\n",
                int(catalog->specs().size()), int(catalog->implementations().size()), keystrokes.ms.size());
    const double median = keystrokes.median();
    const double evaluate = evaluateOnly.median();
    std::printf("bench: %-34s %8.3f ms median, %.3f ms max   (budget 10 ms; %.1f× CatalogSearch::evaluate alone, %.3f ms)\n",
                "search/facet update per keystroke", median, keystrokes.max(), median / evaluate, evaluate);
    return 0;
}
