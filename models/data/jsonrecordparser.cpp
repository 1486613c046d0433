#include "jsonrecordparser.h"

#include "jsonrecordcolumns.h"
#include "warningcollector.h"

#include <simdjson.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <deque>
#include <string>
#include <thread>
#include <vector>

namespace od = simdjson::ondemand;

namespace {

constexpr int maxRecordDepth = 32; // deeper records go to the DOM walk (arrays in them too)

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Walks records into columns. Keys are matched against the key the same field had in the record
// before (records of one file mostly share their key order), byte for byte in the input: no
// hashing, no unescaping, no string built per field on the usual path.
class RecordWalker
{
public:
    RecordWalker(JsonRecordColumns &columns, const char *end) : m_columns(columns), m_end(end) {}
    void setEnd(const char *end) { m_end = end; } // the end of the readable bytes of the input

    bool record(od::object object)
    {
        m_step = 0;
        if (!walk(object, std::string_view(), 0, 1))
            return false;
        m_columns.endRow();
        return true;
    }

private:
    // The n-th field met in a record: its key, and the column (a leaf) or the dotted name (a nested object).
    struct Step
    {
        std::string key;     // unescaped
        bool byteKey = false; // the key's input bytes are the key itself (no escapes, no quote)
        quint64 head = 0;     // short keys: the key and its closing quote as 8 bytes, masked
        quint64 headMask = 0;
        bool nested = false;
        qsizetype column = -1;
        std::string name;    // the dotted name
        size_t parent = 0;   // the step of the enclosing object plus one; 0: the record itself
    };

    // `parent`: the step of this object plus one (0: the record). A step matches a field with the
    // same key in the same object; a nested object that changed drops the steps after it (they
    // were recorded under another name).
    bool walk(od::object object, std::string_view prefix, size_t parent, int depth)
    {
        if (depth > maxRecordDepth)
            return false;
        for (auto result : object) {
            od::field field;
            if (std::move(result).get(field) != simdjson::SUCCESS)
                return false;
            const char *raw = field.key().raw();
            const size_t at = m_step++;
            bool hit = false;
            if (at < m_steps.size()) {
                const Step &step = m_steps[at];
                const size_t n = step.key.size();
                if (step.parent != parent) {
                    hit = false;
                } else if (step.headMask && m_end - raw >= 8) {
                    quint64 word;
                    std::memcpy(&word, raw, 8);
                    hit = (word & step.headMask) == step.head;
                } else {
                    hit = step.byteKey && size_t(m_end - raw) > n && std::memcmp(raw, step.key.data(), n) == 0 && raw[n] == '"';
                }
            }
            std::string_view key;
            if (!hit && field.unescaped_key().get(key) != simdjson::SUCCESS)
                return false;
            od::value value = field.value();
            od::json_type type;
            if (value.type().get(type) != simdjson::SUCCESS)
                return false;
            od::object inner;
            bool nested = false;
            if (type == od::json_type::object) {
                bool empty = false;
                if (value.get_object().get(inner) != simdjson::SUCCESS || inner.is_empty().get(empty) != simdjson::SUCCESS)
                    return false;
                nested = !empty;
            }
            if (!hit || m_steps[at].nested != nested) {
                if (hit)
                    key = m_steps[at].key;
                Step step;
                step.key = std::string(key);
                step.byteKey = step.key.find_first_of("\\\"") == std::string::npos;
                if (step.byteKey && step.key.size() < 8) {
                    const std::string quoted = step.key + '"';
                    std::memcpy(&step.head, quoted.data(), quoted.size());
                    step.headMask = quoted.size() == 8 ? ~quint64(0) : (quint64(1) << (8 * quoted.size())) - 1;
                }
                step.nested = nested;
                step.parent = parent;
                step.name = prefix.empty() ? step.key : std::string(prefix) + '.' + step.key;
                if (!nested && (step.column = m_columns.columnOf(step.name)) < 0)
                    return false;
                const bool dropLater = at < m_steps.size() && (nested || m_steps[at].nested);
                if (at < m_steps.size())
                    m_steps[at] = std::move(step);
                else
                    m_steps.push_back(std::move(step));
                if (dropLater)
                    m_steps.resize(at + 1);
            }
            if (nested) {
                // A deque: the name stays where it is while deeper steps are added.
                if (!walk(inner, m_steps[at].name, at + 1, depth + 1))
                    return false;
                continue;
            }
            if (!leaf(value, type, m_steps[at].column))
                return false;
        }
        return true;
    }

