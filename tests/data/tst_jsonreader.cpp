// JsonReader: files written by Python's json module and pandas (every to_json orient), checked cell
// by cell against make-spreadsheets.py's record; each layout and option; and hostile input (nesting
// 10,000 deep, duplicate keys, invalid UTF-8, truncation, 100,000 columns, huge numbers).
#include "jsonreader.h"
#include "jsontestsupport.h"
#include "spreadsheettestsupport.h"

#include <QTemporaryDir>

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpreadsheetTest;

namespace {
ImportResult readJson(const QByteArray &bytes, const ImportOptions &options = {}, const ImportControl &control = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return JsonReader().read(buffer, options, control);
}

bool warned(const ImportResult &result, const QString &needle, qint64 line = -1)
{
    for (const ImportWarning &w : result.warnings)
        if (w.message.contains(needle, Qt::CaseInsensitive) && (line < 0 || w.line == line))
            return true;
    return false;
}
} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void producers_data();
    void producers();
    void layouts_data();
    void layouts();
    void nestedObjectsFlattenAndArraysStayText();
    void recordPathErrorsNameTheMissingKey();
    void recordsFoundUnderAKeyWithAWarning();
    void previewReadsFewRows();
    void previewReadsOnlyAPrefix_data();
    void previewReadsOnlyAPrefix();
    void jsonLinesBadLineIsSkippedWithItsLine();
    void nestedTenThousandDeepFailsClearly();
    void duplicateKeysKeepTheLastValue();
    void invalidUtf8IsReplacedWithAWarning();
    void truncatedAndEmptyFailClearly_data();
    void truncatedAndEmptyFailClearly();
    void hundredThousandColumns();
    void cancelStops();
    void fastPathMatchesTheDocumentWalk_data();
    void fastPathMatchesTheDocumentWalk();
    void partsInParallelMatchTheDocumentWalk_data();
    void partsInParallelMatchTheDocumentWalk();
    void cutInsideNestedRecordsFallsBackToOnePart();
    void fastPathDeclinesWhatItDoesNotRead_data();
    void fastPathDeclinesWhatItDoesNotRead();
    void mappedFilesReadLikeBuffers_data();
    void mappedFilesReadLikeBuffers();
    void cancelStopsTheFastPath();
    void jsonLinesFastPathMatchesTheLineWalk_data();
    void jsonLinesFastPathMatchesTheLineWalk();
};

void TestJsonReader::producers_data()
{
    QTest::addColumn<QJsonObject>("expected");
    QList<QJsonObject> list = expectations(u".json"_s) + expectations(u".jsonl"_s);
    QVERIFY2(list.size() >= 11, "make-spreadsheets.py wrote too few JSON files");
    for (const QJsonObject &e : list)
        QTest::newRow(qPrintable(e.value(u"file"_s).toString())) << e;
}

