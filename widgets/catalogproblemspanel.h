#pragma once

#include "catalogwarning.h"

#include <QWidget>

class CatalogWarningModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// What went wrong while reading the catalog: a sortable, filterable table of warnings and errors
// with a one-line summary. Lives in a dock of the main window.
class CatalogProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogProblemsPanel(QWidget *parent = nullptr);

    void setWarnings(const CatalogWarnings &warnings);

    CatalogWarningModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filterField; }
    QLabel *summaryLabel() const { return m_summaryLabel; }
    // Rows left after the filter.
    int visibleCount() const;

Q_SIGNALS:
    // Double-click or Enter on a problem: where it is (path relative to the catalog root).
    void problemActivated(const QString &path, int line);

private:
    void updateSummary();

    CatalogWarningModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filterField;
    QLabel *m_summaryLabel;
    QTableView *m_view;
};
