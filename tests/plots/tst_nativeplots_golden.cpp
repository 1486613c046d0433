// Golden renders: every native implementation drawn headless with its sample data at 480×270 in
// the light theme (and a few in dark), compared with the PNGs under tests/plots/golden/ within a
// pixel tolerance. After an intended change: PLOTBENCH_UPDATE_GOLDEN=1 ctest -R tst_nativeplots_golden
#include "chartimage.h"
#include "plotregistry.h"

#include <QChart>
#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QSize goldenSize(480, 270);

// Share of pixels whose colour differs by more than `threshold` in any channel (anti-aliasing
// and sub-pixel text placement stay under it).
double differingShare(const QImage &a, const QImage &b, int threshold)
{
    if (a.size() != b.size())
        return 1.0;
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d = std::max({std::abs(qRed(p[col]) - qRed(q[col])), std::abs(qGreen(p[col]) - qGreen(q[col])),
                                    std::abs(qBlue(p[col]) - qBlue(q[col]))});
            differing += d > threshold;
        }
    }
    return double(differing) / (double(x.width()) * x.height());
}
} // namespace

class TestNativePlotsGolden : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { useFixedRenderEnvironment(); }

    void matchesGolden_data()
    {
        QTest::addColumn<QString>("specId");
        QTest::addColumn<bool>("dark");
        for (const QString &id : PlotRegistry::instance().specIds())
            QTest::newRow(qPrintable(id)) << id << false;
        for (const QString &id : {u"bar-basic"_s, u"scatter-basic"_s, u"line-basic"_s, u"pie-basic"_s, u"heatmap-basic"_s})
            QTest::newRow(qPrintable(id + u"-dark"_s)) << id << true;
    }

    void matchesGolden()
    {
        QFETCH(QString, specId);
        QFETCH(bool, dark);
        const PlotImplementation *impl = PlotRegistry::instance().find(specId);
        QVERIFY(impl);
        const DataTablePtr sample = impl->sampleData();
        PlotColumnMapping mapping;
        for (const PlotDataRole &role : impl->roles())
            if (sample->columnIndex(role.name) >= 0)
                mapping.insert(role.name, sample->columnIndex(role.name));
        const PlotBuildResult result = impl->build(*sample, mapping, dark ? PlotTheme::dark() : PlotTheme::light());
        QVERIFY(result.chart);
        const QImage actual = renderChart(result.chart.get(), goldenSize).convertToFormat(QImage::Format_RGB32);

        const QString name = specId + (dark ? u"-dark.png"_s : u"-light.png"_s);
        const QString goldenPath = QStringLiteral(PLOTBENCH_GOLDEN_DIR) + u'/' + name;
        if (qEnvironmentVariableIntValue("PLOTBENCH_UPDATE_GOLDEN") == 1) {
            QVERIFY(actual.save(goldenPath, "PNG", 9));
            qInfo("updated %s", qPrintable(goldenPath));
            return;
        }
        const QImage golden(goldenPath);
        QVERIFY2(!golden.isNull(), qPrintable(u"no golden image "_s + goldenPath
                                              + u"; run with PLOTBENCH_UPDATE_GOLDEN=1 to create it"_s));
        const double share = differingShare(actual, golden, 48);
        if (share > 0.005) {
            QDir().mkpath(QStringLiteral(PLOTBENCH_GOLDEN_OUTPUT));
            const QString actualPath = QStringLiteral(PLOTBENCH_GOLDEN_OUTPUT) + u'/' + name;
            actual.save(actualPath);
            QFAIL(qPrintable(u"%1% of the pixels differ from %2 (allowed 0.5%); this render: %3"_s
                                 .arg(share * 100, 0, 'f', 2).arg(goldenPath, actualPath)));
        }
    }
};

QTEST_MAIN(TestNativePlotsGolden)
#include "tst_nativeplots_golden.moc"
