// OdsReader against files from odfpy and LibreOffice headless (make-spreadsheets.py, at test time),
// cell by cell; repeated rows and columns, covered cells, paragraphs; hostile input (repeat bombs,
// entity expansion, zip bomb, truncation, not a zip).
#include "odsreader.h"
#include "spreadsheettestsupport.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpreadsheetTest;

namespace {
ImportResult readOds(const QByteArray &bytes, const ImportOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return OdsReader().read(buffer, options, {});
}

// A package with `rows` (the inside of one table:table named "T") as content.xml.
QByteArray ods(const QByteArray &rows, const QByteArray &prolog = "<?xml version=\"1.0\"?>")
{
    const QByteArray content = prolog +
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        " xmlns:t=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
        "<office:body><office:spreadsheet><t:table t:name=\"T\">" + rows + "</t:table>"
        "<t:table t:name=\"Other\"><t:table-row><t:table-cell/></t:table-row></t:table></office:spreadsheet></office:body></office:document-content>";
    return makeZip({{u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet", 0}, {u"content.xml"_s, content}});
}

bool warned(const ImportResult &result, const QString &needle)
{
    for (const ImportWarning &w : result.warnings)
        if (w.message.contains(needle, Qt::CaseInsensitive) || w.cell == needle)
            return true;
    return false;
}
} // namespace

class TestOdsReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void producers_data();
    void producers();
    void repeatsCoveredCellsAndText();
    void timesAndPercentages();
    void previewStopsButListsSheets();
    void repeatBombsAreBounded();
    void entityExpansionIsRefused();
    void zipBombIsRefused();
    void truncatedAndNotZipFailCleanly();
};

void TestOdsReader::producers_data()
{
    QTest::addColumn<QJsonObject>("expected");
    const QList<QJsonObject> list = expectations(u".ods"_s);
    QVERIFY2(list.size() >= 2, "make-spreadsheets.py wrote too few ods files");
    for (const QJsonObject &e : list)
        QTest::newRow(qPrintable(e.value(u"file"_s).toString() + u'/' + e.value(u"sheet"_s).toString())) << e;
}

void TestOdsReader::producers()
{
    QFETCH(QJsonObject, expected);
    QFile file(filesDir() + u'/' + expected.value(u"file"_s).toString());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportResult result = OdsReader().read(file, optionsOf(expected), {});
    QCOMPARE(result.format, u"ods"_s);
    compareTable(result, expected);
}

void TestOdsReader::repeatsCoveredCellsAndText()
{
    const ImportResult result = readOds(ods(
        "<t:table-column t:number-columns-repeated=\"3\"/>"
        "<t:table-row><t:table-cell office:value-type=\"string\"><text:p>a</text:p></t:table-cell>"
        "<t:table-cell t:number-columns-repeated=\"2\" office:value-type=\"string\"><text:p>b</text:p></t:table-cell></t:table-row>"
        "<t:table-row t:number-rows-repeated=\"3\"><t:table-cell office:value-type=\"float\" office:value=\"7\"/>"
        "<t:table-cell t:number-columns-spanned=\"2\" office:value-type=\"float\" office:value=\"1.5\"/><t:covered-table-cell office:value-type=\"float\" office:value=\"9\"/></t:table-row>"
        "<t:table-row t:number-rows-repeated=\"100000\"><t:table-cell t:number-columns-repeated=\"1024\"/></t:table-row>"
        "<t:table-row><t:table-cell/><t:table-cell office:value-type=\"string\"><text:p>two <text:s text:c=\"2\"/>spaces</text:p><text:p>line <text:span>two</text:span></text:p></t:table-cell></t:table-row>"
        "<t:table-row t:number-rows-repeated=\"1048000\"><t:table-cell t:number-columns-repeated=\"16384\"/></t:table-row>"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.sheets, (QStringList{u"T"_s, u"Other"_s}));
    const DataTable &t = *result.table;
    QCOMPARE(t.columnNames(), (QStringList{u"a"_s, u"b"_s, u"b_2"_s}));
    QCOMPARE(t.rowCount(), 100004);
    QCOMPARE(t.column(0).integer(2), 7);
    QCOMPARE(t.column(1).text(1), u"1.5"_s);
    QVERIFY(t.column(2).isMissing(0)); // covered by the merged cell
    QVERIFY(t.column(0).isMissing(3));
    QCOMPARE(t.column(1).text(100003), u"two   spaces\nline two"_s);
}

void TestOdsReader::timesAndPercentages()
{
    const ImportResult result = readOds(ods(
        "<t:table-row><t:table-cell office:value-type=\"string\"><text:p>t</text:p></t:table-cell>"
        "<t:table-cell office:value-type=\"string\"><text:p>p</text:p></t:table-cell></t:table-row>"
        "<t:table-row><t:table-cell office:value-type=\"time\" office:time-value=\"PT12H30M05S\"/>"
        "<t:table-cell office:value-type=\"percentage\" office:value=\"0.25\"/></t:table-row>"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->column(0).type(), ColumnType::DateTime);
    QCOMPARE(result.table->column(0).dateTime(0), QDateTime(QDate(1899, 12, 30), QTime(12, 30, 5), Qt::UTC));
    QCOMPARE(result.table->column(1).number(0), 0.25);
}

void TestOdsReader::previewStopsButListsSheets()
{
    QByteArray rows = "<t:table-row><t:table-cell office:value-type=\"string\"><text:p>n</text:p></t:table-cell></t:table-row>";
    for (int i = 0; i < 3000; ++i)
        rows += "<t:table-row><t:table-cell office:value-type=\"float\" office:value=\"" + QByteArray::number(i) + "\"/></t:table-row>";
    ImportOptions options;
    options.maxRows = 50;
    ImportResult result = readOds(ods(rows), options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->rowCount(), 50);
    QCOMPARE(result.sheets, (QStringList{u"T"_s, u"Other"_s}));
    options = {};
    options.sheet = u"Nope"_s;
    result = readOds(ods(rows), options);
    QVERIFY(result.error.contains(u"T, Other"_s));
}

void TestOdsReader::repeatBombsAreBounded()
{
    // A value repeated over every column of every row: 17 billion cells if taken literally.
    const ImportResult result = readOds(ods(
        "<t:table-row t:number-rows-repeated=\"1048576\"><t:table-cell t:number-columns-repeated=\"16384\" office:value-type=\"float\" office:value=\"1\"/></t:table-row>"
        "<t:table-row t:number-rows-repeated=\"2147483647\"><t:table-cell t:number-columns-repeated=\"2147483647\" office:value-type=\"float\" office:value=\"1\"/></t:table-row>"));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(qint64(result.table->rowCount()) * result.table->columnCount() <= 200'000'000);
    QVERIFY(warned(result, u"cells"_s));
}

void TestOdsReader::entityExpansionIsRefused()
{
    const ImportResult result = readOds(ods("<t:table-row><t:table-cell office:value-type=\"string\"><text:p>&b;</text:p></t:table-cell></t:table-row>",
                                            "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"));
    QVERIFY(!result.table);
    QVERIFY2(result.error.contains(u"DTD"_s), qPrintable(result.error));
}

void TestOdsReader::zipBombIsRefused()
{
    QByteArray content = "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">";
    content += QByteArray(200 << 20, ' ');
    content += "</office:document-content>";
    const ImportResult result = readOds(makeZip({{u"content.xml"_s, content, 9}}));
    QVERIFY(!result.table);
    QVERIFY2(result.error.contains(u"zip bomb"_s), qPrintable(result.error));
}

void TestOdsReader::truncatedAndNotZipFailCleanly()
{
    QFile file(filesDir() + u"/odfpy.ods"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    for (const qsizetype size : {qsizetype(0), whole.size() / 2, whole.size() - 10})
        QVERIFY(!readOds(whole.left(size)).error.isEmpty());
    const ImportResult csv = readOds("a;b\n1;2\n");
    QVERIFY(!csv.table);
    QVERIFY(csv.error.contains(u"not a zip archive"_s));
}

QTEST_GUILESS_MAIN(TestOdsReader)
#include "tst_odsreader.moc"