void TestJsonReader::producers()
{
    QFETCH(QJsonObject, expected);
    QFile file(filesDir() + u'/' + expected.value(u"file"_s).toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    ImportOptions options = optionsOf(expected);
    options.recordPath = expected.value(u"options"_s).toObject().value(u"recordPath"_s).toString();
    const ImportResult result = JsonReader().read(file, options, {});
    QCOMPARE(result.format, expected.value(u"file"_s).toString().endsWith(u".jsonl"_s) ? u"jsonl"_s : u"json"_s);
    compareTable(result, expected);
    QCOMPARE(result.totalRows, 6);
}

void TestJsonReader::layouts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("firstColumnText"); // the first column's cells, joined by '|'
    QTest::newRow("records") << QByteArray(R"([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}, {"b": "z", "a": 3}])")
                             << QStringList{u"a"_s, u"b"_s} << u"1|2|3"_s;
    QTest::newRow("records with new keys later") << QByteArray(R"([{"a": 1}, {"a": 2, "c": true}, null, {"c": false}])")
                                                 << QStringList{u"a"_s, u"c"_s} << u"1|2||"_s;
    QTest::newRow("columns") << QByteArray(R"({"a": [1.5, 2.5], "b": ["x", null]})") << QStringList{u"a"_s, u"b"_s} << u"1.5|2.5"_s;
    QTest::newRow("arrays with header") << QByteArray(R"([["a", "b"], [1, 2], [3]])") << QStringList{u"a"_s, u"b"_s} << u"1|3"_s;
    QTest::newRow("arrays without header") << QByteArray("[[1, 2], [3, 4]]") << QStringList{u"column_1"_s, u"column_2"_s} << u"1|3"_s;
    QTest::newRow("scalars") << QByteArray("[1, 2, 3]") << QStringList{u"value"_s} << u"1|2|3"_s;
    QTest::newRow("one record") << QByteArray(R"({"a": 1, "b": {"c": 2}})") << QStringList{u"a"_s, u"b.c"_s} << u"1"_s;
    QTest::newRow("json lines") << QByteArray("{\"a\": 1}\r\n\n{\"a\": 2}\n{\"a\": 3}") << QStringList{u"a"_s} << u"1|2|3"_s;
    QTest::newRow("json lines arrays") << QByteArray("[\"a\",\"b\"]\n[1,2]\n[3,4]\n") << QStringList{u"a"_s, u"b"_s} << u"1|3"_s;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF[{\"a\": 1}]") << QStringList{u"a"_s} << u"1"_s;
    QTest::newRow("big integers become floats") << QByteArray(R"([{"a": 18446744073709551615}, {"a": 1}])")
                                                << QStringList{u"a"_s} << u"1.8446744073709552e+19|1"_s;
}

void TestJsonReader::layouts()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, names);
    QFETCH(QString, firstColumnText);
    const ImportResult result = readJson(json);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->columnNames(), names);
    QStringList cells;
    for (qsizetype r = 0; r < result.table->rowCount(); ++r)
        cells.append(result.table->column(0).text(r));
    QCOMPARE(cells.join(u'|'), firstColumnText);
}

void TestJsonReader::nestedObjectsFlattenAndArraysStayText()
{
    const ImportResult result = readJson(R"([{"id": 1, "geo": {"lat": 1.5, "pos": {"x": 1}}, "tags": ["a", "b"], "empty": {}},
                                             {"id": 2, "geo": {"lat": 2.5, "pos": {"x": 2}}, "tags": [], "empty": {}}])");
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->columnNames(), (QStringList{u"id"_s, u"geo.lat"_s, u"geo.pos.x"_s, u"tags"_s, u"empty"_s}));
    QCOMPARE(result.table->column(2).type(), ColumnType::Integer);
    QCOMPARE(result.table->column(3).text(0), uR"(["a","b"])"_s);
    QCOMPARE(result.table->column(3).text(1), u"[]"_s);
    QCOMPARE(result.table->column(4).text(0), u"{}"_s);
}

void TestJsonReader::recordPathErrorsNameTheMissingKey()
{
    ImportOptions options;
    options.recordPath = u"data.rows"_s;
    ImportResult result = readJson(R"({"data": {"items": [{"a": 1}]}})", options);
    QVERIFY(!result.table);
    QVERIFY2(result.error.contains(u"\"data\" has no \"rows\""_s), qPrintable(result.error));
    options.recordPath = u"results.1"_s;
    result = readJson(R"({"results": [[{"a": 1}], [{"a": 2}, {"a": 3}]]})", options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->rowCount(), 2);
    QCOMPARE(result.table->column(0).integer(1), 3);
}

void TestJsonReader::recordsFoundUnderAKeyWithAWarning()
{
    const ImportResult result = readJson(R"({"meta": {"n": 2}, "result": {"items": [{"a": 1}, {"a": 2}]}})");
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->rowCount(), 2);
    QVERIFY(warned(result, u"result.items"_s));
}

void TestJsonReader::previewReadsFewRows()
{
    QByteArray json = "[";
    for (int i = 0; i < 5000; ++i)
        json += (i ? "," : "") + QByteArray("{\"i\":") + QByteArray::number(i) + "}";
    json += "]";
    ImportOptions options;
    options.maxRows = 200;
    const ImportResult result = readJson(json, options);
    QCOMPARE(result.table->rowCount(), 200);
    QCOMPARE(result.totalRows, 5000);
}

