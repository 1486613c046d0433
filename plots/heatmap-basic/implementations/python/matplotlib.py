""" anyplot.ai
heatmap-basic: Basic Heatmap
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

# Data: average customers per hour in a neighbourhood cafe, by weekday and opening hour
np.random.seed(9)
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
hours = [f"{h:02d}:00" for h in range(7, 19)]
h = np.arange(7, 19)
weekday = 14 + 30 * np.exp(-(((h - 8.3) / 1.1) ** 2)) + 24 * np.exp(-(((h - 12.6) / 1.0) ** 2))
weekend = 8 + 36 * np.exp(-(((h - 11.0) / 2.0) ** 2)) + 12 * np.exp(-(((h - 15.5) / 1.5) ** 2))
profile = np.vstack([weekday] * 4 + [weekday * 1.12] + [weekend * 1.15, weekend * 0.95])
visitors = np.round(profile + np.random.normal(0, 2.0, profile.shape)).clip(0)

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
image = ax.imshow(visitors, cmap="viridis", aspect="auto")
for row in range(visitors.shape[0]):
    for col in range(visitors.shape[1]):
        value = visitors[row, col]
        ax.text(
            col,
            row,
            f"{value:.0f}",
            ha="center",
            va="center",
            fontsize=15,
            color="#1A1A17" if value > 0.55 * visitors.max() else "#FFFFFF",
        )

colorbar = fig.colorbar(image, ax=ax, pad=0.015, fraction=0.04)
colorbar.set_label("Customers per Hour", fontsize=20)
colorbar.ax.tick_params(labelsize=16, length=0)
colorbar.outline.set_visible(False)

# Style
ax.set_title("heatmap-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xticks(np.arange(len(hours)))
ax.set_xticklabels(hours)
ax.set_yticks(np.arange(len(days)))
ax.set_yticklabels(days)
ax.set_xlabel("Hour of Day", fontsize=20)
ax.set_ylabel("Weekday", fontsize=20)
ax.set_xticks(np.arange(-0.5, len(hours)), minor=True)
ax.set_yticks(np.arange(-0.5, len(days)), minor=True)
ax.grid(which="minor", color=PAGE_BG, linewidth=2)
ax.tick_params(which="both", length=0)
for spine in ax.spines.values():
    spine.set_visible(False)

plt.savefig(f"plot-{THEME}.png", dpi=300)
