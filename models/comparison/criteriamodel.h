#pragma once

#include "review.h"

#include <QAbstractItemModel>
#include <QList>

// A review's criteria checklist as a tree: categories (Visual quality 28/30) with their items
// (VQ-01 Text Legibility 8/8, passed, comment) underneath. It shows whatever rubric the file
// uses: categories and items come from the file, in its order, never from a fixed list.
class CriteriaModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ScoreColumn, CommentColumn, ColumnCount };
    Q_ENUM(Column)
    enum Roles {
        ScoreRole = Qt::UserRole + 1, // double
        MaxRole,                      // double
        PassedRole,                   // bool (items); categories: every item passed
        IdRole,                       // item id (VQ-01) or category key (visual_quality)
    };

    explicit CriteriaModel(QObject *parent = nullptr);

    void setCriteria(const QList<CriteriaCategory> &criteria);
    const QList<CriteriaCategory> &criteria() const { return m_criteria; }

    // "visual_quality" → "Visual quality" (translated for the known keys, spelled out otherwise).
    static QString categoryDisplayName(const QString &key);
    static QString scoreText(double score, double max);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal ids: 0 for a category row, category index + 1 for an item row.
    QList<CriteriaCategory> m_criteria;
};
