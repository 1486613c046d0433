#pragma once

#include "catalogsource.h"
#include "datatable.h"

#include <QElapsedTimer>
#include <QMainWindow>

class CatalogBrowser;
class CatalogProblemsPanel;
class DataImportController;
class DataView;
class GitHubSession;
class IssuesPanel;
class ComparisonView;
class LifecyclePanel;
class QAction;
class QDockWidget;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class SpecPage;
class SyncController;
class DatabasePushController;
class QTimer;

// The workbench window: the catalog browser and spec pages in the centre, the catalog problems in
// a dock, catalog loading with progress and cancel in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a catalog on a worker. The current catalog stays on screen until the new one is
    // complete; a load already running is canceled.
    void openCatalog(CatalogSourcePtr source);
    void cancelLoading();
    bool isLoading() const;
    // The load under way (invalid when none): the Sync dialog follows it.
    QFuture<CatalogPtr> loadFuture() const { return m_loadFuture; }
    SyncController *syncController() const { return m_syncController; }
    DatabasePushController *pushController() const { return m_pushController; }

    // Shows a loaded catalog everywhere at once.
    void setCatalog(CatalogPtr catalog);
    const CatalogPtr &catalog() const { return m_catalog; }

    void showSpec(const QString &specId);
    void showBrowser();
    // A spec side by side: every implementation's preview and the native chart.
    void showComparison(const QString &specId);
    ComparisonView *comparisonView() const { return m_comparisonView; }

    // The data table the user loaded (null: none; native charts then draw their sample data).
    // Imports set it when they finish.
    DataTablePtr dataTable() const { return m_dataTable; }
    void setDataTable(DataTablePtr table, const QString &sourceName = {});

    CatalogBrowser *browser() const { return m_browser; }
    SpecPage *specPage() const { return m_specPage; }
    CatalogProblemsPanel *problemsPanel() const { return m_problemsPanel; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    GitHubSession *githubSession() const { return m_github; }
    IssuesPanel *issuesPanel() const { return m_issuesPanel; }
    LifecyclePanel *lifecyclePanel() const { return m_lifecyclePanel; }
    QDockWidget *issuesDock() const { return m_issuesDock; }
    QString statusText() const;

    // The user's data import: the controller reads files, the Data dock shows the result.
    DataImportController *dataImport() const { return m_dataImport; }
    DataView *dataView() const { return m_dataView; }
    QDockWidget *dataDock() const { return m_dataDock; }

Q_SIGNALS:
    // A load ended: with a new catalog, canceled or failed (the status text says which).
    void loadingFinished(bool loaded);
    // A catalog is on screen: a provisional offline index or the final one.
    void catalogChanged();
    // New data is loaded (a complete table), or none (null).
    void dataTableChanged(const DataTablePtr &table);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void createDataDock();
    void openFolder();
    void newSpec();
    void createLifecycleDock();
    void about();
    void onLoadFinished(quint64 request, const QString &sourceName);
    void setLoadingUi(bool loading);
    void setStatusText(const QString &text);
    void updateProblemsButton();
    void updateWindowTitle();
    void readSettings();
    void writeSettings() const;
    void createGitHub();
    void showGitHubSettings();

    CatalogPtr m_catalog;
    quint64 m_loadRequest = 0; // bumped per load; results of an older load are dropped
    QFuture<CatalogPtr> m_loadFuture;
    QElapsedTimer m_loadTimer;

    QStackedWidget *m_stack = nullptr;
    CatalogBrowser *m_browser = nullptr;
    SpecPage *m_specPage = nullptr;
    ComparisonView *m_comparisonView = nullptr;
    DataTablePtr m_dataTable;
    QDockWidget *m_problemsDock = nullptr;
    CatalogProblemsPanel *m_problemsPanel = nullptr;
    DataImportController *m_dataImport = nullptr;
    QDockWidget *m_dataDock = nullptr;
    DataView *m_dataView = nullptr;
    GitHubSession *m_github = nullptr;
    IssuesPanel *m_issuesPanel = nullptr;
    LifecyclePanel *m_lifecyclePanel = nullptr;
    QDockWidget *m_lifecycleDock = nullptr;
    QDockWidget *m_issuesDock = nullptr;
    bool m_githubStarted = false;

    QAction *m_backAction = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QToolButton *m_problemsButton = nullptr;

    // Catalog → Sync…, and the status line's "3 min ago" of a synced catalog.
    void showFreshness();
    SyncController *m_syncController = nullptr;
    DatabasePushController *m_pushController = nullptr;
    QTimer *m_freshnessTimer = nullptr;
};