    bool leaf(od::value &value, od::json_type type, qsizetype column)
    {
        if (m_columns.isSet(column))
            return false; // a duplicate key: the DOM walk keeps the last value and warns
        switch (type) {
        case od::json_type::number: {
            // By type, then the typed getter: number::as_double() of simdjson 3.0 reads floats
            // with 20 or more digits as 0.
            od::number_type numberType;
            if (value.get_number_type().get(numberType) != simdjson::SUCCESS)
                return false;
            switch (numberType) {
            case od::number_type::signed_integer: {
                int64_t number = 0;
                if (value.get_int64().get(number) != simdjson::SUCCESS)
                    return false;
                m_columns.setInteger(column, number);
                return true;
            }
            case od::number_type::unsigned_integer: {
                uint64_t number = 0;
                if (value.get_uint64().get(number) != simdjson::SUCCESS)
                    return false;
                m_columns.setFloat(column, double(number));
                return true;
            }
            case od::number_type::floating_point_number: {
                double number = 0;
                if (value.get_double().get(number) != simdjson::SUCCESS)
                    return false;
                m_columns.setFloat(column, number);
                return true;
            }
            }
            return false;
        }
        case od::json_type::string: {
            std::string_view text;
            if (value.get_string().get(text) != simdjson::SUCCESS)
                return false;
            m_columns.setText(column, text);
            return true;
        }
        case od::json_type::boolean: {
            bool flag = false;
            if (value.get_bool().get(flag) != simdjson::SUCCESS)
                return false;
            m_columns.setBoolean(column, flag);
            return true;
        }
        case od::json_type::null: {
            bool null = false;
            if (value.is_null().get(null) != simdjson::SUCCESS || !null)
                return false;
            m_columns.setNull(column);
            return true;
        }
        case od::json_type::object: // empty: its text, as the DOM walk writes it
            m_columns.setText(column, "{}");
            return true;
        case od::json_type::array: {
            // Its minified text, as the DOM walk writes it: the array parsed again by a DOM parser,
            // which also validates what On-Demand only skipped over.
            od::array array;
            std::string_view raw;
            if (value.get_array().get(array) != simdjson::SUCCESS || array.raw_json().get(raw) != simdjson::SUCCESS)
                return false;
            if (!m_arrays) {
                m_arrays = std::make_unique<simdjson::dom::parser>();
                if (m_arrays->allocate(4096, simdjson::DEFAULT_MAX_DEPTH - maxRecordDepth - 2) != simdjson::SUCCESS)
                    return false;
            }
            simdjson::dom::element element;
            // `raw` lies inside the padded input: the bytes after it are readable.
            if (m_arrays->parse(raw.data(), raw.size(), false).get(element) != simdjson::SUCCESS)
                return false;
            m_text = simdjson::minify(element);
            m_columns.setText(column, m_text);
            return true;
        }
        }
        return false;
    }

