// XmlScanner, the streaming scanner of worksheets and shared strings: each document is scanned in
// reads of 1, 2, 3, 7, 61 bytes and at once, and every trace must equal QXmlStreamReader's (so a
// tag, a reference, a CDATA section or a CRLF split across two chunks reads the same); malformed
// and hostile documents fail with the part and line; a big part is read in a bounded buffer.
#include "xmltrace.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestXmlScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesQXmlStreamReader_data();
    void matchesQXmlStreamReader();
    void refuses_data();
    void refuses();
    void utf16Part();
    void bigPartInBoundedBuffer();
    void longTagAndText();
};

namespace {
const QByteArray main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
}

void TestXmlScanner::matchesQXmlStreamReader_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("plain sheet") << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + main
            + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\"><v>1.5</v></c></row></sheetData></worksheet>";
    QTest::newRow("prefix") << "<x:worksheet xmlns:x=\"" + main + "\"><x:sheetData><x:row><x:c r='C3' t='n'><x:v>7</x:v></x:c></x:row>"
            "</x:sheetData></x:worksheet>";
    QTest::newRow("prefix rebound inside") << "<a xmlns=\"urn:other\" xmlns:m=\"" + main + "\"><m:c><v>1</v><c xmlns=\"" + main
            + "\"><v>2</v></c><m:c xmlns:m=\"urn:other\"/></m:c><c/></a>";
    QTest::newRow("undeclared default") << QByteArray("<a xmlns=\"\"><b/></a>");
    QTest::newRow("attributes any order and quotes") << "<c xmlns=\"" + main + "\" s = '3'\tt=\"s\"\nr='B2'><v>x</v></c>";
    QTest::newRow("attribute references") << "<c xmlns=\"" + main + "\" r=\"&#65;1\" t='in&#108;ineStr' s=\"&quot;&amp;&lt;&gt;&apos;\"/>";
    QTest::newRow("attribute white space") << QByteArray("<c r=\"a\tb\r\nc\nd\"/>");
    QTest::newRow("entities in text") << QByteArray("<t>a &amp; b &lt;c&gt; &quot;&apos; &#10;&#x1F600;&#233;&#xe9;</t>");
    QTest::newRow("cdata") << QByteArray("<t>before<![CDATA[<not> &amp; a tag]]>after<![CDATA[]]></t>");
    QTest::newRow("comments and pi") << QByteArray("<?xml version='1.0'?><!-- a > comment --><r><!----><?pi some > data?><t>x<!-- in -->y</t></r><!-- end -->");
    QTest::newRow("self closing") << QByteArray("<r><c/><c r=\"A2\"/><c r=\"A3\" /><v></v></r>");
    QTest::newRow("white space") << QByteArray("\n\n<r>\n  <row r=\"1\" >\n    <c>\n<v> 12 </v>\n</c>\n  </row  >\n</r>\n\n");
    QTest::newRow("line ends") << QByteArray("<t>a\r\nb\rc\nd\r\r\ne&#13;f&#13;&#10;g</t>");
    QTest::newRow("cdata line ends") << QByteArray("<t><![CDATA[a\r\nb\rc]]></t>");
    QTest::newRow("utf-8 text") << QByteArray("<t>東京 — Zürich 😀</t>");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF<r><t>x</t></r>");
    QTest::newRow("rich text") << "<sst xmlns=\"" + main + "\"><si><r><rPr><b/></rPr><t>bo</t></r><r><t xml:space=\"preserve\">ld </t></r></si>"
            "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si></sst>";
    QByteArray long_;
    for (int i = 0; i < 300; ++i)
        long_ += "<row r=\"" + QByteArray::number(i + 1) + "\"><c r=\"A" + QByteArray::number(i + 1) + "\"><f>SUM(B1:B9)&amp;\"x\"</f><v>"
            + QByteArray::number(i * 0.37) + "</v></c><c t=\"inlineStr\"><is><t>" + QByteArray(i % 97, 'x') + "</t></is></c></row>";
    QTest::newRow("many rows") << "<worksheet xmlns=\"" + main + "\"><sheetData>" + long_ + "</sheetData></worksheet>";
}

void TestXmlScanner::matchesQXmlStreamReader()
{
    QFETCH(QByteArray, xml);
    const XmlTrace::Trace expected = XmlTrace::qt(xml);
    QVERIFY2(expected.ok, qPrintable(expected.error));
    for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(61)}) {
        const XmlTrace::Trace trace = XmlTrace::scan(xml, step);
        QVERIFY2(trace.ok, qPrintable(trace.error));
        QCOMPARE(trace.events, expected.events);
    }
}

void TestXmlScanner::refuses_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::newRow("doctype") << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">]>\n<t>&lol;</t>") << u"DTD"_s << 2;
    QTest::newRow("undeclared entity") << QByteArray("<r>\n<t>&lol;</t></r>") << u"&lol;"_s << 2;
    QTest::newRow("external entity name") << QByteArray("<t>&ext;</t>") << u"refused"_s << 1;
    QTest::newRow("nul reference") << QByteArray("<t>&#0;</t>") << u"refused"_s << 1;
    QTest::newRow("surrogate reference") << QByteArray("<t>&#xD800;</t>") << u"refused"_s << 1;
    QTest::newRow("huge reference") << QByteArray("<t>&#x110000;</t>") << u"refused"_s << 1;
    QTest::newRow("unterminated reference") << QByteArray("<t>a & b</t>") << u"refused"_s << 1;
    QTest::newRow("mismatched") << QByteArray("<r>\n<c>\n<v>3</x></c></r>") << u"</x>"_s << 3;
    QTest::newRow("stray end") << QByteArray("<r/></r>") << u"</r>"_s << 1;
    QTest::newRow("truncated") << QByteArray("<r><c><v>3</v>") << u"premature"_s << 1;
    QTest::newRow("truncated in tag") << QByteArray("<r><c r=\"A") << u"premature"_s << 1;
    QTest::newRow("empty") << QByteArray() << u"premature"_s << 1;
    QTest::newRow("unquoted") << QByteArray("<c r=A1/>") << u"quotes"_s << 1;
    QTest::newRow("lt in attribute") << QByteArray("<c r=\"<\"/>") << u"'<'"_s << 1;
    QTest::newRow("unbound prefix") << QByteArray("<x:c/>") << u"\"x\""_s << 1;
    QTest::newRow("second root") << QByteArray("<a/><b/>") << u"root"_s << 1;
}

