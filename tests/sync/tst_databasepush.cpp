// Catalog → Push to Database…: the dialog on the open catalog, a dry run that writes nothing, a
// push whose rows are in the database afterwards, Stop, and a failure in words without the password
// — against the throwaway PostgreSQL server of tests/sync/with-postgres.sh.
#include "catalogsources.h"
#include "databasepushcontroller.h"
#include "databasepushtask.h"
#include "mainwindow.h"
#include "synccontroller.h"
#include "testdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString scalar(const TestDatabase &db, const char *sql)
{
    const auto connection = db.connect();
    if (!connection)
        return u"(no connection)"_s;
    const PostgresResult result = connection->exec(sql);
    return result.ok() && result.rows() == 1 ? result.text(0, 0) : u"(error: %1)"_s.arg(result.error());
}

QString tablesOf(const TestDatabase &db)
{
    return scalar(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
}
} // namespace

class TestDatabasePush : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The window on the sample catalog, its push dialog open, the form filled for `db`.
    DatabasePushDialog *openDialog(MainWindow &window, const TestDatabase &db)
    {
        QString error;
        QSignalSpy loaded(&window, &MainWindow::loadingFinished);
        window.openCatalog(CatalogSources::fromArgument(u"sample"_s, {false, false}, &error));
        if (!loaded.wait(20000))
            return nullptr;
        window.syncController()->setKeychainService(u"PlotbenchTest-%1"_s.arg(QCoreApplication::applicationPid()));
        window.findChild<QAction *>(u"pushAction"_s)->trigger();
        DatabasePushDialog *dialog = window.pushController()->dialog();
        dialog->findChild<QLineEdit *>(u"databaseUrlField"_s)->setText(db.url());
        auto *tls = dialog->findChild<QComboBox *>(u"databaseSslModeBox"_s);
        tls->setCurrentIndex(tls->findData(u"disable"_s));
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
        qunsetenv("PGPASSWORD");
    }

    void taskPushesOnAWorkerWithItsSteps()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        QFuture<PostgresPushReport> future = DatabasePushTask::start(
            {u"sample"_s, PostgresLogin(db.url(), u"disable"_s), false, m_dir.filePath(u"memory"_s), {}});
        QFutureWatcher<PostgresPushReport> watcher;
        watcher.setFuture(future);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 30000);
        const PostgresPushReport report = future.result();
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(report.schemaCreated);
        QVERIFY(report.specs > 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM specs"), QString::number(report.specs));
        QCOMPARE(scalar(db, "SELECT count(*) FROM impls"), QString::number(report.implementations));
        // The code came along: every matplotlib script of the sample, read from the catalog.
        const QString scripts = scalar(db, "SELECT count(*) FROM impls WHERE library_id = 'matplotlib'");
        QVERIFY(scripts.toInt() > 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM impls WHERE library_id = 'matplotlib' AND code LIKE '%import matplotlib%'"),
                 scripts);

        // The steps as the worker reports them (a watcher may coalesce fast ones), on a second push.
        QStringList steps;
        const PostgresPushReport again = DatabasePushTask::run(
            {u"sample"_s, PostgresLogin(db.url(), u"disable"_s), true, m_dir.filePath(u"memory"_s), {}}, [] { return false; },
            [&](int, const QString &text) { steps.append(text); });
        QVERIFY2(again.ok && again.dryRun, qPrintable(again.error));
        QCOMPARE(steps.size(), DatabasePushTask::steps + 1);
        QCOMPARE(steps.first(), u"Reading the catalog…"_s);
        QVERIFY2(steps.at(1).startsWith(u"Connecting to plotbench@127.0.0.1:"_s), qPrintable(steps.at(1)));
        QVERIFY2(steps.at(2).startsWith(u"Comparing "_s), qPrintable(steps.at(2)));
        for (const QString &step : steps)
            QVERIFY(!step.contains(QUrl(db.url()).password()));
    }

    void taskFailsInWordsOnABadCatalog()
    {
        const PostgresPushReport report = DatabasePushTask::run({m_dir.filePath(u"nowhere"_s), PostgresLogin(), false, {}, {}},
                                                                [] { return false; });
        QVERIFY(!report.ok);
        QVERIFY2(!report.error.isEmpty(), "a reason");
    }

    void dryRunThenPushFromTheWindow()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        const QString secret = QUrl(db.url()).password();
        QVERIFY(!secret.isEmpty());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DatabasePushDialog *dialog = openDialog(window, db);
        QVERIFY(dialog);
        QCOMPARE(dialog->request().catalog, u"sample"_s); // the open catalog
        QVERIFY(!dialog->request().database.connection.contains(secret)); // moved to its field

        dialog->findChild<QCheckBox *>(u"pushDryRunBox"_s)->setChecked(true);
        QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPushing() && dialog->resultText().contains(u"Dry run"_s), 30000);
        QVERIFY2(dialog->resultText().contains(u"bar-basic"_s), qPrintable(dialog->resultText())); // the diff lists it
        QCOMPARE(tablesOf(db), u"0"_s); // rolled back: not even the schema

        dialog->findChild<QCheckBox *>(u"pushDryRunBox"_s)->setChecked(false);
        QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPushing() && dialog->resultText().contains(u"Pushed to"_s), 30000);
        QCOMPARE(scalar(db, "SELECT count(*) FROM specs"), QString::number(window.catalog()->specs().size()));
        QCOMPARE(scalar(db, "SELECT count(*) FROM impls"), QString::number(window.catalog()->implementations().size()));
        QVERIFY(!dialog->resultText().contains(secret));

        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray saved = file.readAll();
        QVERIFY2(saved.contains("databaseUrl"), saved.constData());
        QVERIFY2(!saved.contains(secret.toUtf8()), saved.constData());
    }

    void stopWritesNothing()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        MainWindow window;
        DatabasePushDialog *dialog = openDialog(window, db);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
        QVERIFY(dialog->isPushing());
        QVERIFY(dialog->stopButton()->isVisible() || !dialog->isVisible());
        dialog->stopButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPushing(), 30000);
        QVERIFY2(dialog->resultText().contains(u"Stopped"_s), qPrintable(dialog->resultText()));
        QCOMPARE(tablesOf(db), u"0"_s);
    }

    // Stop goes through the request's flag, not QFuture::cancel(): the report always arrives, so a
    // Stop that comes too late cannot hide rows that were committed.
    void stoppedTaskStillDeliversItsReport()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        const auto stop = std::make_shared<std::atomic_bool>(true);
        QFuture<PostgresPushReport> future = DatabasePushTask::start(
            {u"sample"_s, PostgresLogin(db.url(), u"disable"_s), false, m_dir.filePath(u"memory"_s), stop});
        future.waitForFinished();
        QCOMPARE(future.resultCount(), 1);
        QVERIFY(future.result().stopped);
        QVERIFY(!future.result().ok);
        QCOMPARE(tablesOf(db), u"0"_s);
    }

    void failureIsInWordsWithoutThePassword()
    {
        TestDatabase db;
        PLOTBENCH_CREATE_TEST_DATABASE(db);
        MainWindow window;
        DatabasePushDialog *dialog = openDialog(window, db);
        QVERIFY(dialog);
        QUrl url(db.url());
        url.setPassword(u"Wrong-Hunter2"_s);
        dialog->findChild<QLineEdit *>(u"databaseUrlField"_s)->setText(url.toString());
        QTest::mouseClick(dialog->pushButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPushing() && dialog->resultText().startsWith(u"Nothing was written: "_s), 30000);
        QVERIFY2(dialog->resultText().contains(u"password authentication failed"_s), qPrintable(dialog->resultText()));
        QVERIFY(!dialog->resultText().contains(u"Wrong-Hunter2"_s));
    }
};

QTEST_MAIN(TestDatabasePush)
#include "tst_databasepush.moc"
