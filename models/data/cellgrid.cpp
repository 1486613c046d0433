#include "cellgrid.h"

#include "memoryadvice.h"
#include "missingbits.h"
#include "textcolumninference.h"

#include <QDateTime>
#include <QLocale>

#include <bit>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// What the present (non-text) cells of a column hold, as bits.
enum KindBit : unsigned { IntegerBit = 1, FloatBit = 2, BooleanBit = 4, DateTimeBit = 8 };

unsigned bitOf(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer: return IntegerBit;
    case ColumnType::Float: return FloatBit;
    case ColumnType::Boolean: return BooleanBit;
    case ColumnType::DateTime: return DateTimeBit;
    default: return 0;
    }
}

QString renderNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

CellGrid::CellGrid(qsizetype maxColumns, qint64 maxCells) : m_maxColumns(maxColumns), m_maxCells(maxCells) {}

void CellGrid::setFloat(qsizetype row, qsizetype column, double value)
{
    set(row, column, Kind::Float, std::bit_cast<qint64>(value));
}

void CellGrid::setNumber(qsizetype row, qsizetype column, double value)
{
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (std::isfinite(value) && std::abs(value) <= exactLimit && value == std::trunc(value))
        set(row, column, Kind::Integer, qint64(value));
    else
        setFloat(row, column, value);
}

qint32 CellGrid::intern(const QString &text)
{
    auto it = m_stringIds.constFind(text);
    if (it != m_stringIds.cend())
        return it.value();
    const qint32 id = qint32(m_strings.size());
    m_strings.append(text);
    m_stringIds.insert(text, id);
    return id;
}

qint32 CellGrid::addString(QString text)
{
    m_strings.append(std::move(text));
    return qint32(m_strings.size() - 1);
}

void CellGrid::set(qsizetype row, qsizetype column, Kind kind, qint64 payload)
{
    if (row < 0 || column < 0)
        return;
    if (column >= m_maxColumns) {
        m_columnLimitHit = true;
        return;
    }
    if (++m_cellCount > m_maxCells) {
        m_cellLimitHit = true;
        return;
    }
    if (size_t(column) >= m_columns.size())
        m_columns.resize(size_t(column) + 1);
    Column &c = m_columns[size_t(column)];
    if (size_t(row) == c.kinds.size()) { // the usual case: the next row of this column
        if (c.kinds.empty() && m_reserveRows > 0) {
            MemoryAdvice::reserveHuge(c.kinds, size_t(m_reserveRows));
            MemoryAdvice::reserveHuge(c.payload, size_t(m_reserveRows));
        }
        c.kinds.push_back(kind);
        c.payload.push_back(payload);
    } else {
        if (size_t(row) > c.kinds.size()) {
            // A gap: grow geometrically, fill it with empties.
            if (size_t(row) >= c.kinds.capacity()) {
                const size_t capacity = std::max<size_t>(size_t(row) + 1, c.kinds.capacity() * 2);
                c.kinds.reserve(capacity);
                c.payload.reserve(capacity);
            }
            c.kinds.resize(size_t(row) + 1, Kind::Empty);
            c.payload.resize(size_t(row) + 1, 0);
        }
        c.kinds[size_t(row)] = kind;
        c.payload[size_t(row)] = payload;
    }
    m_rowCount = std::max(m_rowCount, row + 1);
}

CellGrid::Kind CellGrid::kind(qsizetype row, qsizetype column) const
{
    if (column < 0 || size_t(column) >= m_columns.size())
        return Kind::Empty;
    const Column &c = m_columns[size_t(column)];
    return row >= 0 && size_t(row) < c.kinds.size() ? c.kinds[size_t(row)] : Kind::Empty;
}

