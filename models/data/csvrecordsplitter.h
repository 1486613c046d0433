#pragma once

#include "csvdialect.h"

#include <array>
#include <cstdint>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <string>
#include <string_view>
#include <vector>

// Splits UTF-8 delimited text into records and fields: quoted fields with embedded delimiters,
// quotes and line breaks, doubled quotes or an escape character, LF / CRLF / CR line ends (mixed
// too), comment lines, NUL bytes dropped, fields and field counts capped. Never fails: what it
// had to repair is reported in flags(). Inline, because it is the CSV import's hot loop.
class CsvRecordSplitter
{
public:
    struct Flags
    {
        bool unterminatedQuote = false; // a quoted field runs to the end of the input
        bool nulBytes = false;
        bool fieldTruncated = false;
        bool columnsTruncated = false;
    };
    enum class Kind { Data, Blank, Comment };

    CsvRecordSplitter(const CsvDialect &dialect, const char *end)
        : m_dialect(dialect)
        , m_end(end)
    {
        m_special.fill(false);
        m_special[uint8_t(dialect.delimiter)] = true;
        m_special['\n'] = m_special['\r'] = m_special[0] = true;
        if (dialect.escape)
            m_special[uint8_t(dialect.escape)] = true;
        m_quotedSpecial.fill(false);
        m_quotedSpecial['\n'] = m_quotedSpecial['\r'] = m_quotedSpecial[0] = true;
        if (dialect.quote)
            m_quotedSpecial[uint8_t(dialect.quote)] = true;
        if (dialect.escape)
            m_quotedSpecial[uint8_t(dialect.escape)] = true;
        m_fields.reserve(64);
        m_scratchFields.reserve(16);
#ifdef __SSE2__
        m_delimiterBytes = _mm_set1_epi8(dialect.delimiter);
        m_escapeBytes = _mm_set1_epi8(dialect.escape ? dialect.escape : dialect.delimiter);
#endif
    }

    // Reads the record that starts at `p` (< end) and returns where the next one starts.
    const char *split(const char *p)
    {
        m_fields.clear();
        m_scratchFields.clear();
        m_scratch.clear();
        m_lines = 0;
        m_flags = {};
        m_kind = Kind::Data;
        if (m_dialect.mergeSpaces && *p == ' ') [[unlikely]] {
            // Leading spaces of an aligned table are no field; a line of spaces is blank.
            while (p < m_end && *p == ' ')
                ++p;
            if (p == m_end) {
                m_kind = Kind::Blank;
                return p;
            }
        }
        if (*p == '\n' || *p == '\r') {
            m_kind = Kind::Blank;
            return terminator(p);
        }
        if (!m_dialect.commentPrefix.empty() && size_t(m_end - p) >= m_dialect.commentPrefix.size()
            && std::string_view(p, m_dialect.commentPrefix.size()) == m_dialect.commentPrefix) {
            m_kind = Kind::Comment;
            while (p < m_end && *p != '\n' && *p != '\r')
                ++p;
            return p < m_end ? terminator(p) : p;
        }
        for (;;) {
            p = field(p);
            if (p >= m_end)
                break;
            const char c = *p;
            if (c == m_dialect.delimiter) {
                ++p;
                if (m_dialect.mergeSpaces) {
                    // A run of spaces is one delimiter; spaces before the line end are none.
                    while (p < m_end && *p == ' ')
                        ++p;
                    if (p == m_end)
                        break;
                    if (*p == '\n' || *p == '\r') {
                        p = terminator(p);
                        break;
                    }
                    continue;
                }
                if (p == m_end) { // "a,b," at the very end: a last empty field
                    addField(p, 0);
                    break;
                }
                continue;
            }
            p = terminator(p);
            break;
        }
        resolve();
        return p;
    }

    Kind kind() const { return m_kind; }
    const std::vector<std::string_view> &fields() const { return m_fields; }
    // Line ends consumed by the record (inside quoted fields and its own).
    int lines() const { return m_lines; }
    const Flags &flags() const { return m_flags; }

private:
    struct ScratchField
    {
        size_t index;  // in m_fields
        size_t offset; // in m_scratch
    };

    const char *terminator(const char *p)
    {
        ++m_lines;
        if (*p == '\r' && p + 1 < m_end && p[1] == '\n')
            return p + 2;
        return p + 1;
    }

    void addField(const char *data, size_t size)
    {
        if (int(m_fields.size()) >= m_dialect.maxColumns) [[unlikely]] {
            m_flags.columnsTruncated = true;
            return;
        }
        if (size > m_dialect.maxFieldBytes) [[unlikely]] {
            size = m_dialect.maxFieldBytes;
            m_flags.fieldTruncated = true;
        }
        m_fields.emplace_back(data, size);
    }
    // A field rebuilt in the scratch buffer: its view is set by resolve(), once the buffer stops growing.
    void addScratchField(size_t offset)
    {
        if (int(m_fields.size()) >= m_dialect.maxColumns) {
            m_flags.columnsTruncated = true;
            m_scratch.resize(offset);
            return;
        }
        m_scratchFields.push_back({m_fields.size(), offset});
        m_fields.emplace_back(nullptr, m_scratch.size() - offset);
    }
    void appendScratch(const char *data, size_t size, size_t fieldOffset)
    {
        const size_t room = m_dialect.maxFieldBytes - std::min(m_dialect.maxFieldBytes, m_scratch.size() - fieldOffset);
        if (size > room) {
            size = room;
            m_flags.fieldTruncated = true;
        }
        m_scratch.append(data, size);
    }

    void resolve()
    {
        for (const ScratchField &field : m_scratchFields)
            m_fields[field.index] = std::string_view(m_scratch.data() + field.offset, m_fields[field.index].size());
    }

