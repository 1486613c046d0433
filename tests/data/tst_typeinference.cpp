// Type inference over whole columns: every cell counts, never the first row alone.
#include "datetimeparser.h"
#include "importtesthelpers.h"
#include "numberparser.h"
#include "typeinference.h"

#include <QTest>

#include <cmath>

class TestTypeInference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inferAndBuild_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("texts"); // DataColumn::text() per row, NA when missing

        QTest::newRow("integers") << QStringList{u"1"_s, u"-2"_s, u" 3 "_s, u"+4"_s} << QString() << u"integer"_s
                                  << QStringList{u"1"_s, u"-2"_s, u"3"_s, u"4"_s};
        QTest::newRow("an integer column with one float is float")
            << QStringList{u"1"_s, u"2"_s, u"3"_s, u"2.5"_s} << QString() << u"float"_s
            << QStringList{u"1"_s, u"2"_s, u"3"_s, u"2.5"_s};
        QTest::newRow("float forms") << QStringList{u"1e3"_s, u".5"_s, u"-0.25"_s, u"inf"_s, u"12345678901234567890"_s}
                                     << QString() << u"float"_s
                                     << QStringList{u"1000"_s, u"0.5"_s, u"-0.25"_s, u"inf"_s, u"1.2345678901234567e+19"_s};
        QTest::newRow("text on the last row makes text") << QStringList{u"1"_s, u"2"_s, u"3"_s, u"x"_s} << QString()
                                                         << u"text"_s << QStringList{u"1"_s, u"2"_s, u"3"_s, u"x"_s};
        QTest::newRow("missing markers") << QStringList{u"1"_s, u"NA"_s, u""_s, u"null"_s, u"-"_s, u"n/a"_s, u"2"_s}
                                         << QString() << u"integer"_s
                                         << QStringList{u"1"_s, u"NA"_s, u"NA"_s, u"NA"_s, u"NA"_s, u"NA"_s, u"2"_s};
        QTest::newRow("NaN is missing in floats") << QStringList{u"1.5"_s, u"NaN"_s} << QString() << u"float"_s
                                                  << QStringList{u"1.5"_s, u"NA"_s};
        QTest::newRow("decimal comma") << QStringList{u"1,5"_s, u"-2,25"_s} << u"decimal=,"_s << u"float"_s
                                       << QStringList{u"1.5"_s, u"-2.25"_s};
        QTest::newRow("thousands and decimal comma") << QStringList{u"1.234,5"_s, u"12"_s}
                                                     << u"decimal=,;thousands=."_s << u"float"_s
                                                     << QStringList{u"1234.5"_s, u"12"_s};
        QTest::newRow("thousands comma") << QStringList{u"1,234"_s, u"1,234,567"_s} << u"thousands=,"_s
                                         << u"integer"_s << QStringList{u"1234"_s, u"1234567"_s};
        QTest::newRow("a dot is no decimal when the decimal is a comma") << QStringList{u"1.5"_s} << u"decimal=,"_s
                                                                         << u"text"_s << QStringList{u"1.5"_s};
        QTest::newRow("booleans") << QStringList{u"true"_s, u"False"_s, u"YES"_s, u"no"_s, u""_s} << QString()
                                  << u"boolean"_s << QStringList{u"true"_s, u"false"_s, u"true"_s, u"false"_s, u"NA"_s};
        QTest::newRow("0/1 stay integers") << QStringList{u"0"_s, u"1"_s, u"1"_s} << QString() << u"integer"_s
                                           << QStringList{u"0"_s, u"1"_s, u"1"_s};
        QTest::newRow("iso dates") << QStringList{u"2024-03-05"_s, u"2024-12-31"_s} << QString() << u"datetime"_s
                                   << QStringList{u"2024-03-05T00:00:00.000Z"_s, u"2024-12-31T00:00:00.000Z"_s};
        QTest::newRow("iso with T, Z, offsets, fraction, space")
            << QStringList{u"2024-03-05T14:30:00Z"_s, u"2024-03-05T16:30:00+02:00"_s, u"2024-03-05 09:30:00.250-0500"_s,
                           u"2024-03-05T14:30"_s, u"2024-03-05T14:30:00+05"_s}
            << QString() << u"datetime"_s
            << QStringList{u"2024-03-05T14:30:00.000Z"_s, u"2024-03-05T14:30:00.000Z"_s, u"2024-03-05T14:30:00.250Z"_s,
                           u"2024-03-05T14:30:00.000Z"_s, u"2024-03-05T09:30:00.000Z"_s};
        QTest::newRow("dates without leading zeros") << QStringList{u"2024-3-5"_s, u"2024-1-10"_s} << QString()
                                                     << u"datetime"_s
                                                     << QStringList{u"2024-03-05T00:00:00.000Z"_s, u"2024-01-10T00:00:00.000Z"_s};
        QTest::newRow("day-first decided by a later row") << QStringList{u"5/3/2024"_s, u"1/2/2024"_s, u"25/12/2023"_s}
                                                          << QString() << u"datetime"_s
                                                          << QStringList{u"2024-03-05T00:00:00.000Z"_s,
                                                                         u"2024-02-01T00:00:00.000Z"_s,
                                                                         u"2023-12-25T00:00:00.000Z"_s};
        QTest::newRow("month-first decided by a later row") << QStringList{u"3/5/2024"_s, u"2/1/2024"_s, u"12/25/2023"_s}
                                                            << QString() << u"datetime"_s
                                                            << QStringList{u"2024-03-05T00:00:00.000Z"_s,
                                                                           u"2024-02-01T00:00:00.000Z"_s,
                                                                           u"2023-12-25T00:00:00.000Z"_s};
        QTest::newRow("ambiguous slash dates are month-first") << QStringList{u"3/5/2024"_s} << QString() << u"datetime"_s
                                                               << QStringList{u"2024-03-05T00:00:00.000Z"_s};
        QTest::newRow("ambiguous dotted dates are day-first") << QStringList{u"03.05.2024"_s, u"1.2.24 10:15"_s}
                                                              << QString() << u"datetime"_s
                                                              << QStringList{u"2024-05-03T00:00:00.000Z"_s,
                                                                             u"2024-02-01T10:15:00.000Z"_s};
        QTest::newRow("both orders contradicted: text") << QStringList{u"25/12/2023"_s, u"12/25/2023"_s} << QString()
                                                        << u"text"_s << QStringList{u"25/12/2023"_s, u"12/25/2023"_s};
        QTest::newRow("invalid dates are text") << QStringList{u"2023-02-29"_s, u"2024-01-01"_s} << QString() << u"text"_s
                                                << QStringList{u"2023-02-29"_s, u"2024-01-01"_s};
        QTest::newRow("leap day") << QStringList{u"2024-02-29"_s} << QString() << u"datetime"_s
                                  << QStringList{u"2024-02-29T00:00:00.000Z"_s};
        QTest::newRow("unix seconds, asked") << QStringList{u"1700000000"_s, u"0"_s} << u"unix=1"_s << u"datetime"_s
                                             << QStringList{u"2023-11-14T22:13:20.000Z"_s, u"1970-01-01T00:00:00.000Z"_s};
        QTest::newRow("unix milliseconds, asked") << QStringList{u"1700000000123"_s} << u"unix=1"_s << u"datetime"_s
                                                  << QStringList{u"2023-11-14T22:13:20.123Z"_s};
        QTest::newRow("unix timestamps not asked") << QStringList{u"1700000000"_s} << QString() << u"integer"_s
                                                   << QStringList{u"1700000000"_s};
        QTest::newRow("negative integers are no timestamps") << QStringList{u"-5"_s, u"3"_s} << u"unix=1"_s
                                                             << u"integer"_s << QStringList{u"-5"_s, u"3"_s};
        QTest::newRow("categorical: few distinct values")
            << QStringList{u"a"_s, u"b"_s, u"a"_s, u"b"_s, u"a"_s, u"c"_s} << QString() << u"categorical"_s
            << QStringList{u"a"_s, u"b"_s, u"a"_s, u"b"_s, u"a"_s, u"c"_s};
        QTest::newRow("free text: all distinct") << QStringList{u"one"_s, u"two"_s, u"three"_s, u"four"_s} << QString()
                                                 << u"text"_s << QStringList{u"one"_s, u"two"_s, u"three"_s, u"four"_s};
        QTest::newRow("nothing present") << QStringList{u""_s, u"NA"_s} << QString() << u"text"_s
                                         << QStringList{u"NA"_s, u"NA"_s};
        QTest::newRow("empty column") << QStringList{} << QString() << u"text"_s << QStringList{};
        QTest::newRow("int64 limits") << QStringList{u"9223372036854775807"_s, u"-9223372036854775808"_s} << QString()
                                      << u"integer"_s
                                      << QStringList{u"9223372036854775807"_s, u"-9223372036854775808"_s};
        QTest::newRow("beyond int64 is float") << QStringList{u"9223372036854775808"_s} << QString() << u"float"_s
                                               << QStringList{u"9.2233720368547758e+18"_s};
        QTest::newRow("override: text") << QStringList{u"1"_s, u"2"_s} << u"type0=text"_s << u"text"_s
                                        << QStringList{u"1"_s, u"2"_s};
        QTest::newRow("override: integer, unparsable is missing") << QStringList{u"1"_s, u"2.0"_s, u"x"_s}
                                                                  << u"type0=integer"_s << u"integer"_s
                                                                  << QStringList{u"1"_s, u"2"_s, u"NA"_s};
        QTest::newRow("override: boolean from 0/1") << QStringList{u"0"_s, u"1"_s, u"yes"_s, u"maybe"_s}
                                                    << u"type0=boolean"_s << u"boolean"_s
                                                    << QStringList{u"false"_s, u"true"_s, u"true"_s, u"NA"_s};
        QTest::newRow("override: datetime") << QStringList{u"2024-01-01"_s, u"soon"_s} << u"type0=datetime"_s
                                            << u"datetime"_s << QStringList{u"2024-01-01T00:00:00.000Z"_s, u"NA"_s};
        QTest::newRow("override: categorical") << QStringList{u"x"_s, u"y"_s} << u"type0=categorical"_s
                                               << u"categorical"_s << QStringList{u"x"_s, u"y"_s};
    }

    void inferAndBuild()
    {
        QFETCH(QStringList, cells);
        QFETCH(QString, options);
        QFETCH(QString, type);
        QFETCH(QStringList, texts);
        const ImportOptions importOptions = parseTestOptions(options);
        const TypeInference inference(importOptions);
        QList<ImportWarning> warnings;
        const DataColumn column = inference.build(u"c"_s, cells, 0, &warnings);
        QCOMPARE(columnTypeKey(column.type()), type);
        QCOMPARE(column.rowCount(), cells.size());
        QStringList actual;
        for (qsizetype row = 0; row < column.rowCount(); ++row)
            actual.append(column.isMissing(row) ? u"NA"_s : column.text(row));
        QCOMPARE(actual, texts);
        // Warnings only where an override could not read a present cell.
        const qsizetype unreadable = std::count_if(texts.cbegin(), texts.cend(), [](const QString &t) { return t == u"NA"_s; })
            - std::count_if(cells.cbegin(), cells.cend(), [&](const QString &cell) {
                  const QByteArray utf8 = cell.toUtf8();
                  return inference.isMissing(std::string_view(utf8.constData(), size_t(utf8.size())));
              });
        QCOMPARE(warnings.size(), unreadable);
    }

    void warningsCarryTheLocatorsPlace()
    {
        ImportOptions options;
        options.typeOverrides.insert(2, ColumnType::Float);
        const TypeInference inference(options);
        QList<ImportWarning> warnings;
        const DataColumn column = inference.build(u"price"_s, QStringList{u"1.5"_s, u"cheap"_s}, 2, &warnings,
                                                  [](qsizetype row, ImportWarning *warning) {
                                                      warning->cell = u"Sheet1!C%1"_s.arg(row + 2);
                                                  });
        QCOMPARE(column.type(), ColumnType::Float);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().cell, u"Sheet1!C3"_s);
        QVERIFY(warnings.first().message.contains(u"cheap"_s));
    }

    void warningsAreCappedPerColumn()
    {
        ImportOptions options;
        options.typeOverrides.insert(0, ColumnType::Integer);
        const TypeInference inference(options);
        QStringList cells;
        for (int i = 0; i < 500; ++i)
            cells.append(u"x%1"_s.arg(i));
        QList<ImportWarning> warnings;
        inference.build(u"n"_s, cells, 0, &warnings);
        QCOMPARE(warnings.size(), TypeInference::maxWarningsPerColumn + 1);
        QVERIFY(warnings.last().message.contains(u"450 more"_s));
    }

    void columnNamesRenamedAndUnique()
    {
        ImportOptions options;
        options.renames.insert(1, u"a"_s);
        const TypeInference inference(options);
        QCOMPARE(inference.columnNames({u"a"_s, u"b"_s, QString(), u" a "_s}),
                 (QStringList{u"a"_s, u"a_2"_s, u"column_3"_s, u"a_3"_s}));
    }

    void numberParserIgnoresLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        const NumberParser plain;
        double value = 0;
        QVERIFY(plain.parseFloat("3.25", &value));
        QCOMPARE(value, 3.25);
        QVERIFY(!plain.parseFloat("3,25", &value));
        QLocale::setDefault(QLocale::c());
    }

    void floatsRoundCorrectly()
    {
        // The fast path and the from_chars path must agree with strtod to the last bit.
        const NumberParser parser;
        for (const char *text : {"0.1", "123456.789", "1.7976931348623157e308", "4.9e-324", "0.30000000000000004",
                                 "999999999999999", "9999999999999999", "3.141592653589793", "-1e-5", "2.2250738585072014e-308"}) {
            double value = 0;
            QVERIFY2(parser.parseFloat(text, &value), text);
            QCOMPARE(value, std::strtod(text, nullptr));
        }
    }

    void daysFromCivil()
    {
        QCOMPARE(DateTimeParser::daysFromCivil(1970, 1, 1), 0);
        QCOMPARE(DateTimeParser::daysFromCivil(2000, 3, 1), QDate(1970, 1, 1).daysTo(QDate(2000, 3, 1)));
        QCOMPARE(DateTimeParser::daysFromCivil(1900, 2, 28), QDate(1970, 1, 1).daysTo(QDate(1900, 2, 28)));
    }
};

QTEST_GUILESS_MAIN(TestTypeInference)
#include "tst_typeinference.moc"
