// The lifecycle view: the state machine as a graph, highlighted from live labels; zoom and pan.
#include "lifecyclepanel.h"
#include "lifecycleview.h"

#include <QLabel>
#include <QToolButton>

#include <QGraphicsRectItem>
#include <QScrollBar>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

class TestLifecycleView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsEveryStateAndTransition()
    {
        LifecycleView view;
        QCOMPARE(view.graph().nodes.size(), 40);
        for (const LifecycleGraph::Node &node : view.graph().nodes)
            QVERIFY2(view.nodeItem(node.key), qPrintable(node.key));
        // 40 boxes, and per edge a line and an arrowhead
        int rects = 0, paths = 0, heads = 0;
        for (QGraphicsItem *item : view.scene()->items()) {
            rects += item->type() == QGraphicsRectItem::Type;
            paths += item->type() == QGraphicsPathItem::Type;
            heads += item->type() == QGraphicsPolygonItem::Type;
        }
        QCOMPARE(rects, 40);
        QCOMPARE(paths, int(view.graph().edges.size()));
        QCOMPARE(heads, paths);
    }

    void labelsHighlightTheirStates()
    {
        LifecycleView view;
        view.setLabels({u"spec-ready"_s, u"impl:matplotlib:done"_s, u"impl:plotly:failed"_s,
                        u"impl:bokeh:pending"_s, u"impl:ggplot2:done"_s});
        QCOMPARE(view.graph().nodes.size(), 44); // ggplot2 gets its lane
        QCOMPARE(view.nodeState(u"impl:matplotlib:done"_s), LifecycleNodeState::Current);
        QCOMPARE(view.nodeState(u"impl:plotly:failed"_s), LifecycleNodeState::Current);
        QCOMPARE(view.nodeState(u"impl:bokeh:pending"_s), LifecycleNodeState::Current);
        QCOMPARE(view.nodeState(u"generate:bokeh"_s), LifecycleNodeState::Passed);
        QCOMPARE(view.nodeState(u"impl:seaborn:done"_s), LifecycleNodeState::Inactive);
        QCOMPARE(view.nodeItem(u"impl:matplotlib:done"_s)->brush().color(), QColor(0x00, 0x9E, 0x73));
        QCOMPARE(view.nodeItem(u"impl:plotly:failed"_s)->brush().color(), QColor(0xD5, 0x5E, 0x00));
        QCOMPARE(view.nodeItem(u"impl:bokeh:pending"_s)->brush().color(), QColor(0xE6, 0x9F, 0x00));
        QCOMPARE(view.nodeItem(u"impl:seaborn:done"_s)->brush().color(), QColor(Qt::white));
        QVERIFY(view.nodeItem(u"impl:ggplot2:done"_s));
        view.setLabels({});
        QCOMPARE(view.nodeState(u"impl:matplotlib:done"_s), LifecycleNodeState::Inactive);
        QCOMPARE(view.graph().nodes.size(), 40);
    }

    void zoomAndPan()
    {
        LifecycleView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const double before = view.zoom();
        view.zoomBy(2);
        QCOMPARE(view.zoom(), before * 2);
        QWheelEvent wheel(QPointF(300, 200), view.mapToGlobal(QPointF(300, 200)), {}, {0, -240}, Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.zoom() < before * 2);
        view.zoomBy(1000); // clamped
        QVERIFY(view.zoom() < 8.1);
        QCOMPARE(view.dragMode(), QGraphicsView::ScrollHandDrag);
        view.zoomBy(0.5);
        view.zoomBy(4);
        const int x = view.horizontalScrollBar()->value();
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, QPoint(300, 200));
        QTest::mouseMove(view.viewport(), QPoint(200, 150));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, QPoint(200, 150));
        QVERIFY(view.horizontalScrollBar()->value() != x); // dragged the picture
        view.fitAll();
        QVERIFY(view.zoom() < 1);
        view.setLabels({u"spec-ready"_s, u"impl:matplotlib:done"_s, u"impl:plotly:failed"_s, u"impl:bokeh:pending"_s,
                        u"generate:altair"_s});
        view.resize(1200, 900);
        view.fitAll();
        const QString path = qEnvironmentVariable("PLOTBENCH_SCREENSHOT_DIR", QDir::tempPath()) + u"/lifecycleview.png"_s;
        QVERIFY(view.grab().save(path));
    }

    void panelNamesTheIssueAndItsStates()
    {
        LifecyclePanel panel;
        QCOMPARE(panel.titleLabel()->text(), u"The plot lifecycle"_s);
        QVERIFY(panel.summary().isEmpty());
        panel.setIssue(611, u"[scatter-basic] Basic Scatter Plot"_s,
                       {u"spec-ready"_s, u"impl:matplotlib:done"_s, u"impl:plotly:failed"_s});
        QCOMPARE(panel.titleLabel()->text(), u"Lifecycle of #611 [scatter-basic] Basic Scatter Plot"_s);
        QCOMPARE(panel.summary(), u"matplotlib: done · plotly: failed"_s);
        const double zoom = panel.view()->zoom();
        const auto buttons = panel.findChildren<QToolButton *>();
        const auto zoomIn = std::find_if(buttons.cbegin(), buttons.cend(),
                                         [](QToolButton *b) { return b->text() == u"Zoom In"_s; });
        QVERIFY(zoomIn != buttons.cend());
        (*zoomIn)->click();
        QCOMPARE(panel.view()->zoom(), zoom * 1.25);
        panel.resize(1100, 800);
        const QString path = qEnvironmentVariable("PLOTBENCH_SCREENSHOT_DIR", QDir::tempPath()) + u"/lifecyclepanel.png"_s;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.view()->fitAll();
        QVERIFY(panel.grab().save(path));
    }
};

QTEST_MAIN(TestLifecycleView)
#include "tst_lifecycleview.moc"
