#pragma once

#include <cstddef>
#include <string>

// How one delimited text file is written, as the CSV parser needs it (UTF-8 bytes, resolved from
// ImportOptions and detection). 0 for quote or escape: none.
struct CsvDialect
{
    char delimiter = ',';
    char quote = '"';
    char escape = 0;              // 0: a doubled quote stands for a quote (RFC 4180)
    bool mergeSpaces = false;     // space-aligned tables: a run of spaces is one delimiter, leading
                                  // and trailing spaces are no fields (quoted fields keep theirs)
    std::string commentPrefix;    // empty: no comments
    size_t maxFieldBytes = size_t(16) << 20; // longer fields are cut (with a warning)
    int maxColumns = 262'144;     // fields beyond are dropped (with a warning)
};
