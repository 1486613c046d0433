#pragma once

#include "dataimport.h"

#include <QByteArrayView>

// Delimited text (CSV, TSV, semicolon, pipe, space): RFC 4180 plus what real files do. Detects
// the encoding and the delimiter, reads the header where the options put it, infers every
// column's type over all its rows, and reports every repair as a line-numbered warning. Large
// inputs are cut into chunks at record boundaries and parsed on all cores.
class CsvReader : public DataReader
{
public:
    ImportResult read(QIODevice &device, const ImportOptions &options, const ImportControl &control) const override;
    // The same on bytes in memory (pasted text, a mapped file).
    ImportResult read(QByteArrayView bytes, const ImportOptions &options, const ImportControl &control = {}) const;
};
