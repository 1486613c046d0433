#pragma once

#include "plotimplementation.h"

#include <QStringList>

#include <memory>
#include <vector>

// Every native implementation compiled in, by spec id. The list is generated at build time from
// the plots/<spec-id>/implementations/cpp/qtcharts.cpp files, so adding one is adding a file.
class PlotRegistry
{
public:
    static const PlotRegistry &instance();

    const PlotImplementation *find(const QString &specId) const; // nullptr when there is none
    QStringList specIds() const;                                  // sorted
    const std::vector<std::unique_ptr<PlotImplementation>> &all() const { return m_implementations; }

private:
    PlotRegistry();
    std::vector<std::unique_ptr<PlotImplementation>> m_implementations;
};
