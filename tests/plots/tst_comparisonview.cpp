// The comparison view on the embedded catalog, offscreen: tiles with previews, badges and the live
// native chart; library picking; arrow keys; the large view with code, review tree and tags;
// "Plot my data" mapping and problems; export. Screenshots go to the temp folder for a look.
#include "catalogsources.h"
#include "codeview.h"
#include "comparisonpreviews.h"
#include "comparisontile.h"
#include "comparisonview.h"
#include "criteriamodel.h"
#include "nativechartview.h"
#include "plotdatapanel.h"
#include "exportimagedialog.h"
#include "plotimplementation.h"
#include "plotmapping.h"
#include <QSpinBox>
#include "previewimageloader.h"
#include "previewimagewidget.h"
#include "runlocallypanel.h"
#include <QPushButton>
#include "tiledetaildialog.h"
#include "zoomableimageview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QDateTimeAxis>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QXYSeries>

using namespace Qt::StringLiterals;

namespace {
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString path = QDir::tempPath() + u"/plotbench-"_s + name + u".png"_s;
    widget->grab().save(path);
    qInfo("screenshot: %s", qPrintable(path));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1A, 0x1A, 0x17));
    p.setColor(QPalette::WindowText, QColor(0xF0, 0xEF, 0xE8));
    p.setColor(QPalette::Base, QColor(0x24, 0x24, 0x20));
    p.setColor(QPalette::Text, QColor(0xF0, 0xEF, 0xE8));
    return p;
}
} // namespace

class TestComparisonView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tilesForEveryImplementation();
    void themedPreviewPaths();
    void pickLibrariesAndResizeTogether();
    void arrowKeysMoveBetweenTiles();
    void largeViewHasCodeReviewAndTags();
    void criteriaModelTree();
    void mappingProblemsInWords();
    void userTableIsAutoMapped();
    void exportWritesFile();
    void darkThemeFollowsPalette();
    void exportDialogDefaultsToTheCanvas();
    void problemsAreEscaped();
    void specWithoutNativeImplementation();
    void runLocallyReportsAnEscape();
    void nativeBuildLeavesTheGuiThread();
    void multiMillionRowsPreparedOnAWorker_data();
    void multiMillionRowsPreparedOnAWorker();

private:
    CatalogPtr m_catalog;
};

void TestComparisonView::initTestCase()
{
    QString error;
    const CatalogSourcePtr source = CatalogSources::fromArgument(u"sample"_s, {false, false}, &error);
    QVERIFY2(source, qPrintable(error));
    m_catalog = CatalogLoader::loadBlocking(*source);
    QVERIFY(m_catalog && m_catalog->spec(u"line-basic"_s));
}

void TestComparisonView::tilesForEveryImplementation()
{
    ComparisonView view;
    view.resize(1400, 800);
    view.setSpec(m_catalog, u"line-basic"_s);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QList<ComparisonTile *> tiles = view.tiles();
    QCOMPARE(tiles.size(), 2); // native + matplotlib (our own cpp metadata is the native tile)
    QCOMPARE(tiles[0], view.nativeTile());
    ComparisonTile *mpl = view.tile(u"matplotlib"_s);
    QVERIFY(mpl);
    QCOMPARE(mpl->badge()->text(), u"89"_s);
    QVERIFY(mpl->badge()->isVisible());
    QCOMPARE(mpl->verdictLabel()->text(), u"Rejected"_s);
    QVERIFY(mpl->info().versions.contains(u"3.6.3"_s));
    QVERIFY(mpl->info().versions.contains(u"Python 3.11"_s));
    // The preview arrives from the loader's worker.
    QTRY_VERIFY_WITH_TIMEOUT(!mpl->previewWidget()->image().isNull(), 10000);
    // The native tile draws live, with the sample data, through ChartStyle::setPoints (which decimates large series).
    NativeChartView *chartView = view.nativeTile()->chartView();
    QTRY_VERIFY(chartView->hasChart());
    const auto series = chartView->chart()->series();
    QCOMPARE(series.size(), 1);
    QCOMPARE(qobject_cast<QLineSeries *>(series[0])->count(), 365); // a year of daily values: few enough to go in undecimated
    QVERIFY(!view.nativeTile()->badge()->isVisible());
    QTest::qWait(50);
    saveScreenshot(&view, u"comparison-light"_s);
}

