#include "datatable.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

DataTable::DataTable(QList<DataColumn> columns)
    : m_columns(std::move(columns))
{
    for (const DataColumn &column : std::as_const(m_columns))
        m_rows = std::max(m_rows, column.rowCount());
    Q_ASSERT(std::all_of(m_columns.cbegin(), m_columns.cend(),
                         [this](const DataColumn &column) { return column.rowCount() == m_rows; }));
}

qsizetype DataTable::columnIndex(QStringView name) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).name() == name)
            return i;
    return -1;
}

QStringList DataTable::columnNames() const
{
    QStringList names;
    names.reserve(m_columns.size());
    for (const DataColumn &column : m_columns)
        names.append(column.name());
    return names;
}

qsizetype DataTable::byteSize() const
{
    qsizetype bytes = 0;
    for (const DataColumn &column : m_columns)
        bytes += column.byteSize();
    return bytes;
}

QStringList DataTable::uniqueNames(const QStringList &names)
{
    QStringList unique;
    unique.reserve(names.size());
    QSet<QString> taken;
    QHash<QString, int> nextSuffix; // per repeated base name: thousands of repeats stay linear
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString trimmed = names.at(i).trimmed();
        const QString base = trimmed.isEmpty() ? u"column_%1"_s.arg(i + 1) : trimmed;
        QString name = base;
        if (taken.contains(name)) {
            int &n = nextSuffix[base];
            n = std::max(n, 2);
            for (name = base + u'_' + QString::number(n); taken.contains(name); name = base + u'_' + QString::number(++n)) {}
            ++n;
        }
        taken.insert(name);
        unique.append(name);
    }
    return unique;
}
