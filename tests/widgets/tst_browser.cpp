// The browsing widgets on a synthetic catalog, offscreen: search and facets change the visible
// cards and the counts, cards open specs, the spec page shows the spec and loads code off the GUI
// thread, the problems panel lists warnings.
//
// Set PLOTBENCH_SCREENSHOT_DIR to keep PNG grabs of the browser and the spec page for a look.

#include "../common/syntheticcatalog.h"

#include "catalogbrowser.h"
#include "catalogfiltermodel.h"
#include "catalogmodel.h"
#include "catalogproblemspanel.h"
#include "codeview.h"
#include "facetmodel.h"
#include "implementationmodel.h"
#include "previewimageloader.h"
#include "specpage.h"
#include "speccarddelegate.h"
#include "theme.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
// Cards the grid has laid out inside its viewport.
int visibleCardCount(QListView *view)
{
    int visible = 0;
    const QRect viewport = view->viewport()->rect();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        if (rect.isValid() && viewport.intersects(rect))
            ++visible;
    }
    return visible;
}

QStringList shownIds(QListView *view)
{
    QStringList ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids << view->model()->index(row, 0).data(CatalogModel::SpecIdRole).toString();
    return ids;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PLOTBENCH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir % u'/' % name);
}
} // namespace

class TestBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void searchChangesVisibleCards();
    void facetChangesCountsAndLabel();
    void sortBoxOrdersCards();
    void activatingACardEmitsSpecActivated();
    void emptyStates();
    void cardsPaintThumbnailsAndPlaceholders();
    void scoreColors_data();
    void scoreColors();

    void specPageShowsTheSpec();
    void specPageLoadsCodeOfTheSelectedImplementation();
    void specPageIgnoresStaleCode();
    void specPageReportsMissingCode();
    void specPageUnknownSpec();

    void problemsPanelListsWarnings();

private:
    QTemporaryDir m_root;
    CatalogPtr m_catalog;
};

void TestBrowser::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_catalog = SyntheticCatalog::build(m_root.path());
    QVERIFY(SyntheticCatalog::writeFiles(m_catalog, m_root.path()));
}

void TestBrowser::searchChangesVisibleCards()
{
    CatalogBrowser browser;
    browser.resize(1200, 800);
    browser.setCatalog(m_catalog);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));

    QTRY_COMPARE(visibleCardCount(browser.resultView()), 5);
    QCOMPARE(browser.resultLabel()->text(), u"5 specs"_s);

    QTest::keyClicks(browser.searchField(), u"scatter"_s);
    QCOMPARE(browser.filterModel()->query().text, u"scatter"_s);
    QTRY_COMPARE(visibleCardCount(browser.resultView()), 2);
    QCOMPARE(browser.resultLabel()->text(), u"2 of 5 specs"_s);

    QTest::keyClicks(browser.searchField(), u" regr"_s);
    QTRY_COMPARE(visibleCardCount(browser.resultView()), 1);
    QCOMPARE(shownIds(browser.resultView()), QStringList{u"scatter-regression"_s});

    browser.searchField()->clear();
    QTRY_COMPARE(visibleCardCount(browser.resultView()), 5);
    QCOMPARE(browser.resultLabel()->text(), u"5 specs"_s);
}

void TestBrowser::facetChangesCountsAndLabel()
{
    CatalogBrowser browser;
    browser.resize(1200, 800);
    browser.setCatalog(m_catalog);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));

    FacetModel *facets = browser.facetModel();
    QTreeView *tree = browser.facetView();
    const QModelIndex plotly = facets->valueIndex(u"library"_s, u"plotly"_s);
    QVERIFY(plotly.isValid());
    QCOMPARE(plotly.data().toString(), u"plotly (2)"_s);
    tree->scrollTo(plotly);
    const QRect rect = tree->visualRect(plotly);
    QVERIFY(rect.isValid());

    // A click anywhere on the row checks the value.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(plotly.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(browser.filterModel()->matchCount(), 2);
    QCOMPARE(browser.resultLabel()->text(), u"2 of 5 specs"_s);
    QTRY_COMPARE(visibleCardCount(browser.resultView()), 2);
    // Other facets count within the library selection; the library facet ignores its own.
    QCOMPARE(facets->valueIndex(u"plot_type"_s, u"scatter"_s).data().toString(), u"scatter (0)"_s);
    QVERIFY(!(facets->flags(facets->valueIndex(u"plot_type"_s, u"scatter"_s)) & Qt::ItemIsEnabled));
    QCOMPARE(facets->valueIndex(u"library"_s, u"seaborn"_s).data().toString(), u"seaborn (2)"_s);

    // Text narrows the facet counts too.
    QTest::keyClicks(browser.searchField(), u"line"_s);
    QCOMPARE(browser.resultLabel()->text(), u"1 of 5 specs"_s);
    QCOMPARE(facets->valueIndex(u"library"_s, u"seaborn"_s).data().toString(), u"seaborn (1)"_s);

    // Clicking again unchecks.
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(plotly).center());
    QCOMPARE(plotly.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(browser.resultLabel()->text(), u"2 of 5 specs"_s); // "line" alone
}

