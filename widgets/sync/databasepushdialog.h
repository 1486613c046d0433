#pragma once

#include "databasesyncpage.h"
#include "postgresstore.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// Catalog → Push to Database… (maintainers): which catalog, which database (the Sync dialog's
// PostgreSQL form), "dry run"; then the running push's steps, Stop, and what it added, changed and
// removed. A view: the controller starts the push and hands its future to watch().
class DatabasePushDialog : public QDialog
{
    Q_OBJECT
public:
    struct Request
    {
        QString catalog; // a checkout, its plots/ folder, a .zip or "sample"
        DatabaseSyncPage::Options database;
        bool dryRun = false;
    };

    explicit DatabasePushDialog(QWidget *parent = nullptr);

    DatabaseSyncPage *databasePage() const { return m_database; }
    void setCatalog(const QString &catalog);
    Request request() const;

    // `stop` is what Stop does (the future is then left to deliver its report).
    void watch(QFuture<PostgresPushReport> future, std::function<void()> stop);
    void showFailure(const QString &text);
    bool isPushing() const;
    QString resultText() const;
    QPushButton *pushButton() const { return m_push; }
    QPushButton *stopButton() const { return m_stop; }

Q_SIGNALS:
    void pushRequested(const DatabasePushDialog::Request &request);

private:
    void chooseFolder();
    void validate();
    void finished();
    void setRunning(bool running);
    void showResult(const QString &text, bool failed);

    QLineEdit *m_catalog = nullptr;
    DatabaseSyncPage *m_database = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_state = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QPushButton *m_push = nullptr;
    QPushButton *m_stop = nullptr;
    QFutureWatcher<PostgresPushReport> *m_watcher = nullptr;
    std::function<void()> m_stopPush;
    bool m_running = false;
};
