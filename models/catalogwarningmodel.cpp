#include "catalogwarningmodel.h"

#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

CatalogWarningModel::CatalogWarningModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CatalogWarningModel::setWarnings(CatalogWarnings warnings)
{
    beginResetModel();
    m_warnings = std::move(warnings);
    endResetModel();
}

int CatalogWarningModel::errorCount() const
{
    return int(std::count_if(m_warnings.cbegin(), m_warnings.cend(), [](const CatalogWarning &w) {
        return w.severity == CatalogWarning::Severity::Error;
    }));
}

int CatalogWarningModel::warningCount() const
{
    return int(m_warnings.size()) - errorCount();
}

QString CatalogWarningModel::severityText(CatalogWarning::Severity severity)
{
    return severity == CatalogWarning::Severity::Error ? tr("Error") : tr("Warning");
}

int CatalogWarningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_warnings.size());
}

int CatalogWarningModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogWarningModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogWarning &warning = m_warnings[index.row()];
    switch (role) {
    case SeverityRole:
        return int(warning.severity);
    case KindKeyRole:
        return CatalogWarning::kindKey(warning.kind);
    case PathRole:
        return warning.path;
    case LineRole:
        return warning.line;
    default:
        break;
    }

    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case SeverityColumn:
            // Errors first when sorted ascending.
            return role == SortRole ? QVariant(warning.severity == CatalogWarning::Severity::Error ? 0 : 1)
                                    : QVariant(severityText(warning.severity));
        case KindColumn:
            return CatalogWarning::kindText(warning.kind);
        case PathColumn:
            return warning.path;
        case LineColumn:
            if (role == SortRole)
                return warning.line;
            return warning.line > 0 ? QString::number(warning.line) : QString();
        case MessageColumn:
            return warning.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && (column == MessageColumn || column == PathColumn))
        return warning.line > 0
            ? QString(warning.path % u':' % QString::number(warning.line) % u'\n' % warning.message)
            : QString(warning.path % u'\n' % warning.message);
    if (role == Qt::ForegroundRole && column == SeverityColumn
        && warning.severity == CatalogWarning::Severity::Error)
        return QColor(0xD5, 0x5E, 0x00); // Okabe-Ito vermilion, readable on light and dark
    if (role == Qt::TextAlignmentRole && column == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CatalogWarningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Kind");
    case PathColumn:
        return tr("Path");
    case LineColumn:
        return tr("Line");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}
