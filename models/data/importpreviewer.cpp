#include "importpreviewer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr qsizetype previewRowCount = 200; // what the dialog shows; the import reads everything
}

ImportPreviewer::ImportPreviewer(QObject *parent)
    : QObject(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(120); // one preview per pause in typing, not one per key
    connect(&m_delay, &QTimer::timeout, this, &ImportPreviewer::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        m_result = m_watcher.result();
        Q_EMIT previewReady(m_result);
    });
}

ImportPreviewer::~ImportPreviewer()
{
    m_watcher.cancel(); // a preview still running finishes on its own copy of the source
}

void ImportPreviewer::setSource(ImportSource source)
{
    m_source = std::move(source);
    schedule();
}

void ImportPreviewer::setOptions(const ImportOptions &options)
{
    m_options = options;
    schedule();
}

void ImportPreviewer::schedule()
{
    m_delay.start();
}

void ImportPreviewer::start()
{
    ImportOptions options = m_options;
    options.maxRows = previewRowCount;
    m_watcher.cancel();
    Q_EMIT previewStarted();
    if (m_source.isFile()) {
        m_watcher.setFuture(DataImport::previewAsync(m_source.path, options, previewRowCount));
    } else {
        m_watcher.setFuture(QtConcurrent::run(
            [bytes = m_source.bytes, options] { return DataImport::importBytes(bytes, options); }));
    }
}
