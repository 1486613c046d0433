#include "startupprobe.h"

#include "mainwindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

StartupProbe::StartupProbe(MainWindow *window, QElapsedTimer sinceStart)
    : QObject(window)
    , m_window(window)
    , m_sinceStart(sinceStart)
{
    window->installEventFilter(this);
    connect(window, &MainWindow::catalogChanged, this, &StartupProbe::catalogShown);
    connect(window, &MainWindow::loadingFinished, this, &StartupProbe::loadingFinished);
}

bool StartupProbe::isRequested()
{
    return qEnvironmentVariableIsSet("PLOTBENCH_STARTUP_REPORT");
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == m_window && event->type() == QEvent::Paint) {
        m_painted = true;
        std::fprintf(stderr, "startup: first paint after %.1f ms\n", double(m_sinceStart.nsecsElapsed()) / 1e6);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::catalogShown()
{
    if (m_shown)
        return;
    m_shown = true;
    const auto catalog = m_window->catalog();
    std::fprintf(stderr, "startup: catalog shown after %.1f ms (%d specs)\n",
                 double(m_sinceStart.nsecsElapsed()) / 1e6, catalog ? int(catalog->specs().size()) : 0);
}

// After the source's last word: for a re-opened folder, its files have been checked too.
void StartupProbe::loadingFinished(bool loaded)
{
    std::fprintf(stderr, "startup: loading %s after %.1f ms\n", loaded ? "finished" : "failed",
                 double(m_sinceStart.nsecsElapsed()) / 1e6);
    if (qgetenv("PLOTBENCH_STARTUP_REPORT") == "quit")
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}