void TestJsonReader::previewReadsOnlyAPrefix_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qsizetype>("rows");
    QTest::addColumn<qint64>("total");
    QByteArray records = "[";
    QByteArray lines;
    QByteArray columns = "{\"i\": [";
    for (int i = 0; i < 3000; ++i) {
        const QByteArray n = QByteArray::number(i);
        records += (i ? ",\n" : "\n") + QByteArray("{\"i\": ") + n + ", \"s\": \"a]},\\\"" + n + "\"}";
        lines += "{\"i\": " + n + ", \"s\": \"}\\n{\"}\n";
        columns += (i ? "," : "") + n;
    }
    QTest::newRow("records") << records + "\n]" << qsizetype(20) << qint64(-1);
    QTest::newRow("lines") << lines << qsizetype(20) << qint64(-1);
    QTest::newRow("object: whole file") << columns + "]}" << qsizetype(20) << qint64(3000);
    QTest::newRow("few rows in the prefix") << records + "\n]" << qsizetype(2000) << qint64(-1);
}

void TestJsonReader::previewReadsOnlyAPrefix()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, rows);
    QFETCH(qint64, total);
    ImportOptions options;
    options.maxRows = rows;
    options.scanLimitBytes = 4000;
    const ImportResult result = readJson(json, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(result.table->rowCount() > 0 && result.table->rowCount() <= rows);
    if (rows == 20)
        QCOMPARE(result.table->rowCount(), 20);
    QCOMPARE(result.table->column(0).integer(result.table->rowCount() - 1), result.table->rowCount() - 1);
    QCOMPARE(result.totalRows, total);
}

void TestJsonReader::jsonLinesBadLineIsSkippedWithItsLine()
{
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    const ImportResult result = readJson("{\"a\": 1}\n{\"a\": 2\n{\"a\": 3}\n" + deep + "\n{\"a\": 5}\n");
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.format, u"jsonl"_s);
    QCOMPARE(result.table->rowCount(), 3);
    QCOMPARE(result.table->column(0).integer(2), 5);
    QVERIFY(warned(result, u"line skipped"_s, 2));
    QVERIFY(warned(result, u"nested deeper"_s, 4));
}

void TestJsonReader::nestedTenThousandDeepFailsClearly()
{
    for (const QByteArray &open : {QByteArray("["), QByteArray("{\"a\":")}) {
        QByteArray json;
        for (int i = 0; i < 10000; ++i)
            json += open;
        json += "1";
        json += QByteArray(10000, open == "[" ? ']' : '}');
        const ImportResult result = readJson(json);
        QVERIFY(!result.table);
        QVERIFY2(result.error.contains(u"nested deeper than"_s), qPrintable(result.error));
    }
}

void TestJsonReader::duplicateKeysKeepTheLastValue()
{
    const ImportResult result = readJson(R"([{"a": 1, "b": 2, "a": 3}, {"a": 4, "b": 5}, {"g": {"x": 1}, "g.x": 2}])");
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->columnNames(), (QStringList{u"a"_s, u"b"_s, u"g.x"_s}));
    QCOMPARE(result.table->column(0).integer(0), 3);
    QCOMPARE(result.table->column(0).integer(1), 4);
    QCOMPARE(result.table->column(2).integer(2), 2);
    QVERIFY(warned(result, u"record 1: duplicate key \"a\""_s));
    QVERIFY(warned(result, u"record 3: duplicate key \"g.x\""_s));
}

void TestJsonReader::invalidUtf8IsReplacedWithAWarning()
{
    const ImportResult result = readJson("[{\"a\": \"ok\"},\n{\"a\": \"bad \xC3\x28 byte\"},\n{\"a\": \"\xFF\"}]");
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->rowCount(), 3);
    QCOMPARE(result.table->column(0).text(1), u"bad \uFFFD( byte"_s);
    QVERIFY(warned(result, u"invalid UTF-8"_s, 2));
}