void TestComparisonView::themedPreviewPaths()
{
    const Implementation *impl = m_catalog->implementation(u"line-basic"_s, u"matplotlib"_s);
    QVERIFY(impl);
    QVERIFY(ComparisonPreviews::localPath(*m_catalog, *impl, PreviewTheme::Light).endsWith(u"plot-light.png"_s));
    QVERIFY(ComparisonPreviews::localPath(*m_catalog, *impl, PreviewTheme::Dark).endsWith(u"plot-dark.png"_s));
    // Wanted theme missing → the other theme.
    Implementation lightOnly = *impl;
    lightOnly.localPreviewPath.clear();
    lightOnly.previews.dark.clear();
    QVERIFY(ComparisonPreviews::localPath(*m_catalog, lightOnly, PreviewTheme::Dark).endsWith(u"plot-light.png"_s));
    // Remote only: nothing local.
    Implementation remote = *impl;
    remote.localPreviewPath.clear();
    remote.previews = {};
    remote.previews.legacy = u"https://storage.googleapis.com/anyplot-images/plots/x/matplotlib/plot.png"_s;
    QVERIFY(ComparisonPreviews::localPath(*m_catalog, remote, PreviewTheme::Light).isEmpty());
}

void TestComparisonView::pickLibrariesAndResizeTogether()
{
    ComparisonView view;
    view.resize(1200, 700);
    view.setSpec(m_catalog, u"line-basic"_s);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QList<QAction *> actions = view.librariesButton()->menu()->actions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(view.nativeTile()->size(), view.tile(u"matplotlib"_s)->size());
    view.resize(900, 500);
    QTRY_COMPARE(view.nativeTile()->size(), view.tile(u"matplotlib"_s)->size());
    // Switching a library off from its menu entry hides its tile; the rest take the room.
    const QSize before = view.nativeTile()->size();
    for (QAction *a : actions)
        if (a->data().toString() == u"matplotlib"_s)
            a->setChecked(false);
    QCOMPARE(view.tiles().size(), 1);
    QVERIFY(!view.tile(u"matplotlib"_s)->isVisible());
    QVERIFY(view.nativeTile()->width() * view.nativeTile()->height() > before.width() * before.height());
    view.setLibraryVisible(u"matplotlib"_s, true);
    QCOMPARE(view.tiles().size(), 2);
    QVERIFY(std::all_of(actions.cbegin(), actions.cend(), [](QAction *a) { return a->isChecked(); }));
}

