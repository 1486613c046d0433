#include "catalogbrowser.h"

#include "catalogfiltermodel.h"
#include "catalogmodel.h"
#include "facetmodel.h"
#include "previewimageloader.h"
#include "speccarddelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Facet values toggle when clicked anywhere on their row, not only on the small check box:
// the row is the target people aim for.
class FacetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        const Qt::ItemFlags flags = model->flags(index);
        if (event->type() == QEvent::MouseButtonRelease && (flags & Qt::ItemIsUserCheckable)
            && (flags & Qt::ItemIsEnabled)) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() == Qt::LeftButton && option.rect.contains(mouse->position().toPoint())) {
                const bool checked = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
                return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            }
        }
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
};

// Enter/Return opens the current card; the default only does so when the style says so.
class EnterActivatesFilter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            auto *view = qobject_cast<QAbstractItemView *>(watched);
            if (view && (key == Qt::Key_Return || key == Qt::Key_Enter) && view->currentIndex().isValid()) {
                Q_EMIT view->activated(view->currentIndex());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

CatalogBrowser::CatalogBrowser(QWidget *parent)
    : QWidget(parent)
    , m_catalogModel(new CatalogModel(this))
    , m_filterModel(new CatalogFilterModel(this))
    , m_facetModel(new FacetModel(this))
    , m_previewLoader(new PreviewImageLoader(this))
{
    m_filterModel->setSourceModel(m_catalogModel);
    m_facetModel->setFilterModel(m_filterModel);

    // Top bar: search and sort.
    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(u"catalogSearchField"_s);
    m_searchField->setPlaceholderText(tr("Search id, title, description, tags…"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search specs"));
    connect(m_searchField, &QLineEdit::textChanged, m_filterModel, &CatalogFilterModel::setSearchText);

    m_sortBox = new QComboBox(this);
    m_sortBox->setObjectName(u"catalogSortBox"_s);
    m_sortBox->addItem(tr("Title"), int(CatalogFilterModel::SortKey::Title));
    m_sortBox->addItem(tr("Best score"), int(CatalogFilterModel::SortKey::BestScore));
    m_sortBox->addItem(tr("Recently updated"), int(CatalogFilterModel::SortKey::Updated));
    connect(m_sortBox, &QComboBox::currentIndexChanged, this, [this] {
        m_filterModel->setSortKey(CatalogFilterModel::SortKey(m_sortBox->currentData().toInt()));
    });
    auto *sortLabel = new QLabel(tr("&Sort by:"), this);
    sortLabel->setBuddy(m_sortBox);

    auto *topBar = new QHBoxLayout;
    topBar->addWidget(m_searchField, 1);
    topBar->addSpacing(12);
    topBar->addWidget(sortLabel);
    topBar->addWidget(m_sortBox);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"catalogBrowserSplitter"_s);
    splitter->addWidget(createFacetPanel());
    splitter->addWidget(createResultPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topBar);
    layout->addWidget(splitter, 1);

    connect(m_filterModel, &CatalogFilterModel::resultsChanged, this, &CatalogBrowser::updateResultState);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &CatalogBrowser::updateResultState);
    connect(m_previewLoader, &PreviewImageLoader::thumbnailReady, m_resultView->viewport(),
            qOverload<>(&QWidget::update));
    updateGridSize();
    updateResultState();
}

QWidget *CatalogBrowser::createFacetPanel()
{
    auto *panel = new QWidget(this);
    auto *title = new QLabel(tr("Filters"), panel);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    m_clearFacetsButton = new QPushButton(tr("Clear"), panel);
    m_clearFacetsButton->setObjectName(u"clearFiltersButton"_s);
    m_clearFacetsButton->setFlat(true);
    m_clearFacetsButton->setToolTip(tr("Clear the search text and every checked filter"));
    connect(m_clearFacetsButton, &QPushButton::clicked, this, [this] {
        m_searchField->clear();
        m_filterModel->clearFilters();
    });

    m_facetView = new QTreeView(panel);
    m_facetView->setObjectName(u"facetView"_s);
    m_facetView->setHeaderHidden(true);
    m_facetView->setUniformRowHeights(true);
    m_facetView->setAnimated(false);
    m_facetView->setSelectionMode(QAbstractItemView::NoSelection);
    m_facetView->setItemDelegate(new FacetDelegate(m_facetView));
    m_facetView->setModel(m_facetModel);
    m_facetView->setAccessibleName(tr("Filters"));
    const auto expandCategories = [this] {
        for (int row = 0; row < m_facetModel->rowCount(); ++row)
            m_facetView->expand(m_facetModel->index(row, 0));
    };
    connect(m_facetModel, &QAbstractItemModel::modelReset, m_facetView, expandCategories);
    expandCategories();

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_clearFacetsButton);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_facetView, 1);
    return panel;
}

