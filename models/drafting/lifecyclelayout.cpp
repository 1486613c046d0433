#include "lifecyclelayout.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace {

// Back edges of a depth-first search from each unvisited node in id order.
QList<bool> findBackEdges(int nodeCount, const QList<LifecycleLayout::Edge> &edges)
{
    QList<QList<int>> outgoing(nodeCount);
    for (int e = 0; e < edges.size(); ++e)
        outgoing[edges[e].first].append(e);
    QList<bool> back(edges.size(), false);
    enum State { Unvisited, OnStack, Done };
    QList<State> state(nodeCount, Unvisited);
    for (int start = 0; start < nodeCount; ++start) {
        if (state[start] != Unvisited)
            continue;
        // Iterative DFS: (node, next outgoing edge index)
        QList<std::pair<int, int>> stack{{start, 0}};
        state[start] = OnStack;
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            if (next < outgoing[node].size()) {
                const int e = outgoing[node][next++];
                const int target = edges[e].second;
                if (state[target] == OnStack)
                    back[e] = true;
                else if (state[target] == Unvisited) {
                    state[target] = OnStack;
                    stack.append({target, 0});
                }
            } else {
                state[node] = Done;
                stack.removeLast();
            }
        }
    }
    return back;
}

// Longest path layering of a DAG (Kahn's order).
QList<int> longestPathRanks(int nodeCount, const QList<LifecycleLayout::Edge> &dagEdges)
{
    QList<QList<int>> outgoing(nodeCount);
    QList<int> indegree(nodeCount, 0);
    for (const auto &[from, to] : dagEdges) {
        outgoing[from].append(to);
        ++indegree[to];
    }
    QList<int> rank(nodeCount, 0);
    QList<int> queue;
    for (int v = 0; v < nodeCount; ++v)
        if (indegree[v] == 0)
            queue.append(v);
    for (int i = 0; i < queue.size(); ++i) {
        const int v = queue[i];
        for (int w : outgoing[v]) {
            rank[w] = std::max(rank[w], rank[v] + 1);
            if (--indegree[w] == 0)
                queue.append(w);
        }
    }
    return rank;
}

double barycenter(int node, const QList<QList<int>> &neighbours, const QHash<int, int> &position, double fallback)
{
    const QList<int> &list = neighbours[node];
    if (list.isEmpty())
        return fallback;
    double sum = 0;
    for (int n : list)
        sum += position.value(n);
    return sum / double(list.size());
}

} // namespace

int LifecycleLayout::countCrossings(const QList<QList<int>> &layers, const QList<Edge> &layerEdges)
{
    QHash<int, int> layerOf, position;
    for (int l = 0; l < layers.size(); ++l)
        for (int i = 0; i < layers[l].size(); ++i) {
            layerOf.insert(layers[l][i], l);
            position.insert(layers[l][i], i);
        }
    QList<QList<Edge>> between(std::max<qsizetype>(layers.size(), 1));
    for (const Edge &e : layerEdges)
        between[layerOf.value(e.first)].append(e);
    int crossings = 0;
    for (const QList<Edge> &list : between)
        for (int a = 0; a < list.size(); ++a)
            for (int b = a + 1; b < list.size(); ++b) {
                const int du = position.value(list[a].first) - position.value(list[b].first);
                const int dv = position.value(list[a].second) - position.value(list[b].second);
                if ((du < 0 && dv > 0) || (du > 0 && dv < 0))
                    ++crossings;
            }
    return crossings;
}

