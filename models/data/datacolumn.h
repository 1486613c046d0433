#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <limits>
#include <vector>

// The kinds of values a column holds, inferred over the whole column by the importers.
enum class ColumnType : quint8 {
    Integer,     // int64
    Float,       // float64
    Boolean,     // stored as int64 0/1
    DateTime,    // int64 milliseconds since the Unix epoch, UTC
    Categorical, // dictionary-encoded text with few distinct values
    Text,        // dictionary-encoded free text
};

QString columnTypeKey(ColumnType type);      // "integer", "float", "boolean", "datetime", "categorical", "text"
bool columnTypeFromKey(QStringView key, ColumnType *type);
QString columnTypeDisplayName(ColumnType type); // translated
inline bool isNumericType(ColumnType t) { return t == ColumnType::Integer || t == ColumnType::Float; }
inline bool isStringType(ColumnType t) { return t == ColumnType::Categorical || t == ColumnType::Text; }

// One typed column, compact: numbers in one contiguous array, strings as codes into a dictionary,
// missing values in a bit set. Immutable once built (see DataColumnBuilder).
class DataColumn
{
public:
    DataColumn() = default;

    const QString &name() const { return m_name; }
    ColumnType type() const { return m_type; }
    qsizetype rowCount() const { return m_rows; }
    qsizetype missingCount() const { return m_missingCount; }

    bool isMissing(qsizetype row) const
    {
        return m_missingCount > 0 && (m_missing[size_t(row) >> 6] >> (row & 63)) & 1u;
    }
    // Integer, Boolean, DateTime: the stored int64; Float: truncated; strings: the dictionary code.
    qint64 integer(qsizetype row) const;
    // Any numeric, boolean or datetime column as a double (datetime: ms since the epoch);
    // NaN when missing or for string columns.
    double number(qsizetype row) const;
    // Strings: the value; other types: their canonical text (ISO 8601 for datetimes). Empty when missing.
    QString text(qsizetype row) const;
    QDateTime dateTime(qsizetype row) const; // invalid unless a DateTime column and present
    // A typed QVariant (qint64, double, bool, QDateTime, QString); invalid when missing.
    QVariant value(qsizetype row) const;

    // Strings: the distinct values, codes index into it.
    const QStringList &dictionary() const { return m_dictionary; }
    qint32 code(qsizetype row) const { return m_codes[size_t(row)]; }
    // Contiguous storage, for fast loops (plots, statistics).
    const std::vector<double> &floats() const { return m_floats; }
    const std::vector<qint64> &integers() const { return m_integers; }

    // Bytes held by the typed storage: the measure of "compact".
    qsizetype byteSize() const;

private:
    friend class DataColumnBuilder;
    QString m_name;
    ColumnType m_type = ColumnType::Text;
    qsizetype m_rows = 0;
    qsizetype m_missingCount = 0;
    std::vector<double> m_floats;     // Float
    std::vector<qint64> m_integers;   // Integer, Boolean, DateTime
    std::vector<qint32> m_codes;      // Categorical, Text
    QStringList m_dictionary;         // Categorical, Text
    std::vector<quint64> m_missing;   // one bit per row, allocated only when something is missing
};

// Builds one column row by row (or from whole arrays), then hands it over with take().
class DataColumnBuilder
{
public:
    DataColumnBuilder(QString name, ColumnType type, qsizetype reserveRows = 0);

    void appendInteger(qint64 value);     // Integer, Boolean, DateTime
    void appendFloat(double value);       // Float
    void appendText(QStringView value);   // Categorical, Text (dictionary-encoded)
    void appendMissing();
    qsizetype rowCount() const { return m_column.m_rows; }

    DataColumn take();

    // Whole-array constructors for importers and tests. `missing` may be empty (nothing missing).
    static DataColumn fromFloats(QString name, std::vector<double> values, const std::vector<bool> &missing = {});
    static DataColumn fromIntegers(QString name, ColumnType type, std::vector<qint64> values,
                                   const std::vector<bool> &missing = {});
    static DataColumn fromTexts(QString name, ColumnType type, const QStringList &values,
                                const std::vector<bool> &missing = {});

    // Whole arrays handed over without a copy (the fast path of the readers). `missingBits` holds
    // one bit per row (row r: bit r % 64 of word r / 64), or is empty when nothing is missing.
    static DataColumn adoptFloats(QString name, std::vector<double> values, std::vector<quint64> missingBits);
    static DataColumn adoptIntegers(QString name, ColumnType type, std::vector<qint64> values,
                                    std::vector<quint64> missingBits);
    static DataColumn adoptCodes(QString name, ColumnType type, std::vector<qint32> codes, QStringList dictionary,
                                 std::vector<quint64> missingBits);

private:
    void adoptMissing(std::vector<quint64> missingBits);
    void markMissing();
    DataColumn m_column;
    QHash<QString, qint32> m_codeOf;
};
