#include "csvchunkparser.h"

#include "csvrecordsplitter.h"
#include "memoryadvice.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) { return QCoreApplication::translate("CsvReader", text); }

void warn(CsvChunk &chunk, int64_t line, const QString &message)
{
    if (chunk.warnings.size() >= size_t(CsvChunkParser::maxWarningsPerChunk)) {
        ++chunk.suppressedWarnings;
        return;
    }
    chunk.warnings.push_back({line, message});
}
} // namespace

CsvChunkParser::CsvChunkParser(const CsvDialect &dialect, const TypeInference &types,
                               const std::vector<CsvColumnAccumulator::Mode> &modes,
                               const std::vector<bool> &forcedFloat)
    : m_dialect(dialect)
    , m_types(types)
    , m_modes(modes)
    , m_forcedFloat(forcedFloat)
{
}

void CsvChunkParser::parse(CsvChunk &chunk, const char *from, const char *limit, const char *end, int64_t maxRows,
                           const std::atomic<bool> &canceled) const
{
    const size_t columnCount = m_modes.size();
    chunk.start = from;
    chunk.limit = limit;
    chunk.columns.clear();
    chunk.columns.reserve(columnCount);
    for (size_t c = 0; c < columnCount; ++c)
        chunk.columns.push_back(m_forcedFloat[c] ? CsvColumnAccumulator::forcedFloat()
                                                 : CsvColumnAccumulator(m_modes[c]));
    // A guess of the rows from the bytes saves most re-allocations of the number arrays.
    const size_t expectedRows = size_t(std::max<ptrdiff_t>(0, std::min(limit, end) - from)) / (columnCount * 4 + 1) + 16;
    MemoryAdvice::reserveHuge(chunk.rowLines, maxRows >= 0 ? std::min(expectedRows, size_t(maxRows)) : expectedRows);
    for (CsvColumnAccumulator &column : chunk.columns)
        column.reserve(chunk.rowLines.capacity());

    CsvRecordSplitter splitter(m_dialect, end);
    const NumberParser &numbers = m_types.numbers();
    const std::string_view none;
    const char *p = from;
    int64_t line = 0;
    size_t rows = 0;
    while (p < limit && p < end) {
        if ((rows & 0x3fff) == 0 && canceled.load(std::memory_order_relaxed)) {
            chunk.canceled = true;
            break;
        }
        if (maxRows >= 0 && int64_t(rows) >= maxRows)
            break;
        const int64_t recordLine = line;
        p = splitter.split(p);
        line += splitter.lines();
        if (splitter.kind() != CsvRecordSplitter::Kind::Data)
            continue;
        const auto &fields = splitter.fields();
        const size_t present = std::min(fields.size(), columnCount);
        for (size_t c = 0; c < present; ++c)
            chunk.columns[c].add(fields[c], rows, numbers, m_types);
        if (fields.size() != columnCount) [[unlikely]] {
            for (size_t c = present; c < columnCount; ++c)
                chunk.columns[c].add(none, rows, numbers, m_types);
            const bool last = p >= end && splitter.lines() == 0;
            if (fields.size() < columnCount)
                warn(chunk, recordLine,
                     (last ? tr("the last line is incomplete: %1 of %2 fields; the rest is missing")
                           : tr("%1 fields instead of %2; the missing ones are empty"))
                         .arg(fields.size())
                         .arg(columnCount));
            else
                warn(chunk, recordLine,
                     tr("%1 fields instead of %2; the extra fields are dropped").arg(fields.size()).arg(columnCount));
        }
        const CsvRecordSplitter::Flags &flags = splitter.flags();
        if (flags.unterminatedQuote || flags.nulBytes || flags.fieldTruncated || flags.columnsTruncated) [[unlikely]] {
            if (flags.unterminatedQuote) {
                chunk.endedInsideQuote = true;
                warn(chunk, recordLine, tr("a quoted field opened on this line is never closed; it runs to the end of the file"));
            }
            if (flags.nulBytes)
                warn(chunk, recordLine, tr("NUL bytes removed"));
            if (flags.fieldTruncated)
                warn(chunk, recordLine, tr("a field longer than %1 MiB was cut").arg(m_dialect.maxFieldBytes >> 20));
            if (flags.columnsTruncated)
                warn(chunk, recordLine, tr("more than %1 fields: the rest of the line is dropped").arg(m_dialect.maxColumns));
        }
        chunk.rowLines.push_back(uint32_t(recordLine));
        ++rows;
    }
    chunk.stop = p < end ? p : end;
    chunk.lines = line;
    chunk.rows = rows;
    backfill(chunk, end);
}

// Columns that turned to text part-way need the text of their earlier rows: one more split of
// those rows, for all such columns at once.
void CsvChunkParser::backfill(CsvChunk &chunk, const char *end, int onlyColumn) const
{
    std::vector<size_t> targets;
    size_t needed = 0;
    for (size_t c = 0; c < chunk.columns.size(); ++c) {
        if (onlyColumn >= 0 && c != size_t(onlyColumn))
            continue;
        const CsvColumnAccumulator &column = chunk.columns[c];
        if (column.mode() == CsvColumnAccumulator::Mode::Text && column.backfillRows() > 0) {
            targets.push_back(c);
            needed = std::max(needed, column.backfillRows());
        }
    }
    if (needed == 0)
        return;
    std::vector<std::string> texts(targets.size());
    std::vector<std::vector<uint64_t>> ends(targets.size());
    CsvRecordSplitter splitter(m_dialect, end);
    const char *p = chunk.start;
    size_t row = 0;
    while (p < chunk.stop && row < needed) {
        p = splitter.split(p);
        if (splitter.kind() != CsvRecordSplitter::Kind::Data)
            continue;
        const auto &fields = splitter.fields();
        for (size_t t = 0; t < targets.size(); ++t) {
            const size_t c = targets[t];
            if (row >= chunk.columns[c].backfillRows())
                continue;
            if (c < fields.size())
                texts[t].append(fields[c].data(), fields[c].size());
            ends[t].push_back(texts[t].size());
        }
        ++row;
    }
    for (size_t t = 0; t < targets.size(); ++t)
        chunk.columns[targets[t]].prependText(texts[t], ends[t]);
}
