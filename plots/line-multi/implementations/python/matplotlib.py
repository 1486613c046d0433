""" anyplot.ai
line-multi: Multi-Line Comparison Plot
Library: matplotlib 3.6.3 | Python 3.11
Quality: 93/100 | Created: 2026-11-21
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

# Data: share of electricity from renewable sources in four fictional regions, 2000-2024
np.random.seed(42)
years = np.arange(2000, 2025)
t = years - 2000
regions = {
    "Nordland": 38 + 42 / (1 + np.exp(-(t - 12) / 3.5)),
    "Westmark": 6 + 48 / (1 + np.exp(-(t - 15) / 3.0)),
    "Eastvale": 12 + 0.55 * t + 0.018 * t**2,
    "Southport": 4 + 0.35 * t + 0.04 * t**2,
}

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
markers = ["o", "s", "^", "D"]
latest = {}
for (region, trend), color, marker in zip(regions.items(), OKABE_ITO, markers):
    share = np.clip(trend + np.random.normal(0, 1.1, years.size), 0, 100)
    ax.plot(years, share, color=color, linewidth=3, marker=marker, markersize=8, label=region, zorder=3)
    latest[region] = (share[-1], color)

# End-of-line value labels, nudged apart where two series finish close together
label_y = -np.inf
for region, (value, color) in sorted(latest.items(), key=lambda item: item[1][0]):
    label_y = max(value, label_y + 4.5)
    ax.annotate(
        f"{value:.0f}%",
        xy=(years[-1], value),
        xytext=(years[-1] + 0.35, label_y),
        va="center",
        fontsize=16,
        color=color,
        fontweight="bold",
    )

# Style
ax.set_title("line-multi · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("Year", fontsize=20)
ax.set_ylabel("Renewable Share of Electricity (%)", fontsize=20)
ax.set_xlim(1999.5, 2026)
ax.set_ylim(0, 100)
ax.set_xticks(np.arange(2000, 2025, 4))
ax.legend(title="Region", loc="upper left", frameon=False, fontsize=16, title_fontsize=18)
ax.spines[["top", "right"]].set_visible(False)
ax.grid(True, axis="y", color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0)

plt.savefig(f"plot-{THEME}.png", dpi=300)
