// XlsxReader against files from openpyxl, xlsxwriter, pandas and LibreOffice (written at test time by
// make-spreadsheets.py), checked cell by cell; plus hand-made packages for each quirk and each kind
// of hostile input (zip bomb, zip slip, entity expansion, truncation, a CSV named .xlsx, 100,000
// columns, far cells).
#include "spreadsheettestsupport.h"
#include "xlsxreader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SpreadsheetTest;

namespace {
ImportResult readBytes(const QByteArray &bytes, const ImportOptions &options = {}, const ImportControl &control = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return XlsxReader().read(buffer, options, control);
}

ImportResult readFile(const QString &path, const ImportOptions &options = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return XlsxReader().read(file, options, {});
}

bool warned(const ImportResult &result, const QString &needle)
{
    for (const ImportWarning &w : result.warnings)
        if (w.message.contains(needle, Qt::CaseInsensitive) || w.cell == needle)
            return true;
    return false;
}
} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void producers_data();
    void producers();
    void sharedStringsRichTextAndPhonetic();
    void sparseCellsAndRows();
    void customDateFormats_data();
    void customDateFormats();
    void rangeAndHeaderOptions();
    void previewStopsEarly();
    void unknownSheetListsSheets();
    void cancelStops();
    // hostile input
    void zipBombRatioIsRefused();
    void zipBombDeclaredSizeIsRefused();
    void zipSlipTargetIsNotFollowed();
    void entityExpansionIsRefused_data();
    void entityExpansionIsRefused();
    void truncatedFileFailsCleanly();
    void csvNamedXlsxFailsCleanly();
    void hundredThousandColumnsAreBounded();
    void farCellDoesNotAllocateTheSheet();
    void damagedSheetKeepsRowsBeforeTheDamage();
    void xmlSyntaxVariants();
    void bigSheetAcrossChunks();
};

void TestXlsxReader::producers_data()
{
    QTest::addColumn<QJsonObject>("expected");
    const QList<QJsonObject> list = expectations(u".xlsx"_s);
    QVERIFY2(list.size() >= 9, "make-spreadsheets.py wrote too few xlsx files");
    for (const QJsonObject &e : list)
        QTest::newRow(qPrintable(e.value(u"file"_s).toString() + u'/' + e.value(u"sheet"_s).toString())) << e;
}

void TestXlsxReader::producers()
{
    QFETCH(QJsonObject, expected);
    const ImportResult result = readFile(filesDir() + u'/' + expected.value(u"file"_s).toString(), optionsOf(expected));
    QCOMPARE(result.format, u"xlsx"_s);
    compareTable(result, expected);
}

void TestXlsxReader::sharedStringsRichTextAndPhonetic()
{
    const QByteArray sst =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\">"
        "<si><t>head</t></si>"
        "<si><r><rPr><b/></rPr><t>bo</t></r><r><t xml:space=\"preserve\">ld </t></r><r><t>text</t></r></si>"
        "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
        "<si><t>line_x000D_break</t></si></sst>";
    const QByteArray data = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"
                            "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c></row>"
                            "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c></row>"
                            "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>"
                            "<row r=\"6\"><c r=\"A6\" t=\"s\"><v>99</v></c></row>";
    const ImportResult result = readBytes(makeZip(minimalXlsx(data, sst)));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const DataColumn &c = result.table->column(0);
    QCOMPARE(c.name(), u"head"_s);
    QCOMPARE(c.text(0), u"bold text"_s);
    QCOMPARE(c.text(1), u"東京"_s);
    QCOMPARE(c.text(2), u"line\rbreak"_s);
    QCOMPARE(c.text(3), u"inline"_s);
    QVERIFY(c.isMissing(4));
    QVERIFY(warned(result, u"S!A6"_s));
}

