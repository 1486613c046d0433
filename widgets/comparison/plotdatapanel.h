#pragma once

#include "chartexport.h"
#include "plotimplementation.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;

// "Plot my data": the spec's data roles (name, normalised type, optional) with a drop-down of the
// table's columns each, auto-mapped when the table or the roles change; the problems of the
// mapping in words; export buttons. A view: it edits a PlotColumnMapping and asks for exports,
// the comparison view builds and writes.
class PlotDataPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PlotDataPanel(QWidget *parent = nullptr);

    // The roles to map (the native implementation's, which follow the spec's Data section).
    void setRoles(const QList<PlotDataRole> &roles);
    // The table whose columns are offered; `source` says where it came from ("sample data",
    // a file name). Re-maps automatically.
    void setTable(DataTablePtr table, const QString &source);
    const DataTablePtr &table() const { return m_table; }
    const QList<PlotDataRole> &roles() const { return m_roles; }

    PlotColumnMapping mapping() const;
    // Sets one role's column (-1: none) as the drop-down would; emits mappingChanged().
    void setColumn(const QString &role, qsizetype column);
    void setProblems(const QList<PlotProblem> &problems);
    // Exports need a chart: off while fatal problems prevent drawing.
    void setExportEnabled(bool enabled);
    // The outcome of the last export ("…/chart.png written", or why it failed).
    void setExportStatus(const QString &message, bool ok);
    QLabel *exportStatusLabel() const { return m_exportStatus; }

    QComboBox *comboFor(const QString &role) const { return m_combos.value(role); }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *sourceLabel() const { return m_source; }
    QPushButton *pngButton() const { return m_png; }

    static QString roleText(const PlotDataRole &role);

Q_SIGNALS:
    void mappingChanged();
    void exportRequested(ChartExport::Format format);
    void copyRequested();

private:
    void rebuildRows();
    void autoMap();

    QList<PlotDataRole> m_roles;
    DataTablePtr m_table;
    QFormLayout *m_form;
    QHash<QString, QComboBox *> m_combos;
    QLabel *m_source;
    QLabel *m_problems;
    QPushButton *m_png;
    QPushButton *m_svg;
    QPushButton *m_pdf;
    QPushButton *m_copy;
    QLabel *m_exportStatus;
    bool m_updating = false;
};

