#pragma once
// Shared by the spreadsheet reader tests: the files written by make-spreadsheets.py (generated at
// test time into the build folder, by the CTest fixture or on first use), the cell-by-cell
// comparison against what the script wrote, and a small zip writer for hand-made hostile packages.

#include "dataimport.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cmath>

namespace SpreadsheetTest {

using namespace Qt::StringLiterals;

inline QString filesDir()
{
    const QString dir = QStringLiteral(PLOTBENCH_SPREADSHEETS_DIR);
    const QString script = QStringLiteral(PLOTBENCH_SOURCE_DIR) + u"/tests/data/make-spreadsheets.py"_s;
    const QFileInfo expected(dir + u"/expected.json"_s);
    // Run directly (not through the CTest fixture), or after the script changed: write the files.
    if (!expected.exists() || expected.lastModified() < QFileInfo(script).lastModified()) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(u"/usr/bin/python3"_s, {script, dir});
        process.waitForFinished(300000);
    }
    return dir;
}

// The expectations for files whose name ends with `suffix`.
inline QList<QJsonObject> expectations(const QString &suffix)
{
    QFile file(filesDir() + u"/expected.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> list;
    const QJsonArray files = QJsonDocument::fromJson(file.readAll()).object().value(u"files"_s).toArray();
    for (const QJsonValue &value : files)
        if (value.toObject().value(u"file"_s).toString().endsWith(suffix))
            list.append(value.toObject());
    return list;
}

inline ImportOptions optionsOf(const QJsonObject &expected)
{
    ImportOptions options;
    const QJsonObject o = expected.value(u"options"_s).toObject();
    options.sheet = o.value(u"sheet"_s).toString();
    options.cellRange = o.value(u"cellRange"_s).toString();
    return options;
}

// Every column, type and cell of `result` against the script's record of what it wrote.
inline void compareTable(const ImportResult &result, const QJsonObject &expected)
{
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.table);
    QStringList sheets;
    for (const QJsonValue &s : expected.value(u"sheets"_s).toArray())
        sheets.append(s.toString());
    QCOMPARE(result.sheets, sheets);
    const QJsonArray columns = expected.value(u"columns"_s).toArray();
    QStringList names;
    for (const QJsonValue &c : columns)
        names.append(c.toObject().value(u"name"_s).toString());
    QCOMPARE(result.table->columnNames(), names);
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QJsonObject ec = columns.at(c).toObject();
        const DataColumn &column = result.table->column(c);
        QCOMPARE(columnTypeKey(column.type()), ec.value(u"type"_s).toString());
        const QJsonArray values = ec.value(u"values"_s).toArray();
        QCOMPARE(column.rowCount(), values.size());
        for (qsizetype row = 0; row < values.size(); ++row) {
            const QJsonValue v = values.at(row);
            const QString where = column.name() + u" row "_s + QString::number(row);
            if (v.isNull()) {
                QVERIFY2(column.isMissing(row), qPrintable(where + u" should be missing"_s));
                continue;
            }
            QVERIFY2(!column.isMissing(row), qPrintable(where + u" is missing"_s));
            switch (column.type()) {
            case ColumnType::Integer:
                QCOMPARE(column.integer(row), qint64(v.toDouble()));
                break;
            case ColumnType::Float:
                QVERIFY2(std::abs(column.number(row) - v.toDouble()) <= 1e-9 * std::max(1.0, std::abs(v.toDouble())),
                         qPrintable(where + u": "_s + QString::number(column.number(row))));
                break;
            case ColumnType::Boolean:
                QCOMPARE(column.integer(row) != 0, v.toBool());
                break;
            case ColumnType::DateTime:
                QCOMPARE(column.dateTime(row), QDateTime::fromString(v.toString(), Qt::ISODateWithMs));
                break;
            default:
                QCOMPARE(column.text(row), v.toString());
            }
        }
    }
    QStringList warnedCells;
    for (const ImportWarning &w : result.warnings)
        warnedCells.append(w.cell);
    for (const QJsonValue &cell : expected.value(u"errorCells"_s).toArray())
        QVERIFY2(warnedCells.contains(cell.toString()), qPrintable(u"no warning for "_s + cell.toString()));
}

struct ZipPart
{
    QString name;
    QByteArray data;
    int level = 6;
};

inline QByteArray makeZip(const QList<ZipPart> &parts)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        zip.setAutoClose(false);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        for (const ZipPart &part : parts) {
            QuaZipFile file(&zip);
            file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.name), nullptr, 0, Z_DEFLATED, part.level);
            file.write(part.data);
            file.close();
        }
        zip.close();
    }
    return buffer.data();
}

// A minimal xlsx: one sheet "S" with `sheetData` (the inside of <sheetData>), optional shared strings.
inline QList<ZipPart> minimalXlsx(const QByteArray &sheetData, const QByteArray &sharedStrings = {})
{
    const QByteArray ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    QList<ZipPart> parts{
        {u"_rels/.rels"_s, "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                           "<Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
        {u"xl/workbook.xml"_s, "<?xml version=\"1.0\"?><workbook xmlns=\"" + ns + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                               "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {u"xl/_rels/workbook.xml.rels"_s, "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/data.xml\"/>"
                                          "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"},
        {u"xl/worksheets/data.xml"_s, "<?xml version=\"1.0\"?><worksheet xmlns=\"" + ns + "\"><sheetData>" + sheetData + "</sheetData></worksheet>"},
    };
    if (!sharedStrings.isNull())
        parts.append({u"xl/sharedStrings.xml"_s, sharedStrings});
    return parts;
}

} // namespace SpreadsheetTest
