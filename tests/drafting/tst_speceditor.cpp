// The spec editor: live validation list with jump-to-line, preview, undo/redo, tag completion,
// similar specs as the draft changes.
#include "speceditor.h"
#include "specdraftsession.h"
#include "specyamleditor.h"

#include "catalogsource.h"
#include "foldercatalogsource.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "draftingtestsupport.h"
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestSpecEditor : public QObject
{
    Q_OBJECT

    CatalogPtr m_catalog;
    QTemporaryDir m_drafts;
    std::unique_ptr<SpecDraftSession> m_session;
    std::unique_ptr<SpecEditor> m_editor;

    static QString scatterMarkdown()
    {
        QFile md(QStringLiteral(PLOTBENCH_SHARED_DIR "/fixtures/anyplot-sample/plots/scatter-basic/specification.md"));
        md.open(QIODevice::ReadOnly);
        return QString::fromUtf8(md.readAll()).replace(u"scatter-basic"_s, u"scatter-dots"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = DraftingTest::loadSampleCatalog();
        QVERIFY(m_catalog);
    }

    void init()
    {
        m_session = std::make_unique<SpecDraftSession>(m_catalog, DraftStore(m_drafts.path()), SpecDraft::fromTemplate());
        m_editor = std::make_unique<SpecEditor>(m_session.get());
        m_editor->resize(1400, 800);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_session.reset();
    }

    void templateShowsItsProblems()
    {
        QListWidget *list = m_editor->problemList();
        QCOMPARE(list->count(), m_session->problems().size());
        QVERIFY(m_session->hasErrors());
        QVERIFY(!m_editor->submitAction()->isEnabled());
        QVERIFY(!m_editor->saveFolderAction()->isEnabled());
        QVERIFY(m_editor->statusLabel()->text().contains(u"error"_s));
        QVERIFY(m_editor->preview()->toPlainText().contains(u"Applications"_s));
    }

    void clickingAProblemJumpsToItsLine()
    {
        QListWidget *list = m_editor->problemList();
        for (int row = 0; row < list->count(); ++row) {
            const SpecDraftProblem &problem = m_session->problems().at(row);
            if (problem.line <= 1)
                continue;
            QListWidgetItem *item = list->item(row);
            QVERIFY(item->text().contains(problem.message));
            list->scrollToItem(item);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            const bool yaml = problem.file == SpecDraftProblem::File::Yaml;
            QCOMPARE(m_editor->sourceTabs()->currentIndex(), yaml ? 1 : 0);
            QPlainTextEdit *editor = yaml ? static_cast<QPlainTextEdit *>(m_editor->yamlEditor())
                                          : m_editor->markdownEditor();
            QCOMPARE(editor->textCursor().blockNumber(), problem.line - 1);
        }
    }

    void typingRevalidatesAndRanks()
    {
        QTRY_VERIFY(m_session->similarIndexReady());
        m_editor->markdownEditor()->setPlainText(scatterMarkdown());
        QString yaml = m_session->draft().yaml;
        yaml.replace(u"{spec-id}"_s, u"scatter-dots"_s).replace(u"{Title}"_s, u"Basic Scatter Plot"_s);
        m_editor->yamlEditor()->setPlainText(yaml);
        QCOMPARE(m_session->draft().markdown, scatterMarkdown());
        QVERIFY2(!m_session->hasErrors(), qPrintable(m_session->problems().value(0).message));
        QVERIFY(m_editor->submitAction()->isEnabled());
        QTreeWidget *similar = m_editor->similarList();
        QVERIFY(similar->topLevelItemCount() > 0);
        QCOMPARE(similar->topLevelItem(0)->data(0, Qt::UserRole).toString(), u"scatter-basic"_s);
        QSignalSpy open(m_editor.get(), &SpecEditor::openSpecRequested);
        Q_EMIT similar->itemActivated(similar->topLevelItem(0), 0);
        QCOMPARE(open.value(0).value(0).toString(), u"scatter-basic"_s);
        QTRY_VERIFY(m_editor->preview()->toPlainText().contains(u"scatter-dots: Basic Scatter Plot"_s));

        // A keystroke that breaks the id shows at once.
        QPlainTextEdit *md = m_editor->markdownEditor();
        md->moveCursor(QTextCursor::Start);
        md->moveCursor(QTextCursor::Right);
        md->moveCursor(QTextCursor::Right);
        QTest::keyClicks(md, u"X"_s);
        QVERIFY(m_session->hasErrors());
        QVERIFY(!m_editor->submitAction()->isEnabled());
    }

    void undoAndRedo()
    {
        QPlainTextEdit *md = m_editor->markdownEditor();
        const QString before = md->toPlainText();
        md->setFocus();
        md->moveCursor(QTextCursor::End);
        QTest::keyClicks(md, u"more words"_s);
        QVERIFY(m_editor->undoAction()->isEnabled());
        QCOMPARE(m_session->draft().markdown, before + u"more words"_s);
        m_editor->undoAction()->trigger();
        QCOMPARE(md->toPlainText(), before);
        QCOMPARE(m_session->draft().markdown, before);
        QVERIFY(m_editor->redoAction()->isEnabled());
        m_editor->redoAction()->trigger();
        QCOMPARE(m_session->draft().markdown, before + u"more words"_s);
        // The actions follow the tab: the YAML editor has nothing to undo yet.
        m_editor->sourceTabs()->setCurrentIndex(1);
        QVERIFY(!m_editor->undoAction()->isEnabled());
    }

    void tagCompletion()
    {
        SpecYamlEditor *yaml = m_editor->yamlEditor();
        m_editor->sourceTabs()->setCurrentIndex(1);
        yaml->setPlainText(u"spec_id: x\ntags:\n  plot_type:\n    - \n  domain:\n    - fin\ncomment: x\n"_s);
        QCOMPARE(yaml->tagCategoryAt(3), std::optional(SpecTagCategory::PlotType));
        QCOMPARE(yaml->tagCategoryAt(5), std::optional(SpecTagCategory::Domain));
        QCOMPARE(yaml->tagCategoryAt(0), std::nullopt);
        QCOMPARE(yaml->tagCategoryAt(2), std::nullopt);
        QCOMPARE(yaml->tagCategoryAt(6), std::nullopt);

        yaml->setFocus();
        QTextCursor cursor(yaml->document()->findBlockByNumber(3));
        cursor.movePosition(QTextCursor::EndOfBlock);
        yaml->setTextCursor(cursor);
        QTest::keyClicks(yaml, u"sc"_s);
        QCompleter *completer = yaml->completer();
        QVERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), u"scatter"_s);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(yaml->document()->findBlockByNumber(3).text(), u"    - scatter"_s);

        cursor = QTextCursor(yaml->document()->findBlockByNumber(5));
        cursor.movePosition(QTextCursor::EndOfBlock);
        yaml->setTextCursor(cursor);
        QVERIFY(yaml->showCompletion());
        QCOMPARE(completer->currentCompletion(), u"finance"_s);
        QVERIFY(completer->completionCount() >= 1);
    }

    void restoredNotice()
    {
        m_editor->setNotice(u"Restored"_s);
        QVERIFY(m_editor->findChildren<QLabel *>().size() >= 2);
    }

    void screenshot()
    {
        m_editor->markdownEditor()->setPlainText(scatterMarkdown().replace(u"- `y` (numeric)"_s, u"- `y` numeric"_s));
        QTRY_VERIFY(m_session->similarIndexReady());
        m_editor->refreshPreview();
        const QString path = qEnvironmentVariable("PLOTBENCH_SCREENSHOT_DIR", QDir::tempPath()) + u"/speceditor.png"_s;
        QVERIFY(m_editor->grab().save(path));
    }
};

QTEST_MAIN(TestSpecEditor)
#include "tst_speceditor.moc"
