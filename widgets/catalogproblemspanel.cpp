#include "catalogproblemspanel.h"

#include "catalogwarningmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CatalogProblemsPanel::CatalogProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CatalogWarningModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CatalogWarningModel::SortRole);
    m_proxy->setFilterKeyColumn(-1); // any column: path, kind and message all help finding one
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filterField = new QLineEdit(this);
    m_filterField->setObjectName(u"problemFilterField"_s);
    m_filterField->setPlaceholderText(tr("Filter by path, kind or message…"));
    m_filterField->setClearButtonEnabled(true);
    connect(m_filterField, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"problemSummary"_s);

    m_view = new QTableView(this);
    m_view->setObjectName(u"problemTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CatalogWarningModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Never narrower than the title and its sort arrow: translated titles run longer ("Schweregrad").
    const auto setWidth = [header](int column, int width) {
        header->resizeSection(column, qMax(width, header->sectionSizeHint(column)));
    };
    setWidth(CatalogWarningModel::SeverityColumn, 80);
    setWidth(CatalogWarningModel::KindColumn, 140);
    setWidth(CatalogWarningModel::PathColumn, 320);
    setWidth(CatalogWarningModel::LineColumn, 50);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT problemActivated(index.data(CatalogWarningModel::PathRole).toString(),
                                index.data(CatalogWarningModel::LineRole).toInt());
    });

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_filterField, 1);
    topRow->addSpacing(12);
    topRow->addWidget(m_summaryLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(topRow);
    layout->addWidget(m_view, 1);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CatalogProblemsPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CatalogProblemsPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CatalogProblemsPanel::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CatalogProblemsPanel::updateSummary);
    updateSummary();
}

void CatalogProblemsPanel::setWarnings(const CatalogWarnings &warnings)
{
    m_model->setWarnings(warnings);
}

int CatalogProblemsPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

void CatalogProblemsPanel::updateSummary()
{
    const int total = m_model->rowCount();
    if (total == 0) {
        m_summaryLabel->setText(tr("No problems"));
        return;
    }
    // "Errors: 2, warnings: 5" sidesteps plural forms the untranslated English build can't do.
    QString summary = tr("Errors: %1, warnings: %2").arg(m_model->errorCount()).arg(m_model->warningCount());
    if (visibleCount() != total)
        summary = tr("%1 of %2 shown — %3").arg(visibleCount()).arg(total).arg(summary);
    m_summaryLabel->setText(summary);
}
