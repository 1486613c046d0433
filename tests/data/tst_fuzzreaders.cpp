// Seeded mutation fuzzing of the xlsx, ods and JSON readers. Spreadsheets: the XML parts of the
// generated test files (make-spreadsheets.py) are mutated and zipped again, so the mutations reach
// the XML handling, plus raw byte mutations of whole packages; JSON: the generated JSON files and
// JSON Lines mutated with JSON syntax. Every read must return an error or a table (no crash, no
// hang); run in the asan preset to catch memory errors too. PLOTBENCH_FUZZ_SEED / _ITERATIONS
// override the run.
#include "jsonreader.h"
#include "jsontestsupport.h"
#include "odsreader.h"
#include "spreadsheettestsupport.h"
#include "xlsxreader.h"
#include "xmltrace.h"

#include <QDirIterator>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace SpreadsheetTest;

namespace {
quint32 seed()
{
    return qEnvironmentVariableIsSet("PLOTBENCH_FUZZ_SEED") ? quint32(qEnvironmentVariableIntValue("PLOTBENCH_FUZZ_SEED")) : 20261201u;
}
int iterations()
{
    return qEnvironmentVariableIsSet("PLOTBENCH_FUZZ_ITERATIONS") ? qEnvironmentVariableIntValue("PLOTBENCH_FUZZ_ITERATIONS") : 400;
}

class Mutator
{
public:
    Mutator(quint32 seed, QList<QByteArray> tokens) : m_random(seed), m_tokens(std::move(tokens)) {}

    quint32 bounded(quint32 n) { return n ? m_random.bounded(n) : 0; }

    QByteArray mutate(QByteArray input, const QList<QByteArray> &corpus)
    {
        const int rounds = 1 + int(bounded(6));
        for (int i = 0; i < rounds; ++i) {
            const qsizetype size = input.size();
            const qsizetype at = size > 0 ? qsizetype(bounded(quint32(size))) : 0;
            switch (bounded(7)) {
            case 0:
                if (size > 0)
                    input[at] = char(bounded(256));
                break;
            case 1:
                input.insert(at, m_tokens[qsizetype(bounded(quint32(m_tokens.size())))]);
                break;
            case 2:
                input.remove(at, qsizetype(bounded(64)));
                break;
            case 3:
                input.insert(at, input.mid(at, qsizetype(bounded(512))));
                break;
            case 4:
                input.truncate(at + qsizetype(bounded(quint32(size - at + 1))));
                break;
            case 5: {
                const QByteArray &other = corpus[qsizetype(bounded(quint32(corpus.size())))];
                input.insert(at, other.mid(qsizetype(bounded(quint32(other.size() + 1))), qsizetype(bounded(512))));
                break;
            }
            default: { // a number somewhere becomes extreme
                static const QList<QByteArray> numbers{"0", "-1", "99999999999999999999", "1e308", "-1e-320", "2147483648",
                                                       "1048577", "16385", "NaN", "4294967296"};
                input.insert(at, numbers[qsizetype(bounded(quint32(numbers.size())))]);
                break;
            }
            }
        }
        return input;
    }

private:
    QRandomGenerator m_random;
    QList<QByteArray> m_tokens;
};

const QList<QByteArray> xmlTokens{
    "<", ">", "/>", "</c>", "</row>", "<row r=\"3\">", "<c r=\"XFD1\" t=\"s\"><v>0</v></c>", "<c t=\"e\"><v>#N/A</v></c>",
    "<c t=\"inlineStr\"><is><r><t>x</t></r></is></c>", " r=\"A1048577\"", " s=\"99\"", " t=\"b\"", " t=\"d\"", "<v>", "</v>",
    "&amp;", "&#0;", "&#x10FFFF;", "&undefined;", "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>", "<!DOCTYPE x []>",
    " xmlns=\"urn:other\"", " xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", "<x:c>",
    "t:number-columns-repeated=\"100000\" ", "t:number-rows-repeated=\"2000000\" ", "office:value-type=\"date\" ",
    "office:date-value=\"99999-13-40\" ", "<table:covered-table-cell/>", "<text:s text:c=\"99999\"/>",
    QByteArray(1, '\0'), "\xff\xfe", "\xe2\x80", "\"", "'", "=", " ", "\n"};

const QList<QByteArray> jsonTokens{
    "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "null", "true", "false", "-0", "1e999",
    "18446744073709551616", "{\"a\":", "[[[[[[[[", "]]]]]]]]", "\"a.b\":1,", "{}", "[]", "\n", "\r\n",
    QByteArray(1, '\0'), "\xff", "\xc3\x28", "\xef\xbb\xbf", "{\"a\":1,\"a\":2}", "\"2024-02-30T25:61:00Z\""};

// The parts of a zip package, by name, in order.
QList<ZipPart> unzip(const QString &path)
{
    QList<ZipPart> parts;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            parts.append({zip.getCurrentFileName(), file.readAll()});
    }
    return parts;
}

