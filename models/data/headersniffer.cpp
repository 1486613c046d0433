#include "headersniffer.h"

#include "csvrecordsplitter.h"

#include <map>
#include <vector>

int64_t HeaderSniffer::linesBeforeHeader(const CsvDialect &dialect, const char *begin, const char *end, int maxRecords)
{
    struct Record
    {
        size_t fields;
        int64_t line; // physical lines before it
    };
    std::vector<Record> records;
    CsvRecordSplitter splitter(dialect, end);
    int64_t line = 0;
    for (const char *p = begin; p < end && int(records.size()) < maxRecords;) {
        const int64_t start = line;
        p = splitter.split(p);
        line += splitter.lines();
        if (splitter.kind() == CsvRecordSplitter::Kind::Data && !splitter.flags().unterminatedQuote)
            records.push_back({splitter.fields().size(), start});
    }
    if (records.size() < 3)
        return 0;
    // The table's field count: the most common one among records of two fields or more (ties: the
    // larger), which one-field title lines cannot outvote.
    std::map<size_t, int> frequency;
    for (const Record &record : records)
        if (record.fields >= 2)
            ++frequency[record.fields];
    size_t table = 0;
    int best = 0;
    for (const auto &[fields, count] : frequency) {
        if (count >= best) {
            table = fields;
            best = count;
        }
    }
    if (table < 2 || best < 2)
        return 0;
    if (records.front().fields == table || (records.front().fields + 1 == table && records.front().fields >= 2))
        return 0;
    for (size_t h = 1; h < records.size(); ++h) {
        // A wider record before the table is a header with extra names, unless spaces delimit:
        // then a sentence of prose is wider than the table.
        if (records[h - 1].fields > table && !dialect.mergeSpaces)
            return 0;
        if (records[h].fields != table)
            continue;
        // Stable from here: two thirds of the records that follow (up to 20) have the same count.
        size_t following = 0, same = 0;
        for (size_t r = h + 1; r < records.size() && following < 20; ++r, ++following)
            same += records[r].fields == table;
        if (following == 0 || same * 3 < following * 2)
            return 0;
        return records[h].line;
    }
    return 0;
}

char HeaderSniffer::separatorHint(const char *begin, const char *end, const char **next)
{
    const char *p = begin;
    const bool quoted = p < end && *p == '"';
    p += quoted;
    if (end - p < 5 || (p[0] | 0x20) != 's' || (p[1] | 0x20) != 'e' || (p[2] | 0x20) != 'p' || p[3] != '=')
        return 0;
    const char separator = p[4];
    if (separator == '\n' || separator == '\r' || separator == 0 || uint8_t(separator) >= 0x80)
        return 0;
    p += 5;
    if (quoted) {
        if (p == end || *p != '"')
            return 0;
        ++p;
    }
    if (p < end && *p != '\n' && *p != '\r')
        return 0;
    if (p < end && *p == '\r')
        ++p;
    if (p < end && *p == '\n')
        ++p;
    *next = p;
    return separator;
}
