// The comparison view inside the window: reached from the spec page's Compare button, fed with the
// window's data table, and back to the spec page.
#include "comparisontile.h"
#include "comparisonview.h"
#include "foldercatalogsource.h"
#include "mainwindow.h"
#include "nativechartview.h"
#include "plotdatapanel.h"
#include "specpage.h"

#include <QChart>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestComparisonWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void compareFromTheSpecPage();
};

void TestComparisonWindow::compareFromTheSpecPage()
{
    MainWindow window;
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    window.openCatalog(std::make_shared<SampleCatalogSource>());
    QVERIFY(finished.wait(20000));
    window.showSpec(u"line-basic"_s);
    auto *stack = window.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget(), window.specPage());
    QVERIFY(window.specPage()->compareButton()->isVisible());
    QTest::mouseClick(window.specPage()->compareButton(), Qt::LeftButton);
    QCOMPARE(stack->currentWidget(), window.comparisonView());
    ComparisonView *view = window.comparisonView();
    QCOMPARE(view->specId(), u"line-basic"_s);
    QCOMPARE(view->tiles().size(), 2);
    QTRY_VERIFY(view->nativeTile()->chartView()->hasChart());

    // A table loaded into the window reaches the native tile.
    QSignalSpy changed(&window, &MainWindow::dataTableChanged);
    auto table = std::make_shared<const DataTable>(QList<DataColumn>{
        DataColumnBuilder::fromIntegers(u"day"_s, ColumnType::DateTime, {0, 86400000, 2 * 86400000}),
        DataColumnBuilder::fromFloats(u"temperature"_s, {3, 5, 4})});
    window.setDataTable(table, u"weather.csv"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(window.dataTable(), table);
    QVERIFY(view->dataPanel()->sourceLabel()->text().contains(u"weather.csv"_s));
    QCOMPARE(view->dataPanel()->mapping().value(u"x"_s, -1), 0);
    QCOMPARE(view->dataPanel()->mapping().value(u"y"_s, -1), 1);
    QTRY_VERIFY(view->nativeTile()->chartView()->hasChart());
    QTest::qWait(100);
    window.grab().save(QDir::tempPath() + u"/plotbench-comparison-window.png"_s);

    // Back goes to the spec page.
    Q_EMIT view->backRequested();
    QCOMPARE(stack->currentWidget(), window.specPage());
    QCOMPARE(window.specPage()->specId(), u"line-basic"_s);
}

QTEST_MAIN(TestComparisonWindow)
#include "tst_comparisonwindow.moc"