QStringList filesEndingWith(const QStringList &suffixes)
{
    QStringList files;
    QDirIterator it(filesDir(), QDir::Files);
    while (it.hasNext()) {
        const QString file = it.next();
        for (const QString &suffix : suffixes)
            if (file.endsWith(suffix))
                files.append(file);
    }
    files.sort();
    return files;
}

void check(const ImportResult &result)
{
    QVERIFY(!result.error.isEmpty() || result.table);
    if (result.table) {
        for (const DataColumn &column : result.table->columns()) {
            QCOMPARE(column.rowCount(), result.table->rowCount());
            for (qsizetype row = 0; row < std::min<qsizetype>(column.rowCount(), 50); ++row)
                (void)column.text(row);
        }
    }
    QVERIFY(result.warnings.size() <= 1001);
}

ImportResult readWith(const DataReader &reader, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return reader.read(buffer, {}, {});
}

void fuzzPackages(const DataReader &reader, const QStringList &suffixes, quint32 salt)
{
    QList<QList<ZipPart>> packages;
    QList<QByteArray> corpus;
    for (const QString &file : filesEndingWith(suffixes)) {
        packages.append(unzip(file));
        for (const ZipPart &part : packages.last())
            corpus.append(part.data);
    }
    QVERIFY(!packages.isEmpty());
    Mutator mutator(seed() ^ salt, xmlTokens);
    const int n = iterations();
    for (int i = 0; i < n; ++i) {
        QList<ZipPart> package = packages[qsizetype(mutator.bounded(quint32(packages.size())))];
        QByteArray bytes;
        if (mutator.bounded(8) == 0) {
            bytes = mutator.mutate(makeZip(package), corpus); // raw bytes of the whole archive
        } else {
            // Mostly the XML parts; sometimes a part's name.
            const int mutations = 1 + int(mutator.bounded(3));
            for (int m = 0; m < mutations; ++m) {
                ZipPart &part = package[qsizetype(mutator.bounded(quint32(package.size())))];
                if (mutator.bounded(20) == 0)
                    part.name = QString::fromLatin1(mutator.mutate(part.name.toLatin1(), corpus));
                else
                    part.data = mutator.mutate(part.data, corpus);
            }
            bytes = makeZip(package);
        }
        check(readWith(reader, bytes));
        if (QTest::currentTestFailed()) {
            qWarning("failing input: iteration %d (seed %u)", i, seed() ^ salt);
            return;
        }
    }
}
} // namespace

class TestFuzzReaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xlsx() { fuzzPackages(XlsxReader(), {u".xlsx"_s}, 1); }
    void ods() { fuzzPackages(OdsReader(), {u".ods"_s}, 2); }
    void json();
    void xmlScanner();
};

