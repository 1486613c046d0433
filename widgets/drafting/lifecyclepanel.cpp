#include "lifecyclepanel.h"

#include "lifecycleview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QShowEvent>
#include <QTimer>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *swatch(const QColor &color, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(u"<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span> %2"_s
                                 .arg(color.name(), text.toHtmlEscaped()),
                             parent);
    return label;
}
} // namespace

LifecyclePanel::LifecyclePanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new LifecycleView(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
{
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_summary->setWordWrap(true);

    auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_title, 1);
    controls->addWidget(button(tr("Zoom In"), tr("Zoom in (or use the mouse wheel)"), [this] { m_view->zoomBy(1.25); }));
    controls->addWidget(button(tr("Zoom Out"), tr("Zoom out"), [this] { m_view->zoomBy(0.8); }));
    controls->addWidget(button(tr("Fit"), tr("Show the whole lifecycle"), [this] { m_view->fitAll(); }));

    auto *legend = new QHBoxLayout;
    const QString current = u"spec-ready"_s;
    legend->addWidget(swatch(LifecycleView::fillFor(current, LifecycleNodeState::Current), tr("current state"), this));
    legend->addWidget(swatch(LifecycleView::fillFor(u"impl:x:pending"_s, LifecycleNodeState::Current), tr("pending"), this));
    legend->addWidget(swatch(LifecycleView::fillFor(u"impl:x:done"_s, LifecycleNodeState::Current), tr("done"), this));
    legend->addWidget(swatch(LifecycleView::fillFor(u"impl:x:failed"_s, LifecycleNodeState::Current), tr("failed"), this));
    legend->addWidget(swatch(LifecycleView::fillFor(current, LifecycleNodeState::Passed), tr("passed"), this));
    legend->addWidget(new QLabel(tr("dashed: a way back"), this));
    legend->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(legend);
    setIssue(0, {}, {});
}

void LifecyclePanel::setIssue(int number, const QString &title, const QStringList &labels)
{
    m_title->setText(number > 0 ? tr("Lifecycle of #%1 %2").arg(number).arg(title) : tr("The plot lifecycle"));
    m_view->setLabels(labels);
    m_summary->setText(summary());
    m_summary->setVisible(!m_summary->text().isEmpty());
}

QString LifecyclePanel::summary() const
{
    QStringList parts;
    for (const LifecycleGraph::Node &node : m_view->graph().nodes) {
        if (m_view->nodeState(node.key) != LifecycleNodeState::Current)
            continue;
        parts.append(node.label);
    }
    return parts.join(u" · "_s);
}

void LifecyclePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // After the layout has given the view its size.
    QTimer::singleShot(0, m_view, &LifecycleView::fitAll);
}
