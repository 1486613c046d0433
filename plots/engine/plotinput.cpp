#include "plotinput.h"

#include "chartstyle.h"
#include "plotmapping.h"

#include <QChart>
#include <QLegend>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>

using namespace Qt::StringLiterals;

PlotInput::PlotInput(const DataTable &table, const PlotColumnMapping &mapping, const QList<PlotDataRole> &roles)
    : m_table(table), m_mapping(mapping), m_roles(roles)
{
}

bool PlotInput::resolve()
{
    // The same rules and words as the mapping panel: one place decides what fits a role.
    m_problems.append(PlotMapping::validate(m_roles, m_table, m_mapping));
    // A role whose column cannot feed it reads as unmapped, so no plot sees the wrong type.
    for (const PlotDataRole &role : std::as_const(m_roles)) {
        const auto it = m_mapping.constFind(role.name);
        if (it != m_mapping.cend()
            && (*it < 0 || *it >= m_table.columnCount() || !PlotMapping::accepts(role.kind, m_table.column(*it).type())))
            m_mapping.remove(role.name);
    }
    return !failed();
}

bool PlotInput::failed() const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(), [](const PlotProblem &p) { return p.fatal; });
}

const DataColumn *PlotInput::column(const QString &role) const
{
    const auto it = m_mapping.constFind(role);
    if (it == m_mapping.cend() || it.value() < 0 || it.value() >= m_table.columnCount())
        return nullptr;
    return &m_table.column(it.value());
}

QString PlotInput::columnName(const QString &role) const
{
    const DataColumn *col = column(role);
    return col ? col->name() : role;
}

bool PlotInput::isDateTime(const QString &role) const
{
    const DataColumn *col = column(role);
    return col && col->type() == ColumnType::DateTime;
}

QString PlotInput::label(const QString &role) const
{
    const auto it = m_labels.constFind(role);
    return it != m_labels.cend() ? it.value() : columnName(role);
}

double PlotInput::number(const QString &role, qsizetype row) const
{
    const DataColumn *col = column(role);
    if (!col || isStringType(col->type()))
        return std::nan("");
    const double v = col->number(row);
    return std::isfinite(v) ? v : std::nan("");
}

QString PlotInput::text(const QString &role, qsizetype row) const
{
    const DataColumn *col = column(role);
    if (!col || col->isMissing(row))
        return {};
    if (col->type() == ColumnType::Float)
        return QString::number(col->number(row), 'g', 10);
    return col->text(row);
}

std::vector<qsizetype> PlotInput::usableRows(const QStringList &numericRoles, const QStringList &labelRoles)
{
    std::vector<const DataColumn *> numeric;
    std::vector<const DataColumn *> labels;
    for (const QString &role : numericRoles)
        if (const DataColumn *col = column(role))
            numeric.push_back(col);
    for (const QString &role : labelRoles)
        if (const DataColumn *col = column(role))
            labels.push_back(col);
    std::vector<qsizetype> rows;
    rows.reserve(size_t(rowCount()));
    for (qsizetype r = 0; r < rowCount(); ++r) {
        bool ok = true;
        for (const DataColumn *col : numeric)
            ok = ok && !isStringType(col->type()) && std::isfinite(col->number(r));
        for (const DataColumn *col : labels)
            ok = ok && !col->isMissing(r);
        if (ok)
            rows.push_back(r);
    }
    const qsizetype skipped = rowCount() - qsizetype(rows.size());
    QStringList names;
    for (const QString &role : numericRoles + labelRoles)
        if (has(role))
            names.append(u'`' + columnName(role) + u'`');
    if (rows.empty())
        fail({}, tr("No row has usable values in %1 (missing, NaN or infinite everywhere).").arg(names.join(u", "_s)));
    else if (skipped > 0 && !explained(numericRoles + labelRoles))
        note({}, tr("Skipped %n of %1 row(s) with missing, NaN or infinite values in %2.", nullptr, int(skipped))
                     .arg(rowCount()).arg(names.join(u", "_s)));
    return rows;
}

bool PlotInput::explained(const QStringList &roles) const
{
    return std::any_of(m_problems.cbegin(), m_problems.cend(),
                       [&](const PlotProblem &p) { return !p.fatal && roles.contains(p.role); });
}

std::vector<double> PlotInput::finiteValues(const QString &role, bool sorted)
{
    std::vector<double> values;
    const std::vector<qsizetype> rows = usableRows({role});
    values.reserve(rows.size());
    for (qsizetype r : rows)
        values.push_back(number(role, r));
    if (sorted)
        std::sort(values.begin(), values.end());
    return values;
}