// XmlScanner alone on mutated worksheet and shared-strings XML: the trace (events, or the error
// with its line) must not depend on where the reads split the input, and whatever
// QXmlStreamReader reads without error the scanner must read the same.
void TestFuzzReaders::xmlScanner()
{
    QList<QByteArray> corpus;
    for (const QString &file : filesEndingWith({u".xlsx"_s}))
        for (const ZipPart &part : unzip(file))
            if (part.name.contains(u"worksheets/"_s) || part.name.endsWith(u"sharedStrings.xml"_s))
                corpus.append(part.data.left(64 << 10));
    QVERIFY(corpus.size() >= 4);
    Mutator mutator(seed() ^ 4, xmlTokens);
    const int n = iterations() * 4;
    int qtAccepted = 0;
    for (int i = 0; i < n; ++i) {
        const QByteArray input = mutator.mutate(corpus[qsizetype(mutator.bounded(quint32(corpus.size())))], corpus);
        const XmlTrace::Trace whole = XmlTrace::scan(input, 0, 4096);
        const qsizetype step = 1 + qsizetype(mutator.bounded(97));
        const XmlTrace::Trace split = XmlTrace::scan(input, step, 64);
        QCOMPARE(split.ok, whole.ok);
        QCOMPARE(split.error, whole.error);
        QCOMPARE(split.events, whole.events);
        const XmlTrace::Trace qt = XmlTrace::qt(input);
        if (qt.ok) {
            ++qtAccepted;
            QVERIFY2(whole.ok, qPrintable(whole.error));
            QCOMPARE(whole.events, qt.events);
        }
        if (QTest::currentTestFailed()) {
            qWarning("failing input: iteration %d (seed %u, step %lld)", i, seed() ^ 4, qlonglong(step));
            return;
        }
    }
    qInfo("%d of %d mutated parts well-formed for QXmlStreamReader, read the same", qtAccepted, n);
}

