#pragma once

#include "dataimport.h"

#include <QCoreApplication>

// JSON data files through simdjson: an array of records, an object of columns, an array of arrays
// with a header row, or JSON Lines (one record per line). Nested objects become dotted column
// names ("address.city"), arrays inside records their JSON text; ImportOptions::recordPath selects
// the data under a key ("data.items"). Duplicate keys keep the last value, with a warning.
class JsonReader : public DataReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    ImportResult read(QIODevice &device, const ImportOptions &options, const ImportControl &control) const override;

    static constexpr qint64 maxBytes = qint64(3) << 30; // simdjson documents stay below 4 GiB
};
