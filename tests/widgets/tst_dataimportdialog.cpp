// The import dialog and the data view, offscreen, on real files: the live preview follows the
// options, detection is shown, overrides reach the table, the data view shows table, statistics
// and warnings.
//
// Set PLOTBENCH_SCREENSHOT_DIR to keep PNG grabs of the dialog and the view for a look.

#include "columnstatisticsmodel.h"
#include "dataimportdialog.h"
#include "datagridview.h"
#include "datatablemodel.h"
#include "dataview.h"
#include "importpreviewer.h"
#include "importwarningmodel.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PLOTBENCH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

// A European export: semicolons, decimal commas, a title line before the header, a ragged row.
const QByteArray europeanCsv = "Messreihe Oktober\n"
                               "Datum;Temperatur;Station\n"
                               "01.10.2026;12,5;Nord\n"
                               "02.10.2026;13,25;Süd\n"
                               "03.10.2026;-1,0;Nord;extra\n"
                               "04.10.2026;NA;Süd\n"_ba;
} // namespace

class TestDataImportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void dialogPreviewsAndFollowsOptions()
    {
        const QString path = writeFile(m_dir, u"messreihe.csv"_s, europeanCsv);
        DataImportDialog dialog(ImportSource::file(path));
        dialog.resize(1100, 650);
        dialog.show();
        QSignalSpy ready(dialog.previewer(), &ImportPreviewer::previewReady);
        QVERIFY(ready.wait(5000));

        // Detected: the semicolon, and the title line before the header, shown beside "Detect".
        const ImportResult first = dialog.previewer()->result();
        QCOMPARE(first.delimiter, u';');
        QCOMPARE(first.skippedLines, 1);
        QCOMPARE(dialog.previewModel()->headerData(0, Qt::Horizontal).toString(), u"Datum"_s);
        QVERIFY(dialog.rawText().contains(u"Datum;Temperatur;Station"_s));
        auto *delimiter = dialog.findChild<QComboBox *>(u"delimiterCombo"_s);
        QVERIFY(delimiter);
        QVERIFY(delimiter->currentText().contains(u';'));
        auto *skipLines = dialog.findChild<QSpinBox *>(u"skipLinesSpin"_s);
        QVERIFY(skipLines);
        QCOMPARE(skipLines->value(), -1);
        QCOMPARE(skipLines->text(), u"Detect (1)"_s);
        QCOMPARE(dialog.options().skipLines, -1);

        ImportOptions options = dialog.options();
        options.skipLines = 1;
        options.decimalSeparator = u',';
        dialog.setOptions(options);
        QVERIFY(ready.wait(5000));
        const DataTableModel *model = dialog.previewModel();
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"Temperatur"_s);
        QCOMPARE(model->rowCount(), 4);
        const DataColumn &temperature = model->table()->column(1);
        QCOMPARE(temperature.type(), ColumnType::Float);
        QCOMPARE(temperature.number(1), 13.25);
        QVERIFY(temperature.isMissing(3));
        QCOMPARE(model->table()->column(0).type(), ColumnType::DateTime); // day-first, from the whole column
        QCOMPARE(model->table()->column(0).dateTime(1).date(), QDate(2026, 10, 2));
        // The ragged row is a warning with its line number, not a failure.
        const auto warnings = dialog.previewer()->result().warnings;
        QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(), [](const ImportWarning &w) { return w.line == 5; }));
        keepScreenshot(&dialog, u"import-dialog.png"_s);

        // A type override and a rename reach the previewed table.
        options = dialog.options();
        options.typeOverrides.insert(2, ColumnType::Text);
        options.renames.insert(1, u"temperature_c"_s);
        dialog.setOptions(options);
        QVERIFY(ready.wait(5000));
        QCOMPARE(dialog.previewModel()->table()->column(2).type(), ColumnType::Text);
        QCOMPARE(dialog.previewModel()->headerData(1, Qt::Horizontal).toString(), u"temperature_c"_s);
        QCOMPARE(dialog.options().maxRows, -1); // the import itself reads everything
    }

    void dialogDetectsDecimalCommas()
    {
        // Semicolons and decimal commas, no options touched: the numbers are numbers.
        DataImportDialog dialog(ImportSource::pasted("fruit;tonnes\nApples;1250,5\nPears;830,25\nPlums;410\n"_ba));
        QSignalSpy ready(dialog.previewer(), &ImportPreviewer::previewReady);
        QVERIFY(ready.wait(5000));
        const DataColumn &tonnes = dialog.previewModel()->table()->column(1);
        QCOMPARE(tonnes.type(), ColumnType::Float);
        QCOMPARE(tonnes.number(0), 1250.5);
        QVERIFY(dialog.options().decimalSeparator.isNull());
    }

    void dialogExplainsUnreadableData()
    {
        DataImportDialog dialog(ImportSource::pasted(QByteArray()));
        QSignalSpy ready(dialog.previewer(), &ImportPreviewer::previewReady);
        QVERIFY(ready.wait(5000));
        auto *status = dialog.findChild<QLabel *>(u"previewStatus"_s);
        QVERIFY(status);
        QVERIFY(!status->text().isEmpty());
    }

    void pastedTablePreviews()
    {
        // Cells copied from a spreadsheet arrive as tab-separated text.
        DataImportDialog dialog(ImportSource::pasted("x\ty\n1\t2.5\n2\t3.5\n"_ba));
        QSignalSpy ready(dialog.previewer(), &ImportPreviewer::previewReady);
        QVERIFY(ready.wait(5000));
        QCOMPARE(dialog.previewer()->result().delimiter, u'\t');
        QCOMPARE(dialog.previewModel()->rowCount(), 2);
        QCOMPARE(dialog.previewModel()->table()->column(0).type(), ColumnType::Integer);
    }

    void dataViewShowsTableStatisticsAndWarnings()
    {
        ImportOptions options;
        options.skipLines = 1;
        options.decimalSeparator = u',';
        const QString path = writeFile(m_dir, u"view.csv"_s, europeanCsv);
        const ImportResult result = DataImport::importFile(path, options);
        QVERIFY2(result.table, qPrintable(result.error));

        DataView view;
        view.resize(1000, 400);
        view.show();
        QSignalSpy computed(view.statisticsModel(), &ColumnStatisticsModel::computed);
        view.setImport(ImportSource::file(path), result);
        QVERIFY(computed.wait(5000) || !view.statisticsModel()->isComputing());
        QCOMPARE(view.tableModel()->rowCount(), 4);
        QCOMPARE(view.statisticsModel()->rowCount(), 3);
        QCOMPARE(view.statisticsModel()->index(1, ColumnStatisticsModel::Missing).data().toString(), u"1"_s);
        QVERIFY(view.warningModel()->rowCount() >= 1);
        QVERIFY(view.summaryText().contains(u"view.csv"_s));
        QVERIFY(view.summaryText().contains(u"4"_s));

        // Sorting from the header runs on a worker and then shows the new order.
        QSignalSpy sorted(view.tableModel(), &DataTableModel::sortFinished);
        view.grid()->sortByColumn(1, Qt::DescendingOrder);
        QVERIFY(sorted.wait(5000));
        QCOMPARE(view.tableModel()->index(0, 1).data(DataTableModel::TypedValueRole).toDouble(), 13.25);
        keepScreenshot(&view, u"data-view.png"_s);

        view.clear();
        QCOMPARE(view.tableModel()->rowCount(), 0);
    }

    void gridScrollsByRowsAndCopiesTheCurrentCell()
    {
        std::vector<double> values(100000);
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = double(i) / 2;
        DataTableModel model;
        model.setTable(std::make_shared<const DataTable>(QList<DataColumn>{DataColumnBuilder::fromFloats(u"half"_s, values)}));
        DataGridView grid;
        grid.resize(400, 300);
        grid.setModel(&model);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QCOMPARE(grid.firstVisibleRow(), 0);
        grid.setFocus();
        QTest::keyClick(&grid, Qt::Key_Down);
        QCOMPARE(grid.currentRow(), 0);
        QTest::keyClick(&grid, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(grid.currentRow(), 99999);
        QVERIFY(grid.firstVisibleRow() > 99000); // scrolled so the current row is on screen
        QTest::keySequence(&grid, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), model.index(99999, 0).data().toString());
        QTest::keyClick(&grid, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(grid.firstVisibleRow(), 0);
        // A click picks the cell under the mouse: the third row.
        QTest::mouseClick(grid.viewport(), Qt::LeftButton, {}, QPoint(20, grid.rowHeight() * 2 + 3));
        QCOMPARE(grid.currentRow(), 2);
        // Sorting from the header reorders the rows; the row numbers stay the file's.
        QSignalSpy sorted(&model, &DataTableModel::sortFinished);
        grid.sortByColumn(0, Qt::DescendingOrder);
        QVERIFY(sorted.wait(5000));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"100000"_s);
        keepScreenshot(&grid, u"data-grid.png"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestDataImportDialog)
#include "tst_dataimportdialog.moc"
