// JSON import speed: ~100 MB of records generated here (integers, floats, a categorical string,
// booleans, ISO dates, a nested object), read by JsonReader (best of 5; also as JSON Lines and with
// one thread), against the floor of simdjson alone (DOM parse, On-Demand walk touching every
// value, no table), then in the same run by Python's json.load + pandas.DataFrame and by
// pandas.read_json on the same file; prints MB/s and ratios. Figures only.
// PLOTBENCH_BENCH_JSON_MB overrides the size; a path argument reads that file instead.
#include "jsonreader.h"

#include <simdjson.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {
const char *pythonReaders = R"(
import sys, time, json
import pandas as pd
path = sys.argv[1]
t = time.perf_counter()
c = time.process_time()
with open(path, 'rb') as f:
    records = json.load(f)
t_json = time.perf_counter() - t
c_json = time.process_time() - c
frame = pd.json_normalize(records)
t_frame = time.perf_counter() - t
c_frame = time.process_time() - c
t = time.perf_counter()
frame2 = pd.read_json(path, orient='records')
t_pandas = time.perf_counter() - t
print(t_json, t_frame, t_pandas, len(frame), len(frame.columns), c_json, c_frame)
)";
} // namespace

int main(int argc, char **argv)
{
    const qint64 targetMb = qEnvironmentVariableIsSet("PLOTBENCH_BENCH_JSON_MB") ? qEnvironmentVariableIntValue("PLOTBENCH_BENCH_JSON_MB") : 100;
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(u"records.json"_s);
    if (argc <= 1) {
        QRandomGenerator random(7);
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        QByteArray chunk;
        static const char *names[] = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};
        out.write("[");
        qint64 written = 1;
        for (qint64 i = 0; written < targetMb * 1000 * 1000; ++i) {
            chunk += (i ? ",\n" : "\n");
            chunk += "{\"id\":" + QByteArray::number(i) + ",\"x\":" + QByteArray::number(random.generateDouble() * 1000, 'g', 10)
                + ",\"y\":" + QByteArray::number(random.generateDouble() - 0.5, 'g', 10) + ",\"name\":\"" + names[i % 8]
                + "\",\"flag\":" + (i % 3 ? "true" : "false") + ",\"when\":\"2024-" + QByteArray::number(1 + i % 12).rightJustified(2, '0')
                + "-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + "T12:00:00Z\",\"geo\":{\"lat\":"
                + QByteArray::number(random.bounded(180.0) - 90, 'f', 5) + ",\"lon\":" + QByteArray::number(random.bounded(360.0) - 180, 'f', 5) + "}}";
            if (chunk.size() > (1 << 20)) {
                written += out.write(chunk);
                chunk.clear();
            }
        }
        written += out.write(chunk + "\n]\n");
    }
    const double mb = double(QFile(path).size()) / 1e6;
    std::printf("JSON records: %.1f MB\n", mb);

    constexpr int runs = 5;
    struct Figures { double wall = 1e9, cpu = 1e9; qsizetype rows = 0, columns = 0; };
    auto measure = [&](const QString &file, const ImportOptions &options) {
        Figures f;
        for (int run = 0; run < runs; ++run) {
            QFile input(file);
            input.open(QIODevice::ReadOnly);
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpu = std::clock();
            const ImportResult result = JsonReader().read(input, options, {});
            f.wall = std::min(f.wall, double(timer.nsecsElapsed()) / 1e9);
            f.cpu = std::min(f.cpu, double(std::clock() - cpu) / CLOCKS_PER_SEC);
            if (!result.table) {
                std::printf("JsonReader failed: %s\n", qPrintable(result.error));
                return f;
            }
            f.rows = result.table->rowCount();
            f.columns = result.table->columnCount();
        }
        return f;
    };

    // The floor: simdjson alone on the same bytes (already in memory), no table.
    {
        simdjson::padded_string bytes;
        if (simdjson::padded_string::load(path.toStdString()).get(bytes) == simdjson::SUCCESS) {
            double dom = 1e9, onDemand = 1e9;
            simdjson::dom::parser parser;
            simdjson::ondemand::parser walker;
            for (int run = 0; run < runs; ++run) {
                QElapsedTimer timer;
                timer.start();
                simdjson::dom::element root;
                const bool ok = parser.parse(bytes).get(root) == simdjson::SUCCESS;
                dom = std::min(dom, double(timer.nsecsElapsed()) / 1e9);
                timer.restart();
                double sum = 0;
                size_t values = 0;
                simdjson::ondemand::document document;
                simdjson::ondemand::array records;
                if (ok && walker.iterate(bytes).get(document) == simdjson::SUCCESS && document.get_array().get(records) == simdjson::SUCCESS) {
                    for (auto record : records) {
                        simdjson::ondemand::object object;
                        if (record.get_object().get(object) != simdjson::SUCCESS)
                            break;
                        for (auto field : object) {
                            simdjson::ondemand::value value = field.value();
                            simdjson::ondemand::json_type type;
                            if (value.type().get(type) != simdjson::SUCCESS)
                                break;
                            ++values;
                            if (type == simdjson::ondemand::json_type::number)
                                sum += double(value.get_double().value_unsafe());
                            else if (type == simdjson::ondemand::json_type::string)
                                sum += double(std::string_view(value.get_string().value_unsafe()).size());
                            else if (type == simdjson::ondemand::json_type::object)
                                for (auto inner : value.get_object())
                                    sum += double(inner.value().get_double().value_unsafe());
                            else if (type == simdjson::ondemand::json_type::boolean)
                                sum += bool(value.get_bool().value_unsafe());
                        }
                    }
                }
                onDemand = std::min(onDemand, double(timer.nsecsElapsed()) / 1e9);
                if (run == 0 && values == 0)
                    std::printf("simdjson On-Demand walk read nothing\n");
            }
            std::printf("simdjson floor, one thread:  DOM parse %.3f s  %.0f MB/s; On-Demand walk of every value %.3f s  %.0f MB/s\n",
                        dom, mb / dom, onDemand, mb / onDemand);
        }
    }

    const Figures ours = measure(path, {});
    const double best = ours.wall, bestCpu = ours.cpu;
    std::printf("JsonReader:                  %.3f s  %.0f MB/s wall, %.0f MB/s by CPU (%.3f s)  (%lld rows x %lld columns, typed; target 400 MB/s)\n",
                best, mb / best, mb / bestCpu, bestCpu, qlonglong(ours.rows), qlonglong(ours.columns));
    ImportOptions oneThread;
    oneThread.threads = 1;
    const Figures single = measure(path, oneThread);
    std::printf("JsonReader, one thread:      %.3f s  %.0f MB/s wall, %.0f MB/s by CPU\n", single.wall, mb / single.wall, mb / single.cpu);
    if (argc <= 1) {
        // The same records as JSON Lines (one record per line, no array around them).
        const QString linesPath = dir.filePath(u"records.jsonl"_s);
        {
            QFile in(path), out(linesPath);
            in.open(QIODevice::ReadOnly);
            out.open(QIODevice::WriteOnly);
            QByteArray all = in.readAll();
            all = all.mid(all.indexOf('{'));
            all.truncate(all.lastIndexOf('}') + 1);
            all.replace(",\n{", "\n{");
            out.write(all + "\n");
        }
        const double linesMb = double(QFile(linesPath).size()) / 1e6;
        const Figures lines = measure(linesPath, {});
        std::printf("JsonReader, JSON Lines:      %.3f s  %.0f MB/s wall, %.0f MB/s by CPU  (%lld rows, %.1f MB)\n", lines.wall,
                    linesMb / lines.wall, linesMb / lines.cpu, qlonglong(lines.rows), linesMb);
    }
    {
        // The import dialog's preview: 200 rows, at most 4 MiB read (as DataImport::previewAsync asks).
        ImportOptions preview;
        preview.maxRows = 200;
        preview.scanLimitBytes = 4 << 20;
        double bestPreview = 1e9;
        for (int run = 0; run < runs; ++run) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            QElapsedTimer timer;
            timer.start();
            const ImportResult result = JsonReader().read(file, preview, {});
            bestPreview = std::min(bestPreview, double(timer.nsecsElapsed()) / 1e6);
            if (!result.table || result.table->rowCount() != 200)
                std::printf("preview failed: %s\n", qPrintable(result.error));
        }
        std::printf("JsonReader preview, 200 rows: %.1f ms (budget 50 ms)\n", bestPreview);
    }
    if (argc > 1)
        return 0;
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {u"-c"_s, QString::fromUtf8(pythonReaders), path});
    python.waitForFinished(-1);
    const QStringList f = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(u' ');
    if (f.size() < 5) {
        std::printf("python failed: %s\n", python.readAllStandardError().constData());
        return 0;
    }
    const double json = f[0].toDouble(), frame = f[1].toDouble(), pandas = f[2].toDouble();
    const double cJson = f.value(5).toDouble(), cFrame = f.value(6).toDouble();
    std::printf("Python json.load:            %.3f s  %.0f MB/s wall, %.0f MB/s by CPU  (untyped Python objects)\n", json, mb / json, mb / cJson);
    std::printf("json.load + json_normalize:  %.3f s  %.0f MB/s wall, %.0f MB/s by CPU  (%s rows x %s columns)\n", frame, mb / frame,
                mb / cFrame, qPrintable(f[3]), qPrintable(f[4]));
    std::printf("pandas.read_json:            %.3f s  %.0f MB/s\n", pandas, mb / pandas);
    std::printf("ratios (wall): json.load / JsonReader %.1fx, json_normalize %.1fx, read_json %.1fx; (CPU): json.load %.1fx, json_normalize %.1fx\n",
                json / best, frame / best, pandas / best, cJson / bestCpu, cFrame / bestCpu);
    return 0;
}
