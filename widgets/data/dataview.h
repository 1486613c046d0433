#pragma once

#include "dataimport.h"
#include "importsource.h"

#include <QWidget>

class ColumnStatisticsModel;
class DataGridView;
class DataTableModel;
class ImportWarningModel;
class QLabel;
class QTableView;
class QTabWidget;

// The loaded data: the table itself (virtualized: ten million rows scroll as one), sortable by any
// column, beside each column's statistics and the warnings the import left.
class DataView : public QWidget
{
    Q_OBJECT
public:
    explicit DataView(QWidget *parent = nullptr);

    void setImport(const ImportSource &source, const ImportResult &result);
    void clear();

    DataGridView *grid() const { return m_table; }
    const DataTableModel *tableModel() const { return m_tableModel; }
    const ColumnStatisticsModel *statisticsModel() const { return m_statisticsModel; }
    const ImportWarningModel *warningModel() const { return m_warningModel; }
    QString summaryText() const;

private:
    DataTableModel *m_tableModel = nullptr;
    ColumnStatisticsModel *m_statisticsModel = nullptr;
    ImportWarningModel *m_warningModel = nullptr;
    DataGridView *m_table = nullptr;
    QTableView *m_statistics = nullptr;
    QTableView *m_warnings = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QLabel *m_summary = nullptr;
};
