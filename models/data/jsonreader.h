#pragma once

#include "dataimport.h"

#include <QCoreApplication>

// JSON data files through simdjson: an array of records, an object of columns, an array of arrays
// with a header row, or JSON Lines (one record per line). Nested objects become dotted column
// names ("address.city"), arrays inside records their JSON text; ImportOptions::recordPath selects
// the data under a key ("data.items"). Duplicate keys keep the last value, with a warning.
// A whole top-level array of records, or JSON Lines of records, takes the fast path (JsonRecordParser: On-Demand, parallel,
// typed columns directly); the DOM walk reads everything else, and whatever the fast path declines.
class JsonReader : public DataReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    enum class Walk { Auto, DocumentOnly }; // DocumentOnly: never the fast path (the reference in tests)
    explicit JsonReader(Walk walk = Walk::Auto) : m_walk(walk) {}

    ImportResult read(QIODevice &device, const ImportOptions &options, const ImportControl &control) const override;

    static constexpr qint64 maxBytes = qint64(3) << 30; // simdjson documents stay below 4 GiB

private:
    Walk m_walk;
};