void TestJsonReader::truncatedAndEmptyFailClearly_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("blank") << QByteArray(" \n\t ") << u"empty"_s;
    QTest::newRow("truncated") << QByteArray(R"([{"a": 1}, {"a": 2)") << u"Not valid JSON"_s;
    QTest::newRow("huge number") << QByteArray("[1e999]") << u"Not valid JSON"_s;
    QTest::newRow("trailing garbage") << QByteArray("[1] x") << u"Not valid JSON"_s;
}

void TestJsonReader::truncatedAndEmptyFailClearly()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const ImportResult result = readJson(json);
    QVERIFY(!result.table);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
}

void TestJsonReader::hundredThousandColumns()
{
    QByteArray json = "[{";
    for (int i = 0; i < 100000; ++i)
        json += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":" + QByteArray::number(i);
    json += "}, {\"k99999\": -1}]";
    const ImportResult result = readJson(json);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->columnCount(), 100000);
    QCOMPARE(result.table->rowCount(), 2);
    QCOMPARE(result.table->column(99999).integer(1), -1);
    QVERIFY(result.table->column(5).isMissing(1));
}

void TestJsonReader::cancelStops()
{
    QByteArray json = "[";
    for (int i = 0; i < 100000; ++i)
        json += (i ? "," : "") + QByteArray::number(i);
    json += "]";
    ImportControl control;
    control.isCanceled = [] { return true; };
    const ImportResult result = readJson(json, {}, control);
    QVERIFY(result.canceled);
    QVERIFY(!result.table);
}

namespace {
// Records with every quirk the fast path types itself or hands to CellGrid.
QByteArray quirkyRecords()
{
    return R"([
 {"id": 1, "x": 1.5, "n": "alpha", "flag": true, "when": "2024-01-15T10:30:00Z", "day": "2024-01-15", "geo": {"lat": 1.25, "pos": {"z": 1}},
  "tags": ["a", {"b": [1, 2.50, 1e2]}], "empty": {}, "mixed": 1, "numtext": "1.5", "intnum": 1, "na": "NA", "big": 18446744073709551615,
  "k\u0065y": "escaped", "uni": "\u00e9t\u00e9", "bools": true, "boolnum": true, "text": "x"},
 null,
 {"id": 2, "x": 2, "n": "beta", "flag": false, "when": "2024-02-01T00:00:00+02:00", "day": "2024-02-01", "geo": {"lat": -2, "pos": {"z": 2}},
  "tags": [], "empty": {}, "mixed": "two", "numtext": "2", "intnum": 2.0, "na": null, "big": 1, "key": "plain", "uni": "", "bools": false,
  "boolnum": 0, "text": ""},
 {"x": null, "late": "only here", "geo": 5, "id": 3, "n": "alpha", "mixed": false, "numtext": "NA", "day": "2024-03-01", "text": "-"},
 {"id": -9223372036854775808, "n": "gamma", "geo": {"lat": 3}, "mixed": 2.5, "numtext": "1e3", "when": "not a date", "day": "2024-03-02"}
])";
}

QByteArray manyRecords(int count, int indent)
{
    QByteArray json = "[";
    const QByteArray pad(indent, ' ');
    for (int i = 0; i < count; ++i) {
        json += (i ? ",\n" : "\n") + pad + "{\"i\": " + QByteArray::number(i) + ", \"s\": \"v" + QByteArray::number(i % 7)
            + "\", \"f\": " + QByteArray::number(i * 0.5) + (i % 5 == 0 ? ", \"sometimes\": true" : "")
            + (i == count - 3 ? ", \"new late\": \"x\"" : "") + ", \"o\": {\"a\": " + QByteArray::number(i % 3) + "}}";
    }
    return json + "\n]\n";
}
} // namespace

