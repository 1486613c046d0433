// The helpers the twin native plots share (stackedcategories.h, piesectors.h, sharedsamples.h):
// their data halves, checked value by value; their drawings are covered by tst_nativeplots_golden.
#include "piesectors.h"
#include "plotinput.h"
#include "sharedsamples.h"
#include "stackedcategories.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {
// Two groups × three categories, [group][category].
PlotInput::Pivot pivotOf(std::vector<double> first, std::vector<double> second)
{
    PlotInput::Pivot p;
    p.categories = {u"A"_s, u"B"_s, u"C"_s};
    p.groups = {u"x"_s, u"y"_s};
    p.values = {std::move(first), std::move(second)};
    return p;
}

PlotInput::CategoryTotals totalsOf(std::vector<double> values)
{
    PlotInput::CategoryTotals t;
    for (size_t i = 0; i < values.size(); ++i)
        t.labels.append(u"P%1"_s.arg(i));
    t.values = std::move(values);
    return t;
}

const QList<PlotDataRole> pieRoles{{u"category"_s, PlotDataRole::Kind::Categorical, false, {}},
                                   {u"value"_s, PlotDataRole::Kind::Numeric, false, {}}};
} // namespace

class TestTwinHelpers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clipNegativesCountsAndZeroes()
    {
        PlotInput::Pivot p = pivotOf({5, -2, 3}, {-1, 4, -0.5});
        QCOMPARE(StackedCategories::clipNegatives(p), 3);
        QCOMPARE(p.values[0], (std::vector<double>{5, 0, 3}));
        QCOMPARE(p.values[1], (std::vector<double>{0, 4, 0}));
        QCOMPARE(StackedCategories::clipNegatives(p), 0);
    }

    void normaliseToPercent_data()
    {
        QTest::addColumn<std::vector<double>>("first");
        QTest::addColumn<std::vector<double>>("second");
        QTest::addColumn<std::vector<double>>("firstShare");
        QTest::addColumn<std::vector<double>>("secondShare");
        QTest::newRow("shares") << std::vector<double>{1, 3, 10} << std::vector<double>{3, 1, 0}
                                << std::vector<double>{25, 75, 100} << std::vector<double>{75, 25, 0};
        QTest::newRow("an empty category stays empty") << std::vector<double>{0, 2, 0} << std::vector<double>{0, 2, 0}
                                                       << std::vector<double>{0, 50, 0} << std::vector<double>{0, 50, 0};
    }
    void normaliseToPercent()
    {
        QFETCH(std::vector<double>, first);
        QFETCH(std::vector<double>, second);
        QFETCH(std::vector<double>, firstShare);
        QFETCH(std::vector<double>, secondShare);
        PlotInput::Pivot p = pivotOf(first, second);
        StackedCategories::normaliseToPercent(p);
        QCOMPARE(p.values[0], firstShare);
        QCOMPARE(p.values[1], secondShare);
    }

    void extent_data()
    {
        QTest::addColumn<std::vector<double>>("first");
        QTest::addColumn<std::vector<double>>("second");
        QTest::addColumn<double>("lowest");
        QTest::addColumn<double>("highest");
        QTest::addColumn<double>("stackBottom");
        QTest::addColumn<double>("stackTop");
        QTest::newRow("positive") << std::vector<double>{1, 2, 3} << std::vector<double>{4, 5, 1} << 0.0 << 5.0 << 0.0
                                  << 7.0;
        QTest::newRow("mixed") << std::vector<double>{5, -2, 3} << std::vector<double>{-1, 4, -6} << -6.0 << 5.0 << -6.0
                               << 5.0;
        QTest::newRow("all negative") << std::vector<double>{-1, -2, -3} << std::vector<double>{-1, -1, -1} << -3.0 << 0.0
                                      << -4.0 << 0.0;
    }
    void extent()
    {
        QFETCH(std::vector<double>, first);
        QFETCH(std::vector<double>, second);
        const StackedCategories::Extent e = StackedCategories::extent(pivotOf(first, second));
        QTEST(e.lowest, "lowest");
        QTEST(e.highest, "highest");
        QTEST(e.stackBottom, "stackBottom");
        QTEST(e.stackTop, "stackTop");
    }

    void extentOfNothingIsZero()
    {
        const StackedCategories::Extent e = StackedCategories::extent({});
        QCOMPARE(e.stackTop, 0.0);
        QCOMPARE(e.stackBottom, 0.0);
    }

    void pieSectorsPoolBeyondSeven_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<double>("other");
        QTest::addColumn<int>("pooled");
        QTest::newRow("seven stay") << std::vector<double>{1, 7, 2, 6, 3, 5, 4}
                                    << QStringList{u"P1"_s, u"P3"_s, u"P5"_s, u"P6"_s, u"P4"_s, u"P2"_s, u"P0"_s} << 0.0
                                    << 0;
        QTest::newRow("eight: six and Other") << std::vector<double>{1, 8, 2, 7, 3, 6, 4, 5}
                                              << QStringList{u"P1"_s, u"P3"_s, u"P5"_s, u"P7"_s, u"P6"_s, u"P4"_s} << 3.0
                                              << 2;
        QTest::newRow("ties keep data order") << std::vector<double>{2, 3, 2} << QStringList{u"P1"_s, u"P0"_s, u"P2"_s}
                                              << 0.0 << 0;
    }
    void pieSectorsPoolBeyondSeven()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(QStringList, labels);
        const PieSectors s = PieSectors::fromTotals(totalsOf(values));
        QCOMPARE(s.labels, labels);
        QTEST(s.other, "other");
        QTEST(int(s.pooled), "pooled");
        QCOMPARE(s.parts, values.size());
        double total = 0;
        for (double v : values)
            total += v;
        QCOMPARE(s.total, total);
        double shown = s.other;
        for (double v : s.values)
            shown += v;
        QCOMPARE(shown, total);
    }

    void pieSectorsReadNotesPooling()
    {
        std::vector<double> values;
        QStringList names;
        for (int i = 1; i <= 10; ++i) {
            names.append(u"Part %1"_s.arg(i));
            values.push_back(i);
        }
        const DataTablePtr table = SampleColumns::table(
            {SampleColumns::labels(u"category"_s, names), SampleColumns::numbers(u"value"_s, values)});
        PlotInput input(*table, NativePlot::mappingByName(*table, pieRoles), pieRoles);
        QVERIFY(input.resolve());
        const std::optional<PieSectors> s = PieSectors::read(input, u"category"_s, u"value"_s, u"%1 parts, %2 pooled"_s);
        QVERIFY(s.has_value());
        QCOMPARE(s->labels.first(), u"Part 10"_s);
        QCOMPARE(s->other, 10.0); // 1 + 2 + 3 + 4
        QCOMPARE(input.problems().size(), 1);
        QCOMPARE(input.problems().first().message, u"10 parts, 4 pooled"_s);
        QVERIFY(!input.problems().first().fatal);
    }

    void pieSectorsReadRefusesNegativeParts()
    {
        const DataTablePtr table = SampleColumns::table(
            {SampleColumns::labels(u"category"_s, {u"a"_s, u"b"_s}), SampleColumns::numbers(u"value"_s, {3, -1})});
        PlotInput input(*table, NativePlot::mappingByName(*table, pieRoles), pieRoles);
        QVERIFY(input.resolve());
        QVERIFY(!PieSectors::read(input, u"category"_s, u"value"_s, u"%1 %2"_s).has_value());
        QVERIFY(input.failed());
    }

    void sharedSamplesMatchTheirRoles()
    {
        const DataTablePtr hours = SharedSamples::streamedHoursByDevice(61);
        QCOMPARE(hours->rowCount(), 24 * 4);
        QVERIFY(hours->columnIndex(u"x"_s) >= 0 && hours->columnIndex(u"series"_s) >= 0 && hours->columnIndex(u"value"_s) >= 0);
        const DataTablePtr kwh = SharedSamples::electricityByEndUse();
        QCOMPARE(kwh->rowCount(), 16);
        QVERIFY(kwh->columnIndex(u"category"_s) >= 0 && kwh->columnIndex(u"component"_s) >= 0
                && kwh->columnIndex(u"value"_s) >= 0);
    }

    void sharedSamplesDependOnTheSeedOnly()
    {
        const DataTablePtr a = SharedSamples::streamedHoursByDevice(61);
        const DataTablePtr b = SharedSamples::streamedHoursByDevice(61);
        const DataTablePtr c = SharedSamples::streamedHoursByDevice(67);
        const qsizetype value = a->columnIndex(u"value"_s);
        bool differs = false;
        for (qsizetype r = 0; r < a->rowCount(); ++r) {
            QCOMPARE(a->column(value).number(r), b->column(value).number(r));
            differs = differs || a->column(value).number(r) != c->column(value).number(r);
        }
        QVERIFY(differs);
    }
};

QTEST_GUILESS_MAIN(TestTwinHelpers)
#include "tst_twinhelpers.moc"
