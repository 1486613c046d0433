// The GitHub dock in the window: nothing goes to the network until it is shown; then it lists the
// issues of the configured API (--api-url), links them to the open catalog's specs, and opening a
// spec narrows the dock to that spec's issues.
#include "fakegithub.h"
#include "githubclient.h"
#include "githubsession.h"
#include "issuemodel.h"
#include "issuespanel.h"
#include "issuethreadview.h"
#include "mainwindow.h"
#include "catalogsources.h"
#include "issuetracker.h"
#include "specpage.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGitHubWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("GITHUB_TOKEN");
    }

    void dockStartsOnFirstShowAndFollowsTheSpec()
    {
        FakeGitHub server;
        server.start();
        server.addIssue(u"MarkusNeusinger/anyplot"_s, u"[scatter-basic] Basic scatter"_s, {u"spec-ready"_s});
        server.addIssue(u"MarkusNeusinger/anyplot"_s, u"[bar-basic] Bars"_s, {u"spec-request"_s});

        MainWindow window;
        window.githubSession()->setApiUrlOverride(server.url());
        window.show();
        QSignalSpy loaded(&window, &MainWindow::loadingFinished);
        window.openCatalog(CatalogSources::fromArgument(u"sample"_s, {false, false}, nullptr));
        QVERIFY(loaded.wait(20000));
        QTest::qWait(100);
        QVERIFY(!window.issuesDock()->isVisible());
        QVERIFY(server.log().isEmpty()); // no quota spent by merely opening the window

        QSignalSpy refreshed(window.githubSession()->tracker(), &IssueTracker::refreshed);
        window.issuesDock()->show();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(window.githubSession()->model()->rowCount(), 2);
        QVERIFY(!server.log().isEmpty());
        QVERIFY(server.log().first().authorization.isEmpty()); // anonymous: no token in this test

        window.showSpec(u"scatter-basic"_s);
        QCOMPARE(window.issuesPanel()->searchEdit()->text(), u"scatter-basic"_s);
        QTRY_COMPARE(window.issuesPanel()->threadView()->issueNumber(), 1);

        // The panel's spec link opens the spec page.
        window.showBrowser();
        Q_EMIT window.issuesPanel()->specRequested(u"bar-basic"_s);
        QCOMPARE(window.specPage()->specId(), u"bar-basic"_s);
    }
};

QTEST_MAIN(TestGitHubWindow)
#include "tst_githubwindow.moc"
