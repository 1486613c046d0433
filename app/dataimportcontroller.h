#pragma once

#include "dataimport.h"
#include "importsource.h"
#include "recentfiles.h"

#include <QFutureWatcher>
#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QMimeData;
class QProgressBar;
class QToolButton;
class QWidget;

// The way data comes in, from the window's side: File → Import Data…, the recent files, a dropped
// file, a pasted table. Each goes through the import dialog; the import then runs on a worker with
// progress and cancel in the status bar, and the finished table replaces the current one only when
// it is complete.
class DataImportController : public QObject
{
    Q_OBJECT
public:
    explicit DataImportController(QWidget *window);
    ~DataImportController() override;

    QAction *importAction() const { return m_importAction; }
    QAction *pasteAction() const { return m_pasteAction; }
    QMenu *recentMenu() const { return m_recentMenu; }
    // Progress, cancel and the outcome of a running import, for the status bar.
    QWidget *statusWidget() const { return m_statusWidget; }

    static bool canImport(const QMimeData *mime);
    void importMime(const QMimeData *mime); // a drop or a paste

    // Opens the import dialog for a file (interactive) …
    void openFile(const QString &path);
    // … or imports straight away with the given options (tests, command line, a dialog's result).
    void startImport(const ImportSource &source, const ImportOptions &options);
    void cancelImport();
    bool isImporting() const { return m_watcher.isRunning(); }

    const ImportResult &lastResult() const { return m_lastResult; }
    const ImportSource &lastSource() const { return m_lastSource; }

Q_SIGNALS:
    void tableChanged(const DataTablePtr &table);
    void importFinished(bool loaded, const QString &message);

private:
    void chooseFile();
    void paste();
    void showDialog(const ImportSource &source);
    void onFinished(const ImportSource &source);
    void updateRecentMenu();
    void setBusy(bool busy);

    QWidget *m_window;
    RecentFiles m_recentFiles;
    QAction *m_importAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QWidget *m_statusWidget = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QFutureWatcher<ImportResult> m_watcher;
    quint64 m_request = 0;

    ImportResult m_lastResult;
    ImportSource m_lastSource;
};
