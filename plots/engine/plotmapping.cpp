#include "plotmapping.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("PlotMapping", text, nullptr, n);
}

QString code(const QString &name)
{
    return u'`' + name + u'`';
}

// "Time-Stamp", "time_stamp" and "timestamp" are the same name.
QString nameKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (QChar c : name)
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    return key;
}

// Words that mean the same role in data people load (role key → column keys).
const QHash<QString, QStringList> &synonyms()
{
    static const QHash<QString, QStringList> table{
        {u"x"_s, {u"xvalue"_s, u"xvalues"_s}},
        {u"y"_s, {u"value"_s, u"values"_s, u"yvalue"_s, u"yvalues"_s}},
        {u"value"_s, {u"y"_s, u"values"_s, u"amount"_s, u"count"_s}},
        {u"values"_s, {u"value"_s, u"y"_s}},
        {u"category"_s, {u"categories"_s, u"label"_s, u"labels"_s, u"name"_s, u"group"_s}},
        {u"label"_s, {u"labels"_s, u"category"_s, u"name"_s}},
        {u"group"_s, {u"groups"_s, u"series"_s, u"category"_s}},
        {u"date"_s, {u"time"_s, u"timestamp"_s, u"datetime"_s, u"day"_s}},
        {u"time"_s, {u"date"_s, u"timestamp"_s, u"datetime"_s}},
        {u"timestamp"_s, {u"date"_s, u"time"_s, u"datetime"_s}},
        {u"size"_s, {u"sizes"_s, u"weight"_s}},
        {u"color"_s, {u"colour"_s, u"hue"_s}},
    };
    return table;
}

// What a column holds, in words for a message ("holds text in 12 rows").
QString holdsText(ColumnType type, int rows)
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Float:
        return tr("holds numbers in %n rows", rows);
    case ColumnType::Boolean:
        return tr("holds true/false values in %n rows", rows);
    case ColumnType::DateTime:
        return tr("holds dates in %n rows", rows);
    case ColumnType::Categorical:
    case ColumnType::Text:
        return tr("holds text in %n rows", rows);
    }
    return {};
}

QString needsText(PlotDataRole::Kind kind)
{
    switch (kind) {
    case PlotDataRole::Kind::Numeric:
        return tr("a numeric column");
    case PlotDataRole::Kind::Categorical:
        return tr("a category column (text, whole numbers or true/false)");
    case PlotDataRole::Kind::DateTime:
        return tr("a date/time column");
    case PlotDataRole::Kind::Text:
    case PlotDataRole::Kind::Any:
        return tr("a column");
    }
    return {};
}

} // namespace

