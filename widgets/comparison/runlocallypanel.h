#pragma once

#include "implementationrunner.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

class PreviewImageWidget;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// "Run locally": runs the implementation's Python script on this machine — only when the user
// clicks — and shows what it drew beside the published preview, with its messages. The run
// itself (copy, limits, environment) is ImplementationRunner's, on a worker.
class RunLocallyPanel : public QWidget
{
    Q_OBJECT
public:
    RunLocallyPanel(const RunRequest &request, const QImage &published, QWidget *parent = nullptr);
    ~RunLocallyPanel() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const RunResult &result() const { return m_result; }

    QPushButton *runButton() const { return m_run; }
    QLabel *statusLabel() const { return m_status; }
    PreviewImageWidget *localImage() const { return m_local; }
    QPlainTextEdit *messages() const { return m_messages; }

Q_SIGNALS:
    void finished();

private:
    void showResult(const RunResult &result);

    RunRequest m_request;
    RunResult m_result;
    ImplementationRunner::RunHandle m_handle;
    QFutureWatcher<RunResult> m_watcher;
    bool m_running = false;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QLabel *m_status;
    PreviewImageWidget *m_published;
    PreviewImageWidget *m_local;
    QPlainTextEdit *m_messages;
};