void TestBrowser::sortBoxOrdersCards()
{
    CatalogBrowser browser;
    browser.setCatalog(m_catalog);
    auto *sortBox = browser.findChild<QComboBox *>(u"catalogSortBox"_s);
    QVERIFY(sortBox);
    QCOMPARE(shownIds(browser.resultView()).first(), u"line-basic"_s); // "Basic Line Chart"
    sortBox->setCurrentIndex(sortBox->findData(int(CatalogFilterModel::SortKey::Updated)));
    QCOMPARE(shownIds(browser.resultView()).first(), u"bar-grouped"_s);
    sortBox->setCurrentIndex(sortBox->findData(int(CatalogFilterModel::SortKey::BestScore)));
    QCOMPARE(shownIds(browser.resultView()),
             (QStringList{u"line-basic"_s, u"bar-grouped"_s, u"scatter-basic"_s, u"scatter-regression"_s,
                          u"heatmap-empty"_s}));
}

void TestBrowser::activatingACardEmitsSpecActivated()
{
    CatalogBrowser browser;
    browser.resize(1200, 800);
    browser.setCatalog(m_catalog);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QSignalSpy activated(&browser, &CatalogBrowser::specActivated);

    QListView *view = browser.resultView();
    QTRY_COMPARE(visibleCardCount(view), 5);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().first().toString(), u"scatter-basic"_s);

    // A double-click is a click followed by a double-click event, as a real mouse sends it.
    const QModelIndex last = view->model()->index(4, 0);
    const QPoint centre = view->visualRect(last).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().first().toString(), u"scatter-regression"_s);
}

void TestBrowser::emptyStates()
{
    CatalogBrowser browser;
    auto *stack = browser.resultView()->parentWidget();
    auto *stacked = qobject_cast<QStackedWidget *>(stack);
    QVERIFY(stacked);
    auto *emptyTitle = browser.findChild<QLabel *>(u"emptyStateTitle"_s);
    QVERIFY(emptyTitle);

    QCOMPARE(stacked->currentIndex(), 1);
    QCOMPARE(emptyTitle->text(), u"No catalog loaded"_s);
    browser.setLoading(true);
    QCOMPARE(emptyTitle->text(), u"Loading catalog…"_s);
    browser.setLoading(false);

    browser.setCatalog(m_catalog);
    QCOMPARE(stacked->currentWidget(), browser.resultView());
    browser.searchField()->setText(u"no such plot"_s);
    QCOMPARE(stacked->currentIndex(), 1);
    QCOMPARE(emptyTitle->text(), u"No spec matches"_s);
    QCOMPARE(browser.resultLabel()->text(), u"0 of 5 specs"_s);

    // The clear button brings everything back, the search text included.
    auto *clear = browser.findChild<QPushButton *>(u"clearFiltersButton"_s);
    QVERIFY(clear && clear->isEnabled());
    clear->click();
    QVERIFY(browser.searchField()->text().isEmpty());
    QCOMPARE(stacked->currentWidget(), browser.resultView());
    QVERIFY(!clear->isEnabled());
}

