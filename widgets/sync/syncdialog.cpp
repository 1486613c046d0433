#include "syncdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <exception>

using namespace Qt::StringLiterals;

namespace {
const auto defaultApiUrl = u"https://api.anyplot.ai"_s;
}

SyncDialog::SyncDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"syncDialog"_s);
    setWindowTitle(tr("Sync Catalog"));
    m_watcher = new QFutureWatcher<CatalogPtr>(this);

    m_sourceBox = new QComboBox(this);
    m_sourceBox->setObjectName(u"syncSourceBox"_s);
    m_pages = new QStackedWidget(this);
    connect(m_sourceBox, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_sourceBox, &QComboBox::currentIndexChanged, this, &SyncDialog::validate);
    // The sources, in the order the menu of anyplot's own docs names them.
    addSourcePage(u"api"_s, tr("anyplot REST API"), createApiPage());
    m_archivePage = new ArchiveSyncPage(this);
    connect(m_archivePage, &ArchiveSyncPage::changed, this, &SyncDialog::validate);
    addSourcePage(u"archive"_s, tr("GitHub archive (zip)"), m_archivePage);
    m_databasePage = new DatabaseSyncPage(this);
    connect(m_databasePage, &DatabaseSyncPage::changed, this, &SyncDialog::validate);
    addSourcePage(u"database"_s, tr("PostgreSQL database"), m_databasePage);

    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_sourceBox);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(m_sourceBox, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setTextVisible(false);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"syncState"_s);
    m_stateLabel->setWordWrap(true);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(u"syncResult"_s);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(this);
    m_syncButton = m_buttons->addButton(tr("S&ync"), QDialogButtonBox::AcceptRole);
    m_syncButton->setObjectName(u"syncButton"_s);
    m_syncButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(u"syncCancelButton"_s);
    m_cancelButton->setToolTip(tr("Stop the sync; the offline copy stays as it was"));
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncDialog::startClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncDialog::cancelRequested);
    connect(close, &QPushButton::clicked, this, &SyncDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addWidget(m_pages);
    layout->addSpacing(6);
    layout->addWidget(m_progress);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_resultLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);

    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_stateLabel, [this](const QString &text) {
        if (!text.isEmpty())
            m_stateLabel->setText(text);
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &SyncDialog::finished);
    setRunning(false);
}