PlotInput::Categories PlotInput::categories(const QString &role) const
{
    Categories result;
    const DataColumn *col = column(role);
    result.index.assign(size_t(rowCount()), -1);
    if (!col)
        return result;
    if (isStringType(col->type())) {
        // Dictionary codes → first-appearance order, without building a string per row.
        std::vector<int> byCode(size_t(col->dictionary().size()), -1);
        for (qsizetype r = 0; r < rowCount(); ++r) {
            if (col->isMissing(r))
                continue;
            const auto code = size_t(col->code(r));
            if (code >= byCode.size())
                continue;
            if (byCode[code] < 0) {
                byCode[code] = int(result.labels.size());
                result.labels.append(col->dictionary().at(qsizetype(code)));
            }
            result.index[size_t(r)] = byCode[code];
        }
        return result;
    }
    QHash<QString, int> indexOf;
    for (qsizetype r = 0; r < rowCount(); ++r) {
        const QString label = text(role, r);
        if (label.isEmpty())
            continue;
        auto it = indexOf.find(label);
        if (it == indexOf.end()) {
            it = indexOf.insert(label, int(result.labels.size()));
            result.labels.append(label);
        }
        result.index[size_t(r)] = it.value();
    }
    return result;
}

PlotInput::CategoryTotals PlotInput::totalsByCategory(const QString &categoryRole, const QString &valueRole,
                                                      int maxCategories)
{
    CategoryTotals totals;
    const std::vector<qsizetype> rows = usableRows({valueRole}, {categoryRole});
    if (rows.empty())
        return totals;
    const Categories cats = categories(categoryRole);
    std::vector<double> sums(size_t(cats.labels.size()), 0.0);
    std::vector<int> counts(size_t(cats.labels.size()), 0);
    for (qsizetype r : rows) {
        const int c = cats.index[size_t(r)];
        if (c < 0)
            continue;
        sums[size_t(c)] += number(valueRole, r);
        ++counts[size_t(c)];
    }
    std::vector<int> order;
    int duplicated = 0;
    for (int c = 0; c < int(cats.labels.size()); ++c) {
        if (counts[size_t(c)] == 0)
            continue;
        order.push_back(c);
        duplicated += counts[size_t(c)] > 1;
    }
    if (duplicated > 0)
        note(categoryRole, tr("%n categories appear in several rows; their values are summed.", nullptr, duplicated));
    if (maxCategories > 0 && int(order.size()) > maxCategories) {
        note(categoryRole, tr("`%1` has %2 categories; the %3 largest are shown.")
                               .arg(columnName(categoryRole)).arg(order.size()).arg(maxCategories));
        std::vector<int> bySize = order;
        std::stable_sort(bySize.begin(), bySize.end(),
                         [&](int a, int b) { return std::abs(sums[size_t(a)]) > std::abs(sums[size_t(b)]); });
        bySize.resize(size_t(maxCategories));
        std::sort(bySize.begin(), bySize.end()); // back to first-appearance order
        order = bySize;
    }
    for (int c : order) {
        totals.labels.append(cats.labels.at(c));
        totals.values.push_back(sums[size_t(c)]);
    }
    return totals;
}

QList<QPointF> PlotInput::sortedPoints(const QString &xRole, const QString &yRole)
{
    const QList<PointGroup> groups = groupedPoints(xRole, yRole, {}, 1, true);
    return groups.isEmpty() ? QList<QPointF>() : groups.constFirst().points;
}

QList<PlotInput::PointGroup> PlotInput::groupedPoints(const QString &xRole, const QString &yRole,
                                                      const QString &groupRole, int maxGroups, bool sortByX)
{
    QList<PointGroup> result;
    const std::vector<qsizetype> rows = usableRows({xRole, yRole});
    if (rows.empty())
        return result;
    const bool grouped = !groupRole.isEmpty() && has(groupRole);
    const Categories cats = grouped ? categories(groupRole) : Categories{};
    maxGroups = std::max(1, maxGroups);
    if (grouped) {
        const qsizetype count = std::min<qsizetype>(cats.labels.size(), maxGroups);
        for (qsizetype g = 0; g < count; ++g)
            result.append({cats.labels.at(g), {}});
        if (cats.labels.size() > maxGroups) {
            result.last().name = tr("other");
            note(groupRole, tr("`%1` has %2 groups; the first %3 are drawn apart, the rest together as \"other\".")
                                .arg(columnName(groupRole)).arg(cats.labels.size()).arg(maxGroups - 1));
        }
        if (result.isEmpty())
            result.append({label(yRole), {}});
    } else {
        result.append({label(yRole), {}});
    }
    for (qsizetype r : rows) {
        const int g = grouped ? std::clamp(cats.index[size_t(r)], 0, int(result.size()) - 1) : 0;
        result[g].points.append(QPointF(number(xRole, r), number(yRole, r)));
    }
    if (sortByX) {
        bool wasSorted = true;
        const auto byX = [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); };
        for (PointGroup &group : result) {
            if (!std::is_sorted(group.points.cbegin(), group.points.cend(), byX)) {
                wasSorted = false;
                std::stable_sort(group.points.begin(), group.points.end(), byX);
            }
        }
        if (!wasSorted)
            note(xRole, tr("`%1` was not in ascending order; the points are joined in order of `%1`.").arg(columnName(xRole)));
    }
    result.removeIf([](const PointGroup &g) { return g.points.isEmpty(); });
    return result;
}

