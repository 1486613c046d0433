#pragma once

#include "dataimport.h"

#include <cstddef>

// JsonReader's fast path for the big cases, a top-level array of records and JSON Lines: simdjson On-Demand walks
// the records straight into typed columns (JsonRecordColumns), nothing but the columns built in
// between. With several threads the array is cut at record boundaries near equal shares (a line
// break is always outside a JSON string; "},\n{" there, in the first record's indentation, is the
// cut; both parts parsing as arrays proves it sat between two top-level records) and the parts are
// walked in parallel, then joined in row order.
//
// It reads only what it reads exactly as JsonReader's DOM walk does. Anything else — invalid JSON,
// a duplicate key, a record that is not an object, nesting over 32 levels, too many columns — and
// it answers Fallback, leaving the file to the DOM walk, which reports the error or warnings.
namespace JsonRecordParser {

enum class Outcome { Done, Fallback, Canceled };

// `data`: `size` bytes, the document's first non-blank byte '[', writable (a cut writes "][" over
// the separator and restores it after), with at least SIMDJSON_PADDING readable bytes after it.
// `threads`: parts to walk in parallel (0: one per core); parts smaller than `minPartBytes` are not
// worth a thread. Each part is walked in chunks of about `chunkBytes` (0: whole). On Done, `result`
// holds the table and `totalRows`, and `partsWalked` (if given) the count of parts walked.
Outcome readArray(char *data, size_t size, const ImportOptions &options, const ImportControl &control,
                  ImportResult &result, int threads = 0, size_t minPartBytes = size_t(4) << 20,
                  size_t chunkBytes = size_t(1) << 20, int *partsWalked = nullptr);

// JSON Lines of records (JsonReader found the first line a whole value): parts of whole lines in
// parallel, chunks of lines copied and made arrays for simdjson (the input is not written). Same contract.
Outcome readLines(char *data, size_t size, const ImportOptions &options, const ImportControl &control,
                  ImportResult &result, int threads = 0, size_t minPartBytes = size_t(4) << 20,
                  size_t chunkBytes = size_t(1) << 20, int *partsWalked = nullptr);

} // namespace JsonRecordParser
