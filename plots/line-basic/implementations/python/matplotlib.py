""" anyplot.ai
line-basic: Basic Line Plot
Library: matplotlib 3.6.3 | Python 3.11
Quality: 89/100 | Created: 2026-11-21
"""

import os

import matplotlib.dates as mdates
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

# Data: weekly fill level of a mountain reservoir over one year
np.random.seed(11)
weeks = np.arange("2025-01-06", "2026-01-05", 7, dtype="datetime64[D]")
t = np.arange(weeks.size)
snowmelt = 28 * np.exp(-(((t - 20) / 7.5) ** 2))  # spring inflow peak around late May
summer_draw = -0.55 * np.clip(t - 24, 0, None)  # irrigation draw-down from June on
autumn_rain = 9 * np.exp(-(((t - 44) / 4) ** 2))
level = 52 + snowmelt + summer_draw + autumn_rain + np.cumsum(np.random.normal(0, 0.8, weeks.size))
level = np.clip(level, 0, 100)

peak = int(np.argmax(level))
low = int(np.argmin(level))

# Plot
fig, ax = plt.subplots(figsize=(16, 9), layout="constrained")
ax.plot(weeks, level, color=OKABE_ITO[0], linewidth=3.5, marker="o", markersize=6, zorder=3)

ax.annotate(
    f"Peak {level[peak]:.0f}%",
    xy=(weeks[peak], level[peak]),
    xytext=(0, 22),
    textcoords="offset points",
    ha="center",
    fontsize=16,
    color=INK,
)
ax.annotate(
    f"Low {level[low]:.0f}%",
    xy=(weeks[low], level[low]),
    xytext=(0, -34),
    textcoords="offset points",
    ha="center",
    fontsize=16,
    color=INK,
)

# Style
ax.set_title("line-basic · matplotlib · anyplot.ai", fontsize=24, pad=20)
ax.set_xlabel("Week (2025)", fontsize=20)
ax.set_ylabel("Reservoir Fill Level (%)", fontsize=20)
ax.set_ylim(0, 100)
ax.xaxis.set_major_locator(mdates.MonthLocator())
ax.xaxis.set_major_formatter(mdates.DateFormatter("%b"))
ax.spines[["top", "right"]].set_visible(False)
ax.grid(True, axis="y", color=INK, alpha=0.10, linewidth=1)
ax.set_axisbelow(True)
ax.tick_params(length=0)

plt.savefig(f"plot-{THEME}.png", dpi=300)
