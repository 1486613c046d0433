#include "datacolumn.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <bit>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
struct TypeName
{
    ColumnType type;
    QStringView key;
    const char *displayName;
};
constexpr TypeName typeNames[] = {
    {ColumnType::Integer, u"integer", QT_TRANSLATE_NOOP("ColumnType", "integer")},
    {ColumnType::Float, u"float", QT_TRANSLATE_NOOP("ColumnType", "float")},
    {ColumnType::Boolean, u"boolean", QT_TRANSLATE_NOOP("ColumnType", "boolean")},
    {ColumnType::DateTime, u"datetime", QT_TRANSLATE_NOOP("ColumnType", "date/time")},
    {ColumnType::Categorical, u"categorical", QT_TRANSLATE_NOOP("ColumnType", "categorical")},
    {ColumnType::Text, u"text", QT_TRANSLATE_NOOP("ColumnType", "text")},
};
} // namespace

QString columnTypeKey(ColumnType type)
{
    for (const TypeName &name : typeNames)
        if (name.type == type)
            return name.key.toString();
    return {};
}

bool columnTypeFromKey(QStringView key, ColumnType *type)
{
    for (const TypeName &name : typeNames) {
        if (name.key == key) {
            *type = name.type;
            return true;
        }
    }
    return false;
}

QString columnTypeDisplayName(ColumnType type)
{
    for (const TypeName &name : typeNames)
        if (name.type == type)
            return QCoreApplication::translate("ColumnType", name.displayName);
    return {};
}

qint64 DataColumn::integer(qsizetype row) const
{
    switch (m_type) {
    case ColumnType::Float:
        return std::isfinite(m_floats[size_t(row)]) ? qint64(m_floats[size_t(row)]) : 0;
    case ColumnType::Categorical:
    case ColumnType::Text:
        return m_codes[size_t(row)];
    default:
        return m_integers[size_t(row)];
    }
}

double DataColumn::number(qsizetype row) const
{
    if (isMissing(row))
        return std::numeric_limits<double>::quiet_NaN();
    switch (m_type) {
    case ColumnType::Float:
        return m_floats[size_t(row)];
    case ColumnType::Categorical:
    case ColumnType::Text:
        return std::numeric_limits<double>::quiet_NaN();
    default:
        return double(m_integers[size_t(row)]);
    }
}

QDateTime DataColumn::dateTime(qsizetype row) const
{
    if (m_type != ColumnType::DateTime || isMissing(row))
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_integers[size_t(row)], Qt::UTC);
}

QString DataColumn::text(qsizetype row) const
{
    if (isMissing(row))
        return {};
    switch (m_type) {
    case ColumnType::Integer:
        return QString::number(m_integers[size_t(row)]);
    case ColumnType::Float:
        return QString::number(m_floats[size_t(row)], 'g', 17);
    case ColumnType::Boolean:
        return m_integers[size_t(row)] ? u"true"_s : u"false"_s;
    case ColumnType::DateTime:
        return dateTime(row).toString(Qt::ISODateWithMs);
    case ColumnType::Categorical:
    case ColumnType::Text:
        return m_dictionary.at(m_codes[size_t(row)]);
    }
    return {};
}

QVariant DataColumn::value(qsizetype row) const
{
    if (isMissing(row))
        return {};
    switch (m_type) {
    case ColumnType::Integer:
        return QVariant::fromValue(m_integers[size_t(row)]);
    case ColumnType::Float:
        return m_floats[size_t(row)];
    case ColumnType::Boolean:
        return m_integers[size_t(row)] != 0;
    case ColumnType::DateTime:
        return dateTime(row);
    case ColumnType::Categorical:
    case ColumnType::Text:
        return m_dictionary.at(m_codes[size_t(row)]);
    }
    return {};
}

qsizetype DataColumn::byteSize() const
{
    qsizetype bytes = qsizetype(m_floats.capacity() * sizeof(double) + m_integers.capacity() * sizeof(qint64)
                                + m_codes.capacity() * sizeof(qint32) + m_missing.capacity() * sizeof(quint64));
    for (const QString &value : m_dictionary)
        bytes += value.size() * qsizetype(sizeof(QChar)) + qsizetype(sizeof(QString));
    return bytes;
}

DataColumnBuilder::DataColumnBuilder(QString name, ColumnType type, qsizetype reserveRows)
{
    m_column.m_name = std::move(name);
    m_column.m_type = type;
    if (reserveRows > 0) {
        if (type == ColumnType::Float)
            m_column.m_floats.reserve(size_t(reserveRows));
        else if (isStringType(type))
            m_column.m_codes.reserve(size_t(reserveRows));
        else
            m_column.m_integers.reserve(size_t(reserveRows));
    }
}

void DataColumnBuilder::appendInteger(qint64 value)
{
    Q_ASSERT(!isStringType(m_column.m_type) && m_column.m_type != ColumnType::Float);
    m_column.m_integers.push_back(value);
    ++m_column.m_rows;
}

void DataColumnBuilder::appendFloat(double value)
{
    Q_ASSERT(m_column.m_type == ColumnType::Float);
    m_column.m_floats.push_back(value);
    ++m_column.m_rows;
}

