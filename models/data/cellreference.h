#pragma once

#include <QString>
#include <QStringView>

// A1-style cell references and ranges, 0-based inside ("C7" is row 6, column 2).
namespace CellReference {

struct Range
{
    qsizetype firstRow = 0;
    qsizetype firstColumn = 0;
    qsizetype lastRow = -1;    // inclusive; -1: open ("B3:F" or "B:F")
    qsizetype lastColumn = -1; // inclusive
};

// "C7", "$C$7", "AB12"; a reference without a row ("C") gives row -1. False when malformed.
bool parse(QStringView text, qsizetype *row, qsizetype *column);
// "B3:F200", "B3", "B:F", "Sheet1!B3:F200" (the sheet part is ignored). False when malformed.
bool parseRange(QStringView text, Range *range);

QString columnName(qsizetype column); // 0 → "A", 27 → "AB"
QString name(qsizetype row, qsizetype column); // "C7"

} // namespace CellReference
