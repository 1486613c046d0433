#include "plotregistry.h"

#include <algorithm>

// Generated: declares every makePlotImplementation_…() and lists them in plotFactories().
#include "plotregistry_generated.inc"

const PlotRegistry &PlotRegistry::instance()
{
    static const PlotRegistry registry;
    return registry;
}

PlotRegistry::PlotRegistry()
{
    for (auto factory : plotFactories())
        m_implementations.push_back(factory());
    std::sort(m_implementations.begin(), m_implementations.end(),
              [](const auto &a, const auto &b) { return a->specId() < b->specId(); });
}

const PlotImplementation *PlotRegistry::find(const QString &specId) const
{
    const auto it = std::lower_bound(m_implementations.cbegin(), m_implementations.cend(), specId,
                                     [](const auto &impl, const QString &id) { return impl->specId() < id; });
    return it != m_implementations.cend() && (*it)->specId() == specId ? it->get() : nullptr;
}

QStringList PlotRegistry::specIds() const
{
    QStringList ids;
    for (const auto &impl : m_implementations)
        ids.append(impl->specId());
    return ids;
}
