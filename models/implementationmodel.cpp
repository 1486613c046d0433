#include "implementationmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString libraryDisplayName(const QString &libraryId)
{
    const QString name = Library::byId(libraryId).name;
    return name.isEmpty() ? libraryId : name;
}

// The implementation's last change: `updated` when present, else `created`.
QDateTime lastChange(const Implementation &implementation)
{
    return implementation.updated.isValid() ? implementation.updated : implementation.created;
}
} // namespace

ImplementationModel::ImplementationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImplementationModel::setSpec(CatalogPtr catalog, const QString &specId)
{
    beginResetModel();
    m_catalog = std::move(catalog);
    m_specId = specId;
    m_rows = m_catalog ? m_catalog->implementationsOf(specId) : std::vector<const Implementation *>();
    endResetModel();
}

const Implementation *ImplementationModel::implementation(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[row] : nullptr;
}

int ImplementationModel::rowOf(const QString &libraryId) const
{
    for (int r = 0; r < int(m_rows.size()); ++r)
        if (m_rows[r]->libraryId == libraryId)
            return r;
    return -1;
}

int ImplementationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImplementationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImplementationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Implementation &impl = *m_rows[index.row()];
    const int score = impl.qualityScore.value_or(-1);

    switch (role) {
    case ImplementationRole:
        return QVariant::fromValue(&impl);
    case SpecIdRole:
        return impl.specId;
    case LibraryIdRole:
        return impl.libraryId;
    case LanguageRole:
        return impl.language;
    case CodePathRole:
        return impl.codePath;
    case QualityScoreRole:
        return score;
    default:
        break;
    }

    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (column) {
        case LibraryColumn:
            return libraryDisplayName(impl.libraryId);
        case LanguageColumn:
            return impl.language;
        case LibraryVersionColumn:
            return impl.libraryVersion;
        case PythonVersionColumn:
            return impl.languageVersion;
        case QualityScoreColumn:
            if (sort)
                return score;
            return score < 0 ? QString() : QString::number(score);
        case VerdictColumn:
            return Review::verdictText(impl.review.verdict);
        case UpdatedColumn: {
            const QDateTime when = lastChange(impl);
            if (sort)
                return when;
            return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat)
                                  : QString();
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == LibraryColumn)
            return impl.libraryId;
        if (column == UpdatedColumn && lastChange(impl).isValid())
            return QLocale().toString(lastChange(impl).toLocalTime(), QLocale::LongFormat);
        if (column == LibraryVersionColumn && impl.libraryVersion == u"unknown")
            return tr("The metadata does not record the library version.");
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == QualityScoreColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImplementationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LibraryColumn:
        return tr("Library");
    case LanguageColumn:
        return tr("Language");
    case LibraryVersionColumn:
        return tr("Library version");
    case PythonVersionColumn:
        return tr("Language version");
    case QualityScoreColumn:
        return tr("Quality score");
    case VerdictColumn:
        return tr("Verdict");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

QHash<int, QByteArray> ImplementationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names[ImplementationRole] = "implementation"_ba;
    names[SpecIdRole] = "specId"_ba;
    names[LibraryIdRole] = "libraryId"_ba;
    names[LanguageRole] = "language"_ba;
    names[CodePathRole] = "codePath"_ba;
    names[QualityScoreRole] = "qualityScore"_ba;
    names[SortRole] = "sortValue"_ba;
    return names;
}
