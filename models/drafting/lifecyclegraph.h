#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The lifecycle state machine of CONTRACTS.md §5 as a graph: the spec's own path
// (spec-request → approved → spec-ready; duplicate closes it) and, per library,
// generate:{lib} → impl:{lib}:pending → impl:{lib}:done | impl:{lib}:failed (failed → generate
// again). Node keys are the labels that put an issue in that state.
struct LifecycleGraph
{
    enum class Lane { Spec, Library };
    struct Node
    {
        QString key;     // "spec-request", "generate:matplotlib", "impl:matplotlib:done", …
        QString label;   // for people: "Spec requested", "matplotlib: done", …
        Lane lane = Lane::Spec;
        QString library; // Library lane only
    };
    struct Edge
    {
        int from = 0;
        int to = 0;
        QString label;   // what makes the transition happen
    };

    QList<Node> nodes;
    QList<Edge> edges;

    int indexOf(const QString &key) const;
    // anyplot's nine libraries, and any other named (a label can name a library we do not know).
    static LifecycleGraph anyplot(const QStringList &extraLibraries = {});
    static const QStringList &knownLibraries();
};

// How a node looks for one issue's labels.
enum class LifecycleNodeState {
    Inactive, // not reached
    Passed,   // reached and left
    Current,  // the state the labels spell now
};

// From an issue's live labels to the state of every node of its lifecycle graph: the spec's
// current stage and each library's (pending, done, failed). Stages before the current one count
// as passed; a library with any state implies the spec was ready (generation only runs then).
namespace LifecycleHighlight {
QHash<QString, LifecycleNodeState> fromLabels(const QStringList &labels);
// Libraries the labels name that the graph must show (beyond the known nine).
QStringList librariesIn(const QStringList &labels);
}
