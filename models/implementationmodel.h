#pragma once

#include "catalog.h"

#include <QAbstractTableModel>

#include <vector>

// The implementations of one spec, one row per library. Holds the catalog, so the Implementation
// pointers handed out through ImplementationRole stay valid while the model shows them.
class ImplementationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LibraryColumn, LanguageColumn, LibraryVersionColumn, PythonVersionColumn,
                  QualityScoreColumn, VerdictColumn, UpdatedColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        ImplementationRole = Qt::UserRole + 1, // const Implementation *
        SpecIdRole,
        LibraryIdRole,
        LanguageRole,
        CodePathRole,
        QualityScoreRole, // int, -1 when absent
        SortRole,         // a raw value per column for QSortFilterProxyModel (numbers, dates)
    };
    Q_ENUM(Roles)

    explicit ImplementationModel(QObject *parent = nullptr);

    void setSpec(CatalogPtr catalog, const QString &specId);
    const CatalogPtr &catalog() const { return m_catalog; }
    const QString &specId() const { return m_specId; }

    const Implementation *implementation(int row) const;
    int rowOf(const QString &libraryId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    CatalogPtr m_catalog;
    QString m_specId;
    std::vector<const Implementation *> m_rows;
};

Q_DECLARE_METATYPE(const Implementation *)
