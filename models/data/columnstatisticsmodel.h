#pragma once

#include "columnstatistics.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

// One row per table column: name, type, count, missing, minimum, maximum, mean, distinct values.
// The figures are computed on a worker when a table is set; until then the rows show names only.
class ColumnStatisticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, Count, Missing, Minimum, Maximum, Mean, Distinct, ColumnCount };

    explicit ColumnStatisticsModel(QObject *parent = nullptr);
    ~ColumnStatisticsModel() override;

    void setTable(DataTablePtr table);
    bool isComputing() const { return m_watcher.isRunning(); }
    const QList<ColumnStatistics> &statistics() const { return m_statistics; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void computed();

private:
    QString formatValue(const ColumnStatistics &stats, double value) const;

    DataTablePtr m_table;
    QList<ColumnStatistics> m_statistics;
    QFutureWatcher<QList<ColumnStatistics>> m_watcher;
};
