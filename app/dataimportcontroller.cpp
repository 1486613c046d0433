#include "dataimportcontroller.h"

#include "dataimportdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
const auto lastDataFolderKey = u"data/lastFolder"_s;
const QStringList importableSuffixes{u"csv"_s, u"tsv"_s, u"txt"_s, u"tab"_s, u"dat"_s, u"xlsx"_s, u"xlsm"_s,
                                     u"ods"_s, u"json"_s, u"jsonl"_s, u"ndjson"_s};

QString fileFilter()
{
    return DataImportController::tr("Data files (*.csv *.tsv *.txt *.tab *.dat *.xlsx *.xlsm *.ods *.json *.jsonl *.ndjson);;"
                                    "All files (*)");
}
} // namespace

DataImportController::DataImportController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_recentFiles(u"data/recentFiles"_s)
{
    m_importAction = new QAction(tr("&Import Data…"), this);
    m_importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_importAction->setStatusTip(tr("Read a CSV, Excel, OpenDocument or JSON file to plot"));
    connect(m_importAction, &QAction::triggered, this, &DataImportController::chooseFile);

    m_pasteAction = new QAction(tr("&Paste Table"), this);
    m_pasteAction->setShortcut(QKeySequence::Paste); // text fields keep their own Ctrl+V
    m_pasteAction->setStatusTip(tr("Import the table on the clipboard, e.g. cells copied from a spreadsheet"));
    connect(m_pasteAction, &QAction::triggered, this, &DataImportController::paste);

    m_recentMenu = new QMenu(tr("Recent &Data Files"), window);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DataImportController::updateRecentMenu);

    m_statusWidget = new QWidget(window);
    m_statusWidget->setObjectName(u"importStatus"_s);
    auto *layout = new QHBoxLayout(m_statusWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_statusWidget);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("Importing %p%"));
    m_cancel = new QToolButton(m_statusWidget);
    m_cancel->setObjectName(u"cancelImportButton"_s);
    m_cancel->setText(tr("Cancel import"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &DataImportController::cancelImport);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_statusWidget->hide();

    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
}

DataImportController::~DataImportController()
{
    m_watcher.cancel(); // a running import finishes on its worker, unobserved
}

bool DataImportController::canImport(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        return urls.size() == 1 && urls.first().isLocalFile()
            && importableSuffixes.contains(QFileInfo(urls.first().toLocalFile()).suffix().toLower());
    }
    return mime->hasText() && !mime->text().trimmed().isEmpty();
}

void DataImportController::importMime(const QMimeData *mime)
{
    if (!canImport(mime))
        return;
    if (mime->hasUrls())
        openFile(mime->urls().first().toLocalFile());
    else
        showDialog(ImportSource::pasted(mime->text().toUtf8()));
}

void DataImportController::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Data"),
                                                      settings.value(lastDataFolderKey).toString(), fileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(lastDataFolderKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void DataImportController::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (canImport(mime))
        importMime(mime);
    else
        Q_EMIT importFinished(false, tr("The clipboard holds no table to import."));
}

void DataImportController::openFile(const QString &path)
{
    if (!QFileInfo(path).isReadable()) {
        m_recentFiles.remove(path);
        Q_EMIT importFinished(false, tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    showDialog(ImportSource::file(path));
}

void DataImportController::showDialog(const ImportSource &source)
{
    auto *dialog = new DataImportDialog(source, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startImport(dialog->source(), dialog->options()); });
    dialog->open(); // window-modal, and the event loop keeps running
}

void DataImportController::startImport(const ImportSource &source, const ImportOptions &options)
{
    cancelImport();
    const quint64 request = ++m_request;
    if (source.isFile()) {
        m_watcher.setFuture(DataImport::importAsync(source.path, options));
        m_recentFiles.add(source.path);
    } else {
        m_watcher.setFuture(QtConcurrent::run([bytes = source.bytes, options] { return DataImport::importBytes(bytes, options); }));
    }
    // One connection per import; a superseded import's end is ignored.
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this, request, source] {
        if (request == m_request)
            onFinished(source);
    }, Qt::SingleShotConnection);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    setBusy(true);
}

void DataImportController::cancelImport()
{
    if (!m_watcher.isRunning())
        return;
    m_watcher.cancel();
    ++m_request;
    setBusy(false);
    Q_EMIT importFinished(false, tr("Import canceled; the previous data stays loaded."));
}

void DataImportController::onFinished(const ImportSource &source)
{
    setBusy(false);
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        Q_EMIT importFinished(false, tr("Import canceled; the previous data stays loaded."));
        return;
    }
    ImportResult result = m_watcher.result();
    if (result.canceled) {
        Q_EMIT importFinished(false, tr("Import canceled; the previous data stays loaded."));
        return;
    }
    if (!result.table) {
        Q_EMIT importFinished(false, tr("Could not import %1: %2").arg(source.displayName, result.error));
        return;
    }
    m_lastSource = source;
    m_lastResult = std::move(result);
    const DataTablePtr &table = m_lastResult.table;
    Q_EMIT tableChanged(table);
    QString message = tr("Imported %1: %2 × %3")
                          .arg(source.displayName, tr("%n row(s)", nullptr, int(std::min<qsizetype>(table->rowCount(), INT_MAX))),
                               tr("%n column(s)", nullptr, int(table->columnCount())));
    if (!m_lastResult.warnings.isEmpty())
        message += u", "_s + tr("%n warning(s)", nullptr, int(m_lastResult.warnings.size()));
    if (!m_lastResult.error.isEmpty())
        message += u" — "_s + m_lastResult.error; // a partial table says why it ends early
    Q_EMIT importFinished(true, message);
}

void DataImportController::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recentFiles.paths();
    for (const QString &path : paths)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })
            ->setStatusTip(QDir::toNativeSeparators(path));
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [this] { m_recentFiles.clear(); });
}

void DataImportController::setBusy(bool busy)
{
    m_statusWidget->setVisible(busy);
}