void TestXlsxReader::sparseCellsAndRows()
{
    // Header in row 2 (row 1 empty), a gap row, cells placed by reference out of the usual order,
    // rows and cells without references continuing from the previous one.
    const QByteArray data = "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>a</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>c</t></is></c></row>"
                            "<row r=\"3\"><c r=\"D3\"><v>30</v></c><c r=\"B3\"><v>10</v></c></row>"
                            "<row r=\"5\"><c r=\"C5\"><v>2.5</v></c></row>"
                            "<row><c r=\"B6\"><v>11</v></c><c><v>3.5</v></c><c><v>31</v></c></row>";
    const ImportResult result = readBytes(makeZip(minimalXlsx(data)));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const DataTable &t = *result.table;
    QCOMPARE(t.columnNames(), (QStringList{u"a"_s, u"column_2"_s, u"c"_s}));
    QCOMPARE(t.rowCount(), 4);
    QCOMPARE(t.column(0).type(), ColumnType::Integer);
    QCOMPARE(t.column(0).integer(0), 10);
    QVERIFY(t.column(0).isMissing(1) && t.column(0).isMissing(2));
    QCOMPARE(t.column(0).integer(3), 11);
    QCOMPARE(t.column(1).type(), ColumnType::Float);
    QCOMPARE(t.column(1).number(2), 2.5);
    QCOMPARE(t.column(1).number(3), 3.5);
    QCOMPARE(t.column(2).integer(0), 30);
    QCOMPARE(t.column(2).integer(3), 31);
}

void TestXlsxReader::customDateFormats_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("iso") << u"yyyy-mm-dd"_s << true;
    QTest::newRow("locale") << u"[$-409]d-mmm-yy;@"_s << true;
    QTest::newRow("time am/pm") << u"h:mm AM/PM"_s << true;
    QTest::newRow("escaped") << u"yyyy\\-mm\\-dd\\ hh:mm:ss"_s << true;
    QTest::newRow("number") << u"#,##0.00"_s << false;
    QTest::newRow("colour") << u"[Red]0.00;[Blue]-0.00"_s << false;
    QTest::newRow("quoted d") << u"0.0\" days\""_s << false;
    QTest::newRow("elapsed") << u"[h]:mm:ss"_s << false;
    QTest::newRow("scientific") << u"0.00E+00"_s << false;
    QTest::newRow("general") << u"General"_s << false;
}

void TestXlsxReader::customDateFormats()
{
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QList<ZipPart> parts = minimalXlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>v</t></is></c></row>"
                                       "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>45306.5</v></c></row>");
    QByteArray escaped = code.toUtf8().replace("\"", "&quot;");
    parts.append({u"xl/styles.xml"_s,
                  "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\">"
                  "<numFmt numFmtId=\"170\" formatCode=\"" + escaped + "\"/></numFmts>"
                  "<cellStyleXfs count=\"2\"><xf numFmtId=\"14\"/><xf numFmtId=\"14\"/></cellStyleXfs>"
                  "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"170\"/></cellXfs></styleSheet>"});
    parts[2].data.replace("</Relationships>", "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
    const ImportResult result = readBytes(makeZip(parts));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const DataColumn &c = result.table->column(0);
    if (isDate) {
        QCOMPARE(c.type(), ColumnType::DateTime);
        QCOMPARE(c.dateTime(0), QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC));
    } else {
        QCOMPARE(c.type(), ColumnType::Float);
        QCOMPARE(c.number(0), 45306.5);
    }
}

void TestXlsxReader::rangeAndHeaderOptions()
{
    const QString path = filesDir() + u"/xlsxwriter.xlsx"_s;
    ImportOptions options;
    options.cellRange = u"C3:D5"_s;
    options.headerRow = -1;
    ImportResult result = readFile(path, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->columnNames(), (QStringList{u"column_1"_s, u"column_2"_s}));
    QCOMPARE(result.table->rowCount(), 3);
    QCOMPARE(result.table->column(0).number(0), 2.25);
    QCOMPARE(result.table->column(1).type(), ColumnType::Boolean);

    // Header one row down, renamed and forced columns.
    options = {};
    options.skipLines = 1;
    options.renames.insert(0, u"first"_s);
    options.typeOverrides.insert(2, ColumnType::Text);
    result = readFile(path, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->column(0).name(), u"first"_s);
    QCOMPARE(result.table->column(1).name(), u"alpha"_s);
    QCOMPARE(result.table->column(2).type(), ColumnType::Text);
    QCOMPARE(result.table->column(2).text(0), u"2.25"_s);
    QCOMPARE(result.table->rowCount(), 5);
}

