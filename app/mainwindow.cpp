#include "mainwindow.h"

#include "catalogbrowser.h"
#include "catalogproblemspanel.h"
#include "dataimportcontroller.h"
#include "dataview.h"
#include "comparisonview.h"
#include "foldercatalogsource.h"
#include "githubclient.h"
#include "githubsession.h"
#include "githubsettingsdialog.h"
#include "issuespanel.h"
#include "specpage.h"
#include "previewcache.h"
#include "previewimageloader.h"
#include "synccontroller.h"
#include "databasepushcontroller.h"
#include "syncfreshness.h"
#include "issuemodel.h"
#include "lifecyclepanel.h"
#include "speceditorwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <exception>

using namespace Qt::StringLiterals;

namespace {
// QSettings keys. Window layout and the last folder only: nothing secret is ever stored here.
const auto geometryKey = u"mainWindow/geometry"_s;
const auto stateKey = u"mainWindow/state"_s;
const auto lastFolderKey = u"catalog/lastFolder"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/plotbench/icons/io.github.plotbench.Plotbench.svg"_s));

    m_browser = new CatalogBrowser(this);
    m_specPage = new SpecPage(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_specPage);
    setCentralWidget(m_stack);
    connect(m_browser, &CatalogBrowser::specActivated, this, &MainWindow::showSpec);
    connect(m_specPage, &SpecPage::backRequested, this, &MainWindow::showBrowser);
    m_comparisonView = new ComparisonView(this);
    m_comparisonView->setPreviewLoader(m_browser->previewLoader()); // one cache of decoded previews
    m_stack->addWidget(m_comparisonView);
    connect(m_specPage, &SpecPage::compareRequested, this, &MainWindow::showComparison);
    connect(m_comparisonView, &ComparisonView::backRequested, this,
            [this] { showSpec(m_comparisonView->specId()); });

