""" anyplot.ai
bar-basic: Basic Bar Chart
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

# Data: books lent in March by each branch of a city library
np.random.seed(3)
branches = ["Central", "Harbour", "Old Town", "Riverside", "University", "Northgate", "Hillcrest"]
loans = np.array([4120, 1860, 2540, 2210, 3380, 1310, 960]) + np.random.randint(-60, 60, len(branches))

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
bars = ax.bar(branches, loans, width=0.62, color=OKABE_ITO[0], edgecolor=PAGE_BG, linewidth=1.5, zorder=3)
ax.bar_label(bars, labels=[f"{v:,}" for v in loans], padding=6, fontsize=16, color=INK)

# Style
ax.set_title("bar-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("Library Branch", fontsize=20)
ax.set_ylabel("Books Lent in March", fontsize=20)
ax.set_ylim(0, loans.max() * 1.12)
ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:,.0f}"))
ax.spines[["top", "right"]].set_visible(False)
ax.grid(True, axis="y", color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0)

plt.savefig(f"plot-{THEME}.png", dpi=300)
