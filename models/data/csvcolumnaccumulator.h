#pragma once

#include "memoryadvice.h"
#include "numberparser.h"
#include "typeinference.h"

#include <cmath>
#include <cstdint>
#include <cstring>
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
                m_numbers.push_back(value);
                return;
            }
            double number;
            if (numbers.parseFloat(cell, &number) && !(std::isnan(number) && types.isMissing(cell))) {
                toFloat();
                pushFloat(number);
                return;
            }
            if (types.isMissing(cell)) {
                m_numbers.push_back(0);
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
        if (m_mode != Mode::Text)
            MemoryAdvice::reserveHuge(m_numbers, rows);
    }

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

    size_t rows() const { return m_mode == Mode::Text ? m_ends.size() : m_numbers.size(); }
    std::string_view text(size_t row) const
    {
        const uint64_t begin = row ? m_ends[row - 1] : 0;
        return std::string_view(m_text.data() + begin, m_ends[row] - begin);
    }
    const std::string &textBytes() const { return m_text; }
    int64_t integer(size_t row) const { return m_numbers[row]; }
    double real(size_t row) const
    {
        double value;
        std::memcpy(&value, &m_numbers[row], sizeof value);
        return value;
    }
    const std::vector<int64_t> &rawNumbers() const { return m_numbers; } // floats as their bits in Float mode
    const std::vector<uint32_t> &missingRows() const { return m_missing; }
    struct Unreadable
    {
        uint32_t row;
        std::string text;
    };
    const std::vector<Unreadable> &unreadable() const { return m_unreadable; }
    void releaseNumbers() { std::vector<int64_t>().swap(m_numbers); }

private:
    void pushFloat(double value)
    {
        int64_t bits;
        std::memcpy(&bits, &value, sizeof bits);
        m_numbers.push_back(bits);
    }
    void toFloat()
    {
        for (int64_t &slot : m_numbers) {
            const double value = double(slot);
            std::memcpy(&slot, &value, sizeof value);
        }
        // Missing integer slots become NaN, as Float storage wants.
        for (const uint32_t row : m_missing) {
            const double nan = std::numeric_limits<double>::quiet_NaN();
            std::memcpy(&m_numbers[row], &nan, sizeof nan);
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
    std::vector<int64_t> m_numbers;   // Integer: values; Float: the bits of doubles
    std::vector<uint32_t> m_missing;  // rows (in the chunk) that are missing, numeric modes
    std::vector<Unreadable> m_unreadable;
    std::string m_text;               // Text: the cells one after another
    std::vector<uint64_t> m_ends;     // Text: where each cell ends in m_text
};
