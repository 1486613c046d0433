#pragma once

#include <QStringView>

#include <optional>

// What a spreadsheet number format says about its numbers: Excel stores dates as serial day numbers
// and only the cell's number format marks them as dates.
namespace ExcelNumberFormat {

// Built-in format ids (styles.xml numFmtId without a numFmts entry) that show dates or times.
bool isBuiltInDate(int id);
// A custom format code ("yyyy-mm-dd", "[$-409]d-mmm-yy;@", "h:mm AM/PM") that shows a date or time;
// false for numbers, text, elapsed durations ("[h]:mm") and "General".
bool isDateCode(QStringView code);
// An Excel serial date in the 1900 (with its phantom 1900-02-29) or the 1904 system, as ms since
// the Unix epoch (UTC); empty outside the years 1900–9999.
std::optional<qint64> serialToMsecs(double serial, bool date1904);

} // namespace ExcelNumberFormat
