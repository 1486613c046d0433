#pragma once

#include <QChartView>

#include <memory>

class QChart;

// Our native chart, live: the wheel zooms around the cursor, dragging pans, a double click shows
// everything again. Decimated series (DecimatedSeries) follow on their own; this view only moves
// the axes. Owns the chart it is given.
class NativeChartView : public QChartView
{
    Q_OBJECT
public:
    explicit NativeChartView(QWidget *parent = nullptr);

    // Replaces the chart (null: an empty view with `message`).
    void setNativeChart(std::unique_ptr<QChart> chart, const QString &message = {});
    bool hasChart() const { return m_hasChart; }
    QString message() const { return m_message; }

    // Interaction off for the small tiles (a click there opens the tile large).
    void setInteractive(bool interactive) { m_interactive = interactive; }

    void zoomBy(double factor, const QPointF &center);
    void panBy(const QPointF &pixels);
    void resetZoom();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    bool m_hasChart = false;
    bool m_interactive = true;
    bool m_panning = false;
    QPointF m_lastPos;
    QString m_message;
};
