#pragma once

#include <QBrush>
#include <QGraphicsItem>
#include <QLineF>
#include <QList>
#include <QPen>
#include <QRectF>

class QAbstractSeries;
class QChart;

// Shapes QtCharts has no series for (error bars, stems, lollipop sticks, dumbbell bars, heatmap
// cells), drawn in data coordinates inside the chart's plot area. A child of the chart, it is
// rendered, exported and deleted with it and follows every zoom and resize, because positions are
// mapped through the chart at paint time.
class ChartShapesItem : public QGraphicsItem
{
public:
    // `anchor` is a series attached to the axes the shapes' coordinates refer to.
    ChartShapesItem(QChart *chart, QAbstractSeries *anchor);

    void addSegment(const QPointF &from, const QPointF &to, const QPen &pen);
    void addRect(const QRectF &valueRect, const QBrush &brush, const QPen &pen = Qt::NoPen);
    qsizetype shapeCount() const { return m_segments.size() + m_rects.size(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Segment { QLineF line; QPen pen; };
    struct Box { QRectF rect; QBrush brush; QPen pen; };
    QChart *m_chart;
    QAbstractSeries *m_anchor;
    QList<Segment> m_segments;
    QList<Box> m_rects;
};