    JsonRecordColumns &m_columns;
    const char *m_end;
    std::deque<Step> m_steps;
    size_t m_step = 0;
    std::unique_ptr<simdjson::dom::parser> m_arrays;
    std::string m_text;
};

// Where the n-th line's '{' sits after its line break: the count of blanks, or -1 when the record
// does not start its line.
int indentOf(const char *data, size_t brace)
{
    size_t i = brace;
    while (i > 0 && (data[i - 1] == ' ' || data[i - 1] == '\t'))
        --i;
    return i > 0 && data[i - 1] == '\n' ? int(brace - i) : -1;
}

// A cut near `target`: the separator "}" blanks "," blanks "{" around a line break, or none.
// Returns the separator's first byte after the '}' and its end (the '{'); 0 when there is none.
size_t findCut(const char *data, size_t begin, size_t end, size_t target, int indent, size_t *separatorEnd)
{
    constexpr size_t searchLimit = size_t(4) << 20;
    const char *at = data + target;
    const char *stop = data + std::min(end, target + searchLimit);
    while (at < stop) {
        const char *line = static_cast<const char *>(std::memchr(at, '\n', size_t(stop - at)));
        if (!line)
            return 0;
        at = line + 1;
        size_t open = size_t(line - data) + 1;
        while (open < end && isBlank(data[open]))
            ++open;
        size_t close = size_t(line - data);
        while (close > begin && isBlank(data[close - 1]))
            --close;
        // The comma before the line break ("},\n{") or after it ("}\n,{").
        bool comma = false;
        bool commaFirst = false; // "}\n,{": no indentation to compare
        if (close > begin && data[close - 1] == ',') {
            comma = true;
            --close;
            while (close > begin && isBlank(data[close - 1]))
                --close;
        } else if (open < end && data[open] == ',') {
            comma = commaFirst = true;
            ++open;
            while (open < end && isBlank(data[open]))
                ++open;
        }
        if (!comma || open >= end || data[open] != '{' || close <= begin || data[close - 1] != '}')
            continue;
        if (indent >= 0 && !commaFirst && indentOf(data, open) != indent)
            continue;
        if (open - close < 2)
            continue;
        *separatorEnd = open;
        return close;
    }
    return 0;
}

// A cut: the separator's bytes before "][" was written over them.
struct Cut
{
    size_t at;
    std::string saved;
};

// Writes "][" (and blanks) over the separator [at, separatorEnd): a part ends, the next begins.
void cutAt(char *data, size_t at, size_t separatorEnd, std::vector<Cut> *cuts)
{
    cuts->push_back({at, std::string(data + at, separatorEnd - at)});
    data[at] = ']';
    data[at + 1] = '[';
    std::memset(data + at + 2, ' ', separatorEnd - at - 2);
}

void restore(char *data, std::vector<Cut> *cuts)
{
    for (const Cut &cut : *cuts)
        std::memcpy(data + cut.at, cut.saved.data(), cut.saved.size());
    cuts->clear();
}

struct Part
{
    char *data = nullptr;    // the whole buffer
    size_t begin = 0;        // this part: [begin, end) of `data`
    size_t end = 0;
    size_t capacity = 0;     // readable bytes of `data`
    size_t chunkBytes = 0;   // 0: the part in one piece
    int indent = -1;
    bool lines = false;      // JSON Lines, not an array
    JsonRecordColumns columns;
    std::vector<Cut> cuts;   // the part's own cuts into chunks, restored by the caller
    qint64 records = 0;
    JsonRecordParser::Outcome outcome = JsonRecordParser::Outcome::Fallback;
};

// The records of one array (objects or nulls) into the part's columns; checks cancel and reports
// progress every 4096 records.
JsonRecordParser::Outcome walkRecords(od::array &records, od::document &document, RecordWalker &walker, Part &part,
                                      const std::atomic<bool> &stop, const std::function<bool(double)> &progress,
                                      qint64 *objects)
{
    using JsonRecordParser::Outcome;
    const size_t partSize = std::max<size_t>(part.end - part.begin, 1);
    for (auto item : records) {
        od::value value;
        od::json_type type;
        if (std::move(item).get(value) != simdjson::SUCCESS || value.type().get(type) != simdjson::SUCCESS)
            return Outcome::Fallback;
        if (type == od::json_type::object) {
            od::object object;
            if (value.get_object().get(object) != simdjson::SUCCESS || !walker.record(object))
                return Outcome::Fallback;
            ++*objects;
        } else if (type == od::json_type::null && !part.lines) {
            bool null = false;
            if (value.is_null().get(null) != simdjson::SUCCESS || !null)
                return Outcome::Fallback;
            part.columns.endRow();
        } else {
            return Outcome::Fallback; // not an object: the DOM walk warns, or reads another layout
        }
        ++part.records;
        if ((part.records & 4095) == 0 || part.records == 1024) {
            if (stop.load(std::memory_order_relaxed))
                return Outcome::Canceled;
            const char *at = nullptr;
            if (document.current_location().get(at) == simdjson::SUCCESS) {
                const double done = double(at - (part.data + part.begin)) / double(partSize);
                if (part.records == 1024 && done > 0)
                    part.columns.expectRows(qsizetype(1.05 * 1024 / done) + 1024);
                if (progress && !progress(done))
                    return Outcome::Canceled;
            }
            if (part.columns.cellCount() > JsonRecordColumns::maxCells)
                return Outcome::Fallback; // the DOM walk's grid bounds it, with its warning
        }
    }
    return Outcome::Done;
}

// One part of JSON Lines: whole lines, each one record. The first lines one by one; then chunks of
// lines copied and made arrays ('[' over the line break before, ',' over those inside, ']' over the
// last), so that simdjson indexes a chunk at once, not line by line.
// As many records as lines, or it is not JSON Lines as the DOM walk reads it (two values on a line).
JsonRecordParser::Outcome walkLines(Part &part, const std::atomic<bool> &stop, const std::function<bool(double)> &progress)
{
    using JsonRecordParser::Outcome;
    od::parser parser;
    RecordWalker walker(part.columns, part.data + part.capacity);
    qint64 objects = 0;
    char *data = part.data;
    size_t at = part.begin;
    auto single = [&](size_t begin, size_t end) { // one line, read alone
        od::document document;
        od::object object;
        if (parser.iterate(data + begin, end - begin, part.capacity - begin).get(document) != simdjson::SUCCESS
            || document.get_object().get(object) != simdjson::SUCCESS || !walker.record(object))
            return false;
        const char *location = nullptr;
        if (document.current_location().get(location) != simdjson::OUT_OF_BOUNDS)
            return false;
        ++objects;
        ++part.records;
        return true;
    };
    // One by one until the chunks' writes are well past what the part before reads as padding.
    while (at < part.end && (at < part.begin + 2 * simdjson::SIMDJSON_PADDING || at == part.begin)) {
        const char *newline = static_cast<const char *>(std::memchr(data + at, '\n', part.end - at));
        const size_t lineEnd = newline ? size_t(newline - data) : part.end;
        if (!single(at, lineEnd))
            return Outcome::Fallback;
        at = lineEnd + 1;
    }
    // Blanks at the end (the last line break, CRs): the last chunk closes on the first of them.
    // Without any, the last line is read alone (']' in the padding would leave simdjson short of it).
    size_t contentEnd = part.end;
    while (contentEnd > at && isBlank(data[contentEnd - 1]))
        --contentEnd;
    size_t lastLine = contentEnd; // a last line read alone, from here to contentEnd
    size_t limit = contentEnd;    // the last chunk's closing byte
    if (contentEnd == part.end && at < contentEnd) {
        size_t i = contentEnd;
        while (i > at && data[i - 1] != '\n')
            --i;
        lastLine = i;
        limit = i > at ? i - 1 : at;
    }
    std::vector<size_t> breaks;
    std::vector<char> scratch;
    while (at < limit) {
        size_t close = limit; // where ']' goes
        if (part.chunkBytes > 0 && limit - at > part.chunkBytes + part.chunkBytes / 2) {
            if (const void *newline = std::memchr(data + at + part.chunkBytes, '\n', limit - at - part.chunkBytes))
                close = size_t(static_cast<const char *>(newline) - data);
        }
        breaks.clear();
        for (size_t i = at; i < close;) {
            const void *newline = std::memchr(data + i, '\n', close - i);
            if (!newline)
                break;
            breaks.push_back(size_t(static_cast<const char *>(newline) - data));
            i = breaks.back() + 1;
        }
        // A copy, not the input: writing into a mapped file would copy each of its pages.
        const size_t length = close + 2 - at; // from the line break before to the closing byte
        scratch.resize(length + simdjson::SIMDJSON_PADDING);
        std::memcpy(scratch.data(), data + at - 1, length);
        scratch[0] = '[';
        for (const size_t i : breaks)
            scratch[i - (at - 1)] = ',';
        scratch[length - 1] = ']';
        walker.setEnd(scratch.data() + scratch.size());
        const qint64 before = objects;
        od::document document;
        od::array records;
        Outcome outcome = Outcome::Fallback;
        if (parser.iterate(scratch.data(), length, scratch.size()).get(document) == simdjson::SUCCESS
            && document.get_array().get(records) == simdjson::SUCCESS)
            outcome = walkRecords(records, document, walker, part, stop, progress, &objects);
        const char *location = nullptr;
        if (outcome == Outcome::Done && document.current_location().get(location) != simdjson::OUT_OF_BOUNDS)
            outcome = Outcome::Fallback;
        walker.setEnd(part.data + part.capacity);
        if (outcome != Outcome::Done)
            return outcome;
        if (objects - before != qint64(breaks.size()) + 1)
            return Outcome::Fallback; // two values on a line (or none): not what the DOM walk reads
        at = close + 1;
    }
    if (lastLine < contentEnd && !single(lastLine, contentEnd))
        return Outcome::Fallback;
    return objects > 0 ? Outcome::Done : Outcome::Fallback;
}

// One part: an array of records (objects or nulls), nothing after it. Walked in chunks of about
// `chunkBytes` (cut as the parts are): simdjson's index of a chunk stays in the cache and one
// parser's buffers serve all chunks, instead of an index as large as the part.
JsonRecordParser::Outcome walkPart(Part &part, const std::atomic<bool> &stop,
                                   const std::function<bool(double)> &progress)
{
    using JsonRecordParser::Outcome;
    od::parser parser;
    RecordWalker walker(part.columns, part.data + part.capacity);
    qint64 objects = 0;
    for (size_t chunkBegin = part.begin; chunkBegin < part.end;) {
        size_t chunkEnd = part.end;
        if (part.chunkBytes > 0 && part.end - chunkBegin > part.chunkBytes + part.chunkBytes / 2) {
            size_t separatorEnd = 0;
            const size_t cut = findCut(part.data, chunkBegin, part.end, chunkBegin + part.chunkBytes, part.indent, &separatorEnd);
            if (cut) {
                cutAt(part.data, cut, separatorEnd, &part.cuts);
                chunkEnd = cut + 1;
            }
        }
        od::document document;
        if (parser.iterate(part.data + chunkBegin, chunkEnd - chunkBegin, part.capacity - chunkBegin).get(document) != simdjson::SUCCESS)
            return Outcome::Fallback;
        od::array records;
        if (document.get_array().get(records) != simdjson::SUCCESS)
            return Outcome::Fallback;
        if (const Outcome outcome = walkRecords(records, document, walker, part, stop, progress, &objects); outcome != Outcome::Done)
            return outcome;
        const char *at = nullptr;
        if (document.current_location().get(at) != simdjson::OUT_OF_BOUNDS)
            return Outcome::Fallback; // something after the array, or an error the loop left
        chunkBegin = chunkEnd;
    }
    if (objects == 0)
        return Outcome::Fallback; // all nulls: another layout for the DOM walk
    return Outcome::Done;
}

} // namespace