namespace PlotMapping {

PlotDataRole::Kind kindForNormalizedType(const QString &normalizedType)
{
    if (normalizedType == u"numeric" || normalizedType == u"integer")
        return PlotDataRole::Kind::Numeric;
    if (normalizedType == u"categorical" || normalizedType == u"boolean")
        return PlotDataRole::Kind::Categorical;
    if (normalizedType == u"datetime")
        return PlotDataRole::Kind::DateTime;
    if (normalizedType == u"text")
        return PlotDataRole::Kind::Text;
    return PlotDataRole::Kind::Any;
}

QString kindKey(PlotDataRole::Kind kind)
{
    switch (kind) {
    case PlotDataRole::Kind::Numeric:
        return u"numeric"_s;
    case PlotDataRole::Kind::Categorical:
        return u"categorical"_s;
    case PlotDataRole::Kind::DateTime:
        return u"datetime"_s;
    case PlotDataRole::Kind::Text:
        return u"text"_s;
    case PlotDataRole::Kind::Any:
        return u"any"_s;
    }
    return {};
}

QString kindDisplayName(PlotDataRole::Kind kind)
{
    switch (kind) {
    case PlotDataRole::Kind::Numeric:
        return tr("number");
    case PlotDataRole::Kind::Categorical:
        return tr("category");
    case PlotDataRole::Kind::DateTime:
        return tr("date/time");
    case PlotDataRole::Kind::Text:
        return tr("text");
    case PlotDataRole::Kind::Any:
        return tr("any");
    }
    return {};
}

QList<PlotDataRole> rolesFromSpec(const QList<SpecDataColumn> &columns)
{
    QList<PlotDataRole> roles;
    QSet<QString> seen;
    for (const SpecDataColumn &column : columns) {
        if (column.name.isEmpty() || seen.contains(column.name))
            continue;
        seen.insert(column.name);
        roles.append({column.name, kindForNormalizedType(column.normalizedType), column.optional, column.meaning});
    }
    return roles;
}

bool accepts(PlotDataRole::Kind kind, ColumnType type)
{
    switch (kind) {
    case PlotDataRole::Kind::Numeric:
        return isNumericType(type);
    case PlotDataRole::Kind::Categorical:
        return isStringType(type) || type == ColumnType::Integer || type == ColumnType::Boolean;
    case PlotDataRole::Kind::DateTime:
        return type == ColumnType::DateTime;
    case PlotDataRole::Kind::Text:
    case PlotDataRole::Kind::Any:
        return true;
    }
    return false;
}

PlotColumnMapping autoMap(const QList<PlotDataRole> &roles, const DataTable &table)
{
    PlotColumnMapping mapping;
    QSet<qsizetype> used;
    QHash<QString, qsizetype> columnByKey;
    for (qsizetype c = 0; c < table.columnCount(); ++c)
        columnByKey.insert(nameKey(table.column(c).name()), c); // later duplicates lose: insert keeps last
    for (qsizetype c = table.columnCount(); c-- > 0;)
        columnByKey.insert(nameKey(table.column(c).name()), c); // …so the first of equal keys wins

    const auto fits = [&](const PlotDataRole &role, qsizetype c) {
        return c >= 0 && !used.contains(c) && accepts(role.kind, table.column(c).type());
    };
    // 1. Exact names (normalised), then synonyms.
    for (const PlotDataRole &role : roles) {
        const QString key = nameKey(role.name);
        qsizetype found = -1;
        if (const auto it = columnByKey.constFind(key); it != columnByKey.cend() && fits(role, *it))
            found = *it;
        if (found < 0) {
            for (const QString &synonym : synonyms().value(key)) {
                if (const auto it = columnByKey.constFind(synonym); it != columnByKey.cend() && fits(role, *it)) {
                    found = *it;
                    break;
                }
            }
        }
        if (found >= 0) {
            mapping.insert(role.name, found);
            used.insert(found);
        }
    }
    // 2. Required roles still open: the first unused column of a fitting type. Text and "any"
    //    roles take anything, so they come last and prefer string columns.
    const auto fillByType = [&](bool looseKinds) {
        for (const PlotDataRole &role : roles) {
            if (role.optional || mapping.contains(role.name))
                continue;
            const bool loose = role.kind == PlotDataRole::Kind::Text || role.kind == PlotDataRole::Kind::Any;
            if (loose != looseKinds)
                continue;
            qsizetype found = -1;
            for (qsizetype c = 0; c < table.columnCount() && found < 0; ++c) {
                if (!fits(role, c))
                    continue;
                // A category role would rather take text than numbers a numeric role may want.
                if (role.kind == PlotDataRole::Kind::Categorical && !isStringType(table.column(c).type()))
                    continue;
                if (loose && role.kind == PlotDataRole::Kind::Text && !isStringType(table.column(c).type()))
                    continue;
                found = c;
            }
            if (found < 0 && role.kind == PlotDataRole::Kind::Categorical) {
                for (qsizetype c = 0; c < table.columnCount() && found < 0; ++c)
                    if (fits(role, c))
                        found = c;
            }
            if (found >= 0) {
                mapping.insert(role.name, found);
                used.insert(found);
            }
        }
    };
    fillByType(false);
    fillByType(true);
    return mapping;
}

QList<PlotProblem> validate(const QList<PlotDataRole> &roles, const DataTable &table, const PlotColumnMapping &mapping)
{
    QList<PlotProblem> problems;
    if (table.columnCount() == 0 || table.rowCount() == 0) {
        problems.append({QString(), tr("The table has no rows to draw."), true});
        return problems;
    }
    for (const PlotDataRole &role : roles) {
        const auto it = mapping.constFind(role.name);
        if (it == mapping.cend() || *it < 0) {
            if (!role.optional)
                problems.append({role.name,
                                 tr("%1 is not mapped: choose %2.").arg(code(role.name), needsText(role.kind)), true});
            continue;
        }
        if (*it >= table.columnCount()) {
            problems.append({role.name, tr("%1 is mapped to column %2, which the table does not have.")
                                            .arg(code(role.name)).arg(*it + 1),
                             true});
            continue;
        }
        const DataColumn &column = table.column(*it);
        const int present = int(column.rowCount() - column.missingCount());
        if (!accepts(role.kind, column.type())) {
            problems.append({role.name, tr("%1 needs %2; %3 %4.")
                                            .arg(code(role.name), needsText(role.kind), code(column.name()),
                                                 holdsText(column.type(), present)),
                             !role.optional});
            continue;
        }
        if (present == 0) {
            problems.append({role.name, tr("%1: column %2 has no values.").arg(code(role.name), code(column.name())),
                             !role.optional});
            continue;
        }
        if (column.missingCount() > 0)
            problems.append({role.name, tr("%1: %2 has no value in %n rows; they are left out.", int(column.missingCount()))
                                            .arg(code(role.name), code(column.name())),
                             false});
        if (column.type() == ColumnType::Float) {
            int infinite = 0, nan = 0;
            const std::vector<double> &values = column.floats();
            for (qsizetype r = 0; r < column.rowCount(); ++r) {
                if (column.isMissing(r))
                    continue;
                const double v = values[size_t(r)];
                if (std::isinf(v))
                    ++infinite;
                else if (std::isnan(v))
                    ++nan;
            }
            if (infinite)
                problems.append({role.name, tr("%1: %2 holds %n infinite values; they are left out.", infinite)
                                                .arg(code(role.name), code(column.name())),
                                 false});
            if (nan)
                problems.append({role.name, tr("%1: %2 holds %n values that are not numbers (NaN); they are left out.", nan)
                                                .arg(code(role.name), code(column.name())),
                                 false});
            if (infinite + nan == present)
                problems.append({role.name, tr("%1: %2 has no finite numbers.").arg(code(role.name), code(column.name())),
                                 !role.optional});
        }
    }
    return problems;
}

bool hasFatal(const QList<PlotProblem> &problems)
{
    for (const PlotProblem &p : problems)
        if (p.fatal)
            return true;
    return false;
}

bool applyOverrides(const QList<PlotDataRole> &roles, const DataTable &table, const QStringList &pairs,
                    PlotColumnMapping *mapping, QString *error)
{
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            *error = tr("%1 is not role=column.").arg(pair);
            return false;
        }
        const QString role = pair.left(eq).trimmed();
        const QString columnName = pair.mid(eq + 1).trimmed();
        const bool known = std::any_of(roles.cbegin(), roles.cend(), [&](const PlotDataRole &r) { return r.name == role; });
        if (!known) {
            QStringList names;
            for (const PlotDataRole &r : roles)
                names.append(r.name);
            *error = tr("There is no role %1; the roles are %2.").arg(code(role), names.join(u", "_s));
            return false;
        }
        if (columnName.isEmpty()) {
            mapping->remove(role);
            continue;
        }
        const qsizetype column = table.columnIndex(columnName);
        if (column < 0) {
            *error = tr("There is no column %1; the columns are %2.")
                         .arg(code(columnName), table.columnNames().join(u", "_s));
            return false;
        }
        mapping->insert(role, column);
    }
    return true;
}

} // namespace PlotMapping

