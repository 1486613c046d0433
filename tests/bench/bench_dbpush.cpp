// `db push` of a real-size catalog (330 specs, ~2,800 implementations with code and reviews) into
// the throwaway PostgreSQL server of tests/sync/with-postgres.sh, against row-by-row INSERT … ON
// CONFLICT measured in the same run, in the three cases a maintainer meets: into an empty database,
// again with nothing changed, and again after 5 % of the implementations changed. The push keeps
// its memory of the rows it left (as `db push` and the GUI do). Prints figures and ratios; fails
// only on errors (or, under CI=true, without a server).
#include "realsizecatalog.h"

#include "../sync/testdatabase.h"

#include "catalogfileprovider.h"
#include "foldercatalogsource.h"
#include "postgresstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    double ms = 0;
    PostgresPushReport report;
};

Run push(const TestDatabase &db, const Catalog &catalog, const SpecFolderParser::FileReader &read,
         PostgresStore::Method method, const QString &memory = {})
{
    auto connection = db.connect();
    if (!connection)
        qFatal("no connection");
    PostgresStore::Options options;
    options.method = method;
    options.memoryDirectory = memory;
    QElapsedTimer timer;
    timer.start();
    Run run;
    run.report = PostgresStore(*connection).push(catalog, read, options);
    run.ms = double(timer.nsecsElapsed()) / 1e6;
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
// The same catalog with one implementation in twenty edited (its code gains a line).
SpecFolderParser::FileReader editedEveryTwentieth(const Catalog &catalog, const SpecFolderParser::FileReader &read,
                                                  int *edited)
{
    auto paths = std::make_shared<QSet<QString>>();
    for (std::size_t i = 0; i < catalog.implementations().size(); i += 20)
        paths->insert(catalog.implementations()[i].codePath);
    *edited = int(paths->size());
    return [read, paths](const QString &path, QString *error) {
        std::optional<QByteArray> bytes = read(path, error);
        if (bytes && paths->contains(path))
            bytes->append("# edited for the benchmark\n");
        return bytes;
    };
}

void printRatio(const char *what, double rowMs, double copyMs)
{
    std::printf("ratio row-by-row / COPY, %s: %.1fx  [wanted >= 5x]\n", what, rowMs / copyMs);
}
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
    int editedCount = 0;
    const SpecFolderParser::FileReader edited = editedEveryTwentieth(*catalog, read, &editedCount);
    const qsizetype rows = qsizetype(catalog->specs().size() + catalog->implementations().size());
    std::printf("catalog: %d specs, %zu implementations, %d files, %.1f MB of YAML\n", size.specs,
                catalog->implementations().size(), size.files, double(size.yamlBytes) / 1e6);

    constexpr int runs = 5;
    std::vector<double> copyEmpty, copyUnchanged, copyEdited, copyAll, rowEmpty, rowUnchanged, rowEdited, prepare, rowsCpu;
    PhaseTimes copyPhases, unchangedPhases, editedPhases, rowPhases;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir memory; // what this machine's pushes remember, per run
        TestDatabase fresh;
        QString reason;
        if (!fresh.create(&reason))
            qFatal("cannot create a database: %s", qPrintable(reason));
        const Run first = push(fresh, *catalog, read, PostgresStore::Method::Copy, memory.path());
        copyEmpty.push_back(first.ms);
        copyPhases.add(first.report);
        rowsCpu.push_back(first.report.rowsCpuMs);
        const Run again = push(fresh, *catalog, read, PostgresStore::Method::Copy, memory.path());
        copyUnchanged.push_back(again.ms);
        unchangedPhases.add(again.report);
        if (!again.report.table(u"impls"_s)->isEmpty())
            qFatal("an unchanged push changed implementations");
        const Run changed = push(fresh, *catalog, edited, PostgresStore::Method::Copy, memory.path());
        copyEdited.push_back(changed.ms);
        editedPhases.add(changed.report);
        if (changed.report.table(u"impls"_s)->changed.size() != editedCount)
            qFatal("the edited push changed %lld implementations, not %d",
                   qlonglong(changed.report.table(u"impls"_s)->changed.size()), editedCount);
        // Without the memory: every row is staged and compared (`db push --send-all`).
        copyAll.push_back(push(fresh, *catalog, edited, PostgresStore::Method::Copy).ms);

        TestDatabase baseline;
        if (!baseline.create(&reason))
            qFatal("cannot create a database: %s", qPrintable(reason));
        const Run rowsFirst = push(baseline, *catalog, read, PostgresStore::Method::RowByRow);
        rowEmpty.push_back(rowsFirst.ms);
        rowPhases.add(rowsFirst.report);
        prepare.push_back(double(rowsFirst.report.prepareMs));
        rowUnchanged.push_back(push(baseline, *catalog, read, PostgresStore::Method::RowByRow).ms);
        rowEdited.push_back(push(baseline, *catalog, edited, PostgresStore::Method::RowByRow).ms);
    }
    std::printf("db push (binary COPY, %lld rows; median of %d)  [budget 500 ms each]\n", qlonglong(rows), runs);
    std::printf("  into an empty database (schema + every row):        %4.0f ms  (%.0f rows/s)\n", median(copyEmpty),
                double(rows) / (median(copyEmpty) / 1000.0));
    std::printf("  again, nothing changed:                             %4.0f ms\n", median(copyUnchanged));
    std::printf("  again, %d implementations edited (1 in 20):         %4.0f ms\n", editedCount, median(copyEdited));
    std::printf("  the same without the push memory (--send-all):      %4.0f ms\n", median(copyAll));
    std::printf("baseline: row-by-row prepared INSERT ... ON CONFLICT DO UPDATE, one transaction, same rows, same run\n");
    std::printf("  into an empty database:                             %4.0f ms  (%.0f rows/s)\n", median(rowEmpty),
                double(rows) / (median(rowEmpty) / 1000.0));
    std::printf("  again, nothing changed (every row upserted):        %4.0f ms\n", median(rowUnchanged));
    std::printf("  again, %d implementations edited:                   %4.0f ms\n", editedCount, median(rowEdited));
    printRatio("into an empty database", median(rowEmpty), median(copyEmpty));
    printRatio("again, nothing changed", median(rowUnchanged), median(copyUnchanged));
    printRatio("again, 1 in 20 edited", median(rowEdited), median(copyEdited));
    std::printf("reading code + building rows up front (row by row; the COPY push overlaps it with the SQL): "
                "%.0f ms median\n",
                median(prepare));
    copyPhases.print("phases of the push into an empty database (median ms):");
    std::printf("  (reading code and writing the implementations' rows on the workers: %.0f ms CPU, overlapping the SQL)\n",
                median(rowsCpu));
    unchangedPhases.print("phases of the unchanged push (memory, staging, diff, upserts):");
    editedPhases.print("phases of the push with 1 in 20 edited:");
    rowPhases.print("phases of the row-by-row baseline into an empty database:");
    return 0;
}
