#include "plotstatistics.h"

#include <QTest>

#include <cmath>

using namespace PlotStatistics;

class TestPlotStatistics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quantileInterpolates_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        // R: quantile(c(1, 2, 4, 8, 16), p, type = 7)
        QTest::newRow("min") << 0.0 << 1.0;
        QTest::newRow("q1") << 0.25 << 2.0;
        QTest::newRow("median") << 0.5 << 4.0;
        QTest::newRow("0.9") << 0.9 << 12.8;
        QTest::newRow("max") << 1.0 << 16.0;
    }
    void quantileInterpolates()
    {
        QFETCH(double, p);
        QFETCH(double, expected);
        QCOMPARE(quantile({1, 2, 4, 8, 16}, p), expected);
    }

    void quantileOfNothingIsNan() { QVERIFY(std::isnan(quantile({}, 0.5))); }

    void histogramCountsEveryValueOnce()
    {
        const std::vector<double> values{0, 0.5, 1, 1.5, 2, 2.5, 3, 10};
        const Histogram h = histogram(values, 5);
        QCOMPARE(h.edges.size(), size_t(6));
        QCOMPARE(h.edges.front(), 0.0);
        QCOMPARE(h.edges.back(), 10.0);
        double total = 0;
        for (double c : h.counts)
            total += c;
        QCOMPARE(total, 8.0);
        QCOMPARE(h.counts.front(), 4.0); // 0, 0.5, 1, 1.5 fall in [0, 2); 2 opens the next bin
        QCOMPARE(h.counts.back(), 1.0);  // the maximum lands in the last bin
    }

    void histogramOfAConstantIsOneBin()
    {
        const Histogram h = histogram({3, 3, 3}, 10);
        QCOMPARE(h.counts.size(), size_t(1));
        QCOMPARE(h.counts[0], 3.0);
        QVERIFY(h.edges[0] < 3 && h.edges[1] > 3);
    }

    void binCountFollowsFreedmanDiaconis()
    {
        std::vector<double> values;
        for (int i = 0; i < 1000; ++i)
            values.push_back(i);
        // IQR 499.5, width 2·499.5/10 = 99.9 → range 999 / 99.9 = 10 bins
        QCOMPARE(binCount(values), 10);
        QCOMPARE(binCount({1}), 1);
        QCOMPARE(binCount({2, 2, 2, 2}), 1);
    }

    void boxStatisticsFindWhiskersAndOutliers()
    {
        const std::vector<double> v{1, 2, 3, 4, 5, 6, 7, 8, 9, 40};
        const BoxStatistics b = boxStatistics(v);
        QCOMPARE(b.q1, 3.25);
        QCOMPARE(b.median, 5.5);
        QCOMPARE(b.q3, 7.75);
        QCOMPARE(b.lowerWhisker, 1.0);
        QCOMPARE(b.upperWhisker, 9.0);
        QCOMPARE(b.outliers, std::vector<double>{40});
    }

    void kdeIntegratesToOne()
    {
        SampleRandom random(1);
        std::vector<double> v;
        for (int i = 0; i < 500; ++i)
            v.push_back(random.normal(10, 2));
        std::sort(v.begin(), v.end());
        const double bw = silvermanBandwidth(v);
        QVERIFY(bw > 0.3 && bw < 1.0);
        const std::vector<double> grid = linspace(-5, 25, 3001);
        const std::vector<double> d = gaussianKde(v, bw, grid);
        double area = 0;
        for (size_t i = 1; i < grid.size(); ++i)
            area += (d[i] + d[i - 1]) / 2 * (grid[i] - grid[i - 1]);
        QVERIFY2(std::abs(area - 1) < 1e-3, qPrintable(QString::number(area)));
        // The peak sits near the mean.
        const auto peak = std::max_element(d.begin(), d.end()) - d.begin();
        QVERIFY(std::abs(grid[size_t(peak)] - 10) < 1);
    }

    void linearFitRecoversALine()
    {
        const LinearFit fit = linearFit({0, 1, 2, 3}, {1, 3, 5, 7});
        QVERIFY(fit.valid);
        QCOMPARE(fit.slope, 2.0);
        QCOMPARE(fit.intercept, 1.0);
        QCOMPARE(fit.rSquared, 1.0);
        QVERIFY(!linearFit({1, 1, 1}, {1, 2, 3}).valid); // no spread in x
        QVERIFY(!linearFit({1}, {1}).valid);
    }

    void normalQuantileMatchesTables_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("z");
        QTest::newRow("median") << 0.5 << 0.0;
        QTest::newRow("0.975") << 0.975 << 1.959963984540054;
        QTest::newRow("0.01") << 0.01 << -2.326347874040841;
        QTest::newRow("1e-6") << 1e-6 << -4.753424308822899;
    }
    void normalQuantileMatchesTables()
    {
        QFETCH(double, p);
        QFETCH(double, z);
        QVERIFY2(std::abs(normalQuantile(p) - z) < 1e-9, qPrintable(QString::number(normalQuantile(p), 'g', 17)));
    }

    void normalQuantileOutsideIsInfiniteOrNan()
    {
        QVERIFY(std::isinf(normalQuantile(0)) && normalQuantile(0) < 0);
        QVERIFY(std::isinf(normalQuantile(1)));
        QVERIFY(std::isnan(normalQuantile(1.5)));
    }

    void sampleRandomIsDeterministic()
    {
        SampleRandom a(42), b(42);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(a.normal(), b.normal());
        SampleRandom c(42);
        double sum = 0, squares = 0;
        for (int i = 0; i < 20000; ++i) {
            const double x = c.normal();
            sum += x;
            squares += x * x;
        }
        QVERIFY(std::abs(sum / 20000) < 0.03);
        QVERIFY(std::abs(squares / 20000 - 1) < 0.05);
    }
};

QTEST_GUILESS_MAIN(TestPlotStatistics)
#include "tst_plotstatistics.moc"
