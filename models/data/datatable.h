#pragma once

#include "datacolumn.h"

#include <QList>
#include <QString>

#include <memory>

// An immutable, columnar, typed table: what an importer produces and what plots and views read.
// Column names are unique (DataTable::uniqueNames makes them so).
class DataTable
{
public:
    DataTable() = default;
    explicit DataTable(QList<DataColumn> columns);

    qsizetype rowCount() const { return m_rows; }
    qsizetype columnCount() const { return m_columns.size(); }
    const QList<DataColumn> &columns() const { return m_columns; }
    const DataColumn &column(qsizetype index) const { return m_columns.at(index); }
    // -1 when there is no such column; names compare exactly.
    qsizetype columnIndex(QStringView name) const;
    QStringList columnNames() const;

    qsizetype byteSize() const;

    // Empty names become "column_N" (1-based), repeats get "_2", "_3"…; order is kept.
    static QStringList uniqueNames(const QStringList &names);

private:
    QList<DataColumn> m_columns;
    qsizetype m_rows = 0;
};

using DataTablePtr = std::shared_ptr<const DataTable>;