void TestXlsxReader::previewStopsEarly()
{
    QByteArray data = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>n</t></is></c></row>";
    for (int r = 2; r <= 5001; ++r)
        data += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>" + QByteArray::number(r) + "</v></c></row>";
    QList<ZipPart> parts = minimalXlsx(data);
    parts[3].data.replace("<sheetData>", "<dimension ref=\"A1:A5001\"/><sheetData>");
    ImportOptions options;
    options.maxRows = 200;
    const ImportResult result = readBytes(makeZip(parts), options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->rowCount(), 200);
    QCOMPARE(result.table->column(0).integer(199), 201);
    QCOMPARE(result.totalRows, 5000);
}

void TestXlsxReader::unknownSheetListsSheets()
{
    ImportOptions options;
    options.sheet = u"Missing"_s;
    const ImportResult result = readFile(filesDir() + u"/openpyxl.xlsx"_s, options);
    QVERIFY(!result.table);
    QVERIFY2(result.error.contains(u"Missing"_s) && result.error.contains(u"Data, Notes"_s), qPrintable(result.error));
    QCOMPARE(result.sheets, (QStringList{u"Data"_s, u"Notes"_s}));
    options.sheet = u"notes"_s; // case-insensitive fallback
    const ImportResult notes = readFile(filesDir() + u"/openpyxl.xlsx"_s, options);
    QVERIFY(notes.table);
    QCOMPARE(notes.table->column(0).name(), u"Quarterly notes"_s);
}

void TestXlsxReader::cancelStops()
{
    QByteArray data;
    for (int r = 1; r <= 20000; ++r)
        data += "<row><c><v>" + QByteArray::number(r) + "</v></c></row>";
    ImportControl control;
    int calls = 0;
    double last = 0;
    control.progress = [&](double f) { last = f; };
    control.isCanceled = [&] { return ++calls > 2; };
    const ImportResult result = readBytes(makeZip(minimalXlsx(data)), {}, control);
    QVERIFY(result.canceled);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(last > 0 && last < 1);
}

void TestXlsxReader::zipBombRatioIsRefused()
{
    // 300 MB of blanks inside <sheetData> deflate to ~300 KB: a 1000:1 bomb.
    QByteArray blanks(300 << 20, ' ');
    QList<ZipPart> parts = minimalXlsx(blanks);
    parts[3].level = 9;
    const QByteArray zip = makeZip(parts);
    blanks.clear();
    QVERIFY(zip.size() < 2 << 20);
    const ImportResult result = readBytes(zip);
    QVERIFY(!result.table);
    QVERIFY2(result.error.contains(u"zip bomb"_s), qPrintable(result.error));
}

void TestXlsxReader::zipBombDeclaredSizeIsRefused()
{
    // A small entry whose directory claims 4 GB: refused before anything is inflated.
    QByteArray zip = makeZip(minimalXlsx("<row><c><v>1</v></c></row>"));
    const QByteArray name = "xl/worksheets/data.xml";
    bool patched = false;
    for (qsizetype at = zip.indexOf(QByteArray("PK\x01\x02", 4)); at >= 0; at = zip.indexOf(QByteArray("PK\x01\x02", 4), at + 4)) {
        if (zip.mid(at + 46, name.size()) == name) {
            const quint32 huge = 0xFFFFFFF0u;
            for (int i = 0; i < 4; ++i)
                zip[at + 24 + i] = char((huge >> (8 * i)) & 0xFF);
            patched = true;
        }
    }
    QVERIFY(patched);
    const ImportResult result = readBytes(zip);
    QVERIFY(!result.table);
    QVERIFY2(result.error.contains(u"data.xml"_s) && result.error.contains(u"MiB"_s), qPrintable(result.error));
}

