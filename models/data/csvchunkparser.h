#pragma once

#include "csvchunk.h"
#include "csvdialect.h"
#include "typeinference.h"

#include <atomic>
#include <functional>

// Parses the records of one chunk of a CSV file into per-column accumulators: ragged rows padded or
// cut (with a warning), blank and comment lines skipped, repairs of the splitter reported with
// their line. Several parsers run at once on different chunks; they share nothing but the input.
class CsvChunkParser
{
public:
    CsvChunkParser(const CsvDialect &dialect, const TypeInference &types,
                   const std::vector<CsvColumnAccumulator::Mode> &modes, const std::vector<bool> &forcedFloat);

    // Records starting in [from, limit) (the last may run past limit, never past end).
    // Stops after maxRows rows (-1: no limit) or when `canceled` turns true.
    // Numbers go into chunk.directSlots when set (kept across the call).
    void parse(CsvChunk &chunk, const char *from, const char *limit, const char *end, int64_t maxRows,
               const std::atomic<bool> &canceled) const;

    // The records in [from, limit) when they are plain lines: no quote, escape or CR, no comments.
    // False when the range holds any of them (the reader then parses without counting).
    static bool countLines(const CsvDialect &dialect, const char *from, const char *limit, const char *end,
                           size_t *records);

    // Fills in the text of the rows before a column turned to text: every such column of the chunk
    // (`onlyColumn` < 0) or one, so that threads may refill different columns of one chunk at once.
    void backfill(CsvChunk &chunk, const char *end, int onlyColumn = -1) const;

    // As many as the reader lists in all: the first ones in file order are the same however the file is cut.
    static constexpr int maxWarningsPerChunk = 1000;

private:

    const CsvDialect &m_dialect;
    const TypeInference &m_types;
    const std::vector<CsvColumnAccumulator::Mode> &m_modes;
    const std::vector<bool> &m_forcedFloat;
};
