// Every native implementation, data-driven over the registry: its roles against its spec's Data
// section, its sample data, and a matrix of bad data (wrong types, missing, NaN/∞, one row, empty,
// negatives, duplicates, unsorted, a million rows). A clear problem or a drawing, never a crash.
#include "chartimage.h"
#include "plotregistry.h"
#include "specmarkdownparser.h"

#include <QAbstractSeries>
#include <QChart>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
const QStringList &expectedSpecIds()
{
    static const QStringList ids{
        u"area-basic"_s, u"area-stacked"_s, u"area-stacked-percent"_s, u"bar-basic"_s, u"bar-grouped"_s,
        u"bar-horizontal"_s, u"bar-pareto"_s, u"bar-stacked"_s, u"bar-stacked-percent"_s, u"box-basic"_s,
        u"bubble-basic"_s, u"candlestick-basic"_s, u"density-basic"_s, u"donut-basic"_s, u"dumbbell-basic"_s,
        u"ecdf-basic"_s, u"errorbar-basic"_s, u"funnel-basic"_s, u"heatmap-basic"_s, u"histogram-basic"_s,
        u"histogram-cumulative"_s, u"line-basic"_s, u"line-markers"_s, u"line-multi"_s, u"line-timeseries"_s,
        u"lollipop-basic"_s, u"pie-basic"_s, u"polar-line"_s, u"qq-basic"_s, u"radar-basic"_s,
        u"scatter-basic"_s, u"scatter-color-mapped"_s, u"scatter-regression-linear"_s, u"stem-basic"_s,
        u"step-basic"_s, u"waterfall-basic"_s};
    return ids;
}

// Rebuilds a column from some of its rows (in the given order), keeping its type.
DataColumn pickRows(const DataColumn &column, const std::vector<qsizetype> &rows, const QString &name = {})
{
    DataColumnBuilder builder(name.isEmpty() ? column.name() : name, column.type(), qsizetype(rows.size()));
    for (qsizetype r : rows) {
        if (column.isMissing(r))
            builder.appendMissing();
        else if (column.type() == ColumnType::Float)
            builder.appendFloat(column.number(r));
        else if (isStringType(column.type()))
            builder.appendText(column.text(r));
        else
            builder.appendInteger(column.integer(r));
    }
    return builder.take();
}

DataTable pickRows(const DataTable &table, const std::vector<qsizetype> &rows)
{
    QList<DataColumn> columns;
    for (const DataColumn &c : table.columns())
        columns.append(pickRows(c, rows));
    return DataTable(columns);
}

std::vector<qsizetype> allRows(const DataTable &table)
{
    std::vector<qsizetype> rows(static_cast<size_t>(table.rowCount()));
    std::iota(rows.begin(), rows.end(), qsizetype(0));
    return rows;
}

DataTable replaceColumn(const DataTable &table, qsizetype index, DataColumn column)
{
    QList<DataColumn> columns = table.columns();
    columns[index] = std::move(column);
    return DataTable(columns);
}

// Numeric columns with every third cell NaN, every fifth +∞, every seventh −∞.
DataTable poisonNumbers(const DataTable &table)
{
    QList<DataColumn> columns;
    for (const DataColumn &c : table.columns()) {
        if (c.type() != ColumnType::Float) {
            columns.append(c);
            continue;
        }
        std::vector<double> v = c.floats();
        for (size_t i = 0; i < v.size(); ++i)
            v[i] = i % 3 == 1 ? NAN : i % 5 == 2 ? INFINITY : i % 7 == 3 ? -INFINITY : v[i];
        columns.append(DataColumnBuilder::fromFloats(c.name(), std::move(v)));
    }
    return DataTable(columns);
}

DataTable negateNumbers(const DataTable &table)
{
    QList<DataColumn> columns;
    for (const DataColumn &c : table.columns()) {
        if (c.type() != ColumnType::Float) {
            columns.append(c);
            continue;
        }
        std::vector<double> v = c.floats();
        for (double &x : v)
            x = -std::abs(x) - 1;
        columns.append(DataColumnBuilder::fromFloats(c.name(), std::move(v)));
    }
    return DataTable(columns);
}

QString problemText(const QList<PlotProblem> &problems)
{
    QStringList lines;
    for (const PlotProblem &p : problems)
        lines.append((p.fatal ? u"fatal: "_s : u"note: "_s) + p.message);
    return lines.join(u" | "_s);
}

bool hasFatal(const QList<PlotProblem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const PlotProblem &p) { return p.fatal; });
}

