#pragma once

#include <QElapsedTimer>
#include <QObject>

class MainWindow;

// Measures start-up as a user sees it: time to the window's first paint and to the first catalog
// on screen. Active only when PLOTBENCH_STARTUP_REPORT is set (the start-up benchmark sets it to
// "quit", which also ends the app once the catalog is shown). Prints to stderr.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(MainWindow *window, QElapsedTimer sinceStart);
    static bool isRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void catalogShown();
    void loadingFinished(bool loaded);

    MainWindow *m_window;
    QElapsedTimer m_sinceStart;
    bool m_painted = false;
    bool m_shown = false;
};