void TestBrowser::cardsPaintThumbnailsAndPlaceholders()
{
    CatalogBrowser browser;
    browser.resize(1280, 760);
    browser.setCatalog(m_catalog);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QTRY_COMPARE(visibleCardCount(browser.resultView()), 5);

    // Two cards have local previews (scatter-basic, line-basic); they arrive asynchronously and
    // repaint the grid. The others draw the placeholder.
    QSignalSpy ready(browser.previewLoader(), &PreviewImageLoader::thumbnailReady);
    browser.resultView()->viewport()->repaint();
    QTRY_COMPARE(ready.size(), 2);
    const QImage grab = browser.resultView()->viewport()->grab().toImage();
    QVERIFY(!grab.isNull());

    // The thumbnail of line-basic (plotly's picture) shows the plot's green bars.
    const QModelIndex line = browser.resultView()->model()->index(0, 0);
    QCOMPARE(line.data(CatalogModel::SpecIdRole).toString(), u"line-basic"_s);
    const QRect card = browser.resultView()->visualRect(line);
    bool sawGreen = false;
    const qreal dpr = grab.devicePixelRatio();
    for (int x = card.left(); x < card.right() && !sawGreen; x += 2)
        for (int y = card.top(); y < card.top() + 140 && !sawGreen; y += 2)
            sawGreen = grab.pixelColor(QPoint(int(x * dpr), int(y * dpr))) == QColor(0x00, 0x9E, 0x73);
    QVERIFY(sawGreen);

    saveScreenshot(&browser, u"browser.png"_s);
}

void TestBrowser::scoreColors_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<QColor>("color");
    QTest::newRow("100") << 100 << QColor(0x00, 0x9E, 0x73);
    QTest::newRow("90") << 90 << QColor(0x00, 0x9E, 0x73);
    QTest::newRow("89") << 89 << QColor(0xE6, 0x9F, 0x00);
    QTest::newRow("80") << 80 << QColor(0xE6, 0x9F, 0x00);
    QTest::newRow("79") << 79 << QColor(0xD5, 0x5E, 0x00);
    QTest::newRow("0") << 0 << QColor(0xD5, 0x5E, 0x00);
}

void TestBrowser::scoreColors()
{
    QFETCH(int, score);
    QFETCH(QColor, color);
    QCOMPARE(PlotTheme::scoreColor(score), color);
}

void TestBrowser::specPageShowsTheSpec()
{
    SpecPage page;
    page.resize(1280, 800);
    page.setSpec(m_catalog, u"scatter-basic"_s);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QCOMPARE(page.titleLabel()->text(), u"Basic Scatter Plot"_s);
    QVERIFY(page.findChild<QLabel *>(u"specId"_s)->text() == u"scatter-basic"_s);
    QVERIFY(page.issueLabel()->isVisible());
    QVERIFY(page.issueLabel()->text().contains(u"https://github.com/MarkusNeusinger/anyplot/issues/101"_s));
    const QString document = page.documentView()->toPlainText();
    QVERIFY2(document.contains(u"Points for two numeric variables."_s), qPrintable(document)); // Markdown rendered
    QVERIFY(document.contains(u"Applications"_s));
    QVERIFY(document.contains(u"Exploring a relationship"_s));
    QVERIFY(document.contains(u"Keep it simple"_s));
    QVERIFY(page.findChild<QLabel *>(u"specTags"_s)->text().contains(u"general"_s));
    QVERIFY(page.findChild<QLabel *>(u"specMeta"_s)->text().startsWith(u"Created "_s));

    QCOMPARE(page.implementationView()->model()->rowCount(), 2);
    // Sorted by score, best first.
    QCOMPARE(page.implementationView()->model()->index(0, ImplementationModel::LibraryColumn).data().toString(),
             u"matplotlib"_s);
    QCOMPARE(page.implementationView()->model()->index(1, ImplementationModel::QualityScoreColumn).data().toString(),
             u"85"_s);

    // A spec without an issue hides the link.
    page.setSpec(m_catalog, u"line-basic"_s);
    QCOMPARE(page.titleLabel()->text(), u"Basic Line Chart"_s);
    QVERIFY(!page.issueLabel()->isVisible());
}

