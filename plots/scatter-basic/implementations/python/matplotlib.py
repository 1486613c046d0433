""" anyplot.ai
scatter-basic: Basic Scatter Plot
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

# Data: trunk diameter vs height of 160 surveyed beech trees
np.random.seed(7)
diameter = np.random.uniform(12, 85, 160)  # cm at breast height
height = 6.5 + 0.32 * diameter + np.random.normal(0, 1, 160) * (1.5 + 0.08 * diameter)  # m, spread grows with size

slope, intercept = np.polyfit(diameter, height, 1)
r = np.corrcoef(diameter, height)[0, 1]

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
ax.scatter(diameter, height, s=130, color=OKABE_ITO[0], alpha=0.75, edgecolors=PAGE_BG, linewidths=1.0, zorder=3)

line_x = np.array([diameter.min(), diameter.max()])
ax.plot(line_x, intercept + slope * line_x, color=INK_MUTED, linewidth=2, linestyle="--", zorder=2)
ax.text(
    0.02,
    0.95,
    f"Least-squares fit: height = {intercept:.1f} + {slope:.2f} · diameter    (r = {r:.2f}, n = {diameter.size})",
    transform=ax.transAxes,
    fontsize=16,
    color=INK_MUTED,
    va="top",
)

# Style
ax.set_title("scatter-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("Trunk Diameter at Breast Height (cm)", fontsize=20)
ax.set_ylabel("Tree Height (m)", fontsize=20)
ax.spines[["top", "right"]].set_visible(False)
ax.grid(True, color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0)

plt.savefig(f"plot-{THEME}.png", dpi=300)
