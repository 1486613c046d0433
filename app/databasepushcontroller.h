#pragma once

#include "databasepushdialog.h"

#include <QObject>
#include <QPointer>

class MainWindow;
class SyncController;

// Catalog → Push to Database…: opens the dialog on the open catalog (when it is a folder, a zip or
// the sample), resolves the password as Sync… does (keychain, never settings) and runs the push on a
// worker (DatabasePushTask), which the dialog watches.
class DatabasePushController : public QObject
{
    Q_OBJECT
public:
    DatabasePushController(MainWindow *window, SyncController *sync);

    void showDialog();
    DatabasePushDialog *dialog() const { return m_dialog; }
    // Starts a push as the dialog would (tests).
    void push(const DatabasePushDialog::Request &request);

private:
    QString openCatalogArgument() const;

    MainWindow *m_window;
    SyncController *m_sync;
    QPointer<DatabasePushDialog> m_dialog;
};
