#pragma once

// Differential checks of JsonReader's fast path (JsonRecordParser) against its DOM walk: the same
// input must give the same table, cell by cell, the same warnings, or the same error.
#include "jsonreader.h"
#include "jsonrecordparser.h"

#include <QBuffer>
#include <QTest>

#include <simdjson.h>

namespace JsonTest {
using namespace Qt::StringLiterals;

inline ImportResult readJson(const QByteArray &bytes, const ImportOptions &options = {}, const ImportControl &control = {},
                             JsonReader::Walk walk = JsonReader::Walk::Auto)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return JsonReader(walk).read(buffer, options, control);
}

// Empty when the two agree, else the first difference.
inline QString difference(const ImportResult &a, const ImportResult &b)
{
    if (a.error != b.error)
        return u"error: \"%1\" vs \"%2\""_s.arg(a.error, b.error);
    if (bool(a.table) != bool(b.table))
        return u"one has a table"_s;
    if (a.totalRows != b.totalRows)
        return u"totalRows %1 vs %2"_s.arg(a.totalRows).arg(b.totalRows);
    if (a.warnings.size() != b.warnings.size())
        return u"%1 vs %2 warnings"_s.arg(a.warnings.size()).arg(b.warnings.size());
    for (qsizetype i = 0; i < a.warnings.size(); ++i)
        if (a.warnings[i].message != b.warnings[i].message || a.warnings[i].line != b.warnings[i].line)
            return u"warning %1: \"%2\" vs \"%3\""_s.arg(i).arg(a.warnings[i].message, b.warnings[i].message);
    if (!a.table)
        return {};
    const DataTable &x = *a.table;
    const DataTable &y = *b.table;
    if (x.columnNames() != y.columnNames())
        return u"names %1 vs %2"_s.arg(x.columnNames().join(u','), y.columnNames().join(u','));
    if (x.rowCount() != y.rowCount())
        return u"rows %1 vs %2"_s.arg(x.rowCount()).arg(y.rowCount());
    for (qsizetype c = 0; c < x.columnCount(); ++c) {
        const DataColumn &p = x.column(c);
        const DataColumn &q = y.column(c);
        if (p.type() != q.type())
            return u"column %1: %2 vs %3"_s.arg(p.name(), columnTypeKey(p.type()), columnTypeKey(q.type()));
        if (p.dictionary() != q.dictionary())
            return u"column %1: dictionaries differ"_s.arg(p.name());
        for (qsizetype r = 0; r < x.rowCount(); ++r) {
            if (p.isMissing(r) != q.isMissing(r) || p.text(r) != q.text(r))
                return u"column %1 row %2: \"%3\" vs \"%4\""_s.arg(p.name()).arg(r).arg(p.text(r), q.text(r));
        }
    }
    return {};
}

// The fast path alone (an array, or JSON Lines), cut into up to `parts` parts of at least `minPartBytes` (a padded copy).
inline JsonRecordParser::Outcome readParts(const QByteArray &bytes, const ImportOptions &options, ImportResult *result,
                                           int parts, size_t minPartBytes = 1, int *partsWalked = nullptr,
                                           size_t chunkBytes = 0, bool lines = false)
{
    simdjson::padded_string copy(bytes.constData(), size_t(bytes.size()));
    const std::string before(copy.data(), copy.size());
    result->format = lines ? u"jsonl"_s : u"json"_s;
    result->encoding = u"UTF-8"_s;
    const auto outcome = lines ? JsonRecordParser::readLines(copy.data(), copy.size(), options, {}, *result, parts, minPartBytes, chunkBytes, partsWalked)
                               : JsonRecordParser::readArray(copy.data(), copy.size(), options, {}, *result, parts, minPartBytes, chunkBytes, partsWalked);
    if (std::string(copy.data(), copy.size()) != before)
        result->error = u"the input was not restored"_s;
    return outcome;
}

} // namespace JsonTest