PlotInput::Pivot PlotInput::pivot(const QString &categoryRole, const QString &groupRole, const QString &valueRole,
                                  bool numericCategories, int maxCategories, int maxGroups)
{
    Pivot p;
    const std::vector<qsizetype> rows = numericCategories ? usableRows({categoryRole, valueRole}, {groupRole})
                                                          : usableRows({valueRole}, {categoryRole, groupRole});
    if (rows.empty())
        return p;
    // Category index per row: distinct numbers ascending, or labels in order of appearance.
    std::vector<int> catOf(static_cast<size_t>(rowCount()), -1);
    if (numericCategories) {
        std::vector<double> xs;
        xs.reserve(rows.size());
        for (qsizetype r : rows)
            xs.push_back(number(categoryRole, r));
        std::sort(xs.begin(), xs.end());
        xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
        p.categoryNumbers = xs;
        for (qsizetype r : rows)
            catOf[size_t(r)] = int(std::lower_bound(xs.begin(), xs.end(), number(categoryRole, r)) - xs.begin());
        for (double x : xs)
            p.categories.append(QString::number(x, 'g', 10));
    } else {
        const Categories cats = categories(categoryRole);
        p.categories = cats.labels;
        catOf = cats.index;
    }
    if (maxCategories > 0 && p.categories.size() > maxCategories) {
        note(categoryRole, tr("`%1` has %2 distinct values; the first %3 are shown.")
                               .arg(columnName(categoryRole)).arg(p.categories.size()).arg(maxCategories));
        p.categories.resize(maxCategories);
        if (!p.categoryNumbers.empty())
            p.categoryNumbers.resize(size_t(maxCategories));
    }
    const Categories groups = categories(groupRole);
    const int groupCount = int(std::min<qsizetype>(groups.labels.size(), std::max(1, maxGroups)));
    p.groups = groups.labels.mid(0, groupCount);
    if (groups.labels.size() > groupCount) {
        p.groups.last() = tr("other");
        note(groupRole, tr("`%1` has %2 groups; the first %3 are drawn apart, the rest together as \"other\".")
                            .arg(columnName(groupRole)).arg(groups.labels.size()).arg(groupCount - 1));
    }
    p.values.assign(size_t(groupCount), std::vector<double>(size_t(p.categories.size()), 0.0));
    std::vector<std::vector<int>> seen(size_t(groupCount), std::vector<int>(size_t(p.categories.size()), 0));
    bool duplicates = false;
    for (qsizetype r : rows) {
        const int c = catOf[size_t(r)];
        const int g = std::min(groups.index[size_t(r)], groupCount - 1);
        if (c < 0 || c >= p.categories.size() || g < 0)
            continue;
        p.values[size_t(g)][size_t(c)] += number(valueRole, r);
        duplicates = duplicates || (++seen[size_t(g)][size_t(c)] > 1 && groups.labels.size() <= groupCount);
    }
    if (duplicates)
        note(groupRole, tr("Some pairs of `%1` and `%2` appear in several rows; their values are summed.")
                            .arg(columnName(categoryRole), columnName(groupRole)));
    return p;
}

bool PlotInput::requireNonNegative(const QString &role, const std::vector<double> &values)
{
    const auto negatives = std::count_if(values.begin(), values.end(), [](double v) { return v < 0; });
    if (negatives > 0) {
        fail(role, tr("`%1` holds %n negative value(s); the parts of a whole must be zero or more.", nullptr,
                      int(negatives)).arg(columnName(role)));
        return false;
    }
    if (std::all_of(values.begin(), values.end(), [](double v) { return v == 0; })) {
        fail(role, tr("`%1` sums to zero; there is no whole to divide.").arg(columnName(role)));
        return false;
    }
    return true;
}

DataTablePtr NativePlot::sampleData() const
{
    if (!m_sample)
        m_sample = makeSampleData();
    return m_sample;
}

