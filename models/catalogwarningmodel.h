#pragma once

#include "catalogwarning.h"

#include <QAbstractTableModel>

// The problems met while reading a catalog, for the problems panel and `catalog lint`'s GUI twin.
class CatalogWarningModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, KindColumn, PathColumn, LineColumn, MessageColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        SeverityRole = Qt::UserRole + 1, // int(CatalogWarning::Severity)
        KindKeyRole,                     // CatalogWarning::kindKey: stable, untranslated
        PathRole,
        LineRole,                        // int, 0 for the whole file
        SortRole,                        // raw value per column for QSortFilterProxyModel
    };
    Q_ENUM(Roles)

    explicit CatalogWarningModel(QObject *parent = nullptr);

    void setWarnings(CatalogWarnings warnings);
    const CatalogWarnings &warnings() const { return m_warnings; }
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(CatalogWarning::Severity severity);

private:
    CatalogWarnings m_warnings;
};
