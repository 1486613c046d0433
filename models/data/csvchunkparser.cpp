#include "csvchunkparser.h"

#include "csvrecordsplitter.h"
#include "memoryadvice.h"

#include <QCoreApplication>

#include <bit>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {
QString tr(const char *text) { return QCoreApplication::translate("CsvChunkParser", text); }

void warn(CsvChunk &chunk, int64_t line, const QString &message)
{
    if (chunk.warnings.size() >= size_t(CsvChunkParser::maxWarningsPerChunk)) {
        ++chunk.suppressedWarnings;
        return;
    }
    chunk.warnings.push_back({line, message});
}

bool isNumberByte(char c) { return (unsigned(uint8_t(c)) - '0' <= 9) || c == '.' || c == '-' || c == '+'; }

// One record of plain numbers ("-12.5,3,…" then LF or CRLF) as NumberParser's exact fast paths read
// them: per field an optional '-', digits, an optional '.' and digits; Integer columns take at most
// 18 digits and no point, Float columns at most 15 digits (double(mantissa) / 10^fraction is then
// correctly rounded). Writes each field's 8-byte value to `out` and returns where the next record
// starts, or nullptr for anything else (a missing or quoted cell, spaces, an exponent, a ragged or
// last unterminated line): the general path then reads that record. This skips the field views and
// the second look at every byte, which is most of the time of a numeric file.
const char *plainNumberRecord(const char *p, const char *end, char delimiter, const CsvColumnAccumulator::Mode *modes,
                              size_t columns, int64_t *out)
{
    for (size_t c = 0; c < columns; ++c) {
        const bool negative = p < end && *p == '-';
        p += negative;
        uint64_t mantissa = 0;
        const char *digitsStart = p;
        while (p < end && unsigned(uint8_t(*p)) - '0' <= 9) {
            mantissa = mantissa * 10 + (unsigned(uint8_t(*p)) - '0');
            ++p;
        }
        ptrdiff_t count = p - digitsStart;
        ptrdiff_t fraction = 0;
        const bool point = p < end && *p == '.';
        if (point) {
            const char *fractionStart = ++p;
            while (p < end && unsigned(uint8_t(*p)) - '0' <= 9) {
                mantissa = mantissa * 10 + (unsigned(uint8_t(*p)) - '0');
                ++p;
            }
            fraction = p - fractionStart;
            count += fraction;
        }
        if (p >= end || count == 0) [[unlikely]]
            return nullptr;
        if (modes[c] == CsvColumnAccumulator::Mode::Integer) {
            if (point || count > 18)
                return nullptr;
            out[c] = negative ? int64_t(0 - mantissa) : int64_t(mantissa);
        } else {
            if (count > 15) [[unlikely]]
                return nullptr;
            double value = double(mantissa) / NumberParser::exactPowerOfTen(int(fraction));
            value = negative ? -value : value;
            std::memcpy(&out[c], &value, sizeof value);
        }
        const char terminator = *p++;
        if (c + 1 < columns) {
            if (terminator != delimiter) [[unlikely]]
                return nullptr;
        } else if (terminator != '\n') {
            if (terminator != '\r' || p >= end || *p != '\n')
                return nullptr;
            ++p;
        }
    }
    return p;
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
                           const std::atomic<bool> &canceled, std::atomic<size_t> *bytesDone) const
{
    const size_t columnCount = m_modes.size();
    // A chunk parsed again from a corrected start forgets the first attempt.
    std::vector<void *> directSlots = std::move(chunk.directSlots);
    const size_t countedRows = chunk.countedRows;
    chunk = CsvChunk{};
    chunk.start = from;
    chunk.limit = limit;
    chunk.columns.clear();
    chunk.columns.reserve(columnCount);
    for (size_t c = 0; c < columnCount; ++c)
        chunk.columns.push_back(m_forcedFloat[c] ? CsvColumnAccumulator::forcedFloat()
                                                 : CsvColumnAccumulator(m_modes[c]));
    // A guess of the rows from the bytes saves most re-allocations of the number arrays.
    const size_t expectedRows = size_t(std::max<ptrdiff_t>(0, std::min(limit, end) - from)) / (columnCount * 4 + 1) + 16;
    const size_t reserveRows = maxRows >= 0 ? std::min(expectedRows, size_t(maxRows)) : expectedRows;
    for (size_t c = 0; c < columnCount; ++c) {
        if (c < directSlots.size() && directSlots[c])
            chunk.columns[c].attach(directSlots[c], countedRows);
        else
            chunk.columns[c].reserve(reserveRows);
    }
    chunk.directSlots = std::move(directSlots);
    chunk.countedRows = countedRows;

    CsvRecordSplitter splitter(m_dialect, end);
    const NumberParser &numbers = m_types.numbers();
    const std::string_view none;
    const char *p = from;
    const char *reported = from;
    int64_t line = 0;
    int64_t extraLines = 0;
    size_t rows = 0;

    // Records of plain numbers take the fast path while every column is still numeric.
    const bool plainNumbers = numbers.isPlain() && !isNumberByte(m_dialect.delimiter) && m_dialect.delimiter != '\n'
        && m_dialect.delimiter != '\r' && !(m_dialect.escape && isNumberByte(m_dialect.escape))
        && (m_dialect.commentPrefix.empty() || !isNumberByte(m_dialect.commentPrefix.front()))
        && columnCount > 0 && columnCount <= 1024;
    std::vector<CsvColumnAccumulator::Mode> fastModes(columnCount);
    std::vector<int64_t> fastValues(columnCount);
    auto numericModes = [&] {
        for (size_t c = 0; c < columnCount; ++c) {
            fastModes[c] = chunk.columns[c].mode();
            if (fastModes[c] == CsvColumnAccumulator::Mode::Text)
                return false;
        }
        return true;
    };
    bool fast = plainNumbers && numericModes();

    while (p < limit && p < end) {
        if ((rows & 0x3fff) == 0) [[unlikely]] {
            if (canceled.load(std::memory_order_relaxed)) {
                chunk.canceled = true;
                break;
            }
            if (bytesDone) {
                bytesDone->fetch_add(size_t(p - reported), std::memory_order_relaxed);
                reported = p;
            }
        }
        if (maxRows >= 0 && int64_t(rows) >= maxRows)
            break;
        const int64_t recordLine = line;
        if (fast) {
            if (const char *next = plainNumberRecord(p, end, m_dialect.delimiter, fastModes.data(), columnCount,
                                                     fastValues.data())) [[likely]] {
                for (size_t c = 0; c < columnCount; ++c)
                    chunk.columns[c].addNumberBits(fastValues[c]);
                p = next;
                ++line;
                if (recordLine - int64_t(rows) != extraLines) [[unlikely]] {
                    extraLines = recordLine - int64_t(rows);
                    chunk.lineSteps.push_back({rows, extraLines});
                }
                ++rows;
                continue;
            }
        }
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
        if (recordLine - int64_t(rows) != extraLines) [[unlikely]] {
            extraLines = recordLine - int64_t(rows);
            chunk.lineSteps.push_back({rows, extraLines});
        }
        ++rows;
        if (fast)
            fast = numericModes(); // the record may have turned a column to float or text
    }
    chunk.stop = p < end ? p : end;
    if (bytesDone)
        bytesDone->fetch_add(size_t(std::max(chunk.stop, reported) - reported), std::memory_order_relaxed);
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

namespace {
// Without -mpopcnt, std::popcount is a library call: 16 bits the SWAR way.
inline unsigned popcount16(unsigned x)
{
    x = x - ((x >> 1) & 0x5555u);
    x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
    x = (x + (x >> 4)) & 0x0f0fu;
    return (x + (x >> 8)) & 0x1fu;
}
} // namespace

bool CsvChunkParser::countLines(const CsvDialect &dialect, const char *from, const char *limit, const char *end,
                                size_t *records)
{
    if (!dialect.commentPrefix.empty())
        return false;
    size_t lines = 0;
    bool afterLineEnd = true; // a line end right at the start ends a blank line
    const char *p = from;
#ifdef __SSE2__
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    // No quote or escape: compare with CR again, which changes nothing.
    const __m128i quotes = _mm_set1_epi8(dialect.quote ? dialect.quote : '\r');
    const __m128i escapes = _mm_set1_epi8(dialect.escape ? dialect.escape : '\r');
    for (; limit - p >= 16; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const unsigned ends = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, lf)));
        const __m128i special = _mm_or_si128(_mm_cmpeq_epi8(bytes, cr),
                                             _mm_or_si128(_mm_cmpeq_epi8(bytes, quotes), _mm_cmpeq_epi8(bytes, escapes)));
        if (_mm_movemask_epi8(special))
            return false;
        // Line ends right after another (or after the range's start) end blank lines: no record.
        const unsigned previous = (ends << 1) | (afterLineEnd ? 1u : 0u);
        lines += popcount16(ends) - popcount16(ends & previous);
        afterLineEnd = (ends >> 15) & 1u;
    }
#endif
    for (; p < limit; ++p) {
        const char c = *p;
        if (c == '\r' || (dialect.quote && c == dialect.quote) || (dialect.escape && c == dialect.escape))
            return false;
        if (c == '\n') {
            lines += afterLineEnd ? 0 : 1;
            afterLineEnd = true;
        } else {
            afterLineEnd = false;
        }
    }
    // The last line of the file may lack its line end.
    if (limit == end && limit > from && !afterLineEnd)
        ++lines;
    *records = lines;
    return true;
}
