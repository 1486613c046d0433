// Data roles from a spec's Data section, auto-mapping of table columns and the problems in words.
#include "plotmapping.h"
#include "specmarkdownparser.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

DataColumn floats(const QString &name, std::vector<double> values, const std::vector<bool> &missing = {})
{
    return DataColumnBuilder::fromFloats(name, std::move(values), missing);
}

DataColumn texts(const QString &name, const QStringList &values, ColumnType type = ColumnType::Categorical)
{
    return DataColumnBuilder::fromTexts(name, type, values);
}

DataColumn times(const QString &name, std::vector<qint64> ms)
{
    return DataColumnBuilder::fromIntegers(name, ColumnType::DateTime, std::move(ms));
}

PlotDataRole role(const QString &name, PlotDataRole::Kind kind, bool optional = false)
{
    return {name, kind, optional, QString()};
}

QString joined(const QList<PlotProblem> &problems)
{
    QStringList messages;
    for (const PlotProblem &p : problems)
        messages.append(p.message);
    return messages.join(u" | "_s);
}

} // namespace

class TestPlotMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rolesFromSpecBullets_data();
    void rolesFromSpecBullets();
    void rolesFromEmbeddedSpec();
    void autoMapByName();
    void autoMapBySynonymAndType();
    void autoMapLeavesOptionalUnmatched();
    void wrongTypeInWords();
    void missingAndNonFiniteValues();
    void emptyTable();
    void overrides();
    void roleDataReadsMappedColumns();
};

void TestPlotMapping::rolesFromSpecBullets_data()
{
    QTest::addColumn<QString>("bullet");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("optional");

    QTest::newRow("numeric") << u"`y` (numeric) - measured value"_s << u"y"_s << int(PlotDataRole::Kind::Numeric) << false;
    QTest::newRow("int optional") << u"`count` (int, optional) - how many"_s << u"count"_s
                                  << int(PlotDataRole::Kind::Numeric) << true;
    QTest::newRow("datetime") << u"`timestamp` (datetime) - when"_s << u"timestamp"_s
                              << int(PlotDataRole::Kind::DateTime) << false;
    QTest::newRow("categorical") << u"`group` (categorical) - which"_s << u"group"_s
                                 << int(PlotDataRole::Kind::Categorical) << false;
    QTest::newRow("str") << u"`label` (str) - shown"_s << u"label"_s << int(PlotDataRole::Kind::Text) << false;
    QTest::newRow("boolean") << u"`flag` (boolean) - yes or no"_s << u"flag"_s
                             << int(PlotDataRole::Kind::Categorical) << false;
    QTest::newRow("list") << u"`values` (numeric array) - many"_s << u"values"_s << int(PlotDataRole::Kind::Any) << false;
}

void TestPlotMapping::rolesFromSpecBullets()
{
    QFETCH(QString, bullet);
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(bool, optional);
    const auto column = SpecMarkdownParser::parseDataColumn(bullet);
    QVERIFY(column.has_value());
    const QList<PlotDataRole> roles = PlotMapping::rolesFromSpec({*column});
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles[0].name, name);
    QCOMPARE(int(roles[0].kind), kind);
    QCOMPARE(roles[0].optional, optional);
}

void TestPlotMapping::rolesFromEmbeddedSpec()
{
    QFile file(QStringLiteral(PLOTBENCH_SOURCE_DIR) + u"/plots/line-basic/specification.md"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CatalogWarnings warnings;
    const SpecMarkdown md = SpecMarkdownParser::parse(file.readAll(), file.fileName(), warnings);
    const QList<PlotDataRole> roles = PlotMapping::rolesFromSpec(md.dataColumns);
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles[0].name, u"x"_s);
    QCOMPARE(roles[0].kind, PlotDataRole::Kind::DateTime);
    QCOMPARE(roles[1].name, u"y"_s);
    QCOMPARE(roles[1].kind, PlotDataRole::Kind::Numeric);
    QVERIFY(!roles[1].meaning.isEmpty());
}