void TestJsonReader::fastPathMatchesTheDocumentWalk_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("override");   // a column forced to Text, -1: none
    QTest::addColumn<bool>("unixTimestamps");
    QTest::newRow("quirks") << quirkyRecords() << -1 << false;
    QTest::newRow("quirks, a forced type") << quirkyRecords() << 0 << false;
    QTest::newRow("quirks, timestamps") << quirkyRecords() << -1 << true;
    QTest::newRow("many") << manyRecords(3000, 1) << -1 << false;
    QTest::newRow("epoch seconds") << QByteArray(R"([{"t": 1700000000}, {"t": 1700000100}])") << -1 << true;
    QTest::newRow("nulls first") << QByteArray(R"([null, {"a": 1}, null])") << -1 << false;
    QTest::newRow("null values last") << QByteArray(R"([{"a": 1, "b": null}, {"a": null, "b": null}])") << -1 << false;
    QTest::newRow("only missing markers") << QByteArray(R"([{"a": "NA"}, {"a": ""}])") << -1 << false;
    QTest::newRow("numbers as text, one bad") << QByteArray(R"([{"a": "1"}, {"a": "2"}, {"a": "x"}])") << -1 << false;
    QTest::newRow("empty records") << QByteArray("[{}, {}]") << -1 << false;
    QTest::newRow("nested object renamed") << QByteArray(R"([{"geo": {"lat": 1}}, {"gNaNeo": {"lat": 2}}, {"geo": {"lat": 3}}])") << -1 << false;
    QTest::newRow("leaf leaves its object") << QByteArray(R"([{"a": {"x": 1, "y": 2}, "z": 3}, {"a": {"x": 4}, "y": 5, "z": 6}])") << -1 << false;
    QTest::newRow("object becomes leaf") << QByteArray(R"([{"a": {"x": 1}, "x": 2}, {"a": 3, "x": 4}, {"a": {"x": 5}, "x": 6}])") << -1 << false;
    QTest::newRow("floats of 20 digits") << QByteArray(R"([{"a": 100004294967296000000.0}, {"a": 12345678901234567890.5}])") << -1 << false;
    QTest::newRow("trailing blanks") << QByteArray("  [ {\"a\" : 1 } ]  \r\n\t") << -1 << false;
}

void TestJsonReader::fastPathMatchesTheDocumentWalk()
{
    QFETCH(QByteArray, json);
    QFETCH(int, override);
    QFETCH(bool, unixTimestamps);
    ImportOptions options;
    if (override >= 0)
        options.typeOverrides.insert(override, ColumnType::Text);
    options.renames.insert(1, u"renamed"_s);
    options.unixTimestamps = unixTimestamps;
    ImportResult fast;
    QCOMPARE(JsonTest::readParts(json, options, &fast, 1), JsonRecordParser::Outcome::Done);
    const ImportResult reference = JsonTest::readJson(json, options, {}, JsonReader::Walk::DocumentOnly);
    QVERIFY2(reference.error.isEmpty(), qPrintable(reference.error));
    const QString difference = JsonTest::difference(fast, reference);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(JsonTest::difference(JsonTest::readJson(json, options), reference).isEmpty());
}

void TestJsonReader::partsInParallelMatchTheDocumentWalk_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("walked");
    QTest::newRow("two parts") << manyRecords(4000, 0) << 2 << 2;
    QTest::newRow("four parts, indented") << manyRecords(4000, 2) << 4 << 4;
    QTest::newRow("eight parts, comma first") << manyRecords(4000, 1).replace(",\n", "\n,") << 8 << 8;
    QTest::newRow("crlf") << manyRecords(4000, 0).replace("\n", "\r\n") << 3 << 3;
    QTest::newRow("one line: no cut") << manyRecords(4000, 0).replace("\n", "") << 2 << 1;
}

