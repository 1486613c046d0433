#pragma once

#include "datatable.h"

#include <cstdint>

// Sample tables that twin native plots share: the same data drawn two ways (stacked and percent
// stacked), so the pair can be compared at a glance. Column names match the plots' roles.
namespace SharedSamples {

// Monthly streamed hours (millions) by device, 2024–2025, noise drawn from `seed`:
// columns x (datetime), series, value.
DataTablePtr streamedHoursByDevice(std::uint64_t seed);

// Household electricity use (kWh) per quarter of 2025, by end use: columns category, component, value.
DataTablePtr electricityByEndUse();

} // namespace SharedSamples
