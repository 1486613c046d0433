#include "speceditorwindow.h"

#include "githubclient.h"
#include "lifecyclepanel.h"
#include "speceditor.h"
#include "specdraftfolderwriter.h"
#include "specdraftsession.h"
#include "specdraftsubmitter.h"
#include "specsubmitdialog.h"
#include "lifecycleview.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

SpecEditorWindow::SpecEditorWindow(CatalogPtr catalog, GitHubClient *client, DraftStore store, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(std::move(catalog))
    , m_client(client)
    , m_store(std::move(store))
{
    setWindowTitle(tr("New Spec — Plotbench"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1400, 860);
    m_lifecycle = new LifecyclePanel(this);
    m_lifecycleDock = new QDockWidget(tr("Lifecycle of the Submitted Issue"), this);
    m_lifecycleDock->setObjectName(u"lifecycleDock"_s);
    m_lifecycleDock->setWidget(m_lifecycle);
    addDockWidget(Qt::BottomDockWidgetArea, m_lifecycleDock);
    m_lifecycleDock->hide(); // until the draft has an issue
}

SpecEditorWindow::~SpecEditorWindow()
{
    delete m_editor; // the view before the session it shows
    delete m_session; // writes what is not saved yet
}

void SpecEditorWindow::openLatestDraft()
{
    auto *watcher = new QFutureWatcher<std::optional<SpecDraft>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const std::optional<SpecDraft> latest = watcher->result();
        if (latest)
            openDraft(*latest, latest->lastSubmitError.isEmpty()
                                   ? tr("Reopened the draft you were writing (last change %1).")
                                         .arg(QLocale().toString(latest->modified.toLocalTime(), QLocale::ShortFormat))
                                   : tr("Reopened your draft. Its last submit failed: %1").arg(latest->lastSubmitError));
        else
            openDraft(SpecDraft::fromTemplate());
    });
    watcher->setFuture(m_store.latestUnsubmittedAsync());
}

void SpecEditorWindow::openDraft(SpecDraft draft, const QString &notice)
{
    if (m_session)
        m_session->waitForSaves();
    delete m_editor;
    delete m_submitter;
    delete m_session;
    m_session = new SpecDraftSession(m_catalog, m_store, draft, this);
    m_editor = new SpecEditor(m_session, this);
    m_submitter = m_client ? new SpecDraftSubmitter(m_client, m_session, this) : nullptr;
    if (m_submitter) {
        connect(m_submitter, &SpecDraftSubmitter::submitted, this, [this](int number, const QString &url) {
            const QString message = tr("Created issue #%1: %2").arg(number).arg(url);
            m_editor->setNotice(message);
            showIssueLifecycle(number);
            Q_EMIT submitFinished(true, message);
        });
        connect(m_submitter, &SpecDraftSubmitter::failed, this, [this](const QString &reason) {
            const QString message = tr("The issue was not created: %1 Your draft is kept; try again later.").arg(reason);
            m_editor->setNotice(message);
            Q_EMIT submitFinished(false, message);
        });
    }
    setCentralWidget(m_editor);
    m_editor->setNotice(notice);
    connect(m_editor, &SpecEditor::submitRequested, this, &SpecEditorWindow::submit);
    connect(m_editor, &SpecEditor::saveFolderRequested, this, &SpecEditorWindow::saveFolder);
    connect(m_editor, &SpecEditor::newDraftRequested, this, &SpecEditorWindow::newDraft);
    connect(m_editor, &SpecEditor::discardRequested, this, &SpecEditorWindow::discardDraft);
    connect(m_editor, &SpecEditor::openSpecRequested, this, &SpecEditorWindow::openSpecRequested);
    m_lifecycleDock->hide();
    if (draft.submittedIssue > 0)
        showIssueLifecycle(draft.submittedIssue);
    Q_EMIT draftOpened();
}

