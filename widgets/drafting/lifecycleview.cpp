#include "lifecycleview.h"

#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainterPath>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr double nodeWidth = 150;
constexpr double nodeHeight = 34;

// anyplot's Okabe-Ito palette.
const QColor green(0x00, 0x9E, 0x73);
const QColor vermillion(0xD5, 0x5E, 0x00);
const QColor orange(0xE6, 0x9F, 0x00);
const QColor blue(0x00, 0x72, 0xB2);
const QColor ink(0x1A, 0x1A, 0x17);
const QColor paper(0xFA, 0xF8, 0xF1);

QPointF edgePoint(const QPointF &centre, const QPointF &toward)
{
    // Where the segment from the centre toward a point leaves the node's box.
    const QPointF d = toward - centre;
    if (d.isNull())
        return centre;
    const double sx = std::abs(d.x()) > 1e-9 ? (nodeWidth / 2) / std::abs(d.x()) : 1e9;
    const double sy = std::abs(d.y()) > 1e-9 ? (nodeHeight / 2) / std::abs(d.y()) : 1e9;
    return centre + d * std::min({sx, sy, 1.0});
}
} // namespace

LifecycleView::LifecycleView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundBrush(paper);
    setToolTip(tr("Wheel to zoom, drag to pan"));
    rebuild();
}

void LifecycleView::setLabels(const QStringList &labels)
{
    m_labels = labels;
    rebuild();
}

QGraphicsRectItem *LifecycleView::nodeItem(const QString &key) const
{
    return m_nodeItems.value(key);
}

QColor LifecycleView::fillFor(const QString &key, LifecycleNodeState state)
{
    if (state == LifecycleNodeState::Inactive)
        return Qt::white;
    QColor color = key.endsWith(u":done"_s)      ? green
        : key.endsWith(u":failed"_s)             ? vermillion
        : key.endsWith(u":pending"_s)            ? orange
        : key == u"duplicate"_s                  ? QColor(0x99, 0x99, 0x99)
                                                 : blue;
    if (state == LifecycleNodeState::Passed)
        color = QColor::fromHslF(color.hslHueF(), 0.35, 0.88); // the path behind: a pale tint
    return color;
}

void LifecycleView::rebuild()
{
    QGraphicsScene *s = scene();
    s->clear();
    m_nodeItems.clear();
    m_graph = LifecycleGraph::anyplot(LifecycleHighlight::librariesIn(m_labels));
    m_states = LifecycleHighlight::fromLabels(m_labels);
    QList<LifecycleLayout::Edge> edges;
    for (const LifecycleGraph::Edge &e : m_graph.edges)
        edges.append({e.from, e.to});
    LifecycleLayout::Options options;
    options.layerSpacing = nodeWidth + 70;
    options.nodeSpacing = nodeHeight + 14;
    m_layout = LifecycleLayout::compute(int(m_graph.nodes.size()), edges, options);

    // Edges first, under the nodes: a polyline through the dummy points, an arrowhead at the end.
    for (int e = 0; e < m_graph.edges.size(); ++e) {
        QList<QPointF> route = m_layout.routes.value(e);
        if (route.size() < 2)
            continue;
        route.first() = edgePoint(route.first(), route[1]);
        route.last() = edgePoint(route.last(), route[route.size() - 2]);
        QPainterPath path(route.first());
        for (int i = 1; i < route.size(); ++i)
            path.lineTo(route[i]);
        const LifecycleGraph::Edge &edge = m_graph.edges[e];
        const bool taken = m_states.contains(m_graph.nodes[edge.from].key)
            && m_states.contains(m_graph.nodes[edge.to].key);
        QPen pen(taken ? ink : QColor(0xB0, 0xAE, 0xA6), taken ? 1.8 : 1.0);
        if (m_layout.reversed.value(e))
            pen.setStyle(Qt::DashLine); // a way back (retry)
        auto *line = s->addPath(path, pen);
        line->setToolTip(edge.label);
        const QPointF tip = route.last();
        const QPointF from = route[route.size() - 2];
        const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
        QPolygonF head;
        head << tip << tip - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * 9
             << tip - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * 9;
        s->addPolygon(head, QPen(pen.color()), QBrush(pen.color()));
    }
    for (int n = 0; n < m_graph.nodes.size(); ++n) {
        const LifecycleGraph::Node &node = m_graph.nodes[n];
        const LifecycleNodeState state = m_states.value(node.key, LifecycleNodeState::Inactive);
        const QPointF centre = m_layout.positions[n];
        const QRectF box(centre.x() - nodeWidth / 2, centre.y() - nodeHeight / 2, nodeWidth, nodeHeight);
        QPen border(state == LifecycleNodeState::Current ? ink : QColor(0x8A, 0x88, 0x80),
                    state == LifecycleNodeState::Current ? 2.5 : 1.0);
        auto *rect = s->addRect(box, border, fillFor(node.key, state));
        rect->setToolTip(node.key);
        rect->setData(0, node.key);
        auto *text = new QGraphicsSimpleTextItem(node.label, rect);
        QFont font = text->font();
        font.setBold(state == LifecycleNodeState::Current);
        text->setFont(font);
        const bool darkFill = state == LifecycleNodeState::Current;
        text->setBrush(darkFill ? Qt::white : ink);
        const QRectF bounds = text->boundingRect();
        text->setPos(centre - QPointF(bounds.width() / 2, bounds.height() / 2));
        m_nodeItems.insert(node.key, rect);
    }
    s->setSceneRect(s->itemsBoundingRect().adjusted(-30, -30, 30, 30));
}

void LifecycleView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.1 || next > 8)
        return;
    scale(factor, factor);
}

void LifecycleView::fitAll()
{
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

void LifecycleView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, steps));
    event->accept();
}