void TestComparisonView::arrowKeysMoveBetweenTiles()
{
    ComparisonView view;
    view.resize(1200, 400); // wide: one row
    view.setSpec(m_catalog, u"line-basic"_s);
    view.show();
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QCOMPARE(view.gridColumns(), 2);
    view.nativeTile()->setFocus();
    QTRY_VERIFY(view.nativeTile()->hasFocus());
    QTest::keyClick(view.nativeTile(), Qt::Key_Right);
    QTRY_VERIFY(view.tile(u"matplotlib"_s)->hasFocus());
    QTest::keyClick(view.tile(u"matplotlib"_s), Qt::Key_Right); // stays on the last
    QVERIFY(view.tile(u"matplotlib"_s)->hasFocus());
    QTest::keyClick(view.tile(u"matplotlib"_s), Qt::Key_Left);
    QTRY_VERIFY(view.nativeTile()->hasFocus());
    // One column: up and down move between rows.
    view.resize(500, 900);
    QTRY_COMPARE(view.gridColumns(), 1);
    QTest::keyClick(view.nativeTile(), Qt::Key_Down);
    QTRY_VERIFY(view.tile(u"matplotlib"_s)->hasFocus());
    QTest::keyClick(view.tile(u"matplotlib"_s), Qt::Key_Up);
    QTRY_VERIFY(view.nativeTile()->hasFocus());
    // Enter opens the focused tile large.
    QTest::keyClick(view.nativeTile(), Qt::Key_Return);
    QVERIFY(view.currentDetail());
    NativeChartView *large = view.currentDetail()->chartView();
    QTRY_VERIFY(large->hasChart()); // the large view prepares its own chart on a worker
    QVERIFY(QTest::qWaitForWindowExposed(view.currentDetail()));
    // Zoom and pan move the axes; the decimated line follows.
    auto *xAxis = qobject_cast<QDateTimeAxis *>(large->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(xAxis);
    const qint64 span = xAxis->min().msecsTo(xAxis->max());
    large->zoomBy(2.0, large->chart()->plotArea().center());
    const qint64 zoomed = xAxis->min().msecsTo(xAxis->max());
    QVERIFY2(std::abs(double(zoomed) / double(span) - 0.5) < 0.02, qPrintable(QString::number(double(zoomed) / span)));
    const QDateTime before = xAxis->min();
    large->panBy(QPointF(-100, 0)); // drag to the left: later dates come in
    QVERIFY(xAxis->min() > before);
    auto *line = qobject_cast<QLineSeries *>(large->chart()->series().value(0));
    // line-basic's 365-day sample is below ChartStyle::directPointLimit and goes in undecimated;
    // zoom and pan keep every point (decimation that follows the view: tst_decimation).
    QCOMPARE(line->count(), 365);
    large->resetZoom();
    QCOMPARE(xAxis->min().msecsTo(xAxis->max()), span);
    QCOMPARE(line->count(), 365);
    view.currentDetail()->close();
}

void TestComparisonView::largeViewHasCodeReviewAndTags()
{
    ComparisonView view;
    view.resize(1200, 700);
    view.setSpec(m_catalog, u"line-basic"_s);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ComparisonTile *mpl = view.tile(u"matplotlib"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!mpl->previewWidget()->image().isNull(), 10000);
    QTest::mouseClick(mpl, Qt::LeftButton, {}, mpl->rect().center());
    TileDetailDialog *dialog = view.currentDetail();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->tabs()->count(), 4);
    QCOMPARE(dialog->tabs()->tabText(3), u"Run locally"_s);
    QCOMPARE(dialog->tabs()->tabText(0), u"Code"_s);
    QCOMPARE(dialog->tabs()->tabText(1), u"Review"_s);
    QCOMPARE(dialog->tabs()->tabText(2), u"Tags"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->codeView()->code().contains(u"import matplotlib"_s), 10000);
    QCOMPARE(dialog->codeView()->language(), u"python"_s);
    QVERIFY(dialog->reviewText()->toPlainText().contains(u"Strengths"_s));
    QVERIFY(dialog->reviewText()->toPlainText().contains(u"Weaknesses"_s));
    QVERIFY(dialog->reviewText()->toPlainText().contains(u"Image description"_s));
    QVERIFY(dialog->criteriaModel()->rowCount() >= 5);
    QVERIFY(!dialog->tagsText()->toPlainText().isEmpty());
    QTRY_VERIFY(dialog->imageView()->hasImage());
    dialog->tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    saveScreenshot(dialog, u"comparison-detail"_s);
    // Run locally: nothing runs before the click; then the script draws beside the published one.
    auto *run = qobject_cast<RunLocallyPanel *>(dialog->extraTab());
    QVERIFY(run);
    QVERIFY(!run->isRunning());
    QCOMPARE(run->localImage()->message(), u"Not run yet"_s);
    QSignalSpy ran(run, &RunLocallyPanel::finished);
    QTest::mouseClick(run->runButton(), Qt::LeftButton);
    QVERIFY(run->isRunning());
    QVERIFY(ran.wait(120000));
    QVERIFY2(run->result().succeeded(), qPrintable(run->statusLabel()->text()));
    QVERIFY(!run->localImage()->image().isNull());
    QVERIFY2(run->messages()->toPlainText().startsWith(u"Confined by "_s), qPrintable(run->messages()->toPlainText()));
    dialog->tabs()->setCurrentIndex(3);
    QTest::qWait(50);
    saveScreenshot(dialog, u"comparison-run-locally"_s);
    // The native tile's large view has its tags and code from metadata/cpp, and nothing to run.
    view.openTile(view.nativeTile());
    QCOMPARE(dialog->tabs()->count(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->codeView()->code().contains(u"ChartStyle::setPoints"_s), 10000);
    QVERIFY(dialog->tagsText()->toPlainText().contains(u"decimation"_s));
    QVERIFY(dialog->reviewText()->toPlainText().contains(u"no review"_s));
    saveScreenshot(dialog, u"comparison-detail-native"_s);
}

void TestComparisonView::criteriaModelTree()
{
    const Implementation *impl = m_catalog->implementation(u"line-basic"_s, u"matplotlib"_s);
    CriteriaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCriteria(impl->review.criteria);
    QCOMPARE(model.rowCount(), int(impl->review.criteria.size()));
    const QModelIndex visual = model.index(0, CriteriaModel::NameColumn);
    QCOMPARE(visual.data().toString(), u"Visual quality"_s);
    QCOMPARE(model.index(0, CriteriaModel::ScoreColumn).data().toString(), u"28/30"_s);
    QVERIFY(model.rowCount(visual) >= 6);
    const QModelIndex first = model.index(0, CriteriaModel::NameColumn, visual);
    QCOMPARE(first.data().toString(), u"VQ-01  Text Legibility"_s);
    QCOMPARE(model.index(0, CriteriaModel::ScoreColumn, visual).data().toString(), u"8/8"_s);
    QVERIFY(model.index(0, CriteriaModel::CommentColumn, visual).data().toString().contains(u"readable"_s));
    QCOMPARE(first.data(CriteriaModel::PassedRole).toBool(), true);
    QCOMPARE(model.parent(first), visual);
    // Another rubric (legacy keys, an unknown one) shows as written.
    model.setCriteria({{u"library_features"_s, 4, 5, {{u"LF-01"_s, u"Idioms"_s, 4, 5, false, u"ok"_s}}},
                       {u"brand_new_thing"_s, 1, 1, {}}});
    QCOMPARE(model.index(0, 0).data().toString(), u"Library features"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"Brand new thing"_s);
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(Qt::ForegroundRole).value<QColor>(), QColor(0xD5, 0x5E, 0x00));
}