    // One field at `p`; returns the position of the delimiter, line end or end after it.
    const char *field(const char *p)
    {
        if (m_dialect.quote && p < m_end && *p == m_dialect.quote)
            return quotedField(p + 1);
        const char *start = p;
        p = scanUnquoted(p);
        if (p == m_end || *p == m_dialect.delimiter || *p == '\n' || *p == '\r') {
            addField(start, size_t(p - start));
            return p;
        }
        // A NUL or an escape: the field is rebuilt in the scratch buffer.
        const size_t offset = m_scratch.size();
        appendScratch(start, size_t(p - start), offset);
        p = rest(p, offset);
        addScratchField(offset);
        return p;
    }

    // The rest of an unquoted field (or what follows a closing quote), appended to the scratch.
    const char *rest(const char *p, size_t offset)
    {
        while (p < m_end) {
            const char c = *p;
            if (c == m_dialect.delimiter || c == '\n' || c == '\r')
                break;
            if (c == 0) {
                m_flags.nulBytes = true;
                p = skipNuls(p);
                continue;
            }
            if (m_dialect.escape && c == m_dialect.escape && p + 1 < m_end) {
                appendScratch(p + 1, 1, offset);
                p += 2;
                continue;
            }
            const char *start = p;
            while (p < m_end && !m_special[uint8_t(*p)])
                ++p;
            if (p == start) { // a special byte that is literal here (an escape at the very end)
                ++p;
            }
            appendScratch(start, size_t(p - start), offset);
        }
        return p;
    }

    // The first delimiter, line end, NUL or escape at or after `p` (or the end): 16 bytes a step.
    const char *scanUnquoted(const char *p) const
    {
#ifdef __SSE2__
        const __m128i delimiter = m_delimiterBytes;
        const __m128i lf = _mm_set1_epi8('\n');
        const __m128i cr = _mm_set1_epi8('\r');
        const __m128i nul = _mm_setzero_si128();
        const __m128i escape = m_escapeBytes;
        while (m_end - p >= 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i hits = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(bytes, delimiter), _mm_cmpeq_epi8(bytes, lf)),
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, cr), _mm_cmpeq_epi8(bytes, nul)),
                             _mm_cmpeq_epi8(bytes, escape)));
            const int mask = _mm_movemask_epi8(hits);
            if (mask)
                return p + __builtin_ctz(unsigned(mask));
            p += 16;
        }
#endif
        while (p < m_end && !m_special[uint8_t(*p)])
            ++p;
        return p;
    }

    // Past a run of NUL bytes, 8 at a time (a sparse file is gigabytes of them).
    const char *skipNuls(const char *p) const
    {
        while (m_end - p >= 8) {
            uint64_t word;
            std::memcpy(&word, p, 8);
            if (word)
                break;
            p += 8;
        }
        while (p < m_end && *p == 0)
            ++p;
        return p;
    }

    const char *quotedField(const char *p)
    {
        const char *start = p;
        const char quote = m_dialect.quote;
        const char escape = m_dialect.escape;
        // Fast case: no doubled quote, escape or NUL before the closing quote.
        for (;;) {
            while (p < m_end && !m_quotedSpecial[uint8_t(*p)])
                ++p;
            if (p == m_end) {
                m_flags.unterminatedQuote = true;
                addField(start, size_t(p - start));
                return p;
            }
            const char c = *p;
            if (c == '\n' || (c == '\r' && !(p + 1 < m_end && p[1] == '\n'))) {
                ++m_lines;
                ++p;
                continue;
            }
            if (c == '\r') {
                ++p;
                continue;
            }
            if (c == quote && !(escape == 0 && p + 1 < m_end && p[1] == quote) && c != escape) {
                const char *after = p + 1;
                if (after == m_end || *after == m_dialect.delimiter || *after == '\n' || *after == '\r') {
                    addField(start, size_t(p - start));
                    return after;
                }
            }
            break; // the slow way from here
        }
        const size_t offset = m_scratch.size();
        appendScratch(start, size_t(p - start), offset);
        while (p < m_end) {
            const char c = *p;
            if (c == 0) {
                m_flags.nulBytes = true;
                p = skipNuls(p);
                continue;
            }
            if (escape && c == escape && c != quote) {
                if (p + 1 < m_end)
                    appendScratch(p + 1, 1, offset);
                p += 2;
                continue;
            }
            if (c == quote) {
                if (p + 1 < m_end && p[1] == quote && (escape == 0 || escape == quote)) {
                    appendScratch(p, 1, offset);
                    p += 2;
                    continue;
                }
                // Closing quote; whatever follows up to the delimiter is kept as written.
                p = rest(p + 1, offset);
                addScratchField(offset);
                return p;
            }
            if (c == '\n' || (c == '\r' && !(p + 1 < m_end && p[1] == '\n')))
                ++m_lines;
            const char *run = p++;
            while (p < m_end && !m_quotedSpecial[uint8_t(*p)])
                ++p;
            appendScratch(run, size_t(p - run), offset);
        }
        m_flags.unterminatedQuote = true;
        addScratchField(offset);
        return p > m_end ? m_end : p;
    }

    const CsvDialect &m_dialect;
    const char *m_end;
#ifdef __SSE2__
    __m128i m_delimiterBytes;
    __m128i m_escapeBytes;
#endif
    std::array<bool, 256> m_special;
    std::array<bool, 256> m_quotedSpecial;
    std::vector<std::string_view> m_fields;
    std::vector<ScratchField> m_scratchFields;
    std::string m_scratch;
    int m_lines = 0;
    Flags m_flags;
    Kind m_kind = Kind::Data;
};