void TestXlsxReader::zipSlipTargetIsNotFollowed()
{
    QList<ZipPart> parts = minimalXlsx("<row><c><v>1</v></c></row>");
    parts[2].data.replace("Target=\"worksheets/data.xml\"", "Target=\"../../../../tmp/plotbench-zip-slip.xml\"");
    parts.append({u"../../../../tmp/plotbench-zip-slip.xml"_s, parts[3].data});
    parts.append({u"/tmp/plotbench-zip-slip.xml"_s, parts[3].data});
    const ImportResult result = readBytes(makeZip(parts));
    QVERIFY(!result.table);
    QVERIFY2(result.error.contains(u"outside"_s), qPrintable(result.error));
    QVERIFY(warned(result, u"outside"_s));
    QVERIFY(!QFile::exists(u"/tmp/plotbench-zip-slip.xml"_s));
}

void TestXlsxReader::entityExpansionIsRefused_data()
{
    QTest::addColumn<QString>("part");
    QTest::newRow("shared strings") << u"xl/sharedStrings.xml"_s;
    QTest::newRow("sheet") << u"xl/worksheets/data.xml"_s;
    QTest::newRow("workbook") << u"xl/workbook.xml"_s;
}

void TestXlsxReader::entityExpansionIsRefused()
{
    QFETCH(QString, part);
    // Billion laughs: ten levels of ten references.
    QByteArray dtd = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    for (int i = 1; i <= 9; ++i) {
        dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            dtd += "&lol" + (i == 1 ? QByteArray() : QByteArray::number(i - 1)) + ";";
        dtd += "\">";
    }
    dtd += "<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>";
    const QByteArray laughs = part.endsWith(u"sharedStrings.xml"_s) ? "&lol9;&ext;" : "x";
    QList<ZipPart> parts = minimalXlsx("<row><c t=\"s\"><v>0</v></c></row>",
                                       "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>" + laughs + "</t></si></sst>");
    for (ZipPart &p : parts) {
        if (p.name == part) {
            if (p.data.startsWith("<?xml"))
                p.data = p.data.mid(p.data.indexOf("?>") + 2);
            p.data.prepend(dtd);
        }
    }
    const ImportResult result = readBytes(makeZip(parts));
    QVERIFY(!result.table);
    QVERIFY2(result.error.contains(u"DTD"_s), qPrintable(result.error));
}

void TestXlsxReader::truncatedFileFailsCleanly()
{
    QFile file(filesDir() + u"/xlsxwriter.xlsx"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    for (const qsizetype size : {qsizetype(0), qsizetype(10), whole.size() / 3, whole.size() / 2, whole.size() - 30}) {
        const ImportResult result = readBytes(whole.left(size));
        QVERIFY2(!result.table && !result.error.isEmpty(), qPrintable(QString::number(size)));
    }
}

void TestXlsxReader::csvNamedXlsxFailsCleanly()
{
    const ImportResult result = readBytes("id,name\n1,alpha\n2,beta\n");
    QVERIFY(!result.table);
    QVERIFY2(result.error.contains(u"not a zip archive"_s), qPrintable(result.error));
}

void TestXlsxReader::hundredThousandColumnsAreBounded()
{
    QByteArray header = "<row r=\"1\">";
    QByteArray values = "<row r=\"2\">";
    for (int c = 0; c < 100000; ++c) {
        header += "<c t=\"inlineStr\"><is><t>c" + QByteArray::number(c) + "</t></is></c>";
        values += "<c><v>" + QByteArray::number(c) + "</v></c>";
    }
    const ImportResult result = readBytes(makeZip(minimalXlsx(header + "</row>" + values + "</row>")));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->columnCount(), 16384);
    QCOMPARE(result.table->column(16383).integer(0), 16383);
    QVERIFY(warned(result, u"XFD1048576"_s));
}

