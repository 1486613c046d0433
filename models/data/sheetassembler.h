#pragma once

#include "cellgrid.h"
#include "cellreference.h"

#include <optional>

// Where the cells of one spreadsheet sheet go (xlsx and ods): the options' cell range, the used
// range's first row and column, the row a preview can stop after, and the table at the end.
class SheetAssembler
{
    Q_DECLARE_TR_FUNCTIONS(SheetAssembler)
public:
    SheetAssembler(const ImportOptions &options, qsizetype maxColumns);

    // False with `error` set when the options' cell range is malformed.
    bool setRange(QString *error);

    CellGrid &grid() { return m_grid; }
    // The grid position of a sheet cell (0-based); false when outside the requested range.
    bool place(qsizetype row, qsizetype column, qsizetype *gridRow, qsizetype *gridColumn);
    // Whether a preview already has every row it needs once the sheet reached `row`.
    bool enoughRows(qsizetype row) const;
    // A range's last row, or a sheet's declared dimension: lets a preview report the total.
    void setDeclaredLastRow(qsizetype row) { m_declaredLastRow = row; }

    // "Sheet1!C7" for a grid cell.
    QString cellName(const QString &sheet, qsizetype gridRow, qsizetype gridColumn) const;
    void finish(const QString &sheet, WarningCollector &warnings, ImportResult *result);

private:
    const ImportOptions &m_options;
    std::optional<CellReference::Range> m_range;
    CellGrid m_grid;
    qsizetype m_firstRow = -1;
    qsizetype m_firstColumn = -1;
    qsizetype m_declaredLastRow = -1;
};
