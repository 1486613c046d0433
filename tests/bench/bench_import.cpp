// The CSV import benchmark's in-process half (the whole-process and peer timings are in
// bench_import.sh, which calls this):
//   bench_import --write FILE [ROWS]  writes ROWS (2,000,000) rows × 6 numeric columns (~123 MB)
//   bench_import --measure FILE       prints in-process figures: load on all cores and on one,
//                                     the 200-row preview, and the table's memory against its typed columns
#include "dataimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <charconv>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
int writeFile(const QString &path, qsizetype rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    QRandomGenerator random(42);
    QByteArray block;
    block.reserve(8 << 20);
    block += "id,x,y,z,value,weight\n";
    char buffer[64];
    auto number = [&](double v, int precision) {
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, precision);
        block.append(buffer, result.ptr - buffer);
    };
    for (qsizetype row = 0; row < rows; ++row) {
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, row);
        block.append(buffer, result.ptr - buffer);
        block += ',';
        number(random.generateDouble() * 2000 - 1000, 6);
        block += ',';
        number(random.generateDouble() * 100, 6);
        block += ',';
        number(random.generateDouble() * 2 - 1, 7);
        block += ',';
        number(random.generateDouble() * 1e5, 5);
        block += ',';
        number(random.generateDouble() * 10, 6);
        block += '\n';
        if (block.size() > (8 << 20) - 256) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
    return 0;
}

double bestOf(int runs, const std::function<void()> &work)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

int measure(const QString &path)
{
    const double megabytes = double(QFile(path).size()) / 1e6;
    ImportResult result;
    const double parallel = bestOf(5, [&] { result = DataImport::importFile(path, {}); });
    if (!result.error.isEmpty() || !result.table)
        return 2;
    ImportOptions one;
    one.threads = 1;
    const double serial = bestOf(2, [&] { DataImport::importFile(path, one); });
    const double preview = bestOf(5, [&] { DataImport::previewAsync(path, {}, 200).waitForFinished(); });
    const DataTable &table = *result.table;
    qsizetype typed = 0;
    for (const DataColumn &column : table.columns())
        typed += column.rowCount() * qsizetype(column.type() == ColumnType::Float || column.type() == ColumnType::Integer ? 8 : 4);
    std::printf("in-process load, all cores: %.3f s (%.0f MB/s, %.1f M rows/s)\n", parallel, megabytes / parallel,
                double(table.rowCount()) / parallel / 1e6);
    std::printf("in-process load, one thread: %.3f s (%.2fx the all-core load)\n", serial, serial / parallel);
    std::printf("preview of 200 rows: %.1f ms (budget 50 ms)\n", preview * 1000);
    std::printf("table memory: %.1f MB for %.1f MB of typed columns (%.2fx, budget 1.3x)\n", double(table.byteSize()) / 1e6,
                double(typed) / 1e6, double(table.byteSize()) / double(typed));
    std::printf("rows %lld, columns %lld, warnings %lld\n", qint64(table.rowCount()), qint64(table.columnCount()),
                qint64(result.warnings.size()));
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() >= 3 && arguments.at(1) == u"--write"_s)
        return writeFile(arguments.at(2), arguments.size() >= 4 ? arguments.at(3).toLongLong() : 2'000'000);
    if (arguments.size() >= 3 && arguments.at(1) == u"--measure"_s)
        return measure(arguments.at(2));
    std::fprintf(stderr, "usage: bench_import --write FILE [ROWS] | --measure FILE\n");
    return 2;
}
