// The New Spec… window: reopens the draft being written, previews the issue, saves a spec folder
// and submits through the GitHub client.
#include "lifecyclepanel.h"
#include "lifecycleview.h"
#include "speceditor.h"
#include "speceditorwindow.h"
#include "specdraftsession.h"
#include "specsubmitdialog.h"

#include "catalogsource.h"
#include "fakegithub.h"
#include "foldercatalogsource.h"
#include "githubclient.h"

#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "draftingtestsupport.h"
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
using DraftingTest::filledDraft;
} // namespace

class TestSpecEditorWindow : public QObject
{
    Q_OBJECT

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = DraftingTest::loadSampleCatalog();
        QVERIFY(m_catalog);
    }

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void startsFromTheTemplateThenReopensTheDraft()
    {
        const DraftStore store(m_dir->path());
        QString draftId;
        {
            SpecEditorWindow window(m_catalog, nullptr, store);
            window.setAttribute(Qt::WA_DeleteOnClose, false);
            QSignalSpy opened(&window, &SpecEditorWindow::draftOpened);
            window.openLatestDraft();
            QVERIFY(opened.wait(5000));
            QVERIFY(window.session()->draft().markdown.startsWith(u"# {spec-id}: {Title}"_s));
            window.editor()->markdownEditor()->setPlainText(filledDraft().markdown);
            draftId = window.session()->draft().draftId;
        } // closed without an explicit save: the session writes what is pending
        SpecEditorWindow window(m_catalog, nullptr, store);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        QSignalSpy opened(&window, &SpecEditorWindow::draftOpened);
        window.openLatestDraft();
        QVERIFY(opened.wait(5000));
        QCOMPARE(window.session()->draft().draftId, draftId);
        QCOMPARE(window.editor()->markdownEditor()->toPlainText(), filledDraft().markdown);
        QVERIFY(window.editor()->noticeLabel()->text().contains(u"Reopened the draft"_s));
    }

    void submitPreviewShowsTheExactIssue()
    {
        const SpecDraftIssue issue = SpecDraftIssue::fromDraft(ParsedSpecDraft::parse(filledDraft()));
        SpecSubmitDialog dialog(issue, u"MarkusNeusinger/anyplot"_s, false, u"Sign in first."_s);
        QCOMPARE(dialog.titleField()->text(), u"[violin-split] Split Violin"_s);
        QCOMPARE(dialog.bodySource()->toPlainText(), issue.body);
        QCOMPARE(dialog.labelsLabel()->text(), u"spec-request"_s);
        QVERIFY(dialog.bodyPreview()->toPlainText().contains(u"Description"_s));
        const auto buttons = dialog.buttons()->buttons();
        const auto create = std::find_if(buttons.cbegin(), buttons.cend(),
                                         [](QAbstractButton *b) { return b->text() == u"Create Issue"_s; });
        QVERIFY(create != buttons.cend());
        QVERIFY(!(*create)->isEnabled()); // no token: explained, not sent
    }

    void savesASpecFolder()
    {
        SpecEditorWindow window(m_catalog, nullptr, DraftStore(m_dir->path() + u"/drafts"_s));
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.openDraft(filledDraft());
        QVERIFY(!window.session()->hasErrors());
        QSignalSpy saved(&window, &SpecEditorWindow::folderSaved);
        window.saveFolderTo(m_dir->path() + u"/checkout"_s, false); // not a folder: a message
        QTRY_VERIFY(window.editor()->noticeLabel()->text().contains(u"not saved"_s));
        QVERIFY(window.editor()->noticeLabel()->text().contains(u"is not a folder"_s));
        QCOMPARE(saved.size(), 0);
        QDir().mkpath(m_dir->path() + u"/checkout/plots"_s);
        window.saveFolderTo(m_dir->path() + u"/checkout"_s, false);
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().first().toString(), m_dir->path() + u"/checkout/plots/violin-split"_s);
        QVERIFY(QFile::exists(m_dir->path() + u"/checkout/plots/violin-split/specification.yaml"_s));
    }

    void submitsThroughTheClient()
    {
        FakeGitHub server;
        server.addToken("ghp_window", u"contributor"_s);
        server.start();
        server.addRepository(u"MarkusNeusinger/anyplot"_s);
        GitHubClient::Options options;
        options.apiUrl = server.url();
        options.cacheDirectory = m_dir->path() + u"/etags"_s;
        GitHubClient client(options);
        client.setRepository(GitHubRepository::parse(u"MarkusNeusinger/anyplot"_s));
        client.setToken(u"ghp_window"_s);

        SpecEditorWindow window(m_catalog, &client, DraftStore(m_dir->path() + u"/drafts"_s));
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.openDraft(filledDraft());
        QSignalSpy finished(&window, &SpecEditorWindow::submitFinished);
        window.submitAfterPreview(false); // cancelled in the preview: nothing sent
        QTest::qWait(50);
        QVERIFY(server.repository(u"MarkusNeusinger/anyplot"_s)->issues.isEmpty());
        window.submitAfterPreview(true);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(server.repository(u"MarkusNeusinger/anyplot"_s)->issues.value(1).title, u"[violin-split] Split Violin"_s);
        QCOMPARE(window.session()->draft().submittedIssue, 1);

        // The issue's lifecycle, from its live labels: a spec request so far.
        QSignalSpy lifecycle(&window, &SpecEditorWindow::lifecycleShown);
        QVERIFY(lifecycle.size() == 1 || lifecycle.wait(10000));
        QCOMPARE(window.lifecyclePanel()->view()->nodeState(u"spec-request"_s), LifecycleNodeState::Current);
        QVERIFY(!window.lifecycleDock()->isHidden());
        // A maintainer approves on GitHub; reopening the draft shows it.
        server.repository(u"MarkusNeusinger/anyplot"_s)->issues[1].labels = {u"spec-request"_s, u"approved"_s};
        window.openDraft(window.session()->draft());
        QVERIFY(lifecycle.wait(10000));
        QCOMPARE(window.lifecyclePanel()->view()->nodeState(u"approved"_s), LifecycleNodeState::Current);
    }
};

QTEST_MAIN(TestSpecEditorWindow)
#include "tst_speceditorwindow.moc"
