""" anyplot.ai
area-basic: Basic Area Chart
Library: matplotlib 3.6.3 | Python 3.11
Quality: 92/100 | Created: 2026-11-21
"""

import os

import matplotlib.pyplot as plt
import numpy as np


# Theme tokens
THEME = os.getenv("ANYPLOT_THEME", "light")
PAGE_BG = "#FAF8F1" if THEME == "light" else "#1A1A17"
INK = "#1A1A17" if THEME == "light" else "#F0EFE8"
INK_MUTED = "#5C5B55" if THEME == "light" else "#B8B7B0"
OKABE_ITO = ["#009E73", "#D55E00", "#0072B2", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442"]

plt.rcParams.update(
    {
        "figure.facecolor": PAGE_BG,
        "axes.facecolor": PAGE_BG,
        "savefig.facecolor": PAGE_BG,
        "text.color": INK,
        "axes.labelcolor": INK,
        "axes.edgecolor": INK_MUTED,
        "xtick.color": INK_MUTED,
        "ytick.color": INK_MUTED,
        "xtick.labelsize": 16,
        "ytick.labelsize": 16,
    }
)

# Data: output of a 9 kW rooftop solar array on a partly cloudy June day, 15-minute readings
np.random.seed(17)
hour = np.arange(0, 24.01, 0.25)
clear_sky = 7.6 * np.clip(np.sin(np.pi * (hour - 5.0) / 16.0), 0, None) ** 1.6
clouds = 1 - 0.45 * np.exp(-(((hour - 14.2) / 0.9) ** 2)) - 0.25 * np.exp(-(((hour - 10.5) / 0.5) ** 2))
power = np.clip(clear_sky * clouds + np.random.normal(0, 0.12, hour.size) * (clear_sky > 0), 0, None)
energy = np.sum(power) * 0.25  # kWh over the day

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
ax.fill_between(hour, power, color=OKABE_ITO[0], alpha=0.35, linewidth=0, zorder=2)
ax.plot(hour, power, color=OKABE_ITO[0], linewidth=3, zorder=3)
ax.text(
    0.02,
    0.95,
    f"Energy produced: {energy:.1f} kWh",
    transform=ax.transAxes,
    fontsize=18,
    color=INK_MUTED,
    va="top",
)
ax.annotate(
    "Passing cloud bank",
    xy=(14.2, power[hour == 14.25][0]),
    xytext=(16.6, 7.0),
    fontsize=16,
    color=INK,
    arrowprops={"arrowstyle": "->", "color": INK_MUTED, "linewidth": 1.5},
)

# Style
ax.set_title("area-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("Hour of Day", fontsize=20)
ax.set_ylabel("Power Output (kW)", fontsize=20)
ax.set_xlim(0, 24)
ax.margins(x=0)
ax.set_ylim(0, 9)
ax.set_xticks(np.arange(0, 25, 3))
ax.set_xticklabels([f"{h:02d}:00" for h in range(0, 25, 3)])
ax.spines[["top", "right"]].set_visible(False)
ax.grid(True, axis="y", color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0)

plt.savefig(f"plot-{THEME}.png", dpi=300)