void DataColumnBuilder::appendText(QStringView value)
{
    Q_ASSERT(isStringType(m_column.m_type));
    const QString key = value.toString();
    auto it = m_codeOf.constFind(key);
    if (it == m_codeOf.cend()) {
        it = m_codeOf.insert(key, qint32(m_column.m_dictionary.size()));
        m_column.m_dictionary.append(key);
    }
    m_column.m_codes.push_back(it.value());
    ++m_column.m_rows;
}

void DataColumnBuilder::appendMissing()
{
    switch (m_column.m_type) {
    case ColumnType::Float:
        m_column.m_floats.push_back(std::numeric_limits<double>::quiet_NaN());
        break;
    case ColumnType::Categorical:
    case ColumnType::Text:
        m_column.m_codes.push_back(-1);
        break;
    default:
        m_column.m_integers.push_back(0);
    }
    markMissing();
    ++m_column.m_rows;
}

void DataColumnBuilder::markMissing()
{
    const size_t row = size_t(m_column.m_rows);
    if (m_column.m_missing.size() <= (row >> 6))
        m_column.m_missing.resize((row >> 6) + 1, 0);
    m_column.m_missing[row >> 6] |= quint64(1) << (row & 63);
    ++m_column.m_missingCount;
}

DataColumn DataColumnBuilder::take()
{
    // The bit set covers every row, so isMissing() never reads past it.
    if (m_column.m_missingCount > 0)
        m_column.m_missing.resize((size_t(m_column.m_rows) + 63) >> 6, 0);
    m_codeOf.clear();
    return std::exchange(m_column, DataColumn{});
}

DataColumn DataColumnBuilder::fromFloats(QString name, std::vector<double> values, const std::vector<bool> &missing)
{
    DataColumnBuilder builder(std::move(name), ColumnType::Float);
    builder.m_column.m_floats = std::move(values);
    for (size_t row = 0; row < builder.m_column.m_floats.size(); ++row) {
        if (row < missing.size() && missing[row]) {
            builder.m_column.m_floats[row] = std::numeric_limits<double>::quiet_NaN();
            builder.markMissing();
        }
        ++builder.m_column.m_rows;
    }
    return builder.take();
}

DataColumn DataColumnBuilder::fromIntegers(QString name, ColumnType type, std::vector<qint64> values,
                                           const std::vector<bool> &missing)
{
    DataColumnBuilder builder(std::move(name), type);
    builder.m_column.m_integers = std::move(values);
    for (size_t row = 0; row < builder.m_column.m_integers.size(); ++row) {
        if (row < missing.size() && missing[row])
            builder.markMissing();
        ++builder.m_column.m_rows;
    }
    return builder.take();
}

DataColumn DataColumnBuilder::fromTexts(QString name, ColumnType type, const QStringList &values,
                                        const std::vector<bool> &missing)
{
    DataColumnBuilder builder(std::move(name), type, values.size());
    for (qsizetype row = 0; row < values.size(); ++row) {
        if (size_t(row) < missing.size() && missing[size_t(row)])
            builder.appendMissing();
        else
            builder.appendText(values.at(row));
    }
    return builder.take();
}

void DataColumnBuilder::adoptMissing(std::vector<quint64> missingBits)
{
    const size_t rows = size_t(m_column.m_rows);
    missingBits.resize((rows + 63) >> 6, 0);
    if (rows & 63)
        missingBits.back() &= (quint64(1) << (rows & 63)) - 1;
    qsizetype count = 0;
    for (const quint64 word : missingBits)
        count += qsizetype(std::popcount(word));
    m_column.m_missingCount = count;
    if (count > 0) {
        missingBits.shrink_to_fit();
        m_column.m_missing = std::move(missingBits);
    }
}

DataColumn DataColumnBuilder::adoptFloats(QString name, std::vector<double> values, std::vector<quint64> missingBits)
{
    DataColumnBuilder builder(std::move(name), ColumnType::Float);
    builder.m_column.m_rows = qsizetype(values.size());
    builder.m_column.m_floats = std::move(values);
    builder.adoptMissing(std::move(missingBits));
    return std::exchange(builder.m_column, DataColumn{});
}

DataColumn DataColumnBuilder::adoptIntegers(QString name, ColumnType type, std::vector<qint64> values,
                                            std::vector<quint64> missingBits)
{
    Q_ASSERT(!isStringType(type) && type != ColumnType::Float);
    DataColumnBuilder builder(std::move(name), type);
    builder.m_column.m_rows = qsizetype(values.size());
    builder.m_column.m_integers = std::move(values);
    builder.adoptMissing(std::move(missingBits));
    return std::exchange(builder.m_column, DataColumn{});
}

DataColumn DataColumnBuilder::adoptCodes(QString name, ColumnType type, std::vector<qint32> codes,
                                         QStringList dictionary, std::vector<quint64> missingBits)
{
    Q_ASSERT(isStringType(type));
    DataColumnBuilder builder(std::move(name), type);
    builder.m_column.m_rows = qsizetype(codes.size());
    builder.m_column.m_codes = std::move(codes);
    builder.m_column.m_dictionary = std::move(dictionary);
    builder.adoptMissing(std::move(missingBits));
    return std::exchange(builder.m_column, DataColumn{});
}
