""" anyplot.ai
histogram-basic: Basic Histogram
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

# Data: one-way commute times reported by 650 office workers (right-skewed)
np.random.seed(21)
commute = np.random.gamma(shape=4.0, scale=7.5, size=650) + 3  # minutes
median = np.median(commute)

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
counts, _, _ = ax.hist(
    commute, bins=np.arange(0, 110, 4), color=OKABE_ITO[0], edgecolor=PAGE_BG, linewidth=1.5, zorder=3
)
ax.axvline(median, color=OKABE_ITO[1], linewidth=3, linestyle="--", zorder=4)
ax.annotate(
    f"Median {median:.0f} min",
    xy=(median, 1),
    xycoords=("data", "axes fraction"),
    xytext=(12, -10),
    textcoords="offset points",
    va="top",
    fontsize=18,
    color=OKABE_ITO[1],
    fontweight="bold",
)

# Style
ax.set_title("histogram-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("One-Way Commute Time (minutes)", fontsize=20)
ax.set_ylabel("Number of Workers", fontsize=20)
ax.set_xlim(0, 108)
ax.set_ylim(0, counts.max() * 1.15)
ax.spines[["top", "right"]].set_visible(False)
ax.grid(True, axis="y", color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0)

plt.savefig(f"plot-{THEME}.png", dpi=300)
