""" anyplot.ai
bar-grouped: Grouped Bar Chart
Library: matplotlib 3.6.3 | Python 3.11
Quality: 87/100 | Created: 2026-11-21
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

# Data: quarterly revenue of a bicycle retailer by sales channel (thousand EUR)
quarters = ["Q1", "Q2", "Q3", "Q4"]
channels = {
    "Stores": [420, 610, 655, 380],
    "Online shop": [265, 390, 470, 520],
    "Marketplaces": [90, 140, 175, 240],
}

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
x = np.arange(len(quarters))
width = 0.26
for i, ((channel, revenue), color) in enumerate(zip(channels.items(), OKABE_ITO)):
    offset = (i - (len(channels) - 1) / 2) * width
    bars = ax.bar(x + offset, revenue, width * 0.92, label=channel, color=color, zorder=3)
    ax.bar_label(bars, padding=5, fontsize=14, color=INK_MUTED)

# Style
ax.set_title("bar-grouped · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("Quarter (2025)", fontsize=20)
ax.set_ylabel("Revenue (thousand EUR)", fontsize=20)
ax.set_xticks(x)
ax.set_xticklabels(quarters)
ax.set_ylim(0, 760)
ax.legend(title="Sales Channel", loc="upper left", frameon=False, fontsize=16, title_fontsize=18, ncol=3)
ax.spines[["top", "right"]].set_visible(False)
ax.grid(True, axis="y", color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0)

plt.savefig(f"plot-{THEME}.png", dpi=300)
