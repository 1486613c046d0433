#include "csvreader.h"

#include "csvchunkparser.h"
#include "csvrecordsplitter.h"
#include "delimitersniffer.h"
#include "headersniffer.h"
#include "memoryadvice.h"
#include "missingbits.h"
#include "textencoding.h"
#include "typeinference.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileDevice>
#include <QThread>

#include <algorithm>
#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <iterator>
#include <mutex>
#include <thread>


using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text) { return QCoreApplication::translate("CsvReader", text); }

constexpr qsizetype sampleBytes = 64 * 1024;
constexpr int rawPreviewLines = 200;
constexpr qsizetype maxWarnings = CsvChunkParser::maxWarningsPerChunk;
constexpr size_t chunkBytes = size_t(8) << 20;
constexpr size_t maxAccumulators = 262'144; // columns × chunks: bounds the bookkeeping of wide files

char asciiOrZero(QChar c) { return c.unicode() < 0x80 ? char(c.unicode()) : 0; }

// Runs `work(index)` for index in [0, count) on `threads` threads (the caller's included).
template<typename Work>
void runParallel(size_t count, int threads, const Work &work)
{
    std::atomic<size_t> next{0};
    auto loop = [&] {
        for (size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            work(i);
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads && size_t(t) < count; ++t)
        helpers.emplace_back(loop);
    loop();
    for (std::thread &helper : helpers)
        helper.join();
}

// The position after `lines` line ends from `p` (LF, CRLF or CR), quotes ignored: skipped lines are
// not CSV.
const char *skipPhysicalLines(const char *p, const char *end, int lines, int64_t *consumed)
{
    while (lines > 0 && p < end) {
        const char c = *p++;
        if (c == '\n' || c == '\r') {
            if (c == '\r' && p < end && *p == '\n')
                ++p;
            --lines;
            ++*consumed;
        }
    }
    return p;
}

// Where a chunk may start: after the first line end at or after `p`, looked for in a bounded window
// (a giant line leaves the rest to the chunk before: `end`).
const char *nextLineStart(const char *p, const char *end)
{
    constexpr size_t window = size_t(16) << 20;
    const size_t length = std::min(size_t(end - p), window);
    const char *lf = static_cast<const char *>(std::memchr(p, '\n', length));
    const char *cr = static_cast<const char *>(std::memchr(p, '\r', lf ? size_t(lf - p) : length));
    if (cr)
        return cr + 1 < end && cr[1] == '\n' ? cr + 2 : cr + 1;
    return lf ? lf + 1 : end;
}

// '.' or ',' as the decimal separator, from how number-like cells of the first records are written:
// "1,5" and never "1.5" (with a delimiter other than the comma) means a decimal comma.
char detectDecimalSeparator(const CsvDialect &dialect, const char *p, const char *end)
{
    if (dialect.delimiter == ',')
        return '.';
    auto decimalWith = [](std::string_view cell, char separator) {
        cell = NumberParser::trimmed(cell);
        if (!cell.empty() && (cell.front() == '-' || cell.front() == '+'))
            cell.remove_prefix(1);
        const size_t at = cell.find(separator);
        if (at == std::string_view::npos || at == 0 || at + 1 == cell.size())
            return false;
        for (size_t i = 0; i < cell.size(); ++i)
            if (i != at && unsigned(uint8_t(cell[i])) - '0' > 9)
                return false;
        return true;
    };
    CsvRecordSplitter splitter(dialect, end);
    int commas = 0, dots = 0;
    for (int records = 0; p < end && records < 200;) {
        p = splitter.split(p);
        if (splitter.kind() != CsvRecordSplitter::Kind::Data)
            continue;
        ++records;
        for (const std::string_view cell : splitter.fields()) {
            commas += decimalWith(cell, ',');
            dots += decimalWith(cell, '.');
        }
    }
    return commas > 0 && dots == 0 ? ',' : '.';
}

struct Mapping
{
    const uchar *data = nullptr;
    qint64 size = 0;
};
} // namespace