void TestXlsxReader::farCellDoesNotAllocateTheSheet()
{
    const ImportResult result = readBytes(makeZip(minimalXlsx(
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"1048576\"><c r=\"XFD1048576\"><v>2</v></c></row>")));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->columnCount(), 2);
    QCOMPARE(result.table->rowCount(), 1048575);
    QVERIFY(result.table->byteSize() < 64 << 20);
}

void TestXlsxReader::damagedSheetKeepsRowsBeforeTheDamage()
{
    const ImportResult result = readBytes(makeZip(minimalXlsx(
        "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row><row r=\"3\"><c r=\"A3\"><v>3</x></c></row>")));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->rowCount(), 1);
    QCOMPARE(result.table->column(0).integer(0), 2);
    QVERIFY(warned(result, u"damaged"_s));
}

void TestXlsxReader::xmlSyntaxVariants()
{
    // What a streaming scanner must not trip on: comments and processing instructions between
    // cells, attributes in any order and with either quote, references and CDATA in values,
    // formulas before their cached value, white space, self-closing empty cells, a foreign element.
    const QByteArray data =
        "<!-- header --><row r='1'>\n  <c t='inlineStr' r='A1'><is><t>a &amp; b</t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t><![CDATA[<b>]]></t></is></c><?pi x?><c t=\"s\" r='C1'><v>0</v></c></row>\n"
        "<row r=\"2\"><c s='0' r='A2'><f>1+1</f><v>&#50;</v></c><c r='B2'/><c r='C2' t='b'><v> 1 </v></c></row>"
        "<row r=\"3\"><c r='A3'><v><![CDATA[3.5]]></v></c><ext xmlns='urn:other'><c r='B3'><v>9</v></c></ext>"
        "<c r='C3' t='b'><!-- no --><v>0</v></c></row>";
    const QByteArray sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>c&#x1F600;</t></si></sst>";
    const ImportResult result = readBytes(makeZip(minimalXlsx(data, sst)));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    const DataTable &t = *result.table;
    QCOMPARE(t.columnNames(), (QStringList{u"a & b"_s, u"<b>"_s, u"c😀"_s}));
    QCOMPARE(t.rowCount(), 2);
    QCOMPARE(t.column(0).type(), ColumnType::Float);
    QCOMPARE(t.column(0).number(0), 2.0);
    QCOMPARE(t.column(0).number(1), 3.5);
    QVERIFY(t.column(1).isMissing(0) && t.column(1).isMissing(1)); // the foreign element's cell is not the sheet's
    QCOMPARE(t.column(2).type(), ColumnType::Boolean);
    QCOMPARE(t.column(2).integer(0), 1);
    QCOMPARE(t.column(2).integer(1), 0);
}

void TestXlsxReader::bigSheetAcrossChunks()
{
    // ~6 MB of sheet XML: tags, references and values split across the inflater's chunks and the
    // scanner's buffer all over; every value must arrive.
    QByteArray data = "<row r=\"1\"><c t=\"inlineStr\"><is><t>n</t></is></c><c t=\"inlineStr\"><is><t>s</t></is></c></row>";
    const int rows = 60000;
    for (int r = 2; r <= rows + 1; ++r)
        data += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>" + QByteArray::number(r * 7)
            + "</v></c><c r=\"B" + QByteArray::number(r) + "\" t=\"inlineStr\"><is><t>x&amp;" + QByteArray::number(r % 1000)
            + "</t></is></c></row>";
    const ImportResult result = readBytes(makeZip(minimalXlsx(data)));
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.table->rowCount(), rows);
    for (int i = 0; i < rows; ++i) {
        QCOMPARE(result.table->column(0).integer(i), qint64(i + 2) * 7);
        QCOMPARE(result.table->column(1).text(i), u"x&"_s + QString::number((i + 2) % 1000));
    }
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
