#pragma once

#include "csvdialect.h"

#include <cstdint>

// Finds where the table of a delimited text starts when lines come before its header: a title,
// "Exported by … on …", notes, comments without a comment prefix, blank lines, and Excel's
// "sep=;" hint. The header is the first record from which the field count (outside quotes, under
// the dialect's delimiter) settles on the count most records of the sample have; records before it
// must have fewer fields (with spaces as the delimiter, any other count: prose). A first record
// with one field less than the others (a trailing delimiter on the data lines, row names without
// a header) stays the header.
class HeaderSniffer
{
public:
    // Physical lines before the header among the records in [begin, end) (the caller bounds the
    // sample); 0 when the first record is the header or the sample is too small to tell.
    static int64_t linesBeforeHeader(const CsvDialect &dialect, const char *begin, const char *end, int maxRecords = 200);

    // The delimiter of an Excel "sep=X" first line (any case, quoted or not), and where the line
    // after it starts; 0 when the text does not start with one.
    static char separatorHint(const char *begin, const char *end, const char **next);
};
