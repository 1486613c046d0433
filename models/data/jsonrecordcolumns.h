#pragma once

#include "dataimport.h"
#include "warningcollector.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The typed cells of a run of JSON records, column by column, as the record walk meets them: one
// kind byte and one 8-byte payload per cell (an int64, a double's bits, a bool, a code into the
// column's own dictionary of UTF-8 strings). No QString per cell: a column's distinct strings
// become QStrings once, when the table is built. Two halves of a file fill one set each, in
// parallel; build() joins them in row order (a key first met in the second half is a column
// missing in the first). Types follow CellGrid's rules exactly (it types the columns this fast
// path leaves to it: mixed kinds and forced types).
class JsonRecordColumns
{
    Q_DECLARE_TR_FUNCTIONS(JsonRecordColumns)
public:
    enum Kind : quint8 { Empty, Integer, Float, Boolean, Text };

    JsonRecordColumns();
    ~JsonRecordColumns();
    JsonRecordColumns(JsonRecordColumns &&) noexcept;
    JsonRecordColumns &operator=(JsonRecordColumns &&) noexcept;

    // The column of a dotted name, created on first use; -1 past `maxColumns`.
    qsizetype columnOf(std::string_view name);
    qsizetype columnCount() const { return qsizetype(m_columns.size()); }
    const std::string &name(qsizetype column) const { return m_columns[size_t(column)].name; }
    qsizetype rowCount() const { return m_rows; }
    qint64 cellCount() const { return m_cells; }

    // Whether the current row already holds a value in `column` (a duplicate key).
    bool isSet(qsizetype column) const { return m_columns[size_t(column)].kinds.size() > size_t(m_rows); }
    void setInteger(qsizetype column, qint64 value) { put(column, Integer, value); }
    void setFloat(qsizetype column, double value) { put(column, Float, std::bit_cast<qint64>(value)); }
    void setBoolean(qsizetype column, bool value) { put(column, Boolean, value ? 1 : 0); }
    void setText(qsizetype column, std::string_view text);
    // A null: no value, but the key was there (a later duplicate of it is a duplicate).
    void setNull(qsizetype column) { put(column, Empty, 0); }
    void endRow() { ++m_rows; }

    // Room for about `rows` rows in every column met so far and those to come.
    void expectRows(qsizetype rows);

    // The table of `parts` one after the other, typed as CellGrid::build types a grid of the same
    // cells (renames and type overrides by column position, names made unique). Null past `maxCells`.
    static DataTablePtr build(std::vector<JsonRecordColumns> &parts, const ImportOptions &options,
                              WarningCollector &warnings);

    static constexpr qsizetype maxColumns = 1 << 20;
    static constexpr qint64 maxCells = 400'000'000;

private:
    struct Column;
    void put(qsizetype column, Kind kind, qint64 payload)
    {
        Column &c = m_columns[size_t(column)];
        if (c.kinds.size() < size_t(m_rows))
            pad(c);
        c.kinds.push_back(kind);
        c.payload.push_back(payload);
        if (kind != Empty) {
            c.seen |= 1u << kind;
            c.valueRows = c.kinds.size();
            ++m_cells;
        }
    }
    void pad(Column &column);
    std::string_view store(std::string_view text);

    struct Column
    {
        std::string name;
        std::vector<Kind> kinds;     // by row, up to the last row with a value or a null
        size_t valueRows = 0;        // one past the last row with a value (not a null)
        std::vector<qint64> payload;
        unsigned seen = 0;           // 1 << Kind of every kind present
        // The column's dictionary: open addressing over a cheap hash (a cell's string is looked up
        // on every text cell, so this is the hot loop of text columns).
        std::vector<quint64> slots;  // (hash << 32 | code + 1), 0 when empty; a power of two long
        std::vector<std::string_view> texts; // by code, in order of first appearance
    };
    static quint64 hashOf(std::string_view text);
    std::vector<Column> m_columns;
    std::unordered_map<std::string, qsizetype> m_columnOf;
    std::vector<std::unique_ptr<char[]>> m_arena; // the bytes of the distinct strings
    size_t m_arenaLeft = 0;
    char *m_arenaNext = nullptr;
    qsizetype m_rows = 0;
    qsizetype m_reserve = 0;
    qint64 m_cells = 0;
};