void TestJsonReader::partsInParallelMatchTheDocumentWalk()
{
    QFETCH(QByteArray, json);
    QFETCH(int, parts);
    QFETCH(int, walked);
    ImportResult fast;
    int partsWalked = 0;
    QCOMPARE(JsonTest::readParts(json, {}, &fast, parts, 1024, &partsWalked, 4096), JsonRecordParser::Outcome::Done);
    QCOMPARE(partsWalked, walked);
    const ImportResult reference = JsonTest::readJson(json, {}, {}, JsonReader::Walk::DocumentOnly);
    const QString difference = JsonTest::difference(fast, reference);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(fast.table->rowCount(), 4000);
    // The key first met near the end is a column, missing before.
    const qsizetype late = fast.table->columnIndex(u"new late"_s);
    QVERIFY(late > 0);
    QVERIFY(fast.table->column(late).isMissing(0));
    QCOMPARE(fast.table->column(late).text(3997), u"x"_s);
}

void TestJsonReader::cutInsideNestedRecordsFallsBackToOnePart()
{
    // Nested arrays of records look like cuts at the records' indentation: the parts then fail to
    // parse and one part reads the whole (with the separators restored).
    QByteArray json = "[\n";
    for (int i = 0; i < 500; ++i) {
        json += (i ? ",\n" : "") + QByteArray("{\"i\": ") + QByteArray::number(i) + ", \"rows\": [\n";
        for (int k = 0; k < 5; ++k)
            json += (k ? ",\n" : "") + QByteArray("{\"k\": ") + QByteArray::number(k) + "}";
        json += "\n]}";
    }
    json += "\n]";
    ImportResult fast;
    int partsWalked = 0;
    QCOMPARE(JsonTest::readParts(json, {}, &fast, 4, 256, &partsWalked, 512), JsonRecordParser::Outcome::Done);
    QCOMPARE(partsWalked, 1);
    const ImportResult reference = JsonTest::readJson(json, {}, {}, JsonReader::Walk::DocumentOnly);
    const QString difference = JsonTest::difference(fast, reference);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(fast.table->rowCount(), 500);
}

void TestJsonReader::fastPathDeclinesWhatItDoesNotRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("duplicate key") << QByteArray(R"([{"a": 1, "a": 2}])");
    QTest::newRow("duplicate after null") << QByteArray(R"([{"a": null, "a": 2}])");
    QTest::newRow("dotted duplicate") << QByteArray(R"([{"g": {"x": 1}, "g.x": 2}])");
    QTest::newRow("not an object") << QByteArray(R"([{"a": 1}, 2])");
    QTest::newRow("arrays") << QByteArray(R"([["a"], [1]])");
    QTest::newRow("all null") << QByteArray("[null, null]");
    QTest::newRow("truncated") << QByteArray(R"([{"a": 1}, {"a": 2)");
    QTest::newRow("trailing garbage") << QByteArray(R"([{"a": 1}] x)");
    QTest::newRow("trailing comma") << QByteArray(R"([{"a": 1},])");
    QTest::newRow("bad atom") << QByteArray(R"([{"a": tru}])");
    QTest::newRow("bad array inside") << QByteArray(R"([{"a": [1, tru]}])");
    QTest::newRow("huge number") << QByteArray(R"([{"a": 1e999}])");
    QTest::newRow("deep record") << QByteArray("[") + QByteArray(40, '{').replace("{", "{\"a\":") + "1" + QByteArray(40, '}') + "]";
}

void TestJsonReader::fastPathDeclinesWhatItDoesNotRead()
{
    QFETCH(QByteArray, json);
    ImportResult fast;
    QCOMPARE(JsonTest::readParts(json, {}, &fast, 2, 1, nullptr, 8), JsonRecordParser::Outcome::Fallback);
    QVERIFY(!fast.table);
    QVERIFY2(fast.error.isEmpty(), qPrintable(fast.error)); // the input was restored
    // JsonReader then reads it as its DOM walk does.
    const QString difference = JsonTest::difference(JsonTest::readJson(json), JsonTest::readJson(json, {}, {}, JsonReader::Walk::DocumentOnly));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestJsonReader::mappedFilesReadLikeBuffers_data()
{
    QTest::addColumn<int>("size");
    // Exactly a page multiple (the padding comes from the zero page after the file), and not.
    QTest::newRow("page multiple") << 4096 * 400;
    QTest::newRow("one past") << 4096 * 400 + 1;
    QTest::newRow("padding short") << 4096 * 400 - 10;
}

void TestJsonReader::mappedFilesReadLikeBuffers()
{
    QFETCH(int, size);
    QByteArray json = manyRecords(40000, 0);
    QVERIFY(json.size() > size);
    // Cut at a record, close the array, pad with blanks to the exact size.
    const qsizetype cut = json.lastIndexOf(",\n{", size - 4);
    json = json.left(cut) + "\n]";
    json += QByteArray(size - json.size(), ' ');
    QCOMPARE(json.size(), size);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"records.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportResult mapped = JsonReader().read(file, {}, {});
    QVERIFY2(mapped.error.isEmpty(), qPrintable(mapped.error));
    const QString difference = JsonTest::difference(mapped, JsonTest::readJson(json, {}, {}, JsonReader::Walk::DocumentOnly));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(mapped.table->rowCount() > 1000);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), json); // the mapping is private: the cuts never reach the file
}