void SpecEditorWindow::showIssueLifecycle(int number)
{
    if (!m_client)
        return;
    auto *watcher = new QFutureWatcher<GitHubResult<GitHubIssue>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, number] {
        watcher->deleteLater();
        const GitHubResult<GitHubIssue> result = watcher->result();
        if (!result.ok() || !m_session || m_session->draft().submittedIssue != number)
            return; // offline, or another draft is open by now
        m_lifecycle->setIssue(number, result.value.title, result.value.labelNames());
        m_lifecycleDock->show();
        m_lifecycle->view()->fitAll();
        Q_EMIT lifecycleShown(number);
    });
    watcher->setFuture(m_client->issue(number));
}

QString SpecEditorWindow::submitBlocker() const
{
    if (!m_client)
        return tr("Sign in to GitHub (Settings → GitHub) to create the issue. Your draft is saved meanwhile.");
    if (!m_client->hasToken() || m_client->authState() == GitHubClient::AuthState::Rejected)
        return tr("GitHub needs a valid token to create issues: sign in under Settings → GitHub. Your draft is "
                  "saved meanwhile.");
    if (m_session->draft().submittedIssue > 0)
        return tr("This draft was already submitted as issue #%1.").arg(m_session->draft().submittedIssue);
    return {};
}

void SpecEditorWindow::submit()
{
    Q_EMIT gitHubNeeded();
    const SpecDraftIssue issue = SpecDraftIssue::fromDraft(m_session->parsed());
    const QString blocker = submitBlocker();
    const QString repository = m_client ? m_client->repository().fullName() : GitHubRepository::defaultCatalog().fullName();
    SpecSubmitDialog dialog(issue, repository, blocker.isEmpty(), blocker, this);
    submitAfterPreview(dialog.exec() == QDialog::Accepted);
}

void SpecEditorWindow::submitAfterPreview(bool confirmed)
{
    if (!confirmed || !submitBlocker().isEmpty() || !m_submitter)
        return;
    if (m_submitter->submit(SpecDraftIssue::fromDraft(m_session->parsed())))
        m_editor->setNotice(tr("Creating the issue…"));
}

void SpecEditorWindow::saveFolder()
{
    const QString checkout = QFileDialog::getExistingDirectory(this, tr("Your anyplot Checkout (or its plots/ Folder)"));
    if (!checkout.isEmpty())
        saveFolderTo(checkout, false);
}

void SpecEditorWindow::saveFolderTo(const QString &checkout, bool overwrite)
{
    const QString specId = m_session->parsed().spec.id;
    auto *watcher = new QFutureWatcher<SpecDraftFolderWriter::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, checkout, overwrite] {
        watcher->deleteLater();
        const SpecDraftFolderWriter::Result result = watcher->result();
        if (result.ok) {
            m_editor->setNotice(tr("Saved the spec folder %1.").arg(result.folder));
            Q_EMIT folderSaved(result.folder);
            return;
        }
        if (!overwrite && QFileInfo::exists(result.folder) && isVisible()
            && QMessageBox::question(this, tr("Replace the Spec Folder?"),
                                     tr("%1 already exists. Replace its specification.md and specification.yaml?")
                                         .arg(result.folder))
                == QMessageBox::Yes) {
            saveFolderTo(checkout, true);
            return;
        }
        m_editor->setNotice(tr("The spec folder was not saved: %1").arg(result.error));
    });
    watcher->setFuture(SpecDraftFolderWriter::writeAsync(m_session->draft(), specId, checkout, overwrite));
}

void SpecEditorWindow::newDraft()
{
    openDraft(SpecDraft::fromTemplate(), tr("Started a new draft; the previous one stays saved."));
}

void SpecEditorWindow::discardDraft()
{
    if (QMessageBox::question(this, tr("Discard the Draft?"),
                              tr("Throw this draft away? This cannot be undone."))
        != QMessageBox::Yes)
        return;
    m_session->discard();
    openDraft(SpecDraft::fromTemplate(), tr("The draft was discarded."));
}

void SpecEditorWindow::closeEvent(QCloseEvent *event)
{
    if (m_session)
        m_session->waitForSaves();
    event->accept();
}
