""" anyplot.ai
density-basic: Basic Density Plot
Library: matplotlib 3.6.3 | Python 3.11
Quality: 90/100 | Created: 2026-11-21
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

# Data: visual reaction times of 420 participants in an online experiment (milliseconds)
np.random.seed(8)
reaction = np.concatenate(
    [
        np.random.lognormal(mean=np.log(265), sigma=0.16, size=340),  # attentive responses
        np.random.normal(430, 55, size=80),  # distracted responses form a second, smaller mode
    ]
)

# Gaussian kernel density estimate with Silverman's rule-of-thumb bandwidth
n = reaction.size
iqr = np.subtract(*np.percentile(reaction, [75, 25]))
bandwidth = 0.9 * min(reaction.std(ddof=1), iqr / 1.34) * n ** (-1 / 5)
grid = np.linspace(120, 640, 600)
density = np.exp(-0.5 * ((grid[:, None] - reaction[None, :]) / bandwidth) ** 2).sum(axis=1)
density /= n * bandwidth * np.sqrt(2 * np.pi)
density_per_second = density * 1000  # probability per second keeps the tick labels readable

mode = grid[np.argmax(density)]

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
ax.fill_between(grid, density_per_second, color=OKABE_ITO[0], alpha=0.30, linewidth=0, zorder=2)
ax.plot(grid, density_per_second, color=OKABE_ITO[0], linewidth=3.5, zorder=3)
ax.plot(
    reaction,
    np.full(n, -0.12),
    linestyle="none",
    marker="|",
    markersize=18,
    markeredgewidth=1.5,
    color=OKABE_ITO[0],
    alpha=0.45,
    zorder=3,
)
ax.annotate(
    f"Most common: {mode:.0f} ms",
    xy=(mode, density_per_second.max()),
    xytext=(40, -6),
    textcoords="offset points",
    fontsize=16,
    color=INK,
    va="center",
)
ax.text(
    0.98,
    0.95,
    f"n = {n}    Gaussian kernel, bandwidth {bandwidth:.0f} ms",
    transform=ax.transAxes,
    ha="right",
    va="top",
    fontsize=16,
    color=INK_MUTED,
)

# Style
ax.set_title("density-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("Reaction Time (ms)", fontsize=20)
ax.set_ylabel("Density (per second)", fontsize=20)
ax.set_xlim(grid[0], grid[-1])
ax.set_ylim(-0.25, density_per_second.max() * 1.12)
ax.spines[["top", "right"]].set_visible(False)
ax.grid(True, axis="y", color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0)

plt.savefig(f"plot-{THEME}.png", dpi=300)
