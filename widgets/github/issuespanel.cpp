#include "issuespanel.h"

#include "issuefiltermodel.h"
#include "issuemodel.h"
#include "issuethreadview.h"
#include "issuetracker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

IssuesPanel::IssuesPanel(IssueTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_filter(new IssueFilterModel(this))
    , m_state(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_refresh(new QToolButton(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_thread(new IssueThreadView(tracker, this))
{
    setObjectName(u"issuesPanel"_s);
    m_filter->setSourceModel(tracker->model());
    m_filter->setSortRole(Qt::DisplayRole);

    m_state->addItem(tr("Open"), int(IssueFilterModel::StateFilter::Open));
    m_state->addItem(tr("Closed"), int(IssueFilterModel::StateFilter::Closed));
    m_state->addItem(tr("Open and closed"), int(IssueFilterModel::StateFilter::All));
    m_state->setCurrentIndex(2);
    m_filter->setStateFilter(IssueFilterModel::StateFilter::All);
    m_group->addItem(tr("Every lifecycle state"), -1);
    for (int g = 0; g < IssueLifecycle::groupCount; ++g)
        m_group->addItem(IssueLifecycle::groupTitle(static_cast<IssueLifecycle::Group>(g)), g);
    m_search->setPlaceholderText(tr("Search issues (number, title, spec, label)…"));
    m_search->setClearButtonEnabled(true);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_refresh->setToolTip(tr("Check GitHub for changes (unchanged issues cost no quota)"));

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IssueModel::NumberColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(IssueModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(IssueModel::NumberColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(IssueModel::CommentsColumn, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(IssueModel::LifecycleColumn, 170);
    m_view->header()->resizeSection(IssueModel::UpdatedColumn, 110);
    m_view->header()->resizeSection(IssueModel::SpecColumn, 120);
    m_view->setColumnHidden(IssueModel::UpdatedColumn, true); // sortable when shown; the thread shows dates
    m_view->setColumnHidden(IssueModel::LabelsColumn, true); // in the tooltip and the thread header
    m_view->setColumnHidden(IssueModel::StateColumn, true);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"issuesStatus"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_group);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_refresh);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_thread);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStateFilter(static_cast<IssueFilterModel::StateFilter>(m_state->currentData().toInt()));
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        const int group = m_group->currentData().toInt();
        m_filter->setGroup(group < 0 ? std::nullopt : std::optional(static_cast<IssueLifecycle::Group>(group)));
    });
    connect(m_search, &QLineEdit::textChanged, m_filter, &IssueFilterModel::setSearchText);
    connect(m_refresh, &QToolButton::clicked, tracker, &IssueTracker::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IssuesPanel::currentChanged);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString specId = index.data(IssueModel::SpecIdRole).toString();
        if (!specId.isEmpty())
            Q_EMIT specRequested(specId);
    });
    connect(m_thread, &IssueThreadView::specRequested, this, &IssuesPanel::specRequested);
    auto updateStatus = [this] { m_status->setText(m_tracker->statusText()); };
    connect(tracker, &IssueTracker::statusChanged, this, updateStatus);
    updateStatus();
}

void IssuesPanel::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const int number = current.isValid() ? current.data(IssueModel::NumberRole).toInt() : 0;
    if (number != m_thread->issueNumber())
        m_thread->setIssue(number);
}

bool IssuesPanel::selectIssue(int number)
{
    const int sourceRow = m_tracker->model()->rowOfIssue(number);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_tracker->model()->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void IssuesPanel::showIssuesOfSpec(const QString &specId)
{
    m_search->setText(specId);
    const QList<int> numbers = m_tracker->model()->issuesForSpec(specId);
    if (!numbers.isEmpty())
        selectIssue(numbers.first());
}
