""" anyplot.ai
bar-horizontal: Horizontal Bar Chart
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
        "ytick.color": INK,
        "xtick.labelsize": 16,
        "ytick.labelsize": 18,
    }
)

# Data: average daily phone screen time by app category in a panel of 1,200 adults (minutes)
categories = np.array(
    [
        "Social media",
        "Video streaming",
        "Messaging",
        "Games",
        "Web browsing",
        "Music & audio",
        "News",
        "Shopping",
        "Maps & travel",
        "Productivity",
    ]
)
minutes = np.array([58, 47, 31, 26, 22, 18, 11, 9, 6, 14])
order = np.argsort(minutes)  # ascending, so the longest bar ends up on top

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
colors = [OKABE_ITO[0]] * (len(order) - 1) + [OKABE_ITO[1]]  # highlight the leader
bars = ax.barh(categories[order], minutes[order], height=0.65, color=colors, zorder=3)
ax.bar_label(bars, labels=[f"{m} min" for m in minutes[order]], padding=8, fontsize=16, color=INK)

# Style
ax.set_title("bar-horizontal · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("Average Daily Screen Time (minutes)", fontsize=20)
ax.set_ylabel("App Category", fontsize=20)
ax.set_xlim(0, minutes.max() * 1.13)
ax.spines[["top", "right", "left"]].set_visible(False)
ax.grid(True, axis="x", color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0)

plt.savefig(f"plot-{THEME}.png", dpi=300)
