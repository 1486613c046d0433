// The window end to end on the embedded sample and on the real anyplot fixture: the catalog loads
// after the first paint, the browser, spec page and problems panel show what was loaded.
#include "catalogbrowser.h"
#include "catalogproblemspanel.h"
#include "dataimportcontroller.h"
#include "dataview.h"
#include "foldercatalogsource.h"
#include "mainwindow.h"
#include "specpage.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMimeData>
#include <QTemporaryDir>
#include <QUrl>
#include <QListView>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static bool waitForLoad(MainWindow &window)
    {
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        return finished.wait(20000) && finished.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the index cache goes to a test location
    }

    void opensTheSampleCatalog()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openCatalog(std::make_shared<SampleCatalogSource>());
        QVERIFY(waitForLoad(window));
        QVERIFY(window.catalog());
        const int specs = int(window.catalog()->specs().size());
        QCOMPARE(specs, 36); // the embedded catalog: 16 specs with matplotlib code, 20 native-only
        QCOMPARE(window.browser()->findChild<QListView *>()->model()->rowCount(), specs);
        QVERIFY(window.windowTitle().contains(window.catalog()->origin().displayName));
        QVERIFY(window.statusText().contains(QString::number(specs)));
    }

    void opensARealCatalogFolderAndListsItsProblems()
    {
        MainWindow window;
        window.show();
        const QString fixture = QStringLiteral(PLOTBENCH_SHARED_DIR) + u"/fixtures/anyplot-sample"_s;
        window.openCatalog(std::make_shared<FolderCatalogSource>(fixture));
        QVERIFY(waitForLoad(window));
        QCOMPARE(int(window.catalog()->specs().size()), 42);
        // The fixture carries no code: every implementation is a problem with its path.
        const int problems = int(window.catalog()->warnings().size());
        QCOMPARE(problems, int(window.catalog()->implementations().size()));
        auto *table = window.problemsPanel()->findChild<QAbstractItemView *>();
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), problems);
    }

    void showsASpecAndGoesBack()
    {
        MainWindow window;
        window.show();
        window.openCatalog(std::make_shared<SampleCatalogSource>());
        QVERIFY(waitForLoad(window));
        const QString id = window.catalog()->specs().front().id;
        window.showSpec(id);
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget(), window.specPage());
        window.showBrowser();
        QCOMPARE(stack->currentWidget(), window.browser());
    }

    // Regression: the browser and the window both bound Ctrl+F, and Qt ignored the ambiguous key.
    void findShortcutFocusesTheSearch()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openCatalog(std::make_shared<SampleCatalogSource>());
        QVERIFY(waitForLoad(window));
        window.showSpec(window.catalog()->specs().front().id);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *search = window.browser()->findChild<QLineEdit *>(u"catalogSearchField"_s);
        QVERIFY(search);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), window.browser());
        QTRY_VERIFY(search->hasFocus());
    }

    void cancelKeepsTheCatalogShown()
    {
        MainWindow window;
        window.show();
        window.openCatalog(std::make_shared<SampleCatalogSource>());
        QVERIFY(waitForLoad(window));
        const CatalogPtr before = window.catalog();
        window.openCatalog(std::make_shared<FolderCatalogSource>(QStringLiteral(PLOTBENCH_SHARED_DIR)
                                                                 + u"/fixtures/anyplot-sample"_s));
        window.cancelLoading();
        QVERIFY(!window.isLoading());
        QCOMPARE(window.catalog(), before);
        QTest::qWait(200); // a canceled load must not deliver late
        QCOMPARE(window.catalog(), before);
    }

    void missingFolderIsNotFatal()
    {
        MainWindow window;
        window.show();
        window.openCatalog(std::make_shared<FolderCatalogSource>(u"/nonexistent/plotbench"_s));
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        QVERIFY(finished.wait(10000));
        QVERIFY(window.catalog());
        QCOMPARE(int(window.catalog()->specs().size()), 0);
        QCOMPARE(window.catalog()->warnings().size(), 1);
    }

    void importsDataOnAWorkerAndShowsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"measurements.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("time,value\n2026-01-01T00:00:00Z,1.5\n2026-01-02T00:00:00Z,2.5\n");
        }
        MainWindow window;
        window.show();
        QVERIFY(!window.dataTable());
        QSignalSpy changed(&window, &MainWindow::dataTableChanged);
        window.dataImport()->startImport(ImportSource::file(path), ImportOptions());
        QVERIFY(changed.wait(10000));
        QVERIFY(window.dataTable());
        QCOMPARE(window.dataTable()->rowCount(), 2);
        QCOMPARE(window.dataTable()->column(0).type(), ColumnType::DateTime);
        QVERIFY(window.dataDock()->isVisible());
        QVERIFY(window.dataView()->summaryText().contains(u"measurements.csv"_s));
        QVERIFY(window.statusText().contains(u"measurements.csv"_s));

        // A failed import keeps what was loaded and says why.
        QSignalSpy finished(window.dataImport(), &DataImportController::importFinished);
        window.dataImport()->startImport(ImportSource::file(dir.filePath(u"missing.csv"_s)), ImportOptions());
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.first().first().toBool());
        QCOMPARE(window.dataTable()->rowCount(), 2);
    }

    void acceptsDroppedFilesAndPastedTables()
    {
        QMimeData file;
        file.setUrls({QUrl::fromLocalFile(u"/tmp/data.xlsx"_s)});
        QVERIFY(DataImportController::canImport(&file));
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(u"/tmp/picture.png"_s)});
        QVERIFY(!DataImportController::canImport(&other));
        QMimeData text;
        text.setText(u"a\tb\n1\t2\n"_s);
        QVERIFY(DataImportController::canImport(&text));
        QMimeData blank;
        blank.setText(u"  \n"_s);
        QVERIFY(!DataImportController::canImport(&blank));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
