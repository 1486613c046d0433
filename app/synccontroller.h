#pragma once

#include "syncdialog.h"

#include <QObject>
#include <QPointer>

class MainWindow;

// Catalog → Sync…: turns the dialog's request into a catalog source, loads it through the window
// (so progress, cancel and the offline-copy-first display are the window's own) and shows the
// outcome in the dialog.
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(MainWindow *window);

    void showDialog();
    SyncDialog *dialog() const { return m_dialog; }

    // Starts a sync as the dialog would (tests, scripts).
    void sync(const SyncDialog::Request &request);

private:
    MainWindow *m_window;
    QPointer<SyncDialog> m_dialog;
};