QWidget *CatalogBrowser::createResultPanel()
{
    auto *panel = new QWidget(this);
    m_resultLabel = new QLabel(panel);
    m_resultLabel->setObjectName(u"resultCountLabel"_s);

    auto *delegate = new SpecCardDelegate(m_previewLoader, this);
    m_resultView = new QListView(panel);
    m_resultView->setObjectName(u"specGrid"_s);
    m_resultView->setViewMode(QListView::IconMode);
    m_resultView->setMovement(QListView::Static);
    m_resultView->setResizeMode(QListView::Adjust);
    m_resultView->setFlow(QListView::LeftToRight);
    m_resultView->setWrapping(true);
    m_resultView->setUniformItemSizes(true);
    // Batched: a 330-card grid lays out in slices, the window stays responsive while it does.
    m_resultView->setLayoutMode(QListView::Batched);
    m_resultView->setBatchSize(64);
    m_resultView->setSpacing(0);
    m_resultView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_resultView->setMouseTracking(true);
    m_resultView->viewport()->setAttribute(Qt::WA_Hover);
    m_resultView->setDragEnabled(false);
    m_resultView->setItemDelegate(delegate);
    m_resultView->viewport()->installEventFilter(this); // resizes spread the cards evenly
    m_resultView->setModel(m_filterModel);
    m_resultView->setAccessibleName(tr("Specs"));
    m_resultView->installEventFilter(new EnterActivatesFilter(m_resultView));
    connect(m_resultView, &QAbstractItemView::activated, this, &CatalogBrowser::activate);

    m_resultStack = new QStackedWidget(panel);
    m_resultStack->addWidget(m_resultView);
    m_resultStack->addWidget(createEmptyState());

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_resultStack, 1);
    return panel;
}

QWidget *CatalogBrowser::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"emptyState"_s);
    m_emptyTitle = new QLabel(page);
    m_emptyTitle->setObjectName(u"emptyStateTitle"_s);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont big = m_emptyTitle->font();
    big.setPointSizeF(big.pointSizeF() > 0 ? big.pointSizeF() * 1.3 : big.pointSizeF());
    big.setBold(true);
    m_emptyTitle->setFont(big);
    m_emptyHint = new QLabel(page);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyClearButton = new QPushButton(tr("Clear search and filters"), page);
    connect(m_emptyClearButton, &QPushButton::clicked, m_clearFacetsButton, &QPushButton::click);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyHint);
    layout->addSpacing(8);
    layout->addWidget(m_emptyClearButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

void CatalogBrowser::setCatalog(CatalogPtr catalog)
{
    // Thumbnails that failed for the old catalog may exist in the new one.
    m_previewLoader->clear();
    m_catalogModel->setCatalog(std::move(catalog));
}

CatalogPtr CatalogBrowser::catalog() const
{
    return m_catalogModel->catalog();
}

void CatalogBrowser::changeEvent(QEvent *event)
{
    // Cards are sized from the fonts: follow a font change.
    if (event->type() == QEvent::FontChange && m_resultView)
        updateGridSize();
    QWidget::changeEvent(event);
}

bool CatalogBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (m_resultView && watched == m_resultView->viewport() && event->type() == QEvent::Resize)
        updateGridSize();
    return QWidget::eventFilter(watched, event);
}

void CatalogBrowser::updateGridSize()
{
    auto *delegate = qobject_cast<SpecCardDelegate *>(m_resultView->itemDelegate());
    if (!delegate)
        return;
    // As many whole cards as fit per row, the spare width shared between the cells (the view
    // centres each card in its cell) rather than left as a band on the right. The scroll bar's
    // width is always reserved: otherwise showing it could change the column count, which could
    // hide it again, and so on.
    const QSize card = delegate->cardSize(m_resultView);
    const int scrollBar = m_resultView->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_resultView);
    const int available = m_resultView->width() - 2 * m_resultView->frameWidth() - scrollBar - 1;
    const int columns = std::max(1, available / card.width());
    const QSize grid(std::max(card.width(), available / columns), card.height());
    if (grid != m_resultView->gridSize())
        m_resultView->setGridSize(grid);
}

void CatalogBrowser::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void CatalogBrowser::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    updateResultState();
}

void CatalogBrowser::activate(const QModelIndex &index)
{
    const QString id = index.data(CatalogModel::SpecIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT specActivated(id);
}

void CatalogBrowser::updateResultState()
{
    const int total = m_filterModel->totalCount();
    const int shown = m_filterModel->matchCount();
    const bool filtered = !m_filterModel->query().isEmpty();

    if (!catalog())
        m_resultLabel->setText(m_loading ? tr("Loading catalog…") : tr("No catalog loaded"));
    else if (filtered)
        m_resultLabel->setText(tr("%1 of %n specs", "shown of total", total).arg(shown));
    else
        m_resultLabel->setText(tr("%n specs", "total", total));
    m_clearFacetsButton->setEnabled(filtered);

    if (shown > 0) {
        m_resultStack->setCurrentWidget(m_resultView);
        return;
    }
    if (!catalog() && m_loading) {
        m_emptyTitle->setText(tr("Loading catalog…"));
        m_emptyHint->setText(tr("The specs appear as soon as the whole catalog has been read."));
    } else if (!catalog()) {
        m_emptyTitle->setText(tr("No catalog loaded"));
        m_emptyHint->setText(tr("Open a catalog folder or the sample catalog from the File menu."));
    } else if (total == 0) {
        m_emptyTitle->setText(tr("This catalog has no specs"));
        m_emptyHint->setText(tr("The catalog problems panel lists what could not be read."));
    } else {
        m_emptyTitle->setText(tr("No spec matches"));
        m_emptyHint->setText(tr("Try fewer or shorter words, or uncheck some filters."));
    }
    m_emptyClearButton->setVisible(filtered);
    m_resultStack->setCurrentIndex(1);
}
