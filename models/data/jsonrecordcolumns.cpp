#include "jsonrecordcolumns.h"

#include "cellgrid.h"
#include "memoryadvice.h"
#include "missingbits.h"
#include "textcolumninference.h"
#include "typeinference.h"

#include <cstring>
#include <optional>

namespace {

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

constexpr unsigned bit(JsonRecordColumns::Kind kind)
{
    return 1u << kind;
}

} // namespace

JsonRecordColumns::JsonRecordColumns() = default;
JsonRecordColumns::~JsonRecordColumns() = default;
JsonRecordColumns::JsonRecordColumns(JsonRecordColumns &&) noexcept = default;
JsonRecordColumns &JsonRecordColumns::operator=(JsonRecordColumns &&) noexcept = default;

qsizetype JsonRecordColumns::columnOf(std::string_view name)
{
    const auto [it, inserted] = m_columnOf.try_emplace(std::string(name), qsizetype(m_columns.size()));
    if (!inserted)
        return it->second;
    if (qsizetype(m_columns.size()) >= maxColumns) {
        m_columnOf.erase(it);
        return -1;
    }
    Column &column = m_columns.emplace_back();
    column.name = name;
    if (m_reserve > 0) {
        column.kinds.reserve(size_t(m_reserve));
        column.payload.reserve(size_t(m_reserve));
    }
    return it->second;
}

void JsonRecordColumns::expectRows(qsizetype rows)
{
    m_reserve = std::min<qsizetype>(rows, qsizetype(1) << 26);
    for (Column &column : m_columns) {
        MemoryAdvice::reserveHuge(column.kinds, size_t(m_reserve));
        MemoryAdvice::reserveHuge(column.payload, size_t(m_reserve));
    }
}

void JsonRecordColumns::pad(Column &column)
{
    column.kinds.resize(size_t(m_rows), Empty);
    column.payload.resize(size_t(m_rows), 0);
}

std::string_view JsonRecordColumns::store(std::string_view text)
{
    constexpr size_t chunk = size_t(1) << 20;
    if (text.size() > m_arenaLeft) {
        const size_t size = std::max(chunk, text.size());
        m_arena.push_back(std::make_unique<char[]>(size));
        m_arenaNext = m_arena.back().get();
        m_arenaLeft = size;
    }
    char *at = m_arenaNext;
    if (!text.empty())
        std::memcpy(at, text.data(), text.size());
    m_arenaNext += text.size();
    m_arenaLeft -= text.size();
    return {at, text.size()};
}

quint64 JsonRecordColumns::hashOf(std::string_view text)
{
    // 8 bytes at a time, multiply and fold: strings of records are short.
    quint64 h = 0x9E3779B97F4A7C15ull ^ text.size();
    size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, text.data() + i, 8);
        h = (h ^ word) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 29;
    }
    if (i < text.size()) {
        quint64 word = 0;
        std::memcpy(&word, text.data() + i, text.size() - i);
        h = (h ^ word) * 0xC4CEB9FE1A85EC53ull;
    }
    return h ^ (h >> 32);
}

void JsonRecordColumns::setText(qsizetype column, std::string_view text)
{
    Column &c = m_columns[size_t(column)];
    if (c.texts.size() * 2 >= c.slots.size()) { // grow: at most half full
        std::vector<quint64> slots(std::max<size_t>(16, c.slots.size() * 2), 0);
        const size_t mask = slots.size() - 1;
        for (const quint64 slot : c.slots) {
            if (!slot)
                continue;
            size_t at = size_t(slot >> 32) & mask;
            while (slots[at])
                at = (at + 1) & mask;
            slots[at] = slot;
        }
        c.slots = std::move(slots);
    }
    const quint64 hash = hashOf(text) & 0xFFFFFFFFull;
    const size_t mask = c.slots.size() - 1;
    size_t at = size_t(hash) & mask;
    while (const quint64 slot = c.slots[at]) {
        if ((slot >> 32) == hash) {
            const qint32 code = qint32(slot & 0xFFFFFFFFull) - 1;
            if (c.texts[size_t(code)] == text) {
                put(column, Text, code);
                return;
            }
        }
        at = (at + 1) & mask;
    }
    const qint32 code = qint32(c.texts.size());
    c.texts.push_back(store(text));
    c.slots[at] = (hash << 32) | quint64(code + 1);
    put(column, Text, code);
}