void TestComparisonView::mappingProblemsInWords()
{
    ComparisonView view;
    view.resize(1200, 700);
    view.setSpec(m_catalog, u"line-basic"_s);
    view.show();
    PlotDataPanel *panel = view.dataPanel();
    QVERIFY(panel->comboFor(u"x"_s));
    QCOMPARE(panel->mapping().value(u"x"_s, -1), 0);
    QCOMPARE(panel->mapping().value(u"y"_s, -1), 1);
    // The chart is prepared on a worker: problems and chart arrive together.
    QTRY_VERIFY(panel->problemsLabel()->text().contains(u"nothing to report"_s));
    // x fed with the numbers: the native tile explains instead of drawing.
    panel->setColumn(u"x"_s, 1);
    QTRY_VERIFY(!view.nativeTile()->chartView()->hasChart());
    QVERIFY(!panel->pngButton()->isEnabled()); // nothing to export
    QVERIFY2(view.nativeTile()->chartView()->message().contains(u"needs a date/time column"_s),
             qPrintable(view.nativeTile()->chartView()->message()));
    QVERIFY(panel->problemsLabel()->text().contains(u"<code>y</code> holds numbers in 365 rows"_s));
    saveScreenshot(&view, u"comparison-problem"_s);
    panel->setColumn(u"x"_s, -1);
    QTRY_VERIFY(view.nativeTile()->chartView()->message().contains(u"not mapped"_s));
    panel->setColumn(u"x"_s, 0);
    QTRY_VERIFY(view.nativeTile()->chartView()->hasChart());
    QVERIFY(panel->pngButton()->isEnabled());
}