ImportResult CsvReader::read(QIODevice &device, const ImportOptions &options, const ImportControl &control) const
{
    qint64 size = device.size() - device.pos();
    if (options.scanLimitBytes >= 0)
        size = std::min(size, options.scanLimitBytes);
    if (auto *buffer = qobject_cast<QBuffer *>(&device)) {
        const QByteArray &data = buffer->data();
        return read(QByteArrayView(data).sliced(device.pos(), qsizetype(size)), options, control);
    }
    if (auto *file = qobject_cast<QFileDevice *>(&device); file && size > 0 && !device.isSequential()) {
        // Mapped, so a big file costs no copy and its pages are faulted in by the parser threads.
        if (uchar *map = file->map(device.pos(), size)) {
#ifdef Q_OS_LINUX
            // Read ahead in big steps instead of faulting page by page (a cold or sparse file).
            madvise(map - (reinterpret_cast<uintptr_t>(map) & 4095), size_t(size) + (reinterpret_cast<uintptr_t>(map) & 4095),
                    MADV_SEQUENTIAL);
#endif
            ImportResult result = read(QByteArrayView(map, qsizetype(size)), options, control);
            file->unmap(map);
            return result;
        }
    }
    const QByteArray bytes = options.scanLimitBytes >= 0 ? device.read(options.scanLimitBytes) : device.readAll();
    return read(QByteArrayView(bytes), options, control);
}

