#pragma once

#include "chartexport.h"

#include <QApplication>
#include <QChart>
#include <QFont>
#include <QImage>

// Renders a chart headless at a fixed size through the export path (96 dpi: one logical pixel
// per image pixel), decimated series recomputed for that size.
inline QImage renderChart(QChart *chart, const QSize &size)
{
    ChartExportOptions options;
    options.pixels = size;
    options.dpi = 96;
    return ChartExport::renderImage(chart, options);
}

// Fixed fonts and time zone, so renders are the same on every machine with fonts-dejavu-core.
inline void useFixedRenderEnvironment()
{
    qputenv("TZ", "UTC");
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
}