// The first required role of a kind that only some column types satisfy (numeric, datetime).
const PlotDataRole *typedRole(const PlotImplementation &impl)
{
    static thread_local PlotDataRole found;
    for (const PlotDataRole &role : impl.roles())
        if (!role.optional && (role.kind == PlotDataRole::Kind::Numeric || role.kind == PlotDataRole::Kind::DateTime)) {
            found = role;
            return &found;
        }
    return nullptr;
}

PlotColumnMapping byName(const PlotImplementation &impl, const DataTable &table)
{
    PlotColumnMapping mapping;
    for (const PlotDataRole &role : impl.roles())
        if (table.columnIndex(role.name) >= 0)
            mapping.insert(role.name, table.columnIndex(role.name));
    return mapping;
}

// Builds and (when drawn) paints the chart, so that paint-time code runs too.
PlotBuildResult buildAndPaint(const PlotImplementation &impl, const DataTable &table, const PlotColumnMapping &mapping)
{
    PlotBuildResult result = impl.build(table, mapping, PlotTheme::light());
    if (result.chart) {
        const QImage image = renderChart(result.chart.get(), QSize(320, 180));
        Q_ASSERT(!image.isNull());
    }
    return result;
}
} // namespace

class TestNativePlots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { useFixedRenderEnvironment(); }

    void registryHoldsEverySpec()
    {
        QCOMPARE(PlotRegistry::instance().specIds(), expectedSpecIds());
        for (const QString &id : expectedSpecIds()) {
            const PlotImplementation *impl = PlotRegistry::instance().find(id);
            QVERIFY2(impl, qPrintable(id));
            QCOMPARE(impl->specId(), id);
        }
        QVERIFY(!PlotRegistry::instance().find(u"no-such-plot"_s));
    }

    void perImplementation_data()
    {
        QTest::addColumn<QString>("specId");
        for (const QString &id : expectedSpecIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void rolesMatchTheSpecification_data() { perImplementation_data(); }
    void rolesMatchTheSpecification()
    {
        QFETCH(QString, specId);
        const PlotImplementation *impl = PlotRegistry::instance().find(specId);
        QVERIFY(impl);
        QFile file(u":/plotbench/plots/"_s + specId + u"/specification.md"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        CatalogWarnings warnings;
        const SpecMarkdown markdown = SpecMarkdownParser::parse(file.readAll(), file.fileName(), warnings);
        QCOMPARE(impl->title(), markdown.headingTitle);
        const QList<PlotDataRole> roles = impl->roles();
        QCOMPARE(roles.size(), markdown.dataColumns.size());
        for (qsizetype i = 0; i < roles.size(); ++i) {
            const SpecDataColumn &column = markdown.dataColumns.at(i);
            QCOMPARE(roles[i].name, column.name);
            QCOMPARE(roles[i].optional, column.optional);
            const QString type = column.normalizedType;
            const PlotDataRole::Kind expected = type == u"numeric"_s || type == u"integer"_s ? PlotDataRole::Kind::Numeric
                                              : type == u"datetime"_s                        ? PlotDataRole::Kind::DateTime
                                              : type == u"text"_s                            ? PlotDataRole::Kind::Text
                                                                                             : PlotDataRole::Kind::Categorical;
            QVERIFY2(roles[i].kind == expected, qPrintable(roles[i].name + u" is "_s + type));
        }
    }

    void sampleDataDrawsCleanly_data() { perImplementation_data(); }
    void sampleDataDrawsCleanly()
    {
        QFETCH(QString, specId);
        const PlotImplementation *impl = PlotRegistry::instance().find(specId);
        const DataTablePtr sample = impl->sampleData();
        QVERIFY(sample && sample->rowCount() > 1);
        QCOMPARE(impl->sampleData().get(), sample.get()); // built once
        for (const PlotDataRole &role : impl->roles())
            QVERIFY2(role.optional || sample->columnIndex(role.name) >= 0, qPrintable(role.name));
        const PlotBuildResult result = buildAndPaint(*impl, *sample, byName(*impl, *sample));
        QVERIFY2(result.chart, qPrintable(problemText(result.problems)));
        QVERIFY2(result.problems.isEmpty(), qPrintable(problemText(result.problems)));
        QCOMPARE(result.chart->title(), specId + u" · qtcharts · anyplot.ai"_s);
        QVERIFY(!result.chart->series().isEmpty());
        QCOMPARE(result.chart->backgroundBrush().color(), PlotTheme::light().background);
        // Dark draws too, on the dark background.
        const PlotBuildResult dark = impl->build(*sample, byName(*impl, *sample), PlotTheme::dark());
        QVERIFY(dark.chart);
        QCOMPARE(dark.chart->backgroundBrush().color(), PlotTheme::dark().background);
    }

    // The data half on a worker, the QtCharts half here: the same picture as a build in one go,
    // as often as asked, and every QtCharts object belongs to this (the GUI) thread.
    void preparedOnAWorker_data() { perImplementation_data(); }
    void preparedOnAWorker()
    {
        QFETCH(QString, specId);
        const PlotImplementation *impl = PlotRegistry::instance().find(specId);
        const DataTablePtr sample = impl->sampleData();
        const PlotColumnMapping mapping = byName(*impl, *sample);
        for (const PlotTheme &theme : {PlotTheme::light(), PlotTheme::dark()}) {
            // A thread of its own: QFuture::result() may run a pool task in the waiting thread.
            PreparedPlotPtr prepared;
            std::unique_ptr<QThread> worker(QThread::create([&] { prepared = impl->prepare(sample, mapping, theme); }));
            worker->start();
            QVERIFY(worker->wait(60000));
            QVERIFY(prepared);
            const PlotBuildResult direct = impl->build(*sample, mapping, theme);
            QVERIFY(direct.chart);
            const QImage expected = renderChart(direct.chart.get(), QSize(480, 270));
            for (int i = 0; i < 2; ++i) {
                const PlotBuildResult built = prepared->build();
                QVERIFY2(built.chart, qPrintable(problemText(built.problems)));
                QCOMPARE(problemText(built.problems), problemText(direct.problems));
                QCOMPARE(built.chart->thread(), QThread::currentThread());
                for (const QObject *child : built.chart->findChildren<QObject *>())
                    QVERIFY2(child->thread() == QThread::currentThread(), child->metaObject()->className());
                for (const QAbstractSeries *series : built.chart->series())
                    QCOMPARE(series->thread(), QThread::currentThread());
                QCOMPARE(renderChart(built.chart.get(), QSize(480, 270)), expected);
            }
        }
    }

    void unmappedRequiredRoleIsExplained_data() { perImplementation_data(); }
    void unmappedRequiredRoleIsExplained()
    {
        QFETCH(QString, specId);
        const PlotImplementation *impl = PlotRegistry::instance().find(specId);
        const DataTablePtr sample = impl->sampleData();
        PlotColumnMapping mapping = byName(*impl, *sample);
        const QString role = impl->roles().constFirst().name;
        mapping.remove(role);
        const PlotBuildResult result = impl->build(*sample, mapping, PlotTheme::light());
        QVERIFY(!result.chart);
        QVERIFY(hasFatal(result.problems));
        // Prepared on a worker: the same problems, no chart.
        const PlotBuildResult prepared = impl->prepare(sample, mapping, PlotTheme::light())->build();
        QVERIFY(!prepared.chart);
        QCOMPARE(problemText(prepared.problems), problemText(result.problems));
        QCOMPARE(result.problems.constFirst().role, role);
        QVERIFY(result.problems.constFirst().message.contains(u'`' + role + u'`'));
    }

    void badData_data()
    {
        QTest::addColumn<QString>("specId");
        QTest::addColumn<QString>("kind");
        const QStringList kinds{u"wrong-type"_s, u"all-missing"_s, u"single-row"_s, u"empty-table"_s,
                                u"nan-and-infinity"_s, u"negative-values"_s, u"duplicate-categories"_s,
                                u"unsorted-rows"_s, u"million-rows"_s};
        for (const QString &id : expectedSpecIds())
            for (const QString &kind : kinds)
                QTest::newRow(qPrintable(id + u'/' + kind)) << id << kind;
    }
    void badData()
    {
        QFETCH(QString, specId);
        QFETCH(QString, kind);
        const PlotImplementation *impl = PlotRegistry::instance().find(specId);
        const DataTable &sample = *impl->sampleData();
        const PlotColumnMapping mapping = byName(*impl, sample);
        const PlotDataRole *typed = typedRole(*impl);
        const bool partsOfWhole = specId == u"pie-basic"_s || specId == u"donut-basic"_s || specId == u"funnel-basic"_s;

        if (kind == u"wrong-type"_s) {
            QVERIFY(typed);
            const qsizetype index = sample.columnIndex(typed->name);
            QStringList words;
            for (qsizetype r = 0; r < sample.rowCount(); ++r)
                words.append(u"word %1"_s.arg(r % 4));
            const DataTable table = replaceColumn(sample, index, DataColumnBuilder::fromTexts(typed->name, ColumnType::Text, words));
            const PlotBuildResult result = buildAndPaint(*impl, table, mapping);
            QVERIFY(!result.chart);
            QVERIFY(hasFatal(result.problems));
            const QString message = result.problems.constFirst().message;
            QVERIFY2(message.contains(u'`' + typed->name + u"` needs a"_s), qPrintable(message));
            QVERIFY2(message.contains(u"text"_s), qPrintable(message));
        } else if (kind == u"all-missing"_s) {
            const PlotDataRole role = typed ? *typed : impl->roles().constFirst();
            const qsizetype index = sample.columnIndex(role.name);
            const DataColumn &original = sample.column(index);
            DataColumnBuilder builder(original.name(), original.type());
            for (qsizetype r = 0; r < sample.rowCount(); ++r)
                builder.appendMissing();
            const PlotBuildResult result = buildAndPaint(*impl, replaceColumn(sample, index, builder.take()), mapping);
            QVERIFY(!result.chart);
            QVERIFY2(problemText(result.problems).contains(u"no values"_s), qPrintable(problemText(result.problems)));
        } else if (kind == u"single-row"_s) {
            const PlotBuildResult result = buildAndPaint(*impl, pickRows(sample, {0}), mapping);
            // Either a drawing of the one row, or a fatal reason why one row is not enough.
            QVERIFY2(result.chart || hasFatal(result.problems), qPrintable(problemText(result.problems)));
            if (!result.chart)
                QVERIFY(!result.problems.constFirst().message.isEmpty());
        } else if (kind == u"empty-table"_s) {
            const PlotBuildResult result = buildAndPaint(*impl, pickRows(sample, {}), mapping);
            QVERIFY(!result.chart);
            QVERIFY2(problemText(result.problems).contains(u"no rows"_s), qPrintable(problemText(result.problems)));
            const PlotBuildResult none = buildAndPaint(*impl, DataTable(), {});
            QVERIFY(!none.chart);
            QVERIFY(hasFatal(none.problems));
        } else if (kind == u"nan-and-infinity"_s) {
            const PlotBuildResult result = buildAndPaint(*impl, poisonNumbers(sample), mapping);
            QVERIFY2(result.chart || hasFatal(result.problems), qPrintable(problemText(result.problems)));
            const QString text = problemText(result.problems);
            QVERIFY2(text.contains(u"NaN"_s) || text.contains(u"infinite"_s), qPrintable(text));
        } else if (kind == u"negative-values"_s) {
            const PlotBuildResult result = buildAndPaint(*impl, negateNumbers(sample), mapping);
            if (partsOfWhole) {
                QVERIFY(!result.chart);
                QVERIFY2(problemText(result.problems).contains(u"negative"_s), qPrintable(problemText(result.problems)));
            } else {
                QVERIFY2(result.chart || hasFatal(result.problems), qPrintable(problemText(result.problems)));
            }
        } else if (kind == u"duplicate-categories"_s) {
            std::vector<qsizetype> twice = allRows(sample);
            const std::vector<qsizetype> again = twice;
            twice.insert(twice.end(), again.begin(), again.end());
            const PlotBuildResult result = buildAndPaint(*impl, pickRows(sample, twice), mapping);
            QVERIFY2(result.chart, qPrintable(problemText(result.problems)));
        } else if (kind == u"unsorted-rows"_s) {
            std::vector<qsizetype> rows = allRows(sample);
            std::reverse(rows.begin(), rows.end());
            std::rotate(rows.begin(), rows.begin() + qsizetype(rows.size()) / 3, rows.end());
            const PlotBuildResult result = buildAndPaint(*impl, pickRows(sample, rows), mapping);
            QVERIFY2(result.chart, qPrintable(problemText(result.problems)));
            QVERIFY(!hasFatal(result.problems));
        } else if (kind == u"million-rows"_s) {
            std::vector<qsizetype> rows;
            rows.reserve(1'000'000);
            while (rows.size() < 1'000'000)
                rows.push_back(qsizetype(rows.size()) % sample.rowCount());
            const DataTable big = pickRows(sample, rows);
            QElapsedTimer timer;
            timer.start();
            const PlotBuildResult result = impl->build(big, mapping, PlotTheme::light());
            const qint64 buildMs = timer.elapsed();
            QVERIFY2(result.chart, qPrintable(problemText(result.problems)));
            timer.restart();
            renderChart(result.chart.get(), QSize(480, 270));
            qInfo("%s: 1 M rows built in %lld ms, painted in %lld ms", qPrintable(specId), buildMs, timer.elapsed());
        }
    }
};

QTEST_MAIN(TestNativePlots)
#include "tst_nativeplots.moc"
