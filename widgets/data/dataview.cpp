#include "dataview.h"

#include "columnstatisticsmodel.h"
#include "datagridview.h"
#include "datatablemodel.h"
#include "importwarningmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DataView::DataView(QWidget *parent)
    : QWidget(parent)
{
    m_tableModel = new DataTableModel(this);
    m_table = new DataGridView(this);
    m_table->setObjectName(u"dataTable"_s);
    m_table->setModel(m_tableModel);

    m_statisticsModel = new ColumnStatisticsModel(this);
    m_statistics = new QTableView(this);
    m_statistics->setObjectName(u"columnStatistics"_s);
    m_statistics->setModel(m_statisticsModel);
    m_statistics->verticalHeader()->hide();
    m_statistics->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statistics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Selecting a column's statistics shows that column in the table.
    connect(m_statistics->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_table->scrollToColumn(current.row());
            });

    m_warningModel = new ImportWarningModel(this);
    m_warnings = new QTableView(this);
    m_warnings->setObjectName(u"importWarnings"_s);
    m_warnings->setModel(m_warningModel);
    m_warnings->verticalHeader()->hide();
    m_warnings->horizontalHeader()->setStretchLastSection(true);
    m_warnings->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_sideTabs = new QTabWidget(this);
    m_sideTabs->addTab(m_statistics, tr("Columns"));
    m_sideTabs->addTab(m_warnings, tr("Warnings"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_sideTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"dataSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    clear();
}

void DataView::setImport(const ImportSource &source, const ImportResult &result)
{
    m_tableModel->setTable(result.table);
    m_statisticsModel->setTable(result.table);
    m_warningModel->setWarnings(result.warnings);
    m_warnings->resizeColumnToContents(ImportWarningModel::Location);
    m_sideTabs->setTabText(1, result.warnings.isEmpty() ? tr("Warnings")
                                                        : tr("Warnings (%1)").arg(QLocale().toString(result.warnings.size())));
    const qsizetype rows = result.table ? result.table->rowCount() : 0;
    const qsizetype columns = result.table ? result.table->columnCount() : 0;
    m_summary->setText(tr("%1 — %2 rows × %3 columns, %4")
                           .arg(source.displayName, QLocale().toString(rows), QLocale().toString(columns),
                                result.format.toUpper()));
}

void DataView::clear()
{
    m_tableModel->setTable(nullptr);
    m_statisticsModel->setTable(nullptr);
    m_warningModel->setWarnings({});
    m_summary->setText(tr("No data loaded. File → Import Data… (Ctrl+I), drop a file on the window, or paste a table."));
}

QString DataView::summaryText() const
{
    return m_summary->text();
}