void TestComparisonView::userTableIsAutoMapped()
{
    ComparisonView view;
    view.resize(1200, 700);
    view.setSpec(m_catalog, u"line-basic"_s);
    view.show();
    // 1 M rows of a user's table, unsorted time and a NaN: drawn, decimated.
    const qsizetype n = 1000000;
    std::vector<double> level(static_cast<size_t>(n));
    std::vector<qint64> when(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        when[size_t(i)] = (n - i) * 60000; // newest first
        level[size_t(i)] = std::sin(i / 5000.0) * 10 + (i % 7);
    }
    level[10] = std::numeric_limits<double>::quiet_NaN();
    auto table = std::make_shared<const DataTable>(QList<DataColumn>{
        DataColumnBuilder::fromTexts(u"station"_s, ColumnType::Categorical, QStringList(n, u"A"_s)),
        DataColumnBuilder::fromFloats(u"level"_s, std::move(level)),
        DataColumnBuilder::fromIntegers(u"measured_at"_s, ColumnType::DateTime, std::move(when))});
    view.setDataTable(table, u"levels.csv"_s);
    // A million rows are prepared off the GUI thread first; the tile says so meanwhile.
    QVERIFY(view.nativeTile()->chartView()->message().contains(u"Preparing"_s));
    QTRY_VERIFY_WITH_TIMEOUT(view.nativeTile()->chartView()->hasChart(), 20000);
    PlotDataPanel *panel = view.dataPanel();
    QCOMPARE(panel->mapping().value(u"x"_s, -1), 2); // by type: the only datetime column
    QCOMPARE(panel->mapping().value(u"y"_s, -1), 1); // the first numeric column
    QVERIFY(panel->sourceLabel()->text().contains(u"levels.csv"_s));
    QVERIFY(view.nativeTile()->chartView()->hasChart());
    auto *series = qobject_cast<QLineSeries *>(view.nativeTile()->chartView()->chart()->series().value(0));
    QVERIFY(series);
    // Its points are split and decimated on a worker too, and follow a moment later.
    QTRY_VERIFY_WITH_TIMEOUT(series->count() > 100, 20000);
    QVERIFY(series->count() < 20000); // decimated, never the million
    QVERIFY(panel->problemsLabel()->text().contains(u"NaN"_s));
    view.setDataTable(nullptr);
    QVERIFY(panel->sourceLabel()->text().contains(u"Sample data"_s));
}

void TestComparisonView::exportWritesFile()
{
    ComparisonView view;
    view.setSpec(m_catalog, u"line-basic"_s);
    QTemporaryDir dir;
    QSignalSpy finished(&view, &ComparisonView::exportFinished);
    ChartExportOptions options;
    options.pixels = QSize(1200, 675);
    options.dpi = 150;
    view.exportNative(dir.filePath(u"native.png"_s), options);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QCOMPARE(QImage(dir.filePath(u"native.png"_s)).size(), QSize(1200, 675));
    QVERIFY(view.dataPanel()->exportStatusLabel()->text().contains(u"native.png written"_s));
    view.exportNative(dir.filePath(u"native.svg"_s), options);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(1).at(1).toBool());
    QVERIFY(QFileInfo(dir.filePath(u"native.svg"_s)).size() > 1000);
    // A folder that does not exist: the failure is said, nothing crashes.
    view.exportNative(u"/nonexistent/dir/native.pdf"_s, options);
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.at(2).at(1).toBool());
    QVERIFY(view.dataPanel()->exportStatusLabel()->text().startsWith(u"Export failed"_s));
}

void TestComparisonView::darkThemeFollowsPalette()
{
    ComparisonView view;
    view.resize(1400, 800);
    view.setPalette(darkPalette());
    view.setSpec(m_catalog, u"line-basic"_s);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.previewTheme(), PreviewTheme::Dark);
    QTRY_VERIFY(view.nativeTile()->chartView()->hasChart());
    QCOMPARE(view.nativeTile()->chartView()->chart()->backgroundBrush().color(), QColor(0x1A, 0x1A, 0x17));
    ComparisonTile *mpl = view.tile(u"matplotlib"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!mpl->previewWidget()->image().isNull(), 10000);
    // The dark picture: its corner is anyplot's dark background.
    const QColor corner = mpl->previewWidget()->image().pixelColor(2, 2);
    QVERIFY2(corner.lightness() < 60, qPrintable(corner.name()));
    QTest::qWait(50);
    saveScreenshot(&view, u"comparison-dark"_s);
    // Back to light: previews and the native chart switch.
    view.setPalette(QPalette(QColor(0xF0, 0xF0, 0xF0)));
    QTRY_COMPARE(view.nativeTile()->chartView()->chart()->backgroundBrush().color(), QColor(0xFA, 0xF8, 0xF1));
    QTRY_VERIFY_WITH_TIMEOUT(!mpl->previewWidget()->image().isNull()
                                 && mpl->previewWidget()->image().pixelColor(2, 2).lightness() > 200,
                             10000);
}

void TestComparisonView::exportDialogDefaultsToTheCanvas()
{
    ExportImageDialog dialog;
    QCOMPARE(dialog.options().pixels, QSize(4800, 2700));
    QCOMPARE(dialog.options().dpi, 300);
    dialog.widthBox()->setValue(1600);
    dialog.heightBox()->setValue(900);
    dialog.dpiBox()->setValue(96);
    QCOMPARE(dialog.options().pixels, QSize(1600, 900));
    QCOMPARE(dialog.options().dpi, 96);
    dialog.widthBox()->setValue(100000); // clamped to what an export allows
    QCOMPARE(dialog.options().pixels.width(), 16384);
}

