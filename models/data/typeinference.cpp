#include "typeinference.h"

#include "datatable.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "missingbits.h"

using namespace Qt::StringLiterals;

namespace {
bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = char(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

QString shown(std::string_view cell)
{
    QString text = QString::fromUtf8(cell.data(), qsizetype(std::min<size_t>(cell.size(), 40)));
    if (cell.size() > 40)
        text += u'…';
    return text;
}

// Collects the warnings of one column, at most maxWarningsPerColumn, then one summary.
class ColumnWarnings
{
    Q_DECLARE_TR_FUNCTIONS(ColumnWarnings)

public:
    ColumnWarnings(const QString &column, QList<ImportWarning> *out, const TypeInference::Locator &where)
        : m_column(column), m_out(out), m_where(where)
    {
    }
    ~ColumnWarnings()
    {
        if (m_out && m_count > TypeInference::maxWarningsPerColumn) {
            m_out->append({0, {}, tr("column \"%1\": %2 more cells could not be read and are missing")
                                       .arg(m_column).arg(m_count - TypeInference::maxWarningsPerColumn)});
        }
    }
    void unreadable(qsizetype row, std::string_view cell, ColumnType type)
    {
        if (!m_out || ++m_count > TypeInference::maxWarningsPerColumn)
            return;
        ImportWarning warning;
        if (m_where)
            m_where(row, &warning);
        else
            warning.line = row + 1;
        warning.message = tr("column \"%1\": \"%2\" is not a valid %3; taken as missing")
                              .arg(m_column, shown(cell), columnTypeDisplayName(type));
        m_out->append(warning);
    }
    void invalidUtf8(qsizetype row)
    {
        if (!m_out || ++m_invalidUtf8 > 10)
            return;
        ImportWarning warning;
        if (m_where)
            m_where(row, &warning);
        else
            warning.line = row + 1;
        warning.message = tr("column \"%1\": invalid UTF-8, replaced by U+FFFD").arg(m_column);
        m_out->append(warning);
    }

private:
    QString m_column;
    QList<ImportWarning> *m_out;
    const TypeInference::Locator &m_where;
    qsizetype m_count = 0;
    qsizetype m_invalidUtf8 = 0;
};

bool isValidUtf8(std::string_view text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = p + text.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}
} // namespace

TypeInference::TypeInference(const ImportOptions &options)
    : m_options(options)
    , m_numbers(options.decimalSeparator.isNull() ? U'.' : char32_t(options.decimalSeparator.unicode()),
                options.thousandsSeparator.isNull() ? 0 : char32_t(options.thousandsSeparator.unicode()))
{
    for (const QString &marker : options.missingMarkers) {
        const QByteArray utf8 = marker.trimmed().toLower().toUtf8();
        if (utf8.isEmpty())
            m_emptyIsMissing = true;
        else
            m_markers.emplace_back(utf8.constData(), size_t(utf8.size()));
    }
}

bool TypeInference::isMissing(std::string_view cell) const
{
    cell = NumberParser::trimmed(cell);
    if (cell.empty())
        return m_emptyIsMissing;
    for (const std::string &marker : m_markers)
        if (equalsIgnoringAsciiCase(cell, marker))
            return true;
    return false;
}

bool TypeInference::parseBoolean(std::string_view text, bool *value)
{
    text = NumberParser::trimmed(text);
    if (equalsIgnoringAsciiCase(text, "true") || equalsIgnoringAsciiCase(text, "yes")) {
        *value = true;
        return true;
    }
    if (equalsIgnoringAsciiCase(text, "false") || equalsIgnoringAsciiCase(text, "no")) {
        *value = false;
        return true;
    }
    return false;
}

bool TypeInference::isCategorical(qsizetype distinct, qsizetype present)
{
    return distinct <= maxCategories && distinct * 2 <= present;
}

int64_t TypeInference::epochFactor(int64_t min, int64_t max)
{
    // Seconds from 1970 to 2100 (some after 1973, so that small counts are no dates), or
    // milliseconds from 1973 to 2100: other integers are no timestamps.
    constexpr int64_t year2100 = 4'102'444'800;
    if (min >= 0 && max <= year2100 && max >= 100'000'000)
        return 1000;
    if (min >= 100'000'000'000 && max <= year2100 * 1000)
        return 1;
    return 0;
}

std::optional<ColumnType> TypeInference::overrideFor(int fileColumn) const
{
    const auto it = m_options.typeOverrides.constFind(fileColumn);
    if (it == m_options.typeOverrides.cend())
        return std::nullopt;
    return it.value();
}

QStringList TypeInference::columnNames(const QStringList &fileNames) const
{
    QStringList names = fileNames;
    for (auto it = m_options.renames.cbegin(); it != m_options.renames.cend(); ++it)
        if (it.key() >= 0 && it.key() < names.size())
            names[it.key()] = it.value();
    return DataTable::uniqueNames(names);
}

DateTimeParser::Order TypeInference::dateOrder(const std::vector<std::string_view> &cells, bool *ok) const
{
    bool dayFirst = true, monthFirst = true, orderMatters = false;
    char separator = 0;
    for (const std::string_view cell : cells) {
        if (isMissing(cell))
            continue;
        const DateTimeParser::Shape shape = DateTimeParser::classify(cell);
        if (!shape.valid || !shape.orderMatters)
            continue;
        orderMatters = true;
        separator = separator ? separator : shape.separator;
        dayFirst = dayFirst && shape.dayFirstOk;
        monthFirst = monthFirst && shape.monthFirstOk;
    }
    *ok = !orderMatters || dayFirst || monthFirst;
    if (dayFirst && monthFirst) // nothing decides: '/' is month-first (US), '.' and '-' day-first
        return separator == '/' ? DateTimeParser::Order::MonthFirst : DateTimeParser::Order::DayFirst;
    return dayFirst ? DateTimeParser::Order::DayFirst : DateTimeParser::Order::MonthFirst;
}

ColumnType TypeInference::infer(const std::vector<std::string_view> &cells) const
{
    bool canInteger = true, canFloat = true, canBoolean = true, canDate = true;
    bool dayFirst = true, monthFirst = true;
    int64_t min = INT64_MAX, max = INT64_MIN;
    qsizetype present = 0;
    for (const std::string_view cell : cells) {
        if (isMissing(cell))
            continue;
        ++present;
        int64_t integer = 0;
        double number = 0;
        bool boolean = false;
        if (canInteger) {
            if (m_numbers.parseInteger(cell, &integer)) {
                min = std::min(min, integer);
                max = std::max(max, integer);
            } else {
                canInteger = false;
            }
        }
        if (!canInteger && canFloat && !m_numbers.parseFloat(cell, &number))
            canFloat = false;
        if (canBoolean && !parseBoolean(cell, &boolean))
            canBoolean = false;
        if (canDate) {
            const DateTimeParser::Shape shape = DateTimeParser::classify(cell);
            dayFirst = dayFirst && (!shape.orderMatters || shape.dayFirstOk);
            monthFirst = monthFirst && (!shape.orderMatters || shape.monthFirstOk);
            canDate = shape.valid && (dayFirst || monthFirst);
        }
        if (!canInteger && !canFloat && !canBoolean && !canDate)
            break;
    }
    if (present == 0)
        return ColumnType::Text;
    if (canInteger)
        return m_options.unixTimestamps && epochFactor(min, max) ? ColumnType::DateTime : ColumnType::Integer;
    if (canFloat)
        return ColumnType::Float;
    if (canBoolean)
        return ColumnType::Boolean;
    if (canDate)
        return ColumnType::DateTime;
    std::unordered_map<std::string_view, char> distinct;
    present = 0;
    for (const std::string_view cell : cells) {
        if (isMissing(cell))
            continue;
        ++present;
        if (distinct.size() <= size_t(maxCategories))
            distinct.emplace(NumberParser::trimmed(cell), 0);
    }
    return isCategorical(qsizetype(distinct.size()), present) ? ColumnType::Categorical : ColumnType::Text;
}

DataColumn TypeInference::build(const QString &name, const std::vector<std::string_view> &cells, int fileColumn,
                                QList<ImportWarning> *warnings, const Locator &where,
                                std::optional<ColumnType> forced) const
{
    if (!forced)
        forced = overrideFor(fileColumn);
    const ColumnType type = forced ? *forced : infer(cells);
    ColumnWarnings problems(name, forced ? warnings : nullptr, where);
    MissingBits missing;
    const size_t rows = cells.size();

    switch (type) {
    case ColumnType::Float: {
        std::vector<double> values(rows, std::numeric_limits<double>::quiet_NaN());
        for (size_t row = 0; row < rows; ++row) {
            if (isMissing(cells[row]) || !m_numbers.parseFloat(cells[row], &values[row])) {
                if (!isMissing(cells[row]))
                    problems.unreadable(qsizetype(row), cells[row], type);
                values[row] = std::numeric_limits<double>::quiet_NaN();
                missing.set(row);
            }
        }
        return DataColumnBuilder::adoptFloats(name, std::move(values), missing.take());
    }
    case ColumnType::Integer:
    case ColumnType::Boolean: {
        std::vector<qint64> values(rows, 0);
        for (size_t row = 0; row < rows; ++row) {
            const std::string_view cell = cells[row];
            if (isMissing(cell)) {
                missing.set(row);
                continue;
            }
            int64_t integer = 0;
            double number = 0;
            bool boolean = false;
            bool ok = false;
            if (type == ColumnType::Integer) {
                ok = m_numbers.parseInteger(cell, &integer);
                if (!ok && m_numbers.parseFloat(cell, &number) && std::isfinite(number) && std::trunc(number) == number
                    && std::abs(number) < 9.2e18) {
                    integer = int64_t(number);
                    ok = true;
                }
            } else {
                ok = parseBoolean(cell, &boolean);
                if (!ok && m_numbers.parseInteger(cell, &integer) && (integer == 0 || integer == 1)) {
                    boolean = integer == 1;
                    ok = true;
                }
                integer = boolean ? 1 : 0;
            }
            if (ok) {
                values[row] = integer;
            } else {
                problems.unreadable(qsizetype(row), cell, type);
                missing.set(row);
            }
        }
        return DataColumnBuilder::adoptIntegers(name, type, std::move(values), missing.take());
    }
    case ColumnType::DateTime: {
        bool orderOk = true;
        const DateTimeParser::Order order = dateOrder(cells, &orderOk);
        // Integer cells are Unix timestamps only when asked, with the unit the whole column suggests.
        int64_t factor = 0;
        if (m_options.unixTimestamps) {
            int64_t min = INT64_MAX, max = INT64_MIN, value = 0;
            for (const std::string_view cell : cells) {
                if (!isMissing(cell) && m_numbers.parseInteger(cell, &value)) {
                    min = std::min(min, value);
                    max = std::max(max, value);
                }
            }
            factor = min <= max ? epochFactor(min, max) : 0;
            if (!factor && min <= max)
                factor = 1000;
        }
        std::vector<qint64> values(rows, 0);
        for (size_t row = 0; row < rows; ++row) {
            const std::string_view cell = cells[row];
            if (isMissing(cell)) {
                missing.set(row);
                continue;
            }
            int64_t value = 0;
            if (DateTimeParser::parse(cell, order, &value)) {
                values[row] = value;
            } else if (factor && m_numbers.parseInteger(cell, &value)
                       && std::abs(value) < INT64_MAX / 1000) {
                values[row] = value * factor;
            } else {
                problems.unreadable(qsizetype(row), cell, type);
                missing.set(row);
            }
        }
        return DataColumnBuilder::adoptIntegers(name, type, std::move(values), missing.take());
    }
    case ColumnType::Categorical:
    case ColumnType::Text: {
        // Dictionary over the UTF-8 bytes; a QString is made once per distinct value.
        std::unordered_map<std::string_view, qint32> codeOf;
        std::vector<qint32> codes(rows, -1);
        QStringList dictionary;
        ColumnWarnings encoding(name, warnings, where);
        for (size_t row = 0; row < rows; ++row) {
            const std::string_view cell = cells[row];
            if (isMissing(cell)) {
                missing.set(row);
                continue;
            }
            const auto [it, inserted] = codeOf.try_emplace(cell, qint32(dictionary.size()));
            if (inserted) {
                if (!isValidUtf8(cell))
                    encoding.invalidUtf8(qsizetype(row));
                dictionary.append(QString::fromUtf8(cell.data(), qsizetype(cell.size())));
            }
            codes[row] = it->second;
        }
        return DataColumnBuilder::adoptCodes(name, type, std::move(codes), std::move(dictionary), missing.take());
    }
    }
    return {};
}

DataColumn TypeInference::build(const QString &name, const QStringList &cells, int fileColumn,
                                QList<ImportWarning> *warnings, const Locator &where,
                                std::optional<ColumnType> forced) const
{
    std::vector<QByteArray> utf8;
    utf8.reserve(size_t(cells.size()));
    std::vector<std::string_view> views;
    views.reserve(size_t(cells.size()));
    for (const QString &cell : cells) {
        utf8.push_back(cell.toUtf8());
        views.emplace_back(utf8.back().constData(), size_t(utf8.back().size()));
    }
    return build(name, views, fileColumn, warnings, where, forced);
}
