#pragma once

#include "dataimport.h"
#include "warningcollector.h"

#include <QHash>
#include <QStringList>

#include <vector>

// The typed cells of a spreadsheet sheet or a JSON document before column types are chosen: placed
// by (row, column), sparse rows and columns allowed. build() infers each column's type over the
// whole column and produces the DataTable. Shared by the xlsx, ods and JSON readers.
class CellGrid
{
    Q_DECLARE_TR_FUNCTIONS(CellGrid)
public:
    enum class Kind : quint8 { Empty, Integer, Float, Boolean, DateTime, Text, Error };

    // At most `maxColumns` columns and `maxCells` cells in the table (rows × columns): a tiny file
    // must not claim gigabytes by naming a far cell.
    explicit CellGrid(qsizetype maxColumns = 1 << 20, qint64 maxCells = 200'000'000);

    void setInteger(qsizetype row, qsizetype column, qint64 value) { set(row, column, Kind::Integer, value); }
    void setFloat(qsizetype row, qsizetype column, double value);
    // A spreadsheet number: integral values that fit a double exactly become integers.
    void setNumber(qsizetype row, qsizetype column, double value);
    void setBoolean(qsizetype row, qsizetype column, bool value) { set(row, column, Kind::Boolean, value ? 1 : 0); }
    void setDateTime(qsizetype row, qsizetype column, qint64 msecs) { set(row, column, Kind::DateTime, msecs); }
    void setText(qsizetype row, qsizetype column, qint32 stringId) { set(row, column, Kind::Text, stringId); }
    void setError(qsizetype row, qsizetype column) { set(row, column, Kind::Error, 0); }

    // Strings are stored once; the id is what setText() takes.
    qint32 intern(const QString &text);
    // A string the caller already knows to be new (its own dictionary, e.g. keyed by UTF-8 bytes).
    qint32 addString(QString text);
    const QString &string(qint32 id) const { return m_strings.at(id); }
    qsizetype stringCount() const { return m_strings.size(); }

    // Rows expected per column (a JSON array's length): columns reserve that much on first use.
    void setExpectedRows(qsizetype rows) { m_reserveRows = std::min<qsizetype>(rows, 1 << 24); }

    qsizetype rowCount() const { return m_rowCount; }       // one past the last row with a cell
    qsizetype columnCount() const { return qsizetype(m_columns.size()); }
    bool columnLimitHit() const { return m_columnLimitHit; }
    bool cellLimitHit() const { return m_cellLimitHit; } // later cells were dropped

    Kind kind(qsizetype row, qsizetype column) const;

    struct Shape
    {
        qsizetype firstRow = 0;     // the header row when `header`, else the first data row
        qsizetype firstColumn = 0;
        qsizetype columnCount = -1; // -1: up to the last column with a cell
        qsizetype lastRow = -1;     // -1: up to the last row with a cell
        bool header = true;
        QStringList names;          // without a header row: names by position (may be short or empty)
        bool dropEmptyColumns = false; // drop columns with neither a name nor a value
    };
    // `cellName(row, column)` names a cell in warnings ("Sheet1!C7"); may be empty.
    DataTablePtr build(const Shape &shape, const ImportOptions &options, WarningCollector &warnings,
                       const std::function<QString(qsizetype row, qsizetype column)> &cellName) const;

private:
    void set(qsizetype row, qsizetype column, Kind kind, qint64 payload);

    struct Column
    {
        std::vector<Kind> kinds;
        std::vector<qint64> payload; // int64, double bits, string id
    };
    std::vector<Column> m_columns;
    QStringList m_strings;
    QHash<QString, qint32> m_stringIds;
    qsizetype m_rowCount = 0;
    qsizetype m_reserveRows = 0;
    qsizetype m_maxColumns;
    qint64 m_maxCells;
    bool m_columnLimitHit = false;
    bool m_cellLimitHit = false;
    qint64 m_cellCount = 0;
};