void TestComparisonView::problemsAreEscaped()
{
    // Column names come from the user's file: shown as text, never as markup.
    PlotDataPanel panel;
    panel.setRoles({{u"x"_s, PlotDataRole::Kind::DateTime, false, {}}});
    const DataTable table({DataColumnBuilder::fromTexts(u"<img src=x>"_s, ColumnType::Text, {u"a"_s})});
    panel.setTable(std::make_shared<const DataTable>(table), u"evil.csv"_s);
    panel.setColumn(u"x"_s, 0);
    panel.setProblems(PlotMapping::validate(panel.roles(), *panel.table(), panel.mapping()));
    const QString html = panel.problemsLabel()->text();
    QVERIFY2(html.contains(u"<code>&lt;img src=x&gt;</code>"_s), qPrintable(html));
    QVERIFY(!html.contains(u"<img"_s));
}

void TestComparisonView::specWithoutNativeImplementation()
{
    // A spec of a real catalog we have no native implementation for: its roles come from its
    // Data section and the native tile says why it is empty.
    Spec spec = *m_catalog->spec(u"line-basic"_s);
    spec.id = u"made-up-spec"_s;
    CatalogBuilder builder(m_catalog->origin());
    builder.addSpec(spec);
    Implementation impl = *m_catalog->implementation(u"line-basic"_s, u"matplotlib"_s);
    impl.specId = spec.id;
    builder.addImplementation(impl);
    const CatalogPtr catalog = std::move(builder).build();
    ComparisonView view;
    view.resize(1000, 600);
    view.setSpec(catalog, spec.id);
    view.show();
    QCOMPARE(view.tiles().size(), 2);
    QVERIFY(!view.nativeTile()->chartView()->hasChart());
    QVERIFY(view.nativeTile()->chartView()->message().contains(u"no native implementation"_s));
    QCOMPARE(view.dataPanel()->roles().size(), 2);
    QCOMPARE(view.dataPanel()->roles()[0].kind, PlotDataRole::Kind::DateTime);
    QVERIFY(view.dataPanel()->comboFor(u"y"_s));
}

// A script that writes outside its folder: the panel says so in words, with the path.
void TestComparisonView::runLocallyReportsAnEscape()
{
    QTemporaryDir dir;
    const QString folder = dir.path() + u"/plots/hostile/implementations/python"_s;
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + u"/matplotlib.py"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("open('../escape.txt', 'w').write('x')\n");
    file.close();
    RunRequest request;
    request.scriptPath = file.fileName();
    request.libraryId = u"matplotlib"_s;
    RunLocallyPanel panel(request, QImage());
    panel.resize(700, 800);
    panel.show();
    QSignalSpy ran(&panel, &RunLocallyPanel::finished);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(ran.wait(120000));
    QCOMPARE(panel.result().status, RunResult::Status::WroteOutsideFolder);
    QVERIFY2(panel.statusLabel()->text().contains(u"tried to write outside its folder, to ../escape.txt"_s),
             qPrintable(panel.statusLabel()->text()));
    QVERIFY(panel.localImage()->message().contains(u"outside its folder"_s));
    QVERIFY(panel.messages()->toPlainText().contains(u"Refused writes outside its folder: ../escape.txt"_s));
    QVERIFY(!QFileInfo::exists(dir.path() + u"/plots/hostile/implementations/escape.txt"_s));
    QTest::qWait(50); // the status label's new height
    saveScreenshot(&panel, u"run-locally-escape"_s);
}

namespace {
DataTablePtr levels(qsizetype rows, const QString &valueName)
{
    std::vector<double> level(static_cast<size_t>(rows));
    std::vector<qint64> when(static_cast<size_t>(rows));
    for (qsizetype i = 0; i < rows; ++i) {
        when[size_t(i)] = i * 60000;
        level[size_t(i)] = std::sin(i / 500.0);
    }
    return std::make_shared<const DataTable>(QList<DataColumn>{
        DataColumnBuilder::fromIntegers(u"when"_s, ColumnType::DateTime, std::move(when)),
        DataColumnBuilder::fromFloats(valueName, std::move(level))});
}

QString yTitle(const ComparisonView &view)
{
    const QChart *chart = view.nativeTile()->chartView()->chart();
    const QAbstractAxis *axis = chart ? chart->axes(Qt::Vertical).value(0) : nullptr;
    return axis ? axis->titleText() : QString();
}
} // namespace