QWidget *SyncDialog::createApiPage()
{
    auto *page = new QWidget(this);
    m_urlField = new QLineEdit(defaultApiUrl, page);
    m_urlField->setObjectName(u"syncUrlField"_s);
    m_urlField->setClearButtonEnabled(true);
    m_urlField->setPlaceholderText(defaultApiUrl);
    connect(m_urlField, &QLineEdit::textChanged, this, &SyncDialog::validate);
    m_fullBox = new QCheckBox(tr("Fetch every spec again, changed or not"), page);
    m_fullBox->setObjectName(u"syncFullBox"_s);
    auto *hint = new QLabel(tr("The index is fetched in four requests; then only the specs whose entry changed. "
                               "Code is fetched when you first open it. Everything is kept for offline use."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("API &URL:"), m_urlField);
    form->addRow(QString(), m_fullBox);
    form->addRow(hint);
    return page;
}

void SyncDialog::addSourcePage(const QString &kind, const QString &title, QWidget *page)
{
    m_pages->addWidget(page);
    m_sourceBox->addItem(title, kind);
    m_sourceBox->setEnabled(m_sourceBox->count() > 1);
}

QString SyncDialog::currentKind() const
{
    return m_sourceBox->currentData().toString();
}

void SyncDialog::setCurrentKind(const QString &kind)
{
    const int index = m_sourceBox->findData(kind);
    if (index >= 0)
        m_sourceBox->setCurrentIndex(index);
}

SyncDialog::Request SyncDialog::request() const
{
    Request request;
    request.kind = currentKind();
    if (request.kind == u"api"_s) {
        const QString text = m_urlField->text().trimmed();
        request.url = QUrl(text.isEmpty() ? defaultApiUrl : text);
        request.fullSync = m_fullBox->isChecked();
    } else if (request.kind == u"archive"_s) {
        request.archive = m_archivePage->options();
    } else if (request.kind == u"database"_s) {
        request.database = m_databasePage->options();
    }
    return request;
}

void SyncDialog::setApiUrl(const QString &url)
{
    m_urlField->setText(url);
}

QString SyncDialog::apiUrl() const
{
    return m_urlField->text();
}

void SyncDialog::validate()
{
    bool ok = true;
    if (currentKind() == u"api"_s) {
        const QString text = m_urlField->text().trimmed();
        const QUrl url(text);
        ok = text.isEmpty() || (url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty());
        m_urlField->setToolTip(ok ? QString() : tr("Give an http:// or https:// address, like %1").arg(defaultApiUrl));
    } else if (currentKind() == u"archive"_s || currentKind() == u"database"_s) {
        const QString problem = currentKind() == u"archive"_s ? m_archivePage->problem() : m_databasePage->problem();
        ok = problem.isEmpty();
        if (m_syncButton)
            m_syncButton->setToolTip(problem);
    }
    if (m_syncButton) // not yet while the pages are being added
        m_syncButton->setEnabled(ok && !isSyncing());
}

void SyncDialog::startClicked()
{
    m_resultLabel->clear();
    m_stateLabel->setText(tr("Starting…"));
    Q_EMIT syncRequested(request());
}

void SyncDialog::watch(QFuture<CatalogPtr> future, std::function<QString(const CatalogPtr &)> describe)
{
    m_describe = std::move(describe);
    m_progress->setRange(0, 0);
    m_resultLabel->clear();
    setRunning(true);
    m_watcher->setFuture(future);
}

bool SyncDialog::isSyncing() const
{
    return m_watcher->future().isValid() && !m_watcher->isFinished();
}

QString SyncDialog::resultText() const
{
    return m_resultLabel->text();
}

void SyncDialog::finished()
{
    setRunning(false);
    QFuture<CatalogPtr> future = m_watcher->future();
    QString text;
    bool failed = false;
    try {
        future.waitForFinished(); // finished already; rethrows the source's error
        if (future.isCanceled() || future.resultCount() == 0) {
            text = tr("Stopped. The offline copy stays as it was.");
        } else {
            const CatalogPtr catalog = future.resultAt(future.resultCount() - 1);
            text = m_describe ? m_describe(catalog) : tr("Synced.");
        }
    } catch (const std::exception &error) {
        text = tr("The sync failed: %1").arg(QString::fromUtf8(error.what()));
        failed = true;
    } catch (...) {
        text = tr("The sync failed.");
        failed = true;
    }
    m_stateLabel->clear();
    m_resultLabel->setText(text);
    setRunning(false); // grows for the result text
    QPalette palette = this->palette();
    if (failed)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_resultLabel->setPalette(palette);
}

void SyncDialog::showFailure(const QString &text)
{
    m_stateLabel->clear();
    m_resultLabel->setText(tr("The sync failed: %1").arg(text));
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_resultLabel->setPalette(palette);
}

void SyncDialog::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_sourceBox->setEnabled(!running && m_sourceBox->count() > 1);
    m_pages->setEnabled(!running);
    validate();
    if (running)
        m_syncButton->setEnabled(false);
    // Rows appear and disappear: grow so that wrapped texts keep all their lines.
    if (layout()) {
        layout()->activate();
        const int wanted = layout()->totalHeightForWidth(width());
        if (wanted > height())
            resize(width(), wanted);
    }
}

void SyncDialog::reject()
{
    // Closing the dialog stops a sync that is still running: nothing goes on unseen.
    if (isSyncing())
        Q_EMIT cancelRequested();
    QDialog::reject();
}
