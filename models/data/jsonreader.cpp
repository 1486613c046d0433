#include "jsonreader.h"

#include "cellgrid.h"
#include "jsonrecordparser.h"
#include "paddedfilemap.h"
#include "memoryadvice.h"

#include <QIODevice>

#include <simdjson.h>

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;
namespace dom = simdjson::dom;

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The offset of the first byte that is not valid UTF-8, or -1.
qint64 firstInvalidUtf8(const char *data, size_t size)
{
    size_t i = 0;
    while (i < size) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        quint32 code = 0;
        if ((c & 0xE0) == 0xC0) { length = 2; code = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { length = 3; code = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { length = 4; code = c & 0x07; }
        else return qint64(i);
        if (i + size_t(length) > size)
            return qint64(i);
        for (int k = 1; k < length; ++k) {
            const auto n = static_cast<unsigned char>(data[i + size_t(k)]);
            if ((n & 0xC0) != 0x80)
                return qint64(i);
            code = (code << 6) | (n & 0x3F);
        }
        if ((length == 2 && code < 0x80) || (length == 3 && code < 0x800) || (length == 4 && code < 0x10000)
            || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return qint64(i);
        i += size_t(length);
    }
    return -1;
}

qint64 lineOf(const char *data, qint64 offset)
{
    return 1 + qint64(std::count(data, data + offset, '\n'));
}

class TableBuilder
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    TableBuilder(const ImportOptions &options, const ImportControl &control, ImportResult &result)
        : m_options(options), m_control(control), m_result(result), m_warnings(&result.warnings)
    {
    }

    WarningCollector &warnings() { return m_warnings; }
    qsizetype rows() const { return m_rows; }
    bool full() const { return m_options.maxRows >= 0 && m_rows >= m_options.maxRows; }

    // One record (an object) as the next row. `line` > 0 for JSON Lines, else the record number
    // is given in warnings.
    void addRecord(dom::object record, qint64 line)
    {
        m_leaf = 0;
        m_line = line;
        addObject(record, std::string_view());
        ++m_rows;
    }

    // One row of an array of arrays: cells by position.
    void addArrayRow(dom::array row)
    {
        qsizetype column = 0;
        for (dom::element value : row) {
            while (column >= qsizetype(m_names.size()))
                m_names.push_back({});
            setValue(column++, value);
        }
        ++m_rows;
    }

    void addEmptyRow() { ++m_rows; }
    void expectRows(qsizetype rows) { m_grid.setExpectedRows(rows); }

    // A lone value (an array of numbers): one column "value".
    void addScalarRow(dom::element value)
    {
        if (m_names.empty())
            m_names.push_back("value");
        setValue(0, value);
        ++m_rows;
    }

    // A whole column of an object of columns.
    void addColumn(std::string_view name, dom::array values)
    {
        const qsizetype column = qsizetype(m_names.size());
        m_names.emplace_back(name);
        qsizetype row = 0;
        for (dom::element value : values) {
            if (m_options.maxRows >= 0 && row >= m_options.maxRows)
                break;
            m_rows = std::max(m_rows, row + 1);
            setValueAt(row++, column, value);
        }
    }

    // A column keyed by row labels; rows follow the labels of the first such column.
    void addLabeledColumn(std::string_view name, dom::object values)
    {
        const qsizetype column = qsizetype(m_names.size());
        m_names.emplace_back(name);
        for (dom::key_value_pair field : values) {
            auto it = m_rowOfLabel.find(std::string(field.key));
            if (it == m_rowOfLabel.end()) {
                if (m_options.maxRows >= 0 && qsizetype(m_rowOfLabel.size()) >= m_options.maxRows)
                    continue;
                it = m_rowOfLabel.emplace(std::string(field.key), qsizetype(m_rowOfLabel.size())).first;
            }
            m_rows = std::max(m_rows, it->second + 1);
            setValueAt(it->second, column, field.value);
        }
    }

    void setHeader(dom::array header)
    {
        m_names.clear();
        for (dom::element value : header) {
            std::string_view text;
            if (value.get_string().get(text) == simdjson::SUCCESS)
                m_names.emplace_back(text);
            else
                m_names.emplace_back(simdjson::minify(value));
        }
    }

    bool progress(double fraction)
    {
        m_control.report(fraction);
        if (m_control.canceled()) {
            m_result.canceled = true;
            m_result.error = tr("Import canceled");
            return false;
        }
        return true;
    }

    void finish()
    {
        CellGrid::Shape shape;
        shape.header = false;
        shape.columnCount = qsizetype(m_names.size());
        for (const std::string &name : m_names)
            shape.names.append(fromUtf8(name));
        m_result.table = m_grid.build(shape, m_options, m_warnings, [](qsizetype, qsizetype) { return QString(); });
    }

private:
    void warn(const QString &message)
    {
        if (m_line > 0)
            m_warnings.addLine(m_line, message);
        else
            m_warnings.addLine(0, tr("record %1: %2").arg(m_rows + 1).arg(message));
    }

    qsizetype columnFor(std::string_view name)
    {
        // Records of one file mostly share their key order: try the column the same leaf had last time.
        if (m_leaf < m_predicted.size()) {
            const qsizetype guess = m_predicted[m_leaf];
            if (m_names[size_t(guess)] == name)
                return m_leaf++, guess;
        }
        auto it = m_columnOf.find(std::string(name));
        qsizetype column;
        if (it != m_columnOf.end()) {
            column = it->second;
        } else {
            column = qsizetype(m_names.size());
            m_names.emplace_back(name);
            m_columnOf.emplace(std::string(name), column);
            m_lastRow.push_back(-1);
        }
        if (m_leaf < m_predicted.size())
            m_predicted[m_leaf] = column;
        else
            m_predicted.push_back(column);
        ++m_leaf;
        return column;
    }

    void addObject(dom::object object, std::string_view prefix)
    {
        for (dom::key_value_pair field : object) {
            std::string nested;
            std::string_view name = field.key;
            if (!prefix.empty()) {
                nested.reserve(prefix.size() + 1 + field.key.size());
                nested.append(prefix).append(1, '.').append(field.key);
                name = nested;
            }
            if (field.value.type() == dom::element_type::OBJECT) {
                dom::object inner = field.value.get_object().value_unsafe();
                if (inner.size() > 0) {
                    addObject(inner, name);
                    continue;
                }
            }
            const qsizetype column = columnFor(name);
            if (size_t(column) >= m_lastRow.size()) // columns of array rows (JSON Lines mixing both) have none yet
                m_lastRow.resize(size_t(column) + 1, -1);
            if (m_lastRow[size_t(column)] == m_rows)
                warn(tr("duplicate key \"%1\"; the last value is kept").arg(fromUtf8(name)));
            m_lastRow[size_t(column)] = m_rows;
            setValueAt(m_rows, column, field.value);
        }
    }

    void setValue(qsizetype column, dom::element value) { setValueAt(m_rows, column, value); }

    void setValueAt(qsizetype row, qsizetype column, dom::element value)
    {
        switch (value.type()) {
        case dom::element_type::INT64:
            m_grid.setInteger(row, column, value.get_int64().value_unsafe());
            break;
        case dom::element_type::UINT64:
            m_grid.setFloat(row, column, double(value.get_uint64().value_unsafe()));
            break;
        case dom::element_type::DOUBLE:
            m_grid.setFloat(row, column, value.get_double().value_unsafe());
            break;
        case dom::element_type::BOOL:
            m_grid.setBoolean(row, column, value.get_bool().value_unsafe());
            break;
        case dom::element_type::STRING:
            m_grid.setText(row, column, intern(value.get_string().value_unsafe()));
            break;
        case dom::element_type::ARRAY:
        case dom::element_type::OBJECT: {
            const std::string text = simdjson::minify(value);
            m_grid.setText(row, column, intern(text));
            break;
        }
        case dom::element_type::NULL_VALUE:
            break;
        }
        if (m_grid.columnLimitHit() && !m_columnWarning) {
            m_columnWarning = true;
            m_warnings.addLine(0, tr("More than %1 columns; the rest are ignored").arg(maxColumns));
        }
    }

    // Strings by their UTF-8 bytes: one QString per distinct value, not per cell.
    qint32 intern(std::string_view text)
    {
        const auto it = m_stringIds.find(text);
        if (it != m_stringIds.end())
            return it->second;
        m_arena.emplace_back(text);
        const qint32 id = m_grid.addString(fromUtf8(text));
        m_stringIds.emplace(m_arena.back(), id);
        return id;
    }

    static constexpr qsizetype maxColumns = 1 << 20;
    const ImportOptions &m_options;
    const ImportControl &m_control;
    ImportResult &m_result;
    WarningCollector m_warnings;
    CellGrid m_grid{maxColumns, 400'000'000};
    std::vector<std::string> m_names;                      // by column
    std::unordered_map<std::string, qsizetype> m_columnOf;
    std::unordered_map<std::string, qsizetype> m_rowOfLabel;
    std::vector<qsizetype> m_lastRow;                      // duplicate keys within a record
    std::vector<qsizetype> m_predicted;                    // column of the n-th leaf of the last record
    size_t m_leaf = 0;
    qsizetype m_rows = 0;
    qint64 m_line = 0;
    bool m_columnWarning = false;
    std::deque<std::string> m_arena;                       // keys of m_stringIds
    std::unordered_map<std::string_view, qint32> m_stringIds;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    Reader(const ImportOptions &options, const ImportControl &control, bool fastPath)
        : m_options(options), m_control(control), m_fastPath(fastPath)
    {
    }

    ImportResult run(QIODevice &device)
    {
        m_result.format = u"json"_s;
        m_result.encoding = u"UTF-8"_s;
        qint64 size = device.size() - device.pos();
        // A preview reads a prefix and closes it after the last whole top-level value.
        const bool prefixOnly = m_options.maxRows >= 0 && m_options.scanLimitBytes > 0 && size > m_options.scanLimitBytes;
        if (prefixOnly)
            size = m_options.scanLimitBytes;
        if (size > JsonReader::maxBytes)
            return failed(tr("The JSON file is %1 MiB; at most %2 MiB can be read").arg(size >> 20).arg(JsonReader::maxBytes >> 20));
        simdjson::padded_string buffer;
        PaddedFileMap mapped;
        std::string_view text;
        if (!prefixOnly && size >= (1 << 20) && mapped.map(device, device.pos(), size, simdjson::SIMDJSON_PADDING)) {
            text = std::string_view(mapped.data(), mapped.size()); // a big file: its pages, no copy
        } else {
            buffer = simdjson::padded_string(size_t(std::max<qint64>(size, 0)));
            // Fewer page faults for the input (2 MiB pages where offered).
            MemoryAdvice::hugePages(buffer.data(), buffer.size());
            if (size > 0 && device.read(buffer.data(), size) != size)
                return failed(tr("The file cannot be read: %1").arg(device.errorString()));
            text = std::string_view(buffer.data(), buffer.size());
        }
        if (text.substr(0, 3) == "\xEF\xBB\xBF")
            text.remove_prefix(3);
        simdjson::padded_string closed;
        if (prefixOnly) {
            if (closePrefix(text, &closed)) {
                text = std::string_view(closed.data(), closed.size());
                m_prefixOnly = true;
            } else { // an object at the top: the whole file after all
                const qint64 whole = device.size();
                if (whole > JsonReader::maxBytes || !device.seek(0))
                    return failed(tr("The file cannot be read from the start"));
                buffer = simdjson::padded_string(size_t(whole));
                if (device.read(buffer.data(), whole) != whole)
                    return failed(tr("The file cannot be read: %1").arg(device.errorString()));
                text = std::string_view(buffer.data(), buffer.size());
                if (text.substr(0, 3) == "\xEF\xBB\xBF")
                    text.remove_prefix(3);
            }
        }
        const size_t first = text.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos)
            return failed(tr("The file is empty"));

        // Invalid UTF-8: replaced (U+FFFD) with a warning rather than refusing the file.
        simdjson::padded_string repaired;
        if (!simdjson::validate_utf8(text.data(), text.size())) {
            const qint64 bad = std::max<qint64>(firstInvalidUtf8(text.data(), text.size()), 0);
            m_result.warnings.append({lineOf(text.data(), bad), {},
                                      tr("invalid UTF-8 at byte %1 (and maybe later); replaced by U+FFFD").arg(bad)});
            const QByteArray fixed = QString::fromUtf8(text.data(), qsizetype(text.size())).toUtf8();
            repaired = simdjson::padded_string(fixed.constData(), size_t(fixed.size()));
            text = std::string_view(repaired.data(), repaired.size());
        }

        if (m_fastPath && text[first] == '[') {
            // Our own buffer (read or repaired), padded: the fast path may cut it and restores it.
            char *writable = const_cast<char *>(text.data());
            if (const auto done = fastPathResult(
                    JsonRecordParser::readArray(writable, text.size(), m_options, m_control, m_result, m_options.threads)))
                return *done;
        }
        if (isJsonLines(text)) {
            if (m_fastPath) {
                m_result.format = u"jsonl"_s;
                char *writable = const_cast<char *>(text.data());
                if (const auto done = fastPathResult(
                        JsonRecordParser::readLines(writable, text.size(), m_options, m_control, m_result, m_options.threads)))
                    return *done;
            }
            return readLines(text);
        }
        if (text.size() > (8 << 20) && m_parser.allocate(text.size()) == simdjson::SUCCESS) {
            // Fewer page faults for the parsed document (2 MiB pages where offered).
            MemoryAdvice::hugePages(m_parser.doc.tape.get(), (text.size() + 3) * sizeof(uint64_t));
            MemoryAdvice::hugePages(m_parser.doc.string_buf.get(), 5 * text.size() / 3);
        }
        dom::element root;
        const simdjson::error_code error = m_parser.parse(text.data(), text.size(), false).get(root);
        if (error)
            return failed(describe(error));
        return readDocument(root);
    }

private:
    // The import's result when the fast path finished it (done or canceled); none when the DOM
    // walk has to read the file.
    std::optional<ImportResult> fastPathResult(JsonRecordParser::Outcome outcome)
    {
        switch (outcome) {
        case JsonRecordParser::Outcome::Done: return m_result;
        case JsonRecordParser::Outcome::Canceled:
            m_result.canceled = true;
            return failed(tr("Import canceled"));
        case JsonRecordParser::Outcome::Fallback: break;
        }
        return std::nullopt;
    }

    ImportResult failed(const QString &message)
    {
        m_result.error = message;
        m_result.table.reset();
        return m_result;
    }

    // The prefix of a document cut after its last complete value at depth 1 (an array's record,
    // a JSON Lines line), closed again: "[{..},{..},{.." becomes "[{..},{..}]".
    static bool closePrefix(std::string_view text, simdjson::padded_string *closed)
    {
        int depth = 0;
        bool inString = false;
        size_t lastLineEnd = 0;     // after the newline that follows a complete top-level value
        size_t lastElementEnd = 0;  // after the last complete value inside the top-level array
        int topValues = 0;
        char opener = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
                continue;
            }
            switch (c) {
            case '"':
                inString = true;
                break;
            case '{':
            case '[':
                if (depth == 0 && opener == 0)
                    opener = c;
                ++depth;
                break;
            case '}':
            case ']':
                if (--depth == 1)
                    lastElementEnd = i + 1;
                else if (depth == 0)
                    ++topValues;
                break;
            case ',':
                if (depth == 1)
                    lastElementEnd = i; // a scalar element ended
                break;
            case '\n':
                if (depth == 0 && topValues > 0)
                    lastLineEnd = i + 1;
                break;
            default:
                break;
            }
        }
        if (topValues >= 1 && lastLineEnd > 0) { // JSON Lines: whole lines only
            *closed = simdjson::padded_string(text.data(), lastLineEnd);
            return true;
        }
        if (opener == '[' && topValues == 0 && lastElementEnd > 0) {
            std::string out(text.substr(0, lastElementEnd));
            out += ']';
            *closed = simdjson::padded_string(out);
            return true;
        }
        return false;
    }

    QString describe(simdjson::error_code error) const
    {
        switch (error) {
        case simdjson::DEPTH_ERROR:
            return tr("The JSON is nested deeper than %1 levels").arg(m_parser.max_depth());
        case simdjson::UTF8_ERROR:
            return tr("The JSON is not valid UTF-8");
        case simdjson::CAPACITY:
            return tr("The JSON document is too large");
        default:
            return tr("Not valid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(error)));
        }
    }

    // JSON Lines: the first line is a whole object or array and more follows it.
    bool isJsonLines(std::string_view text)
    {
        const size_t start = text.find_first_not_of(" \t\r\n");
        if (text[start] != '{' && text[start] != '[')
            return false;
        const size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            return false;
        if (text.find_first_not_of(" \t\r\n", end) == std::string_view::npos)
            return false;
        dom::element first;
        // The rest of the buffer is the padding simdjson reads past the end.
        return m_parser.parse(text.data() + start, end - start, false).get(first) == simdjson::SUCCESS;
    }

    ImportResult readLines(std::string_view text)
    {
        m_result.format = u"jsonl"_s;
        TableBuilder table(m_options, m_control, m_result);
        qint64 line = 0;
        size_t at = 0;
        bool headerDone = m_options.headerRow < 0;
        while (at < text.size() && !table.full()) {
            size_t end = text.find('\n', at);
            if (end == std::string_view::npos)
                end = text.size();
            ++line;
            std::string_view content = text.substr(at, end - at);
            at = end + 1;
            while (!content.empty() && (content.back() == '\r' || content.back() == ' ' || content.back() == '\t'))
                content.remove_suffix(1);
            if (content.find_first_not_of(" \t") == std::string_view::npos)
                continue;
            dom::element value;
            const simdjson::error_code error = m_parser.parse(content.data(), content.size(), false).get(value);
            if (error) {
                table.warnings().addLine(line, tr("%1; line skipped").arg(describe(error)));
                continue;
            }
            if (value.is_object()) {
                table.addRecord(value.get_object().value_unsafe(), line);
            } else if (value.is_array()) {
                const bool header = !headerDone && table.rows() == 0 && allStrings(value.get_array().value_unsafe());
                headerDone = true;
                if (header) {
                    table.setHeader(value.get_array().value_unsafe());
                    continue;
                }
                table.addArrayRow(value.get_array().value_unsafe());
            } else {
                table.addScalarRow(value);
            }
            if ((line & 16383) == 0 && !table.progress(double(at) / double(text.size())))
                return m_result;
        }
        table.finish();
        m_result.totalRows = table.full() || m_prefixOnly ? -1 : table.rows();
        table.warnings().finish();
        return m_result;
    }

    // The data under ImportOptions::recordPath ("data.items", "results.0.rows").
    bool followRecordPath(dom::element *value)
    {
        const QStringList keys = m_options.recordPath.split(u'.', Qt::SkipEmptyParts);
        QStringList walked;
        for (const QString &key : keys) {
            const QByteArray utf8 = key.toUtf8();
            dom::element next;
            bool found = false;
            if (value->is_object()) {
                found = value->get_object().value_unsafe().at_key(std::string_view(utf8.constData(), size_t(utf8.size()))).get(next) == simdjson::SUCCESS;
            } else if (value->is_array()) {
                bool isIndex = false;
                const qsizetype index = key.toLongLong(&isIndex);
                found = isIndex && index >= 0 && value->get_array().value_unsafe().at(size_t(index)).get(next) == simdjson::SUCCESS;
            }
            if (!found) {
                m_result.error = walked.isEmpty() ? tr("The record path \"%1\" does not exist: there is no \"%2\" at the top").arg(m_options.recordPath, key)
                                                  : tr("The record path \"%1\" does not exist: \"%2\" has no \"%3\"").arg(m_options.recordPath, walked.join(u'.'), key);
                return false;
            }
            walked.append(key);
            *value = next;
        }
        return true;
    }

    static bool allStrings(dom::array array)
    {
        for (dom::element item : array)
            if (!item.is_string())
                return false;
        return array.size() > 0;
    }

    static bool isArrayOfObjects(dom::element value)
    {
        if (!value.is_array())
            return false;
        const dom::array array = value.get_array().value_unsafe();
        for (dom::element item : array)
            if (!item.is_null())
                return item.is_object();
        return false;
    }

    // Without a record path, the first array of records under the top object (breadth first, two
    // levels down): {"data": [...]}, {"result": {"items": [...]}}.
    static QString findRecords(dom::object root, dom::element *found)
    {
        for (dom::key_value_pair field : root) {
            if (isArrayOfObjects(field.value)) {
                *found = field.value;
                return fromUtf8(field.key);
            }
        }
        for (dom::key_value_pair field : root) {
            if (!field.value.is_object())
                continue;
            const dom::object object = field.value.get_object().value_unsafe();
            for (dom::key_value_pair inner : object) {
                if (isArrayOfObjects(inner.value)) {
                    *found = inner.value;
                    return fromUtf8(field.key) + u'.' + fromUtf8(inner.key);
                }
            }
        }
        return {};
    }

    ImportResult readDocument(dom::element root)
    {
        if (!m_options.recordPath.isEmpty() && !followRecordPath(&root))
            return m_result;
        TableBuilder table(m_options, m_control, m_result);
        if (root.is_object()) {
            dom::object object = root.get_object().value_unsafe();
            auto done = [&](qint64 rows) {
                table.finish();
                m_result.totalRows = rows;
                table.warnings().finish();
                return m_result;
            };
            // pandas "split": {"columns": [...], "index": [...], "data": [[...], ...]}.
            dom::array splitColumns, splitData;
            if (object.at_key("columns").get_array().get(splitColumns) == simdjson::SUCCESS
                && object.at_key("data").get_array().get(splitData) == simdjson::SUCCESS) {
                table.setHeader(splitColumns);
                for (dom::element row : splitData) {
                    if (table.full())
                        break;
                    if (row.is_array())
                        table.addArrayRow(row.get_array().value_unsafe());
                }
                return done(qint64(splitData.size()));
            }
            bool arrays = object.size() > 0;
            bool objects = object.size() > 0;
            bool numberedKeys = true;
            for (dom::key_value_pair field : object) {
                arrays = arrays && field.value.is_array() && !isArrayOfObjects(field.value);
                objects = objects && field.value.is_object();
                numberedKeys = numberedKeys && !field.key.empty()
                    && field.key.find_first_not_of("0123456789") == std::string_view::npos;
            }
            if (arrays) {
                // An object of columns: {"x": [1, 2], "y": [3, 4]}.
                qint64 longest = 0;
                for (dom::key_value_pair field : object) {
                    const dom::array values = field.value.get_array().value_unsafe();
                    longest = std::max<qint64>(longest, qint64(values.size()));
                    table.addColumn(field.key, values);
                }
                return done(longest);
            }
            if (objects && numberedKeys) {
                // pandas "index": {"0": {record}, "1": {record}}.
                for (dom::key_value_pair field : object) {
                    if (table.full())
                        break;
                    table.addRecord(field.value.get_object().value_unsafe(), 0);
                }
                return done(qint64(object.size()));
            }
            dom::element records;
            const QString path = m_options.recordPath.isEmpty() ? findRecords(object, &records) : QString();
            if (path.isEmpty() && objects) {
                // pandas "columns": {"x": {"0": 1, "1": 2}, "y": {"0": 3, "1": 4}}.
                qint64 longest = 0;
                for (dom::key_value_pair field : object) {
                    const dom::object values = field.value.get_object().value_unsafe();
                    longest = std::max<qint64>(longest, qint64(values.size()));
                    table.addLabeledColumn(field.key, values);
                }
                return done(longest);
            }
            if (path.isEmpty()) {
                table.addRecord(object, 0); // one record
                return done(1);
            }
            table.warnings().addLine(0, tr("Records read from the key \"%1\"").arg(path));
            root = records;
        }
        if (!root.is_array()) {
            table.addScalarRow(root);
            table.finish();
            m_result.totalRows = 1;
            table.warnings().finish();
            return m_result;
        }
        dom::array array = root.get_array().value_unsafe();
        const size_t count = array.size();
        m_result.totalRows = m_prefixOnly ? -1 : qint64(count);
        table.expectRows(m_options.maxRows >= 0 ? std::min<qsizetype>(qsizetype(count), m_options.maxRows) : qsizetype(count));
        bool headerPending = m_options.headerRow >= 0;
        // The layout follows the first value that is not null: records, rows, or plain values.
        dom::element_type layout = dom::element_type::NULL_VALUE;
        for (dom::element item : array) {
            if (!item.is_null()) {
                layout = item.type();
                break;
            }
        }
        size_t index = 0;
        for (dom::element item : array) {
            if (table.full())
                break;
            if (layout == dom::element_type::OBJECT) {
                if (item.is_object()) {
                    table.addRecord(item.get_object().value_unsafe(), 0);
                } else {
                    if (!item.is_null())
                        table.warnings().addLine(0, tr("record %1 is not an object; read as an empty row").arg(index + 1));
                    table.addEmptyRow();
                }
            } else if (layout == dom::element_type::ARRAY) {
                if (item.is_array() && headerPending && index == 0 && allStrings(item.get_array().value_unsafe())) {
                    table.setHeader(item.get_array().value_unsafe());
                    --m_result.totalRows;
                } else if (item.is_array()) {
                    table.addArrayRow(item.get_array().value_unsafe());
                } else {
                    table.addEmptyRow();
                }
            } else {
                table.addScalarRow(item);
            }
            headerPending = false;
            if ((++index & 16383) == 0 && !table.progress(double(index) / double(count)))
                return m_result;
        }
        table.finish();
        table.warnings().finish();
        return m_result;
    }

    const ImportOptions &m_options;
    const ImportControl &m_control;
    ImportResult m_result;
    dom::parser m_parser;
    bool m_fastPath;
    bool m_prefixOnly = false; // a preview read only the start of the file
};

} // namespace

ImportResult JsonReader::read(QIODevice &device, const ImportOptions &options, const ImportControl &control) const
{
    // A preview first tries a prefix sized for its rows; the full scan limit only when that was short.
    if (options.maxRows >= 0 && options.scanLimitBytes > 0) {
        const qint64 small = std::min<qint64>(options.scanLimitBytes, 65536 + qint64(options.maxRows) * 2048);
        const qint64 start = device.pos();
        if (small < options.scanLimitBytes && device.size() - start > small) {
            ImportOptions first = options;
            first.scanLimitBytes = small;
            ImportResult result = Reader(first, control, m_walk == Walk::Auto).run(device);
            if (result.canceled || (result.table && result.table->rowCount() >= options.maxRows))
                return result;
            if (!device.seek(start))
                return result;
        }
    }
    Reader reader(options, control, m_walk == Walk::Auto);
    return reader.run(device);
}