ImportResult CsvReader::read(QByteArrayView bytes, const ImportOptions &options, const ImportControl &control) const
{
    ImportResult result;
    result.format = u"csv"_s;

    // Encoding: everything below reads UTF-8.
    TextEncoding::Kind kind = TextEncoding::Kind::Utf8;
    TextEncoding::Detection detection = TextEncoding::detect(bytes.first(std::min(bytes.size(), sampleBytes)));
    const bool autoEncoding = options.encoding.isEmpty();
    if (autoEncoding) {
        kind = detection.kind;
    } else if (!TextEncoding::fromName(options.encoding, &kind)) {
        result.error = tr("unknown encoding \"%1\" (UTF-8, UTF-16LE, UTF-16BE, Windows-1252, ISO-8859-1)")
                           .arg(options.encoding);
        return result;
    }
    qsizetype bom = 0;
    if (detection.bomLength > 0 && (autoEncoding || detection.kind == kind))
        bom = detection.bomLength;
    QByteArray converted;
    QByteArrayView text = bytes.sliced(bom);
    if (kind != TextEncoding::Kind::Utf8) {
        converted = TextEncoding::toUtf8(text, kind);
        text = QByteArrayView(converted);
    }
    result.encoding = TextEncoding::name(kind);

    const char *begin = text.data();
    const char *end = begin + text.size();
    {
        // The raw preview: the first lines as decoded text.
        int64_t ignored = 0;
        const char *cut = skipPhysicalLines(begin, std::min(end, begin + sampleBytes), rawPreviewLines, &ignored);
        result.rawText = QString::fromUtf8(begin, cut - begin);
    }

    // Lines before the header, then the dialect. An Excel "sep=X" first line names the delimiter.
    int64_t headerLines = 0;
    const char *p = begin;
    const char *afterHint = begin;
    const char hint = HeaderSniffer::separatorHint(begin, end, &afterHint);
    const bool detectSkip = options.skipLines < 0;
    if (hint && detectSkip) {
        p = afterHint;
        headerLines = 1;
    } else {
        p = skipPhysicalLines(begin, end, std::max(0, options.skipLines), &headerLines);
    }
    CsvDialect dialect;
    dialect.quote = asciiOrZero(options.quote);
    dialect.escape = asciiOrZero(options.escape);
    dialect.commentPrefix = options.commentPrefix.toStdString();
    dialect.maxFieldBytes = size_t(std::max<qsizetype>(1, options.maxFieldBytes));
    dialect.maxColumns = std::max(1, options.maxColumns);
    const bool sniffDelimiter = options.delimiter.isNull() && !hint;
    auto sniff = [&](const char *from) {
        const qsizetype available = end - from;
        return DelimiterSniffer::sniff(QByteArrayView(from, std::min(available, sampleBytes)), dialect.quote,
                                       QByteArrayView(dialect.commentPrefix.data(), qsizetype(dialect.commentPrefix.size())),
                                       200, available <= sampleBytes)
            .delimiter;
    };
    if (!options.delimiter.isNull()) {
        dialect.delimiter = asciiOrZero(options.delimiter);
        if (!dialect.delimiter || dialect.delimiter == '\n' || dialect.delimiter == '\r'
            || dialect.delimiter == dialect.quote) {
            result.error = tr("the delimiter must be one ASCII character other than the quote and a line end");
            return result;
        }
    } else {
        dialect.delimiter = hint && hint != dialect.quote ? hint : sniff(p);
    }
    dialect.mergeSpaces = dialect.delimiter == ' ';
    if (detectSkip && options.headerRow <= 0) {
        // Titles and notes before the header: found by their field count, on a bounded sample.
        const char *sampleEnd = p + std::min<qsizetype>(end - p, sampleBytes);
        int64_t preamble = HeaderSniffer::linesBeforeHeader(dialect, p, sampleEnd);
        if (preamble > 0 && sniffDelimiter) {
            // The preamble may have misled the delimiter: sniff again on the table alone.
            int64_t ignored = 0;
            const char delimiter = sniff(skipPhysicalLines(p, end, int(preamble), &ignored));
            if (delimiter != dialect.delimiter) {
                CsvDialect other = dialect;
                other.delimiter = delimiter;
                other.mergeSpaces = delimiter == ' ';
                if (const int64_t lines = HeaderSniffer::linesBeforeHeader(other, p, sampleEnd); lines > 0) {
                    dialect = other;
                    preamble = lines;
                }
            }
        }
        p = skipPhysicalLines(p, end, int(preamble), &headerLines);
        if (headerLines > 0)
            result.warnings.append({1, {}, headerLines == 1 ? tr("skipped 1 line before the header")
                                                            : tr("skipped %1 lines before the header").arg(headerLines)});
    }
    result.skippedLines = headerLines;
    result.delimiter = QChar(char16_t(uchar(dialect.delimiter)));

    // The header row.
    ImportOptions resolved = options;
    if (resolved.decimalSeparator.isNull())
        resolved.decimalSeparator = QChar(char16_t(uchar(detectDecimalSeparator(dialect, p, end))));
    const TypeInference types(resolved);
    CsvRecordSplitter splitter(dialect, end);
    QStringList fileNames;
    int64_t line = headerLines;
    int recordsBefore = options.headerRow;
    bool headerFound = options.headerRow < 0;
    while (p < end && !headerFound) {
        const int64_t recordLine = line;
        p = splitter.split(p);
        line += splitter.lines();
        if (splitter.kind() != CsvRecordSplitter::Kind::Data || recordsBefore-- > 0)
            continue;
        headerFound = true;
        for (const std::string_view name : splitter.fields()) {
            if (!TextEncoding::isValidUtf8(QByteArrayView(name.data(), qsizetype(name.size()))))
                result.warnings.append({recordLine + 1, {}, tr("a column name is not valid UTF-8; replaced by U+FFFD")});
            fileNames.append(QString::fromUtf8(name.data(), qsizetype(name.size())).trimmed());
        }
        if (splitter.flags().columnsTruncated)
            result.warnings.append({recordLine + 1, {}, tr("more than %1 columns: the rest are dropped").arg(dialect.maxColumns)});
    }
    headerLines = line;
    const char *dataStart = p;
    if (options.headerRow < 0) {
        // No header: as many columns as the widest of the first records.
        CsvRecordSplitter probe(dialect, end);
        qsizetype widest = 0;
        const char *q = dataStart;
        for (int records = 0; q < end && records < 200;) {
            q = probe.split(q);
            if (probe.kind() == CsvRecordSplitter::Kind::Data) {
                widest = std::max<qsizetype>(widest, qsizetype(probe.fields().size()));
                ++records;
            }
        }
        for (qsizetype c = 0; c < widest; ++c)
            fileNames.append(QString());
    }
    if (fileNames.isEmpty()) {
        result.warnings.append({0, {}, bytes.isEmpty() ? tr("the file is empty") : tr("no header row and no data found")});
        result.table = std::make_shared<const DataTable>();
        result.totalRows = 0;
        return result;
    }
    const size_t columnCount = size_t(fileNames.size());

    // How each column starts: numbers unless an override asks for something else.
    std::vector<CsvColumnAccumulator::Mode> modes(columnCount, CsvColumnAccumulator::Mode::Integer);
    std::vector<bool> forcedFloat(columnCount, false);
    for (size_t c = 0; c < columnCount; ++c) {
        if (const std::optional<ColumnType> forced = types.overrideFor(int(c))) {
            if (*forced == ColumnType::Float)
                forcedFloat[c] = true;
            else
                modes[c] = CsvColumnAccumulator::Mode::Text;
        }
    }

    // Chunks at line ends; a chunk whose guessed start was inside a quoted field is re-parsed.
    const int threads = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    const size_t dataBytes = size_t(end - dataStart);
    size_t chunkCount = 1;
    if (options.maxRows < 0 && threads > 1 && dataBytes > size_t(1) << 20) {
        // Few big chunks: their arrays get huge pages, and merging them is cheap.
        chunkCount = std::min(size_t(threads) * 2, std::max<size_t>(1, dataBytes / chunkBytes));
        chunkCount = std::max(chunkCount, size_t(threads));
        chunkCount = std::min(chunkCount, std::max<size_t>(1, maxAccumulators / columnCount));
    }
    std::vector<CsvChunk> chunks(chunkCount);
    std::vector<const char *> starts(chunkCount + 1, end);
    starts[0] = dataStart;
    for (size_t i = 1; i < chunkCount; ++i) {
        const char *nominal = dataStart + dataBytes * i / chunkCount;
        starts[i] = starts[i - 1] >= nominal ? starts[i - 1] : nextLineStart(nominal, end);
    }
    const CsvChunkParser parser(dialect, types, modes, forcedFloat);

    // Direct mode: when every chunk is plain lines (no quotes), its rows are counted first and the
    // numbers of columns that look numeric are parsed straight into their final arrays.
    std::vector<std::vector<double>> finals(columnCount);      // columns whose first records hold floats
    std::vector<std::vector<qint64>> finalIntegers(columnCount); // … only integers
    std::vector<size_t> counted(chunkCount, 0);
    bool direct = false;
    if (options.maxRows < 0 && dataBytes >= (size_t(1) << 20)) {
        std::vector<char> plain(chunkCount, 0);
        runParallel(chunkCount, threads, [&](size_t i) {
            plain[i] = CsvChunkParser::countLines(dialect, starts[i], starts[i + 1], end, &counted[i]);
        });
        direct = std::all_of(plain.begin(), plain.end(), [](char ok) { return ok != 0; });
    }
    if (direct) {
        // Which columns look numeric in the first records: only they get a final array up front.
        std::vector<char> numericLooking(columnCount, 1);
        std::vector<char> integerLooking(columnCount, 1);
        CsvRecordSplitter probe(dialect, end);
        const NumberParser &numbers = types.numbers();
        const char *q = dataStart;
        for (int records = 0; q < end && records < 100;) {
            q = probe.split(q);
            if (probe.kind() != CsvRecordSplitter::Kind::Data)
                continue;
            ++records;
            const auto &fields = probe.fields();
            for (size_t c = 0; c < std::min(columnCount, fields.size()); ++c) {
                double ignored;
                int64_t integer;
                if (numericLooking[c] && !types.isMissing(fields[c])) {
                    if (!numbers.parseInteger(fields[c], &integer))
                        integerLooking[c] = 0;
                    if (!integerLooking[c] && !numbers.parseFloat(fields[c], &ignored))
                        numericLooking[c] = 0;
                }
            }
        }
        size_t total = 0;
        for (const size_t rows : counted)
            total += rows;
        std::vector<size_t> wanted;
        for (size_t c = 0; c < columnCount; ++c)
            if (numericLooking[c] && modes[c] != CsvColumnAccumulator::Mode::Text)
                wanted.push_back(c);
        runParallel(wanted.size(), threads, [&](size_t w) {
            const size_t c = wanted[w];
            if (integerLooking[c] && !forcedFloat[c])
                finalIntegers[c] = MemoryAdvice::hugeVector<qint64>(total);
            else
                finals[c] = MemoryAdvice::hugeVector<double>(total);
        });
        size_t offset = 0;
        for (size_t i = 0; i < chunkCount; ++i) {
            chunks[i].countedRows = counted[i];
            chunks[i].directSlots.assign(columnCount, nullptr);
            for (const size_t c : wanted)
                chunks[i].directSlots[c] = finals[c].empty() ? static_cast<void *>(finalIntegers[c].data() + offset)
                                                             : static_cast<void *>(finals[c].data() + offset);
            offset += counted[i];
        }
    }

    std::atomic<bool> canceled{false};
    std::atomic<size_t> done{0};
    std::atomic<size_t> bytesDone{0};
    std::mutex mutex;
    std::condition_variable finished;
    std::thread work([&] {
        runParallel(chunkCount, threads, [&](size_t i) {
            parser.parse(chunks[i], starts[i], starts[i + 1], end, options.maxRows, canceled, &bytesDone);
            done.fetch_add(1);
            finished.notify_all();
        });
        std::lock_guard lock(mutex);
        done.store(chunkCount + 1);
        finished.notify_all();
    });
    {
        // The calling thread only reports progress and listens for cancellation.
        std::unique_lock lock(mutex);
        while (done.load() <= chunkCount) {
            finished.wait_for(lock, std::chrono::milliseconds(20));
            control.report(0.9 * std::min(1.0, double(bytesDone.load()) / double(std::max<size_t>(1, dataBytes))));
            if (control.canceled())
                canceled.store(true);
        }
    }
    work.join();
    // Each chunk must start where the one before stopped.
    for (size_t i = 1; i < chunkCount && !canceled.load(); ++i) {
        const char *stop = chunks[i - 1].stop;
        if (chunks[i].start == stop)
            continue;
        const char *limit = std::max(stop, starts[i + 1]);
        parser.parse(chunks[i], stop, limit, end, -1, canceled); // empty when `stop` is past its range
    }
    if (canceled.load()) {
        result.canceled = true;
        result.error = tr("the import was canceled");
        return result;
    }

    // Invalid UTF-8 in a file whose start looked like plain ASCII: it is a single-byte encoding.
    if (autoEncoding && kind == TextEncoding::Kind::Utf8 && !detection.sawMultibyteUtf8) {
        for (const CsvChunk &chunk : chunks) {
            for (const CsvColumnAccumulator &column : chunk.columns) {
                if (column.mode() == CsvColumnAccumulator::Mode::Text
                    && !TextEncoding::isValidUtf8(QByteArrayView(column.textBytes().data(),
                                                                 qsizetype(column.textBytes().size())))) {
                    ImportOptions latin = options;
                    latin.encoding = TextEncoding::name(TextEncoding::Kind::Windows1252);
                    return read(bytes, latin, control);
                }
            }
        }
    }

    // Where each chunk's rows and lines sit in the file.
    std::vector<size_t> rowOffset(chunkCount + 1, 0);
    std::vector<int64_t> lineOffset(chunkCount + 1, headerLines);
    for (size_t i = 0; i < chunkCount; ++i) {
        rowOffset[i + 1] = rowOffset[i] + chunks[i].rows;
        lineOffset[i + 1] = lineOffset[i] + chunks[i].lines;
    }
    const size_t rows = rowOffset[chunkCount];
    auto lineOfRow = [&](size_t row) -> int64_t {
        const size_t i = size_t(std::upper_bound(rowOffset.begin(), rowOffset.end(), row) - rowOffset.begin()) - 1;
        return lineOffset[i] + chunks[i].lineOfRow(row - rowOffset[i]) + 1;
    };
    const TypeInference::Locator locator = [&](qsizetype row, ImportWarning *warning) {
        warning->line = lineOfRow(size_t(row));
    };

    // Columns, merged over the chunks, on all cores.
    const QStringList names = types.columnNames(fileNames);
    std::vector<DataColumn> columns(columnCount);
    std::vector<QList<ImportWarning>> columnWarnings(columnCount);
    runParallel(columnCount, threads, [&](size_t c) {
        bool numeric = true, anyFloat = forcedFloat[c];
        for (const CsvChunk &chunk : chunks) {
            numeric = numeric && chunk.columns[c].mode() != CsvColumnAccumulator::Mode::Text;
            anyFloat = anyFloat || chunk.columns[c].mode() == CsvColumnAccumulator::Mode::Float;
        }
        const QString &name = names.at(qsizetype(c));
        if (numeric) {
            // Nothing present at all (a header without data, an empty column): no number, text.
            size_t missingCells = 0;
            for (const CsvChunk &chunk : chunks)
                missingCells += chunk.columns[c].missingRows().size();
            numeric = missingCells < rows || forcedFloat[c];
        }
        if (numeric) {
            MissingBits missing;
            for (size_t i = 0; i < chunkCount; ++i) {
                for (const uint32_t row : chunks[i].columns[c].missingRows())
                    missing.set(rowOffset[i] + row);
                for (const CsvColumnAccumulator::Unreadable &cell : chunks[i].columns[c].unreadable()) {
                    if (columnWarnings[c].size() < TypeInference::maxWarningsPerColumn)
                        columnWarnings[c].append({lineOfRow(rowOffset[i] + cell.row), {},
                                                  tr("column \"%1\": \"%2\" is not a valid %3; taken as missing")
                                                      .arg(name, QString::fromUtf8(cell.text.data(), qsizetype(cell.text.size())),
                                                           columnTypeDisplayName(ColumnType::Float))});
                }
            }
            // Straight from the final array when every chunk wrote its numbers there.
            bool inPlace = rows > 0;
            for (const CsvChunk &chunk : chunks)
                inPlace = inPlace && chunk.columns[c].writesAttached() && chunk.rows == chunk.countedRows;
            if (anyFloat) {
                std::vector<double> values;
                if (inPlace && !finals[c].empty()) {
                    for (CsvChunk &chunk : chunks)
                        chunk.columns[c].convertToFloat();
                    values = std::move(finals[c]);
                } else {
                    values = MemoryAdvice::hugeVector<double>(rows);
                    for (size_t i = 0; i < chunkCount; ++i) {
                        CsvColumnAccumulator &column = chunks[i].columns[c];
                        double *out = values.data() + rowOffset[i];
                        if (column.mode() == CsvColumnAccumulator::Mode::Float) {
                            if (column.rows())
                                std::memcpy(out, column.numberBytes(), column.rows() * sizeof(double));
                        } else {
                            for (size_t r = 0; r < column.rows(); ++r)
                                out[r] = double(column.integer(r));
                            for (const uint32_t r : column.missingRows())
                                out[r] = std::numeric_limits<double>::quiet_NaN();
                        }
                    }
                }
                for (CsvChunk &chunk : chunks)
                    chunk.columns[c].releaseNumbers();
                std::vector<double>().swap(finals[c]);
                std::vector<qint64>().swap(finalIntegers[c]);
                columns[c] = DataColumnBuilder::adoptFloats(name, std::move(values), missing.take());
                return;
            }
            std::vector<qint64> values;
            if (inPlace && !finalIntegers[c].empty()) {
                values = std::move(finalIntegers[c]);
            } else {
                values = MemoryAdvice::hugeVector<qint64>(rows);
                for (size_t i = 0; i < chunkCount; ++i) {
                    const CsvColumnAccumulator &column = chunks[i].columns[c];
                    if (column.rows())
                        std::memcpy(values.data() + rowOffset[i], column.numberBytes(), column.rows() * sizeof(qint64));
                }
            }
            for (CsvChunk &chunk : chunks)
                chunk.columns[c].releaseNumbers();
            std::vector<double>().swap(finals[c]);
            std::vector<qint64>().swap(finalIntegers[c]);
            qint64 min = INT64_MAX, max = INT64_MIN;
            ColumnType type = ColumnType::Integer;
            if (options.unixTimestamps) {
                for (size_t r = 0; r < rows; ++r) {
                    if (!missing.test(r)) {
                        min = std::min(min, values[r]);
                        max = std::max(max, values[r]);
                    }
                }
                if (const int64_t factor = min <= max ? TypeInference::epochFactor(min, max) : 0) {
                    type = ColumnType::DateTime;
                    for (qint64 &value : values)
                        value *= factor;
                }
            }
            columns[c] = DataColumnBuilder::adoptIntegers(name, type, std::move(values), missing.take());
            return;
        }
        // Text somewhere: every chunk gives its text, and inference decides over the whole column.
        std::vector<std::string_view> cells;
        cells.reserve(rows);
        for (size_t i = 0; i < chunkCount; ++i) {
            CsvColumnAccumulator &column = chunks[i].columns[c];
            if (column.mode() != CsvColumnAccumulator::Mode::Text) {
                column.restartAsText();
                parser.backfill(chunks[i], end, int(c));
            }
            for (size_t r = 0; r < column.rows(); ++r)
                cells.push_back(column.text(r));
        }
        std::vector<double>().swap(finals[c]); // the numbers some chunks parsed are not needed
        std::vector<qint64>().swap(finalIntegers[c]);
        columns[c] = types.build(name, cells, int(c), &columnWarnings[c], locator);
    });

    // Warnings in file order, bounded.
    qint64 suppressed = 0;
    for (size_t i = 0; i < chunkCount; ++i) {
        for (const CsvChunk::Warning &warning : chunks[i].warnings)
            result.warnings.append({lineOffset[i] + warning.line + 1, {}, warning.message});
        suppressed += chunks[i].suppressedWarnings;
    }
    for (const QList<ImportWarning> &warnings : columnWarnings)
        result.warnings.append(warnings);
    std::stable_sort(result.warnings.begin(), result.warnings.end(),
                     [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
    if (result.warnings.size() > maxWarnings) {
        suppressed += result.warnings.size() - maxWarnings;
        result.warnings.resize(maxWarnings);
    }
    if (suppressed > 0)
        result.warnings.append({0, {}, tr("%1 more warnings not listed").arg(suppressed)});
    if (options.scanLimitBytes >= 0 && bytes.size() >= options.scanLimitBytes)
        result.warnings.append({0, {}, tr("only the first %1 bytes were read").arg(options.scanLimitBytes)});

    result.table = std::make_shared<const DataTable>(QList<DataColumn>(std::make_move_iterator(columns.begin()), std::make_move_iterator(columns.end())));
    const bool wholeFile = options.scanLimitBytes < 0 && (options.maxRows < 0 || qsizetype(rows) < options.maxRows);
    result.totalRows = wholeFile ? qint64(rows) : -1;
    control.report(1.0);
    return result;
}
