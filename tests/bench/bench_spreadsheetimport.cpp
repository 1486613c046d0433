// Spreadsheet import speed: a generated xlsx of 1 M cells (100,000 rows × 10 columns: floats,
// integers, a categorical string, dates), read by XlsxReader, then by openpyxl in read-only mode
// (python3-openpyxl) on the same file in the same run; prints wall and CPU time of both and the
// ratios. Figures only, never pass/fail on time. PLOTBENCH_BENCH_ROWS overrides the row count; a
// file as argument is read without generating (and without the peer), for profiling.
#include "xlsxreader.h"
#include "xmlscanner.h"
#include "zippackage.h"

#include <quazipfile.h>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cstdio>
#include <cstring>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {
const char *generator = R"(
import sys, xlsxwriter, datetime, random
random.seed(1)
rows = int(sys.argv[2])
wb = xlsxwriter.Workbook(sys.argv[1])
ws = wb.add_worksheet("Data")
datef = wb.add_format({"num_format": "yyyy-mm-dd"})
for j, c in enumerate(["a", "b", "c", "d", "e", "f", "n1", "n2", "cat", "day"]):
    ws.write_string(0, j, c)
base = datetime.datetime(2020, 1, 1)
cats = ["red", "green", "blue", "cyan"]
for i in range(1, rows + 1):
    for j in range(6):
        ws.write_number(i, j, random.random() * 1000)
    ws.write_number(i, 6, i)
    ws.write_number(i, 7, i * 3)
    ws.write_string(i, 8, cats[i % 4])
    ws.write_datetime(i, 9, base + datetime.timedelta(days=i % 3000), datef)
wb.close()
)";

const char *openpyxlReader = R"(
import sys, time, openpyxl
t = time.perf_counter()
c = time.process_time()
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
cells = 0
for row in wb.active.iter_rows(values_only=True):
    cells += len(row)
print(time.perf_counter() - t, cells, time.process_time() - c)
)";

double python(const char *script, const QStringList &args, QString *output = nullptr)
{
    QProcess process;
    process.start(u"/usr/bin/python3"_s, QStringList{u"-c"_s, QString::fromUtf8(script)} + args);
    process.waitForFinished(-1);
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (output)
        *output = out;
    if (process.exitCode() != 0)
        std::fprintf(stderr, "python failed: %s\n", process.readAllStandardError().constData());
    return out.section(u' ', 0, 0).toDouble();
}
constexpr int runs = 5; // best of: the machine is shared

// The largest worksheet part of the package, by name.
QString largestSheet(ZipPackage &package, const QString &path)
{
    Q_UNUSED(path);
    QString best;
    for (int i = 1; i < 256; ++i) {
        const QString name = u"xl/worksheets/sheet%1.xml"_s.arg(i);
        if (package.contains(name) && (best.isEmpty() || package.uncompressedSize(name) > package.uncompressedSize(best)))
            best = name;
    }
    return best;
}

