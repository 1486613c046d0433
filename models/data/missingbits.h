#pragma once

#include <QtGlobal>

#include <vector>

// One bit per row, grown on demand: how readers collect missing cells before handing a column over
// (DataColumnBuilder::adopt…).
class MissingBits
{
public:
    void set(size_t row)
    {
        if (m_words.size() <= (row >> 6))
            m_words.resize((row >> 6) + 1, 0);
        m_words[row >> 6] |= quint64(1) << (row & 63);
    }
    bool test(size_t row) const { return (row >> 6) < m_words.size() && (m_words[row >> 6] >> (row & 63)) & 1u; }
    bool empty() const { return m_words.empty(); }
    std::vector<quint64> take() { return std::exchange(m_words, {}); }

private:
    std::vector<quint64> m_words;
};
