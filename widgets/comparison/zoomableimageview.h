#pragma once

#include <QGraphicsView>
#include <QImage>

class QGraphicsPixmapItem;

// A picture at full size: fits the view at first, the wheel zooms around the cursor, dragging pans,
// a double click fits again.
class ZoomableImageView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ZoomableImageView(QWidget *parent = nullptr);
    void setImage(const QImage &image);
    bool hasImage() const;
    void fitToView();
    double zoomFactor() const { return transform().m11(); }

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QGraphicsPixmapItem *m_item;
    bool m_fitted = true;
};