// The floors under XlsxReader: inflating the worksheet alone, and scanning its XML alone (already
// inflated, in memory) with XmlScanner and, for comparison, with QXmlStreamReader.
void floors(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    ZipPackage package(file);
    QString error;
    if (!package.open(&error))
        return;
    const QString sheet = largestSheet(package, path);
    if (sheet.isEmpty())
        return;
    double inflate = 1e9;
    double inflateCpu = 1e9;
    QByteArray xml;
    for (int run = 0; run < runs; ++run) {
        std::unique_ptr<QuaZipFile> entry = package.openEntry(sheet, &error);
        if (!entry)
            return;
        QByteArray chunk(512 << 10, Qt::Uninitialized);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        qint64 total = 0;
        for (qint64 got; (got = entry->read(chunk.data(), chunk.size())) > 0;) {
            total += got;
            if (run == 0)
                xml.append(chunk.constData(), got);
        }
        inflate = std::min(inflate, double(timer.nsecsElapsed()) / 1e9);
        inflateCpu = std::min(inflateCpu, double(std::clock() - cpu) / CLOCKS_PER_SEC);
    }
    double scan = 1e9;
    double scanCpu = 1e9;
    qint64 elements = 0;
    for (int run = 0; run < runs; ++run) {
        qint64 at = 0;
        XmlScanner scanner([&](char *data, qint64 max) {
            const qint64 n = std::min<qint64>(max, xml.size() - at);
            std::memcpy(data, xml.constData() + at, size_t(n));
            at += n;
            return n;
        }, sheet, {QByteArrayLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main")});
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        elements = 0;
        qint64 textBytes = 0;
        for (XmlScanner::Token t; (t = scanner.next()) != XmlScanner::Token::EndDocument && t != XmlScanner::Token::Error;) {
            if (t == XmlScanner::Token::StartElement) {
                ++elements;
                scanner.collectText(scanner.localName() == "v");
                scanner.text().clear();
            } else {
                textBytes += qint64(scanner.text().size());
                scanner.collectText(false);
            }
        }
        scan = std::min(scan, double(timer.nsecsElapsed()) / 1e9);
        scanCpu = std::min(scanCpu, double(std::clock() - cpu) / CLOCKS_PER_SEC);
        if (scanner.failed())
            std::printf("scan failed: %s\n", qPrintable(scanner.error()));
        Q_UNUSED(textBytes);
    }
    double qt = 1e9;
    for (int run = 0; run < 2; ++run) {
        QXmlStreamReader reader(xml);
        QElapsedTimer timer;
        timer.start();
        while (!reader.atEnd())
            reader.readNext();
        qt = std::min(qt, double(timer.nsecsElapsed()) / 1e9);
    }
    const double mb = double(xml.size()) / 1e6;
    std::printf("floors, worksheet %s (%.1f MB of XML, %lld elements):\n", qPrintable(sheet), mb, qlonglong(elements));
    std::printf("  inflate only (QuaZip):            %.3f s wall, %.3f s CPU  (%.0f MB/s wall)\n", inflate, inflateCpu, mb / inflate);
    std::printf("  scan only (XmlScanner, memory):   %.3f s wall, %.3f s CPU  (%.0f MB/s wall)\n", scan, scanCpu, mb / scan);
    std::printf("  tokenise only (QXmlStreamReader): %.3f s  (%.0f MB/s; the reader before XmlScanner)\n", qt, mb / qt);
}
} // namespace

int main(int argc, char **argv)
{
    const qsizetype rows = qEnvironmentVariableIsSet("PLOTBENCH_BENCH_ROWS") ? qEnvironmentVariableIntValue("PLOTBENCH_BENCH_ROWS") : 100000;
    QTemporaryDir dir;
    // An existing file as argument skips the generation (for profiling).
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(u"bench.xlsx"_s);
    QElapsedTimer timer;
    timer.start();
    if (argc <= 1)
        python(generator, {path, QString::number(rows)});
    std::printf("xlsx: %lld rows x 10 columns (%lld cells), %.1f MB, written by xlsxwriter in %.1f s\n",
                qlonglong(rows), qlonglong(rows * 10), double(QFile(path).size()) / 1e6, double(timer.elapsed()) / 1000);

    double best = 1e9;
    double bestCpu = 1e9; // CPU seconds of this process: the figure that holds on a shared, loaded machine
    qsizetype cells = 0;
    for (int run = 0; run < runs; ++run) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        timer.start();
        const std::clock_t cpu = std::clock();
        const ImportResult result = XlsxReader().read(file, {}, {});
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
        bestCpu = std::min(bestCpu, double(std::clock() - cpu) / CLOCKS_PER_SEC);
        if (!result.table) {
            std::printf("XlsxReader failed: %s\n", qPrintable(result.error));
            return 1;
        }
        cells = result.table->rowCount() * result.table->columnCount();
    }
    std::printf("XlsxReader:         %.3f s wall, %.3f s CPU  (best of %d; %lld cells, %.2f M cells/s wall; budget 0.5 s for 1 M cells)\n",
                best, bestCpu, runs, qlonglong(cells), double(cells) / best / 1e6);
    floors(path);
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
            const ImportResult result = XlsxReader().read(file, preview, {});
            bestPreview = std::min(bestPreview, double(timer.nsecsElapsed()) / 1e6);
            if (!result.table || result.table->rowCount() != 200)
                std::printf("preview failed: %s\n", qPrintable(result.error));
        }
        std::printf("XlsxReader preview, 200 rows: %.1f ms (budget 50 ms)\n", bestPreview);
    }
    if (argc > 1)
        return 0;
    QString out;
    const double peer = python(openpyxlReader, {path}, &out);
    const double peerCpu = out.section(u' ', 2, 2).toDouble();
    std::printf("openpyxl read-only: %.3f s wall, %.3f s CPU  (%s cells)\n", peer, peerCpu, qPrintable(out.section(u' ', 1, 1)));
    std::printf("ratio openpyxl / XlsxReader: %.1fx wall, %.1fx CPU (openpyxl: one run, %.2f M cells/s wall)\n", peer / best,
                peerCpu / bestCpu, double(cells) / peer / 1e6);
    return 0;
}
