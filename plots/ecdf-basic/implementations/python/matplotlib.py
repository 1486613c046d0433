""" anyplot.ai
ecdf-basic: Basic ECDF Plot
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

# Data: delivery times of 240 parcels sent by a regional courier (hours from pick-up)
np.random.seed(14)
delivery = np.random.weibull(1.8, 240) * 30 + 4

# Empirical cumulative distribution: sorted values against the fraction at or below each
values = np.sort(delivery)
fraction = np.arange(1, values.size + 1) / values.size
median = np.median(delivery)
within_48 = np.mean(delivery <= 48)

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
ax.step(
    np.concatenate([[0], values]),
    np.concatenate([[0], fraction]),
    where="post",
    color=OKABE_ITO[0],
    linewidth=3.5,
    zorder=3,
)

ax.plot([0, median, median], [0.5, 0.5, 0], color=INK_MUTED, linewidth=1.8, linestyle="--", zorder=2)
ax.annotate(
    f"Median {median:.0f} h",
    xy=(median, 0.5),
    xytext=(14, -24),
    textcoords="offset points",
    fontsize=16,
    color=INK,
)
ax.axvline(48, color=OKABE_ITO[1], linewidth=2.5, linestyle=":", zorder=2)
ax.annotate(
    f"{within_48:.0%} delivered within 48 h",
    xy=(48, within_48),
    xytext=(16, -60),
    textcoords="offset points",
    fontsize=16,
    color=OKABE_ITO[1],
    fontweight="bold",
)

# Style
ax.set_title("ecdf-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("Delivery Time (hours)", fontsize=20)
ax.set_ylabel("Cumulative Proportion of Parcels", fontsize=20)
ax.set_xlim(0, values.max() * 1.04)
ax.set_ylim(0, 1.03)
ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
ax.spines[["top", "right"]].set_visible(False)
ax.grid(True, color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0)

plt.savefig(f"plot-{THEME}.png", dpi=300)