DataTablePtr JsonRecordColumns::build(std::vector<JsonRecordColumns> &parts, const ImportOptions &options,
                                      WarningCollector &warnings)
{
    // The columns of all parts in order of first appearance; where each part holds them.
    struct Joined
    {
        std::string_view name;
        std::vector<const Column *> inPart;
    };
    std::vector<Joined> joined;
    std::unordered_map<std::string_view, size_t> joinedOf;
    std::vector<qsizetype> offset(parts.size(), 0);
    qsizetype rows = 0; // one past the last row with a value, as CellGrid counts
    for (size_t p = 0; p < parts.size(); ++p) {
        offset[p] = p == 0 ? 0 : offset[p - 1] + parts[p - 1].m_rows;
        for (const Column &column : parts[p].m_columns) {
            const auto [it, inserted] = joinedOf.try_emplace(std::string_view(column.name), joined.size());
            if (inserted)
                joined.push_back({column.name, std::vector<const Column *>(parts.size(), nullptr)});
            joined[it->second].inPart[p] = &column;
            if (column.valueRows > 0)
                rows = std::max(rows, offset[p] + qsizetype(column.valueRows));
        }
    }

    if (!joined.empty() && qint64(rows) * qint64(joined.size()) > maxCells)
        return {}; // the DOM walk's grid reads a part of it, with its warning

    QStringList names;
    names.reserve(qsizetype(joined.size()));
    for (qsizetype position = 0; position < qsizetype(joined.size()); ++position) {
        const auto rename = options.renames.constFind(int(position));
        names.append(rename != options.renames.cend() ? rename.value() : fromUtf8(joined[size_t(position)].name));
    }
    names = DataTable::uniqueNames(names);

    const TypeInference markers(options);
    QList<DataColumn> columns;
    columns.reserve(qsizetype(joined.size()));
    for (size_t position = 0; position < joined.size(); ++position) {
        const Joined &j = joined[position];
        const QString &name = names.at(qsizetype(position));
        unsigned seen = 0;
        for (const Column *c : j.inPart)
            seen |= c ? c->seen : 0;

        // The distinct texts of the whole column in order of first appearance; per part, each code's
        // index among them, or -2 for a missing marker ("", "NA" …).
        QStringList distinct;
        std::vector<std::vector<qint32>> slotOf(parts.size());
        if (seen & bit(Text)) {
            std::unordered_map<std::string_view, qint32> slotOfText;
            for (size_t p = 0; p < parts.size(); ++p) {
                const Column *c = j.inPart[p];
                if (!c)
                    continue;
                slotOf[p].reserve(c->texts.size());
                for (const std::string_view text : c->texts) {
                    auto it = slotOfText.find(text);
                    if (it == slotOfText.end()) {
                        const qint32 slot = markers.isMissing(text) ? -2 : qint32(distinct.size());
                        if (slot >= 0)
                            distinct.append(fromUtf8(text));
                        it = slotOfText.emplace(text, slot).first;
                    }
                    slotOf[p].push_back(it->second);
                }
            }
        }
        TextColumnTypes textTypes;
        if (!distinct.isEmpty())
            textTypes = TextColumnInference::infer(distinct, options);
        const bool textIsString = distinct.isEmpty() || isStringType(textTypes.type);
        const bool textAllValid = std::find(textTypes.valid.cbegin(), textTypes.valid.cend(), false) == textTypes.valid.cend();
        const auto forced = options.typeOverrides.constFind(int(position));

        // Each cell in row order, rows without a value as Empty: f(row, kind, payload, part).
        auto forEachCell = [&](auto &&f) {
            for (size_t p = 0; p < parts.size(); ++p) {
                const Column *c = j.inPart[p];
                const size_t partRows = size_t(std::clamp<qsizetype>(rows - offset[p], 0, parts[p].m_rows));
                const size_t n = c ? std::min(c->kinds.size(), partRows) : 0;
                const size_t base = size_t(offset[p]);
                for (size_t r = 0; r < n; ++r)
                    f(base + r, c->kinds[r], c->payload[r], p);
                for (size_t r = n; r < partRows; ++r)
                    f(base + r, Empty, qint64(0), p);
            }
        };
        MissingBits missing;
        const unsigned numbers = bit(Integer) | bit(Float);
        if (forced == options.typeOverrides.cend() && seen != 0 && (seen & ~numbers) == 0) {
            if (seen & bit(Float)) {
                std::vector<double> values = MemoryAdvice::hugeVector<double>(size_t(rows));
                forEachCell([&](size_t row, Kind kind, qint64 payload, size_t) {
                    values[row] = kind == Float ? std::bit_cast<double>(payload) : double(payload);
                    if (kind == Empty)
                        missing.set(row);
                });
                columns.append(DataColumnBuilder::adoptFloats(name, std::move(values), missing.take()));
            } else {
                std::vector<qint64> values = MemoryAdvice::hugeVector<qint64>(size_t(rows));
                forEachCell([&](size_t row, Kind kind, qint64 payload, size_t) {
                    values[row] = payload;
                    if (kind == Empty)
                        missing.set(row);
                });
                columns.append(DataColumnBuilder::adoptIntegers(name, ColumnType::Integer, std::move(values), missing.take()));
            }
            continue;
        }
        if (forced == options.typeOverrides.cend() && seen == bit(Boolean)) {
            std::vector<qint64> values = MemoryAdvice::hugeVector<qint64>(size_t(rows));
            forEachCell([&](size_t row, Kind kind, qint64 payload, size_t) {
                values[row] = payload;
                if (kind == Empty)
                    missing.set(row);
            });
            columns.append(DataColumnBuilder::adoptIntegers(name, ColumnType::Boolean, std::move(values), missing.take()));
            continue;
        }
        if (forced == options.typeOverrides.cend() && (seen & ~bit(Text)) == 0 && (textIsString || textAllValid)) {
            if (textIsString) {
                std::vector<qint32> codes = MemoryAdvice::hugeVector<qint32>(size_t(rows));
                qsizetype present = 0;
                forEachCell([&](size_t row, Kind kind, qint64 payload, size_t p) {
                    const qint32 slot = kind == Text ? slotOf[p][size_t(payload)] : -1;
                    codes[row] = slot < 0 ? -1 : slot;
                    if (slot >= 0)
                        ++present;
                    else
                        missing.set(row);
                });
                const ColumnType type = TextColumnInference::isCategorical(distinct.size(), present) ? ColumnType::Categorical
                                                                                                    : ColumnType::Text;
                columns.append(DataColumnBuilder::adoptCodes(name, type, std::move(codes), std::move(distinct), missing.take()));
            } else if (textTypes.type == ColumnType::Float) {
                std::vector<double> values = MemoryAdvice::hugeVector<double>(size_t(rows));
                forEachCell([&](size_t row, Kind kind, qint64 payload, size_t p) {
                    const qint32 slot = kind == Text ? slotOf[p][size_t(payload)] : -1;
                    values[row] = slot >= 0 ? textTypes.floats[size_t(slot)] : 0.0;
                    if (slot < 0)
                        missing.set(row);
                });
                columns.append(DataColumnBuilder::adoptFloats(name, std::move(values), missing.take()));
            } else {
                std::vector<qint64> values = MemoryAdvice::hugeVector<qint64>(size_t(rows));
                forEachCell([&](size_t row, Kind kind, qint64 payload, size_t p) {
                    const qint32 slot = kind == Text ? slotOf[p][size_t(payload)] : -1;
                    values[row] = slot >= 0 ? textTypes.integers[size_t(slot)] : 0;
                    if (slot < 0)
                        missing.set(row);
                });
                columns.append(DataColumnBuilder::adoptIntegers(name, textTypes.type, std::move(values), missing.take()));
            }
            continue;
        }

        // Mixed kinds or a forced type: CellGrid types this one column (its rules, its warnings).
        CellGrid grid(1, std::numeric_limits<qint64>::max());
        grid.setExpectedRows(rows);
        std::vector<std::vector<qint32>> stringId(parts.size());
        for (size_t p = 0; p < parts.size(); ++p)
            if (j.inPart[p])
                stringId[p].assign(j.inPart[p]->texts.size(), -1);
        forEachCell([&](size_t row, Kind kind, qint64 payload, size_t p) {
            switch (kind) {
            case Empty: break;
            case Integer: grid.setInteger(qsizetype(row), 0, payload); break;
            case Float: grid.setFloat(qsizetype(row), 0, std::bit_cast<double>(payload)); break;
            case Boolean: grid.setBoolean(qsizetype(row), 0, payload != 0); break;
            case Text: {
                qint32 &id = stringId[p][size_t(payload)];
                if (id < 0)
                    id = grid.intern(fromUtf8(j.inPart[p]->texts[size_t(payload)]));
                grid.setText(qsizetype(row), 0, id);
                break;
            }
            }
        });
        if (grid.rowCount() < rows)
            grid.setError(rows - 1, 0); // the grid's rows end at its last cell: an error cell reads as missing
        CellGrid::Shape shape;
        shape.header = false;
        shape.columnCount = 1;
        shape.names = QStringList{name};
        ImportOptions columnOptions = options;
        columnOptions.renames.clear();
        columnOptions.typeOverrides.clear();
        columnOptions.maxRows = -1;
        if (forced != options.typeOverrides.cend())
            columnOptions.typeOverrides.insert(0, forced.value());
        const DataTablePtr one = grid.build(shape, columnOptions, warnings, {});
        columns.append(one->column(0));
    }
    return std::make_shared<const DataTable>(std::move(columns));
}
