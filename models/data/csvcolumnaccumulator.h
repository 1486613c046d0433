#pragma once

#include "memoryadvice.h"
#include "numberparser.h"
#include "typeinference.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

// The cells of one column within one chunk of a CSV file. Numbers are parsed as they arrive
// (integers, then floats); the first cell that is neither a number nor missing turns the column to
// text, and the reader then refills the text of the rows before it (needsBackfill()). Type
// inference over the whole column happens when the chunks are merged.
class CsvColumnAccumulator
{
public:
    enum class Mode : uint8_t { Integer, Float, Text };

    explicit CsvColumnAccumulator(Mode start = Mode::Integer) : m_mode(start) {}

    void add(std::string_view cell, size_t row, const NumberParser &numbers, const TypeInference &types)
    {
        switch (m_mode) {
        case Mode::Integer: {
            int64_t value;
            if (numbers.parseInteger(cell, &value)) {
                pushBits(value);
                return;
            }
            double number;
            if (numbers.parseFloat(cell, &number) && !(std::isnan(number) && types.isMissing(cell))) {
                toFloat();
                pushFloat(number);
                return;
            }
            if (types.isMissing(cell)) {
                pushBits(0);
                m_missing.push_back(uint32_t(row));
                return;
            }
            toText(row);
            break;
        }
        case Mode::Float: {
            double number;
            if (numbers.parseFloat(cell, &number) && !(std::isnan(number) && types.isMissing(cell))) {
                pushFloat(number);
                return;
            }
            if (types.isMissing(cell)) {
                pushFloat(std::numeric_limits<double>::quiet_NaN());
                m_missing.push_back(uint32_t(row));
                return;
            }
            if (m_forcedFloat) { // an override keeps the column numeric: the cell is reported at merge
                pushFloat(std::numeric_limits<double>::quiet_NaN());
                m_missing.push_back(uint32_t(row));
                m_unreadable.push_back({uint32_t(row), std::string(cell.substr(0, 64))});
                return;
            }
            toText(row);
            break;
        }
        case Mode::Text:
            break;
        }
        appendText(cell);
    }

    // A number the caller parsed itself (the CSV parser's plain-row fast path): int64 bits in
    // Integer mode, double bits in Float mode.
    void addNumberBits(int64_t bits) { pushBits(bits); }

    void appendText(std::string_view cell)
    {
        m_text.append(cell.data(), cell.size());
        m_ends.push_back(m_text.size());
    }

    static CsvColumnAccumulator forcedFloat()
    {
        CsvColumnAccumulator accumulator(Mode::Float);
        accumulator.m_forcedFloat = true;
        return accumulator;
    }

    // A numeric column of this chunk that other chunks found to be text: all its rows need text.
    void restartAsText()
    {
        const size_t rows = this->rows();
        toText(rows);
        m_text.clear();
        m_ends.clear();
    }

    // Room for the rows a chunk is expected to hold (numbers only: text grows as it comes).
    void reserve(size_t rows)
    {
        if (m_mode != Mode::Text && !m_external && rows > m_capacity)
            grow(rows);
    }
    // Numbers go straight into `capacity` 8-byte slots of the final column (the reader counted the
    // chunk's rows first), so that merging needs no copy. More rows than that move to own storage.
    void attach(void *slots, size_t capacity)
    {
        m_data = static_cast<unsigned char *>(slots);
        m_capacity = capacity;
        m_size = 0;
        m_external = true;
    }
    // Integers to floats where they are (a column other chunks found to be float).
    void convertToFloat()
    {
        if (m_mode == Mode::Integer)
            toFloat();
    }
    // Whether the numbers are still in the attached slots.
    bool writesAttached() const { return m_external && m_mode != Mode::Text; }

