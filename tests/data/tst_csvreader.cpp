// The CSV reader on one fixture per real-world quirk (tests/data/fixtures, named after the quirk),
// the bad inputs of the import issue, and the parallel chunked parse against the serial one.
#include "csvreader.h"
#include "importtesthelpers.h"

#include <QFile>

#include <array>
#include <bit>
#include <charconv>
#include <random>
#include <QTemporaryDir>
#include <QTest>

class TestCsvReader : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString &name) { return QStringLiteral(PLOTBENCH_TEST_FIXTURES) + u'/' + name; }
    static ImportResult importFixture(const QString &name, const ImportOptions &options)
    {
        return DataImport::importFile(fixture(name), options);
    }
    static QString warningsText(const ImportResult &result)
    {
        QStringList lines;
        for (const ImportWarning &warning : result.warnings)
            lines.append(u"%1: %2"_s.arg(warning.line).arg(warning.message));
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void quirks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("options");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QStringList>("cells");    // "row,column=text" (NA: missing)
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("warning");      // a substring of one warning; empty: no warnings at all
        QTest::addColumn<int>("warningLine");      // its line (0: any)

        const QStringList none;
        QTest::newRow("rfc4180 quoted delimiters, quotes, newlines")
            << u"rfc4180_quoted_delimiters_quotes_newlines.csv"_s << QString() << 4
            << QStringList{u"id"_s, u"text"_s, u"value"_s} << QStringList{u"integer"_s, u"text"_s, u"float"_s}
            << QStringList{u"0,1=a, b"_s, u"1,1=say \"hi\""_s, u"2,1=line one\nline two"_s, u"3,2=4.5"_s}
            << u","_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("crlf") << u"crlf_line_endings.csv"_s << QString() << 2 << QStringList{u"x"_s, u"y"_s}
                              << QStringList{u"integer"_s, u"integer"_s} << QStringList{u"1,1=4"_s} << u","_s
                              << u"UTF-8"_s << QString() << 0;
        QTest::newRow("cr only") << u"cr_only_line_endings.csv"_s << QString() << 2 << QStringList{u"x"_s, u"y"_s}
                                 << QStringList{u"integer"_s, u"integer"_s} << QStringList{u"1,0=3"_s, u"1,1=4"_s}
                                 << u","_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("mixed line endings") << u"mixed_line_endings.csv"_s << QString() << 4 << QStringList{u"x"_s, u"y"_s}
                                            << QStringList{u"integer"_s, u"integer"_s}
                                            << QStringList{u"2,0=5"_s, u"3,1=8"_s} << u","_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("utf-8 bom") << u"utf8_bom.csv"_s << QString() << 2 << QStringList{u"name"_s, u"city"_s}
                                   << QStringList{u"text"_s, u"text"_s} << QStringList{u"0,0=José"_s, u"0,1=Zürich"_s}
                                   << u","_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("utf-16le bom") << u"utf16le_bom.csv"_s << QString() << 2 << QStringList{u"name"_s, u"city"_s}
                                      << QStringList{u"text"_s, u"text"_s} << QStringList{u"0,1=Zürich"_s} << u","_s
                                      << u"UTF-16LE"_s << QString() << 0;
        QTest::newRow("utf-16be bom") << u"utf16be_bom.csv"_s << QString() << 2 << QStringList{u"name"_s, u"city"_s}
                                      << QStringList{u"text"_s, u"text"_s} << QStringList{u"0,1=Zürich"_s} << u","_s
                                      << u"UTF-16BE"_s << QString() << 0;
        QTest::newRow("utf-16le without bom") << u"utf16le_without_bom.csv"_s << QString() << 2
                                              << QStringList{u"name"_s, u"city"_s} << QStringList{u"text"_s, u"text"_s}
                                              << QStringList{u"0,0=José"_s} << u","_s << u"UTF-16LE"_s << QString() << 0;
        QTest::newRow("windows-1252 fallback") << u"windows1252_accents.csv"_s << QString() << 3
                                               << QStringList{u"name"_s, u"price"_s}
                                               << QStringList{u"text"_s, u"integer"_s}
                                               << QStringList{u"0,0=Café"_s, u"1,0=Crème brûlée"_s, u"2,0=“Quote”"_s}
                                               << u","_s << u"Windows-1252"_s << QString() << 0;
        QTest::newRow("invalid utf-8 replaced with a warning")
            << u"invalid_utf8.csv"_s << QString() << 4 << QStringList{u"name"_s, u"n"_s}
            << QStringList{u"text"_s, u"integer"_s} << QStringList{u"2,0=Bad\uFFFD\uFFFDName"_s, u"3,0=Köln"_s}
            << u","_s << u"UTF-8"_s << u"invalid UTF-8"_s << 4;
        QTest::newRow("semicolon, decimal comma") << u"semicolon_decimal_comma.csv"_s << u"decimal=,"_s << 3
                                                  << QStringList{u"label"_s, u"value"_s, u"count"_s}
                                                  << QStringList{u"text"_s, u"float"_s, u"integer"_s}
                                                  << QStringList{u"2,1=-3.75"_s, u"1,1=2.25"_s} << u";"_s << u"UTF-8"_s
                                                  << QString() << 0;
        QTest::newRow("semicolon, decimal comma detected") << u"semicolon_decimal_comma.csv"_s << u"decimal="_s << 3
                                                           << QStringList{u"label"_s, u"value"_s, u"count"_s}
                                                           << QStringList{u"text"_s, u"float"_s, u"integer"_s}
                                                           << QStringList{u"2,1=-3.75"_s} << u";"_s << u"UTF-8"_s
                                                           << QString() << 0;
        QTest::newRow("decimal point detected") << u"tab_separated.tsv"_s << u"decimal="_s << 2
                                                << QStringList{u"x"_s, u"y"_s, u"z"_s}
                                                << QStringList{u"integer"_s, u"integer"_s, u"text"_s}
                                                << QStringList{u"1,2=six"_s} << u"\t"_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("tab") << u"tab_separated.tsv"_s << QString() << 2 << QStringList{u"x"_s, u"y"_s, u"z"_s}
                             << QStringList{u"integer"_s, u"integer"_s, u"text"_s} << QStringList{u"1,2=six"_s}
                             << u"\t"_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("pipe") << u"pipe_separated.txt"_s << QString() << 3 << QStringList{u"x"_s, u"y"_s}
                              << QStringList{u"integer"_s, u"integer"_s} << QStringList{u"2,1=6"_s} << u"|"_s
                              << u"UTF-8"_s << QString() << 0;
        QTest::newRow("space") << u"space_separated.txt"_s << QString() << 2 << QStringList{u"x"_s, u"y"_s, u"z"_s}
                               << QStringList{u"integer"_s, u"integer"_s, u"integer"_s} << QStringList{u"1,2=6"_s}
                               << u" "_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("header after preamble (skip lines)")
            << u"header_after_preamble.csv"_s << u"skip=2"_s << 2 << QStringList{u"x"_s, u"y"_s}
            << QStringList{u"integer"_s, u"integer"_s} << QStringList{u"1,1=4"_s} << u","_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("header row index") << u"header_after_preamble.csv"_s << u"header=2;delimiter=,"_s << 2
                                          << QStringList{u"x"_s, u"y"_s} << QStringList{u"integer"_s, u"integer"_s}
                                          << QStringList{u"0,0=1"_s} << u","_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("comment lines") << u"comment_lines.csv"_s << u"comment=#"_s << 2 << QStringList{u"x"_s, u"y"_s}
                                       << QStringList{u"integer"_s, u"integer"_s} << QStringList{u"1,0=3"_s} << u","_s
                                       << u"UTF-8"_s << QString() << 0;
        QTest::newRow("thousands separator") << u"thousands_separator.csv"_s << u"thousands=.;decimal=,"_s << 3
                                             << QStringList{u"city"_s, u"population"_s}
                                             << QStringList{u"text"_s, u"integer"_s}
                                             << QStringList{u"0,1=1234567"_s, u"1,1=12345"_s} << u";"_s << u"UTF-8"_s
                                             << QString() << 0;
        QTest::newRow("missing markers") << u"missing_markers.csv"_s << QString() << 5
                                         << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                         << QStringList{u"integer"_s, u"float"_s, u"text"_s}
                                         << QStringList{u"1,0=NA"_s, u"3,0=NA"_s, u"0,1=NA"_s, u"2,1=NA"_s, u"1,2=NA"_s,
                                                        u"2,2=NA"_s, u"4,0=5"_s}
                                         << u","_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("custom missing markers") << u"missing_markers.csv"_s << u"missing=|-"_s << 5
                                                << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                                << QStringList{u"float"_s, u"text"_s, u"text"_s}
                                                << QStringList{u"0,1=NA"_s, u"2,2=NA"_s, u"1,2=N/A"_s} << u","_s
                                                << u"UTF-8"_s << QString() << 0;
        QTest::newRow("ragged rows") << u"ragged_rows.csv"_s << QString() << 4 << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                     << QStringList{u"integer"_s, u"integer"_s, u"integer"_s}
                                     << QStringList{u"1,2=NA"_s, u"2,2=8"_s, u"3,0=10"_s} << u","_s << u"UTF-8"_s
                                     << u"2 fields instead of 3"_s << 3;
        QTest::newRow("ragged rows: extra fields") << u"ragged_rows.csv"_s << QString() << 4
                                                   << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                                   << QStringList{u"integer"_s, u"integer"_s, u"integer"_s} << none
                                                   << u","_s << u"UTF-8"_s << u"4 fields instead of 3"_s << 4;
        QTest::newRow("partial last line") << u"partial_last_line.csv"_s << QString() << 2
                                           << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                           << QStringList{u"integer"_s, u"integer"_s, u"integer"_s}
                                           << QStringList{u"1,1=5"_s, u"1,2=NA"_s} << u","_s << u"UTF-8"_s
                                           << u"last line is incomplete"_s << 3;
        QTest::newRow("nul bytes") << u"nul_bytes.csv"_s << QString() << 2 << QStringList{u"a"_s, u"b"_s}
                                   << QStringList{u"integer"_s, u"text"_s} << QStringList{u"0,1=xy"_s, u"1,1=z"_s}
                                   << u","_s << u"UTF-8"_s << u"NUL"_s << 2;
        QTest::newRow("unterminated quote at eof") << u"unterminated_quote_at_eof.csv"_s << QString() << 2
                                                   << QStringList{u"a"_s, u"b"_s} << QStringList{u"integer"_s, u"text"_s}
                                                   << QStringList{u"1,1=never closed\n3,lost\n"_s} << u","_s
                                                   << u"UTF-8"_s << u"never closed"_s << 3;
        QTest::newRow("duplicate and empty headers")
            << u"duplicate_and_empty_headers.csv"_s << QString() << 1
            << QStringList{u"x"_s, u"x_2"_s, u"column_3"_s, u"y"_s, u"x_3"_s}
            << QStringList{u"integer"_s, u"integer"_s, u"integer"_s, u"integer"_s, u"integer"_s}
            << QStringList{u"0,4=5"_s} << u","_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("empty file") << u"empty_file.csv"_s << QString() << 0 << QStringList{} << QStringList{} << none
                                    << u","_s << u"UTF-8"_s << u"empty"_s << 0;
        QTest::newRow("header only") << u"header_only.csv"_s << QString() << 0 << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                     << QStringList{u"text"_s, u"text"_s, u"text"_s} << none << u","_s << u"UTF-8"_s
                                     << QString() << 0;
        QTest::newRow("one column") << u"one_column.csv"_s << QString() << 3 << QStringList{u"value"_s}
                                    << QStringList{u"integer"_s} << QStringList{u"2,0=3"_s} << u","_s << u"UTF-8"_s
                                    << QString() << 0;
        QTest::newRow("backslash escape") << u"backslash_escape.csv"_s << u"escape=\\"_s << 2
                                          << QStringList{u"a"_s, u"b"_s} << QStringList{u"integer"_s, u"text"_s}
                                          << QStringList{u"0,1=say \"hi\""_s, u"1,1=back\\slash"_s} << u","_s
                                          << u"UTF-8"_s << QString() << 0;
        QTest::newRow("single quote") << u"single_quote.csv"_s << u"quote='"_s << 2 << QStringList{u"a"_s, u"b"_s}
                                      << QStringList{u"integer"_s, u"text"_s} << QStringList{u"0,1=x, y"_s} << u","_s
                                      << u"UTF-8"_s << QString() << 0;
        QTest::newRow("no header") << u"no_header.csv"_s << u"header=-1"_s << 3
                                   << QStringList{u"column_1"_s, u"column_2"_s, u"column_3"_s}
                                   << QStringList{u"integer"_s, u"float"_s, u"text"_s} << QStringList{u"0,0=1"_s}
                                   << u","_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("delimiter sniffed over many lines") << u"delimiter_not_from_one_line.csv"_s << QString() << 5
                                                           << QStringList{u"id"_s, u"note"_s}
                                                           << QStringList{u"integer"_s, u"text"_s}
                                                           << QStringList{u"0,1=one, two, three"_s} << u";"_s
                                                           << u"UTF-8"_s << QString() << 0;
        QTest::newRow("xlsx that is really a csv") << u"xlsx_that_is_csv.xlsx"_s << QString() << 2
                                                   << QStringList{u"a"_s, u"b"_s}
                                                   << QStringList{u"integer"_s, u"integer"_s} << QStringList{u"1,1=4"_s}
                                                   << u","_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("blank lines skipped") << u"blank_lines.csv"_s << QString() << 2 << QStringList{u"a"_s, u"b"_s}
                                             << QStringList{u"integer"_s, u"integer"_s} << QStringList{u"1,1=4"_s}
                                             << u","_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("trailing delimiter") << u"trailing_delimiter.csv"_s << QString() << 2
                                            << QStringList{u"a"_s, u"b"_s, u"column_3"_s}
                                            << QStringList{u"integer"_s, u"integer"_s, u"text"_s}
                                            << QStringList{u"1,2=NA"_s} << u","_s << u"UTF-8"_s << QString() << 0;
        QTest::newRow("quoted numbers") << u"quoted_numbers.csv"_s << QString() << 2 << QStringList{u"a"_s, u"b"_s}
                                        << QStringList{u"integer"_s, u"float"_s} << QStringList{u"1,1=4.5"_s} << u","_s
                                        << u"UTF-8"_s << QString() << 0;
        QTest::newRow("integers, text on the last row") << u"integer_then_text_late.csv"_s << QString() << 51
                                                        << QStringList{u"code"_s} << QStringList{u"text"_s}
                                                        << QStringList{u"0,0=0"_s, u"50,0=X-1"_s} << u","_s
                                                        << u"UTF-8"_s << QString() << 0;
        QTest::newRow("type override and rename") << u"no_header.csv"_s << u"header=-1;type0=text;type1=integer;rename2=kind"_s << 3
                                                  << QStringList{u"column_1"_s, u"column_2"_s, u"kind"_s}
                                                  << QStringList{u"text"_s, u"integer"_s, u"text"_s}
                                                  << QStringList{u"0,0=1"_s, u"0,1=NA"_s} << u","_s << u"UTF-8"_s
                                                  << u"not a valid integer"_s << 1;
        QTest::newRow("float override, unparsable cell") << u"integer_then_text_late.csv"_s << u"type0=float"_s << 51
                                                         << QStringList{u"code"_s} << QStringList{u"float"_s}
                                                         << QStringList{u"49,0=49"_s, u"50,0=NA"_s} << u","_s
                                                         << u"UTF-8"_s << u"\"X-1\" is not a valid float"_s << 52;
    }

    void quirks()
    {
        QFETCH(QString, file);
        QFETCH(QString, options);
        QFETCH(int, rows);
        QFETCH(QStringList, names);
        QFETCH(QStringList, types);
        QFETCH(QStringList, cells);
        QFETCH(QString, delimiter);
        QFETCH(QString, encoding);
        QFETCH(QString, warning);
        QFETCH(int, warningLine);

        const ImportResult result = importFixture(file, parseTestOptions(options));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.table);
        QCOMPARE(result.format, u"csv"_s);
        QCOMPARE(result.table->rowCount(), rows);
        QCOMPARE(result.totalRows, rows);
        QCOMPARE(result.table->columnNames(), names);
        QCOMPARE(typeKeys(*result.table), types);
        for (const QString &cell : cells) {
            const qsizetype comma = cell.indexOf(u',');
            const qsizetype equals = cell.indexOf(u'=');
            const int row = cell.left(comma).toInt();
            const int column = cell.mid(comma + 1, equals - comma - 1).toInt();
            QCOMPARE(cellText(*result.table, row, column), cell.mid(equals + 1));
        }
        QCOMPARE(QString(result.delimiter), delimiter);
        QCOMPARE(result.encoding, encoding);
        if (warning.isEmpty()) {
            QVERIFY2(result.warnings.isEmpty(), qPrintable(warningsText(result)));
        } else {
            const bool found = std::any_of(result.warnings.cbegin(), result.warnings.cend(), [&](const ImportWarning &w) {
                return w.message.contains(warning) && (warningLine == 0 || w.line == warningLine);
            });
            QVERIFY2(found, qPrintable(u"expected \"%1\" on line %2 among:\n%3"_s.arg(warning).arg(warningLine).arg(warningsText(result))));
        }
        QVERIFY(!result.rawText.isEmpty() || rows == 0);
    }

    // Lines before the header are found without options (their field count differs from the
    // table's), reported as skipped lines with a warning, and an explicit option still wins.
    void linesBeforeTheHeader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("options");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QStringList>("cells"); // "row,column=text"

        QTest::newRow("title lines") << u"header_after_preamble.csv"_s << QString() << 2 << u","_s
                                     << QStringList{u"x"_s, u"y"_s} << 2 << QStringList{u"1,1=4"_s};
        QTest::newRow("title, note and a blank line")
            << u"preamble_title_and_blank_line.csv"_s << QString() << 3 << u","_s
            << QStringList{u"x"_s, u"y"_s, u"z"_s} << 4 << QStringList{u"0,0=1"_s, u"3,2=12"_s};
        QTest::newRow("# lines without a comment prefix, semicolons, decimal comma")
            << u"preamble_hash_lines_semicolon.csv"_s << u"decimal="_s << 2 << u";"_s
            << QStringList{u"id"_s, u"depth"_s} << 4 << QStringList{u"0,1=2.5"_s, u"1,1=3.75"_s};
        QTest::newRow("a quoted note over two lines, tabs")
            << u"preamble_quoted_note_tab.tsv"_s << QString() << 3 << u"\t"_s
            << QStringList{u"region"_s, u"q1"_s, u"q2"_s, u"q3"_s} << 3 << QStringList{u"2,0=east"_s, u"2,3=9"_s};
        QTest::newRow("Excel sep= line") << u"excel_sep_hint.csv"_s << QString() << 1 << u";"_s
                                         << QStringList{u"name"_s, u"value"_s} << 3 << QStringList{u"2,1=3"_s};
        QTest::newRow("quoted Excel sep= line, a comma in the data")
            << u"excel_sep_hint_quoted.csv"_s << QString() << 1 << u"|"_s << QStringList{u"name"_s, u"note"_s} << 2
            << QStringList{u"0,1=x,y"_s};
        QTest::newRow("sep= line, delimiter forced") << u"excel_sep_hint.csv"_s << u"delimiter=;"_s << 1 << u";"_s
                                                     << QStringList{u"name"_s, u"value"_s} << 3 << QStringList{};
        QTest::newRow("prose before a space-aligned table")
            << u"space_aligned_with_preamble.txt"_s << QString() << 1 << u" "_s
            << QStringList{u"t"_s, u"temp"_s, u"rh"_s} << 4 << QStringList{u"3,1=22"_s};
        QTest::newRow("explicit skip 0 keeps the title as header")
            << u"header_after_preamble.csv"_s << u"skip=0;delimiter=,"_s << 0 << u","_s
            << QStringList{u"Exported by Tool 1.0"_s} << 4 << QStringList{u"0,0=Date: today"_s};
        QTest::newRow("explicit header row: no detection")
            << u"header_after_preamble.csv"_s << u"header=2;delimiter=,"_s << 0 << u","_s
            << QStringList{u"x"_s, u"y"_s} << 2 << QStringList{};
        // Not preambles: a header one field short of the data, ragged rows after a header.
        QTest::newRow("trailing delimiter on the data") << u"trailing_delimiter.csv"_s << QString() << 0 << u","_s
                                                        << QStringList{u"a"_s, u"b"_s, u"column_3"_s} << 2
                                                        << QStringList{u"0,0=1"_s};
        QTest::newRow("wider rows after the header") << u"header_then_ragged_wider_rows.csv"_s << QString() << 0
                                                     << u","_s << QStringList{u"a"_s, u"b"_s} << 4
                                                     << QStringList{u"0,0=1"_s};
        QTest::newRow("ragged rows") << u"ragged_rows.csv"_s << QString() << 0 << u","_s
                                     << QStringList{u"a"_s, u"b"_s, u"c"_s} << 4 << QStringList{u"0,0=1"_s};
        QTest::newRow("leading blank lines only") << u"blank_lines.csv"_s << QString() << 0 << u","_s
                                                  << QStringList{u"a"_s, u"b"_s} << 2 << QStringList{};
    }
    void linesBeforeTheHeader()
    {
        QFETCH(QString, file);
        QFETCH(QString, options);
        QFETCH(int, skipped);
        QFETCH(QString, delimiter);
        QFETCH(QStringList, names);
        QFETCH(int, rows);
        QFETCH(QStringList, cells);
        const ImportResult result = importFixture(file, parseTestOptions(options));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.skippedLines, skipped);
        QCOMPARE(QString(result.delimiter), delimiter);
        QCOMPARE(result.table->columnNames(), names);
        QCOMPARE(result.table->rowCount(), rows);
        for (const QString &cell : cells) {
            const qsizetype comma = cell.indexOf(u',');
            const qsizetype equals = cell.indexOf(u'=');
            QCOMPARE(cellText(*result.table, cell.left(comma).toInt(), cell.mid(comma + 1, equals - comma - 1).toInt()),
                     cell.mid(equals + 1));
        }
        const bool detected = parseTestOptions(options).skipLines < 0 && skipped > 0;
        const QString expected = skipped == 1 ? u"skipped 1 line before the header"_s
                                              : u"skipped %1 lines before the header"_s.arg(skipped);
        const bool warned = std::any_of(result.warnings.cbegin(), result.warnings.cend(), [&](const ImportWarning &w) {
            return w.message == expected && w.line == 1;
        });
        QVERIFY2(warned == detected, qPrintable(warningsText(result)));
    }

    // A space delimiter merges runs of spaces (aligned tables), ignores spaces at both ends of a
    // line, and leaves quoted fields as written; the sniffer recognises such tables.
    void spaceAlignedTables_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("sniffed") << u"space_aligned_columns.txt"_s << QString()
                                 << QStringList{u"name"_s, u"height"_s, u"weight"_s}
                                 << QStringList{u"text"_s, u"float"_s, u"integer"_s}
                                 << QStringList{u"0,0=alpha"_s, u"1,1=12.25"_s, u"2,0=gamma ray"_s, u"3,2=8"_s};
        QTest::newRow("forced") << u"space_aligned_columns.txt"_s << u"delimiter= "_s
                                << QStringList{u"name"_s, u"height"_s, u"weight"_s}
                                << QStringList{u"text"_s, u"float"_s, u"integer"_s} << QStringList{u"3,1=0.5"_s};
        QTest::newRow("single spaces as before") << u"space_separated.txt"_s << QString()
                                                 << QStringList{u"x"_s, u"y"_s, u"z"_s}
                                                 << QStringList{u"integer"_s, u"integer"_s, u"integer"_s}
                                                 << QStringList{u"1,2=6"_s};
    }
    void spaceAlignedTables()
    {
        QFETCH(QString, file);
        QFETCH(QString, options);
        QFETCH(QStringList, names);
        QFETCH(QStringList, types);
        QFETCH(QStringList, cells);
        const ImportResult result = importFixture(file, parseTestOptions(options));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(QString(result.delimiter), u" "_s);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(warningsText(result))); // no ragged rows
        QCOMPARE(result.table->columnNames(), names);
        QCOMPARE(typeKeys(*result.table), types);
        QCOMPARE(result.table->rowCount(), 4 - (file == u"space_separated.txt"_s ? 2 : 0));
        for (const QString &cell : cells) {
            const qsizetype comma = cell.indexOf(u',');
            const qsizetype equals = cell.indexOf(u'=');
            QCOMPARE(cellText(*result.table, cell.left(comma).toInt(), cell.mid(comma + 1, equals - comma - 1).toInt()),
                     cell.mid(equals + 1));
        }
    }

    // Quoted fields keep their spaces, even leading and trailing ones, in a space-delimited file.
    void spaceDelimiterKeepsQuotedSpaces()
    {
        ImportOptions options;
        options.delimiter = u' ';
        const ImportResult result = DataImport::importBytes("  a     b  \n  \"  x y \"   \"p  q\"  \n  1  2\n", options);
        QCOMPARE(result.table->columnNames(), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(result.table->rowCount(), 2);
        QCOMPARE(result.table->column(0).text(0), u"  x y "_s);
        QCOMPARE(result.table->column(1).text(0), u"p  q"_s);
        QCOMPARE(result.table->column(1).text(1), u"2"_s);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(warningsText(result)));
    }

    void rawTextShowsTheFileStart()
    {
        const ImportResult result = importFixture(u"semicolon_decimal_comma.csv"_s, {});
        QVERIFY(result.rawText.startsWith(u"label;value;count\na;1,5;10\n"_s));
    }

    void wideFile100000Columns()
    {
        QByteArray header, row;
        for (int c = 0; c < 100'000; ++c) {
            header += (c ? "," : "") + QByteArray("c") + QByteArray::number(c);
            row += (c ? "," : "") + QByteArray::number(c);
        }
        const QByteArray bytes = header + '\n' + row + '\n' + row + '\n';
        const ImportResult result = DataImport::importBytes(bytes, {});
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.table->columnCount(), 100'000);
        QCOMPARE(result.table->rowCount(), 2);
        QCOMPARE(result.table->column(99'999).name(), u"c99999"_s);
        QCOMPARE(result.table->column(99'999).integer(1), 99'999);
        QVERIFY(result.warnings.isEmpty());
    }

    void columnCapWarns()
    {
        ImportOptions options;
        options.maxColumns = 3;
        const ImportResult result = DataImport::importBytes("a,b,c,d,e\n1,2,3,4,5\n", options);
        QCOMPARE(result.table->columnCount(), 3);
        QCOMPARE(result.table->rowCount(), 1);
        QVERIFY(std::any_of(result.warnings.cbegin(), result.warnings.cend(),
                            [](const ImportWarning &w) { return w.message.contains(u"more than 3"_s); }));
    }

    // The cap on one field, proven on a small limit: memory stays bounded whatever the line length.
    void fieldCapOnASmallLimit()
    {
        ImportOptions options;
        options.maxFieldBytes = 1000;
        const QByteArray longField(100'000, 'x');
        const ImportResult result = DataImport::importBytes("a,b\n1," + longField + "\n2,\"" + longField + "\"\n3,ok\n", options);
        QCOMPARE(result.table->rowCount(), 3);
        QCOMPARE(result.table->column(1).text(0).size(), 1000);
        QCOMPARE(result.table->column(1).text(1).size(), 1000);
        QCOMPARE(result.table->column(1).text(2), u"ok"_s);
        const auto cut = std::count_if(result.warnings.cbegin(), result.warnings.cend(),
                                       [](const ImportWarning &w) { return w.message.contains(u"was cut"_s); });
        QCOMPARE(cut, 2);
    }

    // The real limit: a sparse file with a 2 GB line (NUL bytes) between a header and a good row.
    void twoGigabyteLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"two_gigabyte_line.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("a,b\nstart,");
            QVERIFY(file.seek(qint64(2) << 30));
            file.write("\n7,8\n");
        }
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = DataImport::importFile(path, {});
        qInfo("2 GB line imported in %lld ms", timer.elapsed());
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.table->rowCount(), 2);
        QCOMPARE(result.table->column(0).text(1), u"7"_s);
        QCOMPARE(result.table->column(1).text(1), u"8"_s);
        QVERIFY(result.table->column(1).text(0).size() <= 16 << 20);
        QVERIFY(std::any_of(result.warnings.cbegin(), result.warnings.cend(),
                            [](const ImportWarning &w) { return w.line == 2 && w.message.contains(u"NUL"_s); }));
    }

    // The real field limit (16 MiB) on a 40 MB field.
    void realFieldLimit()
    {
        const QByteArray bytes = "a,b\n1," + QByteArray(40 << 20, 'x') + "\n2,y\n";
        const ImportResult result = DataImport::importBytes(bytes, {});
        QCOMPARE(result.table->rowCount(), 2);
        QCOMPARE(result.table->column(1).text(0).size(), 16 << 20);
        QVERIFY(std::any_of(result.warnings.cbegin(), result.warnings.cend(),
                            [](const ImportWarning &w) { return w.line == 2 && w.message.contains(u"was cut"_s); }));
    }

    // Many chunks on both cores, with quoted line breaks right where chunks are cut: the same table
    // as one thread, and line numbers of warnings still right.
    void parallelChunksMatchSerial_data()
    {
        QTest::addColumn<bool>("quotedNewlines");
        QTest::newRow("plain") << false;
        QTest::newRow("quoted newlines everywhere") << true;
    }
    void parallelChunksMatchSerial()
    {
        QFETCH(bool, quotedNewlines);
        QByteArray bytes = "id,x,label,when\n";
        qint64 line = 1;
        qint64 raggedLine = 0;
        for (int i = 0; i < 120'000; ++i) {
            if (i == 100'000) {
                bytes += QByteArray::number(i) + ",1.5\n";
                raggedLine = ++line;
                continue;
            }
            bytes += QByteArray::number(i) + ',' + QByteArray::number(i * 0.25) + ',';
            if (quotedNewlines && i % 3 == 0) {
                bytes += "\"multi\nline, \"\"quoted\"\"\n" + QByteArray::number(i % 7) + "\"";
                line += 2;
            } else {
                bytes += "label" + QByteArray::number(i % 5);
            }
            bytes += ",2024-01-" + QByteArray::number(1 + i % 28) + '\n';
            ++line;
        }
        ImportOptions serial;
        serial.threads = 1;
        ImportOptions parallel;
        parallel.threads = 4;
        const ImportResult one = DataImport::importBytes(bytes, serial);
        const ImportResult many = DataImport::importBytes(bytes, parallel);
        QCOMPARE(one.table->rowCount(), 120'000);
        QCOMPARE(many.table->rowCount(), 120'000);
        QCOMPARE(typeKeys(*many.table), typeKeys(*one.table));
        QCOMPARE(typeKeys(*many.table), (QStringList{u"integer"_s, u"float"_s, u"categorical"_s, u"datetime"_s}));
        for (qsizetype row = 0; row < 120'000; row += 997)
            for (qsizetype c = 0; c < 4; ++c)
                QCOMPARE(cellText(*many.table, row, c), cellText(*one.table, row, c));
        QCOMPARE(many.warnings.size(), 1);
        QCOMPARE(one.warnings.size(), 1);
        QCOMPARE(many.warnings.first().line, raggedLine);
        QCOMPARE(one.warnings.first().line, raggedLine);
    }

    // Plain lines are counted first and parsed straight into the final arrays; columns that change
    // type in a later chunk must still come out right.
    void directModeColumnsChangingType()
    {
        QByteArray bytes = "int_then_float,int_then_text,float,missing_late\n";
        const int rows = 200'000;
        for (int i = 0; i < rows; ++i) {
            bytes += QByteArray::number(i) + (i == rows - 10 ? ".5" : "") + ',';
            bytes += (i == rows - 3 ? QByteArray("text") : QByteArray::number(i)) + ',';
            bytes += QByteArray::number(i * 0.5) + ',';
            bytes += (i > rows - 100 ? QByteArray("NA") : QByteArray::number(i)) + '\n';
        }
        ImportOptions options;
        options.threads = 3;
        const ImportResult result = DataImport::importBytes(bytes, options);
        QCOMPARE(result.table->rowCount(), rows);
        QCOMPARE(typeKeys(*result.table), (QStringList{u"float"_s, u"text"_s, u"float"_s, u"integer"_s}));
        QCOMPARE(result.table->column(0).number(rows - 10), rows - 10 + 0.5);
        QCOMPARE(result.table->column(0).number(7), 7.0);
        QCOMPARE(result.table->column(1).text(rows - 3), u"text"_s);
        QCOMPARE(result.table->column(1).text(12345), u"12345"_s);
        QCOMPARE(result.table->column(2).number(rows - 1), (rows - 1) * 0.5);
        QCOMPARE(result.table->column(3).missingCount(), 99);
        QCOMPARE(result.table->column(3).integer(rows - 101), rows - 101);
        QVERIFY(result.warnings.isEmpty());
    }

    // Records of plain numbers take a hand-written fast path: every value must be the one
    // std::from_chars reads from the same text (correctly rounded), over millions of random values
    // of every shape — short and long fractions, 15 to 17 significant digits (the fast path's edge),
    // integers up to 19 digits, signs, leading zeros, exponents (which take the general path).
    void plainNumbersMatchFromChars_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<bool>("crlf");
        QTest::newRow("two threads, LF") << 2 << false;
        QTest::newRow("one thread, CRLF") << 1 << true;
    }
    void plainNumbersMatchFromChars()
    {
        QFETCH(int, threads);
        QFETCH(bool, crlf);
        std::mt19937_64 random(crlf ? 7 : 42);
        const int rows = 400'000;
        auto digitString = [&](int count) {
            std::string s;
            for (int i = 0; i < count; ++i)
                s += char('0' + random() % 10);
            return s;
        };
        std::vector<std::array<std::string, 4>> cells(static_cast<size_t>(rows));
        QByteArray bytes = crlf ? "integer,fixed,shapes,shortest\r\n" : "integer,fixed,shapes,shortest\n";
        bytes.reserve(rows * 64);
        char buffer[64];
        for (int r = 0; r < rows; ++r) {
            std::array<std::string, 4> &row = cells[size_t(r)];
            row[0] = (random() % 2 ? "-" : "") + digitString(1 + int(random() % 18));
            const auto fixed = std::to_chars(buffer, buffer + sizeof buffer,
                                             std::uniform_real_distribution<double>(-1e4, 1e4)(random),
                                             std::chars_format::fixed, int(random() % 9));
            row[1] = std::string(buffer, fixed.ptr);
            const int whole = int(random() % 9);
            const int fraction = int(random() % 12);
            row[2] = (random() % 3 == 0 ? "-" : "") + digitString(whole) + (fraction || !whole ? "." : "")
                     + digitString(fraction ? fraction : 1);
            const auto shortest = std::to_chars(buffer, buffer + sizeof buffer,
                                                std::bit_cast<double>((random() & 0x3fffffffffffffffull) | 0x3000000000000000ull));
            row[3] = std::string(buffer, shortest.ptr);
            for (int c = 0; c < 4; ++c) {
                bytes += QByteArrayView(row[size_t(c)].data(), qsizetype(row[size_t(c)].size()));
                bytes += c < 3 ? "," : (crlf ? "\r\n" : "\n");
            }
        }
        ImportOptions options;
        options.threads = threads;
        const ImportResult result = DataImport::importBytes(bytes, options);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(warningsText(result)));
        QCOMPARE(result.table->rowCount(), rows);
        QCOMPARE(typeKeys(*result.table), (QStringList{u"integer"_s, u"float"_s, u"float"_s, u"float"_s}));
        const std::vector<qint64> &integers = result.table->column(0).integers();
        int mismatches = 0;
        for (int r = 0; r < rows && mismatches < 5; ++r) {
            const std::array<std::string, 4> &row = cells[size_t(r)];
            int64_t expectedInteger = 0;
            std::from_chars(row[0].data(), row[0].data() + row[0].size(), expectedInteger);
            if (integers[size_t(r)] != expectedInteger) {
                ++mismatches;
                qWarning("row %d: %s read as %lld", r, row[0].c_str(), qint64(integers[size_t(r)]));
            }
            for (int c = 1; c < 4; ++c) {
                double expected = 0;
                std::from_chars(row[size_t(c)].data(), row[size_t(c)].data() + row[size_t(c)].size(), expected);
                const double actual = result.table->column(c).floats()[size_t(r)];
                if (std::bit_cast<uint64_t>(actual) != std::bit_cast<uint64_t>(expected)) {
                    ++mismatches;
                    qWarning("row %d column %d: %s read as %.17g, from_chars %.17g", r, c, row[size_t(c)].c_str(),
                             actual, expected);
                }
            }
        }
        QCOMPARE(mismatches, 0);
    }

    // Numeric files mix fast-path records with ones the general path reads (missing cells, "NA",
    // quoted numbers, blank lines, a ragged row): values, missing cells and warning lines are the
    // same on one thread and on several.
    void plainNumbersWithExceptions()
    {
        QByteArray bytes = "a,b,c\n";
        qint64 line = 1;
        qint64 raggedLine = 0;
        const int rows = 300'000;
        for (int i = 0; i < rows; ++i) {
            if (i % 1000 == 999) {
                bytes += '\n';
                ++line;
            }
            if (i == 250'000) {
                bytes += QByteArray::number(i) + ",1.5\n";
                raggedLine = ++line;
                continue;
            }
            bytes += QByteArray::number(i) + ',';
            bytes += i % 777 == 0 ? QByteArray() : (i % 501 == 0 ? QByteArray("NA") : QByteArray::number(i * 0.5, 'f', 1));
            bytes += ',' + (i % 333 == 0 ? '"' + QByteArray::number(-i) + '"' : QByteArray::number(-i)) + '\n';
            ++line;
        }
        for (const int threads : {1, 3}) {
            ImportOptions options;
            options.threads = threads;
            const ImportResult result = DataImport::importBytes(bytes, options);
            QCOMPARE(result.table->rowCount(), rows);
            QCOMPARE(typeKeys(*result.table), (QStringList{u"integer"_s, u"float"_s, u"integer"_s}));
            QCOMPARE(result.warnings.size(), 1);
            QCOMPARE(result.warnings.first().line, raggedLine);
            const DataColumn &b = result.table->column(1);
            const DataColumn &c = result.table->column(2);
            for (int i = 0; i < rows; ++i) {
                if (i == 250'000) {
                    QCOMPARE(b.number(i), 1.5);
                    QVERIFY(c.isMissing(i));
                    continue;
                }
                QCOMPARE(result.table->column(0).integer(i), i);
                QCOMPARE(b.isMissing(i), i % 777 == 0 || i % 501 == 0);
                if (!b.isMissing(i))
                    QCOMPARE(b.number(i), i * 0.5);
                QCOMPARE(c.integer(i), -i);
            }
        }
    }

    void previewReadsOnlyTheFirstRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray block;
            for (int i = 0; i < 10'000; ++i)
                block += QByteArray::number(i) + ",2.5,text\n";
            file.write("a,b,c\n");
            for (int i = 0; i < 200; ++i) // ~26 MB
                file.write(block);
        }
        // Best of three: the budget is for the reader, not for a machine busy with other work.
        ImportResult result;
        qint64 ms = std::numeric_limits<qint64>::max();
        for (int attempt = 0; attempt < 3; ++attempt) {
            QElapsedTimer timer;
            timer.start();
            result = DataImport::previewAsync(path, {}, 200).result();
            ms = std::min(ms, timer.elapsed());
        }
        qInfo("preview of 200 rows: %lld ms", ms);
        QCOMPARE(result.table->rowCount(), 200);
        QCOMPARE(result.totalRows, -1);
        QCOMPARE(typeKeys(*result.table), (QStringList{u"integer"_s, u"float"_s, u"categorical"_s}));
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
        QVERIFY2(ms <= 50, "preview took longer than 50 ms");
#endif
    }

    void asyncImportReportsProgressAndCancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"data.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("a,b\n");
            for (int i = 0; i < 200'000; ++i)
                file.write(QByteArray::number(i) + ",x\n");
        }
        QFuture<ImportResult> future = DataImport::importAsync(path, {});
        future.waitForFinished();
        QCOMPARE(future.result().table->rowCount(), 200'000);
        QCOMPARE(future.progressValue(), 1000);

        ImportControl control;
        control.isCanceled = [] { return true; };
        const ImportResult canceled = DataImport::importFile(path, {}, control);
        QVERIFY(canceled.canceled);
        QVERIFY(!canceled.error.isEmpty());
    }

    void unknownEncodingIsAClearError()
    {
        ImportOptions options;
        options.encoding = u"EBCDIC-9"_s;
        const ImportResult result = DataImport::importBytes("a\n1\n", options);
        QVERIFY(result.error.contains(u"EBCDIC-9"_s));
        QVERIFY(!result.table);
    }

    void forcedEncoding()
    {
        ImportOptions options;
        options.encoding = u"latin1"_s;
        const ImportResult result = DataImport::importBytes("n\n\xe9t\xe9\n", options);
        QCOMPARE(result.encoding, u"ISO-8859-1"_s);
        QCOMPARE(result.table->column(0).text(0), u"été"_s);
    }

    void memoryIsCompact()
    {
        QByteArray bytes = "a,b,c\n";
        for (int i = 0; i < 100'000; ++i)
            bytes += QByteArray::number(i) + ',' + QByteArray::number(i * 0.5) + ",k" + QByteArray::number(i % 4) + '\n';
        const ImportResult result = DataImport::importBytes(bytes, {});
        const qsizetype typed = 100'000 * (8 + 8 + 4);
        QVERIFY2(result.table->byteSize() <= typed * 13 / 10, qPrintable(QString::number(result.table->byteSize())));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
