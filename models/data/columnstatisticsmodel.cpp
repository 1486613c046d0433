#include "columnstatisticsmodel.h"

#include <QDateTime>

#include <cmath>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

ColumnStatisticsModel::ColumnStatisticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
            return;
        m_statistics = m_watcher.result();
        if (!m_statistics.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT computed();
    });
}

ColumnStatisticsModel::~ColumnStatisticsModel()
{
    m_watcher.cancel(); // the worker holds its own reference to the table
}

void ColumnStatisticsModel::setTable(DataTablePtr table)
{
    m_watcher.cancel();
    beginResetModel();
    m_table = std::move(table);
    m_statistics.clear();
    // Names and types are known at once; the figures follow from the worker.
    if (m_table) {
        for (const DataColumn &column : m_table->columns()) {
            ColumnStatistics placeholder;
            placeholder.name = column.name();
            placeholder.type = column.type();
            placeholder.missing = column.missingCount();
            placeholder.count = column.rowCount() - column.missingCount();
            m_statistics.append(placeholder);
        }
    }
    endResetModel();
    if (m_table)
        m_watcher.setFuture(QtConcurrent::run([table = m_table] { return ColumnStatistics::computeAll(*table); }));
}

int ColumnStatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statistics.size());
}

int ColumnStatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ColumnStatisticsModel::formatValue(const ColumnStatistics &stats, double value) const
{
    switch (stats.type) {
    case ColumnType::DateTime:
        return QDateTime::fromMSecsSinceEpoch(qint64(value), Qt::UTC).toString(Qt::ISODate);
    case ColumnType::Integer:
    case ColumnType::Boolean:
        return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
    default:
        return QLocale().toString(value, 'g', 6);
    }
}

QVariant ColumnStatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnStatistics &stats = m_statistics.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Distinct && !stats.topValues.isEmpty()) {
        QStringList lines;
        for (const auto &[value, count] : stats.topValues)
            lines.append(tr("%1 — %2×").arg(value.isEmpty() ? tr("(empty)") : value, QLocale().toString(count)));
        return tr("Most frequent:\n%1").arg(lines.join(u'\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return stats.name;
    case Type:
        return columnTypeDisplayName(stats.type);
    case Count:
        return QLocale().toString(stats.count);
    case Missing:
        return QLocale().toString(stats.missing);
    case Minimum:
        return stats.minimum ? formatValue(stats, *stats.minimum) : QString();
    case Maximum:
        return stats.maximum ? formatValue(stats, *stats.maximum) : QString();
    case Mean:
        return stats.mean && stats.type != ColumnType::Boolean ? formatValue(stats, *stats.mean) : QString();
    case Distinct:
        return isStringType(stats.type) && !isComputing() ? QLocale().toString(stats.distinct) : QString();
    default:
        return {};
    }
}

QVariant ColumnStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Column");
    case Type: return tr("Type");
    case Count: return tr("Count");
    case Missing: return tr("Missing");
    case Minimum: return tr("Min");
    case Maximum: return tr("Max");
    case Mean: return tr("Mean");
    case Distinct: return tr("Distinct");
    default: return {};
    }
}