void TestPlotMapping::autoMapByName()
{
    const DataTable table({texts(u"Label"_s, {u"a"_s, u"b"_s}), floats(u"Y_Value"_s, {1, 2}),
                           floats(u"x"_s, {3, 4})});
    const QList<PlotDataRole> roles{role(u"x"_s, PlotDataRole::Kind::Numeric), role(u"y-value"_s, PlotDataRole::Kind::Numeric),
                                    role(u"label"_s, PlotDataRole::Kind::Text, true)};
    const PlotColumnMapping mapping = PlotMapping::autoMap(roles, table);
    QCOMPARE(mapping.value(u"x"_s, -1), 2);
    QCOMPARE(mapping.value(u"y-value"_s, -1), 1);
    QCOMPARE(mapping.value(u"label"_s, -1), 0);
    QVERIFY(PlotMapping::validate(roles, table, mapping).isEmpty());
}

void TestPlotMapping::autoMapBySynonymAndType()
{
    // "value" is a synonym of y; the datetime role takes the only datetime column; the category
    // role prefers the text column over the numbers.
    const DataTable table({floats(u"temperature"_s, {1, 2}), floats(u"value"_s, {5, 6}),
                           times(u"when"_s, {0, 86400000}), texts(u"city"_s, {u"Oslo"_s, u"Rome"_s})});
    const QList<PlotDataRole> roles{role(u"date"_s, PlotDataRole::Kind::DateTime), role(u"y"_s, PlotDataRole::Kind::Numeric),
                                    role(u"category"_s, PlotDataRole::Kind::Categorical)};
    const PlotColumnMapping mapping = PlotMapping::autoMap(roles, table);
    QCOMPARE(mapping.value(u"date"_s, -1), 2);
    QCOMPARE(mapping.value(u"y"_s, -1), 1);
    QCOMPARE(mapping.value(u"category"_s, -1), 3);
}

void TestPlotMapping::autoMapLeavesOptionalUnmatched()
{
    const DataTable table({floats(u"a"_s, {1}), floats(u"b"_s, {2}), floats(u"c"_s, {3})});
    const QList<PlotDataRole> roles{role(u"x"_s, PlotDataRole::Kind::Numeric), role(u"y"_s, PlotDataRole::Kind::Numeric),
                                    role(u"size"_s, PlotDataRole::Kind::Numeric, true)};
    const PlotColumnMapping mapping = PlotMapping::autoMap(roles, table);
    QCOMPARE(mapping.value(u"x"_s, -1), 0);
    QCOMPARE(mapping.value(u"y"_s, -1), 1);
    QVERIFY(!mapping.contains(u"size"_s)); // an optional role is not filled with an arbitrary column
}

void TestPlotMapping::wrongTypeInWords()
{
    QStringList dates;
    for (int i = 0; i < 12; ++i)
        dates.append(u"2024-13-%1"_s.arg(i + 1));
    const DataTable table({texts(u"date"_s, dates, ColumnType::Text), floats(u"v"_s, std::vector<double>(12, 1.0))});
    const QList<PlotDataRole> roles{role(u"timestamp"_s, PlotDataRole::Kind::DateTime),
                                    role(u"v"_s, PlotDataRole::Kind::Numeric)};
    PlotColumnMapping mapping{{u"timestamp"_s, 0}, {u"v"_s, 1}};
    const QList<PlotProblem> problems = PlotMapping::validate(roles, table, mapping);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].role, u"timestamp"_s);
    QVERIFY(problems[0].fatal);
    QCOMPARE(problems[0].message, u"`timestamp` needs a date/time column; `date` holds text in 12 rows."_s);
    // Unmapped required role.
    mapping.remove(u"timestamp"_s);
    const QList<PlotProblem> unmapped = PlotMapping::validate(roles, table, mapping);
    QCOMPARE(unmapped.size(), 1);
    QVERIFY(unmapped[0].message.contains(u"not mapped"_s));
    QVERIFY(PlotMapping::hasFatal(unmapped));
}

