#pragma once

#include "csvcolumnaccumulator.h"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <iterator>
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
    // Where rows start: row r is on line r + extra, where extra comes from the last step at or
    // before r (blank, comment and multi-line records add steps). Plain files need one step.
    struct LineStep
    {
        size_t row;
        int64_t extra;
    };
    std::vector<LineStep> lineSteps;
    int64_t lineOfRow(size_t row) const // 0-based, within the chunk
    {
        auto it = std::upper_bound(lineSteps.begin(), lineSteps.end(), row,
                                   [](size_t r, const LineStep &step) { return r < step.row; });
        return int64_t(row) + (it == lineSteps.begin() ? 0 : std::prev(it)->extra);
    }
    std::vector<CsvColumnAccumulator> columns;
    // Direct mode: per column, where its numbers go in the final column (nullptr: own storage), and
    // how many rows the chunk was counted to hold.
    std::vector<void *> directSlots;
    size_t countedRows = 0;

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
