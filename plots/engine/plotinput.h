#pragma once

#include "plotimplementation.h"

#include <QCoreApplication>
#include <QPointF>

#include <functional>

#include <limits>
#include <vector>

// What one build() of a native plot reads: the mapped columns of its roles, checked once
// (mapped, right kind, not all missing), plus the problems found on the way, in words.
class PlotInput
{
    Q_DECLARE_TR_FUNCTIONS(PlotInput)
public:
    PlotInput(const DataTable &table, const PlotColumnMapping &mapping, const QList<PlotDataRole> &roles);

    // Checks every role (PlotMapping::validate: mapped, right type, not empty); false (with fatal
    // problems) when the chart cannot be drawn.
    bool resolve();

    const DataTable &table() const { return m_table; }
    qsizetype rowCount() const { return m_table.rowCount(); }
    bool has(const QString &role) const { return column(role) != nullptr; }
    const DataColumn *column(const QString &role) const; // null when unmapped (optional roles)
    QString columnName(const QString &role) const;       // the mapped column's name, or the role's
    bool isDateTime(const QString &role) const;          // a DateTime column is mapped to it
    // The axis or legend title for a role: the column's name, or a descriptive one for sample data.
    QString label(const QString &role) const;
    void setLabels(QHash<QString, QString> labels) { m_labels = std::move(labels); }

    // A finite number, or NaN for missing, infinite and non-numeric cells.
    double number(const QString &role, qsizetype row) const;
    // The cell as a category label; empty when missing.
    QString text(const QString &role, qsizetype row) const;

    // Rows where every listed numeric role is finite and every listed label role is present;
    // reports how many rows were skipped, and fails when none remain.
    std::vector<qsizetype> usableRows(const QStringList &numericRoles, const QStringList &labelRoles = {});
    // The finite values of one numeric role (sorted if asked), reporting what was dropped.
    std::vector<double> finiteValues(const QString &role, bool sorted);

    // Category labels of a role, in order of first appearance, and each row's index into them.
    struct Categories
    {
        QStringList labels;
        std::vector<int> index; // per table row; -1 when missing
    };
    Categories categories(const QString &role) const;

    // One value per category: duplicate rows summed (and reported), rows without a label or a
    // finite value skipped; beyond maxCategories only the largest are kept (reported).
    struct CategoryTotals
    {
        QStringList labels;
        std::vector<double> values;
    };
    CategoryTotals totalsByCategory(const QString &categoryRole, const QString &valueRole, int maxCategories);
    // Fails (and returns false) when any of the values is negative: parts of a whole.
    bool requireNonNegative(const QString &role, const std::vector<double> &values);

    // (x, y) of the usable rows, in ascending x (noted when the rows were not in that order).
    QList<QPointF> sortedPoints(const QString &xRole, const QString &yRole);
    // The same, split by a group role (absent → one group named after y); at most maxGroups,
    // the rest folded into the last (reported).
    struct PointGroup
    {
        QString name;
        QList<QPointF> points;
    };
    QList<PointGroup> groupedPoints(const QString &xRole, const QString &yRole, const QString &groupRole,
                                    int maxGroups, bool sortByX);

    // A long table pivoted: one value per (category, group), duplicates summed (reported).
    // With numericCategories the categories are the distinct x values in ascending order.
    struct Pivot
    {
        QStringList categories;
        std::vector<double> categoryNumbers; // numericCategories only
        QStringList groups;
        std::vector<std::vector<double>> values; // [group][category]; 0 where a pair is absent
    };
    Pivot pivot(const QString &categoryRole, const QString &groupRole, const QString &valueRole,
                bool numericCategories, int maxCategories, int maxGroups);

    void note(const QString &role, const QString &message) { m_problems.append({role, message, false}); }
    void fail(const QString &role, const QString &message) { m_problems.append({role, message, true}); }
    bool failed() const;
    const QList<PlotProblem> &problems() const { return m_problems; }

private:
    bool explained(const QStringList &roles) const; // a note already tells about these roles' rows
    const DataTable &m_table;
    PlotColumnMapping m_mapping; // without roles whose column cannot feed them
    QList<PlotDataRole> m_roles;
    QList<PlotProblem> m_problems;
    QHash<QString, QString> m_labels;
};

// The QtCharts half of a native build: makes the chart, on the GUI thread, from what the data half
// computed (captured by value) and the input (for labels and notes); null after input.fail(…).
using ChartRecipe = std::function<std::unique_ptr<QChart>(PlotInput &input)>;

// The common frame of every native implementation: fixed identity and roles, sample data built
// once, and a build() that checks the input before the plot draws.
class NativePlot : public PlotImplementation
{
public:
    NativePlot(QString specId, QString title, QList<PlotDataRole> roles)
        : m_specId(std::move(specId)), m_title(std::move(title)), m_roles(std::move(roles)) {}

    QString specId() const override { return m_specId; }
    QString title() const override { return m_title; }
    QList<PlotDataRole> roles() const override { return m_roles; }
    DataTablePtr sampleData() const override;
    PlotBuildResult build(const DataTable &table, const PlotColumnMapping &mapping,
                          const PlotTheme &theme) const final;
    PreparedPlotPtr prepare(DataTablePtr table, const PlotColumnMapping &mapping,
                            const PlotTheme &theme) const final;

    // Sample columns map to roles by name.
    static PlotColumnMapping mappingByName(const DataTable &table, const QList<PlotDataRole> &roles);

protected:
    virtual DataTablePtr makeSampleData() const = 0;
    // Descriptive axis titles for the sample data, by role ("Books lent in March" for `value`).
    virtual QHash<QString, QString> sampleLabels() const { return {}; }
    // Reads the input and computes everything the chart shows, on any thread: no QtCharts object
    // here. Returns the recipe that makes the chart from it, or an empty one after input.fail(…).
    virtual ChartRecipe prepareChart(PlotInput &input, const PlotTheme &theme) const = 0;

private:
    PlotInput makeInput(const DataTable &table, const PlotColumnMapping &mapping) const;
    QString m_specId;
    QString m_title;
    QList<PlotDataRole> m_roles;
    mutable DataTablePtr m_sample;
};

// Helpers for sample tables.
namespace SampleColumns {
DataColumn numbers(const QString &name, std::vector<double> values);
DataColumn labels(const QString &name, const QStringList &values);
DataColumn dates(const QString &name, const QList<QDateTime> &values);
DataTablePtr table(QList<DataColumn> columns);
} // namespace SampleColumns
