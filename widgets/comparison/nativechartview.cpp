#include "nativechartview.h"

#include <QChart>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

NativeChartView::NativeChartView(QWidget *parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setFrameShape(QFrame::NoFrame);
    chart()->legend()->hide();
}

void NativeChartView::setNativeChart(std::unique_ptr<QChart> chart, const QString &message)
{
    QChart *old = this->chart();
    m_hasChart = chart != nullptr;
    m_message = message;
    if (!chart) {
        chart = std::make_unique<QChart>();
        chart->legend()->hide();
        chart->setBackgroundBrush(palette().base());
    }
    setChart(chart.release()); // QChartView takes it
    delete old;
    viewport()->update();
}

void NativeChartView::zoomBy(double factor, const QPointF &center)
{
    if (!m_hasChart || factor <= 0)
        return;
    // QChart::zoomIn(rect) keeps the rect's content: a rect around the cursor scaled by 1/factor.
    const QRectF area = chart()->plotArea();
    const QPointF c = area.contains(center) ? center : area.center();
    const QSizeF size = area.size() / factor;
    const QPointF topLeft(c.x() - (c.x() - area.left()) / factor, c.y() - (c.y() - area.top()) / factor);
    chart()->zoomIn(QRectF(topLeft, size));
}

void NativeChartView::panBy(const QPointF &pixels)
{
    if (m_hasChart)
        chart()->scroll(-pixels.x(), pixels.y());
}

void NativeChartView::resetZoom()
{
    if (m_hasChart)
        chart()->zoomReset();
}

void NativeChartView::wheelEvent(QWheelEvent *event)
{
    if (!m_interactive || !m_hasChart) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void NativeChartView::mousePressEvent(QMouseEvent *event)
{
    if (m_interactive && m_hasChart && event->button() == Qt::LeftButton) {
        m_panning = true;
        m_lastPos = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void NativeChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        panBy(event->position() - m_lastPos);
        m_lastPos = event->position();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void NativeChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::LeftButton) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void NativeChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_interactive) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void NativeChartView::keyPressEvent(QKeyEvent *event)
{
    if (!m_interactive || !m_hasChart) {
        QChartView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, chart()->plotArea().center());
        break;
    case Qt::Key_Minus:
        zoomBy(0.8, chart()->plotArea().center());
        break;
    case Qt::Key_0:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void NativeChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_hasChart || m_message.isEmpty())
        return;
    // The reason nothing is drawn, in words, where the chart would be.
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    painter->restore();
}
