""" anyplot.ai
box-basic: Basic Box Plot
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
        "xtick.labelsize": 18,
        "ytick.labelsize": 16,
    }
)

# Data: battery life measured on 70 units of each of five phone models
np.random.seed(5)
models = ["Model A", "Model B", "Model C", "Model D", "Model E"]
centres = [14.5, 18.0, 11.8, 16.2, 20.5]
spreads = [1.6, 2.4, 1.2, 3.1, 1.9]
battery = []
for centre, spread in zip(centres, spreads):
    hours = np.random.normal(centre, spread, 70)
    hours[:2] = centre + np.array([-3.6, 3.9]) * spread  # a couple of faulty / exceptional units
    battery.append(hours)

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
boxes = ax.boxplot(
    battery,
    labels=models,
    widths=0.55,
    patch_artist=True,
    medianprops={"color": INK, "linewidth": 3},
    whiskerprops={"color": INK_MUTED, "linewidth": 2},
    capprops={"color": INK_MUTED, "linewidth": 2},
    flierprops={"marker": "o", "markersize": 10, "markerfacecolor": "none", "markeredgecolor": INK_MUTED},
    zorder=3,
)
for patch, color in zip(boxes["boxes"], OKABE_ITO):
    patch.set_facecolor(color)
    patch.set_alpha(0.85)
    patch.set_edgecolor(INK_MUTED)
    patch.set_linewidth(1.5)

# Style
ax.set_title("box-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("Phone Model", fontsize=20)
ax.set_ylabel("Battery Life, Video Playback (hours)", fontsize=20)
ax.spines[["top", "right"]].set_visible(False)
ax.grid(True, axis="y", color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0)

plt.savefig(f"plot-{THEME}.png", dpi=300)
