#include "chartexport.h"

#include "decimatedseries.h"

#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartExport", text);
}

// Holds the chart in a scene of its own for one drawing and hands it back afterwards.
class ChartStage
{
public:
    ChartStage(QChart *chart, const QSizeF &size) : m_chart(chart), m_previousScene(chart->scene())
    {
        if (m_previousScene)
            m_previousScene->removeItem(chart);
        m_scene.addItem(chart);
        m_previousGeometry = chart->geometry();
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        // Layout is normally deferred to the event loop; an export has none to wait for.
        if (QGraphicsLayout *layout = chart->layout())
            layout->activate();
        QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
        DecimatedSeries::refreshNow(chart);
        m_scene.setSceneRect(QRectF(QPointF(0, 0), size));
    }
    ~ChartStage()
    {
        m_scene.removeItem(m_chart);
        m_chart->setGeometry(m_previousGeometry);
        if (m_previousScene)
            m_previousScene->addItem(m_chart);
    }
    void render(QPainter *painter, const QRectF &target, const QColor &background)
    {
        if (background.isValid())
            painter->fillRect(target, background);
        m_scene.render(painter, target, m_scene.sceneRect(), Qt::IgnoreAspectRatio);
    }

private:
    QChart *m_chart;
    QGraphicsScene *m_previousScene;
    QGraphicsScene m_scene;
    QRectF m_previousGeometry;
};

} // namespace

namespace ChartExport {

Format formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    return Format::Unknown;
}

QSizeF layoutSize(const ChartExportOptions &options)
{
    const double scale = std::max(0.1, options.dpi / 96.0);
    return QSizeF(std::max(1.0, options.pixels.width() / scale), std::max(1.0, options.pixels.height() / scale));
}

QImage renderImage(QChart *chart, const ChartExportOptions &options)
{
    if (!chart || options.pixels.isEmpty())
        return {};
    // Opaque canvases as RGB32: the PNG writer then skips un-premultiplying 13 M pixels.
    const QColor fill = options.background.isValid() ? options.background : chart->backgroundBrush().color();
    QImage image(options.pixels, fill.alpha() == 255 ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.fill(fill);
    const int dotsPerMeter = int(std::lround(options.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    ChartStage stage(chart, layoutSize(options));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    stage.render(&painter, QRectF(QPointF(0, 0), QSizeF(options.pixels)), options.background);
    painter.end();
    return image;
}

QByteArray svgBytes(QChart *chart, const ChartExportOptions &options, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF size = layoutSize(options);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(chart ? chart->title() : QString());
    generator.setDescription(tr("Drawn by Plotbench with Qt Charts"));
    ChartStage stage(chart, size);
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = tr("The SVG could not be drawn.");
        return {};
    }
    stage.render(&painter, QRectF(QPointF(0, 0), size), options.background);
    painter.end();
    return bytes;
}

QByteArray pdfBytes(QChart *chart, const ChartExportOptions &options, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QSizeF size = layoutSize(options);
    QPdfWriter writer(&buffer);
    writer.setResolution(96);
    writer.setPageSize(QPageSize(size * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(chart ? chart->title() : QString());
    writer.setCreator(u"Plotbench"_s);
    ChartStage stage(chart, size);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("The PDF could not be drawn.");
        return {};
    }
    stage.render(&painter, QRectF(QPointF(0, 0), size), options.background);
    painter.end();
    return bytes;
}

QByteArray pngBytes(const QImage &image, QString *error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // A fast zlib level: 4800×2700 at the default level takes several times as long for ~10 % less.
    if (image.isNull() || !image.save(&buffer, "PNG", 80)) {
        *error = tr("The PNG could not be encoded (is the size too large?).");
        return {};
    }
    return bytes;
}

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool write(QChart *chart, const QString &path, const ChartExportOptions &options, QString *error)
{
    if (!chart) {
        *error = tr("There is no chart to export.");
        return false;
    }
    QByteArray bytes;
    switch (formatForPath(path)) {
    case Format::Png:
        bytes = pngBytes(renderImage(chart, options), error);
        break;
    case Format::Svg:
        bytes = svgBytes(chart, options, error);
        break;
    case Format::Pdf:
        bytes = pdfBytes(chart, options, error);
        break;
    case Format::Unknown:
        *error = tr("%1: the file name must end in .png, .svg or .pdf.").arg(path);
        return false;
    }
    return !bytes.isEmpty() && writeBytes(path, bytes, error);
}

void copyToClipboard(QChart *chart, const ChartExportOptions &options)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setImage(renderImage(chart, options));
}

} // namespace ChartExport
