#include "runlocallypanel.h"

#include "previewimagewidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RunLocallyPanel::RunLocallyPanel(const RunRequest &request, const QImage &published, QWidget *parent)
    : QWidget(parent), m_request(request)
{
    setObjectName(u"runLocallyPanel"_s);
    auto *intro = new QLabel(tr("Runs the catalog's script on this machine, in a temporary copy of its folder (the only "
                                "place it may write; no network), with ANYPLOT_THEME=%1 and a time limit of %2 s, so you can see whether it still "
                                "runs and what changed. Nothing runs until you click.")
                                 .arg(request.theme)
                                 .arg(request.timeoutMs / 1000),
                             this);
    intro->setWordWrap(true);
    m_run = new QPushButton(tr("Run on this machine"), this);
    m_run->setObjectName(u"runLocallyButton"_s);
    m_cancel = new QPushButton(tr("Stop"), this);
    m_cancel->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_published = new PreviewImageWidget(this);
    if (published.isNull())
        m_published->setMessage(tr("No published preview here"));
    else
        m_published->setImage(published);
    m_local = new PreviewImageWidget(this);
    m_local->setMessage(tr("Not run yet"));
    m_messages = new QPlainTextEdit(this);
    m_messages->setReadOnly(true);
    m_messages->setPlaceholderText(tr("What the script prints appears here."));
    m_messages->setMaximumBlockCount(5000);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    // One above the other: the tab is narrower than it is tall, and 16:9 pictures want the width.
    auto *pictures = new QGridLayout;
    pictures->addWidget(new QLabel(tr("Published"), this), 0, 0);
    pictures->addWidget(m_published, 1, 0);
    pictures->addWidget(new QLabel(tr("On this machine"), this), 2, 0);
    pictures->addWidget(m_local, 3, 0);
    pictures->setRowStretch(1, 1);
    pictures->setRowStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addLayout(pictures, 3);
    layout->addWidget(m_messages, 1);

    connect(m_run, &QPushButton::clicked, this, &RunLocallyPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &RunLocallyPanel::cancel);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { showResult(m_watcher.result()); });
}

RunLocallyPanel::~RunLocallyPanel()
{
    // A run still going is stopped; its worker ends on its own.
    m_handle.cancel();
}

void RunLocallyPanel::start()
{
    if (m_running)
        return;
    m_running = true;
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_status->setText(tr("Running…"));
    m_local->setMessage(tr("Running…"));
    m_messages->clear();
    m_handle = ImplementationRunner::runAsync(m_request);
    m_watcher.setFuture(m_handle.future);
}

void RunLocallyPanel::cancel()
{
    m_handle.cancel();
    m_status->setText(tr("Stopping…"));
}

void RunLocallyPanel::showResult(const RunResult &result)
{
    m_result = result;
    m_running = false;
    m_run->setEnabled(true);
    m_run->setText(tr("Run again"));
    m_cancel->setEnabled(false);
    m_status->setText(result.message);
    const RunOutputFile *picture = nullptr;
    QStringList produced;
    for (const RunOutputFile &output : result.outputs) {
        produced.append(tr("%1 (%2 KiB)").arg(output.name).arg((output.bytes + 1023) / 1024));
        if (!picture && !output.image.isNull())
            picture = &output;
    }
    if (picture)
        m_local->setImage(picture->image);
    else
        m_local->setMessage(result.succeeded() ? tr("No picture: %1").arg(produced.join(u", "_s)) : result.message);
    QString text;
    if (!result.sandbox.isEmpty())
        text += tr("Confined by %1: it can write only in its own folder and reach no network.\n").arg(result.sandbox);
    if (!result.outsideWrites.isEmpty())
        text += tr("Refused writes outside its folder: %1\n").arg(result.outsideWrites.join(u", "_s));
    if (!result.networkAttempts.isEmpty())
        text += tr("Refused network connections: %1\n").arg(result.networkAttempts.join(u", "_s));
    if (!produced.isEmpty())
        text += tr("Wrote: %1\n").arg(produced.join(u", "_s));
    if (!result.standardOutput.isEmpty())
        text += QString::fromUtf8(result.standardOutput) + u'\n';
    if (!result.standardError.isEmpty())
        text += QString::fromUtf8(result.standardError);
    if (result.outputTruncated)
        text += tr("\n[output cut]");
    m_messages->setPlainText(text);
    Q_EMIT finished();
}
