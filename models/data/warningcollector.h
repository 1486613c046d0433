#pragma once

#include "dataimport.h"

#include <QCoreApplication>

// Collects an import's warnings, at most `limit` of them: a hostile file with a million bad cells
// yields a readable list and a count of the rest, not a million entries.
class WarningCollector
{
    Q_DECLARE_TR_FUNCTIONS(WarningCollector)
public:
    explicit WarningCollector(QList<ImportWarning> *target, qsizetype limit = 1000)
        : m_target(target), m_limit(limit) {}

    void add(qint64 line, const QString &cell, const QString &message)
    {
        if (m_target->size() < m_limit)
            m_target->append({line, cell, message});
        else
            ++m_dropped;
    }
    void addCell(const QString &cell, const QString &message) { add(0, cell, message); }
    void addLine(qint64 line, const QString &message) { add(line, {}, message); }

    // Appends the count of warnings that were not listed; call once at the end.
    void finish()
    {
        if (m_dropped > 0)
            m_target->append({0, {}, tr("%n more warning(s) not listed", nullptr, int(qMin<qint64>(m_dropped, INT_MAX)))});
        m_dropped = 0;
    }

private:
    QList<ImportWarning> *m_target;
    qsizetype m_limit;
    qint64 m_dropped = 0;
};