    m_problemsPanel = new CatalogProblemsPanel(this);
    m_problemsDock = new QDockWidget(tr("Catalog problems"), this);
    m_problemsDock->setObjectName(u"catalogProblemsDock"_s); // saveState() needs it
    m_problemsDock->setWidget(m_problemsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    createDataDock();

    m_syncController = new SyncController(this);
    m_pushController = new DatabasePushController(this, m_syncController);
    createGitHub();
    // Pictures of synced catalogs live on anyplot's image server: fetched through a disk cache.
    m_browser->previewLoader()->setRemoteSource(new PreviewCache(this));
    createLifecycleDock();
    createActions();
    createStatusBar();
    updateWindowTitle();
    readSettings();
    setLoadingUi(false);
    showBrowser();
}

MainWindow::~MainWindow()
{
    // A load still running finishes on its worker; nobody is left to receive it.
    m_loadFuture.cancel();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = fileMenu->addAction(tr("&Open Catalog Folder…"), this, &MainWindow::openFolder);
    openFolder->setShortcut(QKeySequence::Open);
    openFolder->setStatusTip(tr("Open a checkout of the anyplot repository or its plots/ folder"));
    QAction *openSample = fileMenu->addAction(tr("Open &Sample Catalog"), this, [this] {
        openCatalog(std::make_shared<SampleCatalogSource>());
    });
    openSample->setStatusTip(tr("Open the small catalog built into Plotbench; works offline"));
    QAction *newSpec = fileMenu->addAction(tr("&New Spec…"), this, &MainWindow::newSpec);
    newSpec->setShortcut(QKeySequence::New);
    newSpec->setStatusTip(tr("Draft a new plot specification, check it against the catalog and submit it"));
    fileMenu->addSeparator();
    fileMenu->addAction(m_dataImport->importAction());
    fileMenu->addMenu(m_dataImport->recentMenu());
    fileMenu->addAction(m_dataImport->pasteAction());
    addAction(m_dataImport->pasteAction()); // Ctrl+V works with the menu bar hidden too
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *catalogMenu = menuBar()->addMenu(tr("&Catalog"));
    QAction *syncAction = catalogMenu->addAction(tr("&Sync…"), m_syncController, &SyncController::showDialog);
    syncAction->setObjectName(u"syncAction"_s);
    syncAction->setStatusTip(tr("Fetch the catalog from the anyplot API, a GitHub archive or PostgreSQL and keep it for offline use"));
    QAction *pushAction = catalogMenu->addAction(tr("&Push to Database…"), m_pushController, &DatabasePushController::showDialog);
    pushAction->setObjectName(u"pushAction"_s);
    pushAction->setStatusTip(tr("Write a catalog folder into an anyplot PostgreSQL database, as anyplot's own sync does"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_backAction = viewMenu->addAction(tr("&Back to Catalog"), this, &MainWindow::showBrowser);
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setIcon(QIcon::fromTheme(u"go-previous"_s));
    addAction(m_backAction); // the shortcut works with the menu bar hidden too
    QAction *find = viewMenu->addAction(tr("&Find Spec"), this, [this] {
        showBrowser();
        m_browser->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    viewMenu->addSeparator();
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setText(tr("Catalog &Problems"));
    viewMenu->addAction(problems);
    QAction *data = m_dataDock->toggleViewAction();
    data->setText(tr("&Data"));
    data->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    viewMenu->addAction(data);

    QAction *issues = m_issuesDock->toggleViewAction();
    issues->setText(tr("GitHub &Issues"));
    viewMenu->addAction(issues);
    QAction *lifecycle = m_lifecycleDock->toggleViewAction();
    lifecycle->setText(tr("Issue &Lifecycle"));
    viewMenu->addAction(lifecycle);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(tr("&GitHub…"), this, &MainWindow::showGitHubSettings)
        ->setStatusTip(tr("Catalog repository, GitHub API and sign-in token"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Plotbench"), this, &MainWindow::about);
    aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusText"_s);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusLabel, 1);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"loadProgress"_s);
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(false);
    statusBar()->addPermanentWidget(m_progressBar);

    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(u"cancelLoadButton"_s);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop loading; the current catalog stays open"));
    m_cancelButton->setAutoRaise(true);
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addPermanentWidget(m_cancelButton);

    m_problemsButton = new QToolButton(this);
    m_problemsButton->setObjectName(u"problemsButton"_s);
    m_problemsButton->setCheckable(true);
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setToolTip(tr("Show or hide the catalog problems"));
    connect(m_problemsButton, &QToolButton::toggled, m_problemsDock, &QDockWidget::setVisible);
    connect(m_problemsDock, &QDockWidget::visibilityChanged, this, [this] {
        // visibilityChanged also fires when the dock is merely tabbed away; ask isHidden().
        m_problemsButton->setChecked(!m_problemsDock->isHidden());
    });
    statusBar()->addPermanentWidget(m_problemsButton);
    statusBar()->addPermanentWidget(m_dataImport->statusWidget());
    updateProblemsButton();
}

void MainWindow::createDataDock()
{
    setAcceptDrops(true);
    m_dataImport = new DataImportController(this);
    m_dataView = new DataView(this);
    m_dataDock = new QDockWidget(tr("Data"), this);
    m_dataDock->setObjectName(u"dataDock"_s);
    m_dataDock->setWidget(m_dataView);
    addDockWidget(Qt::BottomDockWidgetArea, m_dataDock);
    m_dataDock->hide();
    connect(m_dataImport, &DataImportController::tableChanged, this, [this](const DataTablePtr &table) {
        m_dataView->setImport(m_dataImport->lastSource(), m_dataImport->lastResult());
        m_dataDock->show();
        m_dataDock->raise();
        setDataTable(table, m_dataImport->lastSource().displayName);
    });
    connect(m_dataImport, &DataImportController::importFinished, this,
            [this](bool, const QString &message) { setStatusText(message); });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (DataImportController::canImport(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!DataImportController::canImport(event->mimeData()))
        return;
    event->acceptProposedAction();
    m_dataImport->importMime(event->mimeData());
}

void MainWindow::openCatalog(CatalogSourcePtr source)
{
    if (!source)
        return;
    cancelLoading();

    const quint64 request = ++m_loadRequest;
    const QString sourceName = source->displayName();
    m_loadTimer.start();
    m_loadFuture = CatalogLoader::loadAsync(std::move(source));

    // One watcher per load: a canceled load's late signals reach a watcher nobody listens to.
    auto *watcher = new QFutureWatcher<CatalogPtr>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, request](int minimum, int maximum) {
        if (request == m_loadRequest)
            m_progressBar->setRange(minimum, maximum);
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, request](int value) {
        if (request == m_loadRequest)
            m_progressBar->setValue(value);
    });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, request](const QString &text) {
        if (request == m_loadRequest && !text.isEmpty())
            setStatusText(text);
    });
    // A re-opened folder publishes its offline index first: show it at once, keep checking.
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher, request](int index) {
        const QFuture<CatalogPtr> future = watcher->future();
        if (request != m_loadRequest || future.isFinished() || index + 1 < future.resultCount())
            return; // stale, or the final result, which finished() handles
        setCatalog(watcher->future().resultAt(index));
        setStatusText(tr("Showing the offline index; checking %1 for changes…").arg(m_catalog->origin().displayName));
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, sourceName] {
        watcher->deleteLater();
        onLoadFinished(request, sourceName);
    });
    watcher->setFuture(m_loadFuture);

    m_progressBar->setRange(0, 0); // busy until the source reports a range
    setStatusText(tr("Loading %1…").arg(sourceName));
    setLoadingUi(true);
}

void MainWindow::cancelLoading()
{
    if (!isLoading())
        return;
    m_loadFuture.cancel();
    m_loadFuture = {};
    ++m_loadRequest; // whatever it still delivers is stale now
    setLoadingUi(false);
    setStatusText(m_catalog ? tr("Loading canceled; still showing %1.").arg(m_catalog->origin().displayName)
                            : tr("Loading canceled."));
    Q_EMIT loadingFinished(false);
}

bool MainWindow::isLoading() const
{
    return m_loadFuture.isValid() && m_loadFuture.isRunning();
}

void MainWindow::onLoadFinished(quint64 request, const QString &sourceName)
{
    if (request != m_loadRequest)
        return;
    setLoadingUi(false);

    CatalogPtr loaded;
    QString failure;
    try {
        m_loadFuture.waitForFinished(); // finished already; rethrows the source's exception
        if (!m_loadFuture.isCanceled() && m_loadFuture.resultCount() > 0)
            loaded = m_loadFuture.resultAt(m_loadFuture.resultCount() - 1); // the last result is final
    } catch (const std::exception &error) {
        failure = QString::fromLocal8Bit(error.what());
    } catch (...) {
        failure = tr("unknown error");
    }
    m_loadFuture = {};

    if (!loaded) {
        setStatusText(failure.isEmpty() ? tr("Could not load %1.").arg(sourceName)
                                        : tr("Could not load %1: %2").arg(sourceName, failure));
        Q_EMIT loadingFinished(false);
        return;
    }

    const double seconds = double(m_loadTimer.elapsed()) / 1000.0;
    if (loaded != m_catalog)
        setCatalog(loaded);
    setStatusText(tr("Loaded %1, %2 from %3")
                      .arg(tr("%n spec(s)", nullptr, int(loaded->specs().size())),
                           tr("%n implementation(s)", nullptr, int(loaded->implementations().size())),
                           loaded->origin().displayName.isEmpty() ? sourceName : loaded->origin().displayName));
    m_statusLabel->setToolTip(tr("Read in %1 s").arg(QLocale().toString(seconds, 'f', 2)));
    if (loaded->origin().syncedAt.isValid())
        showFreshness();
    Q_EMIT loadingFinished(true);
}

void MainWindow::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    m_browser->setCatalog(m_catalog);
    Q_EMIT catalogChanged();
    m_problemsPanel->setWarnings(m_catalog ? m_catalog->warnings() : CatalogWarnings());
    updateProblemsButton();
    updateWindowTitle();

    if (m_stack->currentWidget() == m_comparisonView) {
        if (m_catalog && m_catalog->spec(m_comparisonView->specId()))
            m_comparisonView->setSpec(m_catalog, m_comparisonView->specId());
        else
            showBrowser();
    }
    // The open spec page follows the new catalog when the spec is still there.
    if (m_stack->currentWidget() == m_specPage) {
        if (m_catalog && m_catalog->spec(m_specPage->specId()))
            m_specPage->setSpec(m_catalog, m_specPage->specId());
        else
            showBrowser();
    }
}

void MainWindow::showSpec(const QString &specId)
{
    m_specPage->setSpec(m_catalog, specId);
    m_stack->setCurrentWidget(m_specPage);
    m_backAction->setEnabled(true);
    if (m_issuesDock->isVisible())
        m_issuesPanel->showIssuesOfSpec(specId); // the spec's issues beside its page
}

void MainWindow::showComparison(const QString &specId)
{
    m_comparisonView->setSpec(m_catalog, specId);
    m_stack->setCurrentWidget(m_comparisonView);
    m_backAction->setEnabled(true);
}

void MainWindow::setDataTable(DataTablePtr table, const QString &sourceName)
{
    m_dataTable = std::move(table);
    m_comparisonView->setDataTable(m_dataTable, sourceName);
    Q_EMIT dataTableChanged(m_dataTable);
}

void MainWindow::showBrowser()
{
    m_stack->setCurrentWidget(m_browser);
    m_backAction->setEnabled(false);
}

void MainWindow::openFolder()
{
    QSettings settings;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open Catalog Folder"), settings.value(lastFolderKey).toString());
    if (folder.isEmpty())
        return;
    settings.setValue(lastFolderKey, folder);
    FolderCatalogSource::Options options;
    options.presentCachedFirst = true;
    openCatalog(std::make_shared<FolderCatalogSource>(folder, options));
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Plotbench"),
        tr("<h3>Plotbench %1</h3>"
           "<p>A native workbench for the <a href=\"https://anyplot.ai\">anyplot</a> plot catalog: "
           "browse specs, compare library implementations and check the catalog's quality.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::setLoadingUi(bool loading)
{
    m_progressBar->setVisible(loading);
    m_cancelButton->setVisible(loading);
    m_browser->setLoading(loading);
}

void MainWindow::setStatusText(const QString &text)
{
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(QString());
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::updateProblemsButton()
{
    const int count = m_catalog ? int(m_catalog->warnings().size()) : 0;
    m_problemsButton->setText(count == 0 ? tr("No problems") : tr("%n problems", "catalog warnings", count));
    m_problemsButton->setVisible(m_catalog != nullptr);
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(m_catalog ? tr("Plotbench — %1").arg(m_catalog->origin().displayName) : tr("Plotbench"));
}

void MainWindow::readSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1400, 900);
        resize(QSize(1320, 860).boundedTo(available * 0.9));
    }
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelLoading();
    m_dataImport->cancelImport();
    writeSettings();
    event->accept();
}

void MainWindow::showFreshness()
{
    if (!m_catalog || !m_catalog->origin().syncedAt.isValid())
        return;
    const QString tooltip = tr("%1, %2; synced %3")
                                .arg(tr("%n spec(s)", nullptr, int(m_catalog->specs().size())),
                                     tr("%n implementation(s)", nullptr, int(m_catalog->implementations().size())),
                                     QLocale().toString(m_catalog->origin().syncedAt.toLocalTime(), QLocale::LongFormat));
    setStatusText(SyncFreshness::describe(m_catalog->origin()));
    m_statusLabel->setToolTip(tooltip);
    if (!m_freshnessTimer) {
        // "3 min ago" ages while the window is open.
        m_freshnessTimer = new QTimer(this);
        m_freshnessTimer->setInterval(30'000);
        connect(m_freshnessTimer, &QTimer::timeout, this, [this] {
            if (!isLoading())
                showFreshness();
        });
    }
    m_freshnessTimer->start();
}

void MainWindow::newSpec()
{
    if (auto *open = findChild<SpecEditorWindow *>()) { // one editor: two would write the same draft
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    auto *window = new SpecEditorWindow(m_catalog, m_github->client(), DraftStore(), this);
    window->setWindowFlag(Qt::Window);
    connect(window, &SpecEditorWindow::openSpecRequested, this, &MainWindow::showSpec);
    // Submitting needs the token the GitHub session reads when it starts; nothing goes to the
    // network before the user asks for GitHub.
    connect(window, &SpecEditorWindow::gitHubNeeded, this, [this] {
        if (!m_githubStarted) {
            m_githubStarted = true;
            m_github->start();
        }
    });
    window->openLatestDraft();
    window->show();
}

// GitHub: the Issues dock and Settings → GitHub. Nothing goes to the network until the dock is
// first shown, so opening the window never costs GitHub quota (and tests stay offline).
void MainWindow::createGitHub()
{
    m_github = new GitHubSession(this);
    m_github->applySettings(GitHubSettings::load(QSettings()));
    m_issuesPanel = new IssuesPanel(m_github->tracker(), this);
    m_issuesDock = new QDockWidget(tr("GitHub Issues"), this);
    m_issuesDock->setObjectName(u"githubIssuesDock"_s);
    m_issuesDock->setWidget(m_issuesPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_issuesDock);
    m_issuesDock->hide();
    connect(m_issuesDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_githubStarted) {
            m_githubStarted = true;
            m_github->start();
        }
    });
    connect(m_issuesPanel, &IssuesPanel::specRequested, this, [this](const QString &specId) {
        if (m_catalog && m_catalog->spec(specId))
            showSpec(specId);
        else
            setStatusText(tr("Spec '%1' is not in the open catalog.").arg(specId));
    });
    connect(m_github, &GitHubSession::message, this, &MainWindow::setStatusText);
    connect(this, &MainWindow::catalogChanged, this, [this] { m_github->setCatalog(m_catalog.get()); });
}

void MainWindow::showGitHubSettings()
{
    GitHubSettingsDialog dialog(m_github->settings(), m_github->client()->authStateText(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    dialog.settings().save(settings);
    m_github->applySettings(dialog.settings());
    if (dialog.signOutRequested())
        m_github->signOut();
    else if (!dialog.token().isEmpty())
        m_github->signIn(dialog.token(), dialog.rememberToken());
}

// The lifecycle of the issue selected in the Issues panel, drawn from its live labels.
void MainWindow::createLifecycleDock()
{
    m_lifecyclePanel = new LifecyclePanel(this);
    m_lifecycleDock = new QDockWidget(tr("Issue Lifecycle"), this);
    m_lifecycleDock->setObjectName(u"issueLifecycleDock"_s);
    m_lifecycleDock->setWidget(m_lifecyclePanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_lifecycleDock);
    m_lifecycleDock->hide();
    QTreeView *issues = m_issuesPanel->view();
    connect(issues->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const QModelIndex row = current.siblingAtColumn(IssueModel::TitleColumn);
        m_lifecyclePanel->setIssue(row.data(IssueModel::NumberRole).toInt(), row.data(Qt::DisplayRole).toString(),
                                   row.data(IssueModel::LabelNamesRole).toStringList());
    });
}