DataTablePtr CellGrid::build(const Shape &shape, const ImportOptions &options, WarningCollector &warnings,
                             const std::function<QString(qsizetype, qsizetype)> &cellName) const
{
    const qsizetype lastColumn = shape.columnCount >= 0 ? shape.firstColumn + shape.columnCount
                                                        : qsizetype(m_columns.size());
    const qsizetype dataStart = shape.header ? shape.firstRow + 1 : shape.firstRow;
    qsizetype dataEnd = shape.lastRow >= 0 ? std::min(shape.lastRow + 1, m_rowCount) : m_rowCount;
    if (options.maxRows >= 0)
        dataEnd = std::min(dataEnd, dataStart + options.maxRows);
    qsizetype rows = std::max<qsizetype>(0, dataEnd - dataStart);

    auto nameOf = [&](qsizetype row, qsizetype column) {
        return cellName ? cellName(row, column) : QString();
    };
    auto cellText = [&](const Column &c, size_t row) -> QString {
        if (row >= c.kinds.size())
            return {};
        const qint64 p = c.payload[row];
        switch (c.kinds[row]) {
        case Kind::Integer: return QString::number(p);
        case Kind::Float: return renderNumber(std::bit_cast<double>(p));
        case Kind::Boolean: return p ? u"true"_s : u"false"_s;
        case Kind::DateTime: return QDateTime::fromMSecsSinceEpoch(p, Qt::UTC).toString(Qt::ISODateWithMs);
        case Kind::Text: return m_strings.at(qint32(p));
        default: return {};
        }
    };

    // Which columns take part, with their names.
    static const Column emptyColumn;
    struct Selected { qsizetype index; qsizetype position; QString name; };
    std::vector<Selected> selected;
    for (qsizetype col = shape.firstColumn; col < lastColumn; ++col) {
        const Column &c = size_t(col) < m_columns.size() ? m_columns[size_t(col)] : emptyColumn;
        const qsizetype position = col - shape.firstColumn;
        QString name = shape.header ? cellText(c, size_t(shape.firstRow)).trimmed() : shape.names.value(position);
        if (shape.dropEmptyColumns && name.isEmpty()) {
            bool any = false;
            for (size_t r = size_t(dataStart); r < std::min(c.kinds.size(), size_t(dataEnd)) && !any; ++r)
                any = c.kinds[r] != Kind::Empty;
            if (!any)
                continue;
        }
        if (const auto it = options.renames.constFind(int(position)); it != options.renames.cend())
            name = it.value();
        selected.push_back({col, position, name});
    }
    if (!selected.empty() && qint64(rows) * qint64(selected.size()) > m_maxCells) {
        const qsizetype kept = qsizetype(m_maxCells / qint64(selected.size()));
        warnings.addLine(0, tr("The table would hold %1 × %2 cells; only the first %3 rows are read")
                                .arg(rows).arg(selected.size()).arg(kept));
        rows = kept;
        dataEnd = dataStart + rows;
    }

    if (m_cellLimitHit)
        warnings.addLine(0, tr("The file holds more than %1 cells; only the first %1 were read").arg(m_maxCells));

    QStringList names;
    for (const Selected &s : selected)
        names.append(s.name);
    names = DataTable::uniqueNames(names);

    // Per string id: -1 unseen, -2 a missing marker, else the index among the column's distinct texts.
    std::vector<qint32> slot(size_t(m_strings.size()), -1);
    std::vector<qint32> touched;
    const TextColumnInference::MissingMarkers markers(options);

    QList<DataColumn> columns;
    columns.reserve(qsizetype(selected.size()));
    for (size_t s = 0; s < selected.size(); ++s) {
        const qsizetype col = selected[s].index;
        const Column &c = size_t(col) < m_columns.size() ? m_columns[size_t(col)] : emptyColumn;
        const size_t begin = size_t(dataStart);
        const size_t end = size_t(dataEnd);
        auto kindAt = [&](size_t row) { return row < c.kinds.size() ? c.kinds[row] : Kind::Empty; };

        unsigned present = 0;
        qsizetype presentCount = 0;
        QStringList distinct;
        for (size_t row = begin; row < end && row < c.kinds.size(); ++row) {
            switch (c.kinds[row]) {
            case Kind::Integer: present |= IntegerBit; ++presentCount; break;
            case Kind::Float: present |= FloatBit; ++presentCount; break;
            case Kind::Boolean: present |= BooleanBit; ++presentCount; break;
            case Kind::DateTime: present |= DateTimeBit; ++presentCount; break;
            case Kind::Text: {
                const qint32 id = qint32(c.payload[row]);
                if (slot[size_t(id)] == -1) {
                    touched.push_back(id);
                    if (markers.contains(m_strings.at(id))) {
                        slot[size_t(id)] = -2;
                    } else {
                        slot[size_t(id)] = qint32(distinct.size());
                        distinct.append(m_strings.at(id));
                    }
                }
                if (slot[size_t(id)] >= 0)
                    ++presentCount;
                break;
            }
            default:
                break;
            }
        }

        TextColumnTypes textTypes;
        if (!distinct.isEmpty()) {
            textTypes = TextColumnInference::infer(distinct, options);
            if (!isStringType(textTypes.type))
                present |= bitOf(textTypes.type);
        }
        const bool textIsString = !distinct.isEmpty() && isStringType(textTypes.type);

        ColumnType type = ColumnType::Text;
        if (textIsString || present == 0)
            type = ColumnType::Text;
        else if ((present & ~unsigned(IntegerBit | FloatBit)) == 0)
            type = (present & FloatBit) ? ColumnType::Float : ColumnType::Integer;
        else if (std::popcount(present) == 1)
            type = present == BooleanBit ? ColumnType::Boolean : ColumnType::DateTime;
        // else: mixed kinds (numbers and booleans, dates and numbers …) stay text

        const auto forced = options.typeOverrides.constFind(int(selected[s].position));
        const bool isForced = forced != options.typeOverrides.cend();
        if (isForced) {
            type = forced.value();
            if (!distinct.isEmpty() && !isStringType(type) && textTypes.type != type
                && !(type == ColumnType::Float && textTypes.type == ColumnType::Integer))
                textTypes = TextColumnInference::infer(distinct, options, type);
        }

        const QString &name = names.at(qsizetype(s));
        auto warnUnfit = [&](size_t row, const QString &text) {
            warnings.addCell(nameOf(qsizetype(row), col),
                             tr("\"%1\" is not a %2; read as missing").arg(text, columnTypeDisplayName(type)));
        };

        if (isStringType(type)) {
            QStringList dictionary;
            std::vector<qint32> codes(size_t(rows), -1);
            std::vector<qint32> textCode(size_t(distinct.size()), -1);
            QHash<QString, qint32> renderedCode;
            for (size_t row = begin; row < end && row < c.kinds.size(); ++row) {
                const Kind k = c.kinds[row];
                if (k == Kind::Empty || k == Kind::Error)
                    continue;
                qint32 code = -1;
                if (k == Kind::Text) {
                    const qint32 d = slot[size_t(c.payload[row])];
                    if (d < 0)
                        continue;
                    if (textCode[size_t(d)] < 0) {
                        textCode[size_t(d)] = qint32(dictionary.size());
                        renderedCode.insert(distinct.at(d), qint32(dictionary.size()));
                        dictionary.append(distinct.at(d));
                    }
                    code = textCode[size_t(d)];
                } else {
                    const QString text = cellText(c, row);
                    auto it = renderedCode.constFind(text);
                    if (it == renderedCode.cend())
                        it = renderedCode.insert(text, qint32(dictionary.size())), dictionary.append(text);
                    code = it.value();
                }
                codes[row - begin] = code;
            }
            if (!isForced)
                type = TextColumnInference::isCategorical(dictionary.size(), presentCount) ? ColumnType::Categorical
                                                                                         : ColumnType::Text;
            MissingBits missing;
            for (size_t row = 0; row < codes.size(); ++row)
                if (codes[row] < 0)
                    missing.set(row);
            columns.append(DataColumnBuilder::adoptCodes(name, type, std::move(codes), std::move(dictionary), missing.take()));
        } else {
            const bool textMatches = !distinct.isEmpty() && textTypes.type == type;
            const bool textToFloat = !distinct.isEmpty() && type == ColumnType::Float && textTypes.type == ColumnType::Integer;
            std::vector<qint64> integers;
            std::vector<double> floats;
            if (type == ColumnType::Float)
                floats.assign(size_t(rows), 0.0);
            else
                integers.assign(size_t(rows), 0);
            MissingBits missing;
            for (size_t row = begin; row < end; ++row) {
                const size_t at = row - begin;
                const Kind k = kindAt(row);
                const qint64 p = k == Kind::Empty ? 0 : c.payload[row];
                std::optional<qint64> i;
                std::optional<double> d;
                switch (k) {
                case Kind::Empty:
                case Kind::Error:
                    break;
                case Kind::Integer:
                    if (type == ColumnType::Float) d = double(p);
                    else if (type == ColumnType::Integer) i = p;
                    break;
                case Kind::Float:
                    if (type == ColumnType::Float) d = std::bit_cast<double>(p);
                    else if (type == ColumnType::Integer && std::bit_cast<double>(p) == std::trunc(std::bit_cast<double>(p))
                             && std::abs(std::bit_cast<double>(p)) < 9.2e18)
                        i = qint64(std::bit_cast<double>(p));
                    break;
                case Kind::Boolean:
                    if (type == ColumnType::Boolean || type == ColumnType::Integer) i = p;
                    else if (type == ColumnType::Float) d = double(p);
                    break;
                case Kind::DateTime:
                    if (type == ColumnType::DateTime) i = p;
                    break;
                case Kind::Text: {
                    const qint32 dIndex = slot[size_t(p)];
                    if (dIndex == -2)
                        break; // a missing marker
                    if (dIndex < 0 || textTypes.valid.empty() || !textTypes.valid[size_t(dIndex)])
                        break;
                    if (textMatches) {
                        if (type == ColumnType::Float) d = textTypes.floats[size_t(dIndex)];
                        else i = textTypes.integers[size_t(dIndex)];
                    } else if (textToFloat) {
                        d = double(textTypes.integers[size_t(dIndex)]);
                    }
                    break;
                }
                }
                if (type == ColumnType::Float && d) {
                    floats[at] = *d;
                } else if (type != ColumnType::Float && i) {
                    integers[at] = *i;
                } else {
                    missing.set(at);
                    if (k != Kind::Empty && k != Kind::Error && !(k == Kind::Text && slot[size_t(p)] == -2))
                        warnUnfit(row, cellText(c, row));
                }
            }
            if (type == ColumnType::Float)
                columns.append(DataColumnBuilder::adoptFloats(name, std::move(floats), missing.take()));
            else
                columns.append(DataColumnBuilder::adoptIntegers(name, type, std::move(integers), missing.take()));
        }
        for (const qint32 id : touched)
            slot[size_t(id)] = -1;
        touched.clear();
    }
    return std::make_shared<const DataTable>(std::move(columns));
}
