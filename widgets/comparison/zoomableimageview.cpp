#include "zoomableimageview.h"

#include <QGraphicsPixmapItem>
#include <QWheelEvent>

#include <cmath>

ZoomableImageView::ZoomableImageView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    m_item = scene()->addPixmap(QPixmap());
    m_item->setTransformationMode(Qt::SmoothTransformation);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setFrameShape(QFrame::NoFrame);
}

void ZoomableImageView::setImage(const QImage &image)
{
    m_item->setPixmap(QPixmap::fromImage(image));
    scene()->setSceneRect(m_item->boundingRect());
    fitToView();
}

bool ZoomableImageView::hasImage() const
{
    return !m_item->pixmap().isNull();
}

void ZoomableImageView::fitToView()
{
    if (!hasImage())
        return;
    fitInView(m_item, Qt::KeepAspectRatio);
    m_fitted = true;
}

void ZoomableImageView::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.25, event->angleDelta().y() / 120.0);
    const double next = zoomFactor() * factor;
    if (next < 0.02 || next > 16)
        return;
    scale(factor, factor);
    m_fitted = false;
    event->accept();
}

void ZoomableImageView::mouseDoubleClickEvent(QMouseEvent *event)
{
    fitToView();
    QGraphicsView::mouseDoubleClickEvent(event);
}

void ZoomableImageView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitToView();
}
