#include "lifecyclegraph.h"

#include "issuelifecycle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int LifecycleGraph::indexOf(const QString &key) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes[i].key == key)
            return i;
    return -1;
}

const QStringList &LifecycleGraph::knownLibraries()
{
    static const QStringList libraries{u"altair"_s, u"bokeh"_s,  u"highcharts"_s, u"letsplot"_s, u"matplotlib"_s,
                                       u"plotly"_s, u"plotnine"_s, u"pygal"_s,     u"seaborn"_s};
    return libraries;
}

LifecycleGraph LifecycleGraph::anyplot(const QStringList &extraLibraries)
{
    LifecycleGraph graph;
    auto add = [&graph](const QString &key, const QString &label, Lane lane, const QString &library = {}) {
        graph.nodes.append({key, label, lane, library});
        return int(graph.nodes.size() - 1);
    };
    auto connect = [&graph](int from, int to, const QString &label) { graph.edges.append({from, to, label}); };
    const int requested = add(u"spec-request"_s, QCoreApplication::translate("LifecycleGraph", "Spec requested"), Lane::Spec);
    const int approved = add(u"approved"_s, QCoreApplication::translate("LifecycleGraph", "Approved"), Lane::Spec);
    const int ready = add(u"spec-ready"_s, QCoreApplication::translate("LifecycleGraph", "Spec ready"), Lane::Spec);
    const int duplicate = add(u"duplicate"_s, QCoreApplication::translate("LifecycleGraph", "Duplicate (closed)"), Lane::Spec);
    connect(requested, approved, QCoreApplication::translate("LifecycleGraph", "a maintainer approves"));
    connect(requested, duplicate, QCoreApplication::translate("LifecycleGraph", "closed as a duplicate"));
    connect(approved, ready, QCoreApplication::translate("LifecycleGraph", "the spec is merged"));

    QStringList libraries = knownLibraries();
    for (const QString &library : extraLibraries)
        if (!libraries.contains(library))
            libraries.append(library);
    for (const QString &lib : libraries) {
        const int generate = add(u"generate:"_s + lib, QCoreApplication::translate("LifecycleGraph", "%1: generate").arg(lib), Lane::Library, lib);
        const int pending = add(u"impl:%1:pending"_s.arg(lib), QCoreApplication::translate("LifecycleGraph", "%1: pending").arg(lib), Lane::Library, lib);
        const int done = add(u"impl:%1:done"_s.arg(lib), QCoreApplication::translate("LifecycleGraph", "%1: done").arg(lib), Lane::Library, lib);
        const int failed = add(u"impl:%1:failed"_s.arg(lib), QCoreApplication::translate("LifecycleGraph", "%1: failed").arg(lib), Lane::Library, lib);
        connect(ready, generate, QCoreApplication::translate("LifecycleGraph", "generation requested"));
        connect(generate, pending, QCoreApplication::translate("LifecycleGraph", "a workflow starts"));
        connect(pending, done, QCoreApplication::translate("LifecycleGraph", "merged after review"));
        connect(pending, failed, QCoreApplication::translate("LifecycleGraph", "review or tests failed"));
        connect(failed, generate, QCoreApplication::translate("LifecycleGraph", "requested again"));
    }
    return graph;
}

namespace LifecycleHighlight {

QStringList librariesIn(const QStringList &labels)
{
    const IssueLifecycle lifecycle = IssueLifecycle::fromLabels(labels);
    QStringList extra;
    for (auto it = lifecycle.libraries.cbegin(); it != lifecycle.libraries.cend(); ++it)
        if (!LifecycleGraph::knownLibraries().contains(it.key()))
            extra.append(it.key());
    return extra;
}

QHash<QString, LifecycleNodeState> fromLabels(const QStringList &labels)
{
    using Stage = IssueLifecycle::SpecStage;
    using Library = IssueLifecycle::LibraryState;
    const IssueLifecycle lifecycle = IssueLifecycle::fromLabels(labels);
    QHash<QString, LifecycleNodeState> states;
    auto passed = [&states](const QString &key) { states.insert(key, LifecycleNodeState::Passed); };
    auto current = [&states](const QString &key) { states.insert(key, LifecycleNodeState::Current); };

    Stage stage = lifecycle.stage;
    if (!lifecycle.libraries.isEmpty() && (stage == Stage::None || stage == Stage::Requested || stage == Stage::Approved))
        stage = Stage::Ready; // implementations are only generated for a merged spec
    switch (stage) {
    case Stage::None:
        break;
    case Stage::Requested:
        current(u"spec-request"_s);
        break;
    case Stage::Approved:
        passed(u"spec-request"_s);
        current(u"approved"_s);
        break;
    case Stage::Ready:
        passed(u"spec-request"_s);
        passed(u"approved"_s);
        // With libraries under way the spec's part is over; alone, it is where the issue stands.
        if (lifecycle.libraries.isEmpty())
            current(u"spec-ready"_s);
        else
            passed(u"spec-ready"_s);
        break;
    case Stage::Duplicate:
        passed(u"spec-request"_s);
        current(u"duplicate"_s);
        break;
    }
    for (auto it = lifecycle.libraries.cbegin(); it != lifecycle.libraries.cend(); ++it) {
        const QString &lib = it.key();
        const QString generate = u"generate:"_s + lib;
        const QString pending = u"impl:%1:pending"_s.arg(lib);
        switch (it.value()) {
        case Library::None:
            break;
        case Library::GenerateRequested:
            current(generate);
            break;
        case Library::Pending:
            passed(generate);
            current(pending);
            break;
        case Library::Done:
            passed(generate);
            passed(pending);
            current(u"impl:%1:done"_s.arg(lib));
            break;
        case Library::Failed:
            passed(generate);
            passed(pending);
            current(u"impl:%1:failed"_s.arg(lib));
            break;
        }
    }
    return states;
}

} // namespace LifecycleHighlight
