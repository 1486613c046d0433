#include "criteriamodel.h"

#include <QColor>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

CriteriaModel::CriteriaModel(QObject *parent) : QAbstractItemModel(parent) {}

void CriteriaModel::setCriteria(const QList<CriteriaCategory> &criteria)
{
    beginResetModel();
    m_criteria = criteria;
    endResetModel();
}

QString CriteriaModel::categoryDisplayName(const QString &key)
{
    static const QHash<QString, const char *> known{
        {u"visual_quality"_s, QT_TRANSLATE_NOOP("CriteriaModel", "Visual quality")},
        {u"design_excellence"_s, QT_TRANSLATE_NOOP("CriteriaModel", "Design excellence")},
        {u"spec_compliance"_s, QT_TRANSLATE_NOOP("CriteriaModel", "Spec compliance")},
        {u"data_quality"_s, QT_TRANSLATE_NOOP("CriteriaModel", "Data quality")},
        {u"code_quality"_s, QT_TRANSLATE_NOOP("CriteriaModel", "Code quality")},
        {u"library_mastery"_s, QT_TRANSLATE_NOOP("CriteriaModel", "Library mastery")},
        {u"library_features"_s, QT_TRANSLATE_NOOP("CriteriaModel", "Library features")},
    };
    if (const char *text = known.value(key))
        return QCoreApplication::translate("CriteriaModel", text);
    QString words = key;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString CriteriaModel::scoreText(double score, double max)
{
    return u"%1/%2"_s.arg(QString::number(score, 'g', 4), QString::number(max, 'g', 4));
}

QModelIndex CriteriaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_criteria.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_criteria.size())
        return {};
    if (row >= m_criteria.at(parent.row()).items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CriteriaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CriteriaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_criteria.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_criteria.at(parent.row()).items.size());
}

int CriteriaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CriteriaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isCategory = index.internalId() == 0;
    const CriteriaCategory &category = m_criteria.at(isCategory ? index.row() : int(index.internalId() - 1));
    if (isCategory) {
        const bool allPassed = std::all_of(category.items.cbegin(), category.items.cend(),
                                           [](const CriteriaItem &i) { return i.passed; });
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return categoryDisplayName(category.key);
            if (index.column() == ScoreColumn)
                return scoreText(category.score, category.max);
            return {};
        case Qt::ToolTipRole:
            return category.key;
        case ScoreRole:
            return category.score;
        case MaxRole:
            return category.max;
        case PassedRole:
            return allPassed;
        case IdRole:
            return category.key;
        default:
            return {};
        }
    }
    const CriteriaItem &item = category.items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return item.id.isEmpty() ? item.name : item.id + u"  "_s + item.name;
        if (index.column() == ScoreColumn)
            return scoreText(item.score, item.max);
        return item.comment;
    case Qt::ToolTipRole:
        return index.column() == CommentColumn ? item.comment : QVariant();
    case Qt::ForegroundRole:
        // A failed item stands out; vermillion of the Okabe-Ito palette.
        if (!item.passed && index.column() != CommentColumn)
            return QColor(0xD5, 0x5E, 0x00);
        return {};
    case ScoreRole:
        return item.score;
    case MaxRole:
        return item.max;
    case PassedRole:
        return item.passed;
    case IdRole:
        return item.id;
    default:
        return {};
    }
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("CriteriaModel", "Criterion");
    case ScoreColumn:
        return QCoreApplication::translate("CriteriaModel", "Score");
    case CommentColumn:
        return QCoreApplication::translate("CriteriaModel", "Comment");
    default:
        return {};
    }
}