RoleData::RoleData(const QList<PlotDataRole> &roles, const DataTable &table, const PlotColumnMapping &mapping)
    : m_table(table), m_mapping(mapping), m_problems(PlotMapping::validate(roles, table, mapping))
{
    // A role whose column is unusable reads as unmapped, so build() never sees the wrong type.
    for (const PlotDataRole &role : roles) {
        const auto it = m_mapping.constFind(role.name);
        if (it == m_mapping.cend())
            continue;
        if (*it < 0 || *it >= table.columnCount() || !PlotMapping::accepts(role.kind, table.column(*it).type()))
            m_mapping.remove(role.name);
    }
}

void RoleData::addProblem(const QString &role, const QString &message, bool fatal)
{
    m_problems.append({role, message, fatal});
}

const DataColumn *RoleData::column(const QString &role) const
{
    const auto it = m_mapping.constFind(role);
    if (it == m_mapping.cend() || *it < 0 || *it >= m_table.columnCount())
        return nullptr;
    return &m_table.column(*it);
}

QString RoleData::columnName(const QString &role) const
{
    const DataColumn *c = column(role);
    return c ? c->name() : role;
}

std::vector<double> RoleData::numbers(const QString &role) const
{
    const DataColumn *c = column(role);
    if (!c)
        return {};
    std::vector<double> values(static_cast<size_t>(c->rowCount()));
    if (c->type() == ColumnType::Float && c->missingCount() == 0)
        return c->floats();
    for (qsizetype r = 0; r < c->rowCount(); ++r)
        values[size_t(r)] = c->number(r);
    return values;
}

QStringList RoleData::texts(const QString &role) const
{
    const DataColumn *c = column(role);
    QStringList values;
    if (!c)
        return values;
    values.reserve(c->rowCount());
    for (qsizetype r = 0; r < c->rowCount(); ++r)
        values.append(c->text(r));
    return values;
}

QStringList RoleData::categories(const QString &role) const
{
    const DataColumn *c = column(role);
    QStringList values;
    if (!c)
        return values;
    if (isStringType(c->type())) {
        std::vector<char> seenCode(size_t(c->dictionary().size()), 0);
        for (qsizetype r = 0; r < c->rowCount(); ++r) {
            if (c->isMissing(r))
                continue;
            const qint32 k = c->code(r);
            if (k >= 0 && size_t(k) < seenCode.size() && !seenCode[size_t(k)]) {
                seenCode[size_t(k)] = 1;
                values.append(c->dictionary().at(k));
            }
        }
        return values;
    }
    QSet<QString> seen;
    for (qsizetype r = 0; r < c->rowCount(); ++r) {
        if (c->isMissing(r))
            continue;
        const QString text = c->text(r);
        if (!seen.contains(text)) {
            seen.insert(text);
            values.append(text);
        }
    }
    return values;
}

bool RoleData::isDateTime(const QString &role) const
{
    const DataColumn *c = column(role);
    return c && c->type() == ColumnType::DateTime;
}
