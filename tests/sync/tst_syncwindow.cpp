// Catalog → Sync… in the window against the fake anyplot API: progress, result, cancel, failure,
// and the status line's freshness; the window stays responsive throughout.
#include "catalogbrowser.h"
#include "codeview.h"
#include "specpage.h"
#include "fakeanyplotapi.h"
#include "mainwindow.h"
#include "offlinecatalogstore.h"
#include "synccontroller.h"
#include "syncdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncWindow : public QObject
{
    Q_OBJECT

    static QStringList smallCatalog()
    {
        return {u"acf-pacf"_s, u"bar-basic"_s, u"line-basic"_s, u"scatter-basic"_s, u"box-basic"_s, u"pie-basic"_s};
    }

    SyncDialog *openDialog(MainWindow &window, const FakeAnyplotApi &server)
    {
        window.syncController()->showDialog();
        SyncDialog *dialog = window.syncController()->dialog();
        dialog->findChild<QLineEdit *>(u"syncUrlField"_s)->setText(server.baseUrl().toString());
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }
    void init()
    {
        QDir(OfflineCatalogStore::defaultRoot()).removeRecursively();
    }

    void syncShowsProgressResultAndFreshness()
    {
        FakeAnyplotApi server;
        server.setServeImages(true); // the cards' pictures come from 127.0.0.1, never the real bucket
        server.keepOnly(smallCatalog());
        FakeAnyplotApi::Fault slow; // slow enough to see the progress
        slow.kind = FakeAnyplotApi::FaultKind::Slow;
        slow.delayMs = 150;
        slow.times = -1;
        server.addFault(u"/specs/*"_s, slow);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SyncDialog *dialog = openDialog(window, server);
        QSignalSpy finished(&window, &MainWindow::loadingFinished);
        auto *progress = dialog->findChild<QProgressBar *>(u"syncProgress"_s);
        auto *stop = dialog->findChild<QPushButton *>(u"syncCancelButton"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isSyncing());
        QVERIFY(progress->isVisible());
        QVERIFY(stop->isVisible());
        QTRY_VERIFY(progress->maximum() == int(smallCatalog().size()));
        if (qEnvironmentVariableIsSet("PLOTBENCH_GRAB"))
            dialog->grab().save(qEnvironmentVariable("PLOTBENCH_GRAB") + u"/syncdialog-running.png"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(int(window.catalog()->specs().size()), int(smallCatalog().size()));
        QTRY_VERIFY(dialog->resultText().contains(u"Synced"_s));
        QVERIFY2(dialog->resultText().contains(u"10 request"_s), qPrintable(dialog->resultText()));
        QVERIFY(!progress->isVisible());
        QVERIFY2(window.statusText().contains(u"anyplot API at 127.0.0.1"_s) && window.statusText().contains(u"just now"_s),
                 qPrintable(window.statusText()));
        QVERIFY(!window.statusText().contains(u"offline copy"_s)); // synced in this session
        if (qEnvironmentVariableIsSet("PLOTBENCH_GRAB"))
            dialog->grab().save(qEnvironmentVariable("PLOTBENCH_GRAB") + u"/syncdialog-done.png"_s);

        // A spec page of the synced catalog: its code is fetched when shown, then kept.
        window.showSpec(u"bar-basic"_s);
        QVERIFY(window.specPage()->selectImplementation(u"plotly"_s));
        QTRY_VERIFY(window.specPage()->codeView()->code().contains(u"bar-basic: Basic Bar Chart"_s));
        QCOMPARE(server.requestCount(u"/specs/bar-basic/plotly/code"_s), 1);
        if (qEnvironmentVariableIsSet("PLOTBENCH_GRAB"))
            window.grab().save(qEnvironmentVariable("PLOTBENCH_GRAB") + u"/specpage-api.png"_s);
        window.showBrowser();

        // The next window opens the offline copy at start, without the server.
        MainWindow next;
        QSignalSpy loaded(&next, &MainWindow::loadingFinished);
        next.openCatalog(OfflineCatalogSource_latest());
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(int(next.catalog()->specs().size()), int(smallCatalog().size()));
        QVERIFY2(next.statusText().endsWith(u" · offline copy"_s), qPrintable(next.statusText()));
    }

    void stopKeepsTheCatalog()
    {
        FakeAnyplotApi server;
        server.setServeImages(true); // the cards' pictures come from 127.0.0.1, never the real bucket
        server.keepOnly(smallCatalog());
        FakeAnyplotApi::Fault hang;
        hang.kind = FakeAnyplotApi::FaultKind::Hang;
        hang.times = -1;
        server.addFault(u"/specs/*"_s, hang);
        MainWindow window;
        window.show();
        SyncDialog *dialog = openDialog(window, server);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"syncButton"_s), Qt::LeftButton);
        QTRY_VERIFY(server.requestCount(u"/specs/"_s) >= 1);
        QElapsedTimer responsive;
        responsive.start();
        QTest::qWait(50); // the event loop turns while the sync waits
        QVERIFY(responsive.elapsed() < 1000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"syncCancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().contains(u"Stopped"_s), 10000);
        QVERIFY(!dialog->isSyncing());
        QVERIFY(!OfflineCatalogStore(OfflineCatalogStore::directoryFor(u"api"_s, server.baseUrl().toString())).exists());
    }

    void failureIsShown_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("CDN 403") << QString() << u"CDN"_s;
        QTest::newRow("not a URL") << u"ftp://x"_s << u"not an http(s) URL"_s;
    }
    void failureIsShown()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        FakeAnyplotApi server;
        server.setServeImages(true); // the cards' pictures come from 127.0.0.1, never the real bucket
        FakeAnyplotApi::Fault forbidden;
        forbidden.kind = FakeAnyplotApi::FaultKind::CdnForbidden;
        forbidden.times = -1;
        server.addFault(u"/specs"_s, forbidden);
        MainWindow window;
        window.show();
        SyncDialog *dialog = openDialog(window, server);
        if (!url.isEmpty())
            dialog->findChild<QLineEdit *>(u"syncUrlField"_s)->setText(url);
        auto *syncButton = dialog->findChild<QPushButton *>(u"syncButton"_s);
        if (!syncButton->isEnabled()) { // the dialog refuses what is not a URL before it starts
            QVERIFY(!url.isEmpty());
            dialog->findChild<QLineEdit *>(u"syncUrlField"_s)->setText(u"https://"_s);
            SyncDialog::Request request;
            request.kind = u"api"_s;
            request.url = QUrl(url);
            window.syncController()->sync(request);
        } else {
            QTest::mouseClick(syncButton, Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().contains(message), 20000);
        QVERIFY2(dialog->resultText().startsWith(u"The sync failed"_s), qPrintable(dialog->resultText()));
        if (qEnvironmentVariableIsSet("PLOTBENCH_GRAB") && url.isEmpty())
            dialog->grab().save(qEnvironmentVariable("PLOTBENCH_GRAB") + u"/syncdialog-failed.png"_s);
    }

private:
    static CatalogSourcePtr OfflineCatalogSource_latest();
};

#include "offlinecatalogsource.h"
CatalogSourcePtr TestSyncWindow::OfflineCatalogSource_latest()
{
    return OfflineCatalogSource::latestOr(nullptr);
}

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
