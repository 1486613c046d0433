#pragma once

#include <QApplication>
#include <QChart>
#include <QFont>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

// Renders a chart headless at a fixed size, the way an export does: in a scene of its own.
inline QImage renderChart(QChart *chart, const QSize &size)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    QCoreApplication::processEvents(); // lets the chart lay out its axes, legend and series
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    painter.end();
    scene.removeItem(chart);
    return image;
}

// Fixed fonts and time zone, so renders are the same on every machine with fonts-dejavu-core.
inline void useFixedRenderEnvironment()
{
    qputenv("TZ", "UTC");
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
}
