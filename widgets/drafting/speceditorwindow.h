#pragma once

#include "catalog.h"
#include "draftstore.h"

#include <QMainWindow>
#include <QPointer>

class GitHubClient;
class LifecyclePanel;
class QDockWidget;
class SpecDraftSession;
class SpecDraftSubmitter;
class SpecEditor;

// The window File → New Spec… opens: the spec editor on the draft being written (the newest
// unsubmitted one is reopened, so a crash or a restart loses nothing), with the submit preview,
// the spec-folder save and new/discard. Without a signed-in GitHub client, submitting explains
// how to sign in; the draft is saved either way.
class SpecEditorWindow : public QMainWindow
{
    Q_OBJECT
public:
    SpecEditorWindow(CatalogPtr catalog, GitHubClient *client, DraftStore store, QWidget *parent = nullptr);
    ~SpecEditorWindow() override;

    // Reopens the newest unsubmitted draft (read on a worker), or starts one from the template.
    void openLatestDraft();
    void openDraft(SpecDraft draft, const QString &notice = {}); // by value: it may be the open one's

    SpecEditor *editor() const { return m_editor; }
    SpecDraftSession *session() const { return m_session; }
    LifecyclePanel *lifecyclePanel() const { return m_lifecycle; }
    QDockWidget *lifecycleDock() const { return m_lifecycleDock; }

    // The parts of the window's flows, callable from tests without dialogs.
    void submitAfterPreview(bool confirmed);
    void saveFolderTo(const QString &checkout, bool overwrite);

Q_SIGNALS:
    void openSpecRequested(const QString &specId);
    void draftOpened();
    void folderSaved(const QString &folder);
    void lifecycleShown(int issueNumber);
    // The user wants GitHub (submit): whoever owns the client should sign it in now.
    void gitHubNeeded();
    void submitFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void submit();
    void saveFolder();
    void newDraft();
    void discardDraft();
    QString submitBlocker() const;
    // Shows where the draft's issue stands, from its live labels on GitHub.
    void showIssueLifecycle(int number);

    CatalogPtr m_catalog;
    QPointer<GitHubClient> m_client;
    DraftStore m_store;
    SpecDraftSession *m_session = nullptr;
    SpecEditor *m_editor = nullptr;
    SpecDraftSubmitter *m_submitter = nullptr;
    LifecyclePanel *m_lifecycle = nullptr;
    QDockWidget *m_lifecycleDock = nullptr;
};
