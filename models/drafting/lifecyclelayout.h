#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>

#include <utility>

// A layered (Sugiyama-style) drawing of a directed graph, flowing left to right:
// 1. cycles broken by reversing the back edges a depth-first search finds;
// 2. ranks by longest path from the sources (every edge points to a later layer);
// 3. edges spanning several layers routed through dummy nodes, one per layer crossed;
// 4. the order inside each layer improved by barycenter sweeps (down and up, keeping the order
//    with the fewest crossings);
// 5. coordinates: layer by layer, nodes centred on their layer and spaced evenly.
// Pure computation, no Qt Widgets: tested headless.
class LifecycleLayout
{
public:
    struct Options
    {
        double layerSpacing = 190;
        double nodeSpacing = 56;
        int sweeps = 12;
    };
    struct Result
    {
        QList<int> rank;             // per node: its layer
        QList<int> order;            // per node: its position inside the layer
        QList<QPointF> positions;    // per node: centre
        QList<bool> reversed;        // per edge: a back edge drawn against the flow
        QList<QList<QPointF>> routes; // per edge: from its source's centre through its dummies to its target's
        QList<QList<int>> layers;    // per layer: node ids (dummies ≥ nodeCount) in order
        int crossings = 0;           // edge crossings left between adjacent layers
        QSizeF size;                 // of the bounding box of all centres
    };
    using Edge = std::pair<int, int>;

    static Result compute(int nodeCount, const QList<Edge> &edges, const Options &options);
    static Result compute(int nodeCount, const QList<Edge> &edges) { return compute(nodeCount, edges, Options()); }
    // Crossings between adjacent layers for a given layering (edges between consecutive layers).
    static int countCrossings(const QList<QList<int>> &layers, const QList<Edge> &layerEdges);
};
