#include "importwarningmodel.h"

void ImportWarningModel::setWarnings(QList<ImportWarning> warnings)
{
    beginResetModel();
    m_warnings = std::move(warnings);
    endResetModel();
}

int ImportWarningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_warnings.size());
}

int ImportWarningModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportWarningModel::locationText(const ImportWarning &warning)
{
    if (!warning.cell.isEmpty())
        return warning.cell;
    if (warning.line > 0)
        return tr("line %1").arg(warning.line);
    return tr("file");
}

QVariant ImportWarningModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportWarning &warning = m_warnings.at(index.row());
    if (role == LineRole)
        return warning.line;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return index.column() == Location ? locationText(warning) : warning.message;
}

QVariant ImportWarningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Location ? tr("Where") : tr("Warning");
}
