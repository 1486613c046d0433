// Export of native charts (PNG with size and DPI, SVG, PDF) and the engine on bad input: the
// line-basic implementation with a single row, missing values, ±∞/NaN, unsorted time, wrong types
// and 10 million rows — a clear message or a sensible drawing, never a crash.
#include "chartexport.h"
#include "decimatedseries.h"
#include "plotmapping.h"
#include "plotregistry.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
const double notANumber = std::numeric_limits<double>::quiet_NaN();
const double inf = std::numeric_limits<double>::infinity();
const qint64 day = 86400000;

const PlotImplementation *lineBasic()
{
    return PlotRegistry::instance().find(u"line-basic"_s);
}

DataTable table(std::vector<qint64> when, std::vector<double> values, const std::vector<bool> &missing = {})
{
    return DataTable({DataColumnBuilder::fromIntegers(u"x"_s, ColumnType::DateTime, std::move(when)),
                      DataColumnBuilder::fromFloats(u"y"_s, std::move(values), missing)});
}

QLineSeries *lineOf(const QChart *chart)
{
    return chart ? qobject_cast<QLineSeries *>(chart->series().value(0)) : nullptr;
}
} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formats();
    void pngSizeAndDpi_data();
    void pngSizeAndDpi();
    void svgAndPdf();
    void chartReturnsToItsView();
    void registryAndSampleData();
    void badInput_data();
    void badInput();
    void tenMillionRows();
};

void TestChartExport::formats()
{
    QCOMPARE(ChartExport::formatForPath(u"a/b.PNG"_s), ChartExport::Format::Png);
    QCOMPARE(ChartExport::formatForPath(u"b.svg"_s), ChartExport::Format::Svg);
    QCOMPARE(ChartExport::formatForPath(u"b.pdf"_s), ChartExport::Format::Pdf);
    QCOMPARE(ChartExport::formatForPath(u"b.jpg"_s), ChartExport::Format::Unknown);
    // anyplot's canvas at 300 dpi is laid out as 16 × 9 inches of 96 px.
    QCOMPARE(ChartExport::layoutSize(ChartExportOptions()), QSizeF(1536, 864));
}

void TestChartExport::pngSizeAndDpi_data()
{
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<int>("dpi");
    QTest::newRow("anyplot canvas") << QSize(4800, 2700) << 300;
    QTest::newRow("square canvas") << QSize(3600, 3600) << 300;
    QTest::newRow("screen") << QSize(1600, 900) << 96;
    QTest::newRow("tiny") << QSize(64, 36) << 96;
}

void TestChartExport::pngSizeAndDpi()
{
    QFETCH(QSize, pixels);
    QFETCH(int, dpi);
    const PlotImplementation *impl = lineBasic();
    QVERIFY(impl);
    PlotBuildResult built = impl->build(*impl->sampleData(), {{u"x"_s, 0}, {u"y"_s, 1}}, PlotTheme::dark());
    QVERIFY(built.chart);
    QTemporaryDir dir;
    ChartExportOptions options;
    options.pixels = pixels;
    options.dpi = dpi;
    QString error;
    QVERIFY2(ChartExport::write(built.chart.get(), dir.filePath(u"x.png"_s), options, &error), qPrintable(error));
    const QImage image(dir.filePath(u"x.png"_s));
    QCOMPARE(image.size(), pixels);
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
    QCOMPARE(image.pixelColor(1, 1), QColor(0x1A, 0x1A, 0x17)); // dark canvas
    // line-basic's sample (365 days) is below ChartStyle::directPointLimit: every point is kept at
    // any export size; decimation for the export's plot area is tenMillionRows' subject.
    QCOMPARE(lineOf(built.chart.get())->count(), 365);
    // The chart is handed back outside any scene.
    QVERIFY(!built.chart->scene());
}

void TestChartExport::svgAndPdf()
{
    const PlotImplementation *impl = lineBasic();
    PlotBuildResult built = impl->build(*impl->sampleData(), {{u"x"_s, 0}, {u"y"_s, 1}}, PlotTheme::light());
    QString error;
    const QByteArray svg = ChartExport::svgBytes(built.chart.get(), ChartExportOptions(), &error);
    QVERIFY(svg.startsWith("<?xml"));
    QVERIFY2(svg.contains("viewBox=\"0 0 1536 864\""), svg.left(600).constData());
    QVERIFY(svg.contains("line-basic"));
    QVERIFY(svg.contains("#009e73")); // the Okabe-Ito line
    const QByteArray pdf = ChartExport::pdfBytes(built.chart.get(), ChartExportOptions(), &error);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdf.contains("/MediaBox [0 0 1152.0")); // 16 × 9 inches in points
    QVERIFY(pdf.contains(" 648.0"));
    QTemporaryDir dir;
    QVERIFY(!ChartExport::write(built.chart.get(), dir.filePath(u"x.tiff"_s), {}, &error));
    QVERIFY(error.contains(u".png, .svg or .pdf"_s));
    QVERIFY(!ChartExport::write(nullptr, dir.filePath(u"x.png"_s), {}, &error));
}

