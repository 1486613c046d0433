#include "datatablemodel.h"

#include "datatablesort.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QString displayText(const DataColumn &column, qsizetype row)
{
    if (column.isMissing(row))
        return {};
    switch (column.type()) {
    case ColumnType::Float: {
        const double value = column.floats()[size_t(row)];
        if (std::isnan(value))
            return u"NaN"_s;
        if (std::isinf(value))
            return value > 0 ? u"∞"_s : u"−∞"_s;
        return QLocale().toString(value, 'g', 12);
    }
    case ColumnType::Integer:
        return QLocale().toString(column.integers()[size_t(row)]);
    case ColumnType::DateTime: {
        const QDateTime when = column.dateTime(row);
        // Midnight values are dates: show them without a time of day.
        return when.time() == QTime(0, 0) ? when.date().toString(Qt::ISODate) : when.toString(Qt::ISODate);
    }
    default:
        return column.text(row);
    }
}
} // namespace

DataTableModel::DataTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_sortWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_sortWatcher.isCanceled() || m_sortWatcher.future().resultCount() == 0)
            return;
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        // Persistent indexes follow their table row to its new model row.
        std::vector<qint32> oldOrder = std::move(m_order);
        m_order = m_sortWatcher.result();
        if (!before.isEmpty()) {
            std::vector<qint32> modelRowOfTableRow(m_order.size());
            for (size_t i = 0; i < m_order.size(); ++i)
                modelRowOfTableRow[size_t(m_order[i])] = qint32(i);
            QModelIndexList after;
            after.reserve(before.size());
            for (const QModelIndex &index : before) {
                const qsizetype tableRowOf = oldOrder.empty() ? index.row() : oldOrder[size_t(index.row())];
                after.append(this->index(modelRowOfTableRow[size_t(tableRowOf)], index.column()));
            }
            changePersistentIndexList(before, after);
        }
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        Q_EMIT sortFinished();
    });
}

DataTableModel::~DataTableModel()
{
    // A sort still running holds its own reference to the table and finishes unobserved.
    m_sortWatcher.cancel();
}

void DataTableModel::setTable(DataTablePtr table)
{
    m_sortWatcher.cancel();
    beginResetModel();
    m_table = std::move(table);
    m_order.clear();
    m_sortColumn = -1;
    endResetModel();
}

int DataTableModel::rowCount(const QModelIndex &parent) const
{
    // QAbstractItemModel counts in int: a table beyond 2^31 rows shows its first 2^31 - 1.
    return parent.isValid() || !m_table ? 0 : int(std::min<qsizetype>(m_table->rowCount(), INT_MAX));
}

int DataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->columnCount());
}

QVariant DataTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DataColumn &column = m_table->column(index.column());
    const qsizetype row = tableRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(column, row);
    case Qt::ToolTipRole:
        return column.isMissing(row) ? tr("missing") : QVariant();
    case Qt::TextAlignmentRole:
        return isNumericType(column.type()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case TypedValueRole:
        return column.value(row);
    case IsMissingRole:
        return column.isMissing(row);
    default:
        return {};
    }
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The row's number in the file, 1-based, whatever the sort.
        if (role == Qt::DisplayRole && m_table && section >= 0 && section < rowCount())
            return QString::number(tableRow(section) + 1);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (!m_table || section < 0 || section >= m_table->columnCount())
        return {};
    const DataColumn &column = m_table->column(section);
    switch (role) {
    case Qt::DisplayRole:
        return column.name();
    case Qt::ToolTipRole:
        return tr("%1: %2, %n missing", nullptr, int(std::min<qsizetype>(column.missingCount(), INT_MAX)))
            .arg(column.name(), columnTypeDisplayName(column.type()));
    case ColumnTypeRole:
        return int(column.type());
    default:
        return {};
    }
}

void DataTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_table || column < 0 || column >= m_table->columnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_sortWatcher.cancel();
    // The worker holds its own reference: the table outlives a model reset.
    m_sortWatcher.setFuture(QtConcurrent::run([table = m_table, column, order] {
        return sortedRowOrder(table->column(column), order);
    }));
}