// The native chart's data half runs on a worker: setDataTable() returns with the old chart still
// shown, the new one follows; a result for a table replaced meanwhile is dropped.
void TestComparisonView::nativeBuildLeavesTheGuiThread()
{
    ComparisonView view;
    view.resize(1200, 700);
    view.setSpec(m_catalog, u"line-basic"_s);
    view.show();
    QTRY_VERIFY(view.nativeTile()->chartView()->hasChart());
    const QString sampleTitle = yTitle(view);
    view.setDataTable(levels(100000, u"hundred_thousand"_s), u"a.csv"_s);
    QCOMPARE(yTitle(view), sampleTitle); // not built here
    QTRY_COMPARE_WITH_TIMEOUT(yTitle(view), u"hundred_thousand"_s, 20000);

    // Two tables in a row: only the last one is drawn, even if the first one's worker ends later.
    view.setDataTable(levels(2000000, u"stale"_s), u"big.csv"_s);
    view.setDataTable(levels(50, u"latest"_s), u"small.csv"_s);
    QTRY_COMPARE_WITH_TIMEOUT(yTitle(view), u"latest"_s, 20000);
    QThreadPool::globalInstance()->waitForDone(30000);
    QCoreApplication::processEvents();
    QCOMPARE(yTitle(view), u"latest"_s);
    QVERIFY(view.dataPanel()->pngButton()->isEnabled());
}

void TestComparisonView::multiMillionRowsPreparedOnAWorker_data()
{
    QTest::addColumn<QString>("specId");
    QTest::newRow("line-basic") << u"line-basic"_s;
    QTest::newRow("scatter-basic") << u"scatter-basic"_s;
}

// A 3 M-row table: setDataTable() only starts the work. The data half (reading, checking, sorting
// the rows) runs on a worker, the chart appears once the event loop has run, and its series gets
// its points (decimated on a worker too) a moment later.
void TestComparisonView::multiMillionRowsPreparedOnAWorker()
{
    QFETCH(QString, specId);
    ComparisonView view;
    view.resize(1200, 700);
    view.setSpec(m_catalog, specId);
    view.show();
    NativeChartView *tile = view.nativeTile()->chartView();
    QTRY_VERIFY(tile->hasChart());
    const QChart *sampleChart = tile->chart();

    const qsizetype rows = 3'000'000;
    std::vector<qint64> when(static_cast<size_t>(rows));
    std::vector<double> x(static_cast<size_t>(rows)), y(static_cast<size_t>(rows));
    for (qsizetype i = 0; i < rows; ++i) {
        when[size_t(i)] = (rows - i) * 60000; // newest first: the data half sorts
        x[size_t(i)] = double(i % 5000);
        y[size_t(i)] = std::sin(i / 1000.0);
    }
    auto table = std::make_shared<const DataTable>(QList<DataColumn>{
        DataColumnBuilder::fromIntegers(u"when"_s, ColumnType::DateTime, std::move(when)),
        DataColumnBuilder::fromFloats(u"x"_s, std::move(x)), DataColumnBuilder::fromFloats(u"y"_s, std::move(y))});
    view.setDataTable(table, u"three-million.csv"_s);
    QVERIFY(!tile->hasChart()); // "Preparing 3,000,000 rows…" meanwhile, nothing built here

    QTRY_VERIFY_WITH_TIMEOUT(tile->hasChart() && tile->chart() != sampleChart, 60000);
    QThread *preparedOn = PlotImplementation::lastPrepareThread();
    QVERIFY(preparedOn);
    QVERIFY2(preparedOn != QThread::currentThread(), "the data half ran on the GUI thread");
    auto *series = qobject_cast<QXYSeries *>(tile->chart()->series().value(0));
    QVERIFY(series);
    QTRY_VERIFY_WITH_TIMEOUT(series->count() > 0, 60000);
    QVERIFY(series->count() < rows / 100); // decimated to what the pixels show, not 3 M points
    QVERIFY(view.dataPanel()->pngButton()->isEnabled());
}

QTEST_MAIN(TestComparisonView)
#include "tst_comparisonview.moc"
