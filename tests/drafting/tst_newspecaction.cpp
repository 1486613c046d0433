// File → New Spec… in the main window: opens one spec editor on the loaded catalog, reopens the
// same window when asked again, and a draft typed there is found again after a restart.
#include "githubsession.h"
#include "issuemodel.h"
#include "issuespanel.h"
#include "lifecyclepanel.h"
#include "lifecycleview.h"
#include "mainwindow.h"
#include "speceditor.h"
#include "speceditorwindow.h"
#include "specdraftsession.h"

#include "foldercatalogsource.h"

#include <QAction>
#include <QLabel>
#include <QTreeView>
#include <QDir>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNewSpecAction : public QObject
{
    Q_OBJECT

    static QAction *newSpecAction(MainWindow &window)
    {
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction *action : menu->menu()->actions())
                    if (action->text() == u"&New Spec…"_s)
                        return action;
        return nullptr;
    }

    static SpecEditorWindow *openEditor(MainWindow &window)
    {
        QAction *action = newSpecAction(window);
        if (!action)
            return nullptr;
        action->trigger();
        auto *editor = window.findChild<SpecEditorWindow *>();
        if (editor && !editor->session()) {
            QSignalSpy opened(editor, &SpecEditorWindow::draftOpened);
            opened.wait(5000);
        }
        return editor;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // drafts go to a test location
        QDir(DraftStore::defaultDirectory()).removeRecursively();
    }

    void cleanupTestCase() { QDir(DraftStore::defaultDirectory()).removeRecursively(); }

    void opensOneEditorOnTheCatalog()
    {
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::loadingFinished);
        window.openCatalog(std::make_shared<SampleCatalogSource>());
        QVERIFY(loaded.wait(20000));
        QVERIFY(newSpecAction(window));
        QCOMPARE(newSpecAction(window)->shortcut(), QKeySequence(QKeySequence::New));
        SpecEditorWindow *editor = openEditor(window);
        QVERIFY(editor);
        QVERIFY(editor->session());
        QCOMPARE(editor->session()->catalog(), window.catalog());
        QVERIFY(editor->isVisible());
        newSpecAction(window)->trigger();
        QCOMPARE(window.findChildren<SpecEditorWindow *>().size(), 1);

        editor->editor()->markdownEditor()->setPlainText(u"# kept-draft: Kept\n"_s);
        editor->close(); // WA_DeleteOnClose: the session writes the draft
        QTRY_VERIFY(window.findChildren<SpecEditorWindow *>().isEmpty());

        SpecEditorWindow *again = openEditor(window);
        QVERIFY(again && again->session());
        QCOMPARE(again->session()->draft().markdown, u"# kept-draft: Kept\n"_s);
    }

    void lifecycleFollowsTheSelectedIssue()
    {
        MainWindow window;
        GitHubIssue issue;
        issue.number = 611;
        issue.title = u"[scatter-basic] Basic Scatter Plot"_s;
        issue.state = u"open"_s;
        for (const QString &name : {u"spec-ready"_s, u"impl:matplotlib:done"_s, u"impl:plotly:failed"_s})
            issue.labels.append(GitHubLabel{name, {}, {}});
        window.githubSession()->model()->setIssues({issue}); // what a listing would bring
        QTreeView *view = window.issuesPanel()->view();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->setCurrentIndex(view->model()->index(0, 0));
        LifecyclePanel *panel = window.lifecyclePanel();
        QCOMPARE(panel->view()->nodeState(u"impl:plotly:failed"_s), LifecycleNodeState::Current);
        QVERIFY(panel->titleLabel()->text().contains(u"#611"_s));
    }
};

QTEST_MAIN(TestNewSpecAction)
#include "tst_newspecaction.moc"
