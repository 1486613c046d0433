#pragma once

#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>

class QChart;

// Export of a chart to PNG, SVG and PDF files and to the clipboard.
//
// The chart is laid out at a logical size of `pixels / (dpi / 96)` and drawn scaled, so a
// 4800×2700 PNG at 300 dpi is anyplot's 16×9 inch canvas with text at print size, not a screen
// chart with tiny labels. The chart must not be shown in a view meanwhile (build a fresh one with
// PlotImplementation::build()); it is put into a scene of its own for the drawing, resized, and
// given back to the caller outside any scene. Decimated series are recomputed for the size.
// Everything here runs on the GUI thread (QtCharts is a QGraphicsWidget).
struct ChartExportOptions
{
    QSize pixels{4800, 2700}; // anyplot's canvas
    int dpi = 300;            // 4800 px / 16 in
    QColor background;        // invalid: the chart's own background
};

namespace ChartExport {

enum class Format { Png, Svg, Pdf, Unknown };
Format formatForPath(const QString &path); // by suffix: .png, .svg, .pdf

// The logical size the chart is laid out at for these options.
QSizeF layoutSize(const ChartExportOptions &options);

QImage renderImage(QChart *chart, const ChartExportOptions &options);
// Encoded file contents; empty with *error set on failure.
QByteArray svgBytes(QChart *chart, const ChartExportOptions &options, QString *error);
QByteArray pdfBytes(QChart *chart, const ChartExportOptions &options, QString *error);
QByteArray pngBytes(const QImage &image, QString *error);

// Writes the file atomically (QSaveFile), the format from the suffix.
bool write(QChart *chart, const QString &path, const ChartExportOptions &options, QString *error);
// Writes encoded bytes atomically; safe on any thread (the GUI encodes PNGs off its thread).
bool writeBytes(const QString &path, const QByteArray &bytes, QString *error);

// Puts the rendered image on the clipboard (needs a QGuiApplication).
void copyToClipboard(QChart *chart, const ChartExportOptions &options);

} // namespace ChartExport
