#pragma once

#include "archivesyncpage.h"
#include "catalog.h"
#include "databasesyncpage.h"

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

// Catalog → Sync…: pick a source and its options, start, watch the progress, cancel, read the
// outcome. A view only: the window turns the request into a source and hands back the running
// sync's future (watch()); the dialog never touches the network itself.
class SyncDialog : public QDialog
{
    Q_OBJECT
public:
    // What the user asked for. `kind` names the source page: "api", "archive" or "database";
    // more pages may add their own kinds (see addSourcePage()).
    struct Request
    {
        QString kind;
        QUrl url;
        bool fullSync = false;
        ArchiveSyncPage::Options archive;   // kind "archive"
        DatabaseSyncPage::Options database; // kind "database"; holds the password: never store it
    };

    explicit SyncDialog(QWidget *parent = nullptr);

    // Another source: a page of options shown when it is chosen. `kind` ends up in Request::kind;
    // the page's own fields are read by whoever handles syncRequested() for that kind.
    void addSourcePage(const QString &kind, const QString &title, QWidget *page);
    QString currentKind() const;
    void setCurrentKind(const QString &kind);

    Request request() const;
    void setApiUrl(const QString &url);
    QString apiUrl() const;
    ArchiveSyncPage *archivePage() const { return m_archivePage; }
    DatabaseSyncPage *databasePage() const { return m_databasePage; }

    // Shows the progress of a running sync until it ends; describe() turns its final catalog
    // into the success message.
    void watch(QFuture<CatalogPtr> future, std::function<QString(const CatalogPtr &)> describe);
    bool isSyncing() const;
    // A request that could not even start (a bad URL …).
    void showFailure(const QString &text);
    QString resultText() const;

Q_SIGNALS:
    void syncRequested(const SyncDialog::Request &request);
    void cancelRequested();

protected:
    void reject() override;

private:
    void startClicked();
    void finished();
    void setRunning(bool running);
    QWidget *createApiPage();
    void validate();

    QComboBox *m_sourceBox = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_urlField = nullptr;
    QCheckBox *m_fullBox = nullptr;
    ArchiveSyncPage *m_archivePage = nullptr;
    DatabaseSyncPage *m_databasePage = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<CatalogPtr> *m_watcher = nullptr;
    std::function<QString(const CatalogPtr &)> m_describe;
};
