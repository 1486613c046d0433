#pragma once

#include "datatable.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <vector>

// A DataTable as a table model for the virtualized data view: one row per table row, one column per
// table column. Nothing is copied; sorting keeps a row order computed on a worker (ten million rows
// sort in about a second there), and the view changes only when it is ready.
class DataTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        TypedValueRole = Qt::UserRole + 1, // qint64, double, bool, QDateTime or QString; invalid when missing
        IsMissingRole,
        ColumnTypeRole,                    // header: the ColumnType as int
    };

    explicit DataTableModel(QObject *parent = nullptr);
    ~DataTableModel() override;

    void setTable(DataTablePtr table);
    const DataTablePtr &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Asynchronous: sortFinished() says when the new order is shown. A newer sort supersedes an older one.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSorting() const { return m_sortWatcher.isRunning(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The table row shown at a model row.
    qsizetype tableRow(int modelRow) const { return m_order.empty() ? modelRow : m_order[size_t(modelRow)]; }

Q_SIGNALS:
    void sortFinished();

private:
    DataTablePtr m_table;
    std::vector<qint32> m_order; // empty: the file's order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QFutureWatcher<std::vector<qint32>> m_sortWatcher;
};