LifecycleLayout::Result LifecycleLayout::compute(int nodeCount, const QList<Edge> &edges, const Options &options)
{
    Result result;
    nodeCount = std::max(nodeCount, 0);
    QList<Edge> valid;
    QList<int> validIndex; // into edges
    for (int e = 0; e < edges.size(); ++e)
        if (edges[e].first >= 0 && edges[e].first < nodeCount && edges[e].second >= 0 && edges[e].second < nodeCount
            && edges[e].first != edges[e].second) {
            valid.append(edges[e]);
            validIndex.append(e);
        }

    // 1. cycles
    const QList<bool> back = findBackEdges(nodeCount, valid);
    QList<Edge> dag;
    for (int e = 0; e < valid.size(); ++e)
        dag.append(back[e] ? Edge{valid[e].second, valid[e].first} : valid[e]);
    // 2. ranks
    result.rank = longestPathRanks(nodeCount, dag);
    const int layerCount = nodeCount ? *std::max_element(result.rank.cbegin(), result.rank.cend()) + 1 : 0;

    // 3. dummies: each DAG edge becomes a chain of unit edges
    int nextId = nodeCount;
    QList<int> rankOf = result.rank;
    QList<Edge> unitEdges;
    QList<QList<int>> chains; // per valid edge: node ids from source to target (DAG direction)
    for (const Edge &e : dag) {
        QList<int> chain{e.first};
        for (int r = result.rank[e.first] + 1; r < result.rank[e.second]; ++r) {
            chain.append(nextId++);
            rankOf.append(r);
        }
        chain.append(e.second);
        for (int i = 0; i + 1 < chain.size(); ++i)
            unitEdges.append({chain[i], chain[i + 1]});
        chains.append(chain);
    }
    const int total = nextId;
    QList<QList<int>> up(total), down(total);
    for (const auto &[from, to] : unitEdges) {
        down[from].append(to);
        up[to].append(from);
    }

    // 4. ordering: start from a breadth-first order of the ids, then barycenter sweeps
    QList<QList<int>> layers(layerCount);
    for (int v = 0; v < total; ++v)
        layers[rankOf[v]].append(v);
    auto positions = [&layers] {
        QHash<int, int> position;
        for (const QList<int> &layer : layers)
            for (int i = 0; i < layer.size(); ++i)
                position.insert(layer[i], i);
        return position;
    };
    // Initial order of a layer follows its parents' order (a DFS-like placement), so chains stay
    // together from the start.
    for (int l = 1; l < layerCount; ++l) {
        const QHash<int, int> position = positions();
        std::stable_sort(layers[l].begin(), layers[l].end(), [&](int a, int b) {
            return barycenter(a, up, position, 1e9) < barycenter(b, up, position, 1e9);
        });
    }
    QList<QList<int>> best = layers;
    int bestCrossings = countCrossings(layers, unitEdges);
    for (int sweep = 0; sweep < options.sweeps && bestCrossings > 0; ++sweep) {
        const bool downward = sweep % 2 == 0;
        for (int step = 1; step < layerCount; ++step) {
            const int l = downward ? step : layerCount - 1 - step;
            const QHash<int, int> position = positions();
            const QList<QList<int>> &neighbours = downward ? up : down;
            QHash<int, double> key;
            for (int i = 0; i < layers[l].size(); ++i)
                key.insert(layers[l][i], barycenter(layers[l][i], neighbours, position, i));
            std::stable_sort(layers[l].begin(), layers[l].end(),
                             [&key](int a, int b) { return key.value(a) < key.value(b); });
        }
        const int crossings = countCrossings(layers, unitEdges);
        if (crossings < bestCrossings) {
            bestCrossings = crossings;
            best = layers;
        }
    }
    layers = best;
    result.crossings = bestCrossings;
    result.layers = layers;

    // 5. coordinates: x by layer; y starts centred, then each node is pulled toward the mean of
    // its neighbours (alternating directions) while keeping its layer's order and spacing.
    QList<QPointF> place(total);
    int tallest = 0;
    for (const QList<int> &layer : layers)
        tallest = std::max(tallest, int(layer.size()));
    QList<double> y(total, 0.0);
    for (int l = 0; l < layerCount; ++l) {
        const double offset = (tallest - layers[l].size()) * options.nodeSpacing / 2.0;
        for (int i = 0; i < layers[l].size(); ++i)
            y[layers[l][i]] = offset + i * options.nodeSpacing;
    }
    auto settle = [&](const QList<int> &layer, const QList<QList<int>> &neighbours) {
        if (layer.isEmpty())
            return;
        QList<double> wanted;
        for (int v : layer) {
            double sum = 0;
            for (int n : neighbours[v])
                sum += y[n];
            wanted.append(neighbours[v].isEmpty() ? y[v] : sum / double(neighbours[v].size()));
        }
        // Keep the order and the spacing: push down where needed, then shift the block so it sits
        // on its wanted positions on average.
        QList<double> placed = wanted;
        for (int i = 1; i < placed.size(); ++i)
            placed[i] = std::max(placed[i], placed[i - 1] + options.nodeSpacing);
        double shift = 0;
        for (int i = 0; i < placed.size(); ++i)
            shift += wanted[i] - placed[i];
        shift /= double(placed.size());
        for (int i = 0; i < layer.size(); ++i)
            y[layer[i]] = placed[i] + shift;
    };
    QList<QList<int>> both(total);
    for (int v = 0; v < total; ++v)
        both[v] = up[v] + down[v];
    for (int pass = 0; pass < 6; ++pass) {
        for (int l = 1; l < layerCount; ++l)
            settle(layers[l], up);
        for (int l = layerCount - 2; l >= 0; --l) // the wide last layers spread the lanes out
            settle(layers[l], pass % 2 ? both : down);
    }
    double top = 0, bottom = 0;
    for (int v = 0; v < total; ++v) {
        top = v == 0 ? y[v] : std::min(top, y[v]);
        bottom = v == 0 ? y[v] : std::max(bottom, y[v]);
    }
    for (int v = 0; v < total; ++v)
        place[v] = QPointF(rankOf[v] * options.layerSpacing, y[v] - top);
    result.order = QList<int>(nodeCount, 0);
    result.positions = QList<QPointF>(nodeCount);
    const QHash<int, int> finalPosition = positions();
    for (int v = 0; v < nodeCount; ++v) {
        result.order[v] = finalPosition.value(v);
        result.positions[v] = place[v];
    }
    result.size = QSizeF(std::max(0, layerCount - 1) * options.layerSpacing, total ? bottom - top : 0.0);

    result.reversed = QList<bool>(edges.size(), false);
    result.routes = QList<QList<QPointF>>(edges.size());
    for (int i = 0; i < valid.size(); ++i) {
        QList<QPointF> route;
        for (int v : chains[i])
            route.append(place[v]);
        if (back[i])
            std::reverse(route.begin(), route.end()); // drawn from the real source to the real target
        result.reversed[validIndex[i]] = back[i];
        result.routes[validIndex[i]] = route;
    }
    return result;
}
