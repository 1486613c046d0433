// The data table and the models the data view and the import dialog show: storage, unique names,
// sorting, column statistics, warnings, recent files.
#include "columnstatistics.h"
#include "columnstatisticsmodel.h"
#include "datatable.h"
#include "datatablemodel.h"
#include "datatablesort.h"
#include "importwarningmodel.h"
#include "recentfiles.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr double missingValue = std::numeric_limits<double>::quiet_NaN();

DataTablePtr sampleTable()
{
    QList<DataColumn> columns;
    columns.append(DataColumnBuilder::fromFloats(u"value"_s, {3.5, missingValue, -1.0, 10.0, 2.0}, {false, true}));
    columns.append(DataColumnBuilder::fromIntegers(u"count"_s, ColumnType::Integer, {5, 4, 3, 2, 1}));
    columns.append(DataColumnBuilder::fromTexts(u"group"_s, ColumnType::Categorical,
                                                {u"b"_s, u"a"_s, u"b"_s, QString(), u"a10"_s}, {false, false, false, true}));
    const qint64 day = 86'400'000;
    columns.append(DataColumnBuilder::fromIntegers(u"when"_s, ColumnType::DateTime, {0, day, 2 * day, 3 * day, 4 * day}));
    return std::make_shared<const DataTable>(columns);
}

std::vector<qint32> order(std::initializer_list<qint32> rows)
{
    return rows;
}
} // namespace

class TestDataTableModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PlotbenchTests"_s);
        QCoreApplication::setApplicationName(u"tst_datatablemodels"_s);
        QSettings().clear();
    }

    void columnsKeepTypedValues()
    {
        const DataTablePtr table = sampleTable();
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->columnIndex(u"group"), 2);
        QCOMPARE(table->columnIndex(u"nope"), -1);

        const DataColumn &value = table->column(0);
        QCOMPARE(value.type(), ColumnType::Float);
        QCOMPARE(value.missingCount(), 1);
        QVERIFY(value.isMissing(1));
        QVERIFY(!value.isMissing(0));
        QCOMPARE(value.number(0), 3.5);
        QVERIFY(std::isnan(value.number(1)));
        QVERIFY(!value.value(1).isValid());

        const DataColumn &group = table->column(2);
        QCOMPARE(group.dictionary(), (QStringList{u"b"_s, u"a"_s, u"a10"_s})); // each distinct value once
        QCOMPARE(group.text(2), u"b"_s);
        QVERIFY(group.isMissing(3));
        QVERIFY(std::isnan(group.number(0)));

        const DataColumn &when = table->column(3);
        QCOMPARE(when.dateTime(1), QDateTime(QDate(1970, 1, 2), QTime(0, 0), Qt::UTC));
        QCOMPARE(when.text(1), u"1970-01-02T00:00:00.000Z"_s);
        QCOMPARE(table->column(1).value(0), QVariant::fromValue(qint64(5)));
    }

    void builderAppendsRowByRow()
    {
        DataColumnBuilder builder(u"flag"_s, ColumnType::Boolean);
        builder.appendInteger(1);
        builder.appendMissing();
        builder.appendInteger(0);
        const DataColumn flag = builder.take();
        QCOMPARE(flag.rowCount(), 3);
        QCOMPARE(flag.missingCount(), 1);
        QCOMPARE(flag.value(0), QVariant(true));
        QCOMPARE(flag.text(2), u"false"_s);
        QVERIFY(flag.isMissing(1));
    }

    void missingBitsCoverEveryRow()
    {
        // 130 rows, the last one missing: the bit set spans three words, no read past its end.
        std::vector<bool> missing(130, false);
        missing[129] = true;
        const DataColumn column = DataColumnBuilder::fromFloats(u"x"_s, std::vector<double>(130, 1.0), missing);
        QCOMPARE(column.missingCount(), 1);
        QVERIFY(column.isMissing(129));
        QVERIFY(!column.isMissing(64));
    }

    void storageIsCompact()
    {
        const qsizetype rows = 1'000'000;
        const DataColumn numbers = DataColumnBuilder::fromFloats(u"x"_s, std::vector<double>(size_t(rows), 1.5));
        QVERIFY(numbers.byteSize() <= rows * qsizetype(sizeof(double)) * 13 / 10);
        DataColumnBuilder text(u"kind"_s, ColumnType::Categorical, rows);
        for (qsizetype i = 0; i < rows; ++i)
            text.appendText(i % 2 ? u"odd" : u"even");
        const DataColumn kinds = text.take();
        QCOMPARE(kinds.dictionary().size(), 2);
        QVERIFY(kinds.byteSize() <= rows * qsizetype(sizeof(qint32)) * 13 / 10);
    }

    void uniqueNames_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("distinct") << QStringList{u"a"_s, u"b"_s} << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("duplicates") << QStringList{u"a"_s, u"a"_s, u"a"_s} << QStringList{u"a"_s, u"a_2"_s, u"a_3"_s};
        QTest::newRow("empty") << QStringList{QString(), u"  "_s} << QStringList{u"column_1"_s, u"column_2"_s};
        QTest::newRow("suffix taken") << QStringList{u"a_2"_s, u"a"_s, u"a"_s} << QStringList{u"a_2"_s, u"a"_s, u"a_3"_s};
        QTest::newRow("trimmed") << QStringList{u" x "_s, u"x"_s} << QStringList{u"x"_s, u"x_2"_s};
    }
    void uniqueNames()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, expected);
        QCOMPARE(DataTable::uniqueNames(names), expected);
    }

    void sortedRowOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<std::vector<qint32>>("expected");
        // Missing values come last in both directions.
        QTest::newRow("floats ascending") << 0 << int(Qt::AscendingOrder) << order({2, 4, 0, 3, 1});
        QTest::newRow("floats descending") << 0 << int(Qt::DescendingOrder) << order({3, 0, 4, 2, 1});
        QTest::newRow("integers") << 1 << int(Qt::AscendingOrder) << order({4, 3, 2, 1, 0});
        // Text by its value (numeric collation: a < a10 < b), not by dictionary code; stable for ties.
        QTest::newRow("text ascending") << 2 << int(Qt::AscendingOrder) << order({1, 4, 0, 2, 3});
        QTest::newRow("text descending") << 2 << int(Qt::DescendingOrder) << order({0, 2, 4, 1, 3});
        QTest::newRow("datetimes descending") << 3 << int(Qt::DescendingOrder) << order({4, 3, 2, 1, 0});
    }
    void sortedRowOrder()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(std::vector<qint32>, expected);
        QCOMPARE(::sortedRowOrder(sampleTable()->column(column), Qt::SortOrder(order)), expected);
    }

    void sortedRowOrderPlacesNonNumbersLast()
    {
        // A computed NaN (not a missing marker) goes last like a missing value; infinities are numbers.
        const DataColumn column = DataColumnBuilder::fromFloats(
            u"x"_s, {2.0, std::nan(""), 1.0, 2.0, -INFINITY, INFINITY, 0.0}, {false, false, false, false, false, false, true});
        QCOMPARE(::sortedRowOrder(column, Qt::AscendingOrder), order({4, 2, 0, 3, 5, 1, 6}));
        // Ties keep the file's order in both directions.
        QCOMPARE(::sortedRowOrder(column, Qt::DescendingOrder), order({5, 0, 3, 2, 4, 1, 6}));
    }

    void statisticsOfNumbersSkipNonFinite()
    {
        const DataColumn column = DataColumnBuilder::fromFloats(
            u"x"_s, {1.0, INFINITY, 3.0, missingValue, -INFINITY, 5.0}, {false, false, false, true});
        const ColumnStatistics stats = ColumnStatistics::compute(column);
        QCOMPARE(stats.count, 5);
        QCOMPARE(stats.missing, 1);
        QCOMPARE(*stats.minimum, 1.0);
        QCOMPARE(*stats.maximum, 5.0);
        QCOMPARE(*stats.mean, 3.0);
    }

    void statisticsOfText()
    {
        const DataColumn column = DataColumnBuilder::fromTexts(
            u"g"_s, ColumnType::Categorical, {u"x"_s, u"y"_s, u"x"_s, u"z"_s, u"x"_s, u"y"_s, QString()},
            {false, false, false, false, false, false, true});
        const ColumnStatistics stats = ColumnStatistics::compute(column, 2);
        QCOMPARE(stats.distinct, 3);
        QCOMPARE(stats.topValues.size(), 2);
        QCOMPARE(stats.topValues.at(0), (QPair<QString, qsizetype>(u"x"_s, 3)));
        QCOMPARE(stats.topValues.at(1), (QPair<QString, qsizetype>(u"y"_s, 2)));
        QVERIFY(!stats.minimum);
    }

    void statisticsOfEmptyColumn()
    {
        const ColumnStatistics stats = ColumnStatistics::compute(DataColumnBuilder::fromFloats(u"x"_s, {}));
        QCOMPARE(stats.count, 0);
        QVERIFY(!stats.mean);
    }

    void tableModelShowsTheTable()
    {
        DataTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(sampleTable());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"group"_s);
        QCOMPARE(model.headerData(0, Qt::Horizontal, DataTableModel::ColumnTypeRole).toInt(), int(ColumnType::Float));
        QCOMPARE(model.index(1, 0).data().toString(), QString()); // missing shows empty
        QVERIFY(model.index(1, 0).data(DataTableModel::IsMissingRole).toBool());
        QCOMPARE(model.index(0, 0).data(DataTableModel::TypedValueRole).toDouble(), 3.5);
        QCOMPARE(model.index(0, 3).data().toString(), u"1970-01-01"_s); // midnight: a date
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"1"_s);
        model.setTable(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void tableModelSortsOnAWorker()
    {
        DataTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(sampleTable());
        const QPersistentModelIndex firstRow = model.index(0, 1); // count = 5, table row 0
        QSignalSpy finished(&model, &DataTableModel::sortFinished);
        model.sort(1, Qt::AscendingOrder);
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.index(0, 1).data(DataTableModel::TypedValueRole).toLongLong(), 1);
        QCOMPARE(model.tableRow(0), 4);
        // The vertical header keeps the file's row numbers; persistent indexes follow their row.
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"5"_s);
        QCOMPARE(firstRow.row(), 4);
        QCOMPARE(firstRow.data(DataTableModel::TypedValueRole).toLongLong(), 5);

        // A newer sort supersedes one still running: only its order is shown.
        model.sort(0, Qt::DescendingOrder);
        model.sort(0, Qt::AscendingOrder);
        QVERIFY(finished.wait(5000));
        QTRY_VERIFY(!model.isSorting());
        QCOMPARE(model.index(0, 0).data(DataTableModel::TypedValueRole).toDouble(), -1.0);
    }

    void statisticsModelComputesOnAWorker()
    {
        ColumnStatisticsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy computed(&model, &ColumnStatisticsModel::computed);
        model.setTable(sampleTable());
        QCOMPARE(model.rowCount(), 4); // names at once
        QCOMPARE(model.index(2, ColumnStatisticsModel::Name).data().toString(), u"group"_s);
        QVERIFY(computed.wait(5000) || computed.size() == 1);
        QCOMPARE(model.statistics().at(0).maximum.value_or(0), 10.0);
        QCOMPARE(model.index(0, ColumnStatisticsModel::Missing).data().toString(), u"1"_s);
        QCOMPARE(model.index(2, ColumnStatisticsModel::Distinct).data().toString(), u"3"_s);
        QVERIFY(model.index(2, ColumnStatisticsModel::Distinct).data(Qt::ToolTipRole).toString().contains(u"b — 2×"_s));
        QCOMPARE(model.index(3, ColumnStatisticsModel::Minimum).data().toString(), u"1970-01-01T00:00:00Z"_s);
    }

    void warningModelSaysWhere()
    {
        ImportWarningModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWarnings({{12, {}, u"ragged row"_s}, {0, u"Sheet1!C7"_s, u"#DIV/0!"_s}, {0, {}, u"whole file"_s}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ImportWarningModel::Location).data().toString(), u"line 12"_s);
        QCOMPARE(model.index(0, ImportWarningModel::Message).data().toString(), u"ragged row"_s);
        QCOMPARE(model.index(1, ImportWarningModel::Location).data().toString(), u"Sheet1!C7"_s);
        QCOMPARE(model.index(2, ImportWarningModel::Location).data().toString(), u"file"_s);
        QCOMPARE(model.index(0, 0).data(ImportWarningModel::LineRole).toLongLong(), 12);
    }

    void recentFilesNewestFirst()
    {
        QTemporaryDir dir;
        QStringList files;
        for (int i = 0; i < 4; ++i) {
            files.append(dir.filePath(u"f%1.csv"_s.arg(i)));
            QFile file(files.last());
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        RecentFiles recent(u"test/recent"_s, 3);
        recent.clear();
        for (const QString &file : files)
            recent.add(file);
        QCOMPARE(recent.paths(), (QStringList{files[3], files[2], files[1]})); // capacity 3
        recent.add(files[1]);
        QCOMPARE(recent.paths().first(), files[1]); // moved to the front, not repeated
        QCOMPARE(recent.paths().size(), 3);
        QFile::remove(files[2]);
        QVERIFY(!recent.paths().contains(files[2])); // gone from disk: not offered
        recent.remove(files[3]);
        QCOMPARE(recent.paths(), QStringList{files[1]});
    }
};

QTEST_GUILESS_MAIN(TestDataTableModels)
#include "tst_datatablemodels.moc"
