// `plotbench import` end to end: the built binary, its JSON keys and typed head, the import options
// on the command line, and exit 2 with a one-line reason on failure.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run plotbench(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PLOTBENCH_EXECUTABLE), QStringList{u"import"_s} + arguments);
    if (!process.waitForFinished(120000))
        qFatal("plotbench did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString fixture(const QString &name) { return QStringLiteral(PLOTBENCH_TEST_FIXTURES) + u'/' + name; }
} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonSchemaAndHead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mixed.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id;price;ok;when;kind\n1;2,5;yes;2024-03-05T10:00:00Z;a\n2;;no;2024-03-06;b\n3;4;yes;NA;a\n");
        file.close();
        const Run run = plotbench({path, u"--json"_s, u"--head"_s, u"2"_s, u"--decimal"_s, u","_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"format"_s).toString(), u"csv"_s);
        QCOMPARE(json.value(u"encoding"_s).toString(), u"UTF-8"_s);
        QCOMPARE(json.value(u"delimiter"_s).toString(), u";"_s);
        QCOMPARE(json.value(u"rows"_s).toInt(), 3);
        const QJsonArray columns = json.value(u"columns"_s).toArray();
        QCOMPARE(columns.size(), 5);
        const QStringList types{u"integer"_s, u"float"_s, u"boolean"_s, u"datetime"_s, u"text"_s};
        for (qsizetype i = 0; i < columns.size(); ++i)
            QCOMPARE(columns.at(i).toObject().value(u"type"_s).toString(), types.at(i));
        QCOMPARE(columns.at(1).toObject().value(u"missing"_s).toInt(), 1);
        QCOMPARE(columns.at(0).toObject().value(u"name"_s).toString(), u"id"_s);
        QVERIFY(json.value(u"warnings"_s).isArray());
        const QJsonArray head = json.value(u"head"_s).toArray();
        QCOMPARE(head.size(), 2);
        const QJsonArray first = head.at(0).toArray();
        QCOMPARE(first.at(0).toInteger(), 1);
        QCOMPARE(first.at(1).toDouble(), 2.5);
        QCOMPARE(first.at(2).toBool(), true);
        QCOMPARE(first.at(3).toString(), u"2024-03-05T10:00:00.000Z"_s);
        QCOMPARE(first.at(4).toString(), u"a"_s);
        QVERIFY(head.at(1).toArray().at(1).isNull());
    }

    void warningsWithLines()
    {
        const Run run = plotbench({fixture(u"ragged_rows.csv"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray warnings = run.json().value(u"warnings"_s).toArray();
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).toObject().value(u"line"_s).toInt(), 3);
        QCOMPARE(warnings.at(1).toObject().value(u"line"_s).toInt(), 4);
        QVERIFY(!warnings.at(0).toObject().value(u"message"_s).toString().isEmpty());
    }

    // Lines before the header are detected and reported: skipped_lines and a warning on line 1;
    // --skip overrides, and a file without a preamble says 0.
    void skippedLinesReported_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("warning");
        QTest::newRow("detected") << u"preamble_title_and_blank_line.csv"_s << QStringList{} << 3 << u"x"_s
                                  << u"skipped 3 lines before the header"_s;
        QTest::newRow("sep= line") << u"excel_sep_hint.csv"_s << QStringList{} << 1 << u"name"_s
                                   << u"skipped 1 line before the header"_s;
        QTest::newRow("--skip overrides") << u"preamble_title_and_blank_line.csv"_s << QStringList{u"--skip"_s, u"1"_s}
                                          << 1 << u"Station: north field"_s << QString();
        QTest::newRow("no preamble") << u"ragged_rows.csv"_s << QStringList{} << 0 << u"a"_s << QString();
    }
    void skippedLinesReported()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, arguments);
        QFETCH(int, skipped);
        QFETCH(QString, firstName);
        QFETCH(QString, warning);
        const Run run = plotbench(QStringList{fixture(file), u"--json"_s} + arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"skipped_lines"_s).toInt(-1), skipped);
        QCOMPARE(json.value(u"columns"_s).toArray().at(0).toObject().value(u"name"_s).toString(), firstName);
        bool found = false;
        for (const QJsonValue &entry : json.value(u"warnings"_s).toArray()) {
            if (entry.toObject().value(u"message"_s).toString().startsWith(u"skipped"_s)) {
                QCOMPARE(entry.toObject().value(u"message"_s).toString(), warning);
                QCOMPARE(entry.toObject().value(u"line"_s).toInt(), 1);
                found = true;
            }
        }
        QCOMPARE(found, !warning.isEmpty());
    }

    void optionsOnTheCommandLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("--skip") << u"header_after_preamble.csv"_s << QStringList{u"--skip"_s, u"2"_s}
                                << QStringList{u"x"_s, u"y"_s} << QStringList{u"integer"_s, u"integer"_s};
        QTest::newRow("--header-row") << u"header_after_preamble.csv"_s
                                      << QStringList{u"--header-row"_s, u"2"_s, u"--delimiter"_s, u"comma"_s}
                                      << QStringList{u"x"_s, u"y"_s} << QStringList{u"integer"_s, u"integer"_s};
        QTest::newRow("--no-header") << u"no_header.csv"_s << QStringList{u"--no-header"_s}
                                     << QStringList{u"column_1"_s, u"column_2"_s, u"column_3"_s}
                                     << QStringList{u"integer"_s, u"float"_s, u"text"_s};
        QTest::newRow("--comment") << u"comment_lines.csv"_s << QStringList{u"--comment"_s, u"#"_s}
                                   << QStringList{u"x"_s, u"y"_s} << QStringList{u"integer"_s, u"integer"_s};
        QTest::newRow("--decimal --thousands") << u"thousands_separator.csv"_s
                                               << QStringList{u"--decimal"_s, u","_s, u"--thousands"_s, u"."_s}
                                               << QStringList{u"city"_s, u"population"_s}
                                               << QStringList{u"text"_s, u"integer"_s};
        QTest::newRow("--type by name, --rename by index")
            << u"no_header.csv"_s
            << QStringList{u"--no-header"_s, u"--type"_s, u"column_1=text"_s, u"--rename"_s, u"2=label"_s}
            << QStringList{u"column_1"_s, u"column_2"_s, u"label"_s} << QStringList{u"text"_s, u"float"_s, u"text"_s};
        QTest::newRow("--escape") << u"backslash_escape.csv"_s << QStringList{u"--escape"_s, u"\\"_s}
                                  << QStringList{u"a"_s, u"b"_s} << QStringList{u"integer"_s, u"text"_s};
        QTest::newRow("--quote") << u"single_quote.csv"_s << QStringList{u"--quote"_s, u"'"_s}
                                 << QStringList{u"a"_s, u"b"_s} << QStringList{u"integer"_s, u"text"_s};
        QTest::newRow("--encoding") << u"windows1252_accents.csv"_s << QStringList{u"--encoding"_s, u"cp1252"_s}
                                    << QStringList{u"name"_s, u"price"_s} << QStringList{u"text"_s, u"integer"_s};
        QTest::newRow("--unix-timestamps") << u"unix_timestamps.csv"_s << QStringList{u"--unix-timestamps"_s}
                                           << QStringList{u"epoch"_s, u"count"_s}
                                           << QStringList{u"datetime"_s, u"integer"_s};
        QTest::newRow("--missing") << u"missing_markers.csv"_s << QStringList{u"--missing"_s, u",-"_s}
                                   << QStringList{u"a"_s, u"b"_s, u"c"_s} << QStringList{u"float"_s, u"text"_s, u"text"_s};
    }

    void optionsOnTheCommandLine()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, names);
        QFETCH(QStringList, types);
        const Run run = plotbench(QStringList{fixture(file), u"--json"_s} + arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QStringList actualNames, actualTypes;
        for (const QJsonValue &column : run.json().value(u"columns"_s).toArray()) {
            actualNames.append(column.toObject().value(u"name"_s).toString());
            actualTypes.append(column.toObject().value(u"type"_s).toString());
        }
        QCOMPARE(actualNames, names);
        QCOMPARE(actualTypes, types);
    }

    void textOutput()
    {
        const Run run = plotbench({fixture(u"missing_markers.csv"_s), u"--head"_s, u"2"_s});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(u"5 rows, 3 columns"_s));
        QVERIFY(text.contains(u"float"_s));
        QVERIFY(text.contains(u"First 2 rows"_s));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no file") << QStringList{} << u"expected exactly one data file"_s;
        QTest::newRow("missing file") << QStringList{u"/nonexistent/x.csv"_s} << u"no such file"_s;
        QTest::newRow("bad encoding") << QStringList{fixture(u"one_column.csv"_s), u"--encoding"_s, u"klingon"_s}
                                      << u"unknown encoding"_s;
        QTest::newRow("bad delimiter") << QStringList{fixture(u"one_column.csv"_s), u"--delimiter"_s, u"ab"_s}
                                       << u"one character"_s;
        QTest::newRow("bad type") << QStringList{fixture(u"one_column.csv"_s), u"--type"_s, u"0=number"_s}
                                  << u"unknown type"_s;
        QTest::newRow("unknown column") << QStringList{fixture(u"one_column.csv"_s), u"--type"_s, u"nope=text"_s}
                                        << u"no column named"_s;
        QTest::newRow("bad --head") << QStringList{fixture(u"one_column.csv"_s), u"--head"_s, u"x"_s}
                                    << u"--head"_s;
    }

    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const Run run = plotbench(arguments);
        QCOMPARE(run.exitCode, 2);
        const QString err = QString::fromUtf8(run.err).trimmed();
        QVERIFY2(err.contains(reason), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 0);
    }

    void emptyFileIsATableWithAWarning()
    {
        const Run run = plotbench({fixture(u"empty_file.csv"_s), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(u"rows"_s).toInt(), 0);
        QCOMPARE(run.json().value(u"warnings"_s).toArray().size(), 1);
    }

    void help()
    {
        const Run run = plotbench({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--delimiter"));
        QVERIFY(run.out.contains("--sheet"));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
