#pragma once

#include "lifecyclegraph.h"
#include "lifecyclelayout.h"

#include <QGraphicsView>

class QGraphicsRectItem;

// The lifecycle of one issue drawn as a graph: states as nodes, transitions as arrows, laid out
// in layers (LifecycleLayout), the current state of the spec and of every library highlighted
// from the live labels (done green, pending orange, failed vermillion, the path behind
// them tinted). Wheel zooms around the pointer, dragging pans; zoomIn/zoomOut/fitAll for buttons.
class LifecycleView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit LifecycleView(QWidget *parent = nullptr);

    void setLabels(const QStringList &labels);
    const QStringList &labels() const { return m_labels; }
    const LifecycleGraph &graph() const { return m_graph; }
    const LifecycleLayout::Result &layout() const { return m_layout; }
    LifecycleNodeState nodeState(const QString &key) const { return m_states.value(key, LifecycleNodeState::Inactive); }
    QGraphicsRectItem *nodeItem(const QString &key) const;
    // The fill a node's state and kind give it (for the legend and tests).
    static QColor fillFor(const QString &key, LifecycleNodeState state);

    void zoomBy(double factor);
    void fitAll();
    double zoom() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    void rebuild();

    QStringList m_labels;
    LifecycleGraph m_graph;
    LifecycleLayout::Result m_layout;
    QHash<QString, LifecycleNodeState> m_states;
    QHash<QString, QGraphicsRectItem *> m_nodeItems;
};
