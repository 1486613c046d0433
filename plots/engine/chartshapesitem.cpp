#include "chartshapesitem.h"

#include <QAbstractAxis>
#include <QChart>
#include <QPainter>

ChartShapesItem::ChartShapesItem(QChart *chart, QAbstractSeries *anchor)
    : QGraphicsItem(chart), m_chart(chart), m_anchor(anchor)
{
    setZValue(4); // above the grid and the series, below the legend and labels
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { prepareGeometryChange(); });
}

void ChartShapesItem::addSegment(const QPointF &from, const QPointF &to, const QPen &pen)
{
    m_segments.append({QLineF(from, to), pen});
    update();
}

void ChartShapesItem::addRect(const QRectF &valueRect, const QBrush &brush, const QPen &pen)
{
    m_rects.append({valueRect.normalized(), brush, pen});
    update();
}

QRectF ChartShapesItem::boundingRect() const
{
    return m_chart->plotArea();
}

void ChartShapesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Axis ranges may have changed (zoom, pan) since the last paint: map afresh every time.
    painter->save();
    painter->setClipRect(m_chart->plotArea());
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const Box &box : std::as_const(m_rects)) {
        const QPointF a = m_chart->mapToPosition(box.rect.topLeft(), m_anchor);
        const QPointF b = m_chart->mapToPosition(box.rect.bottomRight(), m_anchor);
        painter->setPen(box.pen);
        painter->setBrush(box.brush);
        painter->drawRect(QRectF(a, b).normalized());
    }
    painter->setBrush(Qt::NoBrush);
    for (const Segment &segment : std::as_const(m_segments)) {
        painter->setPen(segment.pen);
        painter->drawLine(QLineF(m_chart->mapToPosition(segment.line.p1(), m_anchor),
                                 m_chart->mapToPosition(segment.line.p2(), m_anchor)));
    }
    painter->restore();
}
