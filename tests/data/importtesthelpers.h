#pragma once

#include "dataimport.h"

#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

// Options written as "key=value;key=value" in data-driven tests: decimal, thousands, skip, header,
// comment, quote, escape, delimiter, encoding, unix, type<N>, rename<N>, missing (a|b|c).
inline ImportOptions parseTestOptions(const QString &spec)
{
    ImportOptions options;
    for (const QString &part : spec.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        const QString key = part.left(equals);
        const QString value = part.mid(equals + 1);
        const QChar c = value.isEmpty() ? QChar() : (value == u"\\t"_s ? QChar(u'\t') : value.at(0));
        if (key == u"decimal"_s)
            options.decimalSeparator = c;
        else if (key == u"thousands"_s)
            options.thousandsSeparator = c;
        else if (key == u"skip"_s)
            options.skipLines = value.toInt();
        else if (key == u"header"_s)
            options.headerRow = value.toInt();
        else if (key == u"comment"_s)
            options.commentPrefix = value;
        else if (key == u"quote"_s)
            options.quote = c;
        else if (key == u"escape"_s)
            options.escape = c;
        else if (key == u"delimiter"_s)
            options.delimiter = c;
        else if (key == u"encoding"_s)
            options.encoding = value;
        else if (key == u"unix"_s)
            options.unixTimestamps = value == u"1"_s;
        else if (key == u"missing"_s)
            options.missingMarkers = value.split(u'|');
        else if (key == u"threads"_s)
            options.threads = value.toInt();
        else if (key.startsWith(u"type"_s)) {
            ColumnType type;
            if (columnTypeFromKey(value, &type))
                options.typeOverrides.insert(key.mid(4).toInt(), type);
        } else if (key.startsWith(u"rename"_s)) {
            options.renames.insert(key.mid(6).toInt(), value);
        }
    }
    return options;
}

inline QStringList typeKeys(const DataTable &table)
{
    QStringList keys;
    for (const DataColumn &column : table.columns())
        keys.append(columnTypeKey(column.type()));
    return keys;
}

// A cell as text, "NA" when missing.
inline QString cellText(const DataTable &table, qsizetype row, qsizetype column)
{
    const DataColumn &c = table.column(column);
    return c.isMissing(row) ? u"NA"_s : c.text(row);
}