PlotColumnMapping NativePlot::mappingByName(const DataTable &table, const QList<PlotDataRole> &roles)
{
    PlotColumnMapping mapping;
    for (const PlotDataRole &role : roles) {
        const qsizetype index = table.columnIndex(role.name);
        if (index >= 0)
            mapping.insert(role.name, index);
    }
    return mapping;
}

namespace {
// A prepared native build: the input as resolved, and the recipe of its chart.
class NativePreparedPlot final : public PreparedPlot
{
public:
    NativePreparedPlot(DataTablePtr table, PlotInput input, ChartRecipe recipe)
        : m_table(std::move(table)), m_input(std::move(input)), m_recipe(std::move(recipe))
    {
    }
    PlotBuildResult build(bool pointsOnAWorker) const override
    {
        // Copies: each chart starts from the prepared state, whatever an earlier one noted.
        PlotInput input = m_input;
        ChartRecipe recipe = m_recipe;
        PlotBuildResult result;
        if (recipe && !input.failed()) {
            std::unique_ptr<QChart> chart = recipe(input);
            if (!input.failed() && chart) {
                ChartStyle::attachPendingPoints(chart.get(), pointsOnAWorker);
                ChartStyle::fixLegendMarkers(chart.get());
                result.chart = std::move(chart);
            }
        }
        result.problems = input.problems();
        return result;
    }

private:
    DataTablePtr m_table; // what m_input refers to
    PlotInput m_input;
    ChartRecipe m_recipe;
};

// The default two halves of an implementation that does not split its build: all of it later.
class UnsplitPreparedPlot final : public PreparedPlot
{
public:
    UnsplitPreparedPlot(const PlotImplementation *plot, DataTablePtr table, PlotColumnMapping mapping, PlotTheme theme)
        : m_plot(plot), m_table(std::move(table)), m_mapping(std::move(mapping)), m_theme(std::move(theme))
    {
    }
    PlotBuildResult build(bool) const override { return m_plot->build(*m_table, m_mapping, m_theme); }

private:
    const PlotImplementation *m_plot;
    DataTablePtr m_table;
    PlotColumnMapping m_mapping;
    PlotTheme m_theme;
};
} // namespace

PreparedPlotPtr PlotImplementation::prepare(DataTablePtr table, const PlotColumnMapping &mapping,
                                            const PlotTheme &theme) const
{
    return std::make_shared<UnsplitPreparedPlot>(this, std::move(table), mapping, theme);
}

PlotInput NativePlot::makeInput(const DataTable &table, const PlotColumnMapping &mapping) const
{
    PlotInput input(table, mapping, m_roles);
    if (m_sample && &table == m_sample.get() && mapping == mappingByName(table, m_roles))
        input.setLabels(sampleLabels());
    return input;
}

namespace {
std::atomic<QThread *> lastPrepare{nullptr};
} // namespace

QThread *PlotImplementation::lastPrepareThread()
{
    return lastPrepare.load();
}

PreparedPlotPtr NativePlot::prepare(DataTablePtr table, const PlotColumnMapping &mapping, const PlotTheme &theme) const
{
    lastPrepare.store(QThread::currentThread());
    PlotInput in = makeInput(*table, mapping);
    ChartRecipe recipe;
    if (in.resolve())
        recipe = prepareChart(in, theme);
    return std::make_shared<NativePreparedPlot>(std::move(table), std::move(in), std::move(recipe));
}

PlotBuildResult NativePlot::build(const DataTable &table, const PlotColumnMapping &mapping,
                                  const PlotTheme &theme) const
{
    // Both halves here, on the calling thread (CLI, export, tests); the table outlives the call.
    const DataTablePtr borrowed(std::shared_ptr<const DataTable>(), &table);
    return prepare(borrowed, mapping, theme)->build();
}

namespace SampleColumns {
DataColumn numbers(const QString &name, std::vector<double> values)
{
    return DataColumnBuilder::fromFloats(name, std::move(values));
}

DataColumn labels(const QString &name, const QStringList &values)
{
    return DataColumnBuilder::fromTexts(name, ColumnType::Categorical, values);
}

DataColumn dates(const QString &name, const QList<QDateTime> &values)
{
    std::vector<qint64> ms;
    ms.reserve(size_t(values.size()));
    for (const QDateTime &d : values)
        ms.push_back(d.toMSecsSinceEpoch());
    return DataColumnBuilder::fromIntegers(name, ColumnType::DateTime, std::move(ms));
}

DataTablePtr table(QList<DataColumn> columns)
{
    return std::make_shared<const DataTable>(std::move(columns));
}
} // namespace SampleColumns