void TestChartExport::chartReturnsToItsView()
{
    const PlotImplementation *impl = lineBasic();
    PlotBuildResult built = impl->build(*impl->sampleData(), {{u"x"_s, 0}, {u"y"_s, 1}}, PlotTheme::light());
    QChart *chart = built.chart.release();
    QChartView view(chart);
    view.resize(800, 450);
    QGraphicsScene *scene = chart->scene();
    QVERIFY(scene);
    const QImage image = ChartExport::renderImage(chart, ChartExportOptions());
    QCOMPARE(image.size(), QSize(4800, 2700));
    QCOMPARE(chart->scene(), scene); // back in its view's scene
}

void TestChartExport::registryAndSampleData()
{
    const PlotRegistry &registry = PlotRegistry::instance();
    QVERIFY(registry.specIds().contains(u"line-basic"_s));
    QVERIFY(!registry.find(u"no-such-spec"_s));
    for (const auto &impl : registry.all()) {
        // Every implementation's sample data maps itself, by name, without problems.
        const DataTablePtr sample = impl->sampleData();
        QVERIFY2(sample && sample->rowCount() > 0, qPrintable(impl->specId()));
        const PlotColumnMapping mapping = PlotMapping::autoMap(impl->roles(), *sample);
        QVERIFY2(!PlotMapping::hasFatal(PlotMapping::validate(impl->roles(), *sample, mapping)), qPrintable(impl->specId()));
        PlotBuildResult built = impl->build(*sample, mapping, PlotTheme::light());
        QVERIFY2(built.chart, qPrintable(impl->specId()));
    }
}

void TestChartExport::badInput_data()
{
    QTest::addColumn<DataTable>("data");
    QTest::addColumn<bool>("draws");
    QTest::addColumn<int>("points");
    QTest::addColumn<QString>("message");
    QTest::newRow("single row") << table({0}, {5}) << true << 1 << QString();
    QTest::newRow("all missing") << table({0, day}, {1, 2}, {true, true}) << false << 0 << u"has no values"_s;
    QTest::newRow("nan and infinities") << table({0, day, 2 * day, 3 * day}, {1, notANumber, inf, -inf}) << true << 1
                                        << u"infinite"_s;
    QTest::newRow("only infinities") << table({0, day}, {inf, -inf}) << false << 0 << u"no finite numbers"_s;
    QTest::newRow("unsorted time") << table({3 * day, day, 2 * day, 0}, {4, 2, 3, 1}) << true << 4 << QString();
    // Three values at one time: few points go in undecimated, all three kept in time order.
    QTest::newRow("duplicate times") << table({day, day, day}, {1, 2, 3}) << true << 3 << QString();
    QTest::newRow("empty") << DataTable() << false << 0 << u"no rows"_s;
}

void TestChartExport::badInput()
{
    QFETCH(DataTable, data);
    QFETCH(bool, draws);
    QFETCH(int, points);
    QFETCH(QString, message);
    const PlotImplementation *impl = lineBasic();
    PlotBuildResult built = impl->build(data, PlotMapping::autoMap(impl->roles(), data), PlotTheme::light());
    QCOMPARE(bool(built.chart), draws);
    QStringList messages;
    for (const PlotProblem &p : std::as_const(built.problems))
        messages.append(p.message);
    if (!message.isEmpty())
        QVERIFY2(messages.join(u'|').contains(message), qPrintable(messages.join(u'|')));
    if (draws) {
        QLineSeries *line = lineOf(built.chart.get());
        QCOMPARE(line->count(), points);
        for (int i = 1; i < line->count(); ++i)
            QVERIFY(line->at(i).x() >= line->at(i - 1).x()); // the line never jumps backwards
        ChartExportOptions small;
        small.pixels = QSize(320, 180);
        small.dpi = 96;
        QVERIFY(!ChartExport::renderImage(built.chart.get(), small).isNull());
    }
}

void TestChartExport::tenMillionRows()
{
    const qsizetype n = 10'000'000;
    std::vector<qint64> when(static_cast<size_t>(n));
    std::vector<double> values(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i) {
        when[size_t(i)] = i * 1000;
        values[size_t(i)] = std::sin(double(i) / 1e5);
    }
    const DataTable data = table(std::move(when), std::move(values));
    const PlotImplementation *impl = lineBasic();
    QElapsedTimer timer;
    timer.start();
    PlotBuildResult built = impl->build(data, {{u"x"_s, 0}, {u"y"_s, 1}}, PlotTheme::light());
    qInfo("build with 10 M rows: %lld ms", timer.elapsed());
    QVERIFY(built.chart);
    QLineSeries *line = lineOf(built.chart.get());
    QVERIFY(line->count() <= 4 * DecimatedSeries::initialColumns + 2);
    ChartExportOptions small;
    small.pixels = QSize(1600, 900);
    small.dpi = 96;
    QVERIFY(!ChartExport::renderImage(built.chart.get(), small).isNull());
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