void TestFuzzReaders::json()
{
    QList<QByteArray> corpus;
    for (const QString &path : filesEndingWith({u".json"_s, u".jsonl"_s})) {
        QFile file(path);
        if (path.endsWith(u"expected.json"_s) || !file.open(QIODevice::ReadOnly))
            continue;
        corpus.append(file.readAll());
    }
    QVERIFY(corpus.size() >= 5);
    // Arrays of records over many lines: the fast path's input, with places to cut.
    QByteArray records = "[\n";
    for (int i = 0; i < 40; ++i)
        records += (i ? ",\n" : "") + QByteArray(R"({"i": )") + QByteArray::number(i) + R"(, "s": "v)" + QByteArray::number(i % 3)
            + R"(", "f": 1.5, "b": true, "d": "2024-01-0)" + QByteArray::number(1 + i % 9) + R"(", "o": {"x": [1, {"y": null}]}, "e": {}})";
    corpus.append(records + "\n]");
    corpus.append(QByteArray(R"([{"a": 1, "b": "NA"},
  {"b": 2.5, "c\u0041": "x"},
  null,
  {"a": "text", "c": false}])"));
    corpus.append(QByteArray(records).remove(0, 2).replace(",\n", "\n").replace("}}\n]", "}}\n")); // as JSON Lines
    Mutator mutator(seed() ^ 3, jsonTokens);
    const JsonReader reader;
    const int n = iterations() * 4;
    int fastPathReads = 0;
    const qsizetype recordSeeds = corpus.size() - 3;
    static const QList<QByteArray> values{"null", "1", "-2.5e3", "\"NA\"", "\"2024-01-01\"", "true", "[1,{\"a\":2}]", "{}",
                                          "{\"x\":1}", "\"x\"", "18446744073709551615", "\"\\u00e9\"", "\"1.5\"", "0"};
    for (int i = 0; i < n; ++i) {
        QByteArray input;
        if (mutator.bounded(3) == 0) {
            // Values swapped in valid records: the fast path's typing, not its refusals.
            input = corpus[recordSeeds + qsizetype(mutator.bounded(3))];
            for (int k = 1 + int(mutator.bounded(4)); k > 0; --k) {
                const qsizetype colon = input.indexOf(':', qsizetype(mutator.bounded(quint32(input.size()))));
                if (colon < 0)
                    continue;
                qsizetype end = colon + 1;
                while (end < input.size() && input[end] != ',' && input[end] != '}' && input[end] != '{' && input[end] != '[')
                    ++end;
                if (end < input.size() && (input[end] == '{' || input[end] == '['))
                    continue;
                input.replace(colon + 1, end - colon - 1, values[qsizetype(mutator.bounded(quint32(values.size())))]);
            }
        } else {
            input = mutator.mutate(corpus[qsizetype(mutator.bounded(quint32(corpus.size())))], corpus);
        }
        ImportOptions options;
        if (mutator.bounded(4) == 0)
            options.recordPath = QString::fromLatin1(mutator.mutate("data.items", corpus).left(40));
        if (mutator.bounded(3) == 0) { // a preview of a prefix
            options.maxRows = qsizetype(mutator.bounded(50));
            options.scanLimitBytes = 1 + qint64(mutator.bounded(quint32(input.size() + 1)));
        }
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        const ImportResult result = reader.read(buffer, options, {});
        check(result);
        if (options.maxRows < 0 && options.recordPath.isEmpty()) {
            // The fast path (whole arrays of records) reads exactly what the DOM walk reads,
            // also cut into parts at every record boundary it finds.
            const ImportResult reference = JsonTest::readJson(input, options, {}, JsonReader::Walk::DocumentOnly);
            const QString whole = JsonTest::difference(result, reference);
            if (!whole.isEmpty())
                qWarning("differing input: %s", input.left(4000).toPercentEncoding(" {}[]\":,.").constData());
            QVERIFY2(whole.isEmpty(), qPrintable(u"iteration %1: %2"_s.arg(i).arg(whole)));
            ImportResult parts;
            const size_t chunkBytes = mutator.bounded(3) == 0 ? 0 : 16 + mutator.bounded(512);
            if (JsonTest::readParts(input, options, &parts, 2 + int(mutator.bounded(6)), 1, nullptr, chunkBytes)
                == JsonRecordParser::Outcome::Done) {
                ++fastPathReads;
                const QString cut = JsonTest::difference(parts, reference);
                if (!cut.isEmpty())
                    qWarning("differing input: %s", input.left(4000).toPercentEncoding(" {}[]\":,.").constData());
                QVERIFY2(cut.isEmpty(), qPrintable(u"iteration %1, in parts: %2"_s.arg(i).arg(cut)));
            }
            QVERIFY2(parts.error.isEmpty(), qPrintable(parts.error)); // the input was restored
            if (reference.format == u"jsonl"_s) {
                ImportResult lines;
                if (JsonTest::readParts(input, options, &lines, 1 + int(mutator.bounded(4)), 1, nullptr, chunkBytes, true)
                    == JsonRecordParser::Outcome::Done) {
                    ++fastPathReads;
                    const QString cut = JsonTest::difference(lines, reference);
                    if (!cut.isEmpty())
                        qWarning("differing input: %s", input.left(4000).toPercentEncoding(" {}[]\":,.").constData());
                    QVERIFY2(cut.isEmpty(), qPrintable(u"iteration %1, lines in parts: %2"_s.arg(i).arg(cut)));
                }
                QVERIFY2(lines.error.isEmpty(), qPrintable(lines.error));
            }
        }
        if (QTest::currentTestFailed()) {
            qWarning("failing input: iteration %d (seed %u): %s", i, seed() ^ 3, input.left(4000).toPercentEncoding(" {}[]\":,.").constData());
            return;
        }
    }
    qInfo("%d of %d inputs read by the fast path in parts", fastPathReads, n);
    QVERIFY(fastPathReads > n / 50); // the mutations reach it
}

QTEST_GUILESS_MAIN(TestFuzzReaders)
#include "tst_fuzzreaders.moc"