namespace JsonRecordParser {

// Walks the parts in parallel (part 0 on the calling thread, which reports progress and polls
// cancel), restores every cut, and builds the table from the parts in order.
static Outcome walkAndBuild(char *data, size_t size, size_t first, const std::vector<std::pair<size_t, size_t>> &ranges,
                            std::vector<Cut> &cuts, int indent, bool lines, const ImportOptions &options,
                            const ImportControl &control, ImportResult &result, size_t chunkBytes, int *partsWalked)
{
    auto walkAll = [&](std::vector<Part> &parts) {
        std::atomic<bool> stop{false};
        std::vector<std::thread> workers;
        std::atomic<int> running{int(parts.size()) - 1};
        for (size_t p = 1; p < parts.size(); ++p) {
            workers.emplace_back([&, p] {
                parts[p].outcome = parts[p].lines ? walkLines(parts[p], stop, {}) : walkPart(parts[p], stop, {});
                if (parts[p].outcome != Outcome::Done)
                    stop = true;
                --running;
            });
        }
        auto progress = [&](double fraction) {
            control.report(fraction);
            return !control.canceled() && !stop.load(std::memory_order_relaxed);
        };
        parts[0].outcome = parts[0].lines ? walkLines(parts[0], stop, progress) : walkPart(parts[0], stop, progress);
        if (parts[0].outcome != Outcome::Done)
            stop = true;
        while (running > 0 && !stop) { // the others may still run: keep cancel responsive
            if (control.canceled())
                stop = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
        for (std::thread &worker : workers)
            worker.join();
    };
    auto makeParts = [&](const std::vector<std::pair<size_t, size_t>> &spans, size_t chunkBytes) {
        std::vector<Part> parts(spans.size());
        for (size_t p = 0; p < spans.size(); ++p) {
            parts[p].data = data;
            parts[p].begin = spans[p].first;
            parts[p].end = spans[p].second;
            parts[p].capacity = size + simdjson::SIMDJSON_PADDING;
            parts[p].chunkBytes = chunkBytes;
            parts[p].indent = indent;
            parts[p].lines = lines;
        }
        return parts;
    };
    auto restoreAll = [&](std::vector<Part> &parts) {
        for (Part &part : parts)
            restore(data, &part.cuts);
        restore(data, &cuts);
    };

    std::vector<Part> parts = makeParts(ranges, chunkBytes);
    walkAll(parts);
    restoreAll(parts);
    auto outcomeOf = [&] {
        bool canceled = control.canceled();
        for (const Part &part : parts) {
            if (part.outcome == Outcome::Fallback)
                return Outcome::Fallback;
            canceled = canceled || part.outcome == Outcome::Canceled;
        }
        return canceled ? Outcome::Canceled : Outcome::Done;
    };
    Outcome outcome = outcomeOf();
    if (outcome == Outcome::Fallback && !lines && (parts.size() > 1 || chunkBytes > 0)) {
        // A cut inside a nested array of records, or invalid JSON: once more in one part.
        // Also the chunk cuts go: the one part is parsed whole.
        parts = makeParts({{first, size}}, 0);
        walkAll(parts);
        outcome = outcomeOf();
    }
    if (outcome != Outcome::Done)
        return outcome;

    if (partsWalked)
        *partsWalked = int(parts.size());
    std::vector<JsonRecordColumns> columns;
    qint64 records = 0;
    qint64 cells = 0;
    for (Part &part : parts) {
        records += part.records;
        cells += part.columns.cellCount();
        columns.push_back(std::move(part.columns));
    }
    parts.clear();
    WarningCollector warnings(&result.warnings);
    result.table = JsonRecordColumns::build(columns, options, warnings);
    if (!result.table)
        return Outcome::Fallback;
    warnings.finish();
    result.totalRows = records;
    return Outcome::Done;
}



namespace {
// Where the text begins, or `size` when the fast path does not take these options.
size_t fastPathStart(const char *data, size_t size, const ImportOptions &options)
{
    if (options.maxRows >= 0 || !options.recordPath.isEmpty())
        return size;
    size_t first = 0;
    while (first < size && isBlank(data[first]))
        ++first;
    return first;
}

// How many parts the text is cut into: one per thread (at most 8), none smaller than minPartBytes.
size_t partCount(size_t size, int threads, size_t minPartBytes)
{
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    return std::clamp<size_t>(size / std::max<size_t>(minPartBytes, 1), 1, size_t(std::min(threads, 8)));
}
} // namespace

Outcome readArray(char *data, size_t size, const ImportOptions &options, const ImportControl &control,
                  ImportResult &result, int threads, size_t minPartBytes, size_t chunkBytes, int *partsWalked)
{
    const size_t first = fastPathStart(data, size, options);
    if (first >= size || data[first] != '[')
        return Outcome::Fallback;
    size_t firstRecord = first + 1;
    while (firstRecord < size && isBlank(data[firstRecord]))
        ++firstRecord;
    if (firstRecord >= size || (data[firstRecord] != '{' && data[firstRecord] != 'n'))
        return Outcome::Fallback; // not records (or an empty array): the DOM walk's layouts
    const size_t wanted = partCount(size, threads, minPartBytes);

    // Cut into parts: each separator becomes "][" plus blanks; the bytes are restored afterwards.
    std::vector<Cut> cuts;
    std::vector<std::pair<size_t, size_t>> ranges; // [begin, end) per part
    size_t begin = first;
    const int indent = indentOf(data, firstRecord);
    for (size_t k = 1; k < wanted; ++k) {
        size_t separatorEnd = 0;
        const size_t target = std::max(begin + 1, first + (size - first) * k / wanted);
        const size_t cut = target < size ? findCut(data, begin, size, target, indent, &separatorEnd) : 0;
        if (!cut)
            break;
        cutAt(data, cut, separatorEnd, &cuts);
        ranges.emplace_back(begin, cut + 1);
        begin = cut + 1;
    }
    ranges.emplace_back(begin, size);

    return walkAndBuild(data, size, first, ranges, cuts, indent, false, options, control, result, chunkBytes, partsWalked);
}

Outcome readLines(char *data, size_t size, const ImportOptions &options, const ImportControl &control,
                  ImportResult &result, int threads, size_t minPartBytes, size_t chunkBytes, int *partsWalked)
{
    const size_t first = fastPathStart(data, size, options);
    if (first >= size || data[first] != '{')
        return Outcome::Fallback; // arrays (a header row?) and values: the DOM walk's lines
    const size_t wanted = partCount(size, threads, minPartBytes);
    // Parts of whole lines: each begins after a line break.
    std::vector<std::pair<size_t, size_t>> ranges;
    size_t begin = first;
    for (size_t k = 1; k < wanted; ++k) {
        const size_t target = std::max(begin + 1, first + (size - first) * k / wanted);
        const void *newline = target < size ? std::memchr(data + target, '\n', size - target) : nullptr;
        if (!newline)
            break;
        const size_t next = size_t(static_cast<const char *>(newline) - data) + 1;
        if (next >= size)
            break;
        ranges.emplace_back(begin, next);
        begin = next;
    }
    ranges.emplace_back(begin, size);
    std::vector<Cut> cuts;
    return walkAndBuild(data, size, first, ranges, cuts, -1, true, options, control, result, chunkBytes, partsWalked);
}

} // namespace JsonRecordParser