    Mode mode() const { return m_mode; }
    // Rows [0, backfillRows()) of a column turned to text still need their text.
    size_t backfillRows() const { return m_backfillRows; }
    // Puts the text of the first rows in front (the reader re-splits them).
    void prependText(const std::string &text, const std::vector<uint64_t> &ends)
    {
        std::string joined;
        joined.reserve(text.size() + m_text.size());
        joined = text;
        joined += m_text;
        std::vector<uint64_t> allEnds;
        allEnds.reserve(ends.size() + m_ends.size());
        allEnds = ends;
        for (const uint64_t end : m_ends)
            allEnds.push_back(end + text.size());
        m_text = std::move(joined);
        m_ends = std::move(allEnds);
        m_backfillRows = 0;
    }

    size_t rows() const { return m_mode == Mode::Text ? m_ends.size() : m_size; }
    std::string_view text(size_t row) const
    {
        const uint64_t begin = row ? m_ends[row - 1] : 0;
        return std::string_view(m_text.data() + begin, m_ends[row] - begin);
    }
    const std::string &textBytes() const { return m_text; }
    int64_t integer(size_t row) const
    {
        int64_t value;
        std::memcpy(&value, m_data + row * 8, sizeof value);
        return value;
    }
    double real(size_t row) const
    {
        double value;
        std::memcpy(&value, m_data + row * 8, sizeof value);
        return value;
    }
    // The numbers, 8 bytes each: int64 in Integer mode, double in Float mode.
    const unsigned char *numberBytes() const { return m_data; }
    const std::vector<uint32_t> &missingRows() const { return m_missing; }
    struct Unreadable
    {
        uint32_t row;
        std::string text;
    };
    const std::vector<Unreadable> &unreadable() const { return m_unreadable; }
    void releaseNumbers()
    {
        m_own.reset();
        m_data = nullptr;
        m_size = m_capacity = 0;
        m_external = false;
    }

private:
    void pushBits(int64_t bits)
    {
        if (m_size == m_capacity) [[unlikely]]
            grow(std::max<size_t>(1024, m_capacity * 2));
        std::memcpy(m_data + m_size * 8, &bits, 8);
        ++m_size;
    }
    void pushFloat(double value)
    {
        int64_t bits;
        std::memcpy(&bits, &value, sizeof bits);
        pushBits(bits);
    }
    // Own storage of `capacity` slots, uninitialized (every slot is written before it is read).
    void grow(size_t capacity)
    {
        std::unique_ptr<unsigned char[]> bigger(new unsigned char[capacity * 8]);
        MemoryAdvice::hugePages(bigger.get(), capacity * 8);
        if (m_size)
            std::memcpy(bigger.get(), m_data, m_size * 8);
        m_own = std::move(bigger);
        m_data = m_own.get();
        m_capacity = capacity;
        m_external = false;
    }
    void toFloat()
    {
        for (size_t row = 0; row < m_size; ++row) {
            const double value = double(integer(row));
            std::memcpy(m_data + row * 8, &value, 8);
        }
        // Missing integer slots become NaN, as Float storage wants.
        for (const uint32_t row : m_missing) {
            const double nan = std::numeric_limits<double>::quiet_NaN();
            std::memcpy(m_data + size_t(row) * 8, &nan, 8);
        }
        m_mode = Mode::Float;
    }
    void toText(size_t row)
    {
        m_mode = Mode::Text;
        m_backfillRows = row;
        releaseNumbers();
        m_missing.clear();
    }

    Mode m_mode;
    bool m_forcedFloat = false;
    size_t m_backfillRows = 0;
    unsigned char *m_data = nullptr;  // Integer: int64 values; Float: doubles (8 bytes a slot)
    size_t m_size = 0;
    size_t m_capacity = 0;
    bool m_external = false;          // m_data belongs to the reader's final column
    std::unique_ptr<unsigned char[]> m_own;
    std::vector<uint32_t> m_missing;  // rows (in the chunk) that are missing, numeric modes
    std::vector<Unreadable> m_unreadable;
    std::string m_text;               // Text: the cells one after another
    std::vector<uint64_t> m_ends;     // Text: where each cell ends in m_text
};