void TestBrowser::specPageLoadsCodeOfTheSelectedImplementation()
{
    SpecPage page;
    page.resize(1280, 800);
    page.setSpec(m_catalog, u"line-basic"_s);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // The best-scored implementation is selected at once and its code arrives off-thread.
    QCOMPARE(page.selectedLibraryId(), u"plotly"_s);
    QTRY_COMPARE(page.codeView()->code(), SyntheticCatalog::code(u"line-basic"_s, u"plotly"_s));
    QCOMPARE(page.codeView()->language(), u"python"_s);
    QVERIFY(!page.codeView()->isPlaceholderShown());

    // Selecting another row in the table shows that one.
    QTableView *table = page.implementationView();
    const QModelIndex matplotlib = table->model()->index(1, 0);
    QCOMPARE(matplotlib.data(ImplementationModel::LibraryIdRole).toString(), u"matplotlib"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(matplotlib).center());
    QCOMPARE(page.selectedLibraryId(), u"matplotlib"_s);
    QTRY_COMPARE(page.codeView()->code(), SyntheticCatalog::code(u"line-basic"_s, u"matplotlib"_s));
    QVERIFY(page.codeView()->title().contains(u"matplotlib.py"_s));

    saveScreenshot(&page, u"specpage.png"_s);
}

void TestBrowser::specPageIgnoresStaleCode()
{
    SpecPage page;
    page.setSpec(m_catalog, u"scatter-basic"_s);
    // Three quick selections: only the last one's code may end up on screen.
    QVERIFY(page.selectImplementation(u"seaborn"_s));
    QVERIFY(page.selectImplementation(u"matplotlib"_s));
    QVERIFY(page.selectImplementation(u"seaborn"_s));
    QTRY_COMPARE(page.codeView()->code(), SyntheticCatalog::code(u"scatter-basic"_s, u"seaborn"_s));
    QTest::qWait(100); // let the older loads finish too
    QCOMPARE(page.codeView()->code(), SyntheticCatalog::code(u"scatter-basic"_s, u"seaborn"_s));
    QVERIFY(!page.selectImplementation(u"plotly"_s));

    // Moving to another spec drops a load still under way for the previous one.
    page.setSpec(m_catalog, u"line-basic"_s);
    page.setSpec(m_catalog, u"heatmap-empty"_s);
    QTest::qWait(100);
    QVERIFY(page.codeView()->isPlaceholderShown());
    QCOMPARE(page.implementationView()->model()->rowCount(), 0);
}

void TestBrowser::specPageReportsMissingCode()
{
    SpecPage page;
    page.setSpec(m_catalog, u"bar-grouped"_s); // its code file was not written
    QTRY_VERIFY(page.codeView()->placeholder().contains(u"cannot be read"_s));
    QVERIFY(page.codeView()->isPlaceholderShown());
}

void TestBrowser::specPageUnknownSpec()
{
    SpecPage page;
    page.setSpec(m_catalog, u"no-such-spec"_s);
    QCOMPARE(page.titleLabel()->text(), u"Spec not found"_s);
    QCOMPARE(page.implementationView()->model()->rowCount(), 0);
    page.setSpec(nullptr, QString());
    QCOMPARE(page.titleLabel()->text(), u"Spec not found"_s);
}

void TestBrowser::problemsPanelListsWarnings()
{
    CatalogProblemsPanel panel;
    panel.resize(1000, 300);
    QCOMPARE(panel.summaryLabel()->text(), u"No problems"_s);
    panel.setWarnings(m_catalog->warnings());
    QCOMPARE(panel.view()->model()->rowCount(), 3);
    QCOMPARE(panel.summaryLabel()->text(), u"Errors: 1, warnings: 2"_s);
    // Errors sort first.
    QCOMPARE(panel.view()->model()->index(0, 0).data().toString(), u"Error"_s);

    QTest::keyClicks(panel.filterField(), u"SEABORN"_s);
    QCOMPARE(panel.visibleCount(), 1);
    QVERIFY(panel.summaryLabel()->text().startsWith(u"1 of 3 shown"_s));
    QCOMPARE(panel.view()->model()->index(0, 2).data().toString(), u"scatter-basic/metadata/python/seaborn.yaml"_s);

    QSignalSpy activated(&panel, &CatalogProblemsPanel::problemActivated);
    Q_EMIT panel.view()->activated(panel.view()->model()->index(0, 4));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toString(), u"scatter-basic/metadata/python/seaborn.yaml"_s);
    QCOMPARE(activated.first().at(1).toInt(), 12);

    panel.filterField()->clear();
    QCOMPARE(panel.visibleCount(), 3);
    panel.setWarnings({});
    QCOMPARE(panel.summaryLabel()->text(), u"No problems"_s);
}

QTEST_MAIN(TestBrowser)
#include "tst_browser.moc"
