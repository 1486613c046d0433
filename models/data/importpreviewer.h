#pragma once

#include "dataimport.h"
#include "importsource.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

// Keeps the import dialog's preview in step with its options: each change restarts a short timer,
// then the first rows are read on a worker. Results of superseded requests are dropped, so the
// preview always shows the latest options, and the dialog never waits.
class ImportPreviewer : public QObject
{
    Q_OBJECT
public:
    explicit ImportPreviewer(QObject *parent = nullptr);
    ~ImportPreviewer() override;

    void setSource(ImportSource source);
    const ImportSource &source() const { return m_source; }
    void setOptions(const ImportOptions &options);
    const ImportOptions &options() const { return m_options; }

    const ImportResult &result() const { return m_result; }

Q_SIGNALS:
    void previewStarted();
    void previewReady(const ImportResult &result);

private:
    void schedule();
    void start();

    ImportSource m_source;
    ImportOptions m_options;
    QTimer m_delay;
    QFutureWatcher<ImportResult> m_watcher;
    ImportResult m_result;
};
