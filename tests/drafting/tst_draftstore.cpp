// Drafts autosave atomically and survive a crash and a failed submit.
#include "draftstore.h"
#include "specdraftsession.h"

#include "catalogsource.h"
#include "foldercatalogsource.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "draftingtestsupport.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
const QString crashText = u"# crash-test: Typed Before The Crash\n\n## Description\n\nNot lost.\n"_s;

SpecDraft sampleDraft(const QString &id = u"11111111-2222-3333-4444-555555555555"_s)
{
    SpecDraft draft = SpecDraft::fromTemplate(QDateTime(QDate(2026, 12, 1), QTime(7, 0), Qt::UTC));
    draft.draftId = id;
    return draft;
}

// The child process of crashRestoresTheDraft: types, waits for the autosave, then dies hard.
int crashingWriter(const QString &directory)
{
    SpecDraftSession *session = new SpecDraftSession(nullptr, DraftStore(directory), sampleDraft());
    session->setAutosaveDelay(50);
    QSignalSpy saved(session, &SpecDraftSession::saved);
    session->setMarkdown(crashText);
    if (!saved.wait(5000))
        return 3;
    session->setMarkdown(crashText + u"typed after the last autosave\n"_s); // lost: never saved
    std::abort(); // no destructor, no flush: a crash
}
} // namespace

class TestDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        SpecDraft draft = sampleDraft();
        draft.submittedIssue = 0;
        draft.lastSubmitError = u"offline"_s;
        QString error;
        QVERIFY2(store.save(draft, &error), qPrintable(error));
        const std::optional<SpecDraft> loaded = store.load(draft.draftId, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, draft);
        QCOMPARE(store.loadAll().size(), 1);
    }

    void defaultFolderIsAppData()
    {
        QVERIFY(DraftStore::defaultDirectory().endsWith(u"/drafts"_s));
        QCOMPARE(DraftStore().directory(), DraftStore::defaultDirectory());
    }

    void newestFirstAndCorruptFilesSkipped()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        SpecDraft older = sampleDraft(u"aaaa"_s);
        older.modified = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        SpecDraft newer = sampleDraft(u"bbbb"_s);
        newer.modified = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(store.save(older));
        QVERIFY(store.save(newer));
        QFile corrupt(dir.filePath(u"cccc.json"_s));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("{\"draft_id\": \"cccc\", \"specification_md\": ");
        corrupt.close();
        QStringList warnings;
        const QList<SpecDraft> drafts = store.loadAll(&warnings);
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts[0].draftId, u"bbbb"_s);
        QCOMPARE(drafts[1].draftId, u"aaaa"_s);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings[0].contains(u"cccc.json"_s));
        QVERIFY(corrupt.exists()); // left for the user to rescue
    }

    void interruptedWriteKeepsThePreviousVersion()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        const SpecDraft draft = sampleDraft();
        QVERIFY(store.save(draft));
        {
            // A writer that dies before commit(): QSaveFile never replaces the file.
            QSaveFile torn(store.pathOf(draft.draftId));
            QVERIFY(torn.open(QIODevice::WriteOnly));
            torn.write("{\"draft_id\": \"torn");
        }
        const std::optional<SpecDraft> loaded = store.load(draft.draftId);
        QVERIFY(loaded);
        QCOMPARE(*loaded, draft);
    }

    void unsafeIdsAreRefused()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        QString error;
        QVERIFY(!store.save(sampleDraft(u"../escape"_s), &error));
        QVERIFY(error.contains(u"../escape"_s));
        QVERIFY(!QFile::exists(dir.path() + u"/../escape.json"_s));
    }

    void autosaveWritesShortlyAfterTheLastChange()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        SpecDraftSession session(nullptr, store, sampleDraft());
        session.setAutosaveDelay(100);
        QSignalSpy saved(&session, &SpecDraftSession::saved);
        for (int i = 0; i < 20; ++i)
            session.setMarkdown(crashText + QString::number(i));
        QVERIFY(!session.isSaved());
        QVERIFY(!QFile::exists(store.pathOf(session.draft().draftId))); // not on every keystroke
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.size(), 1); // 20 changes, one write
        QCOMPARE(store.load(session.draft().draftId)->markdown, crashText + u"19"_s);
        QTRY_VERIFY(session.isSaved());
    }

    void closingWritesPendingChanges()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        QString id;
        {
            SpecDraftSession session(nullptr, store, sampleDraft());
            session.setAutosaveDelay(60000);
            session.setYaml(u"spec_id: closing\n"_s);
            id = session.draft().draftId;
        }
        QCOMPARE(store.load(id)->yaml, u"spec_id: closing\n"_s);
    }

    void crashRestoresTheDraft()
    {
        QTemporaryDir dir;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--crash-writer"_s, dir.path()});
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QList<SpecDraft> restored = DraftStore(dir.path()).loadAll();
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored[0].markdown, crashText); // everything up to the last autosave
        QCOMPARE(restored[0].draftId, sampleDraft().draftId);
        const std::optional<SpecDraft> reopened = DraftStore(dir.path()).latestUnsubmittedAsync().result();
        QVERIFY(reopened);
        QCOMPARE(reopened->markdown, crashText);
    }

    void submittedDraftsAreNotReopened()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        SpecDraft submitted = sampleDraft(u"aaaa"_s);
        submitted.submittedIssue = 7;
        submitted.modified = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        SpecDraft open = sampleDraft(u"bbbb"_s);
        open.modified = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(store.save(submitted));
        QVERIFY(!store.latestUnsubmittedAsync().result());
        QVERIFY(store.save(open));
        QCOMPARE(store.latestUnsubmittedAsync().result()->draftId, u"bbbb"_s);
    }

    void failedSubmitKeepsTheDraft()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        QString id;
        {
            SpecDraftSession session(nullptr, store, sampleDraft());
            session.setMarkdown(crashText);
            session.markSubmitFailed(u"GitHub did not answer"_s);
            session.waitForSaves();
            id = session.draft().draftId;
        }
        const std::optional<SpecDraft> kept = store.load(id);
        QVERIFY(kept);
        QCOMPARE(kept->markdown, crashText);
        QCOMPARE(kept->lastSubmitError, u"GitHub did not answer"_s);
        QCOMPARE(kept->submittedIssue, 0);
        {
            SpecDraftSession session(nullptr, store, *kept);
            session.markSubmitted(4242);
            session.waitForSaves();
        }
        QCOMPARE(store.load(id)->submittedIssue, 4242);
        QVERIFY(store.load(id)->lastSubmitError.isEmpty());
    }

    void discardRemovesTheDraft()
    {
        QTemporaryDir dir;
        const DraftStore store(dir.path());
        SpecDraftSession session(nullptr, store, sampleDraft());
        session.setMarkdown(crashText);
        session.waitForSaves();
        QVERIFY(QFile::exists(store.pathOf(session.draft().draftId)));
        session.discard();
        session.setMarkdown(crashText + u"more"_s);
        session.waitForSaves();
        QVERIFY(!QFile::exists(store.pathOf(session.draft().draftId)));
    }

    void sessionValidatesAndRanksAsYouType()
    {
        const CatalogPtr catalog = DraftingTest::loadSampleCatalog();
        QTemporaryDir dir;
        SpecDraftSession session(catalog, DraftStore(dir.path()), sampleDraft());
        QSignalSpy problems(&session, &SpecDraftSession::problemsChanged);
        QVERIFY(session.hasErrors()); // the template's placeholders
        QTRY_VERIFY(session.similarIndexReady());
        QFile md(QStringLiteral(PLOTBENCH_SHARED_DIR "/fixtures/anyplot-sample/plots/scatter-basic/specification.md"));
        QVERIFY(md.open(QIODevice::ReadOnly));
        session.setMarkdown(QString::fromUtf8(md.readAll()).replace(u"scatter-basic"_s, u"scatter-plain"_s));
        session.setYaml(QString(session.draft().yaml).replace(u"{spec-id}"_s, u"scatter-plain"_s)
                            .replace(u"{Title}"_s, u"Basic Scatter Plot"_s));
        QVERIFY(problems.size() >= 1);
        QVERIFY2(!session.hasErrors(), qPrintable(session.problems().value(0).message));
        QVERIFY(!session.similar().isEmpty());
        QCOMPARE(session.similar().first().specId, u"scatter-basic"_s);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--crash-writer") == 0)
        return crashingWriter(QString::fromLocal8Bit(argv[2]));
    TestDraftStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_draftstore.moc"
