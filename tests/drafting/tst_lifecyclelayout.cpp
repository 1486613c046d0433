// The lifecycle graph, its layered layout (ranks by longest path, fewer crossings) and the
// highlight a label list spells.
#include "lifecyclegraph.h"
#include "lifecyclelayout.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using Edge = LifecycleLayout::Edge;

class TestLifecycleLayout : public QObject
{
    Q_OBJECT

    static QList<Edge> edgesOf(const LifecycleGraph &graph)
    {
        QList<Edge> edges;
        for (const LifecycleGraph::Edge &e : graph.edges)
            edges.append({e.from, e.to});
        return edges;
    }

private Q_SLOTS:
    void ranksAreLongestPaths()
    {
        // 0→1→2→3 and a shortcut 0→3: 3 stays at rank 3, the shortcut gets two dummies.
        const LifecycleLayout::Result r = LifecycleLayout::compute(4, {{0, 1}, {1, 2}, {2, 3}, {0, 3}});
        QCOMPARE(r.rank, (QList<int>{0, 1, 2, 3}));
        QCOMPARE(r.routes[3].size(), 4); // source, two dummies, target
        QCOMPARE(r.routes[3].first(), r.positions[0]);
        QCOMPARE(r.routes[3].last(), r.positions[3]);
        for (int i = 1; i < r.routes[3].size(); ++i)
            QVERIFY(r.routes[3][i].x() > r.routes[3][i - 1].x());
        QCOMPARE(r.layers.size(), 4);
        QCOMPARE(r.layers[1].size(), 2); // node 1 and a dummy
    }

    void cyclesAreBrokenByReversingBackEdges()
    {
        const LifecycleLayout::Result r = LifecycleLayout::compute(3, {{0, 1}, {1, 2}, {2, 0}});
        QCOMPARE(r.rank, (QList<int>{0, 1, 2}));
        QCOMPARE(r.reversed, (QList<bool>{false, false, true}));
        // The reversed edge is still drawn from its own source (2) to its target (0).
        QCOMPARE(r.routes[2].first(), r.positions[2]);
        QCOMPARE(r.routes[2].last(), r.positions[0]);
    }

    void crossingsAreReduced()
    {
        // Two layers wired in reverse: in id order every pair crosses.
        const QList<Edge> edges{{0, 5}, {1, 4}, {2, 3}, {0, 4}};
        QCOMPARE(LifecycleLayout::countCrossings({{0, 1, 2}, {3, 4, 5}}, edges), 4);
        const LifecycleLayout::Result r = LifecycleLayout::compute(6, edges);
        QCOMPARE(r.crossings, 0);
        QCOMPARE(LifecycleLayout::countCrossings(r.layers, edges), 0);

        // Three layers: the first pair of layers is a K2,2 (one crossing whatever the order), the
        // second untangles only when the middle layer is ordered for it.
        const QList<Edge> deep{{0, 3}, {1, 2}, {2, 5}, {3, 4}, {0, 2}, {1, 3}};
        QCOMPARE(LifecycleLayout::countCrossings({{0, 1}, {2, 3}, {4, 5}}, deep), 2);
        const LifecycleLayout::Result d = LifecycleLayout::compute(6, deep);
        QCOMPARE(d.crossings, 1);
    }

    void anyplotLifecycleIsLaidOutCleanly()
    {
        const LifecycleGraph graph = LifecycleGraph::anyplot();
        QCOMPARE(graph.nodes.size(), 4 + 9 * 4);
        QCOMPARE(graph.edges.size(), 3 + 9 * 5);
        const LifecycleLayout::Result r = LifecycleLayout::compute(int(graph.nodes.size()), edgesOf(graph));
        auto rankOf = [&](const QString &key) { return r.rank[graph.indexOf(key)]; };
        QCOMPARE(rankOf(u"spec-request"_s), 0);
        QCOMPARE(rankOf(u"approved"_s), 1);
        QCOMPARE(rankOf(u"duplicate"_s), 1);
        QCOMPARE(rankOf(u"spec-ready"_s), 2);
        QCOMPARE(rankOf(u"generate:plotly"_s), 3);
        QCOMPARE(rankOf(u"impl:plotly:pending"_s), 4);
        QCOMPARE(rankOf(u"impl:plotly:done"_s), 5);
        QCOMPARE(rankOf(u"impl:plotly:failed"_s), 5);
        QCOMPARE(r.crossings, 0);
        // failed → generate is the one back edge per library.
        for (int e = 0; e < graph.edges.size(); ++e)
            QCOMPARE(r.reversed[e], graph.nodes[graph.edges[e].from].key.endsWith(u":failed"_s));
        // No two nodes share a place; each library's four states stay next to each other.
        QSet<QPair<qreal, qreal>> places;
        for (const QPointF &p : r.positions)
            places.insert({p.x(), p.y()});
        QCOMPARE(places.size(), graph.nodes.size());
        const int pendingA = r.order[graph.indexOf(u"impl:altair:pending"_s)];
        const int pendingB = r.order[graph.indexOf(u"impl:bokeh:pending"_s)];
        const int doneA = r.order[graph.indexOf(u"impl:altair:done"_s)];
        const int doneB = r.order[graph.indexOf(u"impl:bokeh:done"_s)];
        QCOMPARE(pendingA < pendingB, doneA < doneB);
        QVERIFY(r.size.width() > 0 && r.size.height() > 0);
    }

