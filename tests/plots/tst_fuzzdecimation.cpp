// Seeded random inputs for decimation and mapping: NaN, ±∞, huge and tiny values, duplicates,
// empty and inverted ranges, odd sizes. Nothing crashes, hangs or draws a point that is not data.
#include "decimation.h"
#include "plotmapping.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
double oddValue(QRandomGenerator &rng)
{
    switch (rng.bounded(10)) {
    case 0:
        return std::numeric_limits<double>::quiet_NaN();
    case 1:
        return rng.bounded(2) ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity();
    case 2:
        return (rng.generateDouble() - 0.5) * 1e300;
    case 3:
        return (rng.generateDouble() - 0.5) * 1e-300;
    case 4:
        return 0.0;
    default:
        return (rng.generateDouble() - 0.5) * 1000;
    }
}
} // namespace

class TestFuzzDecimation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decimationNeverDrawsWhatIsNotThere();
    void mappingNeverCrashes();
};

void TestFuzzDecimation::decimationNeverDrawsWhatIsNotThere()
{
    QRandomGenerator rng(20261201);
    for (int round = 0; round < 3000; ++round) {
        const std::size_t n = rng.bounded(round % 50 == 0 ? 20000 : 300);
        std::vector<double> x(n), y(n);
        for (std::size_t i = 0; i < n; ++i) {
            x[i] = rng.bounded(4) == 0 ? double(rng.bounded(5)) : oddValue(rng); // duplicates too
            y[i] = oddValue(rng);
        }
        const bool sorted = rng.bounded(2);
        const XYPointsPtr points = XYPoints::make(x, y, sorted);
        const double a = oddValue(rng), b = oddValue(rng);
        const int columns = int(rng.bounded(3000)) - 5;
        const QList<QPointF> line = sorted ? Decimation::lines(*points, std::min(a, b), std::max(a, b), columns)
                                           : QList<QPointF>();
        QVERIFY(line.size() <= 4 * std::max(columns, 0) + 2);
        for (qsizetype i = 0; i < line.size(); ++i) {
            QVERIFY(std::isfinite(line[i].x()) && std::isfinite(line[i].y()));
            if (i > 0)
                QVERIFY(line[i].x() >= line[i - 1].x());
        }
        const QRectF range(QPointF(std::min(a, b), std::min(a, b)), QPointF(std::max(a, b), std::max(a, b)));
        const QSize grid(int(rng.bounded(400)) - 2, int(rng.bounded(400)) - 2);
        const QList<QPointF> marks = Decimation::markers(*points, range, grid);
        QVERIFY(marks.size() <= std::max(0, grid.width()) * std::max(0, grid.height()));
        QVERIFY(marks.size() <= qsizetype(points->finiteCount));
        for (const QPointF &p : marks)
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
    }
}

void TestFuzzDecimation::mappingNeverCrashes()
{
    QRandomGenerator rng(7);
    const QList<PlotDataRole::Kind> kinds{PlotDataRole::Kind::Numeric, PlotDataRole::Kind::Categorical,
                                          PlotDataRole::Kind::DateTime, PlotDataRole::Kind::Text, PlotDataRole::Kind::Any};
    for (int round = 0; round < 500; ++round) {
        QList<DataColumn> columns;
        const int columnCount = int(rng.bounded(5));
        const int rows = int(rng.bounded(30));
        for (int c = 0; c < columnCount; ++c) {
            std::vector<bool> missing(static_cast<size_t>(rows));
            for (int r = 0; r < rows; ++r)
                missing[size_t(r)] = rng.bounded(4) == 0;
            const QString name = rng.bounded(3) == 0 ? QString() : u"col%1"_s.arg(rng.bounded(3));
            if (rng.bounded(2)) {
                std::vector<double> v(static_cast<size_t>(rows));
                for (double &d : v)
                    d = oddValue(rng);
                columns.append(DataColumnBuilder::fromFloats(name, v, missing));
            } else {
                QStringList texts;
                for (int r = 0; r < rows; ++r)
                    texts.append(u"t%1"_s.arg(rng.bounded(4)));
                columns.append(DataColumnBuilder::fromTexts(name, ColumnType::Categorical, texts, missing));
            }
        }
        const DataTable table(columns);
        QList<PlotDataRole> roles;
        for (int r = 0; r < int(rng.bounded(4)); ++r)
            roles.append({u"role%1"_s.arg(r), kinds[int(rng.bounded(kinds.size()))], bool(rng.bounded(2)), {}});
        PlotColumnMapping mapping = PlotMapping::autoMap(roles, table);
        if (rng.bounded(3) == 0 && !roles.isEmpty())
            mapping.insert(roles.first().name, qsizetype(rng.bounded(8)) - 2); // out-of-range indexes
        const QList<PlotProblem> problems = PlotMapping::validate(roles, table, mapping);
        for (const PlotProblem &p : problems)
            QVERIFY(!p.message.isEmpty());
        const RoleData data(roles, table, mapping);
        for (const PlotDataRole &role : roles) {
            const std::vector<double> numbers = data.numbers(role.name);
            QVERIFY(numbers.empty() || qsizetype(numbers.size()) == table.rowCount());
            data.categories(role.name);
        }
    }
}

QTEST_GUILESS_MAIN(TestFuzzDecimation)
#include "tst_fuzzdecimation.moc"
