""" anyplot.ai
errorbar-basic: Basic Error Bar Plot
Library: matplotlib 3.6.3 | Python 3.11
Quality: 89/100 | Created: 2026-11-21
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
        "xtick.labelsize": 18,
        "ytick.labelsize": 16,
    }
)

# Data: tomato seedling height after four weeks under six soil treatments (24 plants each)
np.random.seed(31)
treatments = ["Control", "Compost", "Manure", "Mineral N", "Biochar", "Compost + N"]
true_means = [18.2, 22.6, 24.1, 26.8, 20.3, 29.5]
true_sds = [2.6, 3.1, 3.8, 3.0, 2.4, 3.4]
samples = [np.random.normal(m, s, 24) for m, s in zip(true_means, true_sds)]
mean = np.array([s.mean() for s in samples])
sd = np.array([s.std(ddof=1) for s in samples])
control = mean[0]

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
x = np.arange(len(treatments))
ax.axhline(control, color=INK_MUTED, linewidth=1.5, linestyle="--", zorder=1)
ax.text(4.55, control + 0.2, "control mean", ha="left", va="bottom", fontsize=15, color=INK_MUTED)
ax.errorbar(
    x,
    mean,
    yerr=sd,
    fmt="o",
    markersize=14,
    color=OKABE_ITO[0],
    ecolor=OKABE_ITO[0],
    elinewidth=3,
    capsize=12,
    capthick=3,
    markeredgecolor=PAGE_BG,
    markeredgewidth=2,
    zorder=3,
)
for xi, m, s in zip(x, mean, sd):
    ax.annotate(f"{m:.1f}", xy=(xi, m + s), xytext=(0, 10), textcoords="offset points", ha="center", fontsize=15)

# Style
ax.set_title("errorbar-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("Soil Treatment", fontsize=20)
ax.set_ylabel("Seedling Height, mean ± 1 SD (cm)", fontsize=20)
ax.set_xticks(x)
ax.set_xticklabels(treatments)
ax.set_xlim(-0.5, len(treatments) - 0.5)
ax.set_ylim(10, 36)
ax.spines[["top", "right"]].set_visible(False)
ax.grid(True, axis="y", color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0)

plt.savefig(f"plot-{THEME}.png", dpi=300)