void TestPlotMapping::missingAndNonFiniteValues()
{
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const DataTable table({floats(u"y"_s, {1, inf, -inf, nan, 5}, {false, false, false, false, true}),
                           floats(u"empty"_s, {0, 0, 0, 0, 0}, {true, true, true, true, true})});
    const QList<PlotDataRole> roles{role(u"y"_s, PlotDataRole::Kind::Numeric),
                                    role(u"size"_s, PlotDataRole::Kind::Numeric, true)};
    const PlotColumnMapping mapping{{u"y"_s, 0}, {u"size"_s, 1}};
    const QList<PlotProblem> problems = PlotMapping::validate(roles, table, mapping);
    const QString all = joined(problems);
    QVERIFY2(all.contains(u"no value in 1 row"_s), qPrintable(all));
    QVERIFY2(all.contains(u"2 infinite values"_s), qPrintable(all));
    QVERIFY2(all.contains(u"1 value that is not a number"_s) || all.contains(u"values that are not numbers"_s), qPrintable(all));
    QVERIFY2(all.contains(u"`empty` has no values"_s), qPrintable(all));
    QVERIFY(!PlotMapping::hasFatal(problems)); // the empty column feeds an optional role

    const QList<PlotProblem> required = PlotMapping::validate({role(u"y"_s, PlotDataRole::Kind::Numeric)}, table,
                                                              {{u"y"_s, 1}});
    QVERIFY(PlotMapping::hasFatal(required));
}

void TestPlotMapping::emptyTable()
{
    const QList<PlotProblem> problems = PlotMapping::validate({role(u"y"_s, PlotDataRole::Kind::Numeric)}, DataTable(), {});
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems[0].fatal);
}

void TestPlotMapping::overrides()
{
    const DataTable table({floats(u"a"_s, {1}), floats(u"b"_s, {2})});
    const QList<PlotDataRole> roles{role(u"x"_s, PlotDataRole::Kind::Numeric), role(u"y"_s, PlotDataRole::Kind::Numeric)};
    PlotColumnMapping mapping = PlotMapping::autoMap(roles, table);
    QString error;
    QVERIFY(PlotMapping::applyOverrides(roles, table, {u"x=b"_s, u"y=a"_s}, &mapping, &error));
    QCOMPARE(mapping.value(u"x"_s), 1);
    QCOMPARE(mapping.value(u"y"_s), 0);
    QVERIFY(!PlotMapping::applyOverrides(roles, table, {u"z=a"_s}, &mapping, &error));
    QVERIFY(error.contains(u"no role `z`"_s));
    QVERIFY(!PlotMapping::applyOverrides(roles, table, {u"x=nope"_s}, &mapping, &error));
    QVERIFY(error.contains(u"no column `nope`"_s));
    QVERIFY(!PlotMapping::applyOverrides(roles, table, {u"x"_s}, &mapping, &error));
}

void TestPlotMapping::roleDataReadsMappedColumns()
{
    const DataTable table({texts(u"city"_s, {u"Rome"_s, u"Oslo"_s, u"Rome"_s}), floats(u"t"_s, {1, 2, 3})});
    const QList<PlotDataRole> roles{role(u"category"_s, PlotDataRole::Kind::Categorical),
                                    role(u"value"_s, PlotDataRole::Kind::Numeric)};
    // Wrong way round: the category column fed to a numeric role is dropped, not misread.
    const RoleData swapped(roles, table, {{u"category"_s, 1}, {u"value"_s, 0}});
    QVERIFY(swapped.hasFatal());
    QVERIFY(!swapped.isMapped(u"value"_s));
    QVERIFY(swapped.numbers(u"value"_s).empty());

    const RoleData data(roles, table, {{u"category"_s, 0}, {u"value"_s, 1}});
    QVERIFY(!data.hasFatal());
    QCOMPARE(data.categories(u"category"_s), (QStringList{u"Rome"_s, u"Oslo"_s}));
    QCOMPARE(data.numbers(u"value"_s), (std::vector<double>{1, 2, 3}));
    QCOMPARE(data.columnName(u"value"_s), u"t"_s);
}

QTEST_GUILESS_MAIN(TestPlotMapping)
#include "tst_plotmapping.moc"
