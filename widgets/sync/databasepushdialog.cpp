#include "databasepushdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DatabasePushDialog::DatabasePushDialog(QWidget *parent)
    : QDialog(parent)
    , m_watcher(new QFutureWatcher<PostgresPushReport>(this))
{
    setWindowTitle(tr("Push to Database"));
    setObjectName(u"databasePushDialog"_s);

    m_catalog = new QLineEdit(this);
    m_catalog->setObjectName(u"pushCatalogField"_s);
    m_catalog->setPlaceholderText(tr("a checkout, its plots/ folder, a .zip or sample"));
    auto *chooseFolder = new QPushButton(tr("Choose &Folder…"), this);
    connect(chooseFolder, &QPushButton::clicked, this, &DatabasePushDialog::chooseFolder);
    auto *catalogRow = new QHBoxLayout;
    catalogRow->addWidget(m_catalog, 1);
    catalogRow->addWidget(chooseFolder);

    m_database = new DatabaseSyncPage(this);
    m_database->setHint(tr("Written with anyplot's own sync rules, in one transaction: the schema is created on an "
                           "empty database, every spec and implementation is upserted (implementation ids kept), "
                           "and what left the catalog is deleted. Nothing is written if anything fails."));
    m_dryRun = new QCheckBox(tr("&Dry run: list what would be added, changed and removed; write nothing"), this);
    m_dryRun->setObjectName(u"pushDryRunBox"_s);

    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(u"pushResult"_s);
    m_result->setReadOnly(true);
    m_result->setPlaceholderText(tr("What the push added, changed and removed appears here."));

    auto *buttons = new QDialogButtonBox(this);
    m_push = buttons->addButton(tr("&Push"), QDialogButtonBox::AcceptRole);
    m_stop = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_push, &QPushButton::clicked, this, [this] { Q_EMIT pushRequested(request()); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_stopPush)
            m_stopPush();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *catalogLabel = new QLabel(tr("&Catalog:"), this);
    catalogLabel->setBuddy(m_catalog);
    m_database->addLeadingRow(catalogLabel, catalogRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_database);
    layout->addWidget(m_dryRun);
    layout->addWidget(m_progress);
    layout->addWidget(m_state);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(680, 560);

    connect(m_catalog, &QLineEdit::textChanged, this, &DatabasePushDialog::validate);
    connect(m_database, &DatabaseSyncPage::changed, this, &DatabasePushDialog::validate);
    connect(m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, m_state, [this](const QString &text) {
        if (!text.isEmpty())
            m_state->setText(text);
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &DatabasePushDialog::finished);
    setRunning(false);
}

void DatabasePushDialog::setCatalog(const QString &catalog)
{
    m_catalog->setText(catalog);
}

DatabasePushDialog::Request DatabasePushDialog::request() const
{
    return {m_catalog->text().trimmed(), m_database->options(), m_dryRun->isChecked()};
}

void DatabasePushDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Catalog to Push"), m_catalog->text());
    if (!folder.isEmpty())
        m_catalog->setText(QDir::toNativeSeparators(folder));
}

void DatabasePushDialog::validate()
{
    const QString problem = m_catalog->text().trimmed().isEmpty() ? tr("Choose the catalog to push")
                                                                   : m_database->problem();
    m_push->setEnabled(!isPushing() && problem.isEmpty());
    m_push->setToolTip(problem);
}

void DatabasePushDialog::setRunning(bool running)
{
    m_running = running;
    m_stop->setVisible(running);
    m_progress->setVisible(running);
    m_catalog->setEnabled(!running);
    m_database->setEnabled(!running);
    m_dryRun->setEnabled(!running);
    validate();
}

void DatabasePushDialog::watch(QFuture<PostgresPushReport> future, std::function<void()> stop)
{
    m_stopPush = std::move(stop);
    m_progress->setRange(0, 0);
    m_state->clear();
    m_result->clear();
    m_watcher->setFuture(future);
    setRunning(true);
}

bool DatabasePushDialog::isPushing() const
{
    return m_running; // until finished() has shown the outcome
}

QString DatabasePushDialog::resultText() const
{
    return m_state->text() + u'\n' + m_result->toPlainText();
}

void DatabasePushDialog::showResult(const QString &text, bool failed)
{
    m_state->setText(text);
    QPalette palette = this->palette();
    if (failed)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_state->setPalette(palette);
}

void DatabasePushDialog::showFailure(const QString &text)
{
    showResult(tr("Nothing was written: %1").arg(text), true);
}

void DatabasePushDialog::finished()
{
    setRunning(false);
    const QFuture<PostgresPushReport> future = m_watcher->future();
    if (future.resultCount() == 0)
        return showResult(tr("Stopped before the transaction committed: nothing was written."), true);
    const PostgresPushReport report = future.result();
    if (report.stopped)
        return showResult(tr("Stopped before the transaction committed: nothing was written."), true);
    if (!report.ok) {
        showFailure(report.error);
        return;
    }
    m_result->setPlainText(report.toText());
    showResult(report.dryRun ? tr("Dry run of %1: nothing was written.").arg(report.database)
                             : tr("Pushed to %1 in %2 s.").arg(report.database, QLocale().toString(double(report.elapsedMs) / 1000.0, 'f', 2)),
               false);
}
