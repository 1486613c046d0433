// JsonReader: files written by Python's json module and pandas (every to_json orient), checked cell
// by cell against make-spreadsheets.py's record; each layout and option; and hostile input (nesting
// 10,000 deep, duplicate keys, invalid UTF-8, truncation, 100,000 columns, huge numbers).
#include "jsonreader.h"
#include "spreadsheettestsupport.h"

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

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
