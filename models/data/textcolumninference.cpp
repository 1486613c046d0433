#include "textcolumninference.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

bool parseInteger(QStringView text, qint64 *value)
{
    bool ok = false;
    *value = text.trimmed().toLongLong(&ok);
    return ok;
}

bool parseFloat(QStringView text, double *value)
{
    bool ok = false;
    const QStringView trimmed = text.trimmed();
    *value = trimmed.toDouble(&ok);
    return ok && !trimmed.isEmpty();
}

bool parseBoolean(QStringView text, qint64 *value)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"true", Qt::CaseInsensitive) == 0) {
        *value = 1;
        return true;
    }
    if (t.compare(u"false", Qt::CaseInsensitive) == 0) {
        *value = 0;
        return true;
    }
    return false;
}

// ISO 8601 dates and date-times; without an offset they are read as UTC.
bool parseDateTime(QStringView text, qint64 *msecs)
{
    const QString t = text.trimmed().toString();
    if (t.size() < 10 || t.at(4) != u'-')
        return false;
    QDateTime dateTime = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dateTime.isValid()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return false;
        dateTime = date.startOfDay(QTimeZone::utc());
    } else if (dateTime.timeSpec() == Qt::LocalTime) {
        dateTime.setTimeZone(QTimeZone::utc());
    }
    *msecs = dateTime.toMSecsSinceEpoch();
    return true;
}

} // namespace

namespace TextColumnInference {

bool isCategorical(qsizetype distinct, qsizetype present)
{
    return distinct > 0 && distinct <= 1000 && distinct * 2 <= present;
}

bool isMissingMarker(QStringView text, const ImportOptions &options)
{
    const QStringView trimmed = text.trimmed();
    for (const QString &marker : options.missingMarkers)
        if (trimmed == marker)
            return true;
    return false;
}

bool convert(QStringView text, ColumnType type, const ImportOptions &, qint64 *integer, double *number)
{
    switch (type) {
    case ColumnType::Integer:
        return parseInteger(text, integer);
    case ColumnType::Float:
        return parseFloat(text, number);
    case ColumnType::Boolean:
        return parseBoolean(text, integer);
    case ColumnType::DateTime:
        return parseDateTime(text, integer);
    case ColumnType::Categorical:
    case ColumnType::Text:
        return true;
    }
    return false;
}

TextColumnTypes infer(const QStringList &values, const ImportOptions &options)
{
    TextColumnTypes result;
    if (values.isEmpty())
        return result;
    // Tried from the narrowest type; the first that fits every value wins.
    for (const ColumnType type : {ColumnType::Integer, ColumnType::Float, ColumnType::Boolean, ColumnType::DateTime}) {
        std::vector<qint64> integers;
        std::vector<double> floats;
        bool fits = true;
        for (const QString &value : values) {
            qint64 i = 0;
            double d = 0;
            if (!convert(value, type, options, &i, &d)) {
                fits = false;
                break;
            }
            integers.push_back(i);
            floats.push_back(d);
        }
        if (fits) {
            result.type = type;
            if (type == ColumnType::Float)
                result.floats = std::move(floats);
            else
                result.integers = std::move(integers);
            return result;
        }
    }
    result.type = ColumnType::Text;
    return result;
}

} // namespace TextColumnInference
