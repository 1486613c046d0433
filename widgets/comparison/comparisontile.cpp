#include "comparisontile.h"

#include "nativechartview.h"
#include "previewimagewidget.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ComparisonTile::ComparisonTile(const ComparisonTileInfo &info, QWidget *parent) : QFrame(parent), m_info(info)
{
    setObjectName(u"comparisonTile_"_s + info.libraryId);
    setFocusPolicy(Qt::StrongFocus);
    // The focused tile carries the highlight colour as its frame.
    setStyleSheet(u"ComparisonTile { border: 2px solid palette(mid); border-radius: 4px; }"
                  " ComparisonTile:focus { border: 2px solid palette(highlight); }"_s);
    setAccessibleName(tr("%1 implementation").arg(info.libraryName));

    m_title = new QLabel(info.native ? tr("%1 · native").arg(info.libraryName) : info.libraryName, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_versions = new QLabel(info.versions, this);
    m_versions->setForegroundRole(QPalette::PlaceholderText);
    m_badge = new QLabel(this);
    m_badge->setObjectName(u"scoreBadge"_s);
    if (info.score) {
        m_badge->setText(QString::number(*info.score));
        m_badge->setStyleSheet(badgeStyle(*info.score));
        m_badge->setToolTip(tr("Quality score %1/100").arg(*info.score));
    } else {
        m_badge->hide();
    }
    m_verdict = new QLabel(Review::verdictText(info.verdict), this);
    m_verdict->setToolTip(tr("The AI reviewer's verdict (not the merge decision)"));
    m_verdict->setVisible(info.verdict != Verdict::None);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title);
    header->addWidget(m_versions, 1);
    header->addWidget(m_verdict);
    header->addWidget(m_badge);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    if (info.native) {
        m_chartView = new NativeChartView(this);
        m_chartView->setInteractive(false); // a click opens the tile large, where it zooms
        m_chartView->viewport()->installEventFilter(this);
        m_chartView->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(m_chartView, 1);
    } else {
        m_preview = new PreviewImageWidget(this);
        layout->addWidget(m_preview, 1);
        m_preview->setMessage(tr("Loading preview…"));
    }
    updateFrame();
}

QString ComparisonTile::badgeStyle(int score)
{
    return u"QLabel { background: %1; color: white; border-radius: 4px; padding: 1px 6px; font-weight: bold; }"_s.arg(
        PlotTheme::scoreColor(score).name());
}

void ComparisonTile::setVersions(const QString &versions)
{
    m_info.versions = versions;
    m_versions->setText(versions);
}

void ComparisonTile::setPreview(const QImage &image)
{
    if (m_preview)
        m_preview->setImage(image);
}

void ComparisonTile::setPreviewMessage(const QString &message)
{
    if (m_preview)
        m_preview->setMessage(message);
}

void ComparisonTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        setFocus(Qt::MouseFocusReason);
        Q_EMIT activated();
        event->accept();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

bool ComparisonTile::eventFilter(QObject *watched, QEvent *event)
{
    // The chart view of a native tile swallows mouse events: a click on it opens the tile too.
    if (m_chartView && watched == m_chartView->viewport() && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            setFocus(Qt::MouseFocusReason);
            Q_EMIT activated();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ComparisonTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated();
        event->accept();
        return;
    }
    // Arrow keys go to the grid, which knows the neighbours.
    event->ignore();
}

void ComparisonTile::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    updateFrame();
}

void ComparisonTile::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    updateFrame();
}

void ComparisonTile::updateFrame()
{
    // The frame only: a palette change here would grey the labels inside, too.
    update();
}
