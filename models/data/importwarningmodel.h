#pragma once

#include "dataimport.h"

#include <QAbstractTableModel>

// The warnings of one import, one row each: where (line or cell) and what.
class ImportWarningModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Location, Message, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setWarnings(QList<ImportWarning> warnings);
    const QList<ImportWarning> &warnings() const { return m_warnings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString locationText(const ImportWarning &warning);

private:
    QList<ImportWarning> m_warnings;
};