void TestXmlScanner::refuses()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    QFETCH(int, line);
    for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(5)}) {
        const XmlTrace::Trace trace = XmlTrace::scan(xml, step);
        QVERIFY(!trace.ok);
        QVERIFY2(trace.error.contains(message), qPrintable(trace.error));
        QVERIFY2(trace.error.startsWith(u"part.xml line %1:"_s.arg(line)), qPrintable(trace.error));
    }
    QVERIFY(!XmlTrace::qt(xml).ok); // Qt's reader refuses them too
}

void TestXmlScanner::utf16Part()
{
    const QString text = u"<?xml version=\"1.0\" encoding=\"UTF-16\"?><r><c r=\"A1\"><v>東京 &amp; 1</v></c></r>"_s;
    for (const bool bigEndian : {false, true}) {
        QByteArray utf16 = bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
        for (const QChar c : text) {
            const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
            utf16 += bigEndian ? hi : lo;
            utf16 += bigEndian ? lo : hi;
        }
        const XmlTrace::Trace expected = XmlTrace::qt(utf16);
        QVERIFY2(expected.ok && expected.events.size() == 7, qPrintable(expected.error));
        for (const qsizetype step : {qsizetype(0), qsizetype(1), qsizetype(3)}) {
            const XmlTrace::Trace trace = XmlTrace::scan(utf16, step);
            QVERIFY2(trace.ok, qPrintable(trace.error));
            QCOMPARE(trace.events, expected.events);
        }
    }
}

void TestXmlScanner::bigPartInBoundedBuffer()
{
    // 40 MB streamed in 64 KiB reads: the scanner's buffer stays near its chunk, never the part.
    const QByteArray row = "<row><c r=\"A1\"><v>123.456</v></c><c t=\"s\"><v>7</v></c></row>";
    const qint64 rows = (40 << 20) / row.size();
    const QByteArray head = "<worksheet xmlns=\"" + main + "\"><sheetData>";
    const QByteArray tail = "</sheetData></worksheet>";
    qint64 produced = 0;
    qint64 at = 0; // in the current piece
    int piece = 0; // 0 head, 1 rows, 2 tail
    XmlScanner scanner([&](char *data, qint64 max) -> qint64 {
        max = std::min<qint64>(max, 64 << 10);
        qint64 n = 0;
        while (n < max && piece < 3) {
            const QByteArray &source = piece == 0 ? head : piece == 1 ? row : tail;
            const qint64 k = std::min<qint64>(max - n, source.size() - at);
            std::memcpy(data + n, source.constData() + at, size_t(k));
            n += k;
            at += k;
            if (at == source.size()) {
                at = 0;
                if (piece != 1 || ++produced == rows)
                    ++piece;
            }
        }
        return n;
    }, u"sheet.xml"_s, {main});
    qint64 values = 0;
    qsizetype largest = 0;
    for (XmlScanner::Token t; (t = scanner.next()) != XmlScanner::Token::EndDocument;) {
        QVERIFY2(t != XmlScanner::Token::Error, qPrintable(scanner.error()));
        if (t == XmlScanner::Token::StartElement && scanner.localName() == "v") {
            scanner.text().clear();
            scanner.collectText(true);
        } else if (t == XmlScanner::Token::EndElement && scanner.localName() == "v") {
            scanner.collectText(false);
            values += scanner.text() == "123.456" || scanner.text() == "7";
        }
        largest = std::max(largest, scanner.bufferSize());
    }
    QCOMPARE(values, rows * 2);
    QCOMPARE(scanner.bytesRead(), head.size() + rows * row.size() + tail.size());
    QVERIFY2(largest <= 512 << 10, qPrintable(QString::number(largest)));
}

void TestXmlScanner::longTagAndText()
{
    // An 8 MB attribute and a 8 MB text arriving in 4 KiB reads: the buffer grows for the tag (and
    // is filled on each refill, so the tag is not parsed again once per read); the text streams.
    const QByteArray big(8 << 20, 'x');
    const QByteArray xml = "<r><c r=\"" + big + "\" t=\"s\"/><t>" + big + "&amp;</t></r>";
    const XmlTrace::Trace trace = XmlTrace::scan(xml, 4096, 64 << 10);
    QVERIFY2(trace.ok, qPrintable(trace.error));
    QCOMPARE(trace.events.size(), 7);
    QCOMPARE(trace.events.at(1), u"start -1:c r="_s + QString::fromLatin1(big) + u" t=s"_s);
    QCOMPARE(trace.events.at(4), u"text "_s + QString::fromLatin1(big) + u'&');
}

QTEST_GUILESS_MAIN(TestXmlScanner)
#include "tst_xmlscanner.moc"