void TestJsonReader::cancelStopsTheFastPath()
{
    ImportControl control;
    control.isCanceled = [] { return true; };
    const ImportResult result = JsonTest::readJson(manyRecords(10000, 0), {}, control);
    QVERIFY(result.canceled);
    QVERIFY(!result.table);
}

void TestJsonReader::jsonLinesFastPathMatchesTheLineWalk_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("fast"); // read by the fast path, else declined (and read line by line)
    QByteArray lines = manyRecords(3000, 0);
    lines = lines.mid(2, lines.lastIndexOf('}') - 1).replace(",\n", "\n") + "\n";
    QTest::newRow("lines") << lines << true;
    QTest::newRow("crlf") << QByteArray(lines).replace("\n", "\r\n") << true;
    QTest::newRow("no last line break") << lines.left(lines.size() - 1) << true;
    QTest::newRow("blank lines at the end") << lines + "\n \n\t\n" << true;
    QTest::newRow("blank line inside") << QByteArray(lines).insert(lines.indexOf('\n', 30000) + 1, "\n") << false;
    QTest::newRow("two records on a line") << QByteArray(lines).insert(lines.indexOf('\n', 30000) + 1, "{\"i\": 1} ") << false;
    QTest::newRow("a record over two lines") << QByteArray(lines).replace("\"s\": \"v3\"", "\"s\":\n\"v3\"") << false;
    QTest::newRow("bad line") << QByteArray(lines).insert(lines.indexOf('\n', 30000) + 1, "{\"i\": tru}\n") << false;
    QTest::newRow("an array line") << QByteArray(lines).insert(lines.indexOf('\n', 30000) + 1, "[1, 2]\n") << false;
    QTest::newRow("duplicate key") << QByteArray(lines).insert(lines.indexOf('\n', 30000) + 1, "{\"i\": 1, \"i\": 2}\n") << false;
    QTest::newRow("header row") << "[\"i\", \"s\"]\n" + lines << false;
}

void TestJsonReader::jsonLinesFastPathMatchesTheLineWalk()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, fast);
    const ImportResult reference = JsonTest::readJson(json, {}, {}, JsonReader::Walk::DocumentOnly);
    QCOMPARE(reference.format, u"jsonl"_s);
    for (const int parts : {1, 2, 5}) {
        for (const size_t chunkBytes : {size_t(0), size_t(700), size_t(1) << 20}) {
            ImportResult result;
            int walked = 0;
            const auto outcome = JsonTest::readParts(json, {}, &result, parts, 4096, &walked, chunkBytes, true);
            QVERIFY2(outcome == (fast ? JsonRecordParser::Outcome::Done : JsonRecordParser::Outcome::Fallback),
                     qPrintable(u"%1 parts, chunks of %2: outcome %3"_s.arg(parts).arg(chunkBytes).arg(int(outcome))));
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error)); // the input was restored
            if (fast) {
                QCOMPARE(walked, parts);
                const QString difference = JsonTest::difference(result, reference);
                QVERIFY2(difference.isEmpty(), qPrintable(difference));
            }
        }
    }
    const QString difference = JsonTest::difference(JsonTest::readJson(json), reference);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
