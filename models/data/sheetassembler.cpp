#include "sheetassembler.h"

SheetAssembler::SheetAssembler(const ImportOptions &options, qsizetype maxColumns)
    : m_options(options), m_grid(maxColumns, 200'000'000)
{
}

bool SheetAssembler::setRange(QString *error)
{
    if (m_options.cellRange.isEmpty())
        return true;
    CellReference::Range range;
    if (!CellReference::parseRange(m_options.cellRange, &range)) {
        *error = tr("\"%1\" is not a cell range (like B3:F200)").arg(m_options.cellRange);
        return false;
    }
    m_range = range;
    return true;
}

bool SheetAssembler::place(qsizetype row, qsizetype column, qsizetype *gridRow, qsizetype *gridColumn)
{
    if (m_range) {
        if (row < m_range->firstRow || column < m_range->firstColumn || (m_range->lastRow >= 0 && row > m_range->lastRow)
            || (m_range->lastColumn >= 0 && column > m_range->lastColumn))
            return false;
        row -= m_range->firstRow;
        column -= m_range->firstColumn;
    }
    if (m_firstRow < 0 || row < m_firstRow)
        m_firstRow = row;
    if (m_firstColumn < 0 || column < m_firstColumn)
        m_firstColumn = column;
    *gridRow = row;
    *gridColumn = column;
    return true;
}

bool SheetAssembler::enoughRows(qsizetype row) const
{
    if (m_range && m_range->lastRow >= 0 && row > m_range->lastRow)
        return true;
    if (m_options.maxRows < 0 || m_firstRow < 0)
        return false;
    const qsizetype last = m_firstRow + std::max(m_options.skipLines, 0) + std::max(m_options.headerRow, 0) + m_options.maxRows;
    return row > last + (m_range ? m_range->firstRow : 0);
}

QString SheetAssembler::cellName(const QString &sheet, qsizetype gridRow, qsizetype gridColumn) const
{
    const qsizetype row = gridRow + (m_range ? m_range->firstRow : 0);
    const qsizetype column = gridColumn + (m_range ? m_range->firstColumn : 0);
    return sheet + u'!' + CellReference::name(row, column);
}

void SheetAssembler::finish(const QString &sheet, WarningCollector &warnings, ImportResult *result)
{
    CellGrid::Shape shape;
    const qsizetype firstRow = m_range ? 0 : std::max<qsizetype>(m_firstRow, 0);
    shape.firstColumn = m_range ? 0 : std::max<qsizetype>(m_firstColumn, 0);
    if (m_range && m_range->lastColumn >= 0)
        shape.columnCount = std::min(m_range->lastColumn - m_range->firstColumn + 1, m_grid.columnCount());
    shape.header = m_options.headerRow >= 0;
    shape.firstRow = firstRow + std::max(m_options.skipLines, 0) + std::max(m_options.headerRow, 0);
    shape.dropEmptyColumns = true;
    result->table = m_grid.build(shape, m_options, warnings, [&](qsizetype r, qsizetype c) { return cellName(sheet, r, c); });
    const qsizetype dataStart = shape.firstRow + (shape.header ? 1 : 0);
    const qsizetype rowOffset = m_range ? m_range->firstRow : 0;
    if (m_options.maxRows < 0)
        result->totalRows = result->table->rowCount();
    else if (m_declaredLastRow >= 0)
        result->totalRows = std::max<qsizetype>(0, m_declaredLastRow - rowOffset - dataStart + 1);
    else
        result->totalRows = -1;
}
