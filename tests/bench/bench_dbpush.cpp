// `db push` of a real-size catalog (330 specs, ~2,800 implementations with code and reviews) into
// the throwaway PostgreSQL server of tests/sync/with-postgres.sh: COPY into staging tables plus one
// upsert per table, against row-by-row INSERT … ON CONFLICT measured in the same run. Prints
// figures and the ratio; fails only on errors (or, under CI=true, without a server).
#include "realsizecatalog.h"

#include "../sync/testdatabase.h"

#include "catalogfileprovider.h"
#include "foldercatalogsource.h"
#include "postgresstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    double ms = 0;
    double writeMs = 0; // without reading code and building rows, which both methods share
    PostgresPushReport report;
};

Run push(const TestDatabase &db, const Catalog &catalog, const SpecFolderParser::FileReader &read,
         PostgresStore::Method method)
{
    auto connection = db.connect();
    if (!connection)
        qFatal("no connection");
    PostgresStore::Options options;
    options.method = method;
    QElapsedTimer timer;
    timer.start();
    Run run;
    run.report = PostgresStore(*connection).push(catalog, read, options);
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.writeMs = run.ms - double(run.report.prepareMs);
    if (!run.report.ok)
        qFatal("push failed: %s", qPrintable(run.report.error));
    return run;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Each phase's median over the runs, in the order of the first run.
struct PhaseTimes
{
    std::vector<QString> order;
    std::map<QString, std::vector<double>> ms;
    void add(const PostgresPushReport &report)
    {
        for (const PostgresPushReport::Phase &phase : report.phases) {
            if (!ms.count(phase.name))
                order.push_back(phase.name);
            ms[phase.name].push_back(phase.ms);
        }
    }
    void print(const char *title) const
    {
        std::printf("%s\n", title);
        for (const QString &name : order)
            std::printf("  %7.1f ms  %s\n", median(ms.at(name)), qPrintable(name));
    }
};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (TestDatabase::serverUrl().isEmpty()) {
        std::printf("bench_dbpush: PLOTBENCH_TEST_PG_URL is not set; run through tests/sync/with-postgres.sh\n");
        return TestDatabase::required() ? 1 : 0;
    }
    QTemporaryDir dir;
    const QString plots = dir.filePath(u"plots"_s);
    const RealSizeCatalogSize size = RealSizeCatalog::write(
        QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample/plots"_s, plots);
    const FolderCatalogSource source(plots, FolderCatalogSource::Options{false, {}, false});
    const CatalogPtr catalog = CatalogLoader::loadBlocking(source);
    const SpecFolderParser::FileReader read = CatalogFiles::readerFor(source, *catalog);
    const qsizetype rows = qsizetype(catalog->specs().size() + catalog->implementations().size());
    std::printf("catalog: %d specs, %zu implementations, %d files, %.1f MB of YAML\n", size.specs,
                catalog->implementations().size(), size.files, double(size.yamlBytes) / 1e6);

    constexpr int runs = 5;
    std::vector<double> copyEmpty, copyUnchanged, rowEmpty, copyWrite, rowWrite, prepare, rowsCpu;
    PhaseTimes copyPhases, unchangedPhases, rowPhases;
    for (int i = 0; i < runs; ++i) {
        TestDatabase fresh;
        QString reason;
        if (!fresh.create(&reason))
            qFatal("cannot create a database: %s", qPrintable(reason));
        const Run first = push(fresh, *catalog, read, PostgresStore::Method::Copy);
        copyEmpty.push_back(first.ms);
        copyWrite.push_back(first.ms); // its rows are built while the SQL runs: nothing to take off
        copyPhases.add(first.report);
        rowsCpu.push_back(first.report.rowsCpuMs);
        const Run again = push(fresh, *catalog, read, PostgresStore::Method::Copy);
        copyUnchanged.push_back(again.ms);
        unchangedPhases.add(again.report);
        if (!again.report.table(u"impls"_s)->isEmpty())
            qFatal("an unchanged push changed implementations");

        TestDatabase baseline;
        if (!baseline.create(&reason))
            qFatal("cannot create a database: %s", qPrintable(reason));
        const Run rows = push(baseline, *catalog, read, PostgresStore::Method::RowByRow);
        rowEmpty.push_back(rows.ms);
        rowPhases.add(rows.report);
        rowWrite.push_back(rows.writeMs);
        prepare.push_back(double(rows.report.prepareMs));
    }
    const double copyMs = median(copyEmpty);
    const double rowMs = median(rowEmpty);
    std::printf("db push, empty database (schema + %lld rows), binary COPY: %.0f ms median of %d "
                "(%.0f rows/s)  [budget 500 ms]\n",
                qlonglong(rows), copyMs, runs, double(rows) / (copyMs / 1000.0));
    std::printf("db push, unchanged catalog again (diff, nothing written):                %.0f ms median\n",
                median(copyUnchanged));
    std::printf("baseline: row-by-row prepared INSERT ... ON CONFLICT, one transaction, same rows, same run: %.0f ms median "
                "(%.0f rows/s)\n",
                rowMs, double(rows) / (rowMs / 1000.0));
    std::printf("ratio row-by-row / COPY, whole push: %.1fx  [wanted >= 5x]\n", rowMs / copyMs);
    std::printf("reading code + building rows up front (row by row; the COPY push overlaps it with the SQL): "
                "%.0f ms median\n",
                median(prepare));
    std::printf("row by row without building its rows: %.0f ms, ratio to the whole COPY push %.1fx\n",
                median(rowWrite), median(rowWrite) / median(copyWrite));
    copyPhases.print("phases of the push into an empty database (median ms):");
    std::printf("  (reading code and writing the implementations' rows on the workers: %.0f ms CPU, overlapping the SQL)\n",
                median(rowsCpu));
    unchangedPhases.print("phases of the unchanged push (staging, diff, upserts):");
    rowPhases.print("phases of the row-by-row baseline:");
    return 0;
}