    void hostileGraphs()
    {
        QCOMPARE(LifecycleLayout::compute(0, {}).positions.size(), 0);
        const LifecycleLayout::Result r = LifecycleLayout::compute(2, {{0, 0}, {0, 7}, {-1, 1}, {0, 1}, {0, 1}});
        QCOMPARE(r.rank, (QList<int>{0, 1}));
        QCOMPARE(r.routes.size(), 5);
        QVERIFY(r.routes[0].isEmpty()); // self loop: not drawn
        QCOMPARE(r.routes[3].size(), 2);
        // A big random graph terminates and keeps every edge pointing forward.
        QList<Edge> random;
        quint32 seed = 12345;
        for (int i = 0; i < 600; ++i) {
            seed = seed * 1664525u + 1013904223u;
            const int a = int(seed % 150);
            seed = seed * 1664525u + 1013904223u;
            random.append({a, int(seed % 150)});
        }
        const LifecycleLayout::Result big = LifecycleLayout::compute(150, random);
        for (int e = 0; e < random.size(); ++e) {
            const auto [from, to] = random[e];
            if (from == to)
                continue;
            if (big.reversed[e])
                QVERIFY(big.rank[to] < big.rank[from]);
            else
                QVERIFY(big.rank[from] < big.rank[to]);
        }
    }

    void highlightFromLabels_data()
    {
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QStringList>("current");
        QTest::addColumn<QStringList>("passed");
        QTest::newRow("none") << QStringList{u"bug"_s} << QStringList{} << QStringList{};
        QTest::newRow("requested") << QStringList{u"spec-request"_s} << QStringList{u"spec-request"_s} << QStringList{};
        QTest::newRow("approved") << QStringList{u"spec-request"_s, u"approved"_s} << QStringList{u"approved"_s}
                                  << QStringList{u"spec-request"_s};
        QTest::newRow("ready") << QStringList{u"spec-ready"_s} << QStringList{u"spec-ready"_s}
                               << QStringList{u"spec-request"_s, u"approved"_s};
        QTest::newRow("duplicate") << QStringList{u"spec-request"_s, u"duplicate"_s} << QStringList{u"duplicate"_s}
                                   << QStringList{u"spec-request"_s};
        QTest::newRow("libraries")
            << QStringList{u"spec-ready"_s, u"generate:altair"_s, u"impl:bokeh:pending"_s, u"impl:plotly:done"_s,
                           u"impl:pygal:failed"_s, u"generate:pygal"_s}
            << QStringList{u"generate:altair"_s, u"impl:bokeh:pending"_s, u"impl:plotly:done"_s, u"impl:pygal:failed"_s}
            << QStringList{u"spec-request"_s, u"approved"_s, u"spec-ready"_s, u"generate:bokeh"_s, u"generate:plotly"_s,
                           u"impl:plotly:pending"_s, u"generate:pygal"_s, u"impl:pygal:pending"_s};
        QTest::newRow("library without spec label")
            << QStringList{u"impl:seaborn:done"_s} << QStringList{u"impl:seaborn:done"_s}
            << QStringList{u"spec-request"_s, u"approved"_s, u"spec-ready"_s, u"generate:seaborn"_s,
                           u"impl:seaborn:pending"_s};
    }

    void highlightFromLabels()
    {
        QFETCH(QStringList, labels);
        QFETCH(QStringList, current);
        QFETCH(QStringList, passed);
        const QHash<QString, LifecycleNodeState> states = LifecycleHighlight::fromLabels(labels);
        QStringList gotCurrent, gotPassed;
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            (it.value() == LifecycleNodeState::Current ? gotCurrent : gotPassed).append(it.key());
        gotCurrent.sort();
        gotPassed.sort();
        current.sort();
        passed.sort();
        QCOMPARE(gotCurrent, current);
        QCOMPARE(gotPassed, passed);
        // Every highlighted key is a node of the graph.
        const LifecycleGraph graph = LifecycleGraph::anyplot(LifecycleHighlight::librariesIn(labels));
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            QVERIFY2(graph.indexOf(it.key()) >= 0, qPrintable(it.key()));
    }

    void unknownLibrariesGetTheirLane()
    {
        const QStringList labels{u"impl:ggplot2:pending"_s};
        QCOMPARE(LifecycleHighlight::librariesIn(labels), QStringList{u"ggplot2"_s});
        const LifecycleGraph graph = LifecycleGraph::anyplot(LifecycleHighlight::librariesIn(labels));
        QVERIFY(graph.indexOf(u"impl:ggplot2:pending"_s) >= 0);
        QCOMPARE(graph.nodes.size(), 4 + 10 * 4);
    }
};

QTEST_GUILESS_MAIN(TestLifecycleLayout)
#include "tst_lifecyclelayout.moc"
