#pragma once

#include "csvcolumnaccumulator.h"

#include <QString>

#include <cstdint>
#include <vector>

// What parsing one slice of a CSV file (a run of whole records) produced. Line numbers are relative
// to the chunk's first line until the reader places the chunk in the file.
struct CsvChunk
{
    const char *start = nullptr;  // first record
    const char *limit = nullptr;  // records starting before it belong to the chunk
    const char *stop = nullptr;   // after the last record parsed
    int64_t lines = 0;            // line ends consumed
    size_t rows = 0;
    std::vector<uint32_t> rowLines; // per row, its first line (0-based, within the chunk)
    std::vector<CsvColumnAccumulator> columns;

    struct Warning
    {
        int64_t line; // 0-based within the chunk
        QString message;
    };
    std::vector<Warning> warnings;
    int64_t suppressedWarnings = 0;
    bool canceled = false;
    bool endedInsideQuote = false;
};
